// Building regular expressions from the cue lists of the data files.

import { lowerBound } from './spans';
import { Token, isDigitCode } from './tokens';
import { addToClass, wordClass } from './wordClasses';

/** Alternatives for a regular expression: longest first, white space matched loosely, characters escaped. */
export function alternatives(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}

/**
 * The same, in lower case, capitalised and in capitals (`ceo`, `Ceo`, `CEO`), for patterns that
 * must not use the `i` flag: under `iu`, `\p{Lu}` and `\p{Ll}` match letters of either case.
 */
export function anyCase(words: readonly string[]): string {
  const capitalise = (phrase: string) => phrase.replace(/(^|\s)(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
  return alternatives(words.flatMap((word) => [word.toLowerCase(), capitalise(word.toLowerCase()), word.toUpperCase()]));
}

/** Any of the words, as whole words. */
export function wordsPattern(words: readonly string[], flags: string): RegExp {
  return new RegExp(String.raw`(?<![\p{L}])(?:${alternatives(words)})(?![\p{L}])`, flags);
}

/**
 * Whole words or phrases of a list, found in a stretch of an article. Where a word that can start one
 * of the phrases of any list stands is found once per article, in one pass over its tokens (see
 * `wordStarts`); the list's pattern is then tried only there, instead of at every position. Results
 * are those of the global pattern `wordsPattern(words)` run over `text.slice(from, to)`, indices
 * relative to `from`.
 */
export class Words {
  private readonly sticky: RegExp;
  /** This list's number, for the per-article table of where each list's first words stand. */
  readonly id: number;

  constructor(words: readonly string[], caseInsensitive = true) {
    this.sticky = new RegExp(wordsPattern(words, '').source, caseInsensitive ? 'iuy' : 'uy');
    this.id = LISTS.length;
    LISTS.push(this);
    for (const phrase of words) {
      const first = leadingLetters(phrase.toLowerCase());
      addToClass(PHRASE_START, [first]);
      const lists = FIRST_WORDS.get(first) ?? [];
      if (!lists.includes(this.id)) lists.push(this.id);
      FIRST_WORDS.set(first, lists);
    }
  }

  matches(text: string, tokens: readonly Token[], from: number, to: number, limit = Infinity): RegExpExecArray[] {
    const found: RegExpExecArray[] = [];
    const starts = wordStarts(tokens, text)[this.id];
    if (!starts) return found;
    let slice: string | undefined;
    let consumed = from;
    for (let k = lowerBound(starts, from); k < starts.length && starts[k] < to && found.length < limit; k++) {
      const start = starts[k];
      if (start < consumed) continue;
      slice ??= text.slice(from, to);
      this.sticky.lastIndex = start - from;
      const match = this.sticky.exec(slice);
      if (!match) continue;
      found.push(match);
      consumed = from + match.index + match[0].length;
    }
    return found;
  }

  test(text: string, tokens: readonly Token[], from: number, to: number): boolean {
    return this.matches(text, tokens, from, to, 1).length > 0;
  }
}

const LISTS: Words[] = [];
/** A first word of a phrase → the lists with a phrase starting with it. */
const FIRST_WORDS = new Map<string, number[]>();
/** The word class of FIRST_WORDS's words. */
const PHRASE_START = wordClass();
let memo: { tokens: readonly Token[]; starts: (number[] | undefined)[] } | undefined;

/**
 * For each list, the sorted offsets in an article where a word that can start one of its phrases
 * begins: at a word token, or inside a token after digits (`5investasi`), where the patterns'
 * lookbehind allows a word to start too. One pass over the tokens, kept for the article last asked.
 */
function wordStarts(tokens: readonly Token[], text: string): readonly (number[] | undefined)[] {
  if (memo?.tokens === tokens) return memo.starts;
  const starts: (number[] | undefined)[] = [];
  const note = (word: string, offset: number) => {
    const lists = FIRST_WORDS.get(word);
    if (lists) for (const id of lists) (starts[id] ??= []).push(offset);
  };
  for (const token of tokens) {
    if (token.word && !token.digits) {
      if (token.classes & PHRASE_START) note(token.lower, token.start);
    }
    else for (const start of letterRunStarts(token)) note(leadingLetters(text.slice(start, token.end).toLowerCase()), start);
  }
  memo = { tokens, starts };
  return starts;
}


/** `investasi2025` → `investasi`: the letters a word begins with. */
function leadingLetters(word: string): string {
  let end = 0;
  while (end < word.length && !isDigitCode(word.charCodeAt(end)) && /\p{L}|\p{M}/u.test(word[end])) end++;
  return end === word.length ? word : word.slice(0, end);
}

/** Offsets in a token where a run of letters begins after something that is not a letter. */
function letterRunStarts(token: Token): number[] {
  const starts: number[] = [];
  let previousLetter = false;
  for (let i = 0; i < token.text.length; i++) {
    const letter = !isDigitCode(token.text.charCodeAt(i)) && /\p{L}/u.test(token.text[i]);
    if (letter && !previousLetter) starts.push(token.start + i);
    previousLetter = letter;
  }
  return starts;
}
