// The corpus checks: what no single article shows. Pure functions over analysed documents.
//
// `figure.conflict`: claims about the same fact (subject, metric, counterparty or deal) at the same
// time, with the same modality, whose value intervals cannot both hold after qualifiers and a
// tolerance for rounding. Time decides first: a point-in-time figure (a valuation, a market value, a
// deal's size) is weighed only against one stated for the same week or month; a figure for a period
// (revenue, profit, spending) only against one for the very same period. A figure whose time is not
// known is never weighed, and neither is a projection, a potential figure or talks against a
// reported fact. Vague amounts are never compared. The message says what differs.
//
// `figure.slip`: within one article, the same figure written at scales a thousand apart (`$4,5 juta`
// and `$4,5 miliar`, a headline's `Rp1,4 Triliun` against the body's `Rp1.420 triliun`), or a stated
// conversion off by a power of 1,000; the diagnostic names the figure most likely meant.
// `figure.conversion`: a stated conversion whose ratio is off from the rate by more than 20%; the
// article's own stated rate (`kurs Rp 16.410 per dolar AS`) is used where it gives one.
// `outlet.misspelled`: from the analysis of each article.

import { formatAmount, formatInterval } from '../analysis/format';
import { pointValue } from '../analysis/money';
import { ArticleAnalysis, Claim, Metric, Modality, MoneyFigure, TimeFrom } from '../analysis/types';
import { currentTime } from '../analysis/time';
import { documentDate, toDay } from './documentDate';
import { DEFAULT_SEVERITY, Diagnostic, DiagnosticCode, RelatedLocation, Severity } from './diagnostics';
import { conversionSlip, scaleSlip, slipExpected, slips } from './slips';
import { t, timeWords, word } from '../messages';

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

/** The key under which claims state the same fact, at whatever time. */
export function claimKey(claim: Claim): string {
  return `${claim.subject}|${claim.metric}|${claim.counterparty ?? ''}`;
}

/**
 * A misspelling's message in the reader's language. The analysis words it in English, with the name as
 * written in quotes first (`"Antrhopic" looks like a misspelling of Anthropic.`), which is read back here.
 */
export function problemMessage(problem: ArticleAnalysis['problems'][number]): string {
  const written = /^"(.*)" looks like a misspelling of /u.exec(problem.message)?.[1];
  return written === undefined || !problem.expected ? problem.message : t('problem.misspelled', { written, expected: problem.expected });
}

