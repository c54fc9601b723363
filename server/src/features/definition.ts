// textDocument/definition: from any mention of an entity (an alias included) to its first mention in
// the corpus, in document order; from the first mention itself, to its second, so the jump is never
// a no-op. An outlet's attribution goes the same way.

import { Location } from 'vscode-languageserver';
import { Workspace } from '../corpus/workspace';
import { location } from '../convert';
import { itemAt } from './lookup';

export function provideDefinition(workspace: Workspace, uri: string, offset: number): Location | null {
  const document = workspace.get(uri);
  if (!document) return null;
  const item = itemAt(document, offset);
  const mention = item?.kind === 'entity' ? item.mention : item?.kind === 'attribution' ? item.mention : undefined;
  if (!mention) return null;
  const mentions = workspace.mentionsOf(mention.id);
  const here = mentions.findIndex((candidate) => candidate.uri === uri && candidate.mention.start === mention.start);
  const target = here === 0 && mentions.length > 1 ? mentions[1] : mentions[0];
  if (!target) return null;
  return location(target.uri, workspace.get(target.uri)!, target.mention);
}
