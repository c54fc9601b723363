// Entity mentions in an article, in steps over one tokenisation, each finding names only on the
// words no earlier step took:
//   1. the lexicon's names and aliases, longest first, in one pass over the words; a company written
//      `PT … Tbk` is one name, the lexicon's company or a new one (`PT BRI Danareksa Sekuritas`);
//   2. outlets the lexicon does not know, or misspelled (outlets.ts);
//   3. people, organisations and projects it does not know, from context cues (names.ts), given names
//      coordinated with a full name, and names listed beside known companies;
//   4. abbreviations introduced in brackets (`PT Borneo Digital Infrastruktur Tbk (BDIX)`);
//   5. later short mentions resolved within the article: people's surnames and given names, the
//      abbreviations, and repeats of names found from context.

import { Lexicon, LexiconEntry, LexiconMatch, buildLexicon, matchLexicon } from './lexicon';
import { KnownAt, NameRun, contextNames, institutionNames, runsAfterCovering, coordinatedGivenNames, headingTokens, listMembers, nameRuns } from './names';
import { INNER_NAME_WORDS, NON_NAMES, ORGANISATION_SUFFIXES, ORGANISATION_WORDS, OUTLET_EDITIONS, OUTLET_QUALIFIERS, PORTFOLIO_WORDS } from './cues';
import { knownVariant, mayBeKnownVariant } from './knownVariants';
import { creditNames } from './credits';
import { OutletName, closingBracketOutlets, findOutletNames, longerMisspelledOutlet, mastheads, outletNamed, withoutWebAddress } from './outlets';
import { Token, tokenize } from './tokens';
import { firstAtOrAfter } from './spans';
import { remember } from './memo';
import { EntityMention, EntityType, MentionSource, Problem } from './types';

export interface EntityFindings {
  mentions: EntityMention[];
  problems: Problem[];
}

type Entity = Pick<LexiconEntry, 'id' | 'name' | 'type'>;