/** The checks of one article alone: its stated conversions, and the problems its analysis found. */
export function documentChecks(document: CorpusDocument, idrPerUsd: number, severity: Readonly<Record<DiagnosticCode, Severity>>): Diagnostic[] {
  const { path, analysis } = document;
  return [
    ...conversions(document, analysis.statedRate ?? idrPerUsd, severity['figure.conversion']),
    ...slips(document, idrPerUsd, severity['figure.slip']),
    ...analysis.problems.map((problem): Diagnostic => ({
      path, start: problem.start, end: problem.end, severity: severity[problem.code], code: problem.code,
      message: problemMessage(problem), related: [], ...(problem.expected ? { expected: problem.expected } : {}),
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
  /** When the claim holds, in days since 1970 (both ends inclusive), or null when unknown. */
  from: number | null;
  to: number | null;
  timeFrom: TimeFrom;
}

/** How much two figures may differ and still be the same fact. */
const TOLERANCE = { exact: 0.01, approx: 0.1 } as const;
/**
 * Conflicting figures named in one diagnostic's related locations, at most: every one, short of a
 * group no reader goes through (the message counts them all, `in 120+ articles`). Each diagnostic's cost
 * grows with it, and a group's diagnostics are as many as its conflicting figures.
 */
const MAX_RELATED = 10;

/**
 * An article's claims that can conflict, each under its group key: the claim key and the modality
 * class. Only claims under the same group key are ever compared.
 */
export function claimEntries(document: CorpusDocument): { key: string; entry: ClaimEntry }[] {
  const { path, analysis } = document;
  const found: { key: string; entry: ClaimEntry }[] = [];
  const { date, dateFrom } = documentDate(path, analysis);
  for (const claim of analysis.claims) {
    const figure = analysis.money[claim.figure];
    const interval = tolerantInterval(figure);
    if (!interval) continue;
    const outlet = claim.source === null ? null : analysis.attributions[claim.source]?.outlet ?? null;
    found.push({ key: `${claimKey(claim)}|${modalityClass(claim.modality)}`, entry: { path, claim, figure, outlet, ...interval, ...entryTime(claim, dateFrom === 'filename' ? date : null) } });
  }
  return found;
}

/**
 * What a group's check found for each entry: the entries it disagrees with, and its diagnostic. Given
 * back to the next check of the group, it spares rebuilding the diagnostics that did not change.
 */
export type GroupFindings = Map<ClaimEntry, { disagreeing: ClaimEntry[]; more: number; diagnostic: Diagnostic }>;

/**
 * The conflicts among the entries of one group, the same whatever order the entries come in.
 * `previous` must come from a check with the same severity and names.
 */
export function groupConflicts(
  group: readonly ClaimEntry[], severity: Severity, names: NameOf, previous?: GroupFindings, sorted?: SortedGroup,
): { diagnostics: Diagnostic[]; findings: GroupFindings } {
  const findings: GroupFindings = new Map();
  if (group.length < 2) return { diagnostics: [], findings };
  const { entries, byTime } = sorted ?? sortGroup(group);
  const diagnostics: Diagnostic[] = [];
  for (const entry of entries) {
    const finding = judge(entry, byTime, severity, names, previous?.get(entry));
    if (!finding) continue;
    findings.set(entry, finding);
    diagnostics.push(finding.diagnostic);
  }
  return { diagnostics, findings };
}

type Finding = GroupFindings extends Map<ClaimEntry, infer F> ? F : never;

/** What the check finds for one claim of a group (its conflicts, in time order), or nothing. */
function judge(entry: ClaimEntry, byTime: readonly ClaimEntry[], severity: Severity, names: NameOf, known: Finding | undefined): Finding | undefined {
  if (entry.from === null || entry.to === null) return undefined;
  // The entries at a comparable time whose values cannot both hold with this one's. The claims a window
  // can hold (sameTime decides): a period's figure only those of the very same period; a point in time
  // known within a month those starting near it; one known less closely none. The window then grows
  // with the claims comparable to this one, not with the whole group.
  const disagreeing: ClaimEntry[] = [];
  let more = 0;
  const period = PERIOD_METRICS.has(entry.claim.metric);
  if (!period && entry.to - entry.from > NARROWEST_POINT_DAYS) return undefined;
  const first = period ? entry.from : entry.from - NARROWEST_POINT_DAYS - POINT_SLACK_DAYS;
  const last = period ? entry.from : entry.to + POINT_SLACK_DAYS;
  for (let i = firstFrom(byTime, first); i < byTime.length && byTime[i].from! <= last; i++) {
    const other = byTime[i];
    if (other === entry || !sameTime(entry, other) || !(other.high < entry.low || other.low > entry.high)) continue;
    if (disagreeing.length < MAX_RELATED) disagreeing.push(other);
    else more++;
  }
  if (disagreeing.length === 0) return undefined;
  // A slip of scale within one article is the article's own check (slips.ts), reported once there.
  if (disagreeing.every((other) => other.path === entry.path && scaleSlip(entry.figure, other.figure) !== 0)) return undefined;
  const diagnostic = known && sameEntries(known.disagreeing, disagreeing) && known.more === more ? known.diagnostic : groupDiagnostic(entry, disagreeing, more, severity, names);
  return { disagreeing, more, diagnostic };
}

/**
 * A group's findings brought up to date, in place, after claims came (`added`) and went (`removed`):
 * only the claims whose window can hold one of them are judged again, so an edit costs what its
 * neighbourhood in time holds, not the group. Returns the articles whose diagnostics in the group
 * changed. The findings must come from a check with the same severity and names.
 */
export function updateGroupConflicts(
  sorted: SortedGroup, findings: GroupFindings, added: readonly ClaimEntry[], removed: readonly ClaimEntry[], severity: Severity, names: NameOf,
): Set<string> {
  const touched = new Set<string>();
  for (const entry of removed) if (findings.delete(entry)) touched.add(entry.path);
  if (sorted.entries.length < 2) {
    for (const entry of findings.keys()) touched.add(entry.path);
    findings.clear();
    return touched;
  }
  const affected = new Set<ClaimEntry>(added);
  for (const changed of [...added, ...removed]) {
    if (changed.from === null || changed.to === null) continue;
    // A claim C lies in the window of E when E.from - 38 <= C.from <= E.to + 7, and E.to <= E.from + 31.
    const period = PERIOD_METRICS.has(changed.claim.metric);
    const reach = NARROWEST_POINT_DAYS + POINT_SLACK_DAYS;
    const first = period ? changed.from : changed.from - reach;
    const last = period ? changed.from : changed.from + reach;
    for (let i = firstFrom(sorted.byTime, first); i < sorted.byTime.length && sorted.byTime[i].from! <= last; i++) affected.add(sorted.byTime[i]);
  }
  for (const entry of affected) {
    const before = findings.get(entry);
    const after = judge(entry, sorted.byTime, severity, names, before);
    if (after) findings.set(entry, after);
    else findings.delete(entry);
    if (before?.diagnostic !== after?.diagnostic) touched.add(entry.path);
  }
  return touched;
}

/** The diagnostics of one article in a group's findings, in document order. */
export function groupDiagnosticsOf(sorted: SortedGroup, findings: GroupFindings, path: string): Diagnostic[] {
  const found: Diagnostic[] = [];
  let low = 0;
  let high = sorted.entries.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (compareStrings(sorted.entries[middle].path, path) < 0) low = middle + 1;
    else high = middle;
  }
  for (let i = low; i < sorted.entries.length && sorted.entries[i].path === path; i++) {
    const finding = findings.get(sorted.entries[i]);
    if (finding) found.push(finding.diagnostic);
  }
  return found;
}

/**
 * A claim group in the two orders its check reads: document order, and (claims with a known time)
 * time order, then document order. An index keeps them between checks (`updateSortedGroup`).
 */
export interface SortedGroup {
  entries: ClaimEntry[];
  byTime: ClaimEntry[];
}

const inDocumentOrder = (a: ClaimEntry, b: ClaimEntry) => compareStrings(a.path, b.path) || a.figure.start - b.figure.start;
const inTimeOrder = (a: ClaimEntry, b: ClaimEntry) => a.from! - b.from! || inDocumentOrder(a, b);

export function sortGroup(group: readonly ClaimEntry[]): SortedGroup {
  const entries = [...group].sort(inDocumentOrder);
  return { entries, byTime: entries.filter((entry) => entry.from !== null).sort(inTimeOrder) };
}

/**
 * The same orders, in place, after claims came and went: the ones gone taken out and the new ones put
 * in where they belong, each found by binary search (a group grows with the archive; an edit changes a few).
 */
export function updateSortedGroup(sorted: SortedGroup, added: readonly ClaimEntry[], removed: readonly ClaimEntry[]): SortedGroup {
  for (const entry of removed) {
    removeSorted(sorted.entries, entry, inDocumentOrder);
    if (entry.from !== null) removeSorted(sorted.byTime, entry, inTimeOrder);
  }
  for (const entry of added) {
    insertSorted(sorted.entries, entry, inDocumentOrder);
    if (entry.from !== null) insertSorted(sorted.byTime, entry, inTimeOrder);
  }
  return sorted;
}

function removeSorted(list: ClaimEntry[], entry: ClaimEntry, order: (a: ClaimEntry, b: ClaimEntry) => number): void {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (order(list[middle], entry) < 0) low = middle + 1;
    else high = middle;
  }
  // Equal in order only when the same figure is claimed twice: find the very entry among them.
  for (let i = low; i < list.length && order(list[i], entry) === 0; i++) {
    if (list[i] === entry) {
      list.splice(i, 1);
      return;
    }
  }
}

function insertSorted(list: ClaimEntry[], entry: ClaimEntry, order: (a: ClaimEntry, b: ClaimEntry) => number): void {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (order(list[middle], entry) <= 0) low = middle + 1;
    else high = middle;
  }
  list.splice(low, 0, entry);
}

/** The index of the first claim, in claims sorted by time, that starts on or after `day`. */
function firstFrom(sorted: readonly ClaimEntry[], day: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle].from! < day) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Whether two claims conflict as the check judges them: comparable modalities and times, tolerant intervals that do not meet. */
export function inConflict(a: ClaimEntry, b: ClaimEntry): boolean {
  return comparable(a, b) && (a.high < b.low || b.high < a.low);
}

