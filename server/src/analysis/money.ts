// Money figures in Indonesian reporting: `$1,4 triliun`, `10 miliar dolar AS`, `US$ 13 miliar`,
// `USD13 miliar`, `Rp1.670 triliun`, `Rp 155 T`, `sejuta dolar`, ranges (`50 hingga 100 juta dolar AS`,
// `$10 - $20 miliar`), qualifiers kept in the span (`hampir $14 miliar`), vague amounts
// (`miliaran dolar`, `ratusan miliar`), stated conversions linked to each other
// (`USD 3,1 miliar (sekitar Rp 51 triliun)`), and figures in other currencies (`€5,8 miliar`,
// `600 juta euro`, `S$25,7 miliar`: data/language/currencies.json), shown in dollars at a rough rate.
//
// How it reads: one regular-expression pass finds candidate numbers (digit runs, number words,
// vague magnitude words). Each candidate is read against short, bounded windows of text before and
// after it (currency, scale word, qualifier, range connector), so the work stays linear in the text
// whatever it holds. A number with no currency on either side is not money (`satu juta chip`,
// `10 gigawatt`, `10.000 perusahaan`), except as the first end of a range whose other end has one.
//
// It does not know what a figure is a figure *of*; that is the corpus model's business.

import {
  Decimal, NUMBER_WORD_CONTINUATION_SOURCE, NUMBER_WORD_SOURCE, SCALE_WORD_SOURCE,
  parseDigits, parseNumberWords, scaleDecimal, scaleOfAbbreviation, scaleOfMisspelledWord, scaleOfWord,
} from './numbers';
import { alternatives } from './patterns';
import { Token, isDigitCode, tokenize } from './tokens';
import { wordClass } from './wordClasses';
import { Currency, Interval, MoneyFigure, Qualifier } from './types';
import currencyData from '../../data/language/currencies.json';

interface ForeignCurrency {
  code: string;
  symbol: string;
  before: string[];
  after: string[];
  /** US dollars per unit, roughly. */
  usd: number;
}

const FOREIGN: readonly ForeignCurrency[] = currencyData.currencies;
const FOREIGN_BY_CODE: ReadonlyMap<string, ForeignCurrency> = new Map(FOREIGN.map((currency) => [currency.code, currency]));
/** Whether a currency is one besides the dollar and the rupiah. */
export function isForeign(currency: Currency): boolean {
  return FOREIGN_BY_CODE.has(currency);
}
/** US dollars per unit of another currency, roughly (data/language/currencies.json); undefined for the dollar and the rupiah. */
export function roughUsdPerUnit(currency: Currency): number | undefined {
  return FOREIGN_BY_CODE.get(currency)?.usd;
}
/**
 * The rough rate (US dollars per unit) a figure is shown in dollars and rupiah at: a figure in another
 * currency that the article does not convert itself. Undefined for any other figure.
 */
export function roughRateOf(figure: MoneyFigure): number | undefined {
  return figure.conversionOf === null ? roughUsdPerUnit(figure.currency) : undefined;
}
/** The qualifier of a figure's value in another currency: approximate when it was converted at a rough rate. */
export function convertedQualifier(figure: MoneyFigure): Qualifier {
  return roughRateOf(figure) !== undefined && figure.qualifier === 'exact' ? 'approx' : figure.qualifier;
}
/** How a currency's amounts are written: `US$`, `Rp`, `€`, `S$`. */
export function currencySymbol(currency: Currency): string {
  return currency === 'USD' ? 'US$' : currency === 'IDR' ? 'Rp' : FOREIGN_BY_CODE.get(currency)?.symbol ?? `${currency} `;
}
const FOREIGN_BEFORE_WORDS = new Map(FOREIGN.flatMap((currency) => currency.before.map((word) => [word, currency.code] as const)));
const FOREIGN_AFTER_WORDS = new Map(FOREIGN.flatMap((currency) => currency.after.map((word) => [word.toLowerCase().replace(/\s+/g, ' '), currency.code] as const)));
/** A foreign currency's symbol or code right before the number: `€`, `S$`, `EUR `. */
const FOREIGN_PREFIX = new RegExp(String.raw`(?<![\p{L}\p{N}])(${alternatives([...FOREIGN_BEFORE_WORDS.keys()])})\s*$`, 'u');
/** A foreign currency's name or code right after the number: `euro`, `dolar Singapura`. */
const FOREIGN_SUFFIX = new RegExp(String.raw`^\s*(${alternatives([...FOREIGN_AFTER_WORDS.keys()])})(?![\p{L}\p{N}])`, 'iu');

