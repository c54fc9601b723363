// News outlets the lexicon does not know, and known outlets misspelled. An unknown outlet is
// recognised from the attribution phrase that credits it (`menurut laporan Kabar Dunia`, `melansir
// Teknoia.id`), or from a reporting verb after a name shaped like an outlet (`Jakarta Daily melaporkan`).
// A name a letter or two away from a known outlet (`Wall Street Jounral`) is that outlet, misspelled.

import { editDistance } from './editDistance';
import { firstAtOrAfter } from './spans';
import {
  ATTRIBUTION_STRONG_FIRST, attributionPhraseAt, ATTRIBUTION_WEAK_BEFORE, COMPANY_FORMS, NON_NAMES, OUTLET_WORDS, REPORTING_VERB_AFTER,
} from './cues';
import { Lexicon, LexiconEntry } from './lexicon';
import { NameRun } from './names';
import { Token } from './tokens';
import { lineBefore } from './text';

export interface OutletName {
  start: number;
  end: number;
  /** The known outlet it misspells, if any. */
  misspelled?: LexiconEntry;
  /** The known outlet it names in another case (`cnnindonesia.com`), if any. */
  known?: LexiconEntry;
  /** Name as written, for an outlet the lexicon does not know. */
  name: string;
}

/** The name right after an attribution phrase: words, `&`, a `.com`-style domain, in lower case too (`cnnindonesia.com`). Bounded. */
const NAME_AFTER = /^(?:(?:The\s+)?[\p{Lu}\p{N}][\p{L}\p{N}]*(?:(?:\.[\p{Ll}]{2,4})+(?![\p{L}])|(?:\s+(?:&\s+)?[\p{Lu}\p{N}][\p{L}\p{N}]*){0,4})|\p{Ll}[\p{L}\p{N}-]*(?:\.[\p{Ll}]{2,4})+(?![\p{L}]))/u;
const WINDOW = 80;
/** A web address in lower case: `teknoia.id`, `cnnindonesia.com`. */
const LOWER_CASE_ADDRESS = /^\p{Ll}[\p{L}\p{N}-]*(?:\.(?:com|id|co|net|org|news|tv)){1,2}(?![\p{L}\p{N}])/u;
/** `.com`, `.co.id`, `.id` ending a name. */
const WEB_ADDRESS_END = /\.[\p{Ll}]{2,4}(?:\.[\p{Ll}]{2})?$/u;
/** `.com`, `.co.id`: the rest of an outlet's name written as its web address (`Kompass.com`). */
const DOMAIN_AFTER = /^\.[\p{Ll}]{2,4}(?:\.[\p{Ll}]{2})?(?![\p{L}\p{N}])/u;

/**
 * A known outlet's name followed by a word that together misspell a longer outlet's name:
 * `CNBC Indoensia` is CNBC Indonesia, not CNBC and a stray word.
 */
export function longerMisspelledOutlet(lexicon: Lexicon, text: string, start: number, end: number): OutletName | undefined {
  const next = /^ (\p{Lu}[\p{L}]{2,})(?![\p{L}\p{N}])/u.exec(text.slice(end, end + 24));
  if (!next) return undefined;
  const longerEnd = end + next[0].length;
  const misspelled = closestOutlet(lexicon, text.slice(start, longerEnd), true);
  return misspelled ? { start, end: longerEnd, name: text.slice(start, longerEnd), misspelled } : undefined;
}

/**
 * Outlet names that the lexicon did not match. `covered` marks tokens inside lexicon matches; `runs`
 * are the article's runs of capitalised words (names.ts).
 */
