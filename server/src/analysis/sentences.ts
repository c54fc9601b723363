// Sentences and clauses of an article, as spans. A sentence ends at a line break, or at `.`, `!`
// or `?` followed by white space and a capital, digit or quote, unless the full stop closes an
// abbreviation (`Corp.`, `Dr.`, `dll.`) or sits inside a number (`$1.5`). Clauses split a sentence
// at commas, semicolons and dashes. Claims and deals are read within these spans.

import { Span } from './types';

const ABBREVIATIONS = new Set([
  'corp', 'inc', 'ltd', 'co', 'dr', 'prof', 'mr', 'mrs', 'ms', 'jr', 'sr', 'st', 'vs', 'no', 'dll', 'dsb', 'dst',
  'tbk', 'bpk', 'ir', 'h', 'hj', 'u.s', 's.a', 'e.g', 'i.e', 'al', 'jl', 'kec', 'kab', 'sdr', 'yth',
]);

/**
 * Sentences and clauses are asked for by several steps of one analysis: they are computed once per
 * text (the last one seen) and shared, so callers must not change them.
 */
let memo: { text: string; sentences: readonly Span[]; clauses: Map<number, readonly Span[]> } | undefined;

/** The sentences of a text, in order, covering every non-blank stretch of it. */
export function sentences(text: string): readonly Span[] {
  if (memo?.text !== text) memo = { text, sentences: findSentences(text), clauses: new Map() };
  return memo.sentences;
}

function findSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = skipSpace(text, 0);
  const boundary = /[.!?…]+["'”’)]*(?=\s+["'“‘(]?[\p{Lu}\p{N}])|\n/gu;
  for (let match = boundary.exec(text); match; match = boundary.exec(text)) {
    const end = match.index + match[0].length;
    if (match[0] !== '\n' && closesAbbreviation(text, match.index)) continue;
    if (end > start && text.slice(start, end).trim()) spans.push({ start, end: trimEnd(text, start, end) });
    start = skipSpace(text, end);
  }
  if (start < text.length && text.slice(start).trim()) spans.push({ start, end: trimEnd(text, start, text.length) });
  return spans;
}

/** The clauses of a sentence: split at commas, semicolons, colons and dashes set off by spaces. */
export function clauses(text: string, sentence: Span): readonly Span[] {
  if (memo?.text !== text) memo = { text, sentences: findSentences(text), clauses: new Map() };
  const key = sentence.start * 0x100000 + (sentence.end - sentence.start);
  let found = memo.clauses.get(key);
  if (!found) {
    found = findClauses(text, sentence);
    memo.clauses.set(key, found);
  }
  return found;
}

function findClauses(text: string, sentence: Span): Span[] {
  const spans: Span[] = [];
  let start = sentence.start;
  const separator = /[,;:](?!\d)|\s[–—-]\s/g;
  const slice = text.slice(sentence.start, sentence.end);
  for (let match = separator.exec(slice); match; match = separator.exec(slice)) {
    const end = sentence.start + match.index;
    if (end > start) spans.push({ start, end });
    start = sentence.start + match.index + match[0].length;
  }
  if (start < sentence.end) spans.push({ start, end: sentence.end });
  return spans;
}

function closesAbbreviation(text: string, dot: number): boolean {
  if (text[dot] !== '.') return false;
  // The letters and dots right before the full stop, at most 12 code units back.
  const limit = Math.max(0, dot - 12);
  let from = dot;
  while (from > limit) {
    const code = text.charCodeAt(from - 1);
    if (code === 46 /* . */ || (code < 128 ? (code | 32) >= 97 && (code | 32) <= 122 : isLetterEnding(text, from, limit))) from -= widthBefore(text, from, limit);
    else break;
  }
  if (from === dot) return false;
  const word = text.slice(from, dot).toLowerCase();
  return ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word);
}

/** Whether the code point ending at `end` (not before `limit`) is a letter. */
function isLetterEnding(text: string, end: number, limit: number): boolean {
  const width = widthBefore(text, end, limit);
  return /^\p{L}$/u.test(text.slice(end - width, end));
}

/** 2 when a whole surrogate pair ends at `end` and starts at or after `limit`, else 1. */
function widthBefore(text: string, end: number, limit: number): number {
  return end - 2 >= limit && (text.charCodeAt(end - 1) & 0xfc00) === 0xdc00 && (text.charCodeAt(end - 2) & 0xfc00) === 0xd800 ? 2 : 1;
}

function skipSpace(text: string, from: number): number {
  while (from < text.length && /\s/.test(text[from])) from++;
  return from;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end;
}

/** The start of the paragraph (line) holding `offset`, looking back no further than `limit`. */
export function paragraphStart(text: string, offset: number, limit = 2000): number {
  const from = Math.max(0, offset - limit);
  const newline = text.slice(from, offset).lastIndexOf('\n');
  return newline === -1 ? from : from + newline + 1;
}
