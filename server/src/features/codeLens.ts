// textDocument/codeLens: above an entity's first mention in an article, the entity named with how often
// the corpus mentions it (opening every mention), and, when figures about it conflict, how many (opening
// only those). With the sorot.codeLens setting `conflicts` (the default) only entities with conflicts get
// lenses, so the page stays quiet; `all` gives every entity one; `off` none.
// A lens comes without its command, which codeLens/resolve gives when the editor shows it (VS Code
// resolves only the lenses on screen): the command carries the uri, the position and the locations as
// plain LSP data, so any client can show them, and an entity of a large archive has thousands.

import { CodeLens, Location } from 'vscode-languageserver';
import { t } from '../messages';
import { Workspace } from '../corpus/workspace';
import { keptAnswer } from './keptAnswers';
import { location, positionsOf } from '../convert';
import { CodeLensSetting } from '../settings';

export const SHOW_REFERENCES_COMMAND = 'sorot.showReferences';

/** What a lens is about, kept in its `data` until it is resolved. */
interface LensData {
  uri: string;
  entity: string;
  /** The entity's name as the article's mention gives it. */
  name: string;
  show: 'mentions' | 'conflicts';
}

export function provideCodeLenses(workspace: Workspace, uri: string, which: CodeLensSetting = 'conflicts'): CodeLens[] {
  const document = workspace.get(uri);
  if (!document || which === 'off') return [];
  return keptAnswer(workspace, document, `codeLens ${which}`, () => {
    const positions = positionsOf(document);
    const conflictsBySubject = workspace.conflictsBySubject();
    const lenses: CodeLens[] = [];
    const seen = new Set<string>();
    for (const mention of document.analysis.entities) {
      if (seen.has(mention.id) || mention.type === 'outlet') continue;
      seen.add(mention.id);
      const conflicts = conflictsBySubject.get(mention.id) ?? 0;
      if (which === 'conflicts' && conflicts === 0) continue;
      const range = positions.range(mention);
      const data = { uri, entity: mention.id, name: mention.name };
      lenses.push({ range, data: { ...data, show: 'mentions' } satisfies LensData });
      if (conflicts > 0) lenses.push({ range, data: { ...data, show: 'conflicts' } satisfies LensData });
    }
    return lenses;
  });
}

/** The lens with its command: its title, and the locations it opens. Unchanged if its data is not Sorot's. */
export function resolveCodeLens(workspace: Workspace, lens: CodeLens): CodeLens {
  const data = lens.data as Partial<LensData> | undefined;
  if (typeof data?.uri !== 'string' || typeof data.entity !== 'string') return lens;
  const at = (targetUri: string, span: { start: number; end: number }): Location | undefined => {
    const target = workspace.get(targetUri);
    return target && location(targetUri, target, span);
  };
  const open = (title: string, locations: (Location | undefined)[]): CodeLens => ({
    ...lens, command: { title, command: SHOW_REFERENCES_COMMAND, arguments: [data.uri, lens.range.start, locations.filter(Boolean)] },
  });
  if (data.show === 'conflicts') {
    const count = workspace.conflictsBySubject().get(data.entity) ?? 0;
    return open(t('lens.conflicts', { count }), workspace.conflictsAbout(data.entity).map((diagnostic) => at(diagnostic.path, diagnostic)));
  }
  const mentions = workspace.mentionsOf(data.entity);
  const articles = new Set(mentions.map((target) => target.uri)).size;
  const name = typeof data.name === 'string' ? data.name : data.entity;
  return open(t('lens.mentions', { name, count: mentions.length, articles }), mentions.map((target) => at(target.uri, target.mention)));
}
