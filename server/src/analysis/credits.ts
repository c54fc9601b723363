// People named by an article's credits rather than its prose: bylines (`Ditulis oleh Reynas Abdila`,
// `Penyunting: Noverius Laoli`, `Laporan wartawan Tribunnews.com, Reynas Abdila`, `Anggoro Suryo Jati -
// detikInet`), team lines that run onto the next line, photo credits (`Foto: REUTERS/Toru Hanai`,
// `(ANTARA FOTO/Wahyu Putro A)`, `Liputan6.com/Agustinus Mario Damar` closing a caption), a byline line ending in its outlet (`Shirin Ghaffary, Ed Ludlow dan
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

/** A label, then its colon, which a table may put in a cell of its own (`Penulis | : | Adam Rizal`). */
const BYLINE_LABEL = new RegExp(String.raw`^[ \t]*(?:${alternatives(cues.bylineLabels)})(?![\p{L}])[ \t]*(?:\|[ \t]*(?=:))?(:?)[ \t]*(?:\|[ \t]*)?`, 'iu');
/** A label inside a credit, after a separator: `Ditulis oleh Jacobus E. Lato, disunting Priyo Suwarno`. */
const INNER_LABEL = new RegExp(String.raw`^(?:${alternatives(cues.bylineLabels)})[ \t]*:?[ \t]+(?=\p{Lu})`, 'iu');
/** The cells of a byline table: split at `|`, but not around a cell that holds only a colon. */
const CELL = /(?:[^|]|\|(?=[ \t]*:[ \t]*\|)|(?<=\|[ \t]*:[ \t]*)\|)+|(?<=^|\|)(?=\||$)/gu;
/** A photo credit's label, then `:`, `/` or the full stop of an abbreviation (`Dok. Reuters/Edgar Su`). */
const PHOTO_LABEL = new RegExp(String.raw`(?:^|[\s(])(?:${alternatives(cues.photoCreditLabels)})(?![\p{L}])(?:[ \t]*[:/]|\.)[ \t]*`, 'giu');
const CREDIT_NON_NAMES: ReadonlySet<string> = new Set(cues.creditNonNames);
/** The first words of byline labels: most lines start with none. */
const LABEL_FIRST_WORDS: ReadonlySet<string> = new Set(cues.bylineLabels.map((label) => label.split(' ')[0]));
const LONGEST_LABEL_WORD = Math.max(...[...LABEL_FIRST_WORDS].map((word) => word.length));
/** The last word of a photo credit label and its `:` or `/`: most lines hold none. */
const PHOTO_WORD = new RegExp(String.raw`(?:${[...new Set(cues.photoCreditLabels.map((label) => label.split(' ').pop()!))].join('|')})(?![\p{L}])(?:[ \t]*[:/]|\.)`, 'iu');

/** How far from the end of a long caption line its photo credit is looked for. */
const PHOTO_CREDIT_REACH = 100;

/** Whether a line opens with a byline label's first word, or holds a `|` after which one may stand. */
function mayHoldLabel(line: string): boolean {
  if (line.includes('|')) return true;
  let start = 0;
  while (line.charCodeAt(start) === 32 || line.charCodeAt(start) === 9) start++;
  let end = start;
  while (end < line.length && end - start <= LONGEST_LABEL_WORD && line.charCodeAt(end) !== 32 && line.charCodeAt(end) !== 58 /* : */) end++;
  return LABEL_FIRST_WORDS.has(line.slice(start, end).toLowerCase());
}

/** A part of a credit: up to five capitalised words or initials (`Wahyu Putro A`, `Muh. Rizky`). */
const NAME_PART = /^\p{Lu}[\p{L}'’-]*\.?(?:[ \t]+\p{Lu}[\p{L}'’-]*\.?){0,4}$/u;
/** What separates the names of a credit. */
const SEPARATOR = /[ \t]*(?:[/|,;–—]|[ \t]-[ \t]|[ \t]+dan[ \t]+|[ \t]+&[ \t]+)[ \t]*/gu;
/** The longest line read as a byline of names and their outlet. */
const BYLINE_LINE = 200;
/** The reporter's name in brackets on the last line: `(Erha Aprili Ramadhoni)`. */
const BRACKETED_SIGNATURE = /^[ \t]*\((\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){1,3})\)[ \t]*$/u;
/** A caption's closing credit without a label: an outlet, then its photographer (`(IDN Times/Misrohatun)`). */
const OUTLET_AND_PHOTOGRAPHER = /\(([^()/\n]{2,40})\/([^()\n]{2,60})\)[ \t]*$/u;
/** A caption's credit closing its line without brackets: `… di konferensi itu. Liputan6.com/Agustinus Mario Damar`. */
const OUTLET_AND_PHOTOGRAPHER_AT_END = /(?<=^|\s)([^\s/()]{2,40})\/(\p{Lu}[^\n/()]{1,60})[ \t]*$/u;
/** A byline's names before when it was written or updated: `oleh Agustinus Mario Damar diperbarui 27 Feb 2020`. */
const NAMES_BEFORE_UPDATED = /^(.+?)[ \t]+(?:diperbarui|diterbitkan|diunggah|dipublikasikan|updated|published)(?![\p{L}])/iu;
/** A signature in capitals: the whole last line. */
const SIGNATURE = /^[ \t]*(\p{Lu}{2,}(?:[ \t]+\p{Lu}{2,}){1,3})[ \t]*$/u;

