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
      'a.txt': 'Jakarta, Senin (7/10/2024) - Microsoft telah menjadi investor terbesar OpenAI, dengan komitmen lebih dari $13 miliar.',
      'b.txt': 'Jakarta, Selasa (8/10/2024) - Microsoft, yang telah menginvestasikan hampir $14 miliar pada OpenAI, tetap mitra utama.',
    }, []);
  });

  it('flags two outlets giving different figures for one valuation in the same week, on both figures', () => {
    checkDiagnostics({
      'a.txt': 'Jakarta, Kamis (3/10/2024) - Menurut laporan Reuters, valuasi OpenAI kini mencapai $157 miliar.',
      'b.txt': 'Jakarta, Sabtu (5/10/2024) - Mengutip Bloomberg, valuasi OpenAI saat ini sebesar $86 miliar.',
    }, [
      'a.txt "$157 miliar": figure.conflict → b.txt "$86 miliar"',
      'b.txt "$86 miliar": figure.conflict → a.txt "$157 miliar"',
    ]);
  });

  it('takes the date from a file name when the text has none', () => {
    checkDiagnostics({
      'a-2024-10-03.txt': 'Menurut laporan Reuters, valuasi OpenAI kini mencapai $157 miliar.',
      'b-2024-10-04.txt': 'Mengutip Bloomberg, valuasi OpenAI saat ini sebesar $86 miliar.',
    }, [
      'a-2024-10-03.txt "$157 miliar": figure.conflict → b-2024-10-04.txt "$86 miliar"',
      'b-2024-10-04.txt "$86 miliar": figure.conflict → a-2024-10-03.txt "$157 miliar"',
    ]);
  });

  it('does not weigh the same fact at different times, or at an unknown time', () => {
    checkDiagnostics({
      'a.txt': 'Jakarta, Selasa (23/1/2024) - Menurut laporan Reuters, valuasi OpenAI kini mencapai $86 miliar.',
      'b.txt': 'Jakarta, Kamis (3/10/2024) - Valuasi OpenAI saat ini sebesar $157 miliar.',
      'c.txt': 'Valuasi OpenAI sebesar $300 miliar, menurut Fortune.',
      'd.txt': 'Pada Oktober 2025, valuasi OpenAI mencapai $500 miliar. Pada Maret 2025 valuasinya $300 miliar.',
    }, []);
  });

  it('does not compare figures of different periods, nor the two periods of one comparison', () => {
    checkDiagnostics({
      'a.txt': 'OpenAI memproyeksikan kerugian operasional sebesar $74 miliar pada tahun 2028.',
      'b.txt': 'OpenAI memproyeksikan kerugian sebesar $5 miliar pada tahun 2024.',
      'c.txt': 'Laba bersih Nvidia pada kuartal III 2025 naik menjadi USD 30,1 miliar dari USD 26,5 miliar.',
      'd.txt': 'Laba bersih Nvidia pada kuartal III 2025 tercatat USD 30 miliar.',
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

  it('allows rounding and approximation', () => {
    checkDiagnostics({
      'a.txt': 'OpenAI memproyeksikan kerugian sebesar $74 miliar pada tahun 2028.',
      'b.txt': 'OpenAI memperkirakan kerugian operasionalnya pada tahun 2028 akan membengkak menjadi sekitar $78 miliar.',
    }, []);
  });

  it('lets a rounded figure stand for the values it rounds, and no more', () => {
    checkDiagnostics({
      'a.txt': 'Jakarta, Kamis (19/6/2025) - Meta kini menginvestasikan $14 miliar di Scale AI.',
      'b.txt': 'Jakarta, Jumat (20/6/2025) - Meta menginvestasikan US$14,3 miliar di Scale AI.',
      'c.txt': 'Jakarta, Sabtu (21/6/2025) - Meta menginvestasikan US$15,2 miliar di Scale AI.',
    }, [
      'a.txt "$14 miliar": figure.conflict → c.txt "US$15,2 miliar"',
      'b.txt "US$14,3 miliar": figure.conflict → c.txt "US$15,2 miliar"',
      'c.txt "US$15,2 miliar": figure.conflict → a.txt "$14 miliar", b.txt "US$14,3 miliar"',
    ]);
  });

  it('gives each listed investor its own amount', () => {
    checkDiagnostics({
      'a.txt': 'Jakarta, Kamis (3/10/2024) - Putaran ini dipimpin Thrive Capital, yang menanamkan $1 miliar, diikuti Microsoft (sekitar $750 juta), SoftBank ($500 juta) dan Nvidia ($100 juta).',
    }, []);
  });

  it('tells a round from its valuation, and reads no fact in a rate, a threshold or a difference', () => {
    checkDiagnostics({
      'a.txt': 'Jakarta, Kamis (3/10/2024) - OpenAI menghimpun $6,6 miliar dengan valuasi post-money $157 miliar.',
      'b.txt': 'Jakarta, Jumat (4/10/2024) - OpenAI meraup pendanaan $6,6 miliar. Valuasi OpenAI kini $157 miliar.',
      'c.txt': 'Jakarta, Jumat (4/10/2024) - Kurs Rp 16.410 per dolar AS. Aturan berlaku selama pendapatan OpenAI di bawah US$5 juta. Laba Nvidia bertambah USD3,2 miliar.',
    }, []);
  });
});

describe('whose round', () => {
  it('gives a round to the company funded, not the investor that leads it', () => {
    checkDiagnostics({
      'a.txt': 'Jakarta, Rabu (5/2/2025) - SoftBank memimpin putaran pendanaan senilai 40 miliar dolar AS bagi OpenAI.',
      'b.txt': 'Jakarta, Kamis (6/2/2025) - OpenAI kini menghimpun pendanaan 25 miliar dolar AS.',
    }, [
      'a.txt "40 miliar dolar AS": figure.conflict → b.txt "25 miliar dolar AS"',
      'b.txt "25 miliar dolar AS": figure.conflict → a.txt "40 miliar dolar AS"',
    ]);
  });

  it('does not weigh a month stated in the text against a date a week after it', () => {
    checkDiagnostics({
      'a.txt': 'Jakarta, Rabu (5/2/2025) - Pada Januari lalu, valuasi OpenAI mencapai 300 miliar dolar AS. Kini valuasi OpenAI 340 miliar dolar AS.',
    }, []);
  });
});

describe('multi-year totals', () => {
  it('does not weigh a total over years against a near-term tranche', () => {
    checkDiagnostics({
      'a.txt': 'Jakarta, Kamis (23/1/2025) - Stargate membawa nilai investasi US$500 miliar untuk empat tahun mendatang.',
      'b.txt': 'Jakarta, Jumat (24/1/2025) - Pada tahap awal, Stargate mendapat investasi US$100 miliar.',
    }, []);
  });
});

describe('slips of scale', () => {
  it('reads a misspelt scale word, so a sound conversion is no slip', () => {
    checkDiagnostics({
      'a.txt': 'Microsoft mengumumkan investasi senilai USD1,7 miliar atau setara dengan Rp27,6 trilliun.',
    }, []);
  });

  it('reads a conversion set off by a dash, and flags it a thousand off', () => {
    checkDiagnostics({
      'a.txt': 'Nvidia kini memiliki nilai $3,34 triliun—sekitar Rp 54,736 triliun—nyaris dua kali lipat.',
    }, ['a.txt "sekitar Rp 54,736 triliun": figure.slip → a.txt "$3,34 triliun"']);
  });

  it('flags the same digits at scales a thousand apart, naming the figure meant', () => {
    const articles = {
      'a.txt': 'Startup itu menghimpun dana $4,5 miliar dari investor. Dana $4,5 juta itu akan dipakai membangun pusat data senilai $10 miliar.',
    };
    checkDiagnostics(articles, ['a.txt "$4,5 juta": figure.slip → a.txt "$4,5 miliar"']);
    const { documents, rate } = corpusOf(articles);
    const [slip] = checkCorpus(documents, { idrPerUsd: rate.idrPerUsd });
    assert.equal(slip.expected, '$4,5 miliar');
  });

  it('flags a headline figure against its body, and leaves different figures alone', () => {
    checkDiagnostics({
      'a.txt': 'Musk Tawar OpenAI Rp1,51 Triliun\nKonsorsium Elon Musk menawar OpenAI senilai $97,4 miliar atau sekitar Rp1.510 triliun.',
      'b.txt': 'Microsoft berinvestasi $1,5 miliar di G42. Di Indonesia, Microsoft menanamkan $1,7 miliar.',
    }, ['a.txt "Rp1,51 Triliun": figure.slip → a.txt "sekitar Rp1.510 triliun"']);
  });
});

describe('stated conversions', () => {
  it('accepts a sound conversion and flags a thousandfold one as a slip against the corpus rate', () => {
    checkDiagnostics({
      'a.txt': 'Amazon mempertimbangkan investasi 10 miliar dolar AS ke OpenAI. Jumlah ini setara dengan sekitar 167,2 triliun rupiah.',
      'b.txt': 'Nilai kesepakatan itu US$97,4 miliar (Rp1,51 triliun).',
    }, ['b.txt "Rp1,51 triliun": figure.slip → b.txt "US$97,4 miliar"']);
    const { documents, rate } = corpusOf({
      'a.txt': 'Amazon mempertimbangkan investasi 10 miliar dolar AS ke OpenAI. Jumlah ini setara dengan sekitar 167,2 triliun rupiah.',
      'b.txt': 'Nilai kesepakatan itu US$97,4 miliar (Rp1,51 triliun).',
    });
    assert.equal(rate.idrPerUsd, 16720, 'the slip does not move the rate');
    const [slip] = checkCorpus(documents, { idrPerUsd: rate.idrPerUsd });
    assert.equal(slip.message, '"Rp1,51 triliun" restates "US$97,4 miliar", but at Rp16.720 per US$ that is about Rp1.628,53 triliun: 1,000× too small: probably a slip for "Rp1.510 triliun".');
    assert.equal(slip.expected, 'Rp1.510 triliun');
  });

  it('calls a conversion any power of 1,000 off a slip, and writes the figure meant in a scale word reporting uses', () => {
    const { documents } = corpusOf({ 'a.txt': 'Microsoft akan menanam investasi sebesar 80 miliar USD atau sekitar Rp 1,295 juta.' });
    const [slip] = checkCorpus(documents, { idrPerUsd: 16_220 });
    assert.deepEqual({ code: slip.code, expected: slip.expected }, { code: 'figure.slip', expected: 'sekitar Rp 1.295 triliun' });
  });

  it('checks an article\'s conversions against the rate it states itself', () => {
    checkDiagnostics({
      'a.txt': 'Investasinya 1 miliar dolar AS, kira-kira Rp 14 triliun bila memakai kurs Rp14.000 per dolar AS.',
      'b.txt': 'Amazon mempertimbangkan investasi 10 miliar dolar AS ke OpenAI, setara sekitar 167,2 triliun rupiah.',
    }, []);
  });
});

describe('conflict messages', () => {
  it('say in one line what disagrees, in how many articles and when, and relate every conflicting figure', () => {
    const articles: Record<string, string> = { 'a-2024-10-01.txt': 'Valuasi OpenAI kini sebesar $157 miliar.' };
    for (let day = 2; day <= 8; day++) articles[`x${day}-2024-10-0${day}.txt`] = `Valuasi OpenAI kini sebesar $${day % 2 ? 86 : 90} miliar.`;
    const { documents } = corpusOf(articles);
    const [diagnostic] = checkCorpus(documents, { idrPerUsd: 16500 }).filter((found) => found.path === 'a-2024-10-01.txt');
    assert.equal(diagnostic.message, "OpenAI's valuation: US$157 miliar here (around 1 Oct 2024) vs US$90 miliar and US$86 miliar in 7 articles (around 2 Oct 2024 – 8 Oct 2024)");
    assert.equal(diagnostic.related.length, 7, 'every conflicting figure, not the first five');
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

  it('never merges talks into the deal that happened, so no deal lists sources of another kind of status', () => {
    const { documents } = corpusOf({
      'a.txt': 'Amazon dalam pembicaraan untuk menginvestasikan $4 miliar ke Anthropic, kata Reuters.',
      'b.txt': 'Amazon telah menyelesaikan investasi $4 miliar ke Anthropic.',
      'c.txt': 'Amazon mengumumkan investasi $4 miliar ke Anthropic.',
    });
    assert.deepEqual(corpusDeals(documents).map((deal) => `${deal.status}: ${deal.sources.map((source) => `${source.path} ${source.status}`).join(', ')}`), [
      'talks: a.txt talks',
      'completed: b.txt completed, c.txt announced',
    ]);
  });
});

describe('the sample corpus', () => {
  const documents = fs.readdirSync(CORPUS_DIR).filter((name) => name.endsWith('.txt')).sort()
    .map((name) => ({ path: name, text: readCorpusFile(name) }));
  const articles = Object.fromEntries(documents.map((document) => [document.path, document.text]));

  it('flags the misspelled outlet and nothing else: its valuations are undated, and one is only potential', () => {
    checkDiagnostics(articles, ['002_cb86baf73aef99c8.txt "Wall Street Jounral": outlet.misspelled']);
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

describe('deals over time', () => {
  it('keeps two deals of the same parties and kind apart when they were told years apart', () => {
    const { documents } = corpusOf({
      'a.txt': 'Jakarta, Jumat (17/1/2020) - Microsoft berencana menginvestasikan 1 miliar dolar AS di Indonesia melalui kemitraan dengan Telkom.',
      'b.txt': 'Jakarta, Selasa (30/4/2024) - Microsoft berencana menginvestasikan 1 miliar dolar AS di Indonesia melalui kemitraan dengan Telkom.',
      'c.txt': 'Jakarta, Rabu (1/5/2024) - Microsoft berencana menginvestasikan 1 miliar dolar AS di Indonesia melalui kemitraan dengan Telkom.',
    });
    assert.deepEqual(corpusDeals(documents).map((deal) => `${deal.date} ${deal.sources.map((source) => source.path).join('+')}`), [
      '2020-01-17 a.txt', '2024-04-30 b.txt+c.txt',
    ]);
  });
});
