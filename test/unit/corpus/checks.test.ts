// The corpus checks on a fixture corpus: pairs of short articles that agree, disagree, differ only
// by period, set a projection against a fact, convert a figure, and tell one deal twice. Each case
// asserts every diagnostic the corpus gets, so a false conflict anywhere fails it.

import * as assert from 'node:assert/strict';
import { analyzeArticle } from '../../../server/src/analysis/analyze';
import { builtinLexicon } from '../../../server/src/analysis/lexicon';
import { checkCorpus } from '../../../server/src/corpus/checks';
import { corpusDeals } from '../../../server/src/corpus/deals';
import { chooseRate } from '../../../server/src/corpus/rate';
import { withRate } from '../../../server/src/analysis/money';
import { CORPUS_DIR, readCorpusFile } from '../../support/gold';
import * as fs from 'node:fs';

function corpusOf(articles: Record<string, string>) {
  const documents = Object.entries(articles).map(([path, text]) => ({ path, text, analysis: analyzeArticle(text, builtinLexicon()) }));
  const rate = chooseRate(documents.map((document) => document.analysis), undefined);
  for (const document of documents) document.analysis = { ...document.analysis, money: withRate(document.analysis.money, rate.idrPerUsd) };
  return { documents, rate };
}

/** Each diagnostic as `path "figure": code → related paths`, the messages checked separately. */
function checkDiagnostics(articles: Record<string, string>, expected: string[]): void {
  const { documents, rate } = corpusOf(articles);
  const texts = new Map(documents.map((document) => [document.path, document.text]));
  const rendered = checkCorpus(documents, { idrPerUsd: rate.idrPerUsd }).map((diagnostic) =>
    `${diagnostic.path} "${texts.get(diagnostic.path)!.slice(diagnostic.start, diagnostic.end)}": ${diagnostic.code}` +
    (diagnostic.related.length ? ` → ${diagnostic.related.map((related) => `${related.path} "${texts.get(related.path)!.slice(related.start, related.end)}"`).join(', ')}` : ''));
  assert.deepEqual(rendered, expected);
}

describe('figure conflicts across a fixture corpus', () => {
  it('lets over and under agree where both can hold', () => {
    checkDiagnostics({
      'a.txt': 'Sejak 2019, Microsoft telah menjadi investor terbesar OpenAI, dengan komitmen lebih dari $13 miliar.',
      'b.txt': 'Microsoft, yang telah menginvestasikan hampir $14 miliar pada OpenAI sejak tahun 2019, tetap mitra utama.',
    }, []);
  });

  it('flags a valuation that cannot hold with another, on both figures', () => {
    checkDiagnostics({
      'a.txt': 'Menurut laporan Fortune, kesepakatan ini berpotensi meningkatkan valuasi OpenAI melebihi 500 miliar dolar AS.',
      'b.txt': 'Tantangan keuangan OpenAI makin berat. Meskipun perkiraan valuasinya sebesar $157 miliar, ia terus merugi.',
    }, [
      'a.txt "melebihi 500 miliar dolar AS": figure.conflict → b.txt "$157 miliar"',
      'b.txt "$157 miliar": figure.conflict → a.txt "melebihi 500 miliar dolar AS"',
    ]);
  });

  it('does not compare figures of different periods', () => {
    checkDiagnostics({
      'a.txt': 'OpenAI memproyeksikan kerugian operasional sebesar $74 miliar pada tahun 2028.',
      'b.txt': 'OpenAI memproyeksikan kerugian sebesar $5 miliar pada tahun 2024.',
    }, []);
  });

  it('does not set a projection against a reported fact', () => {
    checkDiagnostics({
      'a.txt': 'Nvidia memproyeksikan pendapatan tahun 2025 sebesar $150 miliar.',
      'b.txt': 'Pendapatan Nvidia pada tahun 2025 mencapai $130 miliar, menurut laporan Reuters.',
    }, []);
  });

  it('flags two reported figures for the same fact and period that disagree', () => {
    checkDiagnostics({
      'a.txt': 'Pendapatan Nvidia pada tahun 2025 mencapai $130 miliar, menurut laporan Reuters.',
      'b.txt': 'Kata Bloomberg, pendapatan Nvidia pada tahun 2025 sebesar $95 miliar.',
    }, [
      'a.txt "$130 miliar": figure.conflict → b.txt "$95 miliar"',
      'b.txt "$95 miliar": figure.conflict → a.txt "$130 miliar"',
    ]);
  });

  it('does not compare different metrics, or a figure with no company', () => {
    checkDiagnostics({
      'a.txt': 'Proyek Stargate senilai $500 miliar diumumkan. Dengan komitmen awal sebesar $100 miliar, Stargate mulai membangun.',
      'b.txt': 'Dalam contoh lain, perusahaan menghabiskan lebih dari $500 miliar untuk kabel serat optik.',
    }, []);
  });

  it('allows rounding and approximation', () => {
    checkDiagnostics({
      'a.txt': 'OpenAI memproyeksikan kerugian sebesar $74 miliar pada tahun 2028.',
      'b.txt': 'OpenAI memperkirakan kerugian operasionalnya pada tahun 2028 akan membengkak menjadi sekitar $78 miliar.',
    }, []);
  });
});