export function findOutletNames(
  text: string, tokens: readonly Token[], covered: Uint8Array, runs: readonly NameRun[], lexicon: Lexicon, places: Uint8Array,
): OutletName[] {
  const found = new Map<number, OutletName>();
  const coveredAt = coveredOffsets(tokens, covered);

  // Names right after a phrase that credits a source, known or not.
  let consumed = 0;
  for (const token of tokens) {
    if (token.start < consumed || !token.word || (token.classes & ATTRIBUTION_STRONG_FIRST) === 0) continue;
    const cue = attributionPhraseAt(text, token);
    if (!cue) continue;
    const start = cue.index + cue[0].length;
    consumed = start;
    if (coveredAt.has(start)) continue;
    const name = NAME_AFTER.exec(text.slice(start, start + WINDOW))?.[0];
    if (!name) {
      // `dikutip dari reuters`: a known outlet in lower case, where a phrase credits it.
      const lower = knownInLowerCase(lexicon, text.slice(start, start + WINDOW));
      if (lower) found.set(start, { start, end: start + lower.length, name: lower, known: outletNamed(lexicon, lower) });
      continue;
    }
    if (NON_NAMES.has(name.split(/\s/)[0]) && !name.startsWith('The ')) continue;
    const outlet = outletName(lexicon, text, start, start + name.length, 'strong');
    if (outlet) found.set(outlet.start, outlet);
  }

  // A web address in lower case after a weaker phrase (`mengutip teknoia.id`): words in lower case
  // make no run, so they are looked for where a web address's dot stands.
  for (let dot = text.indexOf('.'); dot !== -1; dot = text.indexOf('.', dot + 1)) {
    const at = firstAtOrAfter(tokens, dot) - 1;
    const token = tokens[at];
    if (!token?.word || token.capitalised || token.end !== dot || found.has(token.start) || coveredAt.has(token.start)) continue;
    const address = LOWER_CASE_ADDRESS.exec(text.slice(token.start, token.start + WINDOW));
    if (!address || /[\p{L}\p{N}@/.]/u.test(text[token.start - 1] ?? '')) continue;
    if (!ATTRIBUTION_WEAK_BEFORE.test(text.slice(Math.max(0, token.start - WINDOW), token.start), tokens, at)) continue;
    const outlet = outletName(lexicon, text, token.start, token.start + address[0].length, 'strong');
    if (outlet) found.set(outlet.start, outlet);
  }

  // Runs of capitalised words with a reporting verb after them, or a weaker phrase before.
  for (const run of runs) {
    if (found.has(run.start)) continue;
    const end = run.end + (DOMAIN_AFTER.exec(text.slice(run.end, run.end + 12))?.[0].length ?? 0);
    const after = text.slice(end, end + WINDOW);
    const before = lineBefore(text, run.start, WINDOW);
    const cued = REPORTING_VERB_AFTER.test(after) || ATTRIBUTION_WEAK_BEFORE.test(before, tokens, run.first);
    // `Jakarta Pusat` is a place an edit or two from The Jakarta Post: uncued, a run holding a known place is no outlet.
    if (!cued && hasPlace(tokens, places, run.start, run.end)) continue;
    // Uncued, only a misspelling of an outlet's name of two words or more is one (closestOutlet).
    if (!cued && run.first === run.last) continue;
    const start = /(?:^|\s)The\s$/.test(before) ? run.start - 4 : run.start;
    const outlet = outletName(lexicon, text, start, end, cued ? 'weak' : 'none');
    if (outlet) found.set(outlet.start, outlet);
  }
  return [...found.values()].sort((a, b) => a.start - b.start);
}

/** Up to three words in lower case (`the wall street journal`). */
const LOWER_WORDS = /^\p{Ll}+(?:[ \t]+\p{Ll}+){0,3}(?![\p{L}\p{N}])/u;

/** The longest run of lower-case words opening `after` that names a known outlet, if any. */
function knownInLowerCase(lexicon: Lexicon, after: string): string | undefined {
  const written = LOWER_WORDS.exec(after)?.[0] ?? '';
  // Where each word ends, so that the name is cut after its last word as written.
  const ends = [...written.matchAll(/\p{Ll}+/gu)].map((word) => word.index! + word[0].length);
  for (let count = ends.length; count > 0; count--) {
    const name = written.slice(0, ends[count - 1]);
    if (outletNamed(lexicon, name)) return name;
  }
  return undefined;
}

function hasPlace(tokens: readonly Token[], places: Uint8Array, start: number, end: number): boolean {
  for (let i = firstAtOrAfter(tokens, start); i < tokens.length && tokens[i].start < end; i++) if (places[i]) return true;
  return false;
}

/** An outlet's name without its web address's end, as outlets are named: `Teknoia.id` → `Teknoia`, `AKURAT.CO` → `AKURAT`. */
export function withoutWebAddress(name: string): string {
  return name.replace(/(?:\.[\p{L}]{2,4}){1,2}$/u, '') || name;
}

/** `Jakarta Daily`, `Kabar Dunia`, `Teknoia.id`: an outlet's word with another, or a web address. `Kabar` alone is a word. */
function outletShaped(name: string): boolean {
  const words = name.split(' ');
  return (words.length > 1 && words.some((word) => OUTLET_WORDS.has(word))) || WEB_ADDRESS_END.test(name);
}

