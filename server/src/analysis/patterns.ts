// Building regular expressions from the cue lists of the data files.

import { firstAtOrAfter } from './spans';
import { Token } from './tokens';

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
 * Whole words or phrases of a list, found in a stretch of an article by trying the pattern only where
 * a word that can start one begins, instead of at every position. Results are those of the global
 * pattern `wordsPattern(words)` run over `text.slice(from, to)`, indices relative to `from`.
 */
export class Words {
  private readonly sticky: RegExp;
  private readonly firstWords: ReadonlySet<string>;

  constructor(words: readonly string[], caseInsensitive = true) {
    this.sticky = new RegExp(wordsPattern(words, '').source, caseInsensitive ? 'iuy' : 'uy');
    this.firstWords = new Set(words.map((phrase) => leadingLetters(phrase.toLowerCase())));
  }

  matches(text: string, tokens: readonly Token[], from: number, to: number, limit = Infinity): RegExpExecArray[] {
    const found: RegExpExecArray[] = [];
    let slice: string | undefined;
    let consumed = from;
    for (let i = firstAtOrAfter(tokens, from); i < tokens.length && tokens[i].start < to && found.length < limit; i++) {
      const token = tokens[i];
      // A word starts at a word token, or inside one after digits (`5investasi`): the pattern's lookbehind allows both.
      const plain = token.word && !hasDigit(token.text);
      if (plain && (token.start < consumed || !this.firstWords.has(token.lower))) continue;
      for (const start of plain ? [token.start] : letterRunStarts(token)) {
        if (start < consumed || !this.firstWords.has(leadingLetters(text.slice(start, token.end).toLowerCase()))) continue;
        slice ??= text.slice(from, to);
        this.sticky.lastIndex = start - from;
        const match = this.sticky.exec(slice);
        if (!match) continue;
        found.push(match);
        consumed = from + match.index + match[0].length;
        if (found.length >= limit) break;
      }
    }
    return found;
  }

  test(text: string, tokens: readonly Token[], from: number, to: number): boolean {
    return this.matches(text, tokens, from, to, 1).length > 0;
  }
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

function hasDigit(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (isDigitCode(word.charCodeAt(i))) return true;
  return false;
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
