// News outlets the lexicon does not know, and known outlets misspelled. An unknown outlet is
// recognised from the attribution phrase that credits it (`menurut laporan Kabar Dunia`, `melansir
// Teknoia.id`), or from a reporting verb after a name shaped like an outlet (`Jakarta Daily melaporkan`).
// A name a letter or two away from a known outlet (`Wall Street Jounral`) is that outlet, misspelled.

import {
  ATTRIBUTION_STRONG, ATTRIBUTION_WEAK_BEFORE, COMPANY_FORMS, NON_NAMES, OUTLET_WORDS, REPORTING_VERB_AFTER,
} from './cues';
import { Lexicon, LexiconEntry } from './lexicon';
import { NameRun } from './names';
import { Token } from './tokens';

export interface OutletName {
  start: number;
  end: number;
  /** The known outlet it misspells, if any. */
  misspelled?: LexiconEntry;
  /** Name as written, for an outlet the lexicon does not know. */
  name: string;
}

/** The name right after an attribution phrase: words, `&`, a `.com`-style domain. Bounded. */
const NAME_AFTER = /^(?:The\s+)?[\p{Lu}\p{N}][\p{L}\p{N}]*(?:(?:\.[\p{Ll}]{2,4})+(?![\p{L}])|(?:\s+(?:&\s+)?[\p{Lu}\p{N}][\p{L}\p{N}]*){0,4})/u;
const WINDOW = 80;

/**
 * Outlet names that the lexicon did not match. `covered` marks tokens inside lexicon matches; `runs`
 * are the article's runs of capitalised words (names.ts).
 */
export function findOutletNames(
  text: string, tokens: readonly Token[], covered: Uint8Array, runs: readonly NameRun[], lexicon: Lexicon,
): OutletName[] {
  const found = new Map<number, OutletName>();
  const coveredAt = coveredOffsets(tokens, covered);

  // Names right after a phrase that credits a source, known or not.
  ATTRIBUTION_STRONG.lastIndex = 0;
  for (let cue = ATTRIBUTION_STRONG.exec(text); cue; cue = ATTRIBUTION_STRONG.exec(text)) {
    const start = cue.index + cue[0].length;
    if (cue[0].length === 0) ATTRIBUTION_STRONG.lastIndex++;
    const name = NAME_AFTER.exec(text.slice(start, start + WINDOW))?.[0];
    if (!name || coveredAt.has(start) || NON_NAMES.has(name.split(/\s/)[0]) && !name.startsWith('The ')) continue;
    const outlet = outletName(lexicon, text, start, start + name.length, 'strong');
    if (outlet) found.set(outlet.start, outlet);
  }

  // Runs of capitalised words with a reporting verb after them, or a weaker phrase before.
  for (const run of runs) {
    if (found.has(run.start)) continue;
    const after = text.slice(run.end, run.end + WINDOW);
    const before = text.slice(Math.max(0, run.start - WINDOW), run.start);
    const cued = REPORTING_VERB_AFTER.test(after) || ATTRIBUTION_WEAK_BEFORE.test(before);
    const start = /(?:^|\s)The\s$/.test(before) ? run.start - 4 : run.start;
    const outlet = outletName(lexicon, text, start, run.end, cued ? 'weak' : 'none');
    if (outlet) found.set(outlet.start, outlet);
  }
  return [...found.values()].sort((a, b) => a.start - b.start);
}

function outletName(lexicon: Lexicon, text: string, start: number, end: number, cue: 'strong' | 'weak' | 'none'): OutletName | null {
  const name = text.slice(start, end);
  const words = name.split(/\s+/);
  const misspelled = closestOutlet(lexicon, name, cue !== 'none');
  if (misspelled) return { start, end, name, misspelled };
  if (cue === 'none') return null;
  if (COMPANY_FORMS.has(words[words.length - 1].replace(/\.$/, ''))) return null;
  const outletShaped = words.some((word) => OUTLET_WORDS.has(word)) || /\.[\p{Ll}]{2,4}$/u.test(name);
  return cue === 'strong' || outletShaped ? { start, end, name } : null;
}

/**
 * The known outlet this name is a misspelling of: one or two edits away (fewer for short names),
 * the same number of words. Single-word outlets (`Reuters`) only count where an attribution cue
 * stands around the name, since many short words are an edit away from one.
 */
function closestOutlet(lexicon: Lexicon, name: string, cued: boolean): LexiconEntry | undefined {
  const lower = withoutArticle(name.toLowerCase());
  const wordCount = lower.split(/\s+/).length;
  let best: { entry: LexiconEntry; distance: number } | undefined;
  for (const entry of outletEntries(lexicon)) {
    for (const alias of [entry.name, ...(entry.aliases ?? [])]) {
      const target = withoutArticle(alias.toLowerCase());
      const targetWords = target.split(/\s+/).length;
      if (targetWords !== wordCount || (targetWords === 1 && !cued)) continue;
      const allowed = target.length >= 12 ? 2 : target.length >= 6 ? 1 : 0;
      if (allowed === 0 || Math.abs(target.length - lower.length) > allowed) continue;
      const distance = editDistance(lower, target, allowed);
      if (distance > 0 && distance <= allowed && (!best || distance < best.distance)) best = { entry, distance };
    }
  }
  return best?.entry;
}

/** `The Financial Times` and `Financial Times` are one name. */
function withoutArticle(name: string): string {
  return name.replace(/^the\s+/, '');
}

const outletCache = new WeakMap<Lexicon, LexiconEntry[]>();
function outletEntries(lexicon: Lexicon): LexiconEntry[] {
  let outlets = outletCache.get(lexicon);
  if (!outlets) {
    outlets = [...lexicon.entries.values()].filter((entry) => entry.type === 'outlet');
    outletCache.set(lexicon, outlets);
  }
  return outlets;
}

/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transpositions, so `Jounral` is one
 * edit from `Journal`), giving up once it exceeds `limit`.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previousPrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previousPrevious[j - 2] + 1);
      current.push(value);
      rowMinimum = Math.min(rowMinimum, value);
    }
    if (rowMinimum > limit) return limit + 1;
    previousPrevious = previous;
    previous = current;
  }
  return previous[b.length];
}

function coveredOffsets(tokens: readonly Token[], covered: Uint8Array): Set<number> {
  const offsets = new Set<number>();
  tokens.forEach((token, index) => { if (covered[index]) offsets.add(token.start); });
  return offsets;
}
