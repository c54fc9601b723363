// Words of an article: runs of letters and digits, and single punctuation marks, each with its
// offsets and whether white space stands before it. Entity matching walks these, so that
// `Moor Insights & Strategy` and `GPT-4` are matched word by word, in one pass over the text.

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
}

const TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = -1;
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match; match = TOKEN.exec(text)) {
    const start = match.index;
    const first = match[0].charCodeAt(0);
    let word: boolean;
    let capitalised: boolean;
    if (first < 128) {
      capitalised = first >= 65 && first <= 90;
      word = capitalised || (first >= 97 && first <= 122);
    } else {
      word = /^\p{L}/u.test(match[0]);
      capitalised = word && isCapitalised(match[0]);
    }
    const text = match[0];
    tokens.push({ start, end: start + text.length, text, lower: text.toLowerCase(), spaced: start !== previousEnd, word, capitalised });
    previousEnd = start + match[0].length;
  }
  return tokens;
}

/** The key a token is looked up by: lower case, with a leading space when white space precedes it. */
export function tokenKey(token: Pick<Token, 'lower' | 'spaced'>, first: boolean): string {
  return first || !token.spaced ? token.lower : ' ' + token.lower;
}

export function isCapitalised(word: string): boolean {
  const first = word.codePointAt(0)!;
  const char = String.fromCodePoint(first);
  return char !== char.toLowerCase() && char === char.toUpperCase();
}

export function isAllCaps(word: string): boolean {
  return /\p{Lu}/u.test(word) && word === word.toUpperCase();
}
