// textDocument/codeLens: above each entity's first mention in an article, how often the corpus
// mentions it and how many conflicting figures concern it. The command carries the uri, the
// position and every location as plain LSP data, so any client can show them.

import { CodeLens, Location } from 'vscode-languageserver';
import { Workspace } from '../corpus/workspace';
import { location, positionsOf } from '../convert';

export const SHOW_REFERENCES_COMMAND = 'sorot.showReferences';

export function provideCodeLenses(workspace: Workspace, uri: string): CodeLens[] {
  const document = workspace.get(uri);
  if (!document) return [];
  const positions = positionsOf(document);
  const conflictsBySubject = workspace.conflictsBySubject();
  const lenses: CodeLens[] = [];
  const seen = new Set<string>();
  for (const mention of document.analysis.entities) {
    if (seen.has(mention.id) || mention.type === 'outlet') continue;
    seen.add(mention.id);
    const mentions = workspace.mentionsOf(mention.id);
    const articles = new Set(mentions.map((target) => target.uri)).size;
    const conflicts = conflictsBySubject.get(mention.id) ?? 0;
    const range = positions.range(mention);
    const locations: Location[] = mentions.map((target) => location(target.uri, workspace.get(target.uri)!, target.mention));
    lenses.push({
      range,
      command: {
        title: `${mentions.length} mention${mentions.length === 1 ? '' : 's'} in ${articles} article${articles === 1 ? '' : 's'} · ${conflicts} conflict${conflicts === 1 ? '' : 's'}`,
        command: SHOW_REFERENCES_COMMAND,
        arguments: [uri, range.start, locations],
      },
    });
  }
  return lenses;
}
