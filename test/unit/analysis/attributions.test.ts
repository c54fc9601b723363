import * as assert from 'node:assert/strict';
import { editDistance } from '../../../server/src/analysis/editDistance';
import { analyzeArticle } from '../../../server/src/analysis/analyze';
import { builtinLexicon } from '../../../server/src/analysis/lexicon';
import { Annotation, assertAnnotated } from '../../support/fixture';
import { attributionAnnotations } from '../../support/render';

function checkAttributions(fixture: string): void {
  assertAnnotated(fixture, (text) => {
    const analysis = analyzeArticle(text, builtinLexicon());
    const problems: Annotation[] = analysis.problems.map((problem) => ({
      start: problem.start, end: problem.end, label: `${problem.code}: ${problem.expected}`,
    }));
    return [...attributionAnnotations(text, analysis.attributions), ...problems];
  });
}

describe('attributions', () => {
  it('credits known outlets in every common phrasing', () => {
    checkAttributions(`
      Menurut laporan Bloomberg dan The Wall Street Journal, kesepakatan itu hampir rampung.
      ^^^^^^^^^^^^^^^^^^^^^^^^^ Bloomberg "Bloomberg"
                                ^^^^^^^^^^^^^^^^^^^^^^^^^^^ The Wall Street Journal "The Wall Street Journal"
      Reuters menulis bahwa biayanya besar, sebagaimana dilaporkan oleh Financial Times.
      ^^^^^^^^^^^^^^^ Reuters "Reuters"
                                            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ Financial Times "Financial Times"
      Dalam wawancara yang dikutip CNBC, ia berbicara. Dilansir dari Kompas.com, nilainya naik.
                      ^^^^^^^^^^^^^^^^^ CNBC "CNBC"
                                                       ^^^^^^^^^^^^^^^^^^^^^^^^ Kompas "Kompas.com"
      Hal ini juga disorot oleh Ars Technica yang menyebutkan risikonya. Pernyataannya kepada Tempo singkat.
                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ Ars Technica "Ars Technica"
                                                                                       ^^^^^^^^^^^^ Tempo "Tempo"
      Sumber: Reuters
      ^^^^^^^^^^^^^^^ Reuters "Reuters"
    `);
  });

  it('recognises outlets it does not know from the phrase', () => {
    checkAttributions(`
      Melansir Teknoia.id, startup itu meraih pendanaan. Menurut laporan Kabar Ekonomi Harian, nilainya naik.
      ^^^^^^^^^^^^^^^^^^^ Teknoia "Teknoia.id"
                                                         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ Kabar Ekonomi Harian "Kabar Ekonomi Harian"
      Jakarta Daily melaporkan hal serupa, seperti dikutip dari Warta Digital.
      ^^^^^^^^^^^^^^^^^^^^^^^^ Jakarta Daily "Jakarta Daily"
                                           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ Warta Digital "Warta Digital"
    `);
  });

  it('resolves a misspelled outlet and reports it', () => {
    checkAttributions(`
      Wall Street Jounral memaparkan perbedaan ini. Menurut laporan Reutres, nilainya $2 miliar.
      ^^^^^^^^^^^^^^^^^^^ outlet.misspelled: The Wall Street Journal
      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ The Wall Street Journal "Wall Street Jounral"
                                                    ^^^^^^^^^^^^^^^^^^^^^^^ Reuters "Reutres"
                                                                    ^^^^^^^ outlet.misspelled: Reuters
      The Finacial Times mencatat hal yang sama.
      ^^^^^^^^^^^^^^^^^^ outlet.misspelled: Financial Times
      ^^^^^^^^^^^^^^^^^^^^^^^^^^^ Financial Times "The Finacial Times"
    `);
  });

  it('does not credit an outlet that is only mentioned', () => {
    checkAttributions(`
      Saham The New York Times naik 5% setelah Bloomberg meluncurkan terminal baru.
    `);
  });
});

describe('edit distance', () => {
  it('counts substitutions, insertions, deletions and adjacent transpositions', () => {
    const cases: [string, string, number][] = [
      ['jounral', 'journal', 1], ['reutres', 'reuters', 1], ['blomberg', 'bloomberg', 1], ['finacial', 'financial', 1],
      ['abc', 'abc', 0], ['', 'ab', 2], ['kitten', 'sitting', 3], ['ca', 'abc', 3],
    ];
    for (const [a, b, expected] of cases) assert.equal(editDistance(a, b, 5), expected, `${a} ~ ${b}`);
    assert.equal(editDistance('abcdef', 'uvwxyz', 2), 3, 'gives up past the limit');
  });
});

