// Names the lexicon does not know. A name is a run of capitalised words (`Charles Fitzgerald`,
// `Moor Insights & Strategy`); it becomes a person or an organisation only when the words around it
// say so: a role before it (`CFO Sarah Friar`, `CEO Meta, Mark Zuckerberg`), an appositive after it
// (`Anshel Sag, analis utama`), a verb of saying, a kind of organisation (`startup Reka`), or a
// company suffix (`Acme Corp`). Capitalisation alone is not enough: headings and sentence starts are
// capitalised too, and silence beats inventing an entity.

import cues from '../../data/language/cues.json';
import {
  AFFILIATION_AFTER, AFFILIATION_BEFORE, BYLINE_BEFORE, HONORIFIC_BEFORE, HONORIFIC_OF_BEFORE, INSTITUTION_HEADS, INSTITUTION_WORDS, ORGANISATION_AFTER, ROLE_THEIRS_BEFORE, INNER_NAME_WORDS, PRODUCT_CUE_BEFORE, ROLE_OF_PERSON_BEFORE, ORGANISATION_WORDS, OUTLET_WORDS, OWNER_BEFORE, PORTFOLIO_WORDS, PROJECT_CUE_BEFORE, NON_NAMES, ORGANISATION_CUE_BEFORE, ORGANISATION_PREFIXES, ORGANISATION_SUFFIXES,
  ROLE_AFTER, ROLE_AND_ORGANISATION_BEFORE, ROLE_AT_BEFORE, ROLE_BEFORE, SPEECH_AFTER, SPEECH_BEFORE,
} from './cues';
import { Token, isAllCaps } from './tokens';
import { firstAtOrAfter } from './spans';

/** A run of name words: tokens [first, last] inclusive, and its offsets. */
export interface NameRun {
  first: number;
  last: number;
  start: number;
  end: number;
}

export interface ContextName {
  start: number;
  end: number;
  name: string;
  type: 'person' | 'org' | 'project' | 'product';
}

const WINDOW = 80;
/** Words that join the capitalised words of one organisation's name: `Moor Insights & Strategy`, `Center of Economic and Law Studies`. */
const CONNECTORS: ReadonlySet<string> = new Set(['&', 'of', 'and', 'for', 'the']);
const ABBREVIATED_GIVEN_NAMES: ReadonlySet<string> = new Set(cues.abbreviatedGivenNames);
const BYLINE_WORDS: ReadonlySet<string> = new Set(['Oleh', 'Penulis', 'Reporter', 'Editor', 'Pewarta', 'Redaktur', 'Penyunting']);
/** Particles inside a person's name: `Alwaleed bin Talal`, `Ursula von der Leyen`. */
const PARTICLES: ReadonlySet<string> = new Set(['bin', 'binti', 'ibn', 'van', 'von', 'der', 'de', 'da', 'al', 'el', 'la']);
const MAX_RUN_WORDS = 5;

/**
 * Maximal runs of capitalised words separated by single spaces (or `&` in organisation names),
 * skipping tokens already `covered` by the lexicon and lines that read as headings. Tokens marked in
 * `places` (known places) may stand inside a run with other words (`Jakarta Daily`, `Sigma Riset
 * Indonesia`) but never make one alone.
 */