function outletName(lexicon: Lexicon, text: string, start: number, end: number, cue: 'strong' | 'weak' | 'none'): OutletName | null {
  const name = text.slice(start, end).replace(/\s+/g, ' ');
  const words = name.split(' ');
  // A known outlet written another way (`Information` for The Information) where a phrase credits it.
  const known = cue !== 'none' ? outletNamed(lexicon, name) : undefined;
  if (known) return { start, end, name, known };
  const misspelled = closestOutlet(lexicon, name, cue !== 'none');
  if (misspelled) return { start, end, name, misspelled };
  if (cue === 'none') return null;
  if (COMPANY_FORMS.has(words[words.length - 1].replace(/\.$/, ''))) return null;
  // `Teknoia.id`, `GSMArena.com`: an outlet known by its web address is named without the domain's end.
  return cue === 'strong' || outletShaped(name) ? { start, end, name: withoutWebAddress(name) } : null;
}

/**
 * The known outlet this name is a misspelling of: one or two edits away (fewer for short names),
 * the same number of words. Single-word outlets (`Reuters`) only count where an attribution cue
 * stands around the name, since many short words are an edit away from one.
 */
function closestOutlet(lexicon: Lexicon, name: string, cued: boolean): LexiconEntry | undefined {
  const lower = withoutArticle(name.toLowerCase());
  const wordCount = countWords(lower);
  if (wordCount === 1 && !cued) return undefined;
  // `Tech Crunch`: a one-word outlet written in two words.
  if (wordCount > 1) {
    const single = outletNames(lexicon).get(lower.replace(/ /g, ''));
    if (single && !single.name.includes(' ')) return single;
  }
  // A misspelling keeps the first or the second letter: only names that share one are compared.
  const index = outletIndex(lexicon);
  let best: { entry: LexiconEntry; distance: number; order: number } | undefined;
  const compare = (candidates: readonly OutletAlias[] | undefined, skipSameFirst: boolean) => {
    for (const { entry, target, allowed, order } of candidates ?? []) {
      if (Math.abs(target.length - lower.length) > allowed) continue;
      if (skipSameFirst && target[0] === lower[0]) continue;
      const distance = editDistance(lower, target, allowed);
      // The nearest name; of names as near, the one the lexicon lists first.
      if (distance > 0 && distance <= allowed && (!best || distance < best.distance || (distance === best.distance && order < best.order))) best = { entry, distance, order };
    }
  };
  compare(index.get(`${wordCount} ${lower[0]}`), false);
  compare(index.get(`${wordCount}  ${lower[1]}`), true);
  return best?.entry;
}

/** A web address as a name: `Nusantaratv.com`, `iNEWSMANADO.ID`, `KONTAN.CO.ID`, `wmhg.org`. */
const WEB_NAME = String.raw`[\p{L}\p{N}][\p{L}\p{N}-]*(?:\.(?:com|id|co|net|org|tv|news|info|io|my|sg|asia|COM|ID|CO|NET|ORG|TV|NEWS)){1,2}`;
/** A name in capitals, up to three words: `ILLINI NEWS`, `FORTUNE`. */
const CAPITALS_NAME = String.raw`\p{Lu}[\p{Lu}\p{N}&]+(?:[ \t]+\p{Lu}[\p{Lu}\p{N}&]+){0,2}`;
const CITY = String.raw`\p{Lu}[\p{L}]+(?:[ \t]+\p{Lu}[\p{L}]+)?`;
/**
 * A masthead opening a line: `Jakarta, Lahatsatu.com –`, `JAKARTA, iNEWSMANADO.ID –`, `Jakarta, ILLINI
 * NEWS –`, `tirto.id - `, `Nusantaratv.com-Raksasa`, `SUARAINDONEWS.COM, Jakarta –`, `wmhg.org – JAKARTA.`,
 * `San Francisco | EGINDO.co –`.
 */