/**
 * Rupiah per US dollar when neither the settings nor the corpus's own stated conversions give one.
 * Roughly the 2025 market rate; the corpus's conversions (e.g. `10 miliar dolar AS` = `167,2 triliun
 * rupiah`, 16,720) take precedence wherever they exist (see impliedRate).
 */
export const DEFAULT_IDR_PER_USD = 16_500;

export interface MoneyOptions {
  /** Rupiah per US dollar, used for the `usd` and `idr` values of every figure. */
  idrPerUsd: number;
}

export function findMoney(text: string, options: MoneyOptions, tokens: readonly Token[] = tokenize(text)): MoneyFigure[] {
  const amounts = findAmounts(text, tokens);
  const drafts = combineAmounts(text, amounts);
  resolveUnstatedCurrencies(drafts);
  const figures = drafts
    .filter((draft): draft is Draft & { currency: Currency } => draft.currency !== null)
    .map((draft) => toFigure(text, draft, options.idrPerUsd));
  linkConversions(text, figures);
  return withStatedConversions(figures);
}

/** The figures with their `usd` and `idr` values at another rate. */
export function withRate(figures: readonly MoneyFigure[], idrPerUsd: number): MoneyFigure[] {
  return withStatedConversions(figures.map((figure) => ({ ...figure, ...normalise(figure, figure.currency, idrPerUsd) })));
}

/**
 * A figure in another currency that the article converts itself (`800 miliar yen (7,15 miliar dolar
 * AS)`) takes its dollar and rupiah values from that conversion rather than from the rough rate.
 */
function withStatedConversions(figures: MoneyFigure[]): MoneyFigure[] {
  for (const figure of figures) {
    const partner = figure.conversionOf === null ? undefined : figures[figure.conversionOf];
    if (!partner || !isForeign(figure.currency) || isForeign(partner.currency)) continue;
    figure.usd = partner.usd;
    figure.idr = partner.idr;
  }
  return figures;
}

/** The same interval in the other currency, at `idrPerUsd` rupiah per dollar. */
export function normalise(interval: Interval, currency: Currency, idrPerUsd: number): { usd: Interval; idr: Interval } {
  // Another currency is first made dollars at its rough rate.
  const perUnit = FOREIGN_BY_CODE.get(currency)?.usd;
  const toUsd = (v: number | null) => (v === null ? null : currency === 'USD' ? v : perUnit ? Math.round(v * perUnit * 100) / 100 : Math.round((v / idrPerUsd) * 100) / 100);
  const toIdr = (v: number | null) => (v === null ? null : currency === 'IDR' ? v : Math.round(v * (perUnit ?? 1) * idrPerUsd));
  return {
    usd: { min: toUsd(interval.min), max: toUsd(interval.max) },
    idr: { min: toIdr(interval.min), max: toIdr(interval.max) },
  };
}

/**
 * The rupiah-per-dollar rate that a set of stated conversions implies: the median of their ratios,
 * ignoring any outside a plausible band (a `Rp1,51 triliun` for `US$97,4 miliar` slip is a thousand
 * times off and must not move the rate). Undefined when there is none.
 */
export function impliedRate(figureLists: readonly (readonly MoneyFigure[])[]): number | undefined {
  return medianOf(figureLists.flatMap(conversionRatios));
}

/** The rupiah-per-dollar ratio of each plausible stated conversion among an article's figures. */
export function conversionRatios(figures: readonly MoneyFigure[]): number[] {
  const ratios: number[] = [];
  for (const figure of figures) {
    const other = figure.conversionOf === null ? undefined : figures[figure.conversionOf];
    if (figure.currency !== 'IDR' || other?.currency !== 'USD') continue;
    const idr = pointValue(figure);
    const usd = pointValue(other);
    if (idr === null || usd === null || usd === 0) continue;
    const ratio = idr / usd;
    if (ratio >= PLAUSIBLE_RATE.min && ratio <= PLAUSIBLE_RATE.max) ratios.push(ratio);
  }
  return ratios;
}

