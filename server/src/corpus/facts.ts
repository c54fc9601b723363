// A fact's history: every figure the corpus gives for one fact (a subject, a metric, a counterparty
// where there is one), in time order, each with its value, time, modality, outlet, and whether the
// checks found it consistent, in conflict, or a slip. What an editor reads before writing a number;
// `sorot facts` prints it and the figure hover shows the fact's line. Pure: documents in, data out.

import { dayIso } from '../analysis/dates';
import { Interval, Modality } from '../analysis/types';
import { ClaimEntry, CorpusDocument, claimEntries, claimKey } from './checks';
import { Diagnostic } from './diagnostics';

export type FactStatus = 'consistent' | 'conflict' | 'slip' | 'unknown';

export interface FactValue {
  path: string;
  start: number;
  end: number;
  text: string;
  usd: Interval;
  time: { from: string; to: string } | null;
  modality: Modality;
  outlet: string | null;
  status: FactStatus;
}

export interface Fact {
  subject: string;
  metric: string;
  counterparty: string | null;
  values: FactValue[];
}

export interface FactFilter {
  /** An entity id: the fact's subject or counterparty. */
  entity?: string;
  metric?: string;
}

/** The corpus's facts, ordered by subject, metric and counterparty, each with its values in time order (unknown times last). */
export function corpusFacts(documents: readonly CorpusDocument[], diagnostics: readonly Diagnostic[], filter: FactFilter = {}): Fact[] {
  const flagged = new Map<string, FactStatus>();
  for (const diagnostic of diagnostics) {
    if (diagnostic.code !== 'figure.conflict' && diagnostic.code !== 'figure.slip') continue;
    flagged.set(`${diagnostic.path}|${diagnostic.start}`, diagnostic.code === 'figure.slip' ? 'slip' : 'conflict');
  }
  const byKey = new Map<string, ClaimEntry[]>();
  for (const document of documents) {
    for (const { entry } of claimEntries(document)) {
      const { claim } = entry;
      if (filter.metric !== undefined && claim.metric !== filter.metric) continue;
      if (filter.entity !== undefined && claim.subject !== filter.entity && claim.counterparty !== filter.entity) continue;
      const key = claimKey(claim);
      if (!byKey.has(key)) byKey.set(key, []);
      byKey.get(key)!.push(entry);
    }
  }
  return [...byKey.keys()].sort().map((key) => {
    const entries = byKey.get(key)!;
    const { subject, metric, counterparty } = entries[0].claim;
    const values = entries
      .sort((a, b) => (a.from ?? Infinity) - (b.from ?? Infinity) || (a.path < b.path ? -1 : a.path > b.path ? 1 : a.figure.start - b.figure.start))
      .map((entry): FactValue => ({
        path: entry.path, start: entry.figure.start, end: entry.figure.end, text: entry.figure.text, usd: entry.figure.usd,
        time: entry.from === null || entry.to === null ? null : { from: dayIso(entry.from), to: dayIso(entry.to) },
        modality: entry.claim.modality, outlet: entry.outlet,
        status: flagged.get(`${entry.path}|${entry.figure.start}`) ?? (entry.from === null ? 'unknown' : 'consistent'),
      }));
    return { subject, metric, counterparty, values };
  });
}