export function nameRuns(
  text: string, tokens: readonly Token[], covered: Uint8Array, places?: Uint8Array, headings = headingTokens(text, tokens), from = 0, to = tokens.length,
): NameRun[] {
  const runs: NameRun[] = [];
  let i = from;
  const wordAt = (j: number) => isNameWord(tokens[j], covered[j] && !places?.[j] ? 1 : 0);
  while (i < to) {
    // A word that only continues names (`AI`, `Tech`) starts one only with a name word after it:
    // `Tech Crunch`, `AI Excellence Center`, never `AI` alone.
    const innerFirst = INNER_NAME_WORDS.has(tokens[i]?.text);
    if (!wordAt(i) || headings[i] || (innerFirst && !(i + 1 < tokens.length && text.slice(tokens[i].end, tokens[i + 1].start) === ' ' &&
        wordAt(i + 1) && !INNER_NAME_WORDS.has(tokens[i + 1].text)))) {
      i++;
      continue;
    }
    let last = i;
    for (let j = i + 1; j < tokens.length && j - i < MAX_RUN_WORDS + 1; j++) {
      const token = tokens[j];
      // `Moh. Mahfud`, `Muh. Rizky Pratama`: a given name written short, with its full stop.
      if (token.text === '.' && !token.spaced && ABBREVIATED_GIVEN_NAMES.has(tokens[j - 1].text) && j + 1 < tokens.length &&
          text.slice(token.end, tokens[j + 1].start) === ' ' && wordAt(j + 1)) continue;
      // `Ahmad Al-Neama`, `Jean-Pierre Dupont`: two name words joined by a hyphen are one.
      // Not at a place: `Asia-Pasifik`, `Jakarta-Bandung` are regions and routes.
      if (token.text === '-' && !token.spaced && j + 1 < tokens.length && !tokens[j + 1].spaced && wordAt(j + 1) && wordAt(j - 1) && !places?.[j - 1] && !places?.[j + 1]) {
        j++;
        last = j;
        continue;
      }
      if (text.slice(tokens[j - 1].end, token.start) !== ' ') break;
      // `Farhan S Qureshi`, `Jacobus E. Lato`: a middle initial between two name words.
      if (isInitial(token) && j > i) {
        const next = tokens[j + 1]?.text === '.' && !tokens[j + 1].spaced ? j + 2 : j + 1;
        if (next < tokens.length && text.slice(tokens[next - 1].end, tokens[next].start) === ' ' && wordAt(next)) {
          j = next - 1;
          continue;
        }
      }
      if ((CONNECTORS.has(token.text) || PARTICLES.has(token.text)) && j + 1 < tokens.length && wordAt(j + 1) &&
          text.slice(token.end, tokens[j + 1].start) === ' ') continue;
      if (!wordAt(j)) break;
      last = j;
    }
    // `Satria-1`, `Nalar-7B`: a version written onto the name belongs to it.
    if (last + 2 < tokens.length && tokens[last + 1].text === '-' && !tokens[last + 1].spaced && !tokens[last + 2].spaced &&
        /^\p{N}[\p{L}\p{N}]{0,4}$/u.test(tokens[last + 2].text)) {
      last += 2;
    }
    let onlyPlaces = true;
    for (let j = i; j <= last; j++) if (!places?.[j] && !CONNECTORS.has(tokens[j].text)) onlyPlaces = false;
    if (!onlyPlaces) runs.push({ first: i, last, start: tokens[i].start, end: tokens[last].end });
    i = last + 1;
  }
  return runs;
}

/**
 * Whether a run can never hold or cross a token: a mark that is no word, digit, `&`, `.` or `-`
 * (a comma, a bracket, a quote). Runs between two such marks depend only on the tokens between them,
 * so they can be found again there alone when a name covers some of those tokens.
 */
export function breaksRuns(token: Token): boolean {
  return !token.word && token.text !== '&' && token.text !== '.' && token.text !== '-' && !/^[\p{N}\p{M}]/u.test(token.text);
}

/**
 * The runs after names have covered the token ranges `changed` (inclusive), given the runs before:
 * found again only between the marks around each change (breaksRuns), the same runs as nameRuns over
 * the whole text finds.
 */
export function runsAfterCovering(
  text: string, tokens: readonly Token[], covered: Uint8Array, places: Uint8Array | undefined, headings: Uint8Array,
  previous: readonly NameRun[], changed: readonly { first: number; last: number }[],
): NameRun[] {
  // The stretches between marks that hold a change, merged, in order.
  const stretches: { from: number; to: number }[] = [];
  for (const { first, last } of [...changed].sort((a, b) => a.first - b.first)) {
    let from = first;
    while (from > 0 && !breaksRuns(tokens[from - 1])) from--;
    let to = last + 1;
    while (to < tokens.length && !breaksRuns(tokens[to])) to++;
    const before = stretches[stretches.length - 1];
    if (before && from <= before.to) before.to = Math.max(before.to, to);
    else stretches.push({ from, to });
  }
  const runs: NameRun[] = [];
  let k = 0;
  for (const { from, to } of stretches) {
    while (k < previous.length && previous[k].first < from) runs.push(previous[k++]);
    while (k < previous.length && previous[k].first < to) k++;
    runs.push(...nameRuns(text, tokens, covered, places, headings, from, to));
  }
  while (k < previous.length) runs.push(previous[k++]);
  return runs;
}

