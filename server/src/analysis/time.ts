// When a claim holds. Periods written in the text (`pada 2022`, `tahun fiskal 2025`, `kuartal III
// 2025`, `semester pertama 2025`, `Oktober 2024`, `per akhir September 2025`, `Selasa (30/4/2024)`),
// relative ones resolved against the article's date (`tahun lalu`, `Februari lalu`, `kini`, `saat
// ini`), and the earlier side of a comparison (`naik menjadi USD 30,1 miliar dari USD 26,5 miliar`).
// A figure with none of these holds at the article's date when the article has one; otherwise its
// time is unknown, and the corpus checks never weigh an unknown time.
//
// Periods are read once per article from the token stream, then looked up per figure by offset.

import timeWords from '../../data/language/time.json';
import { DateMention, dayIso, dayNumber, monthLength, monthOf, yearOf } from './dates';
import { firstAtOrAfter } from './spans';
import { Token } from './tokens';
import { wordClass } from './wordClasses';
import { ClaimTime, Span } from './types';

export type PeriodKind = 'day' | 'month' | 'quarter' | 'half' | 'year' | 'now';

/** A period the text names, as days since 1970 (inclusive). */
export interface PeriodMention extends Span {
  kind: PeriodKind;
  from: number;
  to: number;
}

const ORDINALS: Readonly<Record<string, number>> = timeWords.ordinals;
const QUARTER_WORDS = new Set(timeWords.quarterWords);
const HALF_WORDS = new Set(timeWords.halfWords);
const FISCAL_WORDS = new Set(timeWords.fiscalWords);
const PAST_WORDS = new Set(timeWords.pastWords);
const CHANGE_WORDS = new Set(timeWords.changeWords);
const EARLIER_WORDS = new Set(timeWords.earlierWords);
const LATER_WORDS = new Set(timeWords.laterWords);
const DURATION_WORDS = new Set(timeWords.durationWords);
const DURATION_FILLERS = new Set(timeWords.durationFillers);
const COUNT_WORDS: Readonly<Record<string, number>> = timeWords.countWords;
const PAST_MARKERS: readonly string[][] = timeWords.pastMarkers.map((phrase) => phrase.split(' '));
const NOT_A_PERIOD_BEFORE = new Set(timeWords.notAPeriodBefore.map((words) => words.split(' ').pop()!));
const RELATIVE: readonly { words: string[]; years?: number; months?: number; now?: boolean }[] = Object.entries(timeWords.relative)
  .map(([phrase, shift]) => ({ words: phrase.split(' '), ...shift }))
  .sort((a, b) => b.words.length - a.words.length);
/** The words a period can start with (besides a year): most tokens are none, and are passed at once. */
const PERIOD_START = wordClass([
  ...QUARTER_WORDS, ...HALF_WORDS, 'tahun', 'q1', 'q2', 'q3', 'q4', ...Object.keys(timeWords.months), ...RELATIVE.map((relative) => relative.words[0]),
]);
/** Scale words after a four-digit number make it an amount, not a year. */
const NOT_A_YEAR_AFTER = new Set(['juta', 'miliar', 'milyar', 'triliun', 'ribu', 'persen', 'unit', 'orang', 'kali', 'dolar', 'rupiah']);
/** Widening of a point in time stated as "now": an article's present covers its week. */
const NOW_SLACK_DAYS = 3;

/**
 * The periods of an article, in text order. `published` (days since 1970) resolves relative periods;
 * without it they are left out. The date mention at `publishedAt`, the article's own date, is none.
 */
