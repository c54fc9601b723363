// Words of an article: runs of letters and digits, and single punctuation marks, each with its
// offsets and whether white space stands before it. Entity matching walks these, so that
// `Moor Insights & Strategy` and `GPT-4` are matched word by word, in one pass over the text.

import { classesOf } from './wordClasses';

export interface Token {
  start: number;
  end: number;
  /** The token as written. */
  text: string;
  /** The token in lower case, as the lexicon's trie is keyed. */
  lower: string;
  /** True when white space (or the start of the text) precedes the token. */
  spaced: boolean;
  /** Starts with a letter. */
  word: boolean;
  /** Starts with a capital letter. */
  capitalised: boolean;
  /** Holds an ASCII digit (`GPT4`, `Rp100`, `2025`). */
  digits: boolean;
  /** Holds only ASCII characters. */
  ascii: boolean;
  /** The word classes (wordClasses.ts) of a word's lower-case form; 0 for other tokens. */
  classes: number;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const SPACE = /\s/u;

/** What a UTF-16 code unit starts: 0 white space, 1 a letter, 2 a digit or mark (word characters), 3 anything else. */
function classAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 128) {
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) return 1;
    if (code >= 48 && code <= 57) return 2;
    return code === 32 || (code >= 9 && code <= 13) ? 0 : 3;
  }
  const char = String.fromCodePoint(text.codePointAt(i)!);
  if (WORD_CHAR.test(char)) return /\p{L}/u.test(char) ? 1 : 2;
  return SPACE.test(char) ? 0 : 3;
}

/** 2 for a character outside the Basic Multilingual Plane (a surrogate pair), else 1. */
function widthAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  return code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
}

/** Words (runs of letters, marks and digits) and single other characters, in one pass over the text. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const length = text.length;
  let previousEnd = -1;
  let i = 0;
  while (i < length) {
    const kind = classAt(text, i);
    const width = widthAt(text, i);
    if (kind === 0) {
      i += width;
      continue;
    }
    const start = i;
    // What the scan sees on the way, so that most words need no second look: an ASCII capital, a
    // character outside ASCII (either may change in lower case), an ASCII digit.
    let code = text.charCodeAt(i);
    let mayLower = code >= 65 && code <= 90 || code >= 128;
    let ascii = code < 128;
    let digits = code >= 48 && code <= 57;
    i += width;
    if (kind !== 3) {
      while (i < length) {
        code = text.charCodeAt(i);
        if (code < 128) {
          if (code >= 97 && code <= 122) {
            i++;
            continue;
          }
          if (code >= 65 && code <= 90) mayLower = true;
          else if (code >= 48 && code <= 57) digits = true;
          else break;
          i++;
          continue;
        }
        const next = classAt(text, i);
        if (next !== 1 && next !== 2) break;
        mayLower = true;
        ascii = false;
        i += widthAt(text, i);
      }
    }
    const token = text.slice(start, i);
    const first = token.charCodeAt(0);
    const word = kind === 1;
    const capitalised = word && (first < 128 ? first <= 90 : isCapitalised(token));
    const lowered = mayLower ? token.toLowerCase() : token;
    const lower = lowered === token ? token : lowered;
    tokens.push({ start, end: i, text: token, lower, spaced: start !== previousEnd, word, capitalised, digits, ascii, classes: word ? classesOf(lower) : 0 });
    previousEnd = i;
  }
  return tokens;
}

export function isCapitalised(word: string): boolean {
  const first = word.codePointAt(0)!;
  const char = String.fromCodePoint(first);
  return char !== char.toLowerCase() && char === char.toUpperCase();
}

export function isAllCaps(word: string): boolean {
  return /\p{Lu}/u.test(word) && word === word.toUpperCase();
}

/** An ASCII digit's code unit. */
export function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}
