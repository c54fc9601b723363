// The lexicon: the entities Sorot knows by name, compiled into a word trie so that every alias of
// every entity is matched in one pass over an article's words, longest match first
// (`Google Cloud` is one mention, not `Google`).
//
// It knows the built-in data files and how to merge a workspace's entries into them. It does not
// read files or validate JSON; lexiconFile.ts turns a file's text into entries and problems.

import organisations from '../../data/lexicon/organisations.json';
import outlets from '../../data/lexicon/outlets.json';
import people from '../../data/lexicon/people.json';
import places from '../../data/lexicon/places.json';
import products from '../../data/lexicon/products.json';
import projects from '../../data/lexicon/projects.json';
import cues from '../../data/language/cues.json';
import { EntityType } from './types';
import { Token, isAllCaps, isCapitalised, tokenize } from './tokens';
import { addToClass, wordClass } from './wordClasses';
import { remember } from './memo';

/** One entity as the data files and a workspace lexicon describe it (see lexicon.schema.json). */
export interface LexiconEntry {
  id: string;
  name: string;
  type: EntityType;
  aliases?: string[];
  description?: string;
  parent?: string;
  affiliation?: string;
  role?: string;
  country?: string;
  products?: string[];
  versioned?: boolean;
  /** Aliases matched only with a cue around them (`X` for the platform): see lexicon.schema.json. */
  cuedAliases?: string[];
}

/** A workspace entry may only name an id, to extend a known entity. */
export type LexiconPatch = Partial<LexiconEntry> & { id: string };

interface TrieNode {
  /** The next word, written after white space (or first in the alias), by its lower-case form. */
  spaced: Map<string, TrieNode>;
  /** The next word written right after this one (`GPT` `-` `4`). */
  joined: Map<string, TrieNode>;
  /** Aliases ending here, with what the case check needs. */
  ends?: AliasEnd[];
}

interface AliasEnd {
  id: string;
  alias: string;
  /** Per word of the alias: whether it is capitalised, and so must be in the text. */
  capitals: boolean[];
  /** Aliases in capitals (`AWS`, `ANTARA`) match only text in capitals: `Antara lain` is no outlet. */
  capitalsOnly: boolean;
  /** A cued alias: it matches only with a platform word before it or a former name after it. */
  cued: boolean;
}

export interface Lexicon {
  readonly entries: ReadonlyMap<string, LexiconEntry>;
  readonly root: TrieNode;
  /**
   * Whether the first words of its aliases are in the word class LEXICON_FIRST, so that a word outside
   * it starts no match. A lexicon built before the text it matches is tokenized can be; one built
   * from an article's own names (entities.ts) is not, and keeps no words in the class table.
   */
  readonly firstWordsIndexed: boolean;
}

/** The word class of the first words of every indexed lexicon's aliases (a superset serves). */
const LEXICON_FIRST = wordClass();

/** A lexicon match: a run of tokens naming an entity. */
export interface LexiconMatch {
  start: number;
  end: number;
  /** Index of the match's first token. */
  token: number;
  /** Index of the token after the match. */
  nextToken: number;
  entry: LexiconEntry;
}

const BUILTIN_FILES = [organisations, people, products, projects, outlets, places] as { entities: LexiconEntry[] }[];

let builtin: Lexicon | undefined;

/** The built-in lexicon, compiled once. */
export function builtinLexicon(): Lexicon {
  builtin ??= buildLexicon(builtinEntries());
  return builtin;
}

export function builtinEntries(): LexiconEntry[] {
  return BUILTIN_FILES.flatMap((file) => file.entities);
}

/**
 * Compiles entries into a lexicon. Patches (a workspace's entries) are applied in order after the
 * entries: a patch with a known id adds aliases and replaces the facts it states; a patch with a new
 * id must be a whole entry (name and type), and is skipped otherwise (lexiconFile.ts reports it).
 */
