// textDocument/references: every mention of the entity under the cursor across the corpus, nearest
// first (the article asked from, then the others in document order), in batches, so that a client
// asking for partial results sees the first ones at once, however many articles mention the entity.
// The answer about an entity is kept until its mentions change (they are then listed afresh), so
// asking again about an entity in every article builds no new locations.

import { Location } from 'vscode-languageserver';
import { Workspace } from '../corpus/workspace';
import { location } from '../convert';
import { itemAt } from './lookup';

/** Locations per batch after the first (the article asked from). */
const BATCH = 2000;

export function* referenceBatches(workspace: Workspace, uri: string, offset: number, includeDeclaration: boolean): Generator<Location[]> {
  const document = workspace.get(uri);
  if (!document) return;
  const item = itemAt(document, offset);
  const mention = item?.kind === 'entity' ? item.mention : item?.kind === 'attribution' ? item.mention : undefined;
  if (!mention) return;
  const mentions = workspace.mentionsOf(mention.id);
  const key = `${uri}\n${includeDeclaration}`;
  const kept = answers.get(mentions);
  if (kept?.key === key) {
    yield kept.locations.slice(0, kept.here);
    for (let start = kept.here; start < kept.locations.length; start += BATCH) yield kept.locations.slice(start, start + BATCH);
    return;
  }
  // The declaration is the entity's first mention in the corpus.
  const declaration = includeDeclaration ? undefined : workspace.firstMentionOf(mention.id);
  const wanted = (at: string, target: { start: number }) => !declaration || at !== declaration.uri || target.start !== declaration.mention.start;
  const here = workspace.mentionsIn(mention.id, uri).filter((target) => wanted(uri, target)).map((target) => location(uri, document, target));
  yield here;
  const all = [...here];
  let batch: Location[] = [];
  for (const target of mentions) {
    if (target.uri === uri || !wanted(target.uri, target.mention)) continue;
    batch.push(location(target.uri, workspace.get(target.uri)!, target.mention));
    if (batch.length >= BATCH) {
      all.push(...batch);
      yield batch;
      batch = [];
    }
  }
  all.push(...batch);
  answers.set(mentions, { key, locations: all, here: here.length });
  if (batch.length > 0) yield batch;
}

/** The last answer per list of an entity's mentions (a list is replaced when the mentions change). */
const answers = new WeakMap<readonly unknown[], { key: string; locations: Location[]; here: number }>();
