// People named by an article's credits rather than its prose: bylines (`Ditulis oleh Reynas Abdila`,
// `Penyunting: Noverius Laoli`, `Laporan wartawan Tribunnews.com, Reynas Abdila`, `Anggoro Suryo Jati -
// detikInet`), team lines that run onto the next line, photo credits (`Foto: REUTERS/Toru Hanai`,
// `(ANTARA FOTO/Wahyu Putro A)`), a byline line ending in its outlet (`Shirin Ghaffary, Ed Ludlow dan
// Gillian Tan—Bloomberg News`) and a signature in capitals closing the article (`CAESAR AKBAR`).
//
// A credit is split at its separators (`/`, `,`, `|`, ` - `, `dan`); each part shaped like a name is a
// person, unless it is a name already found (an outlet, a place) or an outlet written in another case
// (`Antara` in `Antara/REUTERS/Leah Millis`). The labels are data (cues.json).

import cues from '../../data/language/cues.json';
import { alternatives } from './patterns';

export interface CreditName {
  start: number;
  end: number;
  /** The person's name; for an outlet part, the outlet's written name. */
  name: string;
  type: 'person' | 'outlet';
}

/** What the credits need to know of the names already found. */
export interface KnownNames {
  /** Whether a span overlaps a name already found. */
  overlaps(start: number, end: number): boolean;
  /** Whether a word, in any case, names a known outlet (`Antara`). */
  isOutlet(name: string): boolean;
  /** Where outlets already found start. */
  outletStarts: readonly number[];
}

const BYLINE_LABEL = new RegExp(String.raw`^[ \t]*(?:${alternatives(cues.bylineLabels)})(?![\p{L}])[ \t]*(:?)[ \t]*`, 'iu');
const PHOTO_LABEL = new RegExp(String.raw`(?:^|[\s(])(?:${alternatives(cues.photoCreditLabels)})(?![\p{L}])[ \t]*[:/][ \t]*`, 'giu');
const CREDIT_NON_NAMES: ReadonlySet<string> = new Set(cues.creditNonNames);
/** A part of a credit: up to five capitalised words or initials (`Wahyu Putro A`, `Muh. Rizky`). */
const NAME_PART = /^\p{Lu}[\p{L}'’-]*\.?(?:[ \t]+\p{Lu}[\p{L}'’-]*\.?){0,4}$/u;
/** What separates the names of a credit. */
const SEPARATOR = /[ \t]*(?:[/|,;–—]|[ \t]-[ \t]|[ \t]+dan[ \t]+|[ \t]+&[ \t]+)[ \t]*/gu;
/** A signature in capitals on the last line. */
const SIGNATURE = /(?:^|\n)[ \t]*(\p{Lu}{2,}(?:[ \t]+\p{Lu}{2,}){1,3})[ \t]*\s*$/u;

export function creditNames(text: string, known: KnownNames): CreditName[] {
  const names: CreditName[] = [];
  const lines = text.split('\n');
  let lineStart = 0;
  lines.forEach((line, index) => {
    const lineEnd = lineStart + line.length;
    // Bylines, at the start of a line or after `|` (`Sumber: Business Insider | Penyunting: Noverius Laoli`).
    let segmentStart = lineStart;
    for (const segment of line.split('|')) {
      const label = BYLINE_LABEL.exec(segment);
      if (label) {
        let to = segmentStart + segment.length;
        // `Tim: Lely Maulida,` then the next name on its own line.
        if (segment.trimEnd().endsWith(',') && index + 1 < lines.length) to = lineEnd + 1 + lines[index + 1].length;
        const credit = partsOf(text, segmentStart + label[0].length, to, known);
        if (label[1] === ':' || credit.onlyNames) names.push(...credit.names);
      }
      segmentStart += segment.length + 1;
    }
    // Photo credits, to the closing bracket or the end of the line.
    for (const match of line.matchAll(PHOTO_LABEL)) {
      const from = match.index! + match[0].length;
      const close = line.indexOf(')', from);
      // A caption (`Foto: Luhut Binsar Pandjaitan, Menko Maritim, bersiap …`) is prose, not a credit.
      const credit = partsOf(text, lineStart + from, close === -1 ? lineEnd : lineStart + close, known);
      if (credit.onlyNames) names.push(...credit.names);
    }
    // `Shirin Ghaffary, Ed Ludlow dan Gillian Tan—Bloomberg News`: names, a dash, the outlet.
    for (const outletStart of known.outletStarts) {
      if (outletStart <= lineStart || outletStart > lineEnd) continue;
      const dash = /[ \t]*[—–][ \t]*$|[ \t]+-[ \t]+$/u.exec(text.slice(lineStart, outletStart));
      if (!dash) continue;
      const credit = partsOf(text, lineStart, outletStart - dash[0].length, known);
      if (credit.onlyNames) names.push(...credit.names);
    }
    lineStart = lineEnd + 1;
  });
  const signature = SIGNATURE.exec(text);
  if (signature) {
    const start = signature.index + signature[0].indexOf(signature[1]);
    const end = start + signature[1].length;
    if (!known.overlaps(start, end) && !signature[1].split(/[ \t]+/).some((word) => CREDIT_NON_NAMES.has(titleCase(word)))) {
      names.push({ start, end, name: titleCase(signature[1]), type: 'person' });
    }
  }
  return names.sort((a, b) => a.start - b.start);
}

/**
 * The names of a credit between two offsets, and whether the credit holds nothing else: every part
 * a name, a name already found, or empty.
 */
function partsOf(text: string, from: number, to: number, known: KnownNames): { names: CreditName[]; onlyNames: boolean } {
  const names: CreditName[] = [];
  const segment = text.slice(from, to);
  const bounds: [number, number][] = [];
  let partStart = 0;
  for (const separator of segment.matchAll(SEPARATOR)) {
    bounds.push([partStart, separator.index!]);
    partStart = separator.index! + separator[0].length;
  }
  bounds.push([partStart, segment.length]);
  let onlyNames = true;
  for (const [a, b] of bounds) {
    const raw = segment.slice(a, b);
    const part = raw.trim().replace(/[,:;]+$/u, '').replace(/(?<!\s\p{Lu})\.$/u, '');
    if (!part) continue;
    const start = from + a + raw.indexOf(part);
    const end = start + part.length;
    if (known.overlaps(start, end)) continue;
    if (!NAME_PART.test(part) || part.split(/[ \t]+/).some((word) => CREDIT_NON_NAMES.has(word.replace(/\.$/u, '')))) {
      onlyNames = false;
      continue;
    }
    if (known.isOutlet(part)) names.push({ start, end, name: part, type: 'outlet' });
    else names.push({ start, end, name: part === part.toUpperCase() && part.length > 3 ? titleCase(part) : part, type: 'person' });
  }
  return { names, onlyNames };
}

/** `CAESAR AKBAR` → `Caesar Akbar`. */
function titleCase(name: string): string {
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}