describe('stated conversions', () => {
  it('accepts a sound conversion and flags a thousandfold slip against the corpus rate', () => {
    checkDiagnostics({
      'a.txt': 'Amazon mempertimbangkan investasi 10 miliar dolar AS ke OpenAI. Jumlah ini setara dengan sekitar 167,2 triliun rupiah.',
      'b.txt': 'Nilai kesepakatan itu US$97,4 miliar (Rp1,51 triliun).',
    }, ['b.txt "Rp1,51 triliun": figure.conversion → b.txt "US$97,4 miliar"']);
    const { documents, rate } = corpusOf({
      'a.txt': 'Amazon mempertimbangkan investasi 10 miliar dolar AS ke OpenAI. Jumlah ini setara dengan sekitar 167,2 triliun rupiah.',
      'b.txt': 'Nilai kesepakatan itu US$97,4 miliar (Rp1,51 triliun).',
    });
    assert.equal(rate.idrPerUsd, 16720, 'the slip does not move the rate');
    assert.match(checkCorpus(documents, { idrPerUsd: rate.idrPerUsd })[0].message,
      /^"Rp1,51 triliun" restates "US\$97,4 miliar", but at Rp16\.720 per US\$ that is about Rp1\.628,53 triliun: the stated amount is about 1,000× too small\.$/);
  });
});

describe('the corpus deal list', () => {
  it('merges one deal told by two outlets and keeps both sources', () => {
    const { documents } = corpusOf({
      'a.txt': 'Menurut laporan Fortune, Amazon sedang mempertimbangkan investasi sebesar 10 miliar dolar AS ke OpenAI.',
      'b.txt': 'Amazon dalam pembicaraan untuk menginvestasikan $10 miliar ke OpenAI, kata Reuters.',
    });
    const deals = corpusDeals(documents);
    assert.deepEqual(deals.map((deal) => ({
      parties: deal.parties.map((party) => party.name), kind: deal.kind, status: deal.status,
      sources: deal.sources.map((source) => `${source.path} ${source.outlet}`),
    })), [{ parties: ['Amazon', 'OpenAI'], kind: 'investment', status: 'talks', sources: ['a.txt Fortune', 'b.txt Reuters'] }]);
    assert.deepEqual(checkCorpus(documents, { idrPerUsd: 16500 }), []);
  });
});

describe('the sample corpus', () => {
  const documents = fs.readdirSync(CORPUS_DIR).filter((name) => name.endsWith('.txt')).sort()
    .map((name) => ({ path: name, text: readCorpusFile(name) }));
  const articles = Object.fromEntries(documents.map((document) => [document.path, document.text]));

  it('flags OpenAI\'s valuation and the misspelled outlet, and nothing else', () => {
    checkDiagnostics(articles, [
      '001_768f33f5f5a4950a.txt "melebihi 500 miliar dolar AS": figure.conflict → 004_b2420362a5bff234.txt "$157 miliar"',
      '002_cb86baf73aef99c8.txt "Wall Street Jounral": outlet.misspelled',
      '004_b2420362a5bff234.txt "$157 miliar": figure.conflict → 001_768f33f5f5a4950a.txt "melebihi 500 miliar dolar AS"',
    ]);
  });

  it('says what differs in the conflict', () => {
    const { documents: loaded, rate } = corpusOf(articles);
    const conflict = checkCorpus(loaded, { idrPerUsd: rate.idrPerUsd }).find((diagnostic) => diagnostic.path.startsWith('004'))!;
    assert.equal(conflict.message,
      'Conflicting figures for OpenAI\'s valuation: "$157 miliar" (US$157 miliar) cannot hold together with ' +
      '001_768f33f5f5a4950a.txt: "melebihi 500 miliar dolar AS" (≥ US$500 miliar, potential, per Fortune). Also: reported here, potential there.');
  });

  it('lists the deals the issue names, merging the one two articles tell', () => {
    const { documents: loaded } = corpusOf(articles);
    const deals = corpusDeals(loaded).map((deal) =>
      `${deal.parties.map((party) => party.name).join('+')} ${deal.kind} ${deal.status}${deal.amount ? ` ${deal.amount.text}` : ''} [${deal.sources.length}]`);
    for (const expected of [
      'Anthropic+Google Cloud cloud projected [1]',
      'Google+Anthropic investment completed lebih dari 2 miliar dolar AS [1]',
      'Amazon+Anthropic investment announced di atas 4 miliar dolar AS [1]',
      'Amazon+OpenAI investment talks 10 miliar dolar AS [1]',
      'OpenAI+Oracle cloud announced $300 miliar [1]',
      'OpenAI+Nvidia chips announced [1]',
      'OpenAI+AMD chips announced [1]',
      'SoftBank+Nvidia stake completed $5,83 miliar [1]',
      'OpenAI+Microsoft partnership talks [1]',
      'Microsoft+OpenAI investment completed lebih dari $13 miliar [2]',
      'Stargate+OpenAI+SoftBank+Oracle other announced $500 miliar [1]',
      'SoftBank+OpenAI stake projected $1,5 Miliar [1]',
    ]) assert.ok(deals.includes(expected), `${expected}\nin:\n${deals.join('\n')}`);
  });
});