export function findEntities(text: string, tokens: readonly Token[], lexicon: Lexicon): EntityFindings {
  const found = new Mentions(text, tokens);
  const problems: Problem[] = [];
  const discovered = new Map<string, LexiconEntry>();
  /** The lexicon's organisations the article names (set once the lexicon is matched). */
  let namedOrganisations: LexiconEntry[] = [];
  const discover = (written: string, type: EntityType): LexiconEntry => {
    // `GDS Holdings Ltd`, `Sea Ltd`: a new company is named without its legal form.
    const name = type === 'org' ? withoutLegalForm(written) : written;
    const id = slug(name);
    // `Pendiri Nalar` after `Nalar Teknologi`, `Pendiri Scale` after `Scale AI`: a company named again
    // by its short name is the same one.
    const shortOf = (known: LexiconEntry) => known.type === 'org' && companyShortNames(known.name).includes(name);
    const shortened = type === 'org' ? [...discovered.values()].find(shortOf) ?? namedOrganisations.find(shortOf) : undefined;
    if (shortened) return shortened;
    let entry = discovered.get(id);
    if (!entry) {
      entry = { id, name, type };
      discovered.set(id, entry);
    }
    return entry;
  };

  const { matches, companies } = withCompanyNames(text, tokens, lexiconMatchesInContext(text, found.headings, matchLexicon(lexicon, text, tokens)));
  namedOrganisations = [...new Set(matches.filter((match) => match.entry.type === 'org').map((match) => match.entry))];
  for (const company of companies) found.add(company.start, company.end, discover(company.name, 'org'), 'context');
  for (const institution of institutionNames(text, tokens, found.headings, knownAtTokens(tokens, matches))) {
    found.add(institution.start, institution.end, discover(institution.name, 'org'), 'context');
  }
  for (const match of matches) {
    const longer = match.entry.type === 'outlet' ? longerMisspelledOutlet(lexicon, text, match.start, match.end) : undefined;
    const edition = match.entry.type === 'outlet' && !longer ? outletEditionEnd(text, match, matches) : match.end;
    if (longer && found.add(longer.start, longer.end, longer.misspelled!, 'fuzzy')) problems.push(misspelling(longer));
    else if (edition > match.end) {
      // `CNBC International` is CNBC; `Reuters Breakingviews` an outlet of its own.
      const words = text.slice(match.end, edition).trim().split(/\s+/);
      if (words.every((word) => OUTLET_EDITIONS.has(word))) found.add(match.start, edition, match.entry, 'lexicon');
      else found.add(match.start, edition, discover(text.slice(match.start, edition).replace(/\s+/g, ' '), 'outlet'), 'context');
    }
    else found.add(theBefore(text, match) ? match.start - 4 : match.start, match.end, match.entry, 'lexicon');
  }

  // Mastheads (`Jakarta, Lahatsatu.com –`): an outlet the lexicon may not know, named without `.com`.
  for (const masthead of mastheads(text)) {
    if (found.overlaps(masthead.start, masthead.end)) continue;
    const known = outletNamed(lexicon, masthead.name) ?? outletNamed(lexicon, text.slice(masthead.start, masthead.end));
    found.add(masthead.start, masthead.end, known ?? discover(masthead.name, 'outlet'), known ? 'lexicon' : 'context');
  }

  // `… ekonomi digital. [Antara]`: an outlet credited in a bracket closing a paragraph, in any case.
  for (const credit of closingBracketOutlets(lexicon, text)) {
    if (!found.overlaps(credit.start, credit.end)) found.add(credit.start, credit.end, outletNamed(lexicon, credit.name)!, 'lexicon');
  }

  for (const outlet of findOutletNames(text, tokens, found.blocking(), found.runs(), lexicon, found.places)) {
    if (outlet.known) {
      found.add(outlet.start, outlet.end, outlet.known, 'lexicon');
      continue;
    }
    if (!outlet.misspelled) {
      found.add(outlet.start, outlet.end, discover(outlet.name, 'outlet'), 'context');
      continue;
    }
    if (found.add(outlet.start, outlet.end, outlet.misspelled, 'fuzzy')) problems.push(misspelling(outlet));
  }

  // Bylines and photo credits name people (and outlets written in another case).
  const credits = creditNames(text, {
    overlaps: (start, end) => found.overlaps(start, end),
    isOutlet: (name) => outletNamed(lexicon, name) !== undefined,
    outletStarts: found.of('outlet').map((mention) => mention.start),
  });
  for (const credit of credits) {
    const entry = credit.type === 'outlet' ? outletNamed(lexicon, credit.name)! : lexicon.entries.get(slug(credit.name)) ?? discover(credit.name, 'person');
    found.add(credit.start, credit.end, entry, credit.type === 'outlet' ? 'lexicon' : 'context');
  }

  problems.push(...knownVariantsIn(text, tokens, found, lexicon));

  for (const name of contextNames(text, tokens, found.runs(), found.places)) found.add(name.start, name.end, discover(name.name, name.type), 'context');
  for (const name of coordinatedGivenNames(text, tokens, found.covered, found.of('person'))) {
    found.add(name.start, name.end, lexicon.entries.get(slug(name.name)) ?? discover(name.name, 'person'), 'context');
  }
  for (const name of listMembers(text, found.runs(), found.sorted())) found.add(name.start, name.end, discover(name.name, name.type), 'context');

  const abbreviations = bracketedAbbreviations(text, found);
  for (const mention of laterMentions(text, tokens, found, discovered, abbreviations, lexicon)) {
    found.add(mention.start, mention.end, mention, mention.source);
  }

  // Places are known so that they are never taken for unknown names, but Sorot does not report them.
  return { mentions: found.sorted().filter((mention) => mention.type !== 'place'), problems };
}

/** `dikutip dari The Semafor`: an English article written before a known outlet named without one. */
function theBefore(text: string, match: LexiconMatch): boolean {
  return match.entry.type === 'outlet' && match.start >= 4 && text.startsWith('The ', match.start - 4) &&
    !/\p{L}/u.test(text[match.start - 5] ?? '') && !text.startsWith('The ', match.start) && !opensSentence(text, match.start - 4);
}

/** What kind of lexicon name covers each token, for institutionNames. */
function knownAtTokens(tokens: readonly Token[], matches: readonly LexiconMatch[]): (token: number) => KnownAt {
  const kinds = new Uint8Array(tokens.length);
  for (const match of matches) kinds.fill(match.entry.type === 'place' ? 1 : match.entry.type === 'outlet' ? 2 : 3, match.token, match.nextToken);
  return (token) => (kinds[token] === 1 ? 'place' : kinds[token] === 2 ? 'outlet' : kinds[token] === 3 ? 'name' : undefined);
}

/**
 * `Bloomberg Billionaires Index`, `Reuters Breakingviews`, `BBC Indonesia`: a known outlet and up to
 * three capitalised words of its editions and products (OUTLET_QUALIFIERS) are one outlet: the outlet
 * itself for an edition (OUTLET_EDITIONS), else one named by the whole span. Words another lexicon
 * name starts at stay that name, unless it is a place.
 */
