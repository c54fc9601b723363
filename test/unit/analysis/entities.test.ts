import { analyzeArticle } from '../../../server/src/analysis/analyze';
import { builtinLexicon } from '../../../server/src/analysis/lexicon';
import { assertAnnotated } from '../../support/fixture';
import { entityAnnotations } from '../../support/render';

function checkEntities(fixture: string): void {
  assertAnnotated(fixture, (text) => entityAnnotations(analyzeArticle(text, builtinLexicon()).entities));
}

describe('entities from the lexicon', () => {
  it('matches aliases and takes the longest name', () => {
    checkEntities(`
      Dana itu mengalir ke Amazon Web Services (AWS), lalu ke Google Cloud dan NVIDIA; Altman tidak berkomentar.
                           ^^^^^^^^^^^^^^^^^^^ org Amazon Web Services
                                                ^^^ org Amazon Web Services
                                                              ^^^^^^^^^^^^ org Google Cloud
                                                                               ^^^^^^ org Nvidia
                                                                                       ^^^^^^ person Sam Altman
    `);
  });

  it('takes a version into a versioned product family', () => {
    checkEntities(`
      Anthropic merilis Claude 3.5 dan Google menyiapkan Gemini 2.5 Pro, sementara GPT-4 masih dipakai.
      ^^^^^^^^^ org Anthropic
                        ^^^^^^^^^^ product Claude
                                       ^^^^^^ org Google
                                                         ^^^^^^^^^^^^^^ product Gemini
                                                                                   ^^^^^ product GPT-4
    `);
  });

  it('takes a legal form into a company\'s mention', () => {
    checkEntities(`
      Oracle Corp. dan Alphabet Inc. menyusul SoftBank Group Corp. serta PT Telkom Indonesia Tbk.
      ^^^^^^^^^^^^ org Oracle
                       ^^^^^^^^^^^^^ org Alphabet
                                              ^^^^^^^^^^^^^^^^^^^^ org SoftBank
                                                                         ^^^^^^^^^^^^^^^^^^^^^^^ org Telkom Indonesia
    `);
  });

  it('does not take common words or sentence starts for names', () => {
    checkEntities(`
      Antara lain, meta data dan arm robot itu tersimpan di cloud. Apple pie bukan topiknya; zoom in saja.
                                                                   ^^^^^ org Apple
    `);
  });
});

describe('entities from context', () => {
  it('finds people from roles, appositives and verbs of saying, then their surnames', () => {
    checkEntities(`
      Rini Wulandari, analis senior di Sigma Riset Indonesia, menilai valuasi itu terlalu tinggi.
      ^^^^^^^^^^^^^^ person Rini Wulandari (context)
                                       ^^^^^^^^^^^^^^^^^^^^^ org Sigma Riset Indonesia (context)
      CFO Lumen Labs, Adrian Hoffmann, mengatakan pendanaan rampung bulan depan.
          ^^^^^^^^^^ org Lumen Labs (context)
                      ^^^^^^^^^^^^^^^ person Adrian Hoffmann (context)
      "Kami optimistis," kata Budi Santoso. Wulandari menambahkan bahwa Hoffmann terlalu yakin.
                              ^^^^^^^^^^^^ person Budi Santoso (context)
                                            ^^^^^^^^^ person Rini Wulandari (short)
                                                                        ^^^^^^^^ person Adrian Hoffmann (short)
    `);
  });

  it('finds organisations from the words that name their kind', () => {
    checkEntities(`
      Perusahaan rintisan Kecilin dan startup Nusakita bekerja sama dengan Bank Jago serta Orion Digital Holdings.
                          ^^^^^^^ org Kecilin (context)
                                              ^^^^^^^^ org Nusakita (context)
                                                                           ^^^^^^^^^ org Bank Jago
                                                                                           ^^^^^^^^^^^^^^^^^^^^^^ org Orion Digital Holdings (context)
    `);
  });

  it('resolves a given name coordinated with a full name', () => {
    checkEntities(`
      Perusahaan itu didirikan oleh Dario dan Daniela Amodei pada 2021.
                                    ^^^^^ person Dario Amodei
                                              ^^^^^^^^^^^^^^ person Daniela Amodei
    `);
  });

  it('gives names listed beside known companies their type', () => {
    checkEntities(`
      Claude dipakai di platform seperti Slack, Lumora, dan Zoom.
      ^^^^^^ product Claude
                                         ^^^^^ org Slack
                                                ^^^^^^ org Lumora (context)
                                                            ^^^^ org Zoom
    `);
  });

  it('does not read headings or sentence starts as names', () => {
    checkEntities(`
      Kisah Dua Peta Jalan Menuju Era Baru
      Misalnya, Dinamika Kompetisi di Pasar Global tidak pernah berhenti.
    `);
  });
});