/** Whether the check weighs two claims with the same key against each other at all. */
export function comparable(a: ClaimEntry, b: ClaimEntry): boolean {
  return modalityClass(a.claim.modality) === modalityClass(b.claim.modality) && sameTime(a, b);
}

/** Metrics that measure a period (a year's revenue): comparable only for the very same period. */
const PERIOD_METRICS: ReadonlySet<Metric> = new Set(['revenue', 'profit', 'loss', 'cost', 'capex']);
/** A point-in-time figure is weighed only against one whose time is known this closely. */
const NARROWEST_POINT_DAYS = 31;
/** Two point-in-time figures this many days apart may still be the same (a week's reports of one round). */
const POINT_SLACK_DAYS = 7;

/**
 * Whether two claims of the same key hold at the same time: a period's figure (revenue for 2024)
 * only for the same period stated in the text; a point-in-time figure (a valuation, a deal's size)
 * when both times are known to within a month and lie within a week of each other. An unknown
 * time is never the same as any other.
 */
export function sameTime(a: ClaimEntry, b: ClaimEntry): boolean {
  if (a.from === null || a.to === null || b.from === null || b.to === null) return false;
  if (PERIOD_METRICS.has(a.claim.metric)) {
    return a.timeFrom === 'text' && b.timeFrom === 'text' && a.from === b.from && a.to === b.to && a.to - a.from >= 27;
  }
  if (a.to - a.from > NARROWEST_POINT_DAYS || b.to - b.from > NARROWEST_POINT_DAYS) return false;
  // Two dates (a day, or an article's week) may be a week apart; a month stated against a date must hold it.
  const slack = a.to - a.from <= POINT_SLACK_DAYS + 1 && b.to - b.from <= POINT_SLACK_DAYS + 1 ? POINT_SLACK_DAYS : 0;
  return a.from - slack <= b.to && b.from - slack <= a.to;
}