function outletEditionEnd(text: string, match: LexiconMatch, matches: readonly LexiconMatch[]): number {
  let end = match.end;
  for (let words = 0; words < 3; words++) {
    const next = /^ (\p{Lu}[\p{L}]*)(?![\p{L}\p{N}])/u.exec(text.slice(end, end + 24));
    if (!next || !OUTLET_QUALIFIERS.has(next[1])) break;
    const wordStart = end + 1;
    if (matches.some((other) => other.start === wordStart && other.entry.type !== 'place')) break;
    end += next[0].length;
  }
  return end;
}

/**
 * Known entities written another way: `Antrhopic`, `Satya Narayana Nadella`, `Luhut Pandjaitan`. Each
 * run of capitalised words is tried whole, then without the titles before the name (`Menteri
 * Koordinator Kemaritiman Luhut Pandjaitan`), up to three words. A single word that is part of a
 * longer name in the article (`Hoffmann` of `Adrian Hoffmann`) is that name's short form, not a
 * misspelling. Misspellings come back as `entity.misspelled` problems.
 */
function knownVariantsIn(text: string, tokens: readonly Token[], found: Mentions, lexicon: Lexicon): Problem[] {
  const problems: Problem[] = [];
  const runs = found.runs();
  const variants = new Map<string, ReturnType<typeof knownVariant> | null>();
  const wordOfLongerName = (word: string) => runs.some((run) => {
    if (run.last === run.first) return false;
    for (let i = run.first; i <= run.last; i++) if (tokens[i].text === word) return true;
    return false;
  });
  for (const run of runs) {
    for (let first = run.first; first <= run.last && run.last - first < 3; first++) {
      const title = PORTFOLIO_WORDS.has(tokens[first].text) || NON_NAMES.has(tokens[first].text);
      let words = 1;
      for (let i = first + 1; i <= run.last; i++) if (tokens[i].spaced) words++;
      const start = tokens[first].start;
      let variant: ReturnType<typeof knownVariant> | null = null;
      if (mayBeKnownVariant(lexicon, words, tokens[first].lower, tokens[run.last].lower, run.end - start)) {
        const name = text.slice(start, run.end);
        if (first === run.last && (NON_NAMES.has(name) || wordOfLongerName(name))) break;
        const sentenceStart = opensSentence(text, start);
        const key = sentenceStart ? '.' + name : name;
        variant = variants.get(key) ?? null;
        if (!variants.has(key)) variants.set(key, variant = knownVariant(lexicon, name, sentenceStart) ?? null);
      }
      if (!variant) {
        if (title) continue;
        break;
      }
      if (found.add(start, run.end, variant.entry, variant.misspelled ? 'fuzzy' : 'context') && variant.misspelled) {
        problems.push({
          start, end: run.end, code: 'entity.misspelled', severity: 'hint',
          message: `"${text.slice(start, run.end)}" looks like a misspelling of ${variant.entry.name}.`, expected: variant.entry.name,
        });
      }
      break;
    }
  }
  return problems;
}

/**
 * `GDS Holdings Ltd` → `GDS Holdings`; `PT Borneo Awan Digital Tbk` → `Borneo Awan Digital`, `PT Sarana
 * Multi Infrastruktur (Persero)` → `Sarana Multi Infrastruktur`, as
 * editors name companies; a name that is only a legal form stays.
 */
function withoutLegalForm(name: string): string {
  const stripped = name.replace(LEGAL_FORMS_AFTER, '').replace(/^PT\s+(?=\S+\s)/u, '');
  return stripped.length > 0 ? stripped : name;
}

const LEGAL_FORMS_AFTER = /(?:,?\s+(?:(?:Inc|Corp|Ltd|Co|LLC|LLP|PLC|Plc|plc|Tbk|GmbH|AG|SE|N\.V|Bhd|Berhad)\.?|\(Persero\)|\(Tbk\)|Persero))+$/u;

/** Whether an offset opens a line or a sentence, where every word is capitalised. */
function opensSentence(text: string, offset: number): boolean {
  const before = text.slice(Math.max(0, offset - 4), offset);
  return before.trim() === '' || /[.!?:"“\n][ \t]*$/u.test(before);
}

function misspelling(outlet: OutletName): Problem {
  return {
    start: outlet.start,
    end: outlet.end,
    code: 'outlet.misspelled',
    severity: 'warning',
    message: `"${outlet.name}" looks like a misspelling of ${outlet.misspelled!.name}.`,
    expected: outlet.misspelled!.name,
  };
}

/** A stable id for a name the lexicon does not know: `Charles Fitzgerald` → `charles-fitzgerald`. */
export function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'entity';
}

