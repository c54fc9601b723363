// The corpus checks: what no single article shows. Pure functions over analysed documents.
//
// `figure.conflict`: claims with the same key (subject, metric, counterparty, period) whose value
// intervals cannot both hold, after qualifiers and a tolerance for rounding and approximation.
// Claims are compared only where their modalities are comparable: a projection with projections, talks
// with talks, and reported facts with potential figures (`berpotensi … melebihi 500 miliar dolar AS`
// against a reported `$157 miliar` is a disagreement a reviewer must see). Vague amounts are never
// compared. The message says what differs, so the reviewer can judge.
//
// `figure.conversion`: a stated conversion whose ratio is off from the rate by more than 20%.
// `outlet.misspelled`: from the analysis of each article.

import { formatAmount, formatInterval } from '../analysis/format';
import { pointValue } from '../analysis/money';
import { ArticleAnalysis, Claim, Metric, Modality, MoneyFigure } from '../analysis/types';
import { DEFAULT_SEVERITY, Diagnostic, DiagnosticCode, RelatedLocation, Severity } from './diagnostics';

export interface CorpusDocument {
  path: string;
  analysis: ArticleAnalysis;
}

export interface CheckOptions {
  /** Rupiah per US dollar: the rate conversions are checked against. */
  idrPerUsd: number;
  severity?: Partial<Record<DiagnosticCode, Severity>>;
}

/** Every diagnostic of the corpus, ordered by path and offset. */
export function checkCorpus(documents: readonly CorpusDocument[], options: CheckOptions): Diagnostic[] {
  const severity = { ...DEFAULT_SEVERITY, ...options.severity };
  const names = entityNames(documents);
  const nameOf = (id: string) => names.get(id);
  const groups = new Map<string, ClaimEntry[]>();
  for (const document of documents) {
    for (const { key, entry } of claimEntries(document)) {
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key)!.push(entry);
    }
  }
  const diagnostics = [
    ...[...groups.values()].flatMap((entries) => groupConflicts(entries, severity['figure.conflict'], nameOf).diagnostics),
    ...documents.flatMap((document) => documentChecks(document, options.idrPerUsd, severity)),
  ];
  return sortDiagnostics(diagnostics);
}

/** Diagnostics in a total order (path, offsets, code, message), whatever order they were found in. */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort((a, b) => compareStrings(a.path, b.path) || a.start - b.start || a.end - b.end ||
    compareStrings(a.code, b.code) || compareStrings(a.message, b.message));
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The key under which claims state the same fact. */
export function claimKey(claim: Claim): string {
  return `${claim.subject}|${claim.metric}|${claim.counterparty ?? ''}|${claim.period ?? ''}`;
}

/** The checks of one article alone: its stated conversions, and the problems its analysis found. */
export function documentChecks(document: CorpusDocument, idrPerUsd: number, severity: Readonly<Record<DiagnosticCode, Severity>>): Diagnostic[] {
  const { path, analysis } = document;
  return [
    ...conversions(document, idrPerUsd, severity['figure.conversion']),
    ...analysis.problems.map((problem): Diagnostic => ({
      path, start: problem.start, end: problem.end, severity: severity[problem.code], code: problem.code,
      message: problem.message, related: [], ...(problem.expected ? { expected: problem.expected } : {}),
    })),
  ];
}

// ---------------------------------------------------------------------------------------------
// Conflicting figures

/** A claim with a comparable figure, as the conflict check sees it, apart from its article's analysis. */
export interface ClaimEntry {
  path: string;
  claim: Claim;
  figure: MoneyFigure;
  /** The outlet the claim is credited to, if any. */
  outlet: string | null;
  /** The figure's interval in US dollars, widened by the tolerance its qualifier allows. */
  low: number;
  high: number;
}

/** How much two figures may differ and still be the same fact. */
const TOLERANCE = { exact: 0.01, approx: 0.1 } as const;
/** Conflicting figures named in one diagnostic, at most. */
const MAX_RELATED = 5;

/**
 * An article's claims that can conflict, each under its group key: the claim key and the modality
 * class. Only claims under the same group key are ever compared.
 */
export function claimEntries(document: CorpusDocument): { key: string; entry: ClaimEntry }[] {
  const { path, analysis } = document;
  const found: { key: string; entry: ClaimEntry }[] = [];
  for (const claim of analysis.claims) {
    const figure = analysis.money[claim.figure];
    const interval = tolerantInterval(figure);
    if (!interval) continue;
    const outlet = claim.source === null ? null : analysis.attributions[claim.source]?.outlet ?? null;
    found.push({ key: `${claimKey(claim)}|${modalityClass(claim.modality)}`, entry: { path, claim, figure, outlet, ...interval } });
  }
  return found;
}