/** What the lexicon found at a token: a place or an outlet may stand inside an institution's name. */
export type KnownAt = 'place' | 'outlet' | 'name' | undefined;

/**
 * Public bodies, schools, banks and associations the lexicon does not know: a word that opens such a
 * name (INSTITUTION_HEADS) and the capitalised words after it, places and outlets' names included
 * (`Departemen Keuangan Amerika Serikat`, `Bank Bisnis Internasional`). A known name of another kind
 * ends it. After a person's title only the words institutions are made of continue it, so the person
 * named next stays a person (`Kepala Badan Riset dan Inovasi Nasional Laksana Tri Handoko`).
 */
export function institutionNames(text: string, tokens: readonly Token[], headings: Uint8Array, knownAt: (token: number) => KnownAt): ContextName[] {
  const found: ContextName[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const head = tokens[i];
    if (!head.capitalised || !INSTITUTION_HEADS.has(head.text) || headings[i] || knownAt(i) !== undefined) continue;
    const afterTitle = ROLE_BEFORE.test(text.slice(Math.max(0, head.start - WINDOW), head.start), tokens, i);
    const continues = (j: number): boolean => {
      const token = tokens[j];
      const known = knownAt(j);
      if (known === 'name' || !token.capitalised || token.text.length < 2 || INDONESIAN_NYA.test(token.text)) return false;
      if (known === 'place' || INSTITUTION_WORDS.has(token.text)) return true;
      return !afterTitle && !NON_NAMES.has(token.text);
    };
    let last = i;
    let substantive = false;
    for (let j = i + 1; j < tokens.length && j - i <= 7; j++) {
      if (text.slice(tokens[j - 1].end, tokens[j].start) !== ' ') break;
      if ((tokens[j].text === 'dan' || CONNECTORS.has(tokens[j].text)) && j + 1 < tokens.length && text.slice(tokens[j].end, tokens[j + 1].start) === ' ' && continues(j + 1)) continue;
      if (!continues(j)) break;
      if (knownAt(j) !== 'place') substantive = true;
      last = j;
    }
    if (!substantive) continue;
    found.push({ start: head.start, end: tokens[last].end, name: text.slice(head.start, tokens[last].end), type: 'org' });
    i = last;
  }
  return found;
}

/** People and organisations named in context, from the runs. */
export function contextNames(text: string, tokens: readonly Token[], runs: readonly NameRun[], places?: Uint8Array): ContextName[] {
  const found: ContextName[] = [];
  for (const run of runs) {
    const afterRole = ROLE_BEFORE.test(text.slice(Math.max(0, run.start - WINDOW), run.start), tokens, run.first);
    for (const part of splitAtOrganisationSuffix(tokens, run, afterRole)) {
      const name = classify(text, tokens, part, places, part.first === run.first ? afterRole : undefined);
      if (name) found.push(name);
    }
  }
  return found;
}

