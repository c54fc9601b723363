// sorot/factHistory: every figure for one fact (a claim key) across the corpus, in time order, for the
// editor's "Open fact history" (a quick pick that opens the figure chosen). The same list as
// `sorot facts` and the figure hover, as plain data.

import { fileName, inConflict, sameTime } from '../corpus/checks';
import { Workspace } from '../corpus/workspace';
import { t, timeWords, word } from '../messages';

export interface FactHistoryItem {
  label: string;
  description: string;
  uri: string;
  start: number;
  end: number;
}

export function provideFactHistory(workspace: Workspace, key: string): FactHistoryItem[] {
  const history = workspace.factHistory(key);
  return history.map((entry) => {
    const when = entry.from !== null && entry.to !== null ? timeWords(entry.from, entry.to) : t('time.unknown');
    const disagrees = history.some((other) => other !== entry && other.claim.modality === entry.claim.modality && sameTime(entry, other) && inConflict(entry, other));
    return {
      label: `${disagrees ? '$(warning) ' : ''}“${entry.figure.text}”`,
      description: `${when} · ${fileName(entry.path)} · ${word('modality', entry.claim.modality)}${entry.outlet ? t('hover.otherOutlet', { outlet: entry.outlet }) : ''}`,
      uri: entry.path,
      start: entry.figure.start,
      end: entry.figure.end,
    };
  });
}