/** A claim's time in days: what the text says, else the date a file name gives for a figure stated as current. */
function entryTime(claim: Claim, fileDate: string | null): { from: number | null; to: number | null; timeFrom: TimeFrom } {
  if (claim.time?.from && claim.time.to) return { from: toDay(claim.time.from), to: toDay(claim.time.to), timeFrom: claim.timeFrom };
  if (claim.timeFrom === 'undated' && fileDate !== null) {
    const now = currentTime(toDay(fileDate));
    return { from: toDay(now.from), to: toDay(now.to), timeFrom: 'article' };
  }
  return { from: null, to: null, timeFrom: claim.timeFrom };
}

function groupDiagnostic(entry: ClaimEntry, disagreeing: readonly ClaimEntry[], more: number, severity: Severity, names: NameOf): Diagnostic {
  // Figures a power of 1,000 apart are the same figure with a slip of scale, not two facts.
  const slip = disagreeing.every((other) => scaleSlip(entry.figure, other.figure) !== 0);
  const related = disagreeing.map((other): RelatedLocation => ({
    path: other.path, start: other.figure.start, end: other.figure.end, message: describeEntry(other),
  }));
  if (slip) {
    const expected = slipExpected(entry.figure, scaleSlip(entry.figure, disagreeing[0].figure), disagreeing[0].figure.text);
    return {
      path: entry.path, start: entry.figure.start, end: entry.figure.end, severity, code: 'figure.slip',
      message: t('problem.scaleSlip', {
        figure: entry.figure.text, ...scaleWords(entry.figure, disagreeing[0].figure), other: disagreeing.length > 1 ? t('problem.otherFigures') : `"${disagreeing[0].figure.text}"`,
        fact: factWords(entry, names), where: disagreeing[0].path === entry.path ? t('problem.thisArticle') : fileNameFrom(entry.path, disagreeing[0].path), expected,
      }),
      related, expected,
    };
  }
  return {
    path: entry.path, start: entry.figure.start, end: entry.figure.end, severity, code: 'figure.conflict',
    message: conflictMessage(entry, disagreeing, more, names), related,
  };
}

