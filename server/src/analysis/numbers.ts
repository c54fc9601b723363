// Reading numbers as Indonesian reporting writes them: digits with Indonesian separators
// (comma decimal, dot thousands: `1.670`, `1,4`), English ones where the shape leaves no doubt
// (`6.6`, `1,234.5`), number words (`dua puluh lima`, `setengah`), and scale words (`miliar`, `T`).
// It knows nothing about currencies or qualifiers; money.ts builds figures from these pieces.

import { editDistance } from './editDistance';

/**
 * A decimal number kept as an integer mantissa and a count of decimal places, so that scaling
 * (`1,4` × 10^12) stays exact in floating point for every amount real reporting uses.
 */
export interface Decimal {
  mantissa: number;
  places: number;
}

/** Digit runs longer than this are serial numbers or noise, never an amount of money. */
const MAX_DIGITS_LENGTH = 24;

/**
 * Parses a run of digits with `.` and `,` separators. `scaled` says whether a scale word follows
 * (`1,339 triliun` is 1.339 triliun; `$1,500` with no scale word is one thousand five hundred).
 * Returns null for shapes that are not one number (`1.1.1`, `3.5.1`).
 */
export function parseDigits(raw: string, scaled: boolean): Decimal | null {
  if (raw.length > MAX_DIGITS_LENGTH) return null;
  const dots = count(raw, '.');
  const commas = count(raw, ',');
  if (dots === 0 && commas === 0) return { mantissa: Number(raw), places: 0 };
  if (dots > 0 && commas > 0) {
    // Both separators: the last one is the decimal mark, the other groups thousands.
    const decimalMark = raw.lastIndexOf('.') > raw.lastIndexOf(',') ? '.' : ',';
    const groupMark = decimalMark === '.' ? ',' : '.';
    if (count(raw, decimalMark) !== 1) return null;
    const [whole, fraction] = raw.split(decimalMark);
    const digits = ungroup(whole, groupMark);
    return digits === null ? null : decimal(digits, fraction);
  }
  const mark = dots > 0 ? '.' : ',';
  const parts = raw.split(mark);
  if (parts.length > 2) {
    const digits = ungroup(raw, mark);
    return digits === null ? null : { mantissa: Number(digits), places: 0 };
  }
  const [whole, fraction] = parts;
  if (fraction.length === 3) {
    // `1.670`: Indonesian thousands. `1,339 triliun`: an Indonesian decimal, since a scale word
    // follows; `$1,500` alone: English thousands.
    const thousands = mark === '.' || !scaled;
    return thousands ? { mantissa: Number(whole + fraction), places: 0 } : decimal(whole, fraction);
  }
  // `1,4` is Indonesian, `6.6` English: with one or two (or four or more) digits after the mark,
  // it can only be a decimal mark.
  return decimal(whole, fraction);
}

/** The value of a decimal multiplied by a whole-number scale, exact for realistic amounts. */
export function scaleDecimal(value: Decimal, scale: number): number {
  const divisor = 10 ** value.places;
  return scale >= divisor ? value.mantissa * (scale / divisor) : (value.mantissa * scale) / divisor;
}

const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['sen', 0.01], ['cent', 0.01], ['cents', 0.01],
  ['ribu', 1e3], ['rb', 1e3], ['thousand', 1e3],
  ['juta', 1e6], ['jt', 1e6], ['million', 1e6], ['mn', 1e6],
  ['miliar', 1e9], ['milyar', 1e9], ['miliyar', 1e9], ['milliar', 1e9], ['billion', 1e9], ['bn', 1e9],
  ['triliun', 1e12], ['trilyun', 1e12], ['truliun', 1e12], ['trilliun', 1e12], ['triliyun', 1e12], ['trillion', 1e12], ['tn', 1e12],
  ['kuadriliun', 1e15], ['kuadrilyun', 1e15], ['quadrillion', 1e15],
]);

/**
 * The multiplier of a misspelled scale word (`mliar`, one edit; `tirilun`, two edits of a word of
 * seven letters or more): only long scale words, so that no short word (`jt`, `rb`) is taken for one.
 */