describe('entities introduced the way Indonesian business news introduces them', () => {
  it('separates a title, an organisation and a person', () => {
    checkEntities(`
      Direktur Utama Sinar Data Prima, Hendra Wijaya, optimistis. Analis Mirae Asset Sekuritas, Rizky Pratama, sepakat.
                     ^^^^^^^^^^^^^^^^ org Sinar Data Prima (context)
                                       ^^^^^^^^^^^^^ person Hendra Wijaya (context)
                                                                         ^^^^^^^^^^^^^^^^^^^^^ org Mirae Asset Sekuritas
                                                                                                ^^^^^^^^^^^^^ person Rizky Pratama (context)
      Presiden Direktur BDKX Yohanes Tanoto dan Menteri Digital Gobind Singh Deo hadir. "Tepat waktu," kata Hendra.
                             ^^^^^^^^^^^^^^ person Yohanes Tanoto (context)
                                                                ^^^^^^^^^^^^^^^^ person Gobind Singh Deo (context)
                                                                                                            ^^^^^^ person Hendra Wijaya (short)
    `);
  });

  it('keeps a PT company whole, and links its bracketed short form and its short name', () => {
    checkEntities(`
      PT Borneo Awan Digital Tbk (BADX) dan PT BRI Danareksa Sekuritas menjadi penjamin. Saham BADX naik.
      ^^^^^^^^^^^^^^^^^^^^^^^^^^ org Borneo Awan Digital (context)
                                  ^^^^ org Borneo Awan Digital (short)
                                            ^^^^^^^^^^^^^^^^^^^^^^^^^^ org BRI Danareksa Sekuritas (context)
                                                                                               ^^^^ org Borneo Awan Digital (short)
      Startup asal Bandung, Nalar Teknologi, mengumumkan pendanaan. Pendiri Nalar, Dimas Aryasatya, bicara.
                            ^^^^^^^^^^^^^^^ org Nalar Teknologi (context)
                                                                            ^^^^^ org Nalar Teknologi (context)
                                                                                   ^^^^^^^^^^^^^^^ person Dimas Aryasatya (context)
    `);
  });

  it('reads names joined by English connectors as one organisation, with its abbreviation', () => {
    checkEntities(`
      Ekonom Center of Economic and Law Studies (Celios), Rahmat Nugroho, menilai Celios tetap kritis.
             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ org Center of Economic and Law Studies
                                                 ^^^^^^ org Center of Economic and Law Studies
                                                          ^^^^^^^^^^^^^^ person Rahmat Nugroho (context)
                                                                                  ^^^^^^ org Center of Economic and Law Studies
    `);
  });

  it('finds projects from the words that name them', () => {
    checkEntities(`
      Proyek bertajuk Kaltim Hyperscale Hub dan satelit Satria-1 dibiayai, begitu pula proyek yang diberi nama Nongsa AI Campus.
                      ^^^^^^^^^^^^^^^^^^^^^ project Kaltim Hyperscale Hub (context)
                                                        ^^^^^^^^ project Satria-1 (context)
                                                                                                               ^^^^^^^^^^^^^^^^ project Nongsa AI Campus (context)
    `);
  });

  it('does not take acronyms, currency symbols or verbs for organisations', () => {
    checkEntities(`
      Perusahaan menganggarkan Rp 3 triliun; startup penyedia GPU-as-a-service menyewakan GPU kepada bank BUMN.
    `);
  });
});

