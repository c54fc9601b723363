// What lies at an offset of an indexed document: a money figure, an attribution's outlet, or an
// entity mention. Shared by the features that start from the cursor.

import { Attribution, EntityMention, MoneyFigure } from '../analysis/types';
import { IndexedDocument } from '../corpus/workspace';

export type Item =
  | { kind: 'money'; index: number; figure: MoneyFigure }
  | { kind: 'attribution'; index: number; attribution: Attribution; mention: EntityMention | undefined }
  | { kind: 'entity'; mention: EntityMention };

/** The item at `offset` (the end of a word counts as in it), money first, then outlets, then entities. */
export function itemAt(document: IndexedDocument, offset: number): Item | undefined {
  const inside = (span: { start: number; end: number }) => span.start <= offset && offset <= span.end;
  const { analysis } = document;
  const figureIndex = analysis.money.findIndex(inside);
  if (figureIndex !== -1) return { kind: 'money', index: figureIndex, figure: analysis.money[figureIndex] };
  const attributionIndex = analysis.attributions.findIndex(inside);
  const mention = analysis.entities.find(inside);
  if (attributionIndex !== -1) return { kind: 'attribution', index: attributionIndex, attribution: analysis.attributions[attributionIndex], mention };
  return mention ? { kind: 'entity', mention } : undefined;
}
