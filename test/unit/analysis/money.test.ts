import * as assert from 'node:assert/strict';
import { findMoney, impliedRate, normalise, withRate } from '../../../server/src/analysis/money';
import { assertAnnotated } from '../../support/fixture';
import { moneyAnnotations } from '../../support/render';

const RATE = { idrPerUsd: 16_000 };

function checkMoney(fixture: string): void {
  assertAnnotated(fixture, (text) => moneyAnnotations(findMoney(text, RATE)));
}

describe('money figures', () => {
  it('reads dollar amounts with Indonesian decimals and scale words', () => {
    checkMoney(`
      Dengan total komitmen yang kini mendekati $1,4 triliun, OpenAI menjual saham senilai $5,83 miliar.
                                      ^^^^^^^^^^^^^^^^^^^^^^ USD <=1_400_000_000_000 (under)
                                                                                           ^^^^^^^^^^^^ USD 5_830_000_000
    `);
  });

  it('reads every way of writing the dollar', () => {
    checkMoney(`
      Nilainya 10 miliar dolar AS, US$ 13 miliar, USD13 miliar, US$97,4 miliar, 2 miliar dollar.
               ^^^^^^^^^^^^^^^^^^ USD 10_000_000_000
                                   ^^^^^^^^^^^^^ USD 13_000_000_000
                                                  ^^^^^^^^^^^^ USD 13_000_000_000
                                                                ^^^^^^^^^^^^^^ USD 97_400_000_000
                                                                                ^^^^^^^^^^^^^^^ USD 2_000_000_000
      Ada pula $80 Miliar, 5 juta USD, 3 MILIAR DOLAR dan 7 miliar dolar Amerika Serikat.
               ^^^^^^^^^^ USD 80_000_000_000
                           ^^^^^^^^^^ USD 5_000_000
                                       ^^^^^^^^^^^^^^ USD 3_000_000_000
                                                          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ USD 7_000_000_000
    `);
  });

  it('reads rupiah with dots for thousands and abbreviated scales', () => {
    checkMoney(`
      Anggaran Rp1.670 triliun, lalu Rp 155 T, Rp 1.339 T, Rp. 500 juta, Rp 10 M dan 167,2 triliun rupiah.
               ^^^^^^^^^^^^^^^ IDR 1_670_000_000_000_000
                                     ^^^^^^^^ IDR 155_000_000_000_000
                                               ^^^^^^^^^^ IDR 1_339_000_000_000_000
                                                           ^^^^^^^^^^^^ IDR 500_000_000
                                                                         ^^^^^^^ IDR 10_000_000_000
                                                                                     ^^^^^^^^^^^^^^^^^^^^ IDR 167_200_000_000_000
    `);
  });

  it('reads an English decimal point only where it cannot be a thousands separator', () => {
    checkMoney(`
      Laba $6.6 miliar, lalu $1,500 per bulan, dan $2,000,000 tunai; kuartal lalu Rp 1,339 triliun.
           ^^^^^^^^^^^ USD 6_600_000_000
                             ^^^^^^ USD 1_500
                                                   ^^^^^^^^^^ USD 2_000_000
                                                                                  ^^^^^^^^^^^^^^^^ IDR 1_339_000_000_000
    `);
  });

  it('reads number words', () => {
    checkMoney(`
      Dana sejuta dolar, dua puluh lima miliar dolar AS, setengah triliun rupiah dan satu setengah miliar dolar.
           ^^^^^^^^^^^^ USD 1_000_000
                         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ USD 25_000_000_000
                                                         ^^^^^^^^^^^^^^^^^^^^^^^ IDR 500_000_000_000
                                                                                     ^^^^^^^^^^^^^^^^^^^^^^^^^^ USD 1_500_000_000
    `);
  });

  it('keeps qualifiers in the span with what they mean', () => {
    checkMoney(`
      Investasi lebih dari $13 miliar, hampir $14 miliar, di atas 4 miliar dolar AS, melebihi 500 miliar dolar AS.
                ^^^^^^^^^^^^^^^^^^^^^ USD >=13_000_000_000 (over)
                                       ^^^^^^^^^^^^^^^^^ USD <=14_000_000_000 (under)
                                                          ^^^^^^^^^^^^^^^^^^^^^^^^^ USD >=4_000_000_000 (over)
                                                                                     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ USD >=500_000_000_000 (over)
      Lalu sekitar Rp835 triliun, hingga $10 miliar, kurang dari $2 miliar, setidaknya $1 miliar, $3 miliar lebih.
           ^^^^^^^^^^^^^^^^^^^^^ IDR ~835_000_000_000_000 (approx)
                                  ^^^^^^^^^^^^^^^^^ USD <=10_000_000_000 (upto)
                                                     ^^^^^^^^^^^^^^^^^^^^^ USD <=2_000_000_000 (under)
                                                                            ^^^^^^^^^^^^^^^^^^^^ USD >=1_000_000_000 (over)
                                                                                                  ^^^^^^^^^^^^^^^ USD >=3_000_000_000 (over)
    `);
  });

  it('reads ranges, with the first end taking the scale and currency of the second', () => {
    checkMoney(`
      Biaya antara 50 hingga 100 juta dolar AS; dana $10 - $20 miliar; antara $15 miliar hingga $25 miliar.
                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^ USD 50_000_000..100_000_000 (range)
                                                     ^^^^^^^^^^^^^^^^ USD 10_000_000_000..20_000_000_000 (range)
                                                                              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ USD 15_000_000_000..25_000_000_000 (range)
      Lalu Rp 10-20 triliun, dan antara $1 miliar dan $2 miliar.
           ^^^^^^^^^^^^^^^^ IDR 10_000_000_000_000..20_000_000_000_000 (range)
                                        ^^^^^^^^^^^^^^^^^^^^^^^ USD 1_000_000_000..2_000_000_000 (range)
    `);
  });

  it('reads vague amounts, taking an unstated currency from the figure before', () => {
    checkMoney(`
      Kerugian $74 miliar di tengah belanja bernilai triliunan dolar dan kesepakatan multi-miliar dolar.
               ^^^^^^^^^^ USD 74_000_000_000
                                                     ^^^^^^^^^^^^^^^ USD 1_000_000_000_000..1_000_000_000_000_000 (vague)
                                                                                     ^^^^^^^^^^^^^^^^^^ USD 1_000_000_000..1_000_000_000_000 (vague)
      Meta menggelontorkan dana ratusan miliar; beberapa ratus miliar dolar; puluhan triliun rupiah.
                                ^^^^^^^^^^^^^^ USD 100_000_000_000..1_000_000_000_000 (vague)
                                                ^^^^^^^^^^^^^^^^^^^^^^^^^^^ USD 100_000_000_000..1_000_000_000_000 (vague)
                                                                             ^^^^^^^^^^^^^^^^^^^^^^ IDR 10_000_000_000_000..100_000_000_000_000 (vague)
    `);
  });

  it('does not take quantities that are not money', () => {
    checkMoney(`
      Akses ke satu juta chip TPU, 10 gigawatt, 80 juta mil kabel, 10.000 perusahaan, naik 28% dan 4 November.
      Sebanyak 1,5 miliar saham, ratusan ribu lapangan kerja, triliunan parameter, GPT-4 dan H100 pada 2026.
      Perlombaan Senjata Triliun Dolar: Microsoft 365 dan Claude 3.5.
    `);
  });

  it('reads other currencies as themselves, never as dollars, before or after the number', () => {
    checkMoney(`
      Harganya 5 miliar dolar Singapura, S$ 3 miliar, HK$ 2 miliar, 4 miliar euro dan 2 miliar yen.
               ^^^^^^^^^^^^^^^^^^^^^^^^ SGD 5_000_000_000
                                         ^^^^^^^^^^^ SGD 3_000_000_000
                                                      ^^^^^^^^^^^^ HKD 2_000_000_000
                                                                    ^^^^^^^^^^^^^ EUR 4_000_000_000
                                                                                      ^^^^^^^^^^^^ JPY 2_000_000_000
      Mistral meraih €385 juta, lalu lebih dari 600 juta Euro, dan Alibaba 50 miliar yuan (sekitar Rp 110 triliun).
                     ^^^^^^^^^ EUR 385_000_000
                                     ^^^^^^^^^^^^^^^^^^^^^^^^ EUR >=600_000_000 (over)
                                                                           ^^^^^^^^^^^^^^ CNY 50_000_000_000 = "sekitar Rp 110 triliun"
                                                                                           ^^^^^^^^^^^^^^^^^^^^^^ IDR ~110_000_000_000_000 (approx) = "50 miliar yuan"
      Angka 5 miliar dirham dan 3 juta won itu bukan kurs yang dikenal.
    `);
  });

  it('links a stated conversion to its figure', () => {
    checkMoney(`
      Nilainya USD 3,1 miliar (sekitar Rp 51 triliun) atau $2 miliar atau setara Rp 32 triliun.
               ^^^^^^^^^^^^^^ USD 3_100_000_000 = "sekitar Rp 51 triliun"
                               ^^^^^^^^^^^^^^^^^^^^^ IDR ~51_000_000_000_000 (approx) = "USD 3,1 miliar"
                                                           ^^^^^^^^^ USD 2_000_000_000 = "Rp 32 triliun"
                                                                                 ^^^^^^^^^^^^^ IDR 32_000_000_000_000 = "$2 miliar"
      Amazon menimbang investasi 10 miliar dolar AS. Jumlah ini setara dengan sekitar 167,2 triliun rupiah.
                                 ^^^^^^^^^^^^^^^^^^ USD 10_000_000_000 = "sekitar 167,2 triliun rupiah"
                                                                              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ IDR ~167_200_000_000_000 (approx) = "10 miliar dolar AS"
    `);
  });

  it('does not link figures in other currencies that are not conversions', () => {
    checkMoney(`
      Google menanam $2 miliar. Pemerintah menyiapkan Rp 5 triliun untuk pusat data.
                     ^^^^^^^^^ USD 2_000_000_000
                                                      ^^^^^^^^^^^^ IDR 5_000_000_000_000
    `);
  });
});