export function scaleOfMisspelledWord(word: string): number | undefined {
  const lower = word.toLowerCase();
  if (lower.length < 5) return undefined;
  for (const [scale, value] of SCALE_WORDS) {
    const allowed = scale.length >= 7 ? 2 : 1;
    if (scale.length >= 6 && editDistance(lower, scale, allowed) <= allowed) return value;
  }
  return undefined;
}

/** The multiplier of a scale word in any capitalisation (`miliar`, `Miliar`, `MILIAR`, `jt`). */
export function scaleOfWord(word: string): number | undefined {
  return SCALE_WORDS.get(word.toLowerCase());
}

/** A regular-expression source matching any scale word; pair it with the `i` flag. */
export const SCALE_WORD_SOURCE = [...SCALE_WORDS.keys()].sort((a, b) => b.length - a.length).join('|');

/**
 * One-letter scale abbreviations, valid only right after an amount with a currency symbol
 * (`Rp 155 T`, `$10B`). `M` follows the currency's convention: Indonesian banking writes `Rp 10 M`
 * for miliar, English writes `$10M` for million.
 */
export function scaleOfAbbreviation(letter: string, currency: string): number | undefined {
  switch (letter) {
    case 'K': return 1e3;
    case 'M': return currency === 'IDR' ? 1e9 : 1e6;
    case 'B': return 1e9;
    case 'T': return 1e12;
    default: return undefined;
  }
}

const UNIT_WORDS: ReadonlyMap<string, number> = new Map([
  ['nol', 0], ['satu', 1], ['dua', 2], ['tiga', 3], ['empat', 4], ['lima', 5], ['enam', 6],
  ['tujuh', 7], ['delapan', 8], ['sembilan', 9],
]);

/** Words that start a number written out: units and the `se-` forms (`seratus`, `sejuta`). */
export const NUMBER_WORD_SOURCE =
  'nol|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|seratus|seribu|setengah|sejuta|semiliar|semilyar|setriliun';

/** Words that continue a number written out (`dua puluh`, `tiga ratus`, `satu setengah`). */
export const NUMBER_WORD_CONTINUATION_SOURCE = `${NUMBER_WORD_SOURCE}|belas|puluh|ratus`;

/**
 * The value of a number written in words, e.g. `dua puluh lima` = 25, `satu setengah` = 1.5,
 * `sejuta` = 1e6. Returns null when the words do not form a number.
 */
export function parseNumberWords(words: readonly string[]): number | null {
  let total = 0;
  let current = 0;
  let seen = false;
  for (const raw of words) {
    const word = raw.toLowerCase();
    const unit = UNIT_WORDS.get(word);
    if (unit !== undefined) { current += unit; seen = true; continue; }
    switch (word) {
      case 'sepuluh': current += 10; break;
      case 'sebelas': current += 11; break;
      case 'seratus': current += 100; break;
      case 'seribu': current += 1000; break;
      case 'setengah': current += 0.5; break;
      case 'belas': if (!seen) return null; current += 10; break;
      case 'puluh': if (!seen) return null; current *= 10; break;
      case 'ratus': if (!seen) return null; current *= 100; break;
      case 'sejuta': total += 1e6; break;
      case 'semiliar': case 'semilyar': total += 1e9; break;
      case 'setriliun': total += 1e12; break;
      default: return null;
    }
    seen = true;
  }
  return seen ? total + current : null;
}

function decimal(whole: string, fraction: string): Decimal {
  return { mantissa: Number(whole + fraction), places: fraction.length };
}

/** Removes grouping marks, or returns null when the groups are not of three digits. */
function ungroup(raw: string, mark: string): string | null {
  const groups = raw.split(mark);
  if (groups[0].length === 0 || groups[0].length > 3) return null;
  for (let i = 1; i < groups.length; i++) if (groups[i].length !== 3) return null;
  return groups.join('');
}

function count(text: string, char: string): number {
  let n = 0;
  for (let i = text.indexOf(char); i !== -1; i = text.indexOf(char, i + 1)) n++;
  return n;
}
