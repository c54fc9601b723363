// Words of an article: runs of letters and digits, and single punctuation marks, each with its
// offsets and whether white space stands before it. Entity matching walks these, so that
// `Moor Insights & Strategy` and `GPT-4` are matched word by word, in one pass over the text.

export interface Token {
  start: number;
  end: number;
  /** The token as written. */
  text: string;
  /** True when white space (or the start of the text) precedes the token. */
  spaced: boolean;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = -1;
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match; match = TOKEN.exec(text)) {
    const start = match.index;
    tokens.push({ start, end: start + match[0].length, text: match[0], spaced: start !== previousEnd });
    previousEnd = start + match[0].length;
  }
  return tokens;
}

/** The key a token is looked up by: lower case, with a leading space when white space precedes it. */
export function tokenKey(token: Pick<Token, 'text' | 'spaced'>, first: boolean): string {
  const lower = token.text.toLowerCase();
  return first || !token.spaced ? lower : ' ' + lower;
}

export function isCapitalised(word: string): boolean {
  const first = word.codePointAt(0)!;
  const char = String.fromCodePoint(first);
  return char !== char.toLowerCase() && char === char.toUpperCase();
}

export function isAllCaps(word: string): boolean {
  return /\p{Lu}/u.test(word) && word === word.toUpperCase();
}

export function isWord(token: Token): boolean {
  return /^[\p{L}\p{M}]/u.test(token.text);
}

/** Index of the first token starting at or after `offset` (binary search). */
export function firstTokenAt(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (tokens[middle].start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