/** The median, or undefined for none. */
export function medianOf(values: readonly number[], alreadySorted = false): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = alreadySorted ? values : [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Rupiah per dollar has stayed within this band for decades; anything outside is a slip. */
export const PLAUSIBLE_RATE = { min: 5_000, max: 50_000 } as const;

/** A single representative value, when the figure has one (exact or approximate). */
export function pointValue(figure: Interval): number | null {
  if (figure.min !== null && figure.max !== null) return (figure.min + figure.max) / 2;
  return figure.min ?? figure.max;
}

// ---------------------------------------------------------------------------------------------
// Candidates: a number and what is written right around it.

/** A number read with its currency and scale, before qualifiers and ranges are considered. */
interface Amount {
  start: number;
  end: number;
  number: Decimal | null;
  /** Explicit scale word or abbreviation; null when none was written. */
  scale: number | null;
  /** For vague amounts (`miliaran dolar`): the order-of-magnitude interval. */
  vague: { min: number; max: number } | null;
  currency: Currency | null;
  /** A vague amount with no currency but a money word before it (`dana ratusan miliar`). */
  moneyContext: boolean;
  /** Written with `-an` (`Rp 3 triliun-an`): approximately. */
  roughly?: boolean;
}

const VAGUE_SCALES = ['juta', 'miliar', 'milyar', 'triliun'];
const VAGUE_SCALE = VAGUE_SCALES.join('|');
/** A candidate amount, tried where one can start (sticky): digits, a number written out, a vague magnitude. */
const CANDIDATE = new RegExp(
  [
    String.raw`(\d+(?:[.,]\d+)*)`,
    String.raw`(?<![\p{L}\p{N}])((?:${NUMBER_WORD_SOURCE})(?:\s+(?:${NUMBER_WORD_CONTINUATION_SOURCE}))*)(?![\p{L}\p{N}])`,
    String.raw`(?<![\p{L}\p{N}])(multi-?\s?(?:${VAGUE_SCALE})|(?:${VAGUE_SCALE})an|(?:beberapa\s+(?:puluh|ratus)|puluhan|ratusan)\s+(?:ribu|${VAGUE_SCALE})|beberapa\s+(?:${VAGUE_SCALE}))(?![\p{L}\p{N}])`,
  ].join('|'),
  'iuy',
);
/** The words a candidate written in words can start with, in lower case. */
const CANDIDATE_FIRST = wordClass([
  ...NUMBER_WORD_SOURCE.split('|'), 'multi', 'beberapa', 'puluhan', 'ratusan', ...VAGUE_SCALES.map((scale) => scale + 'an'),
]);

/** How far before and after a number the parser looks. Bounded, so the scan stays linear. */
const WINDOW_BEFORE = 40;
const WINDOW_AFTER = 64;

/** `US$`, `U$` (a slip for it), `USD`, `IDR`, `Rp`, `$`. */
const PREFIX_CURRENCY = /(?<![\p{L}\p{N}])(US\s?\$|U\$|USD|IDR|Rp\.?|\$)\s*$/iu;
const MISSPELLED_SCALE_AFTER = /^\s*(\p{L}{5,11})(?![\p{L}\p{N}])/u;
const SCALE_AFTER = new RegExp(String.raw`^\s*(${SCALE_WORD_SOURCE})(an)?(?![\p{L}\p{N}])`, 'iu');
/** A currency's code written onto the number: `1USD`, `500EUR`. */
const GLUED_CODE = new RegExp(String.raw`^(?:USD|IDR|${FOREIGN.map((currency) => currency.code).join('|')})(?![\p{L}])`, 'u');
/** `triliun-an`: roughly that much. */
const ROUGHLY_AFTER = /^-an(?![\p{L}\p{N}])/u;
const ABBREVIATION_AFTER = /^\s?([KMBT])(?![\p{L}\p{N}])/u;
const SUFFIX_CURRENCY =
  /^\s*(?:((?:dolar|dollar)(?:\s+(?:AS|Amerika(?:\s+Serikat)?|US))?)|(USD|US\$)|(rupiah)|(IDR))(?![\p{L}\p{N}])/iu;
const MONEY_CONTEXT_BEFORE =
  /(?<![\p{L}])(?:dana|investasi|modal|biaya|senilai|sebesar|belanja|pendapatan|kerugian|valuasi|nilai|anggaran|pendanaan|utang|pinjaman|laba|keuntungan|omzet|menggelontorkan|membelanjakan|menghabiskan)\s+$/iu;

/**
 * Candidates left to right, never overlapping: digits wherever they stand (`Rp100`, `1.000`), and
 * words where a word starts with one that can open an amount. The pattern is tried only there.
 */
function findAmounts(text: string, tokens: readonly Token[]): Amount[] {
  const amounts: Amount[] = [];
  let consumed = 0;
  const tryAt = (at: number) => {
    CANDIDATE.lastIndex = at;
    const match = CANDIDATE.exec(text);
    if (!match) return;
    const start = match.index;
    const end = start + match[0].length;
    consumed = end;
    const amount =
      match[1] !== undefined ? readDigits(text, start, end, match[1])
        : match[2] !== undefined ? readNumberWords(text, start, end, match[2])
          : readVague(text, start, end, match[3]);
    if (amount) amounts.push(amount);
  };
  for (const token of tokens) {
    if (token.end <= consumed) continue;
    if (token.word && token.start >= consumed && (token.classes & CANDIDATE_FIRST) !== 0) {
      tryAt(token.start);
      if (consumed > token.start) continue;
    }
    if (token.word && !token.digits) continue;
    for (let at = Math.max(token.start, consumed); at < token.end; at++) {
      if (isDigitCode(text.charCodeAt(at))) tryAt(at);
      if (consumed > at) at = consumed - 1;
    }
  }
  return amounts;
}

function readDigits(text: string, start: number, end: number, digits: string): Amount | null {
  const window = text.slice(Math.max(0, start - WINDOW_BEFORE), start);
  const dollarsOrRupiah = PREFIX_CURRENCY.exec(window);
  const foreign = dollarsOrRupiah ? null : FOREIGN_PREFIX.exec(window);
  const prefix = dollarsOrRupiah ?? foreign;
  const prefixCurrency: Currency | null = dollarsOrRupiah ? currencyOfSymbol(dollarsOrRupiah[1]) : foreign ? FOREIGN_BEFORE_WORDS.get(foreign[1])! : null;
  // Digits glued to a word that is not a currency (`H100`, `GPT4`) are a name, not an amount.
  if (!prefix && start > 0 && /[\p{L}_]/u.test(text[start - 1])) return null;
  const after = text.slice(end, end + WINDOW_AFTER);
  let scale: number | null = null;
  let consumed = 0;
  const word = SCALE_AFTER.exec(after);
  if (word) {
    ({ scale, length: consumed } = compoundScale(after, word));
  } else if (prefixCurrency) {
    const abbreviation = ABBREVIATION_AFTER.exec(after);
    const abbreviated = abbreviation && scaleOfAbbreviation(abbreviation[1], prefixCurrency);
    if (abbreviated) {
      scale = abbreviated;
      consumed = abbreviation[0].length;
    }
  }
  // `Rp 4,5 tirilun`: after a currency, a scale word misspelled by one letter is still the scale.
  const misspelled = !scale && prefixCurrency ? MISSPELLED_SCALE_AFTER.exec(after) : null;
  const misspelledScale = misspelled ? scaleOfMisspelledWord(misspelled[1]) : undefined;
  if (misspelled && misspelledScale) {
    scale = misspelledScale;
    consumed = misspelled[0].length;
  }
  // `10x`, `5G`, `4o` are no amounts; `1USD` in `(1USD = Rp 16.846)` is one.
  if (!scale && /^[\p{L}]/u.test(after) && !GLUED_CODE.test(after)) return null;
  const number = parseDigits(digits, scale !== null);
  if (!number) return null;
  // `Rp 3 triliun-an`, `Rp 500 jutaan`: roughly that much.
  const hyphenated = scale !== null && ROUGHLY_AFTER.test(after.slice(consumed));
  const roughly = hyphenated || Boolean(word?.[2]);
  return withSuffixCurrency(text, {
    start: prefix ? start - prefix[0].length : start,
    end: end + consumed + (hyphenated ? 3 : 0),
    number, scale, vague: null, currency: prefixCurrency, moneyContext: false, roughly,
  });
}

/** The scale a scale word gives, with a larger one after `ribu` (`3 ribu triliun` = 3 × 10¹⁵), and the length read. */
function compoundScale(after: string, word: RegExpExecArray): { scale: number; length: number } {
  const scale = scaleOfWord(word[1])!;
  if (scale !== 1e3 || word[2]) return { scale, length: word[0].length };
  const next = SCALE_AFTER.exec(after.slice(word[0].length));
  const larger = next && !next[2] ? scaleOfWord(next[1])! : undefined;
  return larger && larger > 1e3 ? { scale: scale * larger, length: word[0].length + next![0].length } : { scale, length: word[0].length };
}

function readNumberWords(text: string, start: number, end: number, words: string): Amount | null {
  const value = parseNumberWords(words.split(/\s+/));
  if (value === null) return null;
  const after = text.slice(end, end + WINDOW_AFTER);
  const word = SCALE_AFTER.exec(after);
  const compound = word ? compoundScale(after, word) : undefined;
  return withSuffixCurrency(text, {
    start,
    end: end + (compound?.length ?? 0),
    number: Number.isInteger(value) ? { mantissa: value, places: 0 } : { mantissa: value * 10, places: 1 },
    scale: compound?.scale ?? null,
    vague: null, currency: null, moneyContext: false,
  });
}

function readVague(text: string, start: number, end: number, phrase: string): Amount | null {
  const words = phrase.toLowerCase().split(/[\s-]+/).filter(Boolean);
  const last = words[words.length - 1];
  const scale = scaleOfWord(last.endsWith('an') ? last.slice(0, -2) : last) ?? scaleOfWord(last);
  if (!scale) return null;
  let vague: { min: number; max: number };
  if (words.includes('puluh') || words.includes('puluhan')) vague = { min: 10 * scale, max: 100 * scale };
  else if (words.includes('ratus') || words.includes('ratusan')) vague = { min: 100 * scale, max: 1000 * scale };
  else if (words[0] === 'beberapa') vague = { min: scale, max: 10 * scale };
  else vague = { min: scale, max: 1000 * scale }; // `miliaran`, `multi-miliar`
  const before = text.slice(Math.max(0, start - WINDOW_BEFORE), start);
  return withSuffixCurrency(text, {
    start, end, number: null, scale, vague, currency: null,
    moneyContext: MONEY_CONTEXT_BEFORE.test(before),
  });
}

/** Reads a currency written after the amount (`dolar AS`, `rupiah`, `euro`, `dolar Singapura`). */
function withSuffixCurrency(text: string, amount: Amount): Amount | null {
  const after = text.slice(amount.end, amount.end + WINDOW_AFTER);
  const foreign = FOREIGN_SUFFIX.exec(after);
  if (foreign) {
    const currency = FOREIGN_AFTER_WORDS.get(foreign[1].toLowerCase().replace(/\s+/g, ' '))!;
    if (amount.currency && amount.currency !== currency) return amount;
    return { ...amount, currency, end: amount.end + foreign[0].length };
  }
  const suffix = SUFFIX_CURRENCY.exec(after);
  if (suffix) {
    const currency: Currency = suffix[1] || suffix[2] ? 'USD' : 'IDR';
    if (amount.currency && amount.currency !== currency) return amount; // `$5 rupiah`: keep the symbol
    return { ...amount, currency, end: amount.end + suffix[0].length };
  }
  return amount;
}

function currencyOfSymbol(symbol: string): Currency {
  const upper = symbol.toUpperCase();
  return upper.startsWith('RP') || upper === 'IDR' ? 'IDR' : 'USD';
}

// ---------------------------------------------------------------------------------------------
// Figures: amounts combined into ranges, with their qualifiers.

interface Draft extends Interval {
  start: number;
  end: number;
  currency: Currency | null;
  qualifier: Qualifier;
}

const RANGE_CONNECTOR = /^\s*(?:hingga|sampai(?:\s+dengan)?|s\.?\s?d\.?|s\/d|-|–|—)\s*$/iu;
const RANGE_AND = /^\s*dan\s*$/iu;
const RANGE_OPENER = /(?<![\p{L}])antara\s+$/iu;
const RANGE_APPROXIMATE = /(?<![\p{L}])(?:sekitar|(?:di\s+)?kisaran|berkisar(?:\s+di)?)\s+$/iu;

/** `angka `, `level `: a word for the figure itself, between a qualifier and the amount. */
const FIGURE_WORD_BEFORE = /(?<![\p{L}])(?:angka|level|kisaran\s+angka)\s+$/iu;

/** Qualifier phrases written before a figure, each with what it means. Longest phrases first. */
const QUALIFIERS: readonly [RegExp, Qualifier][] = [
  [/(?<![\p{L}])(?:tidak|tak)\s+kurang\s+dari\s*$/iu, 'over'],
  [/(?<![\p{L}])(?:tidak|tak)\s+(?:lebih\s+dari|sampai)\s*$/iu, 'upto'],
  [/(?<![\p{L}])(?:lebih\s+(?:besar\s+)?dari|melebihi|melampaui|di\s*atas|setidaknya|sedikitnya|minimal|paling\s+sedikit|sekurang-kurangnya)\s*$/iu, 'over'],
  [/(?<![\p{L}])(?:(?:hampir|nyaris)(?:\s+(?:menyentuh|mencapai|menembus|menyamai|senilai|sebesar))?|kurang\s+dari|di\s*bawah|mendekati)\s*$/iu, 'under'],
  [/(?<![\p{L}])(?:sekitar|sekitaran|sekira|kira-kira|kurang\s+lebih|lebih\s+kurang|(?:di\s+)?kisaran|berkisar(?:\s+di)?)\s*$|[~±≈]\s*$/iu, 'approx'],
  [/(?<![\p{L}])(?:hingga(?:\s+mencapai)?|sampai(?:\s+dengan)?|maksimal|paling\s+banyak|sebanyak-banyaknya)\s*$/iu, 'upto'],
];
/**
 * `… (Rp234,4 triliun) hingga 20 miliar dolar AS`: after a figure's bracketed conversion, `hingga`
 * joins the two ends of a range, and the second end is an exact figure. (`menembus`, `melewati` and
 * `tembus` name the amount reached, as editors annotate them: exact too.)
 */
const RANGE_AFTER_CONVERSION = /\)\s*(?:hingga|sampai(?:\s+dengan)?)\s*$/iu;
/** `$10 miliar lebih`: "more than", when `lebih` closes the phrase rather than comparing. */
const TRAILING_OVER = /^\s+lebih(?=\s*[,.;:)!?]|\s*$|\s+(?:dan|untuk|pada|di|ke|yang|dalam)(?![\p{L}]))/iu;

