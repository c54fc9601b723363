// The development sets' scorer: precision, recall and F1 of money figures, entities and attributions
// against gold annotations, matched exactly as shared/eval/score.py matches them (spans overlap and
// the values agree; greedy, one to one; optional gold items count neither way). A port, so that the
// scores are a test, not a script someone must remember to run.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeArticle } from '../../server/src/analysis/analyze';
import { Lexicon, builtinLexicon } from '../../server/src/analysis/lexicon';
import { ArticleAnalysis } from '../../server/src/analysis/types';

export type ScoredList = 'money' | 'entities' | 'attributions';
export const SCORED_LISTS: readonly ScoredList[] = ['money', 'entities', 'attributions'];

export interface Counts { tp: number; fn: number; fp: number }
export interface Score extends Counts { precision: number; recall: number; f1: number }
export interface SetScore { files: number; scores: Record<ScoredList, Score>; errors: string[] }

interface Span { start: number; end: number; text?: string }
interface GoldItem extends Span { optional?: boolean; type?: string; currency?: string; min?: number | null; max?: number | null; canonical?: string; outlet?: string }
interface GoldFile { file: string; money: GoldItem[]; entities: GoldItem[]; attributions: GoldItem[] }

const SCORED_ENTITY_TYPES = new Set(['org', 'person', 'product', 'project', 'outlet']);

/** A development set on disk: `articles/NAME.txt` beside `gold/NAME.json`. */
export function scoreFolder(folder: string, lexicon: Lexicon = builtinLexicon()): SetScore {
  const goldFolder = path.join(folder, 'gold');
  const golds = fs.readdirSync(goldFolder).filter((name) => name.endsWith('.json') && !['conflicts.json', 'dates.json'].includes(name)).sort()
    .map((name) => JSON.parse(fs.readFileSync(path.join(goldFolder, name), 'utf8')) as GoldFile);
  return scoreGold(golds.map((gold) => ({ gold, analysis: analyzeArticle(fs.readFileSync(path.join(folder, 'articles', gold.file), 'utf8'), lexicon) })));
}

export function scoreGold(pairs: readonly { gold: GoldFile; analysis: ArticleAnalysis }[]): SetScore {
  const totals: Record<ScoredList, Counts> = { money: { tp: 0, fn: 0, fp: 0 }, entities: { tp: 0, fn: 0, fp: 0 }, attributions: { tp: 0, fn: 0, fp: 0 } };
  const errors: string[] = [];
  for (const { gold, analysis } of pairs) {
    const predicted: Record<ScoredList, (Span & Record<string, unknown>)[]> = {
      money: analysis.money.map((figure) => ({ ...figure })),
      entities: analysis.entities.filter((mention) => SCORED_ENTITY_TYPES.has(mention.type)).map((mention) => ({ ...mention })),
      attributions: analysis.attributions.map((attribution) => ({ ...attribution })),
    };
    const same: Record<ScoredList, (gold: GoldItem, predicted: Record<string, unknown>) => boolean> = {
      money: (g, p) => g.currency === p.currency && close(g.min ?? null, p.min as number | null) && close(g.max ?? null, p.max as number | null),
      entities: (g, p) => g.type === 'optional' || norm(g.canonical) === norm(p.name as string),
      attributions: (g, p) => norm(g.outlet) === norm(p.outlet as string),
    };
    for (const list of SCORED_LISTS) {
      const { counts, misses, falseHits } = match(gold[list], predicted[list], same[list]);
      totals[list].tp += counts.tp;
      totals[list].fn += counts.fn;
      totals[list].fp += counts.fp;
      for (const miss of misses) errors.push(`${gold.file} ${list} missed ${JSON.stringify(miss.text)} (${miss.canonical ?? miss.outlet ?? `${miss.currency} ${miss.min}–${miss.max}`})`);
      for (const hit of falseHits) errors.push(`${gold.file} ${list} false ${JSON.stringify(hit.text)} (${String(hit.name ?? hit.outlet ?? `${hit.currency} ${hit.min}–${hit.max}`)})`);
    }
  }
  const scores = Object.fromEntries(SCORED_LISTS.map((list) => [list, withRates(totals[list])])) as Record<ScoredList, Score>;
  return { files: pairs.length, scores, errors };
}

/** Several sets' counts added up. */
export function combined(sets: readonly SetScore[]): SetScore {
  const scores = Object.fromEntries(SCORED_LISTS.map((list) => [list, withRates(sets.reduce<Counts>((sum, set) => ({
    tp: sum.tp + set.scores[list].tp, fn: sum.fn + set.scores[list].fn, fp: sum.fp + set.scores[list].fp,
  }), { tp: 0, fn: 0, fp: 0 }))])) as Record<ScoredList, Score>;
  return { files: sets.reduce((sum, set) => sum + set.files, 0), scores, errors: sets.flatMap((set) => set.errors) };
}

function match(gold: readonly GoldItem[], predicted: readonly (Span & Record<string, unknown>)[], same: (gold: GoldItem, predicted: Record<string, unknown>) => boolean) {
  const used = new Set<number>();
  const counts: Counts = { tp: 0, fn: 0, fp: 0 };
  const misses: GoldItem[] = [];
  const optional = (item: GoldItem) => item.optional === true || item.type === 'optional';
  for (const item of gold) {
    const hit = predicted.findIndex((candidate, index) => !used.has(index) && overlaps(item, candidate) && same(item, candidate));
    if (hit !== -1) {
      used.add(hit);
      if (!optional(item)) counts.tp++;
    } else if (!optional(item)) {
      counts.fn++;
      misses.push(item);
    }
  }
  // Predictions overlapping an optional gold item are forgiven.
  const falseHits = predicted.filter((candidate, index) => !used.has(index) && !gold.some((item) => optional(item) && overlaps(item, candidate)));
  counts.fp = falseHits.length;
  return { counts, misses, falseHits };
}

function withRates(counts: Counts): Score {
  const precision = counts.tp + counts.fp ? counts.tp / (counts.tp + counts.fp) : 1;
  const recall = counts.tp + counts.fn ? counts.tp / (counts.tp + counts.fn) : 1;
  return { ...counts, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

function norm(value: string | undefined): string {
  return (value ?? '').toLowerCase().replace(/the /g, '').replace(/[^a-z0-9]/g, '');
}

function close(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === null && b === null;
  return Math.abs(a - b) <= 0.005 * Math.max(Math.abs(a), Math.abs(b), 1);
}

/** One line per list: `money P=0.951 R=0.951 F1=0.951 (tp=78 fn=4 fp=4)`. */
export function scoreLines(score: SetScore): string[] {
  return SCORED_LISTS.map((list) => {
    const { precision, recall, f1, tp, fn, fp } = score.scores[list];
    return `${list.padEnd(13)} P=${precision.toFixed(3)} R=${recall.toFixed(3)} F1=${f1.toFixed(3)} (tp=${tp} fn=${fn} fp=${fp})`;
  });
}