export function findPeriods(tokens: readonly Token[], dates: readonly DateMention[], published: number | null, publishedAt?: Span | null): PeriodMention[] {
  const periods: PeriodMention[] = [];
  const publishedYear = published === null ? null : new Date(published * 86_400_000).getUTCFullYear();
  let nextDate = 0;
  for (let i = 0; i < tokens.length; i++) {
    // A date mention is a day (or a month) in its own right.
    while (nextDate < dates.length && dates[nextDate].token < i) nextDate++;
    const date = dates[nextDate];
    if (date && date.token === i) {
      // The article's own date (its dateline) is no period of the figures near it: they are stated as current.
      const isPublication = publishedAt?.start === date.start;
      if (date.year !== null && !isPublication && !NOT_A_PERIOD_BEFORE.has(tokens[i - 1]?.lower ?? '')) periods.push(dateMentionPeriod(date));
      i = date.tokenEnd - 1;
      continue;
    }
    const found = mayStartPeriod(tokens[i]) ? readPeriod(tokens, i, published, publishedYear) : null;
    if (found) {
      periods.push(found.period);
      i = found.end - 1;
    }
  }
  return periods;
}

/**
 * When the figure at `figure` holds: the period nearest to it in its clause (after it first, as in
 * `$5 miliar pada tahun 2024`, then before), else before it in its sentence; the earlier period when the figure
 * is the `dari …` side of a change; else the article's date.
 */
export function claimTime(
  tokens: readonly Token[], periods: readonly PeriodMention[], figure: Span, clause: Span, sentence: Span, published: number | null,
): ClaimTime {
  // In the rest of the sentence, only a period before the figure (`Pada 2024, …`) covers it; one after
  // it in another clause belongs to that clause's figure.
  const period = nearest(periods, figure, clause) ?? nearest(periods, figure, { start: sentence.start, end: figure.start });
  if (isEarlierSide(tokens, figure, sentence)) {
    // `laba bersih naik menjadi USD 30,1 miliar dari USD 26,5 miliar`: the same period a year before,
    // when the period is a calendar one; otherwise the earlier time is not known.
    if (!period || period.kind === 'now' || period.kind === 'day') return { time: null, timeFrom: 'text' };
    return { time: { from: dayIso(shiftYears(period.from, -1)), to: dayIso(shiftYears(period.to, -1)) }, timeFrom: 'text' };
  }
  // `US$500 miliar untuk empat tahun mendatang`: a total over years, from the stated time or the article's.
  const years = durationAfter(tokens, figure, clause);
  if (years !== null) {
    const start = period?.from ?? published;
    if (start === null) return { time: null, timeFrom: 'text' };
    return { time: { from: dayIso(start), to: dayIso(shiftYears(start, years)) }, timeFrom: 'text' };
  }
  if (period) return { time: { from: dayIso(period.from), to: dayIso(period.to) }, timeFrom: period.kind === 'now' ? 'article' : 'text' };
  // `Valuasinya saat itu $29 miliar`: an earlier time the text does not date is unknown, not the article's.
  if (pastMarkerBefore(tokens, figure, clause)) return { time: null, timeFrom: 'text' };
  if (published === null) return { time: null, timeFrom: 'undated' };
  return { time: currentTime(published), timeFrom: 'article' };
}

/** A past marker in the figure's clause before it. */
function pastMarkerBefore(tokens: readonly Token[], figure: Span, clause: Span): boolean {
  const at = firstAtOrAfter(tokens, figure.start);
  for (let i = firstAtOrAfter(tokens, clause.start); i < at; i++) {
    if (PAST_MARKERS.some((words) => words.every((word, k) => i + k < at && tokens[i + k].lower === word))) return true;
  }
  return false;
}

/** `untuk (kurun) empat tahun`, `selama 5 tahun` right after the figure, within its clause: the number of years. */
function durationAfter(tokens: readonly Token[], figure: Span, clause: Span): number | null {
  let i = firstAtOrAfter(tokens, figure.end);
  if (!tokens[i] || tokens[i].start >= clause.end || !DURATION_WORDS.has(tokens[i].lower)) return null;
  i++;
  while (tokens[i] && DURATION_FILLERS.has(tokens[i].lower)) i++;
  const count = tokens[i] ? COUNT_WORDS[tokens[i].lower] ?? (/^\d{1,2}$/.test(tokens[i].text) ? Number(tokens[i].text) : undefined) : undefined;
  if (count === undefined || tokens[i + 1]?.lower !== 'tahun') return null;
  return count;
}

