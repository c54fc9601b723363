// Known entities written another way: misspelled (`Antrhopic`, `Gogle`, `NVDIA`, `Rene Hass`) or with
// a middle name added or left out (`Satya Narayana Nadella`, `Luhut Pandjaitan`). A run of capitalised
// words the lexicon did not match is compared with the lexicon's organisations, products and people:
// - a misspelling is one edit away (two for names of nine letters or more), keeps the first letter and
//   the number of words, the first and the last letter; a single word must be five letters or more,
//   and six at the start of a sentence, where any word is capitalised; a word in capitals (an acronym:
//   `FWD Group` is not `FPT Group`) is not misspelt, nor a word of three letters or fewer in a longer
//   name (`William Li` is not `William Lai`);
// - a person's name with the known first and last names is that person (three words for two, or two
//   for three), when the lexicon knows exactly one such person.

import { editDistance } from './editDistance';
import { Lexicon, LexiconEntry } from './lexicon';

export interface KnownVariant {
  start: number;
  end: number;
  entry: LexiconEntry;
  /** True for a misspelling, reported as `entity.misspelled`; false for a fuller or shorter name. */
  misspelled: boolean;
}

interface Alias {
  entry: LexiconEntry;
  /** Lower case, single spaces. */
  lower: string;
  words: number;
}

interface VariantIndex {
  /** By word count, first and last letter. */
  byWords: Map<string, Alias[]>;
  /** The same keys with the alias's length, as numbers (bucketKey), to pass most names without making a string. */
  bucketKeys: Set<number>;
  /** `satya nadella` → Satya Nadella: people by their first and last names. */
  byFirstAndLast: Map<string, LexiconEntry | null>;
  /** First name → last names of the people of byFirstAndLast. */
  lastNamesOf: Map<string, Set<string>>;
}

/** A number for a name's word count, first and last letter and length, to pass most names at once. */
function bucketKey(words: number, first: string, last: string, length: number): number {
  return ((words * 0x10000 + first.charCodeAt(0)) * 0x10000 + last.charCodeAt(last.length - 1)) * 0x100 + Math.min(length, 0xff);
}

const indexes = new WeakMap<Lexicon, VariantIndex>();
const TYPES: ReadonlySet<string> = new Set(['org', 'product', 'person', 'project']);

function indexOf(lexicon: Lexicon): VariantIndex {
  let index = indexes.get(lexicon);
  if (index) return index;
  index = { byWords: new Map(), bucketKeys: new Set(), byFirstAndLast: new Map(), lastNamesOf: new Map() };
  for (const entry of lexicon.entries.values()) {
    if (!TYPES.has(entry.type)) continue;
    for (const alias of [entry.name, ...(entry.aliases ?? [])]) {
      const lower = alias.toLowerCase().replace(/\s+/g, ' ');
      const words = lower.split(' ').length;
      if (lower.length < 5) continue;
      const key = `${words} ${lower[0]}${lower[lower.length - 1]}`;
      index.bucketKeys.add(bucketKey(words, lower, lower, lower.length));
      if (!index.byWords.has(key)) index.byWords.set(key, []);
      index.byWords.get(key)!.push({ entry, lower, words });
    }
    if (entry.type === 'person') {
      const words = entry.name.toLowerCase().split(/\s+/);
      if (words.length >= 2) {
        const key = `${words[0]} ${words[words.length - 1]}`;
        if (!index.lastNamesOf.has(words[0])) index.lastNamesOf.set(words[0], new Set());
        index.lastNamesOf.get(words[0])!.add(words[words.length - 1]);
        const known = index.byFirstAndLast.get(key);
        index.byFirstAndLast.set(key, known === undefined || known === entry ? entry : null);
      }
    }
  }
  indexes.set(lexicon, index);
  return index;
}

/**
 * Whether a name of `words` words and `length` characters, whose first word is `firstWord` and last
 * word `lastWord` (lower case), could be a known entity written another way: most names cannot, and
 * are passed at once.
 */
export function mayBeKnownVariant(lexicon: Lexicon, words: number, firstWord: string, lastWord: string, length: number): boolean {
  const index = indexOf(lexicon);
  if (words >= 2 && words <= 3 && index.lastNamesOf.get(firstWord)?.has(lastWord) === true) return true;
  for (let known = length - 2; known <= length + 2; known++) {
    if (index.bucketKeys.has(bucketKey(words, firstWord, lastWord, known))) return true;
  }
  return false;
}

/**
 * The known entity a name the lexicon did not match stands for, if any. `sentenceStart`: the name
 * opens a sentence or a line, where a capital says nothing.
 */
export function knownVariant(lexicon: Lexicon, name: string, sentenceStart: boolean): { entry: LexiconEntry; misspelled: boolean } | undefined {
  const index = indexOf(lexicon);
  const lower = /\s\s|[\t\n]/u.test(name) ? name.toLowerCase().replace(/\s+/g, ' ') : name.toLowerCase();
  const words = lower.split(' ');
  if (words.length >= 2 && words.length <= 3) {
    const person = index.byFirstAndLast.get(`${words[0]} ${words[words.length - 1]}`);
    if (person && person.name.split(/\s+/).length !== words.length) return { entry: person, misspelled: false };
  }
  if (words.length === 1 && lower.length < (sentenceStart ? 6 : 5)) return undefined;
  let best: { entry: LexiconEntry; distance: number } | undefined;
  let tie = false;
  // An acronym is not misspelt: `FWD Group` is not `FPT Group`. Its words must be the alias's own.
  const acronyms = name.split(/\s+/).flatMap((word, i) => (/^[\p{Lu}\p{N}]{2,5}$/u.test(word) ? [i] : []));
  for (const alias of index.byWords.get(`${words.length} ${lower[0]}${lower[lower.length - 1]}`) ?? []) {
    const allowed = alias.lower.length >= 9 ? 2 : 1;
    if (Math.abs(alias.lower.length - lower.length) > allowed) continue;
    if (acronyms.length > 0 && acronyms.some((i) => alias.lower.split(' ')[i] !== words[i])) continue;
    // Nor is a short word of a longer name: `William Li` is not `William Lai`.
    if (words.length > 1 && alias.lower.split(' ').some((word, i) => (word.length <= 3 || words[i].length <= 3) && word !== words[i])) continue;
    const distance = editDistance(lower, alias.lower, allowed);
    if (distance === 0 || distance > allowed) continue;
    if (!best || distance < best.distance) {
      best = { entry: alias.entry, distance };
      tie = false;
    } else if (distance === best.distance && alias.entry !== best.entry) {
      tie = true;
    }
  }
  return best && !tie ? { entry: best.entry, misspelled: true } : undefined;
}