/** `roleBefore`: whether a title stands right before the run, when the caller has tested it already. */
function classify(text: string, tokens: readonly Token[], run: NameRun, places: Uint8Array | undefined, roleBefore?: boolean): ContextName | null {
  const words = tokens.slice(run.first, run.last + 1).filter((token) => isCapitalisedWord(token)).map((token) => token.text);
  const before = text.slice(Math.max(0, run.start - WINDOW), run.start);
  const after = text.slice(run.end, run.end + WINDOW);
  const organisation = (): ContextName => ({ start: run.start, end: run.end, name: text.slice(run.start, run.end), type: 'org' });
  const connected = tokens.slice(run.first, run.last + 1).some((token) => CONNECTORS.has(token.text)); // `&`, `of`, `and`
  const organisationWords = words.some((word) => ORGANISATION_WORDS.has(word));

  if (words.length >= 2 && (ORGANISATION_SUFFIXES.has(words[words.length - 1]) || ORGANISATION_PREFIXES.has(words[0]) || connected)) {
    return organisation();
  }
  if (PROJECT_CUE_BEFORE.test(before, tokens, run.first) && !organisationWords) {
    return { start: run.start, end: run.end, name: text.slice(run.start, run.end), type: 'project' };
  }
  if (PRODUCT_CUE_BEFORE.test(before, tokens, run.first) && !organisationWords) {
    return { start: run.start, end: run.end, name: text.slice(run.start, run.end), type: 'product' };
  }
  // `Analis Mirae Asset Sekuritas, Rizky Pratama`: a title, an organisation, then the person.
  const roleRightBefore = roleBefore ?? ROLE_BEFORE.test(before, tokens, run.first);
  if (roleRightBefore && /^\s*,\s*\p{Lu}\p{L}*\s+\p{Lu}/u.test(after)) return organisation();
  if (connected) return null;
  // `Rizky Pratama selaku CEO sekaligus pendiri Sahabat Kode`: the titles are his, the name theirs.
  if (ROLE_OF_PERSON_BEFORE.test(before, tokens, run.first)) return organisation();
  // A title right before the name is the closest cue: `Emiten milik konglomerat Anthoni Salim`.
  if (roleRightBefore) {
    const person = personFrom(text, tokens, run, places, before);
    if (person) return person;
  }
  if (ORGANISATION_CUE_BEFORE.test(before, tokens, run.first) || ROLE_AT_BEFORE.test(before, tokens, run.first) || ORGANISATION_AFTER.test(after)) return organisation();
  // `Judith MacKenzie dari Downing Fund Managers menilai`: the person, then where they work.
  if (tokens[run.first - 1]?.lower === 'dari' && SPEECH_AFTER.test(after) && AFFILIATION_BEFORE.test(before)) return organisation();

  const personCue =
    HONORIFIC_BEFORE.test(before, tokens, run.first) || HONORIFIC_OF_BEFORE.test(before, tokens, run.first) || ROLE_AND_ORGANISATION_BEFORE.test(before, tokens, run.first) || ROLE_THEIRS_BEFORE.test(before, tokens, run.first) ||
    ROLE_AFTER.test(after) || SPEECH_AFTER.test(after) || AFFILIATION_AFTER.test(after) || SPEECH_BEFORE.test(before, tokens, run.first) || BYLINE_BEFORE.test(before, tokens, run.first) ||
    OWNER_BEFORE.test(before, tokens, run.first);
  if (!personCue) return null;
  const person = personFrom(text, tokens, run, places, before);
  if (person) return person;
  // A person's name has none of an organisation's words; with a cue around it, such a name is one.
  return organisationWords && words.length >= 2 ? organisation() : null;
}

/** The person a run names, or null when what is left after trimming has an organisation's words. */
function personFrom(text: string, tokens: readonly Token[], run: NameRun, places: Uint8Array | undefined, before: string): ContextName | null {
  const person = personName(text, tokens, run, places, HONORIFIC_BEFORE.test(before, tokens, run.first) || BYLINE_BEFORE.test(before, tokens, run.first));
  // `Radio National`, `Kabar Harian`: an outlet's or an organisation's words name no one.
  return person && !person.name.split(/\s+/).some((word) => ORGANISATION_WORDS.has(word) || OUTLET_WORDS.has(word)) ? person : null;
}

/**
 * The person in a run that has a cue for one, without what a title drags in before the name:
 * portfolio words (`Menteri Digital Gobind Singh Deo`) and a company's ticker (`Presiden Direktur
 * BDIX Yohanes Tanoto`), and known places (`Kepala BP Batam Amsakar Achmad`). A single word is a
 * name only after a title that only people carry, or in a byline.
 */
