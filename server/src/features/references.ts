// textDocument/references: every mention of the entity under the cursor across the corpus.

import { Location } from 'vscode-languageserver';
import { Workspace } from '../corpus/workspace';
import { location } from '../convert';
import { itemAt } from './lookup';

export function provideReferences(workspace: Workspace, uri: string, offset: number, includeDeclaration: boolean): Location[] {
  const document = workspace.get(uri);
  if (!document) return [];
  const item = itemAt(document, offset);
  const mention = item?.kind === 'entity' ? item.mention : item?.kind === 'attribution' ? item.mention : undefined;
  if (!mention) return [];
  const mentions = workspace.mentionsOf(mention.id);
  return mentions
    .filter((_, index) => includeDeclaration || index > 0)
    .map((target) => location(target.uri, workspace.get(target.uri)!, target.mention));
}
