// Properties that hold for any text: the analysis never throws, its spans lie inside the text, are
// ordered and do not overlap within a kind; and adversarial text is analysed without backtracking blow-ups.

import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeArticle } from '../../../server/src/analysis/analyze';
import { builtinLexicon } from '../../../server/src/analysis/lexicon';
import { ArticleAnalysis, Span } from '../../../server/src/analysis/types';

/** Pieces real articles are made of, so random texts hit the parsers' interesting paths. */
const PIECES = [
  '$', 'US$', 'USD', 'Rp', 'Rp.', ' ', '  ', '\n', '\r\n', '\r', ',', '.', '-', '–', '(', ')', '“', '”',
  '1', '14', '1,4', '1.670', '5,83', '10.000', '6.6', 'miliar', 'triliun', 'juta', 'T', 'M', 'dolar', 'AS', 'rupiah',
  'lebih dari', 'hampir', 'sekitar', 'hingga', 'antara', 'dan', 'setara', 'miliaran', 'ratusan', 'multi-', 'beberapa',
  'satu', 'setengah', 'OpenAI', 'Microsoft', 'Google Cloud', 'Sam Altman', 'Altman', 'CEO', 'analis', 'kata',
  'menurut laporan', 'Bloomberg', 'Wall Street Jounral', 'The', 'melaporkan', 'Kabar', 'Harian', 'perusahaan',
  'Nusa', 'Raya', '&', 'Claude', '3.5', 'é', '😀', '\u0000', '\uFEFF', '\uD800',
];

const article = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 }), fc.string({ unit: 'grapheme', maxLength: 3 }), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 60 })
  .map((parts) => parts.join(''));

function assertWellFormed(text: string, analysis: ArticleAnalysis): void {
  const kinds: [string, readonly Span[]][] = [
    ['money', analysis.money], ['entities', analysis.entities], ['attributions', analysis.attributions], ['problems', analysis.problems],
  ];
  for (const [kind, spans] of kinds) {
    let previousEnd = 0;
    for (const span of spans) {
      assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${kind}: integer offsets`);
      assert.ok(span.start >= 0 && span.end <= text.length && span.start < span.end, `${kind}: ${span.start}-${span.end} inside ${text.length}`);
      assert.ok(span.start >= previousEnd, `${kind}: ordered, not overlapping at ${span.start}`);
      previousEnd = span.end;
    }
  }
  for (const figure of analysis.money) {
    assert.equal(figure.text, text.slice(figure.start, figure.end));
    for (const value of [figure.min, figure.max, figure.usd.min, figure.usd.max]) assert.ok(value === null || Number.isFinite(value));
    if (figure.min !== null && figure.max !== null) assert.ok(figure.min <= figure.max, `${figure.text}: min <= max`);
    if (figure.conversionOf !== null) assert.equal(analysis.money[figure.conversionOf].conversionOf, analysis.money.indexOf(figure));
  }
  for (const attribution of analysis.attributions) {
    assert.ok(attribution.phrase.start <= attribution.start && attribution.end <= attribution.phrase.end, 'phrase covers the outlet');
  }
  const ids = new Set(analysis.entities.map((mention) => mention.id));
  for (const claim of analysis.claims) {
    assert.ok(analysis.money[claim.figure], 'a claim names a figure');
    assert.ok(ids.has(claim.subject) && (claim.counterparty === null || ids.has(claim.counterparty)), 'a claim names entities of the article');
    assert.ok(claim.source === null || analysis.attributions[claim.source], 'a claim names an attribution');
  }
  for (const deal of analysis.deals) {
    assert.ok(deal.parties.length >= 1 && deal.parties.every((party) => ids.has(party)), 'a deal names entities of the article');
    assert.ok(deal.amount === null || analysis.money[deal.amount], 'a deal names a figure');
    assert.ok(deal.start >= 0 && deal.end <= text.length && deal.start < deal.end, 'a deal spans its sentence');
  }
}

describe('analysis of any text', () => {
  it('never throws and returns well-formed spans', () => {
    fc.assert(fc.property(article, (text) => assertWellFormed(text, analyzeArticle(text, builtinLexicon()))), { numRuns: 1500 });
  });

  it('gives every alias mention the canonical id of its entity', () => {
    const lexicon = builtinLexicon();
    fc.assert(fc.property(article, (text) => {
      for (const mention of analyzeArticle(text, lexicon).entities) {
        if (mention.source !== 'lexicon') continue;
        assert.equal(lexicon.entries.get(mention.id)?.name, mention.name);
      }
    }), { numRuns: 300 });
  });
});

describe('adversarial input', () => {
  const MEGABYTE = 1 << 20;
  const repeat = (unit: string) => unit.repeat(Math.ceil(MEGABYTE / unit.length)).slice(0, MEGABYTE);
  const cases: [string, string][] = [
    ['dollar signs', repeat('$')],
    ['dotted digits', repeat('1.')],
    ['comma digits', repeat('1,')],
    ['one endless number', '9'.repeat(MEGABYTE)],
    ['scale words', repeat('miliar ')],
    ['currency words', repeat('US$ ')],
    ['qualifiers and ranges', repeat('lebih dari $1 hingga ')],
    ['capitalised words', repeat('Nusa Raya ')],
    ['attribution cues', repeat('menurut laporan ')],
    ['cues with names', repeat('kata Budi Santoso, analis di Sigma & Co ')],
    ['number words', repeat('dua puluh ')],
    ['no spaces', repeat('ab')],
  ];
  for (const [name, text] of cases) {
    // Linear-time patterns take well under a second here; a backtracking blow-up would take hours,
    // so finishing within the suite's timeout is the check. Throughput is measured by `npm run bench`.
    it(`analyses a 1 MB line of ${name}`, () => {
      assertWellFormed(text, analyzeArticle(text, builtinLexicon()));
    });
  }
});
