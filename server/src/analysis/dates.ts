// Dates written in an article, and the date the article was written. Read from the token stream,
// with the Indonesian (and English) month and weekday names in `data/language/time.json`:
// `Kamis (6/11/2025)`, `Selasa (29/10)`, `13 Februari 2025, 19:47 WIB`, `7 November 2025`,
// `Rabu, 5 Juni 2024`, `Oktober 2024`, `2025-11-06`.
//
// The publication date is read conservatively: a date on a dateline or byline (`Jakarta, Kamis
// (6/11/2025) –`, `Jumat, 12 September 2025 - 13.35 WIB`) or in a reporting formula (`Mengutip
// Reuters, Selasa (15/7/2025)`). A date that only places an event or a statement in the story (`pada
// Selasa (30/4/2024)`, `kata dia, Jumat (17/1/2020)`) does not date the article: an invented date
// is worse than none. A file name's date is the corpus's business; this module reads text only.

import timeWords from '../../data/language/time.json';
import { Token, isDigitCode } from './tokens';
import { Span } from './types';
import { wordClass } from './wordClasses';

/** A calendar date as far as the text gives it; a year-less date gets its year from the article's other dates. */
export interface DateMention extends Span {
  year: number | null;
  month: number;
  /** Null for a month (`Oktober 2024`). */
  day: number | null;
  weekday: number | null;
  /** A clock time follows (`19:47 WIB`): the mark of a byline's timestamp. */
  clock: boolean;
  /** Index of the mention's first token. */
  token: number;
  /** Index one past its last token. */
  tokenEnd: number;
}

/** Where an article's date was read. */
export interface PublicationDate {
  /** ISO date (`2025-11-06`). */
  date: string;
  /** The date mention it was read from. */
  span: Span;
}

const MONTHS: ReadonlyMap<string, number> = new Map(Object.entries(timeWords.months));
const WEEKDAYS: ReadonlyMap<string, number> = new Map(Object.entries(timeWords.weekdays));
/** The words a date can start with: a weekday or a month. */
const DATE_START = wordClass([...MONTHS.keys(), ...WEEKDAYS.keys()]);
const TIME_ZONES = new Set(timeWords.timeZones);
const REPORTING_CUES = new Set(timeWords.reportingCues.filter((cue) => !cue.includes(' ')));
const FORMULA_WORDS = new Set(timeWords.formulaWords);

/** Every date in the text, in order, with the years that the article's other dates imply filled in. */
export function findDates(text: string, tokens: readonly Token[]): DateMention[] {
  const dates: DateMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const date = readDate(text, tokens, i);
    if (date) {
      dates.push(date);
      i = date.tokenEnd - 1;
    }
  }
  resolveYears(dates);
  return dates;
}

/**
 * The date the article was written, when a dateline, byline or reporting formula states it.
 * `outletStarts` are the offsets where outlet names start: `kata Doni kepada Tribun Network, Senin
 * (29/4/2024)` is a statement to the publisher's own newsroom, which dates the article.
 */
export function publicationDate(
  text: string, tokens: readonly Token[], dates: readonly DateMention[], outletStarts: ReadonlySet<number> = new Set(),
): PublicationDate | null {
  let formula: DateMention | undefined;
  for (const date of dates) {
    if (date.year === null || date.day === null) continue;
    if (date.clock || onDateline(text, tokens, date)) return { date: isoDate(date)!, span: { start: date.start, end: date.end } };
    if (!formula && afterReportingCue(tokens, date, outletStarts)) formula = date;
  }
  return formula ? { date: isoDate(formula)!, span: { start: formula.start, end: formula.end } } : null;
}

/** `2025-11-06`, `2025-11` for a month, or null without a year. */
export function isoDate(date: Pick<DateMention, 'year' | 'month' | 'day'>): string | null {
  if (date.year === null) return null;
  const month = String(date.month).padStart(2, '0');
  return date.day === null ? `${date.year}-${month}` : `${date.year}-${month}-${String(date.day).padStart(2, '0')}`;
}

/** Days since 1970-01-01 of a calendar date. */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / 86_400_000);
}

