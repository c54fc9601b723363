// textDocument/documentHighlight: every mention, in this article, of the entity under the cursor.

import { DocumentHighlight, DocumentHighlightKind } from 'vscode-languageserver';
import { Workspace } from '../corpus/workspace';
import { positionsOf } from '../convert';
import { itemAt } from './lookup';

export function provideDocumentHighlights(workspace: Workspace, uri: string, offset: number): DocumentHighlight[] {
  const document = workspace.get(uri);
  if (!document) return [];
  const item = itemAt(document, offset);
  const mention = item?.kind === 'entity' ? item.mention : item?.kind === 'attribution' ? item.mention : undefined;
  if (!mention) return [];
  const positions = positionsOf(document);
  return document.analysis.entities
    .filter((other) => other.id === mention.id)
    .map((other) => ({ range: positions.range(other), kind: DocumentHighlightKind.Text }));
}