/** The mentions found so far, and which words they cover. Mentions never overlap. */
/** The name a mention of an entity goes by: its lexicon name, an outlet's without its web address's end (Liputan6.com is Liputan6). */
function shownName(entity: { name: string; type: string }): string {
  return entity.type === 'outlet' ? withoutWebAddress(entity.name) : entity.name;
}

class Mentions {
  readonly list: EntityMention[] = [];
  readonly covered: Uint8Array;
  /** Words inside a known place: they may still stand inside a longer name (`Jakarta Daily`). */
  readonly places: Uint8Array;

  /** Words on lines that read as headings, where no name is read from context. */
  readonly headings: Uint8Array;
  /** The runs of capitalised words no name covers yet, as last found. */
  private currentRuns: NameRun[] | undefined;
  /** The token ranges names were added in since: only the runs around them are found again. */
  private readonly changed: { first: number; last: number }[] = [];

  constructor(private readonly text: string, private readonly tokens: readonly Token[]) {
    this.covered = new Uint8Array(tokens.length);
    this.places = new Uint8Array(tokens.length);
    this.headings = headingTokens(text, tokens);
  }

  /** Adds a mention unless it starts inside a word or overlaps one already found (places aside). */
  add(start: number, end: number, entity: Entity, source: MentionSource): boolean {
    const first = firstAtOrAfter(this.tokens, start);
    if (this.tokens[first]?.start !== start) return false;
    for (let i = first; i < this.tokens.length && this.tokens[i].start < end; i++) if (this.covered[i] && !this.places[i]) return false;
    this.list.push({ start, end, text: this.text.slice(start, end), id: entity.id, name: shownName(entity), type: entity.type, source });
    let last = first;
    for (let i = first; i < this.tokens.length && this.tokens[i].start < end; i++) {
      this.covered[i] = 1;
      this.places[i] = entity.type === 'place' ? 1 : 0;
      last = i;
    }
    if (this.currentRuns) this.changed.push({ first, last });
    return true;
  }

  /** Whether any word between two offsets is in a name already found (a place included). */
  overlaps(start: number, end: number): boolean {
    for (let i = firstAtOrAfter(this.tokens, start); i < this.tokens.length && this.tokens[i].start < end; i++) if (this.covered[i]) return true;
    return false;
  }

  /**
   * The runs of capitalised words no name covers. After names are added, the runs are found again
   * only between the marks that bound the added names (breaksRuns), which gives the same runs as a
   * search of the whole article.
   */
  runs(): readonly NameRun[] {
    if (!this.currentRuns) {
      this.currentRuns = nameRuns(this.text, this.tokens, this.covered, this.places, this.headings);
      return this.currentRuns;
    }
    if (this.changed.length === 0) return this.currentRuns;
    const runs = runsAfterCovering(this.text, this.tokens, this.covered, this.places, this.headings, this.currentRuns, this.changed);
    this.changed.length = 0;
    this.currentRuns = runs;
    return runs;
  }

  /** Words that a new name may not take: covered, and not merely by a place. */
  blocking(): Uint8Array {
    return this.covered.map((isCovered, index) => (isCovered && !this.places[index] ? 1 : 0));
  }

  of(type: EntityType): EntityMention[] {
    return this.list.filter((mention) => mention.type === type);
  }

  sorted(): EntityMention[] {
    return [...this.list].sort((a, b) => a.start - b.start);
  }
}