describe('credit lines', () => {
  it('credits the outlets of a line that holds only outlet names, but not a photo credit', () => {
    checkAttributions(`
      Harga saham naik tajam pekan ini.
      ANTARA | REUTERS
      ^^^^^^^^^^^^^^^^ ANTARA "ANTARA"
      ^^^^^^^^^^^^^^^^ Reuters "REUTERS"
      Foto: Reuters/AFP
    `);
  });
});

describe('attributions as outlets word them (issue 11)', () => {
  it('reads descriptors between the phrase and the outlet, and adverbs before the verb', () => {
    checkAttributions(`
      Laporan ini pertama kali diungkap oleh situs berita teknologi The Information pada pekan lalu.
                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ The Information "The Information"
      Dilansir dari ulasan TechCrunch, nilainya naik. Channel News Asia juga menyiarkan kabar yang sama.
      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ TechCrunch "TechCrunch"
                                                      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ CNA "Channel News Asia"
      Bloomberg sebelumnya telah mewartakan rencana itu. Kabar berikutnya muncul di Financial Times.
      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ Bloomberg "Bloomberg"
                                                                          ^^^^^^^^^^^^^^^^^^^^^^^^^ Financial Times "Financial Times"
      Tulisan ini pertama kali tayang di Kompas.com. Pernyataan itu diperkuat oleh laporan Reuters.
                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ Kompas "Kompas.com"
                                                                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ Reuters "Reuters"
    `);
  });

  it('credits the source of a chain, not the outlet that passes it on', () => {
    checkAttributions(`
      Nilainya US$113 miliar, menurut laporan Wall Street Journal yang dikutip Reuters pada Rabu.
                              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ The Wall Street Journal "Wall Street Journal"
      Hal itu sebagaimana dilansir detikFinance dari Bloomberg, Senin (3/3/2025).
              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ Bloomberg "Bloomberg"
      Seperti yang dicatat oleh Bloomberg, dan dikutip ulang oleh Tech Crunch, nilainya turun.
                           ^^^^^^^^^^^^^^ Bloomberg "Bloomberg"
                                                                  ^^^^^^^^^^^ outlet.misspelled: TechCrunch
    `);
  });

  it('takes an outlet with its edition as one outlet, and a one-word outlet written in two', () => {
    checkAttributions(`
      Menurut Bloomberg Billionaires Index, kekayaannya naik. Kolumnis Reuters Breakingviews menulis hal serupa.
      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ Bloomberg Billionaires Index "Bloomberg Billionaires Index"
                                                                       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ Reuters Breakingviews "Reuters Breakingviews"
      Sumber Reuters menyebut angka itu, sebagaimana dikutip oleh Tech Crunch.
      ^^^^^^^^^^^^^^^^^^^^^^^ Reuters "Reuters"
                                                     ^^^^^^^^^^^^^^^^^^^^^^^^ TechCrunch "Tech Crunch"
                                                                  ^^^^^^^^^^^ outlet.misspelled: TechCrunch
    `);
  });

  it('credits a source behind a word for it, a relayed report, a web address and a closing bracket credit', () => {
    checkAttributions(`
      Sebab, menurut informan Bloomberg, kedua investor menambah dana. Seperti dirilis GSMArena.com, permintaan naik.
             ^^^^^^^^^^^^^^^^^^^^^^^^^^ Bloomberg "Bloomberg"
                                                                       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ GSMArena "GSMArena.com"
      Laporan Bloomberg yang dikutip Reuters pada Selasa menyebut angka yang sama.
      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ Bloomberg "Bloomberg"
      Persaingan di kawasan itu makin ketat. (detikfinance/d)
                                             ^^^^^^^^^^^^^^^^ Detik "detikfinance"
    `);
  });

  it('credits an outlet written as its web address in lower case', () => {
    checkAttributions(`
      Seperti dilansir dari cnnindonesia.com, rencana itu batal. Mengutip teknoia.id, dananya naik.
      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ CNN Indonesia "cnnindonesia.com"
                                                                 ^^^^^^^^^^^^^^^^^^^ teknoia "teknoia.id"
    `);
  });

  it('credits no company, person, masthead or report that sources nothing', () => {
    checkAttributions(`
      JAKARTA, KOMPAS.com - Menurut OpenAI, nilainya naik. Altman mengatakan bahwa angkanya benar.
      Musk membantah laporan The Wall Street Journal soal rencana itu.
    `);
  });

  it('credits every outlet of a credited pair, an outlet after `berdasarkan`, and one whose short name stands before its verb', () => {
    checkAttributions(`
      Ucapan itu disampaikan Rabu (9/2/2022), dikutip dari The Verge dan Reuters. Berdasarkan CNN, Kamis (25/1), nilainya naik.
                                              ^^^^^^^^^^^^^^^^^^^^^^ The Verge "The Verge"
                                                                     ^^^^^^^^^^^ Reuters "Reuters"
                                                                                  ^^^^^^^^^^^^^^^ CNN "CNN"
      Dugaan itu muncul dari laporan terbaru The Wall Street Journal (WSJ), yang menyebut Indosat terlibat.
                                             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ The Wall Street Journal "The Wall Street Journal"
    `);
  });

  it('credits an outlet after a verb of reporting in its short form, and a programme on an outlet', () => {
    checkAttributions(`
      Dana itu dipakai untuk pusat data, lapor Reuters. Valuasinya naik dua kali lipat, tulis Bloomberg pada Selasa.
                                         ^^^^^^^^^^^^^ Reuters "Reuters"
                                                                                        ^^^^^^^^^^^^^^^ Bloomberg "Bloomberg"
      Hal itu disampaikan Luhut dalam program Economic Update CNBC Indonesia. Ia juga tampil di acara Squawk Box CNBC.
                                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ CNBC Indonesia "CNBC Indonesia"
                                                                                             ^^^^^^^^^^^^^^^^^^^^^^^^ CNBC "CNBC"
      Menurut Reuters sendiri, angka itu belum pasti; Bloomberg dan Reuters bersaing di pasar data.
      ^^^^^^^^^^^^^^^ Reuters "Reuters"
      Menurut catatan Bloomberg, hartanya naik. Saat dihubungi Kompas.com, ia membenarkan; ketika dikonfirmasi Kontan, ia diam.
      ^^^^^^^^^^^^^^^^^^^^^^^^^ Bloomberg "Bloomberg"
                                                     ^^^^^^^^^^^^^^^^^^^^ Kompas "Kompas.com"
                                                                                                  ^^^^^^^^^^^^^^^^^^^ Kontan "Kontan"
    `);
  });

  it('reads a line that starts with an outlet and goes on in long lower-case words without trying every split of them', () => {
    // Before the credit line's initials were whole words, this line took longer than a test may run.
    checkAttributions(`
      Reuters belum dapat memverifikasi laporan itu secara independen.
    `);
  });

  it('credits both of two coordinated outlets before a verb, past a time, and a known outlet written without its article', () => {
    checkAttributions(`
      Laporan Wall Street Journal dan Financial Times menyebutkan bahwa Microsoft ragu. Situs berita Axios pada Oktober melaporkan PHK.
      ^^^^^^^^^^^^^^^^^^^^^^^^^^^ The Wall Street Journal "Wall Street Journal"
                                      ^^^^^^^^^^^^^^^^^^^^^^^^^^^ Financial Times "Financial Times"
                                                                                                     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ Axios "Axios"
      Bloomberg awal pekan ini mengatakan TikTok setuju. Kabar ini diungkapkan oleh situs berita teknologi Information.
      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ Bloomberg "Bloomberg"
                                                                               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ The Information "Information"
    `);
  });

  it('credits an outlet written with an added article, and outlets in a bracket closing a paragraph in any case', () => {
    checkAttributions(`
      Valuasinya naik, seperti dikutip dari The Semafor, Senin (9/1). Gerbang ekonomi digital itu dibuka. [Antara]
                       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ Semafor "The Semafor"
                                                                                                          ^^^^^^^^ ANTARA "Antara"
      Nilai Gojek sekitar $ 10 miliar. [voa/ah/ft]
                                       ^^^^^^^^^^^ VOA "voa"
      Harga saham naik tipis. (Reuters/AFP)
                              ^^^^^^^^^^^^^ Reuters "Reuters"
                              ^^^^^^^^^^^^^ AFP "AFP"
      Data itu (antara lain dari BPS) dipakai, dan [reuters] tidak menutup paragraf ini.
    `);
  });

  it('credits an outlet written with a typographic apostrophe, and outlets before a verb past a full date', () => {
    checkAttributions(`
      Menurut Tom’s Hardware, chip itu dijual. Media besar seperti CNBC dan Bloomberg pada 19 September 2025 melaporkan rencana itu.
      ^^^^^^^^^^^^^^^^^^^^^^ Tom's Hardware "Tom’s Hardware"
                                                                   ^^^^ CNBC "CNBC"
                                                                            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ Bloomberg "Bloomberg"
      Laporan Bloomberg juga menunjukkan bahwa biaya naik, tetapi Bloomberg pada 2025 tidak dikutip di sini.
              ^^^^^^^^^^^^^^^^^^^^^^^^^^ Bloomberg "Bloomberg"
    `);
  });

  it('credits a known outlet in lower case after a phrase, and one described or with an aside between commas before its verb; a report released by a body is no outlet\'s', () => {
    checkAttributions(`
      Angka itu disebut sang menteri, dikutip dari reuters. Pada 2024, The Information, sebuah situs web berita teknologi, melaporkan rencana itu.
                                      ^^^^^^^^^^^^^^^^^^^^ Reuters "reuters"
                                                                       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ The Information "The Information"
      Laporan yang dirilis oleh CSET menyebut 167 investor. Meta, media sosial terbesar, menyebut hal lain, dikutip dari laman resmi.
      Bloomberg, misalnya, melaporkan kerugian itu, dan Reuters, salah satunya, menyebutkan angka lain.
      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ Bloomberg "Bloomberg"
                                                        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ Reuters "Reuters"
    `);
  });

  it('credits an outlet after `dikabarkan`, `mengacu pada laporan`, and in a syndication line `Baca artikel X`', () => {
    checkAttributions(`
      Sebagaimana dikabarkan TechCrunch, mengacu pada laporan Bloomberg, perusahaan itu berhemat.
      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ TechCrunch "TechCrunch"
                                         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ Bloomberg "Bloomberg"
      Baca artikel detikinet, "Apple Beli Startup AI" selengkapnya di sini. Baca artikel lain tentang Apple.
      ^^^^^^^^^^^^^^^^^^^^^^ Detik "detikinet"
    `);
  });

  it('credits an outlet\'s edition as the outlet (CNBC International is CNBC), and a named column as its own outlet', () => {
    checkAttributions(`
      Laporan itu dikutip dari CNBC International, sedangkan Reuters Breakingviews menilai harganya mahal.
                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ CNBC "CNBC International"
                                                             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ Reuters Breakingviews "Reuters Breakingviews"
    `);
  });

  it('credits an outlet after `demikian laporan`, after a cue opening a sentence, and one written as its address without spaces; no cue reaches over a line', () => {
    checkAttributions(`
      Putusan itu keluar bulan depan, demikian laporan Reuters. Mengutip GSM Arena, laba itu naik.
                                      ^^^^^^^^^^^^^^^^^^^^^^^^ Reuters "Reuters"
                                                                ^^^^^^^^^^^^^^^^^^ GSMArena "GSM Arena"
                                                                         ^^^^^^^^^ outlet.misspelled: GSMArena
      Sumber: cnbcindonesia
      ^^^^^^^^^^^^^^^^^^^^^ CNBC Indonesia "cnbcindonesia"
      Soal Kepemilikan Asing Kembali Disorot
      Kabar penggabungan itu bukan baru sekarang mencuat.
    `);
  });

  it('credits a report named by its kind (penelusuran), both outlets of a pair one of which has its short name in brackets, an outlet described as an outlet, after `informasi dari`, and before a verb past the day between commas (issue 11)', () => {
    checkAttributions(`
      Penelusuran Wall Street Journal (WSJ) dan Tom's Hardware mengungkap jalurnya, pertama kali dipublikasikan oleh outlet media Bloomberg.
      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ The Wall Street Journal "Wall Street Journal"
                                                ^^^^^^^^^^^^^^^^^^^^^^^^^ Tom's Hardware "Tom's Hardware"
                                                                                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ Bloomberg "Bloomberg"
      Berdasarkan informasi dari Deal Street Asia, nilainya naik. Bloomberg, Jumat 2 Juni 2023, mengungkapkan bahwa harta Musk naik.
      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ DealStreetAsia "Deal Street Asia"
                                                                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ Bloomberg "Bloomberg"
    `);
  });
});
