// Word classes: the cue lists that a rule looks up at every word of an article, one bit each. The
// tokenizer looks a word up once and keeps its bits (`Token.classes`), so that a rule scanning all
// words tests a bit instead of looking the word up in its own set. A rule still checks what it
// finds at a word with its own patterns; the bit only says where to look.

const CLASSES = new Map<string, number>();
let nextBit = 0;

/** A new class of the given lower-case words; its bit. Classes are made as modules load. */
export function wordClass(words: Iterable<string> = []): number {
  if (nextBit === 31) throw new Error('wordClass: more than 31 classes');
  const bit = 1 << nextBit++;
  addToClass(bit, words);
  return bit;
}

/** Adds lower-case words to a class, for a class whose lists are made one by one as modules load. */
export function addToClass(bit: number, words: Iterable<string>): void {
  for (const word of words) CLASSES.set(word, (CLASSES.get(word) ?? 0) | bit);
}

/** The classes of a lower-case word: a bit set per class that lists it. */
export function classesOf(lower: string): number {
  return CLASSES.get(lower) ?? 0;
}