export function creditNames(text: string, known: KnownNames): CreditName[] {
  const names: CreditName[] = [];
  for (let lineStart = 0; lineStart < text.length;) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const following = newline === -1 ? -1 : text.indexOf('\n', newline + 1);
    const nextEnd = newline === -1 ? -1 : following === -1 ? text.length : following;
    if (lineEnd - lineStart <= BYLINE_LINE) names.push(...creditsOfLine(text, lineStart, lineEnd, nextEnd, known));
    else names.push(...photoCredits(text, lineEnd - PHOTO_CREDIT_REACH, lineEnd, known)); // a long caption's closing credit
    lineStart = lineEnd + 1;
  }
  const trimmedEnd = text.trimEnd().length;
  const lastLineStart = text.lastIndexOf('\n', trimmedEnd - 1) + 1;
  const signature = SIGNATURE.exec(text.slice(lastLineStart, trimmedEnd)) ?? BRACKETED_SIGNATURE.exec(text.slice(lastLineStart, trimmedEnd));
  if (signature) {
    const start = lastLineStart + signature.index + signature[0].indexOf(signature[1]);
    const end = start + signature[1].length;
    if (!known.overlaps(start, end) && !signature[1].split(/[ \t]+/).some((word) => CREDIT_NON_NAMES.has(titleCase(word)))) {
      names.push({ start, end, name: titleCase(signature[1]), type: 'person' });
    }
  }
  return names.sort((a, b) => a.start - b.start);
}

/** The credits of a line of a byline's length. `nextEnd`: where the next line ends (-1 for none). */
function creditsOfLine(text: string, lineStart: number, lineEnd: number, nextEnd: number, known: KnownNames): CreditName[] {
  const names: CreditName[] = [];
  const line = text.slice(lineStart, lineEnd);
  // Bylines, at the start of a line or after `|` (`Sumber: Business Insider | Penyunting: Noverius Laoli`).
  for (const cell of mayHoldLabel(line) ? line.matchAll(CELL) : []) {
    const segment = cell[0];
    const segmentStart = lineStart + cell.index!;
    const label = BYLINE_LABEL.exec(segment);
    if (label) {
      // `Tim: Lely Maulida,` then the next name on its own line.
      const to = segment.trimEnd().endsWith(',') && nextEnd !== -1 ? nextEnd : segmentStart + segment.length;
      const credit = partsOf(text, segmentStart + label[0].length, to, known);
      if (label[1] === ':' || credit.onlyNames) names.push(...credit.names);
      else {
        const before = NAMES_BEFORE_UPDATED.exec(segment.slice(label[0].length));
        const dated = before && partsOf(text, segmentStart + label[0].length, segmentStart + label[0].length + before[1].length, known);
        if (dated?.onlyNames) names.push(...dated.names);
      }
    }
  }
  names.push(...photoCredits(text, lineStart, lineEnd, known));
  const caption = line.endsWith(')') ? OUTLET_AND_PHOTOGRAPHER.exec(line) : null;
  if (caption && (known.isOutlet(caption[1].trim()) || known.outletStarts.includes(lineStart + caption.index + 1 + caption[1].indexOf(caption[1].trim())))) {
    const from = lineStart + caption.index + 1 + caption[1].length + 1;
    const credit = partsOf(text, from, from + caption[2].length, known);
    if (credit.onlyNames) names.push(...credit.names);
  }
  const closing = line.includes('/') ? OUTLET_AND_PHOTOGRAPHER_AT_END.exec(line) : null;
  if (closing && known.outletStarts.includes(lineStart + closing.index)) {
    const from = lineStart + closing.index + closing[1].length + 1;
    const credit = partsOf(text, from, from + closing[2].trimEnd().length, known);
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
  return names;
}

/** Photo credits between two offsets of a line, each to the closing bracket or the end. */
function photoCredits(text: string, from: number, to: number, known: KnownNames): CreditName[] {
  const names: CreditName[] = [];
  const stretch = text.slice(Math.max(0, from), to);
  if (!stretch.includes(':') && !stretch.includes('/')) return names;
  if (!PHOTO_WORD.test(stretch)) return names;
  const offset = Math.max(0, from);
  for (const match of stretch.matchAll(PHOTO_LABEL)) {
    const start = match.index! + match[0].length;
    const close = stretch.indexOf(')', start);
    // A caption (`Foto: Luhut Binsar Pandjaitan, Menko Maritim, bersiap …`) is prose, not a credit.
    const credit = partsOf(text, offset + start, close === -1 ? to : offset + close, known);
    if (credit.onlyNames) names.push(...credit.names);
  }
  return names;
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
    const trimmed = raw.trim();
    const label = INNER_LABEL.exec(trimmed)?.[0].length ?? 0;
    const part = trimmed.slice(label).replace(/[,:;]+$/u, '').replace(/(?<!\s\p{Lu})\.$/u, '');
    if (!part) continue;
    const start = from + a + raw.indexOf(trimmed) + label;
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