describe('names that known names and places must not swallow', () => {
  it('keeps a known place and a known surname out of a new person', () => {
    checkEntities(`
      Kepala BP Batam Amsakar Achmad menyebut Batam siap. Krishna Rao, Chief Financial Officer Anthropic, setuju; kata Rao.
             ^^^^^^^^ org Badan Pengusahaan Batam
                      ^^^^^^^^^^^^^^ person Amsakar Achmad (context)
                                                          ^^^^^^^^^^^ person Krishna Rao (context)
                                                                                               ^^^^^^^^^ org Anthropic
                                                                                                                       ^^^ person Krishna Rao (short)
      Presiden Direktur Microsoft Indonesia Dharma Simorangkir hadir bersama Pangeran Alwaleed bin Talal.
                        ^^^^^^^^^ org Microsoft
                                            ^^^^^^^^^^^^^^^^^^ person Dharma Simorangkir (context)
                                                                                      ^^^^^^^^^^^^^^^^^^ person Alwaleed bin Talal (context)
    `);
  });

  it('reads a known name continued by an organisation\'s words as another organisation', () => {
    checkEntities(`
      Fidelity Management & Research Company dan Katadata Insight Center (KIC) mencatat hal sama; KIC menambahkan.
      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ org Fidelity Management & Research Company (context)
                                                 ^^^^^^^^^^^^^^^^^^^^^^^ org Katadata Insight Center (context)
                                                                          ^^^ org Katadata Insight Center (short)
                                                                                                  ^^^ org Katadata Insight Center (short)
    `);
  });

  it('tells an appositive from a list, and passes a person\'s type along a list of full names', () => {
    checkEntities(`
      CFO xAI, Anthony Armstrong, belum memberikan komentar. Pendiri CoreWeave adalah Michael Intrator, Brian Venturo, dan Brannin McBee.
          ^^^ org xAI
               ^^^^^^^^^^^^^^^^^ person Anthony Armstrong (context)
                                                                     ^^^^^^^^^ org CoreWeave
                                                                                      ^^^^^^^^^^^^^^^^ person Michael Intrator
                                                                                                        ^^^^^^^^^^^^^ person Brian Venturo (context)
                                                                                                                           ^^^^^^^^^^^^^ person Brannin McBee (context)
      Rizky Ananda Pratama selaku CEO sekaligus salah satu pendiri Sahabat Kode mengatakan hal itu. Emiten milik konglomerat Anthoni Salim dan Toto Sugiri tumbuh.
      ^^^^^^^^^^^^^^^^^^^^ person Rizky Ananda Pratama (context)
                                                                   ^^^^^^^^^^^^ org Sahabat Kode (context)
                                                                                                                             ^^^^^^^^^^^^^ person Anthoni Salim
                                                                                                                                               ^^^^^^^^^^^ person Toto Sugiri (context)
    `);
  });

  it('finds products and bylines', () => {
    checkEntities(`
      Model andalannya, Sanskara-7B, dirilis bulan lalu.
                        ^^^^^^^^^^^ product Sanskara-7B (context)
      Penulis: Dewi Lestari | Editor: Budi
               ^^^^^^^^^^^^ person Dewi Lestari (context)
                                      ^^^^ person Budi (context)
    `);
  });
});

function checkEntitiesAndProblems(fixture: string): void {
  assertAnnotated(fixture, (text) => {
    const analysis = analyzeArticle(text, builtinLexicon());
    return [...entityAnnotations(analysis.entities), ...analysis.problems.map((problem) => ({ start: problem.start, end: problem.end, label: `${problem.code}: ${problem.expected}` }))];
  });
}