describe('normalised values', () => {
  it('converts at the given rate both ways', () => {
    assert.deepEqual(normalise({ min: 10e9, max: null }, 'USD', 16_720), {
      usd: { min: 10e9, max: null },
      idr: { min: 167_200e9, max: null },
    });
    assert.deepEqual(normalise({ min: 167_200e9, max: 167_200e9 }, 'IDR', 16_720).usd, { min: 10e9, max: 10e9 });
  });

  it('takes the rate the stated conversions imply, ignoring thousandfold slips', () => {
    const sound = findMoney('investasi 10 miliar dolar AS, setara sekitar 167,2 triliun rupiah.', RATE);
    const slip = findMoney('senilai US$97,4 miliar (Rp1,51 triliun).', RATE);
    assert.equal(slip[0].conversionOf, 1);
    assert.equal(impliedRate([sound, slip]), 16_720);
    assert.equal(impliedRate([slip]), undefined);
  });

  it('fills usd and idr on every figure', () => {
    const [figure] = findMoney('Rp 16 triliun', RATE);
    assert.deepEqual(figure.usd, { min: 1e9, max: 1e9 });
    assert.deepEqual(figure.idr, { min: 16e12, max: 16e12 });
  });
});

describe('money figures in held-out forms', () => {
  it('reads ranges and approximations written in other ways', () => {
    checkMoney(`
      Nilainya di kisaran $500 miliar, berkisar Rp 3 triliun, atau Rp 3 triliun-an; listrik di atas 7 sen dolar per kWh.
               ^^^^^^^^^^^^^^^^^^^^^^ USD ~500_000_000_000 (approx)
                                       ^^^^^^^^^^^^^^^^^^^^^ IDR ~3_000_000_000_000 (approx)
                                                                   ^^^^^^^^^^^^^^^ IDR ~3_000_000_000_000 (approx)
                                                                                            ^^^^^^^^^^^^^^^^^^^ USD >=0.07 (over)
      Biayanya Rp 500 jutaan.
               ^^^^^^^^^^^^^ IDR ~500_000_000 (approx)
    `);
  });

  it('takes an unstated currency as rupiah where dollars would be implausible', () => {
    checkMoney(`
      Investor menyiapkan US$ 40 juta. Pemerintah menyiapkan dana ratusan triliun untuk pusat data.
                          ^^^^^^^^^^^ USD 40_000_000
                                                                  ^^^^^^^^^^^^^^^ IDR 100_000_000_000_000..1_000_000_000_000_000 (vague)
    `);
  });

  it('keeps cents when a small rupiah amount becomes dollars', () => {
    const [figure] = findMoney('harga Rp 450 per lembar', RATE);
    assert.deepEqual(figure.usd, { min: 0.03, max: 0.03 });
  });
});