/** The interval an article's date (days since 1970) gives a figure stated as current: the article's week. */
export function currentTime(published: number): { from: string; to: string } {
  return { from: dayIso(published - NOW_SLACK_DAYS), to: dayIso(published + NOW_SLACK_DAYS) };
}

// ---------------------------------------------------------------------------------------------

function nearest(periods: readonly PeriodMention[], figure: Span, scope: Span): PeriodMention | undefined {
  const first = firstAtOrAfter(periods, scope.start);
  let before: PeriodMention | undefined;
  let after: PeriodMention | undefined;
  for (let i = first; i < periods.length && periods[i].start < scope.end; i++) {
    const period = periods[i];
    if (period.end <= figure.start) before = period;
    else if (period.start >= figure.end && !after) after = period;
  }
  if (after && after.start - figure.end <= 40) return after;
  return before ?? after;
}

/**
 * The figure follows `dari`, `dibandingkan`, … in a sentence that states a change before it, or
 * stands in `dari X menjadi Y`.
 */
function isEarlierSide(tokens: readonly Token[], figure: Span, sentence: Span): boolean {
  const at = firstAtOrAfter(tokens, figure.start);
  const previous = tokens[at - 1];
  if (!previous || !EARLIER_WORDS.has(previous.lower)) return false;
  const after = firstAtOrAfter(tokens, figure.end);
  if (tokens[after] && LATER_WORDS.has(tokens[after].lower) && tokens[after].start < sentence.end) return true;
  for (let i = at - 2; i >= 0 && i >= at - 40 && tokens[i].start >= sentence.start; i--) if (CHANGE_WORDS.has(tokens[i].lower)) return true;
  return false;
}

function dateMentionPeriod(date: DateMention): PeriodMention {
  const year = date.year!;
  if (date.day !== null) {
    const day = dayNumber(year, date.month, date.day);
    return { start: date.start, end: date.end, kind: 'day', from: day, to: day };
  }
  return { start: date.start, end: date.end, kind: 'month', ...monthSpan(year, date.month) };
}

function monthSpan(year: number, month: number): { from: number; to: number } {
  return { from: dayNumber(year, month, 1), to: dayNumber(year, month, monthLength(year, month)) };
}

function shiftYears(day: number, years: number): number {
  const date = new Date(day * 86_400_000);
  const year = date.getUTCFullYear() + years;
  const month = date.getUTCMonth() + 1;
  return dayNumber(year, month, Math.min(date.getUTCDate(), monthLength(year, month)));
}

function mayStartPeriod(token: Token): boolean {
  return (token.classes & PERIOD_START) !== 0 || (token.end - token.start === 4 && !token.word) || (token.word && token.lower.startsWith('fy'));
}

