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
