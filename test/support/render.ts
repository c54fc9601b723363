// Labels for the analysis's records, shared by every fixture test so they all read alike.

import { Attribution, Claim, EntityMention, MoneyFigure } from '../../server/src/analysis/types';
import { Annotation, groupDigits } from './fixture';

export function moneyAnnotations(figures: readonly MoneyFigure[]): Annotation[] {
  return figures.map((figure) => ({ start: figure.start, end: figure.end, label: moneyLabel(figure, figures) }));
}

export function moneyLabel(figure: MoneyFigure, all: readonly MoneyFigure[] = []): string {
  const value = (v: number | null) => (v === null ? '?' : groupDigits(v));
  let interval: string;
  switch (figure.qualifier) {
    case 'exact': interval = value(figure.min); break;
    case 'approx': interval = `~${value(figure.min)}`; break;
    case 'over': interval = `>=${value(figure.min)}`; break;
    case 'under': case 'upto': interval = `<=${value(figure.max)}`; break;
    case 'range': case 'vague': interval = `${value(figure.min)}..${value(figure.max)}`; break;
  }
  const qualifier = figure.qualifier === 'exact' ? '' : ` (${figure.qualifier})`;
  const other = figure.conversionOf === null ? undefined : all[figure.conversionOf];
  const conversion = other ? ` = "${other.text}"` : '';
  return `${figure.currency} ${interval}${qualifier}${conversion}`;
}

export function entityAnnotations(mentions: readonly EntityMention[]): Annotation[] {
  return mentions.map((mention) => ({
    start: mention.start,
    end: mention.end,
    label: `${mention.type} ${mention.name}${mention.source === 'lexicon' ? '' : ` (${mention.source})`}`,
  }));
}

export function attributionAnnotations(text: string, attributions: readonly Attribution[]): Annotation[] {
  return attributions.map((attribution) => ({
    start: attribution.phrase.start,
    end: attribution.phrase.end,
    label: `${attribution.outlet} "${text.slice(attribution.start, attribution.end)}"`,
  }));
}

export function claimAnnotations(analysis: { money: readonly MoneyFigure[]; claims: readonly Claim[]; attributions: readonly Attribution[] }): Annotation[] {
  return analysis.claims.map((claim) => {
    const figure = analysis.money[claim.figure];
    const parts = [claim.subject, claim.metric];
    if (claim.counterparty) parts.push(`→ ${claim.counterparty}`);
    if (claim.period) parts.push(`in ${claim.period}`);
    if (claim.modality !== 'reported') parts.push(`(${claim.modality})`);
    if (claim.source !== null) parts.push(`per ${analysis.attributions[claim.source].outlet}`);
    return { start: figure.start, end: figure.end, label: parts.join(' ') };
  });
}
