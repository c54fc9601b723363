// The sample corpus's gold annotations (shared/gold) compared with what the analysis finds:
// every non-optional gold item must be found with the right values, and nothing may be found that
// the gold does not mark (optional items are neither required nor wrong).

import * as fs from 'node:fs';
import * as path from 'node:path';
import { ArticleAnalysis } from '../../server/src/analysis/types';

export interface GoldMoney { start: number; end: number; text: string; currency: string; min: number | null; max: number | null; qualifier: string; optional: boolean }
export interface GoldEntity { start: number; end: number; text: string; canonical: string; type: string }
export interface GoldAttribution { start: number; end: number; text: string; outlet: string; phrase: string }
export interface Gold { file: string; money: GoldMoney[]; entities: GoldEntity[]; attributions: GoldAttribution[] }

export const GOLD_DIR = path.join(__dirname, '..', 'fixtures', 'gold');
export const CORPUS_DIR = path.join(__dirname, '..', '..', 'corpus');

/** The gold files, with the errata (test/fixtures/gold-errata.json) added as optional entities. */
export function loadGold(): Gold[] {
  const errata = JSON.parse(fs.readFileSync(path.join(GOLD_DIR, '..', 'gold-errata.json'), 'utf8')) as {
    entities: (GoldEntity & { file: string })[];
  };
  return fs.readdirSync(GOLD_DIR).filter((name) => name.endsWith('.json')).sort().map((name) => {
    const gold = JSON.parse(fs.readFileSync(path.join(GOLD_DIR, name), 'utf8')) as Gold;
    for (const item of errata.entities.filter((erratum) => erratum.file === gold.file)) {
      gold.entities.push({ start: item.start, end: item.end, text: item.text, canonical: item.text, type: 'optional' });
    }
    return gold;
  });
}

export function readCorpusFile(file: string): string {
  return fs.readFileSync(path.join(CORPUS_DIR, file), 'utf8');
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** Every difference between the gold and the analysis, one line each; empty when they agree. */
export function compareWithGold(gold: Gold, analysis: ArticleAnalysis): string[] {
  const out: string[] = [];
  const where = (item: { start: number; end: number; text: string }) => `${gold.file}@${item.start}-${item.end} "${item.text}"`;

  for (const expected of gold.money) {
    if (expected.optional) continue;
    const found = analysis.money.find((figure) => figure.start === expected.start && figure.end === expected.end);
    if (!found) {
      out.push(`money missing: ${where(expected)}`);
      continue;
    }
    const want = `${expected.currency} ${expected.min}..${expected.max} ${expected.qualifier}`;
    const got = `${found.currency} ${found.min}..${found.max} ${found.qualifier}`;
    if (want !== got) out.push(`money differs: ${where(expected)}: want ${want}, got ${got}`);
  }
  for (const figure of analysis.money) {
    if (!gold.money.some((expected) => overlaps(expected, figure))) out.push(`money invented: ${where(figure)}`);
  }

  for (const expected of gold.entities) {
    if (expected.type === 'optional') continue;
    const found = analysis.entities.find((mention) => mention.start === expected.start && mention.end === expected.end);
    if (!found) out.push(`entity missing: ${where(expected)} (${expected.type} ${expected.canonical})`);
    else if (found.name !== expected.canonical || found.type !== expected.type) {
      out.push(`entity differs: ${where(expected)}: want ${expected.type} ${expected.canonical}, got ${found.type} ${found.name}`);
    }
  }
  for (const mention of analysis.entities) {
    if (!gold.entities.some((expected) => overlaps(expected, mention))) {
      out.push(`entity invented: ${where(mention)} (${mention.type} ${mention.name}, ${mention.source})`);
    }
  }

  for (const expected of gold.attributions) {
    const found = analysis.attributions.find((attribution) => attribution.start === expected.start && attribution.end === expected.end);
    if (!found) out.push(`attribution missing: ${where(expected)} "${expected.phrase}"`);
    else if (found.outlet !== expected.outlet) out.push(`attribution differs: ${where(expected)}: want ${expected.outlet}, got ${found.outlet}`);
  }
  for (const attribution of analysis.attributions) {
    if (!gold.attributions.some((expected) => overlaps(expected, attribution))) out.push(`attribution invented: ${where(attribution)}`);
  }
  return out;
}