function combineAmounts(text: string, amounts: Amount[]): Draft[] {
  const drafts: Draft[] = [];
  let lastEnd = 0;
  const keep = (draft: Draft | null) => {
    if (!draft) return;
    // Figures never overlap: a qualifier reaching back into the previous figure is dropped.
    if (draft.start < lastEnd) return;
    drafts.push(draft);
    lastEnd = draft.end;
  };
  for (let i = 0; i < amounts.length; i++) {
    const first = amounts[i];
    const second = amounts[i + 1];
    const range = second && readRange(text, first, second);
    if (range) {
      keep(range);
      i++;
    } else {
      keep(readSingle(text, first));
    }
  }
  return drafts;
}

function readRange(text: string, first: Amount, second: Amount): Draft | null {
  if (first.vague || second.vague || !first.number || !second.number) return null;
  const between = text.slice(first.end, second.start);
  const before = text.slice(Math.max(0, first.start - WINDOW_BEFORE), first.start);
  const opener = RANGE_OPENER.exec(before);
  if (!RANGE_CONNECTOR.test(between) && !(opener && RANGE_AND.test(between))) return null;
  if (first.currency && second.currency && first.currency !== second.currency) return null;
  const currency = first.currency ?? second.currency;
  if (!currency || second.scale === null && first.scale !== null) return null;
  const low = scaleDecimal(first.number, first.scale ?? second.scale ?? 1);
  const high = scaleDecimal(second.number, second.scale ?? 1);
  if (!(low < high)) return null;
  // `antara` opens the range but, as in the gold annotations, stays outside the span; words that
  // say the range is approximate (`di kisaran`, `sekitar`) are kept in it, as qualifiers are.
  const approximate = RANGE_APPROXIMATE.exec(before);
  const start = approximate ? first.start - approximate[0].length : first.start;
  return { start, end: second.end, min: low, max: high, currency, qualifier: 'range' };
}