export function buildLexicon(entries: readonly LexiconEntry[], patches: readonly LexiconPatch[] = [], { indexFirstWords = true } = {}): Lexicon {
  const byId = new Map<string, LexiconEntry>();
  for (const entry of entries) byId.set(entry.id, { ...entry });
  for (const patch of patches) {
    const known = byId.get(patch.id);
    if (known) {
      const aliases = [...(known.aliases ?? []), ...(patch.aliases ?? [])];
      const cuedAliases = [...(known.cuedAliases ?? []), ...(patch.cuedAliases ?? [])];
      byId.set(patch.id, { ...known, ...patch, aliases, cuedAliases });
    } else if (patch.name && patch.type) {
      byId.set(patch.id, { ...patch, name: patch.name, type: patch.type });
    }
  }
  const root = trieNode();
  for (const entry of byId.values()) {
    // A name that is also a cued alias (`X`) is matched only with its cue.
    const cued = new Set(entry.cuedAliases ?? []);
    for (const alias of [entry.name, ...(entry.aliases ?? [])]) if (!cued.has(alias)) for (const form of spellings(alias)) addAlias(root, form, entry.id, false);
    for (const alias of cued) addAlias(root, alias, entry.id, true);
  }
  if (indexFirstWords) addToClass(LEXICON_FIRST, root.spaced.keys());
  return { entries: byId, root, firstWordsIndexed: indexFirstWords };
}

const COUNTRY_SHORT_FORMS = new Map(Object.entries(cues.countryShortForms));

/**
 * An alias as articles may also write it: with its country spelt out (`Departemen Kehakiman AS`,
 * `Departemen Kehakiman Amerika Serikat`) and with a typographic apostrophe (`Tom's Hardware`, `Tom’s Hardware`).
 */
function spellings(alias: string): string[] {
  const forms = [alias];
  const last = alias.lastIndexOf(' ');
  const long = last > 0 ? COUNTRY_SHORT_FORMS.get(alias.slice(last + 1)) : undefined;
  if (long) forms.push(`${alias.slice(0, last)} ${long}`);
  if (alias.includes("'")) forms.push(...forms.map((form) => form.replaceAll("'", '’')));
  return forms;
}

/**
 * Every lexicon match in the tokens, left to right, longest first, never overlapping (`capitalisedOnly`:
 * tried only at capitalised words, for a lexicon whose aliases all start with a capital). A product
 * family marked `versioned` takes a version written after it (`Claude 3.5`) into the mention, and an
 * organisation its legal form (`Oracle Corp.`).
 */
export function matchLexicon(lexicon: Lexicon, text: string, tokens: readonly Token[], { capitalisedOnly = false } = {}): LexiconMatch[] {
  const matches: LexiconMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    // Aliases that all start with a capital (an article's own names) match only at a capitalised word.
    const match = capitalisedOnly && !tokens[i].capitalised ? undefined : longestMatchAt(lexicon, tokens, i);
    if (!match) {
      i++;
      continue;
    }
    const entry = lexicon.entries.get(match.id)!;
    let end = tokens[match.nextToken - 1].end;
    let nextToken = match.nextToken;
    const extension = entry.versioned ? VERSION_AFTER : entry.type === 'org' ? CORPORATE_FORM_AFTER : undefined;
    // Both extensions start with a space or a comma, then a capital or a digit: most names have none.
    const extra = extension && mayExtend(text, end) ? extension.exec(text.slice(end, end + 32)) : null;
    if (extra) {
      end += extra[0].length;
      while (nextToken < tokens.length && tokens[nextToken].start < end) nextToken++;
    }
    matches.push({ start: tokens[i].start, end, token: i, nextToken, entry });
    i = nextToken;
  }
  return matches;
}

/** Whether a version or a legal form may follow a name ending at `end`: ` 3`, ` Pro`, ` Inc`, `, Inc.`. */
function mayExtend(text: string, end: number): boolean {
  let at = end;
  if (text.charCodeAt(at) === 44 /* , */) at++;
  if (text.charCodeAt(at) !== 32) return false;
  const next = text.charCodeAt(at + 1);
  return (next >= 65 && next <= 90) || (next >= 48 && next <= 57) || next === 112 /* plc */;
}

/** `Claude 3.5`, `Gemini 2.5 Pro`, `Llama 3`, `Gemini Advanced`: a short version number, a tier name, or both. */
const VERSION_AFTER = /^(?: \d{1,2}(?:\.\d{1,2})?[a-z]?(?: (?:Pro|Ultra|Flash|Nano|Opus|Sonnet|Haiku|Mini|Max|Turbo|Advanced))?| (?:Pro|Ultra|Flash|Nano|Advanced))(?![\p{L}\p{N}]|[.,]\d)/u;

/** `Oracle Corp.`, `Oracle Corp`, `Alphabet Inc`, `SoftBank Group Corp.`, `Telkom Tbk`: a company's legal form. */
const CORPORATE_FORM_AFTER = /^(?: (?:Group|Holdings))?(?:,? (?:Corp\.?|Corporation|Inc\.?|Incorporated|Ltd\.?|Limited|LLC|PLC|plc|Co\.|AG|SE|N\.V\.|L\.P\.|LP|Tbk|Group|Holdings))+(?![\p{L}\p{N}])/u;