function scaleWords(figure: MoneyFigure, other: MoneyFigure): { factor: string; direction: string } {
  const steps = scaleSlip(figure, other);
  return { factor: (1000 ** Math.abs(steps)).toLocaleString('en-US'), direction: t(steps > 0 ? 'problem.larger' : 'problem.smaller') };
}

function sameEntries(a: readonly ClaimEntry[], b: readonly ClaimEntry[]): boolean {
  return a.length === b.length && a.every((entry, i) => entry === b[i]);
}

/** Reported facts compare with reported facts; projections, potential figures and talks only among themselves. */
export function modalityClass(modality: Modality): string {
  return modality;
}

/** Every modality class, for finding all the claims with a key. */
export const MODALITY_CLASSES: readonly string[] = ['reported', 'projection', 'potential', 'talks'];

/** An entity's name for messages, by id. */
export type NameOf = (id: string) => string | undefined;

function tolerantInterval(figure: MoneyFigure): { low: number; high: number } | undefined {
  const { min, max } = figure.usd;
  const exact = roundingTolerance(figure);
  switch (figure.qualifier) {
    case 'vague': return undefined;
    case 'exact': return { low: min! * (1 - exact), high: max! * (1 + exact) };
    case 'approx': return { low: min! * (1 - Math.max(exact, TOLERANCE.approx)), high: max! * (1 + Math.max(exact, TOLERANCE.approx)) };
    case 'over': return { low: min! * (1 - exact), high: Infinity };
    case 'under': case 'upto': return { low: 0, high: max! * (1 + exact) };
    case 'range': return { low: min! * (1 - exact), high: max! * (1 + exact) };
  }
}

/** A rounded figure's tolerance is at most this much, however few digits it has (`$1 triliun`). */
const MOST_ROUNDING = 0.1;

/**
 * How far a figure may be from the value it rounds: half a unit of its last significant digit, as written
 * (`$14 miliar` stands for 13,5 to 14,5 miliar, so it agrees with `US$14,3 miliar`; `$157 miliar` is
 * closer), at least the exact tolerance, at most 10%.
 */
function roundingTolerance(figure: MoneyFigure): number {
  const digits = /\d+(?:[.,]\d+)*/.exec(figure.text)?.[0].replace(/\D/g, '').replace(/^0+/, '').replace(/0+$/, '');
  const value = figure.min ?? figure.max;
  if (!digits || !value || value <= 0) return TOLERANCE.exact;
  const unit = 10 ** (Math.floor(Math.log10(value)) - digits.length + 1);
  return Math.min(MOST_ROUNDING, Math.max(TOLERANCE.exact, unit / 2 / value));
}