describe('names the samples never showed (issue 11)', () => {
  it('reads mastheads, bylines, team lines, photo credits and a closing signature', () => {
    checkEntitiesAndProblems(`
      Jakarta, Lahatsatu.com – Kabarnya xAI menghimpun dana baru.
               ^^^^^^^^^^^^^ outlet Lahatsatu (context)
                                        ^^^ org xAI
      Ditulis oleh Anggoro Suryo Jati - detikInet
                   ^^^^^^^^^^^^^^^^^^ person Anggoro Suryo Jati (context)
                                        ^^^^^^^^^ outlet Detik
      Tim: Lely Maulida,
           ^^^^^^^^^^^^ person Lely Maulida (context)
      Wahyunanda Kusuma Pertiwi
      ^^^^^^^^^^^^^^^^^^^^^^^^^ person Wahyunanda Kusuma Pertiwi (context)
      Sumber: Business Insider | Penyunting: Noverius Laoli
              ^^^^^^^^^^^^^^^^ outlet Business Insider
                                             ^^^^^^^^^^^^^^ person Noverius Laoli (context)
      Logo Nvidia. Foto: REUTERS/Toru Hanai
           ^^^^^^ org Nvidia
                         ^^^^^^^ outlet Reuters
                                 ^^^^^^^^^^ person Toru Hanai (context)
      Menteri itu berfoto bersama. (ANTARA FOTO/Wahyu Putro A)
                                    ^^^^^^ outlet ANTARA
                                                ^^^^^^^^^^^^^ person Wahyu Putro A (context)
      Shirin Ghaffary, Ed Ludlow dan Gillian Tan—Bloomberg News
      ^^^^^^^^^^^^^^^ person Shirin Ghaffary (context)
                       ^^^^^^^^^ person Ed Ludlow (context)
                                     ^^^^^^^^^^^ person Gillian Tan (context)
                                                 ^^^^^^^^^^^^^^ outlet Bloomberg
      CAESAR AKBAR
      ^^^^^^^^^^^^ person Caesar Akbar (context)
    `);
  });

  it('does not take a caption, a team of researchers or a bare dateline for a credit or a masthead', () => {
    checkEntitiesAndProblems(`
      Foto: Luhut Binsar Pandjaitan, Menko Maritim dan Investasi, bersiap untuk sesi foto.
            ^^^^^^^^^^^^^^^^^^^^^^^ person Luhut Binsar Pandjaitan
      Tim peneliti OpenAI menemukan cara baru melatih model.
                   ^^^^^^ org OpenAI
      BATAM - Pembangunan pusat data dimulai. Jakarta - Investor menunggu.
    `);
  });

  it('reads X as the platform only where a platform is meant, and Twitter as X', () => {
    checkEntitiesAndProblems(`
      Altman menulis di platform media sosial milik Musk, X, bahwa tawaran itu ditolak.
      ^^^^^^ person Sam Altman
                                                    ^^^^ person Elon Musk
                                                          ^ product X
      xAI bergabung dengan X (dulunya Twitter) tahun ini. Generasi X dan Model X tidak disebut.
      ^^^ org xAI
                           ^ product X
                                      ^^^^^^^ product X
    `);
  });

  it('resolves misspelled known names with a hint, and names with a middle name added or left out', () => {
    checkEntitiesAndProblems(`
      Investor Antrhopic dan Gogle menanti. CEO Microsoft Satya Narayana Nadella hadir.
               ^^^^^^^^^ org Anthropic (fuzzy)
               ^^^^^^^^^ entity.misspelled: Anthropic
                             ^^^^^ org Google (fuzzy)
                             ^^^^^ entity.misspelled: Google
                                                ^^^^^^^^^ org Microsoft
                                                          ^^^^^^^^^^^^^^^^^^^^^^ person Satya Nadella (context)
      Menurut Menteri Koordinator Kemaritiman Luhut Pandjaitan, investasi itu besar.
                                              ^^^^^^^^^^^^^^^^ person Luhut Binsar Pandjaitan (context)
      CFO Lumen Labs, Adrian Hoffmann, berbicara. Hoffmann menambahkan bahwa Alphabet Inc dan Microsoft Corp ikut.
          ^^^^^^^^^^ org Lumen Labs (context)
                      ^^^^^^^^^^^^^^^ person Adrian Hoffmann (context)
                                                  ^^^^^^^^ person Adrian Hoffmann (short)
                                                                             ^^^^^^^^^^^^ org Alphabet
                                                                                              ^^^^^^^^^^^^^^ org Microsoft
    `);
  });

  it('finds journalists and lawyers by their roles, with words between role and outlet', () => {
    checkEntitiesAndProblems(`
      Artikel wartawan senior Wall Street Journal, Liz Hoffman, mengungkap rencana itu.
                              ^^^^^^^^^^^^^^^^^^^ outlet The Wall Street Journal
                                                   ^^^^^^^^^^^ person Liz Hoffman (context)
      Marc Toberoff, kuasa hukum sang miliarder, memastikan tawaran itu. Altman diwawancarai Bari Weiss.
      ^^^^^^^^^^^^^ person Marc Toberoff (context)
                                                                         ^^^^^^ person Sam Altman
                                                                                             ^^^^^^^^^^ person Bari Weiss (context)
    `);
  });

  it('reads investor lists, legal forms and fund suffixes, short given names, products with tiers, English bylines', () => {
    checkEntitiesAndProblems(`
      Putaran itu dipimpin Sequoia Capital, Lightspeed, Iconiq Growth, Coatue dan Reid Hoffman.
                           ^^^^^^^^^^^^^^^ org Sequoia Capital
                                            ^^^^^^^^^^ org Lightspeed Venture Partners
                                                        ^^^^^^^^^^^^^ org Iconiq Growth (context)
                                                                       ^^^^^^ org Coatue
                                                                                  ^^^^^^^^^^^^ person Reid Hoffman
      Wall Street menyambut kabar itu. Meta meluncurkan Threads, sementara Google merilis Gemini Advanced.
                                       ^^^^ org Meta
                                                        ^^^^^^^ product Threads
                                                                           ^^^^^^ org Google
                                                                                          ^^^^^^^^^^^^^^^ product Gemini
      Menurut Muh. Rizal Hakim, dana itu dikelola Blackstone Group Inc. dan KKR L.P. bersama Apollo Management.
              ^^^^^^^^^^^^^^^^ person Muh. Rizal Hakim (context)
                                                  ^^^^^^^^^^^^^^^^^^^^^ org Blackstone
                                                                            ^^^^^^^^ org KKR
                                                                                             ^^^^^^^^^^^^^^^^^ org Apollo Management (context)
      By John Doe
         ^^^^^^^^ person John Doe (context)
    `);
  });

  it('reads a known company named in full, then by its first word', () => {
    checkEntitiesAndProblems(`
      Meta membeli saham Scale AI senilai US$14,3 miliar. Pendiri Scale kemudian bergabung dengan Meta.
      ^^^^ org Meta
                         ^^^^^^^^ org Scale AI
                                                                  ^^^^^ org Scale AI (short)
                                                                                                  ^^^^ org Meta
    `);
  });

  it('reads a headline short form before the full name, and names a new company without its legal form', () => {
    checkEntitiesAndProblems(`
      Tinggalkan Elon Musk, Trump Beri Proyek US$200 Juta
                 ^^^^^^^^^ person Elon Musk
                            ^^^^^ person Donald Trump
      Donald Trump menandatangani kontrak dengan GDS Holdings Ltd dan PT Borneo Awan Digital Tbk.
      ^^^^^^^^^^^^ person Donald Trump
                                                 ^^^^^^^^^^^^^^^^ org GDS Holdings
                                                                      ^^^^^^^^^^^^^^^^^^^^^^^^^^ org Borneo Awan Digital (context)
    `);
  });

  it('reads English titles, a role written as someone\'s, and an organisation described after a comma', () => {
    checkEntities(`
      Corporate Secretary Lintas Data Gregorius Wibisono belum menjawab, sedangkan Executive Director Karya Group, Rendra Salim, berkata lain.
                                      ^^^^^^^^^^^^^^^^^^ person Gregorius Wibisono (context)
                                                                                                      ^^^^^^^^^^^ org Karya Group (context)
                                                                                                                   ^^^^^^^^^^^^ person Rendra Salim (context)
      Menurut Direktur Regional Asia Tenggara Awan Cloud Tim Sanjaya, permintaan naik. Asosiasi itu, melalui ketuanya, Hendra Kusumo, setuju.
                                                                                                                       ^^^^^^^^^^^^^ person Hendra Kusumo (context)
      Saham Ventrix, perusahaan teknologi China, dipegang Fenwick, startup kecerdasan buatan, kata analis pasar eToro, Josh Gilmore.
            ^^^^^^^ org Ventrix (context)
                                                          ^^^^^^^ org Fenwick (context)
                                                                                                                       ^^^^^^^^^^^^ person Josh Gilmore (context)
      Nadia Brooks, yang menjabat direktur riset di sana, menilai sebaliknya. Alhasil, perusahaan itu menunda. Padahal, bank itu untung.
      ^^^^^^^^^^^^ person Nadia Brooks (context)
    `);
  });

  it('reads military ranks, translators and photographers, and a company name that stops at the end of its line', () => {
    checkEntities(`
      Prabowo berbicara, disimak Sekretaris Kabinet Mayor Teddy Wirawan. TikTok membeli saham PT Tokopedia.
      ^^^^^^^ person Prabowo Subianto
                                                          ^^^^^^^^^^^^^ person Teddy Wirawan (context)
                                                                         ^^^^^^ product TikTok
                                                                                              ^^^^^^^^^^^^ org Tokopedia
      Setelah itu saham naik.
      Alih bahasa: Rizka Amalia
                   ^^^^^^^^^^^^ person Rizka Amalia (context)
      Foto oleh: Nur Lubis
                 ^^^^^^^^^ person Nur Lubis (context)
    `);
  });

  it('reads public bodies, banks and associations by the word that opens their names, places and outlets inside', () => {
    checkEntities(`
      Menurut Departemen Keuangan Amerika Serikat, Dewan Investasi Thailand dan Bank Bisnis Internasional setuju.
              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ org Department of the Treasury
                                                   ^^^^^^^^^^^^^^^^^^^^^^^^ org Thailand Board of Investment
                                                                                ^^^^^^^^^^^^^^^^^^^^^^^^^ org Bank Bisnis Internasional (context)
      Kepala Badan Riset dan Inovasi Nasional Laksana Tri Handoko hadir; Bank sentral dan Badan itu diam.
             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ org Badan Riset dan Inovasi Nasional
      Partai Golkar mendukung, sementara Departemen Kehakiman Amerika Serikat menggugat. Badan itu menolak.
      ^^^^^^^^^^^^^ org Partai Golkar (context)
                                         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ org Department of Justice
    `);
  });

  it('reads a person by where they work and a verb of saying, or by a role in brackets', () => {
    checkEntities(`
      Judith MacKenzie dari Downing Fund Managers menilai tawaran itu tidak serius. Susan Li (CFO Meta) mengatakan biaya naik.
      ^^^^^^^^^^^^^^^^ person Judith MacKenzie (context)
                            ^^^^^^^^^^^^^^^^^^^^^ org Downing Fund Managers (context)
                                                                                    ^^^^^^^^ person Susan Li (context)
                                                                                                  ^^^^ org Meta
      Dana dari Jepang mengalir, dan Microsoft dari Redmond tidak berkomentar.
                                     ^^^^^^^^^ org Microsoft
    `);
  });

  it('reads a byline table, a second label inside a byline, and a documentation photo credit', () => {
    checkEntities(`
      Ditulis oleh Jacobus E. Lato, disunting Priyo Suwarno
                   ^^^^^^^^^^^^^^^ person Jacobus E. Lato (context)
                                              ^^^^^^^^^^^^^ person Priyo Suwarno (context)
      Gedung itu di Singapura, 26 Maret 2018. (Dok. Reuters/Edgar Su)
                                                    ^^^^^^^ outlet Reuters
                                                            ^^^^^^^^ person Edgar Su (context)
      Penulis | : | Adam Rizal |
                    ^^^^^^^^^^ person Adam Rizal (context)
      Editor | : | Dewi Lestari |
                   ^^^^^^^^^^^^ person Dewi Lestari (context)
      Foto dokumentasi. Setelah itu harga naik.
    `);
  });

  it('reads a middle initial, a role after `yang menjabat` or a spokesperson and a comma, a founder, and credits in brackets', () => {
    checkEntities(`
      Farhan S Qureshi, Country Director Google Malaysia, menulis. Narit Therdsteerasukdi yang menjabat Sekretaris Jenderal hadir.
      ^^^^^^^^^^^^^^^^ person Farhan S Qureshi (context)
                                         ^^^^^^ org Google
                                                                   ^^^^^^^^^^^^^^^^^^^^^^ person Narit Therdsteerasukdi (context)
      Startup itu didirikan Qi Yuan, warga AS; kata juru bicara perusahaan, Jesse Dwyer. Pendanaan Seri A pun cair.
                            ^^^^^^^ person Qi Yuan (context)
                                                                            ^^^^^^^^^^^ person Jesse Dwyer (context)
      Gambar ilustrasi Google (IDN Times/Misrohatun)
                       ^^^^^^ org Google
                               ^^^^^^^^^ outlet IDN Times
                                         ^^^^^^^^^^ person Misrohatun (context)
      Isi berita selesai.
      (Erha Aprili Ramadhoni)
       ^^^^^^^^^^^^^^^^^^^^^ person Erha Aprili Ramadhoni (context)
    `);
  });

  it('names no person with an outlet\'s words after an owner\'s cue (issue 11)', () => {
    checkEntities(`
      Stasiun milik Radio National itu tutup, majalah milik Kabar Harian tetap terbit, dan toko milik Budi Santoso tumbuh.
                                                                                                      ^^^^^^^^^^^^ person Budi Santoso (context)
    `);
  });

  it('reads a person after a title, whom it serves and a comma, and before a comma and a writer\'s role (issue 11)', () => {
    checkEntities(`
      Investor lain, seperti Pangeran Saudi, Alwaleed bin Talal, akan menyetor dana itu.
                                             ^^^^^^^^^^^^^^^^^^ person Alwaleed bin Talal (context)
      Douglas Rushkoff, seorang penulis dan dosen di kampus itu, diundang berbicara.
      ^^^^^^^^^^^^^^^^ person Douglas Rushkoff (context)
    `);
  });

  it('takes no name with an acronym for a known name one letter off (FWD Group is not FPT Group) (issue 11)', () => {
    checkEntities(`
      Investor lama antara lain East Ventures, GIC, FWD Group dan Siam Commercial Bank.
                                ^^^^^^^^^^^^^ org East Ventures
                                               ^^^ org GIC
                                                    ^^^^^^^^^ org FWD Group (context)
                                                                  ^^^^^^^^^^^^^^^^^^^^ org Siam Commercial Bank (context)
    `);
  });

  it('reads a masthead after a city and a bar, and a web address in capitals opening a line; an outlet is named without its address\'s end (issue 11)', () => {
    checkEntities(`
      San Francisco | EGINDO.co – Jajaran pimpinan startup itu pindah.
                      ^^^^^^^^^ outlet EGINDO (context)
      AKURAT.CO Telkomsel akhirnya membenarkan kabar itu, seperti ditulis Merdeka.com kemarin.
      ^^^^^^^^^ outlet Akurat
                ^^^^^^^^^ org Telkomsel
                                                                          ^^^^^^^^^^^ outlet Merdeka
    `);
  });

  it('reads two name words joined by a hyphen as one, but not a region (issue 11)', () => {
    checkEntities(`
      Menurut Ahmad Al-Neama, pasar Asia-Pasifik tumbuh, kata Jean-Pierre Dupont.
              ^^^^^^^^^^^^^^ person Ahmad Al-Neama (context)
                                                              ^^^^^^^^^^^^^^^^^^ person Jean-Pierre Dupont (context)
    `);
  });

  it('reads a person before adverbs and a verb of confirming, after a role holding a post, and after a company from a place; a mayor\'s city is no one (issue 11)', () => {
    checkEntities(`
      Orang nomor satu Telkomsel, Setyanto Hantoro, juga sudah membenarkan kabar itu.
                       ^^^^^^^^^ org Telkomsel
                                  ^^^^^^^^^^^^^^^^ person Setyanto Hantoro (context)
      Tim itu diperkuat Benjamin Man yang memegang posisi chief of Technology, serta bekas CEO Grup Edotco Sdn asal Malaysia, Suresh Sidhu.
                        ^^^^^^^^^^^^ person Benjamin Man (context)
                                                                                               ^^^^^^^^^^^ org Edotco Group
                                                                                                                              ^^^^^^^^^^^^ person Suresh Sidhu (context)
      Gibran Rakabuming Raka, Walikota Surakarta, menerangkan alasannya.
      ^^^^^^^^^^^^^^^^^^^^^^ person Gibran Rakabuming Raka
    `);
  });

  it('leaves a role\'s abbreviation out of the company after it, and a state company\'s (Persero) out of its name (issue 11)', () => {
    checkEntities(`
      "Kami bersemangat," kata VP Indogen Capital Kevin Chandra, yang juga menyalurkan dana lewat PT Sarana Multi Infrastruktur (Persero).
                                  ^^^^^^^^^^^^^^^ org Indogen Capital (context)
                                                  ^^^^^^^^^^^^^ person Kevin Chandra (context)
                                                                                                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ org Sarana Multi Infrastruktur (context)
    `);
  });

  it('reads a byline before when it was updated, and a photographer after an outlet closing a caption without brackets (issue 11)', () => {
    checkEntities(`
      oleh Agustinus Mario Damar diperbarui 27 Feb 2020, 13:11 WIB
           ^^^^^^^^^^^^^^^^^^^^^ person Agustinus Mario Damar (context)
      Presiden berpidato di konferensi itu. Liputan6.com/Rini Wulansari
                                            ^^^^^^^^^^^^ outlet Liputan6
                                                         ^^^^^^^^^^^^^^ person Rini Wulansari (context)
    `);
  });

  it('takes a known company named again by its short name after a cue for the same company (Pendiri Scale after Scale AI) (issue 11)', () => {
    checkEntities(`
      Meta membeli saham Scale AI. Pendiri Scale, Alexandr Wang, bergabung dengan Meta.
      ^^^^ org Meta
                         ^^^^^^^^ org Scale AI
                                           ^^^^^ org Scale AI (context)
                                                  ^^^^^^^^^^^^^ person Alexandr Wang
                                                                                  ^^^^ org Meta
    `);
  });

  it('takes no short surname for another\'s (William Li is not William Lai), no common abbreviation for a product, and a country by its nickname (issue 11)', () => {
    checkEntities(`
      Pendiri William Li menyebut chip Ai buatan Negeri Tirai Bambu itu laku, kata CEO Tesco Plc.
              ^^^^^^^^^^ person William Li (context)
                                                                                       ^^^^^^^^^ org Tesco (context)
    `);
  });
});