function personName(text: string, tokens: readonly Token[], run: NameRun, places: Uint8Array | undefined, single: boolean): ContextName | null {
  let first = run.first;
  const leading = (i: number) => PORTFOLIO_WORDS.has(tokens[i].text) || places?.[i] || (isAllCaps(tokens[i].text) && run.last - i >= 2);
  while (first < run.last && leading(first)) first++;
  if (PORTFOLIO_WORDS.has(tokens[first].text) || places?.[first]) return null;
  // `Kepala BP Batam Amsakar Achmad`: a known place is never part of a person's name.
  for (let i = first; i <= run.last; i++) if (places?.[i]) return null;
  const count = run.last - first + 1;
  if (count > 5 || (count === 1 && !single)) return null;
  return { start: tokens[first].start, end: run.end, name: text.slice(tokens[first].start, run.end), type: 'person' };
}

/**
 * `Acme Corp John Smith` is an organisation and then a person; `Moor Insights & Strategy` is one name.
 * After a title (`Corporate Secretary Lintas Data Gregorius Wibisono`) an organisation's word ends the
 * organisation too, when a name of two to four words without one follows.
 */
function splitAtOrganisationSuffix(tokens: readonly Token[], run: NameRun, afterRole: boolean): NameRun[] {
  for (let i = run.first + 1; i < run.last - 1; i++) {
    const rest = tokens.slice(i + 1, run.last + 1);
    const restIsPerson = rest.every((token) => token.text !== '&') && !ORGANISATION_SUFFIXES.has(rest[rest.length - 1].text);
    const endsOrganisation = ORGANISATION_SUFFIXES.has(tokens[i].text) ||
      (afterRole && ORGANISATION_WORDS.has(tokens[i].text) && rest.length <= 4 && !rest.some((token) => ORGANISATION_WORDS.has(token.text) || CONNECTORS.has(token.text)));
    if (endsOrganisation && restIsPerson) {
      return [
        { first: run.first, last: i, start: run.start, end: tokens[i].end },
        { first: i + 1, last: run.last, start: tokens[i + 1].start, end: run.end },
      ];
    }
  }
  return [run];
}

/** A single capital letter: a middle initial, when a name word follows. */
function isInitial(token: Token): boolean {
  return token.text.length === 1 && token.capitalised;
}

function isCapitalisedWord(token: Token): boolean {
  return token.capitalised;
}

function isNameWord(token: Token, covered: number): boolean {
  return !covered && token.capitalised && token.text.length >= 2 &&
    !NON_NAMES.has(token.text) && !INDONESIAN_NYA.test(token.text);
}

/** `Menurutnya`, `Misalnya`, `Sebelumnya`: capitalised at a sentence start, never a name. */
const INDONESIAN_NYA = /^\p{Lu}\p{Ll}{3,}nya$/u;