const MASTHEADS: readonly RegExp[] = [
  new RegExp(String.raw`^[ \t]*(?:${CITY}[ \t]*[,|][ \t]*)?(${WEB_NAME})[ \t]*[-–—]`, 'u'),
  new RegExp(String.raw`^[ \t]*${CITY}[ \t]*[,|][ \t]*(${CAPITALS_NAME})[ \t]*[-–—]`, 'u'),
  new RegExp(String.raw`^[ \t]*(${WEB_NAME})[ \t]*,[ \t]*${CITY}[ \t]*[-–—]`, 'u'),
];
/** A web address in capitals opening a line and its first sentence, without a dash: `AKURAT.CO Telkomsel pada akhirnya …`. */
const CAPITALS_WEB_MASTHEAD = /^[ \t]*(\p{Lu}[\p{Lu}\p{N}-]*\.(?:COM|ID|CO\.ID|CO|NET|ORG|TV|NEWS))[ \t]+(?=\p{Lu})/u;

export interface Masthead {
  start: number;
  end: number;
  /** The name without its web address's end (`Lahatsatu`), in the case written. */
  name: string;
}

/** Outlets named by mastheads at the start of lines (MASTHEADS). */
export function mastheads(text: string): Masthead[] {
  const found: Masthead[] = [];
  // Only a line with a dash near its start can open with one.
  for (let lineStart = 0; lineStart < text.length; lineStart = nextLine(text, lineStart)) {
    const dash = dashNear(text, lineStart);
    const code = text.charCodeAt(lineStart);
    if (!dash && !(code >= 65 && code <= 90)) continue;
    const head = text.slice(lineStart, lineStart + MASTHEAD_LENGTH);
    for (const pattern of dash ? [...MASTHEADS, CAPITALS_WEB_MASTHEAD] : [CAPITALS_WEB_MASTHEAD]) {
      const match = pattern.exec(head);
      if (!match) continue;
      const start = lineStart + match[0].indexOf(match[1]);
      const written = match[1];
      found.push({ start, end: start + written.length, name: withoutWebAddress(written) });
      break;
    }
  }
  return found;
}

/**
 * Known outlets in a bracket that closes a paragraph after its last sentence, written in any case:
 * `… ekonomi digital. [Antara]`, `… $ 10 miliar. [voa/ah/ft]`. The first part may be in lower case;
 * the parts after it (reporters' and editors' initials, mostly) only count capitalised (`(Reuters/AFP)`).
 */
export function closingBracketOutlets(lexicon: Lexicon, text: string): Masthead[] {
  const found: Masthead[] = [];
  for (let lineEnd = text.indexOf('\n'); ; lineEnd = text.indexOf('\n', lineEnd + 1)) {
    const end = lineEnd === -1 ? text.length : lineEnd;
    const bracket = closingBracket(text, end);
    if (bracket) {
      let offset = bracket.start + 1;
      for (const [index, part] of text.slice(bracket.start + 1, bracket.end - 1).split('/').entries()) {
        const name = part.trim();
        const start = offset + part.indexOf(name);
        offset += part.length + 1;
        if (!name || (index > 0 && !/^\p{Lu}/u.test(name)) || !outletNamed(lexicon, name)) continue;
        found.push({ start, end: start + name.length, name });
      }
    }
    if (lineEnd === -1) return found;
  }
}

/** The longest credit in a bracket closing a paragraph. */
const CLOSING_BRACKET_LENGTH = 42;

/** A bracket that ends the line ending at `end`, right after a sentence's end: `. [voa/ah/ft]`, `." (Reuters/ant)`. */
function closingBracket(text: string, end: number): { start: number; end: number } | undefined {
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t' || text[end - 1] === '\r')) end--;
  const close = text[end - 1];
  if (close !== ')' && close !== ']') return undefined;
  const open = close === ')' ? '(' : '[';
  const start = text.lastIndexOf(open, end - 2);
  if (start === -1 || end - start > CLOSING_BRACKET_LENGTH || !CLOSING_BRACKET_INNER.test(text.slice(start + 1, end - 1))) return undefined;
  let before = start;
  while (before > 0 && (text[before - 1] === ' ' || text[before - 1] === '\t')) before--;
  return before > 0 && SENTENCE_END.has(text[before - 1]) ? { start, end } : undefined;
}

const CLOSING_BRACKET_INNER = /^\p{L}[\p{L}\p{N} .&/-]*$/u;
const SENTENCE_END: ReadonlySet<string> = new Set(['.', '!', '?', '"', '”', "'", '’']);

/** How far into a line a masthead's dash may stand. */
const MASTHEAD_LENGTH = 80;