function readSingle(text: string, amount: Amount): Draft | null {
  if (!amount.currency && !(amount.vague && amount.moneyContext)) return null;
  if (amount.vague) return { start: amount.start, end: amount.end, ...amount.vague, currency: amount.currency, qualifier: 'vague' };
  const value = scaleDecimal(amount.number!, amount.scale ?? 1);
  const window = text.slice(Math.max(0, amount.start - WINDOW_BEFORE), amount.start);
  // `mendekati angka 3 ribu triliun`: the word for a figure may stand between a qualifier and the amount.
  const figureWord = FIGURE_WORD_BEFORE.exec(window)?.[0] ?? '';
  const before = window.slice(0, window.length - figureWord.length);
  for (const [pattern, qualifier] of QUALIFIERS) {
    if (qualifier === 'upto' && RANGE_AFTER_CONVERSION.test(before)) break;
    const match = pattern.exec(before);
    if (match) return qualified(amount.start - figureWord.length - match[0].length, amount.end, value, amount.currency, qualifier);
  }
  if (amount.roughly) return qualified(amount.start, amount.end, value, amount.currency, 'approx');
  const trailing = TRAILING_OVER.exec(text.slice(amount.end, amount.end + WINDOW_AFTER));
  if (trailing) return qualified(amount.start, amount.end + trailing[0].length, value, amount.currency, 'over');
  return qualified(amount.start, amount.end, value, amount.currency, 'exact');
}