describe('qualifiers a verb away from the figure', () => {
  it('reads hampir menyentuh as under, menembus as the amount reached, and keeps kisaran in a range', () => {
    checkMoney(`
      Nilainya hampir menyentuh dua miliar dolar AS, lalu menembus $3 miliar, di kisaran Rp 50 miliar-Rp 80 miliar.
               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ USD <=2_000_000_000 (under)
                                                                   ^^^^^^^^^ USD 3_000_000_000
                                                                              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ IDR 50_000_000_000..80_000_000_000 (range)
    `);
  });

  it('reads melewati and tembus as the amount itself, hingga mencapai as up to', () => {
    checkMoney(`
      Nilainya melewati US$3 triliun, tembus Rp 50 triliun, lalu hingga mencapai US$ 5 miliar.
                        ^^^^^^^^^^^^ USD 3_000_000_000_000
                                             ^^^^^^^^^^^^^ IDR 50_000_000_000_000
                                                                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ USD <=5_000_000_000 (upto)
    `);
  });

  it('joins a range whose ends carry bracketed conversions, the second end exact', () => {
    checkMoney(`
      Valuasinya sekitar 15 miliar dolar AS (Rp234,4 triliun) hingga 20 miliar dolar AS (Rp312,6 triliun).
                 ^^^^^^^^^^^^^^^^^^^^^^^^^^ USD ~15_000_000_000 (approx) = "Rp234,4 triliun"
                                             ^^^^^^^^^^^^^^^ IDR 234_400_000_000_000 = "sekitar 15 miliar dolar AS"
                                                                     ^^^^^^^^^^^^^^^^^^ USD 20_000_000_000 = "Rp312,6 triliun"
                                                                                         ^^^^^^^^^^^^^^^ IDR 312_600_000_000_000 = "20 miliar dolar AS"
    `);
  });
});

