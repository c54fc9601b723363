// Building regular expressions from the cue lists of the data files.

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

/** A pattern that looks for cue phrases in a short window of text. */
export interface Cue {
  test(text: string): boolean;
  exec(text: string): RegExpExecArray | null;
}

/**
 * A pattern behind a cheap test: it runs only when one of its phrases' first words stands in the
 * text as a word (`prefix`: as the start of a word, for patterns that let a suffix follow), and only
 * from the first such word on. A pattern anchored at the end of a window (`…\s+$`) is otherwise
 * tried from every position of the window, with every alternative. The window's words are read once
 * for all the patterns tested on it. Phrases must start with a letter.
 */
export function gated(pattern: RegExp, phrases: readonly string[], prefix = false): Cue {
  const firsts = new Set(phrases.map((phrase) => /^\p{L}+/u.exec(phrase.toLowerCase())?.[0] ?? ''));
  if (firsts.has('')) throw new Error(`a cue phrase that does not start with a letter: ${phrases.find((phrase) => !/^\p{L}/u.test(phrase))}`);
  const lengths = [...new Set([...firsts].map((first) => first.length))];
  /** Where the first word that may start a match begins, or -1. */
  const firstCue = (text: string) => {
    for (const word of wordsOf(text)) {
      if (firsts.has(word.lower)) return word.start;
      if (prefix) for (const length of lengths) if (length < word.lower.length && firsts.has(word.lower.slice(0, length))) return word.start;
    }
    return -1;
  };
  const exec = (text: string) => {
    const start = firstCue(text);
    if (start < 0) return null;
    // One character before, for the pattern's look-behind.
    const from = Math.max(0, start - 1);
    const match = pattern.exec(from === 0 ? text : text.slice(from));
    if (match) match.index += from;
    return match;
  };
  return { test: (text) => exec(text) !== null, exec };
}

/** The lower-cased words of the text most recently asked for, since every cue tests the same window in turn. */
let lastText: string | undefined;
let lastWords: { start: number; lower: string }[] = [];

function wordsOf(text: string): { start: number; lower: string }[] {
  if (text === lastText) return lastWords;
  const words: { start: number; lower: string }[] = [];
  for (let i = 0; i < text.length;) {
    if (!isLetterAt(text, i)) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < text.length && isLetterAt(text, end)) end++;
    words.push({ start: i, lower: text.slice(i, end).toLowerCase() });
    i = end;
  }
  lastText = text;
  lastWords = words;
  return words;
}

const LETTER = /\p{L}/u;

/** Whether the code unit at `i` is a letter (of the Basic Multilingual Plane). */
function isLetterAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  if (code >= 0xd800 && code <= 0xdfff) return false; // astral letters are not in any cue
  return LETTER.test(text[i]);
}
