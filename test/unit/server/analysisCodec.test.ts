// The cache's rows of numbers: every analysis comes back as it went in, key order included, and any
// row that is not what the format says makes its entry unusable rather than half made.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { analyzeArticle } from '../../../server/src/analysis/analyze';
import { builtinLexicon } from '../../../server/src/analysis/lexicon';
import { StringsOut, decodeAnalysis, encodeAnalysis } from '../../../server/src/analysisCodec';

const ROOT = path.join(__dirname, '..', '..', '..');

function articles(): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const file = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith('.txt')) found.push(fs.readFileSync(file, 'utf8'));
    }
  };
  walk(path.join(ROOT, 'corpus'));
  walk(path.join(ROOT, 'test', 'fixtures'));
  return found;
}

/** Encodes analyses into one table, as a cache file does, and decodes them with the table as read. */
function roundTrip(analyses: ReturnType<typeof analyzeArticle>[]) {
  const out = new StringsOut();
  const rows = analyses.map((analysis) => JSON.parse(JSON.stringify(encodeAnalysis(analysis, out))) as unknown);
  const table = out.take();
  return rows.map((row) => decodeAnalysis(row, table));
}

describe('the analysis codec', () => {
  it('gives back every fixture article\'s analysis exactly, key order included', () => {
    const texts = articles();
    assert.ok(texts.length > 50, `${texts.length} articles`);
    const analyses = texts.map((text) => analyzeArticle(text, builtinLexicon()));
    const decoded = roundTrip(analyses);
    analyses.forEach((analysis, i) => assert.equal(JSON.stringify(decoded[i]), JSON.stringify(analysis)));
    const kinds = (key: 'money' | 'entities' | 'attributions' | 'claims' | 'deals' | 'problems') => analyses.filter((analysis) => analysis[key].length > 0).length;
    // The fixtures exercise every row kind, dated claims and stated rates.
    for (const key of ['money', 'entities', 'attributions', 'claims', 'deals', 'problems'] as const) assert.ok(kinds(key) > 0, key);
    assert.ok(analyses.some((analysis) => analysis.claims.some((claim) => claim.time !== null)));
    assert.ok(analyses.some((analysis) => analysis.published.span !== null));
  });

  it('shares one copy of each string across analyses', () => {
    const text = 'OpenAI menerima US$10 miliar dari Microsoft. OpenAI kini bernilai US$500 miliar.';
    const [a, b] = roundTrip([analyzeArticle(text, builtinLexicon()), analyzeArticle(text, builtinLexicon())]);
    assert.ok(a && b);
    assert.equal(a.entities[0].id, 'openai');
    assert.ok(Object.is(a.entities[0].name, b.entities[0].name));
  });

  it('refuses rows that are not what the format says', () => {
    const text = 'Menurut Reuters, OpenAI menerima US$10 miliar dari Microsoft pada 2025.';
    const out = new StringsOut();
    const rows = encodeAnalysis(analyzeArticle(text, builtinLexicon()), out) as unknown[];
    const table = out.take();
    assert.ok(decodeAnalysis(rows, table));
    const broken = (at: number, value: unknown) => rows.map((row, i) => (i === at ? value : row));
    const cases: Record<string, unknown> = {
      'not an array': { money: [{}] },
      'too short': rows.slice(0, 11),
      'a money row of objects': broken(6, [{}]),
      'a mention row of the wrong length': broken(7, (rows[7] as number[]).slice(0, 6)),
      'a string not in the table': broken(7, (rows[7] as number[]).map((value, i) => (i === 3 ? 9999 : value))),
      'a null mention': broken(7, [null]),
      'an offset that is text': broken(8, (rows[8] as unknown[]).map((value, i) => (i === 0 ? 'x' : value))),
      'a deal with too many parties': broken(10, [0, 10, 99, 0]),
      'a problem without a message': broken(11, [{ start: 0, end: 1, code: 'outlet.misspelled', severity: 'warning' }]),
    };
    for (const [name, value] of Object.entries(cases)) assert.equal(decodeAnalysis(value, table), undefined, name);
  });

  it('never throws on a row changed at random, whatever it holds', () => {
    const text = 'Menurut Reuters, OpenAI menerima US$10 miliar dari Microsoft pada 2025. "Wall Street Jounral" menulis.';
    const out = new StringsOut();
    const rows = JSON.parse(JSON.stringify(encodeAnalysis(analyzeArticle(text, builtinLexicon()), out))) as unknown;
    const table = out.take();
    const junk = fc.oneof(fc.constant(null), fc.constant(undefined), fc.integer({ min: -3, max: 9999 }), fc.double(), fc.string(), fc.constant({}), fc.constant([]), fc.array(fc.constant(null)));
    /** Replaces the value at a random path of the row (any depth) with junk. */
    const mutate = (value: unknown, path: number[], replacement: unknown): unknown => {
      if (path.length === 0 || !Array.isArray(value) || value.length === 0) return replacement;
      const [step, ...rest] = path;
      const at = step % value.length;
      return value.map((item, i) => (i === at ? mutate(item, rest, replacement) : item));
    };
    fc.assert(fc.property(fc.array(fc.nat(), { maxLength: 4 }), junk, (path, replacement) => {
      const decoded = decodeAnalysis(mutate(rows, path, replacement), table);
      assert.ok(decoded === undefined || typeof decoded === 'object');
    }), { numRuns: 2000 });
  });
});