describe('misspelled scale words', () => {
  it('reads a scale word a letter or two off after a currency, and nothing else as one', () => {
    checkMoney(`
      Nilainya Rp 4,5 tirilun, lalu RP13,9 truliun, dan $2 mliar; harga per unit Rp 4,5 tiket.
               ^^^^^^^^^^^^^^ IDR 4_500_000_000_000
                                    ^^^^^^^^^^^^^^ IDR 13_900_000_000_000
                                                        ^^^^^^^^ USD 2_000_000_000
                                                                                 ^^^^^^ IDR 4.5
    `);
  });

  it('reads `U$`, a slip for US$, as dollars (issue 11)', () => {
    checkMoney(`
      Pendapatannya U$ 88,3 miliar, di atas estimasi.
                    ^^^^^^^^^^^^^^ USD 88_300_000_000
    `);
  });

  it('reads a compound scale (ribu triliun), a qualifier before the word for a figure, and a rate written with its code glued on, which restates nothing before it (issue 11)', () => {
    checkMoney(`
      Harta mereka mendekati angka 3 ribu triliun rupiah, dan kerugiannya sekitar Rp92 triliun (1USD = Rp 16.846).
                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ IDR <=3_000_000_000_000_000 (under)
                                                                          ^^^^^^^^^^^^^^^^^^^^ IDR ~92_000_000_000_000 (approx)
                                                                                                ^^^^ USD 1 = "Rp 16.846"
                                                                                                       ^^^^^^^^^ IDR 16_846 = "1USD"
    `);
  });

  it('gives a figure in another currency that the article converts itself the dollars of that conversion, not the rough rate (issue 11)', () => {
    checkMoney(`
      Pemerintah siap membayar sekitar 800 miliar yen (7,15 miliar dolar AS).
                               ^^^^^^^^^^^^^^^^^^^^^^ JPY ~800_000_000_000 (approx) = "7,15 miliar dolar AS"
                                                       ^^^^^^^^^^^^^^^^^^^^ USD 7_150_000_000 = "sekitar 800 miliar yen"
    `);
    const [yen] = findMoney('Pemerintah siap membayar sekitar 800 miliar yen (7,15 miliar dolar AS).', { idrPerUsd: 16_000 });
    assert.deepEqual(yen.usd, { min: 7_150_000_000, max: 7_150_000_000 });
    assert.deepEqual(withRate([yen, findMoney('Pemerintah siap membayar sekitar 800 miliar yen (7,15 miliar dolar AS).', { idrPerUsd: 16_000 })[1]], 15_000)[0].idr, { min: 107_250_000_000_000, max: 107_250_000_000_000 });
  });
});
