// textDocument/codeLens: above an entity's first mention in an article, the entity named with how often
// the corpus mentions it (opening every mention), and, when figures about it conflict, how many (opening
// only those). With the sorot.codeLens setting `conflicts` (the default) only entities with conflicts get
// lenses, so the page stays quiet; `all` gives every entity one; `off` none. The commands carry the uri,
// the position and the locations as plain LSP data, so any client can show them.

import { CodeLens, Location } from 'vscode-languageserver';
import { t } from '../messages';
import { Workspace } from '../corpus/workspace';
import { location, positionsOf } from '../convert';
import { CodeLensSetting } from '../settings';

export const SHOW_REFERENCES_COMMAND = 'sorot.showReferences';

export function provideCodeLenses(workspace: Workspace, uri: string, which: CodeLensSetting = 'conflicts'): CodeLens[] {
  const document = workspace.get(uri);
  if (!document || which === 'off') return [];
  const positions = positionsOf(document);
  const conflictsBySubject = workspace.conflictsBySubject();
  const lenses: CodeLens[] = [];
  const seen = new Set<string>();
  const at = (targetUri: string, span: { start: number; end: number }): Location => location(targetUri, workspace.get(targetUri)!, span);
  for (const mention of document.analysis.entities) {
    if (seen.has(mention.id) || mention.type === 'outlet') continue;
    seen.add(mention.id);
    const conflicts = conflictsBySubject.get(mention.id) ?? 0;
    if (which === 'conflicts' && conflicts === 0) continue;
    const mentions = workspace.mentionsOf(mention.id);
    const articles = new Set(mentions.map((target) => target.uri)).size;
    const range = positions.range(mention);
    lenses.push({
      range,
      command: {
        title: t('lens.mentions', { name: mention.name, count: mentions.length, articles }),
        command: SHOW_REFERENCES_COMMAND,
        arguments: [uri, range.start, mentions.map((target) => at(target.uri, target.mention))],
      },
    });
    if (conflicts === 0) continue;
    lenses.push({
      range,
      command: {
        title: t('lens.conflicts', { count: conflicts }),
        command: SHOW_REFERENCES_COMMAND,
        arguments: [uri, range.start, workspace.conflictsAbout(mention.id).filter((diagnostic) => workspace.get(diagnostic.path)).map((diagnostic) => at(diagnostic.path, diagnostic))],
      },
    });
  }
  return lenses;
}