function factWords(entry: ClaimEntry, names: NameOf, withTime = true): string {
  const { claim } = entry;
  const subject = names(claim.subject) ?? claim.subject;
  const metric = word('metric', claim.metric);
  const fact = claim.counterparty ? t('problem.factIn', { subject, metric, counterparty: names(claim.counterparty) ?? claim.counterparty }) : t('problem.fact', { subject, metric });
  return withTime && entry.from !== null && entry.to !== null ? t('problem.factTime', { fact, time: timeWords(entry.from, entry.to) }) : fact;
}

/**
 * One line, as the Problems panel shows it: the fact, the value here, the values it cannot hold
 * with, how many articles give them and when (`OpenAI's valuation: ≥ US$500 miliar here vs
 * US$157 miliar in b.txt (4 Oct 2024)`). Every conflicting figure is in the related locations.
 */
function conflictMessage(entry: ClaimEntry, others: readonly ClaimEntry[], more: number, names: NameOf): string {
  const { claim } = entry;
  const values = [...new Set(others.map(describeValue))];
  const shown = values.length === 1 ? values[0] : values.length === 2 ? t('problem.and', { first: values[0], second: values[1] })
    : t('problem.manyValues', { first: values[0], second: values[1], count: values.length - 2 });
  const paths = new Set(others.map((other) => other.path));
  const where = paths.size === 1
    ? (others[0].path === entry.path ? t('problem.whereHere') : t('problem.whereFile', { file: fileNameFrom(entry.path, others[0].path) }))
    : t('problem.whereArticles', { count: `${paths.size}${more > 0 ? '+' : ''}` });
  const timed = others.filter((other) => other.from !== null && other.to !== null);
  const when = timed.length === 1 ? t('problem.time', { time: timeWords(timed[0].from!, timed[0].to!) }) : timed.length ? t('problem.time', { time: spanOfTimes(timed) }) : '';
  const modalities = [...new Set(others.filter((other) => other.claim.modality !== claim.modality).map((other) => word('problemModality', other.claim.modality)))];
  const note = modalities.length ? t('problem.modalityNote', { here: word('problemModality', claim.modality), there: modalities.join(t('problem.or')) }) : '';
  const hereTime = entry.from !== null && entry.to !== null ? t('problem.time', { time: timeWords(entry.from, entry.to) }) : '';
  return t('problem.conflict', { fact: capitalised(factWords(entry, names, false)), here: describeValue(entry), hereTime, others: shown, where, when, note });
}

/** When several figures hold, by the middles of their times: `around 2 Oct 2024 – 8 Oct 2024`, `Q1 2024 – Q3 2024`. */
function spanOfTimes(entries: readonly ClaimEntry[]): string {
  const middles = entries.map((entry) => Math.round((entry.from! + entry.to!) / 2));
  const first = Math.min(...middles);
  const last = Math.max(...middles);
  const around = entries.some((entry) => entry.to! - entry.from! > 0 && entry.timeFrom === 'article');
  if (first === last) return around ? t('time.around', { day: timeWords(first, last) }) : timeWords(first, last);
  return around ? t('problem.rangeAround', { first: timeWords(first, first), last: timeWords(last, last) }) : `${timeWords(first, first)} – ${timeWords(last, last)}`;
}

