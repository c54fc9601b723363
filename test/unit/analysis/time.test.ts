// When an article was written and when each of its claims holds: date forms, which date dates the
// article (and which only dates an event), periods, relative times and the two sides of a change.

import * as assert from 'node:assert/strict';
import { analyzeArticle } from '../../../server/src/analysis/analyze';
import { findDates } from '../../../server/src/analysis/dates';
import { builtinLexicon } from '../../../server/src/analysis/lexicon';
import { tokenize } from '../../../server/src/analysis/tokens';
import { assertAnnotated, fixtureText } from '../../support/fixture';

function checkDates(fixture: string): void {
  assertAnnotated(fixture, (text) => findDates(text, tokenize(text)).map((date) => ({
    start: date.start, end: date.end,
    label: `${date.year ?? '????'}-${String(date.month).padStart(2, '0')}${date.day === null ? '' : `-${String(date.day).padStart(2, '0')}`}${date.clock ? ' with a clock' : ''}`,
  })));
}

/** Each figure's claim as `metric: from..to (where the time was read)`. */
function checkTimes(fixture: string): void {
  assertAnnotated(fixture, (text) => {
    const analysis = analyzeArticle(text, builtinLexicon());
    return analysis.claims.map((claim) => {
      const figure = analysis.money[claim.figure];
      const time = claim.time ? `${claim.time.from}..${claim.time.to}` : 'unknown';
      return { start: figure.start, end: figure.end, label: `${claim.subject} ${claim.metric}: ${time} (${claim.timeFrom})` };
    });
  });
}

function publication(fixture: string): string | null {
  return analyzeArticle(fixtureText(fixture), builtinLexicon()).published.date;
}

describe('dates in the text', () => {
  it('reads every common Indonesian form, and the year a year-less date shares with the others', () => {
    checkDates(`
      Jakarta, Kamis (6/11/2025) - Pada Selasa (4/11) rapat digelar; laporan terbit 13 Februari 2025, 19:47 WIB.
               ^^^^^^^^^^^^^^^^^ 2025-11-06
                                        ^^^^^^^^^^^^^ 2025-11-04
                                                                                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^ 2025-02-13 with a clock
      Rabu, 5 Juni 2024 dan 7 November 2025; pada Oktober 2024; berkas 2025-11-06.
      ^^^^^^^^^^^^^^^^^ 2024-06-05
                            ^^^^^^^^^^^^^^^ 2025-11-07
                                                  ^^^^^^^^^^^^ 2024-10
                                                                       ^^^^^^^^^^ 2025-11-06
    `);
  });

  it('leaves a year-less date without a year when the article gives none', () => {
    checkDates(`
      Selasa (30/4), CEO Microsoft bertemu Presiden.
      ^^^^^^^^^^^^^ ????-04-30
    `);
  });
});

describe('the date an article was written', () => {
  it('is read from a dateline, a byline timestamp or a reporting formula', () => {
    assert.equal(publication('Jakarta, Kamis (6/11/2025) - OpenAI mengumumkan kemitraan baru.'), '2025-11-06');
    assert.equal(publication('Oleh Ramones\n\nJumat, 12 September 2025 - 13.35 WIB\nOpenAI dan Microsoft merevisi kemitraan.'), '2025-09-12');
    assert.equal(publication('Suntikan itu besar. Mengutip Reuters, Selasa (15/7/2025), dana ini untuk xAI.'), '2025-07-15');
    assert.equal(publication('Hal itu, seperti dilansir topik.id, Rabu (29/10/2025), membuat investor lega.'), '2025-10-29');
    assert.equal(publication('Investasi itu, dilansir dari the Straits Times pada Selasa (7/3/2023), dipimpin AWS.'), '2023-03-07');
    assert.equal(publication('Berdasarkan laporan dari Techcrunch dan Quartz pada hari Kamis, tanggal 19 Juni 2025, Sam terkejut.'), '2025-06-19');
  });

  it('is not taken from a date that only places an event or a statement', () => {
    assert.equal(publication('Microsoft mengumumkan investasi pada Selasa (30/4/2024) di Jakarta.'), null);
    assert.equal(publication('"Kami siap," kata dia di kantornya, Jumat (17/1/2020).'), null);
    assert.equal(publication('Tidak ada tanggal di sini, hanya tahun lalu dan pada 2023.'), null);
  });
});

describe('when a claim holds', () => {
  it('reads a stated period: a year, a quarter, a half, a month, a day', () => {
    checkTimes(`
      Pendapatan OpenAI pada 2022 mencapai US$ 28 juta.
                                           ^^^^^^^^^^^ openai revenue: 2022-01-01..2022-12-31 (text)
      Laba bersih Nvidia pada kuartal III 2025 sebesar USD 31,9 miliar.
                                                       ^^^^^^^^^^^^^^^ nvidia profit: 2025-07-01..2025-09-30 (text)
      Pendapatan Nvidia semester pertama 2025 mencapai $90 miliar.
                                                       ^^^^^^^^^^ nvidia revenue: 2025-01-01..2025-06-30 (text)
      Pada Oktober 2024, valuasi OpenAI mencapai $157 miliar.
                                                 ^^^^^^^^^^^ openai valuation: 2024-10-01..2024-10-31 (text)
    `);
  });

  it('resolves relative times against the article\'s date, and takes that date for a figure stated as current', () => {
    checkTimes(`
      Jakarta, Kamis (6/11/2025) - Valuasi OpenAI kini mencapai $500 miliar.
                                                                ^^^^^^^^^^^ openai valuation: 2025-11-03..2025-11-09 (article)
      Pendapatan OpenAI tahun lalu sebesar $3,7 miliar. Februari lalu, valuasi Anthropic mencapai $61,5 miliar.
                                           ^^^^^^^^^^^ openai revenue: 2024-01-01..2024-12-31 (text)
                                                                                                  ^^^^^^^^^^^^ anthropic valuation: 2025-02-01..2025-02-28 (text)
    `);
  });

  it('leaves a figure the text puts at an earlier, undated time without a time', () => {
    checkTimes(`
      Jakarta, Kamis (6/11/2025) - Pendanaan itu membuat valuasi OpenAI saat itu $29 miliar.
                                                                                 ^^^^^^^^^^ openai valuation: unknown (text)
    `);
  });

  it('gives the earlier side of a change the period before, and a starting point or a deadline is no period', () => {
    checkTimes(`
      Laba bersih Nvidia pada kuartal III 2025 naik menjadi USD 30,1 miliar dari USD 26,5 miliar.
                                                            ^^^^^^^^^^^^^^^ nvidia profit: 2025-07-01..2025-09-30 (text)
                                                                                 ^^^^^^^^^^^^^^^ nvidia profit: 2024-07-01..2024-09-30 (text)
      Microsoft, yang telah menginvestasikan hampir $14 miliar pada OpenAI sejak tahun 2019, tetap mitra utama.
                                             ^^^^^^^^^^^^^^^^^ microsoft investment: unknown (undated)
    `);
  });
});

describe('reporting formulas without an outlet', () => {
  it('dates the article from a press statement quoted on a day', () => {
    assert.equal(publication('"Kami siap," kata Dharma dalam keterangan pers, dikutip Senin (21/4/2025).'), '2025-04-21');
  });
});