/**
 * What a group's check found for each entry: the entries it disagrees with, and its diagnostic. Given
 * back to the next check of the group, it spares rebuilding the diagnostics that did not change.
 */
export type GroupFindings = Map<ClaimEntry, { disagreeing: ClaimEntry[]; diagnostic: Diagnostic }>;

/**
 * The conflicts among the entries of one group, the same whatever order the entries come in.
 * `previous` must come from a check with the same severity and names.
 */
export function groupConflicts(group: readonly ClaimEntry[], severity: Severity, names: NameOf, previous?: GroupFindings): { diagnostics: Diagnostic[]; findings: GroupFindings } {
  const findings: GroupFindings = new Map();
  if (group.length < 2) return { diagnostics: [], findings };
  const entries = [...group].sort((a, b) => compareStrings(a.path, b.path) || a.figure.start - b.figure.start);
  const byHigh = [...entries].sort((a, b) => a.high - b.high);
  const byLow = [...entries].sort((a, b) => b.low - a.low);
  const diagnostics: Diagnostic[] = [];
  for (const entry of entries) {
    // The entries entirely below this one, and entirely above it: none of them can both hold with it.
    const disagreeing: ClaimEntry[] = [];
    for (const other of byHigh) {
      if (other.high >= entry.low || disagreeing.length >= MAX_RELATED) break;
      disagreeing.push(other);
    }
    for (const other of byLow) {
      if (other.low <= entry.high || disagreeing.length >= MAX_RELATED) break;
      disagreeing.push(other);
    }
    if (disagreeing.length === 0) continue;
    const known = previous?.get(entry);
    const diagnostic = known && sameEntries(known.disagreeing, disagreeing) ? known.diagnostic : {
      path: entry.path,
      start: entry.figure.start,
      end: entry.figure.end,
      severity,
      code: 'figure.conflict' as const,
      message: conflictMessage(entry, disagreeing, names),
      related: disagreeing.map((other): RelatedLocation => ({
        path: other.path, start: other.figure.start, end: other.figure.end, message: describeEntry(other),
      })),
    };
    findings.set(entry, { disagreeing, diagnostic });
    diagnostics.push(diagnostic);
  }
  return { diagnostics, findings };
}

/** Whether two claims conflict as the check judges them: comparable modalities, tolerant intervals that do not meet. */
export function inConflict(a: ClaimEntry, b: ClaimEntry): boolean {
  return modalityClass(a.claim.modality) === modalityClass(b.claim.modality) && (a.high < b.low || b.high < a.low);
}

function sameEntries(a: readonly ClaimEntry[], b: readonly ClaimEntry[]): boolean {
  return a.length === b.length && a.every((entry, i) => entry === b[i]);
}

/** Reported facts and potential figures compare with each other; projections and talks only among themselves. */
export function modalityClass(modality: Modality): string {
  return modality === 'potential' ? 'reported' : modality;
}

/** Every modality class, for finding all the claims with a key. */
export const MODALITY_CLASSES: readonly string[] = ['reported', 'projection', 'talks'];

/** An entity's name for messages, by id. */
export type NameOf = (id: string) => string | undefined;

function tolerantInterval(figure: MoneyFigure): { low: number; high: number } | undefined {
  const { min, max } = figure.usd;
  switch (figure.qualifier) {
    case 'vague': return undefined;
    case 'exact': return { low: min! * (1 - TOLERANCE.exact), high: max! * (1 + TOLERANCE.exact) };
    case 'approx': return { low: min! * (1 - TOLERANCE.approx), high: max! * (1 + TOLERANCE.approx) };
    case 'over': return { low: min! * (1 - TOLERANCE.exact), high: Infinity };
    case 'under': case 'upto': return { low: 0, high: max! * (1 + TOLERANCE.exact) };
    case 'range': return { low: min! * (1 - TOLERANCE.exact), high: max! * (1 + TOLERANCE.exact) };
  }
}

const METRIC_WORDS: Readonly<Record<Metric, string>> = {
  'valuation': 'valuation', 'market-cap': 'market capitalisation', 'investment': 'investment', 'funding': 'funding',
  'loss': 'loss', 'revenue': 'revenue', 'profit': 'profit', 'cost': 'cost', 'capex': 'spending',
  'deal-value': 'deal value', 'stake': 'stake', 'commitment': 'commitment', 'value': 'value',
};

