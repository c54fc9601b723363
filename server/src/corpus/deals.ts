// The corpus-wide deal list: each article's deals, with the same deal told by several articles
// merged into one that keeps every source. Two deals are the same when they have the same parties
// and kind, amounts that can both hold, times no more than two months apart where both are known
// (a company's cloud deal of 2023 and its cloud deal of 2025 are two deals), and both are facts or
// both prospects: a deal announced and then completed is one deal, but talks or a projection are never
// merged into a deal that happened, so that no deal lists an offer among its sources.

import { DealKind, DealStatus } from '../analysis/types';
import { dayIso } from '../analysis/dates';
import { CorpusDocument, NameOf, entityNames } from './checks';
import { documentDate, toDay } from './documentDate';

export interface DealSource {
  path: string;
  /** The sentence that states the deal. */
  start: number;
  end: number;
  /** The outlet the article credits, if any. */
  outlet: string | null;
  status: DealStatus;
  /** The amount as written, if the article gives one. */
  amount: string | null;
}

export interface CorpusDeal {
  parties: { id: string; name: string }[];
  kind: DealKind;
  /** The most advanced status any source reports. */
  status: DealStatus;
  /** The amount in US dollars (min, max), from the first source that gives one. */
  amount: { text: string; usd: { min: number | null; max: number | null } } | null;
  sources: DealSource[];
  /** When the deal was told, as an ISO date: its figure's time, else its first source's date; null when unknown. */
  date: string | null;
}

/** Two tellings of a deal this many days apart are two deals. */
const SAME_DEAL_DAYS = 62;

const STATUS_RANK: Readonly<Record<DealStatus, number>> = { talks: 0, projected: 1, announced: 2, completed: 3 };

/**
 * `created`, when given, hears of each corpus deal as it is made, with the document and the index of
 * the article's deal that made it: the workspace index merges deals key by key and orders them by it.
 */
export function corpusDeals(
  documents: readonly CorpusDocument[], names: NameOf = nameIn(entityNames(documents)),
  created?: (deal: CorpusDeal, document: number, index: number) => void,
): CorpusDeal[] {
  const merged: CorpusDeal[] = [];
  const byKey = new Map<string, CorpusDeal[]>();
  for (const [documentIndex, { path, analysis }] of documents.entries()) {
    const published = documentDate(path, analysis).date;
    for (const [dealIndex, deal] of analysis.deals.entries()) {
      // The time its figure states, else the article's date (a figure stated as current holds then).
      const claim = deal.amount === null ? undefined : analysis.claims.find((candidate) => candidate.figure === deal.amount);
      const claimTime = claim?.timeFrom === 'text' ? claim.time?.from : undefined;
      const day = claimTime ? toDay(claimTime) : published ? toDay(published) : null;
      const figure = deal.amount === null ? undefined : analysis.money[deal.amount];
      const source: DealSource = {
        path, start: deal.start, end: deal.end, status: deal.status,
        outlet: deal.source === null ? null : analysis.attributions[deal.source]?.outlet ?? null,
        amount: figure?.text ?? null,
      };
      const key = dealKey(deal);
      const candidates = byKey.get(key) ?? [];
      const same = candidates.find((known) => isProspect(known.status) === isProspect(deal.status) &&
        (!figure || !known.amount || overlaps(known.amount.usd, figure.usd)) &&
        (day === null || known.date === null || Math.abs(toDay(known.date) - day) <= SAME_DEAL_DAYS));
      if (same) {
        same.sources.push(source);
        if (STATUS_RANK[deal.status] > STATUS_RANK[same.status]) same.status = deal.status;
        if (!same.amount && figure) same.amount = { text: figure.text, usd: figure.usd };
        if (same.date === null && day !== null) same.date = dayIso(day);
        continue;
      }
      const fresh: CorpusDeal = {
        parties: deal.parties.map((id) => ({ id, name: names(id) ?? id })),
        kind: deal.kind,
        status: deal.status,
        amount: figure ? { text: figure.text, usd: figure.usd } : null,
        sources: [source],
        date: day === null ? null : dayIso(day),
      };
      merged.push(fresh);
      created?.(fresh, documentIndex, dealIndex);
      byKey.set(key, [...candidates, fresh]);
    }
  }
  return merged;
}

/** Talks and projections: what may happen, never merged with what did. */
function isProspect(status: DealStatus): boolean {
  return status === 'talks' || status === 'projected';
}

/** Deals with the same key may be one deal told twice: the same parties and kind. */
export function dealKey(deal: { parties: readonly string[]; kind: DealKind }): string {
  return `${[...deal.parties].sort().join('+')}|${deal.kind}`;
}

function nameIn(names: ReadonlyMap<string, string>): NameOf {
  return (id) => names.get(id);
}

function overlaps(a: { min: number | null; max: number | null }, b: { min: number | null; max: number | null }): boolean {
  const low = (v: number | null) => v ?? 0;
  const high = (v: number | null) => v ?? Infinity;
  return low(a.min) * 0.9 <= high(b.max) * 1.1 && low(b.min) * 0.9 <= high(a.max) * 1.1;
}
