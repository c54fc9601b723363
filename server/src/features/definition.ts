// textDocument/definition: from any mention of an entity (an alias included) to its entry in the
// workspace lexicon when it has one there, else to its first mention in the corpus, in document order
// (from the first mention itself, to its second, so the jump is never a no-op). An outlet's
// attribution goes the same way.

import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import { Location } from 'vscode-languageserver';
import { Workspace } from '../corpus/workspace';
import { PositionMap, location } from '../convert';
import { LexiconFileState } from './codeAction';
import { itemAt } from './lookup';

export function provideDefinition(workspace: Workspace, uri: string, offset: number, lexiconFile?: LexiconFileState): Location | null {
  const document = workspace.get(uri);
  if (!document) return null;
  const item = itemAt(document, offset);
  const mention = item?.kind === 'entity' ? item.mention : item?.kind === 'attribution' ? item.mention : undefined;
  if (!mention) return null;
  const entry = lexiconFile?.text === undefined ? undefined : lexiconEntry(lexiconFile.text, mention.id);
  if (entry && lexiconFile) return { uri: lexiconFile.uri, range: new PositionMap(lexiconFile.text!).range(entry) };
  const first = workspace.firstMentionOf(mention.id);
  if (!first) return null;
  const atFirst = first.uri === uri && first.mention.start === mention.start;
  const target = (atFirst ? workspace.secondMentionOf(mention.id) : undefined) ?? first;
  return location(target.uri, workspace.get(target.uri)!, target.mention);
}

/** The span of the `id` value of the entry for `id` in a lexicon file's text. */
function lexiconEntry(text: string, id: string): { start: number; end: number } | undefined {
  const entities = findNodeAtLocation(parseTree(text) ?? { type: 'null', offset: 0, length: 0 } as never, ['entities']);
  for (const entity of entities?.children ?? []) {
    const idNode = findNodeAtLocation(entity, ['id']);
    if (idNode?.value === id) return { start: idNode.offset, end: idNode.offset + idNode.length };
  }
  return undefined;
}