/** Whether a dash stands in the first MASTHEAD_LENGTH characters of the line starting at `from`. */
function dashNear(text: string, from: number): boolean {
  for (let i = from, end = Math.min(text.length, from + MASTHEAD_LENGTH); i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) return false;
    if (code === 45 || code === 0x2013 || code === 0x2014) return true;
  }
  return false;
}

function nextLine(text: string, from: number): number {
  const newline = text.indexOf('\n', from);
  return newline === -1 ? text.length : newline + 1;
}

/** The known outlet a name is, written in any case (`Antara` for `ANTARA`), with or without `The`. */
export function outletNamed(lexicon: Lexicon, name: string): LexiconEntry | undefined {
  const names = outletNames(lexicon);
  const lower = withoutArticle(name.toLowerCase().replace(/\s+/g, ' '));
  // `cnbcindonesia`: a name of several words written as one, as a web address drops the spaces.
  return names.get(lower) ?? (lower.includes(' ') ? undefined : outletNamesJoined(lexicon).get(lower));
}

/** The outlets of several words by their names written without spaces (`cnbcindonesia`), when only one outlet has that spelling. */
function outletNamesJoined(lexicon: Lexicon): Map<string, LexiconEntry> {
  let joined = outletNamesJoinedOf.get(lexicon);
  if (!joined) {
    const found = new Map<string, LexiconEntry | null>();
    for (const [name, entry] of outletNames(lexicon)) {
      if (!name.includes(' ')) continue;
      const key = name.replace(/ /g, '');
      found.set(key, found.has(key) && found.get(key) !== entry ? null : entry);
    }
    joined = new Map([...found].filter((pair): pair is [string, LexiconEntry] => pair[1] !== null));
    outletNamesJoinedOf.set(lexicon, joined);
  }
  return joined;
}

const outletNamesJoinedOf = new WeakMap<Lexicon, Map<string, LexiconEntry>>();

/** The outlets by name and alias, in lower case with single spaces and without `the`; made once per lexicon. */
function outletNames(lexicon: Lexicon): Map<string, LexiconEntry> {
  let names = outletNamesOf.get(lexicon);
  if (!names) {
    names = new Map();
    for (const entry of lexicon.entries.values()) {
      if (entry.type !== 'outlet') continue;
      for (const alias of [entry.name, ...(entry.aliases ?? [])]) names.set(withoutArticle(alias.toLowerCase().replace(/\s+/g, ' ')), entry);
    }
    outletNamesOf.set(lexicon, names);
  }
  return names;
}

const outletNamesOf = new WeakMap<Lexicon, Map<string, LexiconEntry>>();

/** `The Financial Times` and `Financial Times` are one name. */
function withoutArticle(name: string): string {
  return name.replace(/^the\s+/, '');
}

function countWords(text: string): number {
  let words = 1;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 32) words++;
  return words;
}

interface OutletAlias {
  entry: LexiconEntry;
  /** Lower case, without a leading `the`, white space single. */
  target: string;
  /** Edits a misspelling may have. */
  allowed: number;
  /** Its place in the lexicon's order. */
  order: number;
}

const outletIndexes = new WeakMap<Lexicon, Map<string, OutletAlias[]>>();

/**
 * The outlets' names and aliases by word count and first letter (`2 w`), and by word count and
 * second letter (`2  a`), computed once per lexicon.
 */
function outletIndex(lexicon: Lexicon): Map<string, OutletAlias[]> {
  let index = outletIndexes.get(lexicon);
  if (index) return index;
  index = new Map();
  let order = 0;
  for (const entry of lexicon.entries.values()) {
    if (entry.type !== 'outlet') continue;
    for (const alias of [entry.name, ...(entry.aliases ?? [])]) {
      order++;
      const target = withoutArticle(alias.toLowerCase().replace(/\s+/g, ' '));
      const allowed = target.length >= 12 ? 2 : target.length >= 6 ? 1 : 0;
      if (allowed === 0) continue;
      const words = countWords(target);
      for (const key of [`${words} ${target[0]}`, `${words}  ${target[1]}`]) {
        if (!index.has(key)) index.set(key, []);
        index.get(key)!.push({ entry, target, allowed, order });
      }
    }
  }
  outletIndexes.set(lexicon, index);
  return index;
}

function coveredOffsets(tokens: readonly Token[], covered: Uint8Array): Set<number> {
  const offsets = new Set<number>();
  tokens.forEach((token, index) => { if (covered[index]) offsets.add(token.start); });
  return offsets;
}
