// Attributions: the places an article credits a news outlet as its source. Every outlet mention
// is read against the words around it: a phrase before (`menurut laporan`, `dikutip dari`, `kepada`),
// a reporting verb after (`mencatat`, `yang menyebutkan`), a verb of saying earlier in the clause
// (`menyatakannya di DealBook Summit The New York Times`), or coordination with an outlet just
// credited (`Bloomberg dan The Wall Street Journal`). An outlet merely mentioned is not a source.

import {
  ATTRIBUTION_STRONG_BEFORE, ATTRIBUTION_WEAK_BEFORE, REPORTING_VERB_AFTER, SPEECH_IN_CLAUSE_BEFORE,
} from './cues';
import { Attribution, EntityMention } from './types';

const WINDOW = 60;
const COORDINATION = /^\s*(?:,\s*)?(?:dan|serta|maupun|&|,)\s*$/iu;

export function findAttributions(text: string, mentions: readonly EntityMention[]): Attribution[] {
  const attributions: Attribution[] = [];
  let previous: Attribution | undefined;
  for (const mention of mentions) {
    if (mention.type !== 'outlet') continue;
    const before = text.slice(Math.max(0, mention.start - WINDOW), mention.start);
    const after = text.slice(mention.end, mention.end + WINDOW);
    const cueBefore = ATTRIBUTION_STRONG_BEFORE.exec(before) ?? ATTRIBUTION_WEAK_BEFORE.exec(before);
    const verbAfter = REPORTING_VERB_AFTER.exec(after);
    const between = previous ? text.slice(previous.end, mention.start) : undefined;
    const coordinated = between !== undefined && COORDINATION.test(between);
    const clause = !cueBefore && !verbAfter && !coordinated ? SPEECH_IN_CLAUSE_BEFORE.exec(before) : null;
    let phraseStart = mention.start;
    if (cueBefore) phraseStart -= cueBefore[0].length;
    else if (coordinated) phraseStart = mention.start - between!.replace(/^\s*,?\s*/, '').length;
    else if (clause) phraseStart -= clause[0].length;
    const phraseEnd = verbAfter ? mention.end + verbAfter[0].length : mention.end;
    if (!cueBefore && !verbAfter && !coordinated && !clause) continue;
    const attribution: Attribution = {
      start: mention.start,
      end: mention.end,
      text: mention.text,
      phrase: { start: phraseStart, end: phraseEnd },
      outlet: mention.name,
      outletId: mention.id,
    };
    attributions.push(attribution);
    previous = attribution;
  }
  return attributions;
}