function qualified(start: number, end: number, value: number, currency: Currency | null, qualifier: Qualifier): Draft {
  const min = qualifier === 'under' || qualifier === 'upto' ? null : value;
  const max = qualifier === 'over' ? null : value;
  return { start, end, min, max, currency, qualifier };
}

/**
 * A vague amount with no currency written takes the currency of the nearest figure before it (else
 * after it), unless that would make it an implausible number of dollars: `dana ratusan triliun`
 * unqualified is rupiah, as unmarked amounts in Indonesian are.
 */
function resolveUnstatedCurrencies(drafts: Draft[]): void {
  let last: Currency | null = null;
  for (const draft of drafts) {
    if (draft.currency) {
      last = draft.currency;
      continue;
    }
    const inferred = last ?? nextCurrency(drafts, draft) ?? 'IDR';
    draft.currency = inferred === 'USD' && (draft.max ?? 0) > MAX_PLAUSIBLE_USD ? 'IDR' : inferred;
  }
}

/** More dollars than this (half the world's yearly output) are no figure an article reports. */
const MAX_PLAUSIBLE_USD = 5e13;

function nextCurrency(drafts: Draft[], from: Draft): Currency | null {
  for (let i = drafts.indexOf(from) + 1; i < drafts.length; i++) if (drafts[i].currency) return drafts[i].currency;
  return null;
}