/** The ISO date of a day number. */
export function dayIso(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** Days in a month. */
export function monthLength(year: number, month: number): number {
  return dayNumber(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - dayNumber(year, month, 1);
}

/** A year written as four digits, 1900–2099. */
export function yearOf(token: Token | undefined): number | null {
  if (!token || token.end - token.start !== 4 || !/^(?:19|20)\d\d$/.test(token.text)) return null;
  return Number(token.text);
}

export function monthOf(token: Token | undefined): number | null {
  return token?.word ? MONTHS.get(token.lower) ?? null : null;
}

// ---------------------------------------------------------------------------------------------
// Reading one date

function readDate(text: string, tokens: readonly Token[], start: number): DateMention | null {
  let i = start;
  let weekday: number | null = null;
  const first = tokens[i];
  // A date starts with a weekday, a month, a bracket or a digit: most tokens are none of these.
  if (first.word ? (first.classes & DATE_START) === 0 : !isDigitCode(first.text.charCodeAt(0)) && first.text !== '(') return null;
  if (first.word && WEEKDAYS.has(first.lower)) {
    weekday = WEEKDAYS.get(first.lower)!;
    i++;
    if (tokens[i - 1].lower === 'jum' && tokens[i]?.text === "'" && tokens[i + 1]?.lower === 'at') i += 2;
    if (tokens[i]?.text === ',') i++;
  }
  const body = readParenthesised(tokens, i) ?? readNumeric(tokens, i) ?? readWritten(tokens, i, weekday !== null);
  if (!body) return null;
  const date: DateMention = {
    start: tokens[start].start, end: tokens[body.end - 1].end, year: body.year, month: body.month, day: body.day,
    weekday, clock: false, token: start, tokenEnd: body.end,
  };
  const clock = readClock(text, tokens, body.end);
  if (clock !== null) {
    date.clock = true;
    date.end = tokens[clock - 1].end;
    date.tokenEnd = clock;
  }
  return date;
}

interface DateBody {
  year: number | null;
  month: number;
  day: number | null;
  /** Token index one past the date. */
  end: number;
}

/** `(30/4/2024)`, `(29/10)`. */
function readParenthesised(tokens: readonly Token[], i: number): DateBody | null {
  if (tokens[i]?.text !== '(') return null;
  const inner = readNumeric(tokens, i + 1, true);
  if (!inner || tokens[inner.end]?.text !== ')') return null;
  return { ...inner, end: inner.end + 1 };
}

/** `30/4/2024`, `30-4-2024`, `2025-11-06`; with `yearOptional`, `29/10` too. */
function readNumeric(tokens: readonly Token[], i: number, yearOptional = false): DateBody | null {
  const separator = tokens[i + 1]?.text;
  if ((separator !== '/' && separator !== '-') || tokens[i + 1].spaced || tokens[i + 2]?.spaced) return null;
  // `2025-11-06`
  const isoYear = yearOf(tokens[i]);
  if (isoYear !== null) {
    const month = numberToken(tokens[i + 2]);
    const day = numberToken(tokens[i + 4]);
    if (separator !== '-' || month === null || tokens[i + 3]?.text !== '-' || tokens[i + 3].spaced || day === null || tokens[i + 4].spaced) return null;
    return valid(isoYear, month, day) ? { year: isoYear, month, day, end: i + 5 } : null;
  }
  const a = numberToken(tokens[i]);
  const b = numberToken(tokens[i + 2]);
  if (a === null || b === null) return null;
  if (tokens[i + 3]?.text === separator && !tokens[i + 3].spaced) {
    const year = yearOf(tokens[i + 4]) ?? twoDigitYear(tokens[i + 4]);
    if (year !== null && !tokens[i + 4].spaced && valid(year, b, a)) return { year, month: b, day: a, end: i + 5 };
    return null;
  }
  if (yearOptional && separator === '/' && valid(2000, b, a)) return { year: null, month: b, day: a, end: i + 3 };
  return null;
}

/** `7 November 2025`, `26 Mei`, `Oktober 2024`; a month alone is a date only with a weekday. */
function readWritten(tokens: readonly Token[], i: number, hasWeekday: boolean): DateBody | null {
  const day = numberToken(tokens[i]);
  if (day !== null) {
    const month = monthOf(tokens[i + 1]);
    if (month === null || !valid(2000, month, day)) return null;
    let end = i + 2;
    if (tokens[end]?.text === ',' && yearOf(tokens[end + 1]) !== null) end++;
    const year = yearOf(tokens[end]);
    return year !== null ? { year, month, day, end: end + 1 } : { year: null, month, day, end: i + 2 };
  }
  const month = monthOf(tokens[i]);
  const year = yearOf(tokens[i + 1]);
  // `Mei 2025`; short month names only capitalised, so that `jun` or `des` in running text is no month.
  if (month !== null && year !== null && !hasWeekday && (tokens[i].capitalised || tokens[i].text.length > 4)) {
    return { year, month, day: null, end: i + 2 };
  }
  return null;
}

/** After a date, `, 19:47 WIB`, `- 13.35 WIB`, `pukul 10.00`: the token index one past the clock, or null. */
function readClock(text: string, tokens: readonly Token[], i: number): number | null {
  let j = i;
  if (tokens[j] && /^[,|–—-]$/.test(tokens[j].text)) j++;
  if (tokens[j]?.lower === 'pukul' || tokens[j]?.lower === 'jam') j++;
  const hours = numberToken(tokens[j]);
  const separator = tokens[j + 1]?.text;
  const minutes = numberToken(tokens[j + 2]);
  if (hours === null || hours > 24 || (separator !== ':' && separator !== '.') || minutes === null || minutes > 59) return null;
  if (tokens[j + 2].end - tokens[j + 2].start !== 2 || tokens[j + 1].spaced || tokens[j + 2].spaced) return null;
  let end = j + 3;
  if (tokens[end] && TIME_ZONES.has(tokens[end].lower)) end++;
  else if (!/^[\s\n]*$/.test(text.slice(tokens[j + 2].end, Math.min(text.length, tokens[j + 2].end + 1)))) return null;
  return end;
}

function numberToken(token: Token | undefined): number | null {
  if (!token || token.word || !/^\d{1,2}$/.test(token.text)) return null;
  return Number(token.text);
}

function twoDigitYear(token: Token | undefined): number | null {
  return token && /^\d\d$/.test(token.text) ? 2000 + Number(token.text) : null;
}

function valid(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= monthLength(year, month);
}

// ---------------------------------------------------------------------------------------------
// Years for year-less dates

/**
 * `Selasa (29/10)` takes its year from the article's other dates: among their years (and the years
 * next to them), the one whose calendar puts the stated weekday on that day; without a weekday, the
 * year when the other dates name just one. Otherwise it stays unknown.
 */
function resolveYears(dates: DateMention[]): void {
  const years = [...new Set(dates.filter((date) => date.year !== null).map((date) => date.year!))];
  if (years.length === 0) return;
  for (const date of dates) {
    if (date.year !== null || date.day === null) continue;
    if (date.weekday !== null) {
      const candidates = [...years, ...years.map((year) => year + 1), ...years.map((year) => year - 1)];
      date.year = candidates.find((year) => weekdayOf(year, date.month, date.day!) === date.weekday) ?? null;
    } else if (years.length === 1) {
      date.year = years[0];
    }
  }
}

function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

// ---------------------------------------------------------------------------------------------
// Which date dates the article

/**
 * A dateline or byline: near the top, on a line where before the date stand only capitalised words
 * and punctuation (`Jakarta,`, `JAKARTA, KOMPAS.com -`, `Ditulis oleh Ramones |`), and after it a
 * dash, a bar or the end of the line.
 */
function onDateline(text: string, tokens: readonly Token[], date: DateMention): boolean {
  if (date.start > 600) return false;
  const lineStart = text.lastIndexOf('\n', date.start - 1) + 1;
  let words = 0;
  for (let i = date.token - 1; i >= 0 && tokens[i].start >= lineStart; i--) {
    const token = tokens[i];
    if (token.word && !token.capitalised) return false;
    if (token.word && ++words > 5) return false;
  }
  const next = tokens[date.tokenEnd];
  return !next || text.slice(date.end, next.start).includes('\n') || /^[–—|-]$/.test(next.text);
}

/**
 * A reporting formula: `Mengutip Reuters, Selasa (15/7/2025)`, `seperti dilansir CNBC Indonesia pada
 * Selasa (30/4/2024)`: a reporting cue at most twelve tokens before, then capitalised words (and the
 * plain words of `formulaWords`), then a comma, `pada` or `tanggal` right before the date.
 */
function afterReportingCue(tokens: readonly Token[], date: DateMention, outletStarts: ReadonlySet<number>): boolean {
  const before = tokens[date.token - 1];
  // `…, dikutip Senin (21/4/2025)`: the cue right before the date.
  if (before && REPORTING_CUES.has(before.lower)) return true;
  if (!before || (before.text !== ',' && before.lower !== 'pada' && before.lower !== 'tanggal')) return false;
  let i = date.token - 2;
  if (before.lower === 'pada' && tokens[i]?.text === ',') i--;
  for (let seen = 0; i >= 0 && seen < 12; i--, seen++) {
    const token = tokens[i];
    // A full stop inside a web address (`topik.id`) is part of the outlet's name.
    const inAddress = token.text === '.' && !tokens[i + 1]?.spaced && tokens[i + 1]?.word;
    if ((token.text === '.' && !inAddress) || token.text === ';' || token.text === '"' || token.text === '”') return false;
    if (REPORTING_CUES.has(token.lower)) return true;
    if (token.lower === 'kepada' && tokens[i + 1] && outletStarts.has(tokens[i + 1].start)) return true;
    // Between the cue and the date stand the outlet's name (`CNBC`, `infoINET`, `topik.id`) and
    // `laporan`, `yang dikutip`, `dari`, nothing else.
    const nameLike = token.capitalised || /\p{Lu}/u.test(token.text) || tokens[i + 1]?.text === '.' && !tokens[i + 1].spaced || tokens[i - 1]?.text === '.' && !token.spaced;
    if (token.word && !nameLike && !FORMULA_WORDS.has(token.lower)) return false;
  }
  return false;
}
