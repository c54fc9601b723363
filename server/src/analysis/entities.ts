// Entity mentions in an article, in four steps over one tokenisation:
//   1. the lexicon's names and aliases, longest first, in one pass over the words;
//   2. outlets it does not know, or misspelled (outlets.ts);
//   3. people and organisations it does not know, from context cues (names.ts);
//   4. later short mentions of the people found, resolved within the article
//      (`Charles Fitzgerald` … `Fitzgerald`), and repeats of names found from context.

import { Lexicon, LexiconEntry, buildLexicon, matchLexicon } from './lexicon';
import { contextNames, coordinatedGivenNames, listMembers, nameRuns } from './names';
import { findOutletNames } from './outlets';
import { Token, firstTokenAt } from './tokens';
import { EntityMention, EntityType, MentionSource, Problem } from './types';

export interface EntityFindings {
  mentions: EntityMention[];
  problems: Problem[];
}

export function findEntities(text: string, tokens: readonly Token[], lexicon: Lexicon): EntityFindings {
  const mentions: EntityMention[] = [];
  const problems: Problem[] = [];
  const covered = new Uint8Array(tokens.length);
  const places = new Uint8Array(tokens.length);
  const add = (start: number, end: number, entry: Pick<LexiconEntry, 'id' | 'name' | 'type'>, source: MentionSource) => {
    const first = firstTokenAt(tokens, start);
    // Every step finds names on words no earlier step took: mentions never overlap (places aside,
    // which may stand inside a longer name and are not reported).
    if (tokens[first]?.start !== start) return;
    for (let i = first; i < tokens.length && tokens[i].start < end; i++) if (covered[i] && !places[i]) return;
    mentions.push({ start, end, text: text.slice(start, end), id: entry.id, name: entry.name, type: entry.type, source });
    for (let i = first; i < tokens.length && tokens[i].start < end; i++) {
      covered[i] = 1;
      places[i] = entry.type === 'place' ? 1 : 0;
    }
  };

  for (const match of matchLexicon(lexicon, text, tokens)) add(match.start, match.end, match.entry, 'lexicon');

  const discovered = new Map<string, LexiconEntry>();
  const discover = (name: string, type: EntityType): LexiconEntry => {
    const id = slug(name);
    let entry = discovered.get(id);
    if (!entry) {
      entry = { id, name, type };
      discovered.set(id, entry);
    }
    return entry;
  };

  const runsBeforeOutlets = nameRuns(text, tokens, covered, places);
  const blocked = covered.map((isCovered, index) => (isCovered && !places[index] ? 1 : 0));
  for (const outlet of findOutletNames(text, tokens, blocked, runsBeforeOutlets, lexicon)) {
    if (outlet.misspelled) {
      add(outlet.start, outlet.end, outlet.misspelled, 'fuzzy');
      problems.push({
        start: outlet.start,
        end: outlet.end,
        code: 'outlet.misspelled',
        severity: 'warning',
        message: `"${outlet.name}" looks like a misspelling of ${outlet.misspelled.name}.`,
        expected: outlet.misspelled.name,
      });
    } else {
      add(outlet.start, outlet.end, discover(outlet.name, 'outlet'), 'context');
    }
  }

  for (const name of contextNames(text, tokens, nameRuns(text, tokens, covered, places))) {
    add(name.start, name.end, discover(name.name, name.type), 'context');
  }
  const people = mentions.filter((mention) => mention.type === 'person');
  for (const name of coordinatedGivenNames(text, tokens, covered, people)) {
    add(name.start, name.end, lexicon.entries.get(slug(name.name)) ?? discover(name.name, 'person'), 'context');
  }
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  for (const name of listMembers(text, nameRuns(text, tokens, covered), sorted)) {
    add(name.start, name.end, discover(name.name, name.type), 'context');
  }

  for (const mention of laterMentions(text, tokens, covered, mentions, discovered, lexicon)) mentions.push(mention);

  // Places are known so that they are never taken for unknown names, but Sorot does not report them.
  return { mentions: mentions.filter((mention) => mention.type !== 'place').sort((a, b) => a.start - b.start), problems };
}

/**
 * Repeats of names found from context, and bare surnames of the people mentioned, matched over
 * the words not yet covered. A surname two people share in the article resolves to neither.
 */
function laterMentions(
  text: string, tokens: readonly Token[], covered: Uint8Array, mentions: readonly EntityMention[],
  discovered: ReadonlyMap<string, LexiconEntry>, lexicon: Lexicon,
): EntityMention[] {
  const surnames = new Map<string, LexiconEntry | null>();
  for (const mention of mentions) {
    if (mention.type !== 'person') continue;
    const words = mention.name.split(/\s+/);
    if (words.length < 2) continue;
    const surname = words[words.length - 1];
    if (surname.length < 3) continue;
    const entry = lexicon.entries.get(mention.id) ?? discovered.get(mention.id)!;
    const known = surnames.get(surname);
    surnames.set(surname, known === undefined || known?.id === entry.id ? entry : null);
  }
  const local: LexiconEntry[] = [...discovered.values()].map((entry) => ({ ...entry, aliases: [] }));
  const localById = new Map(local.map((entry) => [entry.id, entry]));
  const surnameOf = new Map<string, string>();
  for (const [surname, entry] of surnames) {
    if (!entry) continue;
    const target = localById.get(entry.id) ?? { id: entry.id, name: entry.name, type: entry.type, aliases: [] };
    if (!localById.has(target.id)) {
      local.push(target);
      localById.set(target.id, target);
    }
    target.aliases!.push(surname);
    surnameOf.set(surname, target.id);
  }
  if (local.length === 0) return [];

  const found: EntityMention[] = [];
  for (const match of matchLexicon(buildLexicon(local), text, tokens)) {
    const first = firstTokenAt(tokens, match.start);
    let free = true;
    for (let i = first; i < match.nextToken; i++) if (covered[i]) free = false;
    if (!free) continue;
    const written = text.slice(match.start, match.end);
    const source: MentionSource = surnameOf.get(written) === match.entry.id ? 'surname' : 'context';
    const entry = lexicon.entries.get(match.entry.id) ?? match.entry;
    found.push({ start: match.start, end: match.end, text: written, id: entry.id, name: entry.name, type: entry.type, source });
  }
  return found;
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