/** A capitalised name word right after a match (`Krishna Rao`, `Katadata Insight Center`). */
const NAME_WORD_AFTER = /^ ((?:(?:&|and|of) )?\p{Lu}[\p{L}\p{N}&.'’-]*)/u;

/**
 * Lexicon matches that the words around them do not contradict. A one-word alias of a person glued
 * to another name word is part of someone else's name (`Krishna Rao` is not Arvind Krishna). A known
 * name continued by an organisation's name words is another organisation (`Katadata Insight Center`,
 * `Fidelity Management & Research Company`); those matches are dropped, and the names.ts rules read
 * the longer name from context.
 */
function lexiconMatchesInContext(text: string, headings: Uint8Array, matches: LexiconMatch[]): LexiconMatch[] {
  return matches.filter((match) => {
    const written = text.slice(match.start, match.end);
    // In a headline every word is capitalised (`Luhut Sebut Microsoft Tertarik`): the word after a
    // name says nothing of whether the name goes on.
    if (headings[match.token]) return true;
    const next = NAME_WORD_AFTER.exec(text.slice(match.end, match.end + 40));
    const nextWord = next?.[1].replace(/^(?:&|and|of) /, '');
    const nameWordAfter = nextWord !== undefined && !NON_NAMES.has(nextWord);
    if (match.entry.type === 'person' && !written.includes(' ') && written !== match.entry.name) {
      const previous = /(\p{Lu}[\p{L}'’-]*) $/u.exec(text.slice(Math.max(0, match.start - 30), match.start))?.[1];
      if (nameWordAfter || (previous !== undefined && !NON_NAMES.has(previous))) return false;
    }
    if ((match.entry.type === 'org' || match.entry.type === 'outlet') && nameWordAfter) {
      const continuation = /^((?: (?:(?:&|and|of) )?\p{Lu}[\p{L}\p{N}&.'’-]*){1,4})/u.exec(text.slice(match.end, match.end + 60))?.[1] ?? '';
      const words = continuation.trim().split(/\s+/);
      if (ORGANISATION_WORDS.has(words[words.length - 1]) || ORGANISATION_SUFFIXES.has(words[words.length - 1])) return false;
    }
    return true;
  });
}

/** `PT Telkom Indonesia Tbk`, `PT BRI Danareksa Sekuritas`, `PT Pertamina (Persero)`; on one line. */
const COMPANY_NAME = /(?<![\p{L}\p{N}])PT[ \t]+((?:[\p{Lu}\p{N}][\p{L}\p{N}&.'’-]*[ \t]+){0,5}[\p{Lu}\p{N}][\p{L}\p{N}&'’-]*)(?:[ \t]+\(Persero\))?/gu;

/**
 * A company written with its legal form `PT … (Tbk)` is one name. When the lexicon knows the
 * name inside it, the lexicon's entity takes the whole span; otherwise it is a new company, and
 * the lexicon's matches inside it go (`BRI` in `PT BRI Danareksa Sekuritas` is not the bank).
 */
function withCompanyNames(text: string, tokens: readonly Token[], matches: LexiconMatch[]): { matches: LexiconMatch[]; companies: { start: number; end: number; name: string }[] } {
  const companies: { start: number; end: number; name: string }[] = [];
  const dropped = new Set<LexiconMatch>();
  COMPANY_NAME.lastIndex = 0;
  for (let company = COMPANY_NAME.exec(text); company; company = COMPANY_NAME.exec(text)) {
    const start = company.index;
    const end = start + company[0].length;
    const innerStart = start + company[0].indexOf(company[1]);
    const innerEnd = innerStart + company[1].replace(/\s+Tbk$/, '').length;
    const inside = matches.filter((match) => match.start < end && match.end > start);
    const whole = inside.length === 1 && inside[0].start <= innerStart && inside[0].end >= innerEnd ? inside[0] : undefined;
    if (whole) {
      whole.start = Math.min(whole.start, start);
      whole.end = Math.max(whole.end, end);
      while (whole.nextToken < tokens.length && tokens[whole.nextToken].start < whole.end) whole.nextToken++;
    } else {
      for (const match of inside) dropped.add(match);
      companies.push({ start, end, name: company[0].replace(/\s+/g, ' ') });
    }
  }
  return { matches: matches.filter((match) => !dropped.has(match)), companies };
}

/**
 * How an article shortens a company's name after introducing it: `PT Nalar Teknologi Tbk` becomes
 * `Nalar Teknologi`, and a distinctive first word followed only by generic ones becomes that word
 * (`Nalar Teknologi` → `Nalar`, `Kolektif Komputasi` → `Kolektif`).
 */
export function companyShortNames(name: string): readonly string[] {
  return remember(shortNamesOf, name, () => shortNamesOfName(name));
}

const shortNamesOf = new Map<string, readonly string[]>();

function shortNamesOfName(name: string): string[] {
  const short: string[] = [];
  const inner = name.replace(/^PT\s+/, '').replace(/\s+(?:Tbk|\(Persero\))$/, '');
  if (inner !== name) short.push(inner);
  const [first, ...rest] = inner.split(/\s+/);
  const generic = rest.length > 0 && rest.every((word) => ORGANISATION_WORDS.has(word) || ORGANISATION_SUFFIXES.has(word) || INNER_NAME_WORDS.has(word));
  if (generic && first.length >= 4 && !NON_NAMES.has(first) && /^\p{Lu}/u.test(first)) short.push(first);
  return short;
}

function isKnownName(lexicon: Lexicon, word: string): boolean {
  let known = knownNames.get(lexicon);
  if (!known) knownNames.set(lexicon, known = new Map());
  return remember(known, word, () => matchLexicon(lexicon, word, tokenize(word)).some((match) => match.start === 0 && match.end === word.length));
}

const knownNames = new WeakMap<Lexicon, Map<string, boolean>>();

/** `Nama Panjang Tbk (BDIX)`: the bracketed short form that the article then uses. */
const BRACKETED_ABBREVIATION = /^\s*\(([\p{Lu}][\p{L}\p{N}&.-]{1,15})\)/u;

/** Abbreviations introduced in brackets right after a name, by the entity they stand for. */
function bracketedAbbreviations(text: string, found: Mentions): Map<string, Entity> {
  const abbreviations = new Map<string, Entity>();
  for (const mention of found.sorted()) {
    if (mention.type === 'person' || mention.type === 'place') continue;
    const match = BRACKETED_ABBREVIATION.exec(text.slice(mention.end, mention.end + 24));
    if (!match || NON_NAMES.has(match[1]) || abbreviations.has(match[1])) continue;
    abbreviations.set(match[1], mention);
  }
  return abbreviations;
}

/**
 * Later short mentions, matched over the words not yet covered: the surnames and given names of the
 * people found (a name two people share resolves to neither), bracketed abbreviations, and repeats
 * of names found from context.
 */
function laterMentions(
  text: string, tokens: readonly Token[], found: Mentions, discovered: ReadonlyMap<string, LexiconEntry>,
  abbreviations: ReadonlyMap<string, Entity>, lexicon: Lexicon,
): (EntityMention & { source: MentionSource })[] {
  const shortNames = new Map<string, Entity | null>();
  const offer = (alias: string, entity: Entity) => {
    // A short name that the lexicon knows as something else (`Batam`, `Indonesia`) stays that.
    if (isKnownName(lexicon, alias)) return;
    const known = shortNames.get(alias);
    shortNames.set(alias, known === undefined || known?.id === entity.id ? entity : null);
  };
  for (const mention of found.of('person')) {
    const words = mention.name.split(/\s+/);
    if (words.length < 2) continue;
    for (const word of [words[words.length - 1], words[0]]) {
      if (word.length >= 3 && !NON_NAMES.has(word)) offer(word, mention);
    }
  }
  for (const [abbreviation, entity] of abbreviations) offer(abbreviation, entity);
  for (const entry of discovered.values()) {
    if (entry.type === 'org') for (const alias of companyShortNames(entry.name)) offer(alias, entry);
  }
  // `Scale AI` … `Scale`: a known company named in full in the article, then by its first word.
  for (const mention of found.of('org')) {
    if (mention.source === 'lexicon' && mention.text === mention.name) for (const alias of companyShortNames(mention.name)) offer(alias, mention);
  }

  const local = new Map<string, LexiconEntry>();
  for (const entry of discovered.values()) local.set(entry.id, { ...entry, aliases: [] });
  const shortFor = new Map<string, string>();
  for (const [alias, entity] of shortNames) {
    if (!entity) continue;
    const entry = local.get(entity.id) ?? { id: entity.id, name: entity.name, type: entity.type, aliases: [] };
    local.set(entity.id, entry);
    entry.aliases!.push(alias);
    shortFor.set(alias, entity.id);
  }
  if (local.size === 0) return [];

  const later: (EntityMention & { source: MentionSource })[] = [];
  const capitalisedOnly = [...local.values()].every((entry) => [entry.name, ...(entry.aliases ?? [])].every((alias) => /^\p{Lu}/u.test(alias)));
  for (const match of matchLexicon(buildLexicon([...local.values()], [], { indexFirstWords: false }), text, tokens, { capitalisedOnly })) {
    const first = firstAtOrAfter(tokens, match.start);
    let free = true;
    for (let i = first; i < match.nextToken; i++) if (found.covered[i] && !found.places[i]) free = false;
    if (!free) continue;
    const written = text.slice(match.start, match.end);
    const entity = lexicon.entries.get(match.entry.id) ?? match.entry;
    const source: MentionSource = shortFor.get(written) === entity.id ? 'short' : 'context';
    later.push({ start: match.start, end: match.end, text: written, id: entity.id, name: shownName(entity), type: entity.type, source });
  }
  return later;
}