function toFigure(text: string, draft: Draft & { currency: Currency }, idrPerUsd: number): MoneyFigure {
  const interval = { min: draft.min, max: draft.max };
  return {
    start: draft.start,
    end: draft.end,
    text: text.slice(draft.start, draft.end),
    currency: draft.currency,
    min: draft.min,
    max: draft.max,
    qualifier: draft.qualifier,
    ...normalise(interval, draft.currency, idrPerUsd),
    conversionOf: null,
  };
}

// ---------------------------------------------------------------------------------------------
// Stated conversions.

/** Words that say the next figure restates the previous one in another currency. */
const CONVERSION_CUE = /setara|dikonversi|\(|(?<![\p{L}])(?:atau|alias|kira-kira)(?![\p{L}])|kurs|^\s*[—–]\s*(?:sekitar\s+|kira-kira\s+|atau\s+)?$/iu;
const CONVERSION_MAX_GAP = 160;

function linkConversions(text: string, figures: MoneyFigure[]): void {
  for (let i = 0; i + 1 < figures.length; i++) {
    const from = figures[i];
    const to = figures[i + 1];
    if (from.currency === to.currency || from.conversionOf !== null) continue;
    const gap = to.start - from.end;
    if (gap > CONVERSION_MAX_GAP) continue;
    const between = text.slice(from.end, to.start);
    // `(1USD = Rp 16.846)`: a rate, whose first figure restates nothing before it; its two sides restate each other.
    const rate = /^\s*=/u.test(between);
    if (!rate && /^\s*=/u.test(text.slice(to.end, to.end + 4))) continue;
    if (/\n/.test(between) || (!rate && !CONVERSION_CUE.test(between))) continue;
    // A new sentence may restate the figure only if it says so (`Jumlah ini setara dengan …`).
    if (/[.!?]\s/.test(between) && !/setara|dikonversi/iu.test(between)) continue;
    from.conversionOf = i + 1;
    to.conversionOf = i;
  }
}