function capitalised(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A claim as the messages about it describe it; kept per claim, since every figure it conflicts with lists it. */
function describeEntry(entry: ClaimEntry): string {
  let described = descriptions.get(entry);
  if (described === undefined) {
    const time = entry.from !== null && entry.to !== null ? t('problem.entryTime', { time: timeWords(entry.from, entry.to) }) : '';
    described = t('problem.entry', {
      figure: entry.figure.text, value: describeValue(entry), modality: word('problemModality', entry.claim.modality), time,
      outlet: entry.outlet ? t('problem.entryOutlet', { outlet: entry.outlet }) : '',
    });
    descriptions.set(entry, described);
  }
  return described;
}

const descriptions = new WeakMap<ClaimEntry, string>();

/** A claim's value in dollars; kept per claim, since every message about a figure it conflicts with gives it. */
function describeValue(entry: ClaimEntry): string {
  let described = values.get(entry);
  if (described === undefined) values.set(entry, (described = formatInterval(entry.figure.usd, 'USD', entry.figure.qualifier)));
  return described;
}

const values = new WeakMap<ClaimEntry, string>();

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
  return decoded(path.split(/[\\/]/).pop() ?? path);
}

/**
 * Another article as a message about `here` names it: by its file name when both are in one folder, else
 * by its path from `here`'s folder (`../2023/x.txt`), so that two folders' `x.txt` are never taken for one.
 */
export function fileNameFrom(here: string, other: string): string {
  const folders = (path: string) => path.replace(/^[a-z][\w+.-]*:\/\//i, '').split(/[\\/]/);
  const [from, to] = [folders(here).slice(0, -1), folders(other)];
  let shared = 0;
  while (shared < from.length && shared < to.length - 1 && from[shared] === to[shared]) shared++;
  if (shared === from.length && shared === to.length - 1) return fileName(other);
  return decoded([...from.slice(shared).map(() => '..'), ...to.slice(shared)].join('/'));
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text; // a plain path with a stray `%`
  }
}

// ---------------------------------------------------------------------------------------------
// Stated conversions

/** How far a stated conversion may stray from the rate: rates move, and articles round. */
const CONVERSION_TOLERANCE = 0.2;

function conversions({ path, analysis }: CorpusDocument, idrPerUsd: number, severity: Severity): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  analysis.money.forEach((rupiah, index) => {
    if (rupiah.currency !== 'IDR' || rupiah.conversionOf === null) return;
    // A conversion a power of 1,000 off is a slip of scale (slips.ts).
    if (conversionSlip(analysis.money, index, idrPerUsd) !== 0) return;
    const dollars = analysis.money[rupiah.conversionOf];
    const idr = pointValue(rupiah);
    const usd = pointValue(dollars);
    if (dollars.currency !== 'USD' || idr === null || usd === null || usd === 0 || idr === 0) return;
    const ratio = idr / usd / idrPerUsd;
    if (Math.abs(ratio - 1) <= CONVERSION_TOLERANCE) return;
    const expected = formatAmount(usd * idrPerUsd, 'IDR');
    const factor = ratio < 1 ? 1 / ratio : ratio;
    const how = factor >= 50 ? t(ratio < 1 ? 'problem.tooSmallBy' : 'problem.tooLargeBy', { factor: roundFactor(factor) })
      : t(ratio < 1 ? 'problem.tooLow' : 'problem.tooHigh', { percent: Math.round(Math.abs(ratio - 1) * 100) });
    const rateWords = t(analysis.statedRate === null ? 'problem.rate' : 'problem.ownRate', { rate: Math.round(idrPerUsd).toLocaleString('id-ID') });
    diagnostics.push({
      path, start: rupiah.start, end: rupiah.end, severity, code: 'figure.conversion',
      message: t('problem.conversion', { rupiah: rupiah.text, dollars: dollars.text, rate: rateWords, expected, how }),
      related: [{ path, start: dollars.start, end: dollars.end, message: t('problem.converted', { figure: dollars.text }) }],
    });
  });
  return diagnostics;
}

/** `1012` → `1,000`: the power of ten a slip of units makes. */
function roundFactor(factor: number): string {
  const power = 10 ** Math.round(Math.log10(factor));
  return Math.abs(factor / power - 1) < 0.3 ? power.toLocaleString('en-US') : Math.round(factor).toLocaleString('en-US');
}