/** A period starting at token `i`, with the token index one past it. */
function readPeriod(tokens: readonly Token[], i: number, published: number | null, publishedYear: number | null): { period: PeriodMention; end: number } | null {
  const token = tokens[i];
  if (!token.word && yearOf(token) === null) return null;

  // `kuartal III 2025`, `triwulan ketiga tahun fiskal 2025`, `Q3 2025`, `semester pertama 2025`.
  const shortQuarter = /^q([1-4])$/.exec(token.lower);
  const quarterly = QUARTER_WORDS.has(token.lower) && token.lower !== 'q';
  if (shortQuarter || quarterly || HALF_WORDS.has(token.lower)) {
    let j = i + 1;
    let ordinal: number | undefined = shortQuarter ? Number(shortQuarter[1]) : undefined;
    if (ordinal === undefined) {
      ordinal = ORDINALS[tokens[j]?.lower ?? ''];
      if (ordinal === undefined) return null;
      j++;
    }
    const { year, end } = yearAfter(tokens, j);
    const half = HALF_WORDS.has(token.lower);
    if (half && ordinal > 2) return null;
    const months = half ? 6 : 3;
    let resolved = year;
    if (resolved === null) {
      if (publishedYear === null || published === null) return null;
      resolved = publishedYear;
      if (dayNumber(resolved, (ordinal - 1) * months + 1, 1) > published) resolved--;
    }
    const from = dayNumber(resolved, (ordinal - 1) * months + 1, 1);
    const lastMonth = ordinal * months;
    const to = dayNumber(resolved, lastMonth, monthLength(resolved, lastMonth));
    return { period: { start: token.start, end: tokens[(year === null ? j : end) - 1].end, kind: half ? 'half' : 'quarter', from, to }, end: year === null ? j : end };
  }

  // `tahun 2024`, `tahun fiskal 2025`, `2024`, `FY2025`; not `sejak 2019` (a starting point).
  const fiscalYear = /^fy(\d{4})$/.exec(token.lower);
  if (token.lower === 'tahun' || yearOf(token) !== null || fiscalYear) {
    const { year, end } = fiscalYear ? { year: Number(fiscalYear[1]), end: i + 1 } : yearAfter(tokens, token.lower === 'tahun' ? i + 1 : i);
    let back = i - 1;
    while (back >= 0 && (tokens[back].lower === 'tahun' || FISCAL_WORDS.has(tokens[back].lower))) back--;
    const startingPoint = NOT_A_PERIOD_BEFORE.has(tokens[back]?.lower ?? '');
    const amount = (tokens[end] && NOT_A_YEAR_AFTER.has(tokens[end].lower)) ||
      (tokens[i - 1] && (tokens[i - 1].text === '$' || tokens[i - 1].lower === 'rp' || tokens[i - 1].lower === 'us'));
    if (year !== null && !startingPoint && !amount) {
      return { period: { start: token.start, end: tokens[end - 1].end, kind: 'year', from: dayNumber(year, 1, 1), to: dayNumber(year, 12, 31) }, end };
    }
    if (year !== null) return null;
  }

  if (published === null || publishedYear === null) return null;
  // `Februari lalu`: the latest February before the article's date.
  const month = monthOf(token);
  if (month !== null && tokens[i + 1] && PAST_WORDS.has(tokens[i + 1].lower) && token.capitalised) {
    let year = publishedYear;
    if (dayNumber(year, month, 1) > published) year--;
    return { period: { start: token.start, end: tokens[i + 1].end, kind: 'month', ...monthSpan(year, month) }, end: i + 2 };
  }
  // `tahun lalu`, `bulan ini`, `kini`, `saat ini`.
  for (const relative of RELATIVE) {
    if (!relative.words.every((word, k) => tokens[i + k]?.lower === word)) continue;
    const end = i + relative.words.length;
    const span = { start: token.start, end: tokens[end - 1].end };
    if (relative.now) return { period: { ...span, kind: 'now', from: published - NOW_SLACK_DAYS, to: published + NOW_SLACK_DAYS }, end };
    const publishedMonth = new Date(published * 86_400_000).getUTCMonth() + 1;
    if (relative.years !== undefined) {
      const year = publishedYear + relative.years;
      return { period: { ...span, kind: 'year', from: dayNumber(year, 1, 1), to: dayNumber(year, 12, 31) }, end };
    }
    const months = publishedYear * 12 + publishedMonth - 1 + (relative.months ?? 0);
    return { period: { ...span, kind: 'month', ...monthSpan(Math.floor(months / 12), (months % 12) + 1) }, end };
  }
  return null;
}

/** `[tahun] [fiskal|buku] 2025` from token `i`: the year and the token index one past it. */
function yearAfter(tokens: readonly Token[], i: number): { year: number | null; end: number } {
  let j = i;
  if (tokens[j]?.lower === 'tahun') j++;
  if (tokens[j] && FISCAL_WORDS.has(tokens[j].lower)) j++;
  const year = yearOf(tokens[j]);
  return year === null ? { year: null, end: i } : { year, end: j + 1 };
}