function atSentenceStart(text: string, offset: number): boolean {
  return /(?:^|[.!?:;\n]["'”’)]?)\s*["'“‘(]?$/u.test(text.slice(Math.max(0, offset - 8), offset));
}

/**
 * Marks the tokens on lines that read as headings: short, most of their words capitalised, and not
 * ended by a full stop (`Microsoft Menyesuaikan Diri dengan Pergeseran Strategis Stargate`).
 * One pass over the tokens.
 */
export function headingTokens(text: string, tokens: readonly Token[]): Uint8Array {
  const flags = new Uint8Array(tokens.length);
  let lineFirst = 0;
  let words = 0;
  let capitalised = 0;
  const closeLine = (lineEnd: number) => {
    if (lineFirst >= lineEnd) return;
    const length = tokens[lineEnd - 1].end - tokens[lineFirst].start;
    // A line that ends a sentence with a full stop is prose, however many names it holds; a byline
    // (`Penulis: Dewi Lestari | Editor: Budi`) is names, not a heading.
    if (BYLINE_WORDS.has(tokens[lineFirst].text)) return;
    const endsSentence = /^[.…]$/u.test(tokens[lineEnd - 1].text) ||
      (lineEnd - lineFirst >= 2 && /^["'”’)]$/u.test(tokens[lineEnd - 1].text) && tokens[lineEnd - 2].text === '.');
    if (words >= 3 && length <= 200 && capitalised / words >= 0.6 && !endsSentence) flags.fill(1, lineFirst, lineEnd);
  };
  for (let t = 0; t < tokens.length; t++) {
    if (t > 0 && text.slice(tokens[t - 1].end, tokens[t].start).includes('\n')) {
      closeLine(t);
      lineFirst = t;
      words = 0;
      capitalised = 0;
    }
    if (!tokens[t].word) continue;
    words++;
    if (tokens[t].capitalised) capitalised++;
  }
  closeLine(tokens.length);
  return flags;
}

/** What separates the items of a list: a comma, or a conjunction that makes it an enumeration. */
const LIST_COMMA = /^,\s*$/u;
const LIST_CONJUNCTION = /^(?:,\s*)?\s*(?:dan|serta|atau)\s+$/u;

export interface Typed {
  start: number;
  end: number;
  type: string;
}

/**
 * Runs not yet named that stand in an enumeration beside an organisation, a product or a person take
 * its type: writers list like with like (`Slack, Lumora, dan Zoom`; `Michael Intrator, Brian Venturo,
 * dan Brannin McBee`). An enumeration has a conjunction: `xAI, Anthony Armstrong, belum …` is an
 * appositive, not a list. A person's type passes only to runs of two words or more, full names.
 * `mentions` must be sorted by start.
 */
export function listMembers(text: string, runs: readonly NameRun[], mentions: readonly Typed[]): ContextName[] {
  const items: (Typed & { run?: NameRun; words?: number })[] = [
    ...mentions.filter((mention) => mention.type === 'org' || mention.type === 'product' || mention.type === 'person'),
    ...runs
      .filter((run) => run.last - run.first < 3 && !atSentenceStart(text, run.start))
      .map((run) => ({ start: run.start, end: run.end, type: '', run, words: text.slice(run.start, run.end).split(' ').length })),
  ].sort((a, b) => a.start - b.start);
  // Chains of items joined by list separators; a chain with a conjunction is an enumeration.
  const joined = items.map((item, i) => {
    const next = items[i + 1];
    if (!next) return 'none';
    const between = text.slice(item.end, next.start);
    return LIST_CONJUNCTION.test(between) ? 'conjunction' : LIST_COMMA.test(between) ? 'comma' : 'none';
  });
  const enumeration = new Array<boolean>(items.length).fill(false);
  for (let first = 0; first < items.length;) {
    let last = first;
    while (last < items.length - 1 && joined[last] !== 'none') last++;
    const hasConjunction = joined.slice(first, last).includes('conjunction');
    for (let i = first; i <= last; i++) enumeration[i] = hasConjunction && last > first;
    first = last + 1;
  }
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = 0; i < items.length; i++) {
      if (items[i].type || !enumeration[i]) continue;
      for (const [neighbour, link] of [[items[i - 1], joined[i - 1]], [items[i + 1], joined[i]]] as const) {
        if (!neighbour?.type || link === undefined || link === 'none') continue;
        if (neighbour.type === 'person' && (items[i].words ?? 0) < 2) continue;
        items[i].type = neighbour.type;
        changed = true;
        break;
      }
    }
  }
  return items
    .filter((item) => item.run && item.type)
    .map((item) => ({ start: item.start, end: item.end, name: text.slice(item.start, item.end), type: item.type as ContextName['type'] }));
}

/**
 * A given name coordinated with a full name shares its surname: in `Dario dan Daniela Amodei`,
 * `Dario` is Dario Amodei. Returns the given name's offsets and the full name it stands for.
 */
export function coordinatedGivenNames(text: string, tokens: readonly Token[], covered: Uint8Array, people: readonly { start: number; end: number; name: string }[]): ContextName[] {
  const found: ContextName[] = [];
  for (const person of people) {
    const words = person.name.split(/\s+/);
    if (words.length < 2) continue;
    const match = /(?:^|[^\p{L}])(\p{Lu}[\p{Ll}]+)\s+(?:dan|serta|&)\s+$/u.exec(text.slice(Math.max(0, person.start - 40), person.start));
    if (!match || NON_NAMES.has(match[1])) continue;
    const start = person.start - match[0].length + match[0].indexOf(match[1]);
    const index = firstAtOrAfter(tokens, start);
    if (tokens[index]?.start !== start || covered[index]) continue;
    found.push({ start, end: start + match[1].length, name: `${match[1]} ${words[words.length - 1]}`, type: 'person' });
  }
  return found;
}
