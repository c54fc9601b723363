import { analyzeArticle } from '../../../server/src/analysis/analyze';
import { builtinLexicon } from '../../../server/src/analysis/lexicon';
import { assertAnnotated } from '../../support/fixture';
import { claimAnnotations } from '../../support/render';

function checkClaims(fixture: string): void {
  assertAnnotated(fixture, (text) => claimAnnotations(analyzeArticle(text, builtinLexicon())));
}

describe('claims', () => {
  it('reads subject, metric and counterparty of an investment', () => {
    checkClaims(`
      Menurut laporan Fortune, Amazon sedang mempertimbangkan investasi sebesar 10 miliar dolar AS ke OpenAI.
                                                                                ^^^^^^^^^^^^^^^^^^ amazon investment → openai (talks) per Fortune
      Microsoft, yang telah menginvestasikan hampir $14 miliar pada OpenAI sejak tahun 2019, tetap mitra utama.
                                             ^^^^^^^^^^^^^^^^^ microsoft investment → openai
    `);
  });

  it('takes the subject of the stretch that holds the cue, and the party it supports', () => {
    checkClaims(`
      Setelah OpenAI memperkuat aliansinya dengan Microsoft dan Amazon mendukung Anthropic melalui komitmen investasi di atas 4 miliar dolar AS, Google bergerak.
                                                                                                                      ^^^^^^^^^^^^^^^^^^^^^^^^^ amazon investment → anthropic
    `);
  });

  it('reads the period of a figure, and the year a later sentence calls the same', () => {
    checkClaims(`
      Anthropic menargetkan titik impas pada tahun 2028. Sebaliknya, OpenAI memproyeksikan kerugian sebesar $74 miliar pada tahun yang sama.
                                                                                                            ^^^^^^^^^^ openai loss in 2028 (projection)
      Perusahaan ini memproyeksikan kerugian sebesar $5 miliar pada tahun 2024, dan pendapatan kuartal pertama 2025 OpenAI mencapai $3 miliar.
                                                     ^^^^^^^^^ openai loss in 2024 (projection)
                                                                                                                                    ^^^^^^^^^ openai revenue in 2025-Q1
    `);
  });

  it('resolves a possessive or a pronoun to the party named before', () => {
    checkClaims(`
      Tantangan keuangan OpenAI makin berat. Meskipun perkiraan valuasinya sebesar $157 miliar, ia terus merugi.
                                                                                   ^^^^^^^^^^^ openai valuation
      Investor besar seperti SoftBank ikut bermain. Mereka telah menjual seluruh sahamnya di Nvidia senilai $5,83 miliar.
                                                                                                            ^^^^^^^^^^^^ softbank stake → nvidia
    `);
  });

  it('makes no claim without a clear subject and metric', () => {
    checkClaims(`
      Dalam contoh lain, perusahaan menghabiskan lebih dari $500 miliar untuk kabel serat optik.
      Pelatihan satu model dapat menelan biaya antara 50 hingga 100 juta dolar AS. Nilainya $3 miliar.
    `);
  });

  it('reads the value of a project, its commitment, and a deal value with a partner', () => {
    checkClaims(`
      Proyek Stargate senilai $500 miliar diumumkan. Dengan komitmen awal sebesar $100 miliar, Stargate mulai membangun.
                              ^^^^^^^^^^^ stargate value
                                                                                  ^^^^^^^^^^^ stargate commitment
      OpenAI meneken kesepakatan cloud senilai $300 miliar dengan Oracle.
                                               ^^^^^^^^^^^ openai deal-value → oracle
    `);
  });

  it('makes no claim of a figure in another currency, whose dollar value is only rough (issue 11)', () => {
    checkClaims(`
      Menurut laporan Fortune, Amazon sedang mempertimbangkan investasi sebesar €10 miliar ke OpenAI.
    `);
  });

  it('makes no claim of a rupiah figure that repeats one the article converts itself, whose dollar figure claims it (issue 11)', () => {
    checkClaims(`
      Kapitalisasi pasar Apple tembus Rp45 ribu triliun pada Minggu.
      Kapitalisasi pasar Apple mencapai USD3 triliun (Rp45.000 triliun) pada penutupan itu.
                                        ^^^^^^^^^^^^ apple market-cap
    `);
  });
});