function longestMatchAt(lexicon: Lexicon, tokens: readonly Token[], from: number): { id: string; nextToken: number } | undefined {
  let node: TrieNode | undefined = lexicon.root;
  let bestId: string | undefined;
  let bestNext = 0;
  const first = tokens[from];
  if (lexicon.firstWordsIndexed && first.word && (first.classes & LEXICON_FIRST) === 0) return undefined;
  for (let i = from; i < tokens.length && node; i++) {
    const token = tokens[i];
    node = (i === from || token.spaced ? node.spaced : node.joined).get(token.lower);
    if (!node?.ends) continue;
    const written = tokens.slice(from, i + 1);
    const end = node.ends.find((candidate) => caseFits(candidate, written) && (!candidate.cued || cuedAt(tokens, from, i + 1)));
    if (end) {
      bestId = end.id;
      bestNext = i + 1;
    }
  }
  return bestId === undefined ? undefined : { id: bestId, nextToken: bestNext };
}

function trieNode(): TrieNode {
  return { spaced: new Map(), joined: new Map() };
}

/**
 * Whether a cued alias spanning tokens `from` to `to` (exclusive) stands where it names its entity: a
 * platform word at most three words before it in the sentence (`platform media sosial X`, `akun X`),
 * or a former name glossed right after it (`X (dulu Twitter)`, `X, dulunya Twitter`).
 */
function cuedAt(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from - 1, words = 0; i >= 0 && words < 3; i--) {
    const token = tokens[i];
    if (!token.word) {
      if (token.text === ',') continue;
      break;
    }
    if (PLATFORM_CUES.has(token.lower)) return true;
    words++;
  }
  let next = to;
  if (tokens[next]?.text === '(' || tokens[next]?.text === ',') next++;
  return tokens[next] !== undefined && FORMER_NAME_CUES.has(tokens[next].lower);
}

const PLATFORM_CUES: ReadonlySet<string> = new Set(cues.platformCues);
const FORMER_NAME_CUES: ReadonlySet<string> = new Set(cues.formerNameCues);

function addAlias(root: TrieNode, alias: string, id: string, cued: boolean): void {
  const { words, capitals, capitalsOnly } = aliasWords(alias);
  if (words.length === 0) return;
  let node = root;
  words.forEach(({ lower, spaced }, index) => {
    const next = index === 0 || spaced ? node.spaced : node.joined;
    let child = next.get(lower);
    if (!child) {
      child = trieNode();
      next.set(lower, child);
    }
    node = child;
  });
  node.ends ??= [];
  if (node.ends.some((end) => end.id === id && end.alias === alias && end.cued === cued)) return;
  node.ends.push({ id, alias, capitals, capitalsOnly, cued });
}

interface AliasWords {
  words: readonly { lower: string; spaced: boolean }[];
  capitals: boolean[];
  capitalsOnly: boolean;
}

/**
 * An alias's words, which of them are capitalised, and whether it is all capitals: remembered per
 * alias, since an article's own lexicon (entities.ts) names the same short forms again and again.
 */
function aliasWords(alias: string): AliasWords {
  return remember(aliasWordsOf, alias, () => {
    const tokens = tokenize(alias);
    const letters = alias.replace(/[^\p{L}]/gu, '');
    return {
      words: tokens.map((token) => ({ lower: token.lower, spaced: token.spaced })),
      capitals: tokens.map((token) => isCapitalised(token.text)),
      capitalsOnly: letters.length > 1 && isAllCaps(letters),
    };
  });
}

const aliasWordsOf = new Map<string, AliasWords>();

/**
 * Whether text written as `written` may be a mention of `alias`. Matching ignores case except that
 * a word capitalised in the alias must be capitalised in the text (`meta` the word is not Meta), text
 * in capitals matches any alias (`NVIDIA` is Nvidia), and aliases in capitals (`AWS`, `AS`) match only
 * as written.
 */
function caseFits(end: AliasEnd, written: readonly Token[]): boolean {
  // Most matches are one word written as the alias is.
  if (written.length === 1 && written[0].text === end.alias) return true;
  const writtenText = written.map((token) => (token.spaced ? ' ' : '') + token.text).join('').trimStart();
  if (writtenText === end.alias) return true;
  if (isAllCaps(writtenText)) return !end.capitalsOnly || writtenText.replace(/\s+/g, ' ') === end.alias;
  if (end.capitalsOnly) return false;
  return end.capitals.every((capital, index) => !capital || isCapitalised(written[index].text));
}