const MODALITY_WORDS: Readonly<Record<Modality, string>> = {
  reported: 'reported', projection: 'projected', potential: 'potential', talks: 'in talks',
};

function conflictMessage(entry: ClaimEntry, others: readonly ClaimEntry[], names: NameOf): string {
  const { claim } = entry;
  const fact = `${names(claim.subject) ?? claim.subject}'s ${METRIC_WORDS[claim.metric]}` +
    (claim.counterparty ? ` in ${names(claim.counterparty) ?? claim.counterparty}` : '') +
    (claim.period ? ` (${claim.period})` : '');
  const here = `"${entry.figure.text}" (${describeValue(entry)})`;
  const there = others.map((other) => `${other.path === entry.path ? 'elsewhere here' : fileName(other.path)}: ${describeEntry(other)}`);
  const differences = new Set<string>();
  for (const other of others) {
    if (other.claim.modality !== claim.modality) differences.add(`${MODALITY_WORDS[claim.modality]} here, ${MODALITY_WORDS[other.claim.modality]} there`);
  }
  const notes = differences.size ? ` Also: ${[...differences].join('; ')}.` : '';
  return `Conflicting figures for ${fact}: ${here} cannot hold together with ${there.join('; ')}.${notes}`;
}

function describeEntry(entry: ClaimEntry): string {
  return `"${entry.figure.text}" (${describeValue(entry)}, ${MODALITY_WORDS[entry.claim.modality]}${entry.outlet ? `, per ${entry.outlet}` : ''})`;
}

function describeValue(entry: ClaimEntry): string {
  return formatInterval(entry.figure.usd, 'USD', entry.figure.qualifier);
}

/**
 * Each entity id of the corpus with its name: the first in alphabetical order of the names its
 * mentions give it (one, for the lexicon's entities), so that the order articles come in never matters.
 */
export function entityNames(documents: readonly CorpusDocument[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const { analysis } of documents) {
    for (const mention of analysis.entities) {
      const known = names.get(mention.id);
      if (known === undefined || mention.name < known) names.set(mention.id, mention.name);
    }
  }
  return names;
}

/** The last segment of a path or URI, for messages. */
export function fileName(path: string): string {
  const last = path.split(/[\\/]/).pop() ?? path;
  try {
    return decodeURIComponent(last);
  } catch {
    return last; // a plain path with a stray `%`
  }
}

// ---------------------------------------------------------------------------------------------
// Stated conversions

/** How far a stated conversion may stray from the rate: rates move, and articles round. */
const CONVERSION_TOLERANCE = 0.2;

function conversions({ path, analysis }: CorpusDocument, idrPerUsd: number, severity: Severity): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  analysis.money.forEach((rupiah) => {
    if (rupiah.currency !== 'IDR' || rupiah.conversionOf === null) return;
    const dollars = analysis.money[rupiah.conversionOf];
    const idr = pointValue(rupiah);
    const usd = pointValue(dollars);
    if (dollars.currency !== 'USD' || idr === null || usd === null || usd === 0 || idr === 0) return;
    const ratio = idr / usd / idrPerUsd;
    if (Math.abs(ratio - 1) <= CONVERSION_TOLERANCE) return;
    const expected = formatAmount(usd * idrPerUsd, 'IDR');
    const factor = ratio < 1 ? 1 / ratio : ratio;
    const how = factor >= 50 ? `about ${roundFactor(factor)}× too ${ratio < 1 ? 'small' : 'large'}` : `${Math.round(Math.abs(ratio - 1) * 100)}% too ${ratio < 1 ? 'low' : 'high'}`;
    diagnostics.push({
      path, start: rupiah.start, end: rupiah.end, severity, code: 'figure.conversion',
      message: `"${rupiah.text}" restates "${dollars.text}", but at Rp${Math.round(idrPerUsd).toLocaleString('id-ID')} per US$ that is about ${expected}: the stated amount is ${how}.`,
      related: [{ path, start: dollars.start, end: dollars.end, message: `the amount converted: "${dollars.text}"` }],
    });
  });
  return diagnostics;
}

/** `1012` → `1,000`: the power of ten a slip of units makes. */
function roundFactor(factor: number): string {
  const power = 10 ** Math.round(Math.log10(factor));
  return Math.abs(factor / power - 1) < 0.3 ? power.toLocaleString('en-US') : Math.round(factor).toLocaleString('en-US');
}
