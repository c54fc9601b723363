// The editor's texts in English and Indonesian (server/data/messages): the same keys and placeholders in
// both catalogues, and the features speaking the language the client asks for.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import english from '../../../server/data/messages/en.json';
import indonesian from '../../../server/data/messages/id.json';
import { builtinLexicon } from '../../../server/src/analysis/lexicon';
import { main } from '../../../server/src/cli';
import { Workspace } from '../../../server/src/corpus/workspace';
import { provideCodeLenses, resolveCodeLens } from '../../../server/src/features/codeLens';
import { provideHover } from '../../../server/src/features/hover';
import { localeOf, setLocale, t } from '../../../server/src/messages';

const placeholders = (text: unknown) => [...new Set((String(text).match(/\{\w+(?:\|[^}]*)?\}/g) ?? []).map((found) => found.replace(/\|.*\}$/, '}')))].sort().join(' ');

describe('the editor\'s texts in two languages', () => {
  afterEach(() => setLocale('en'));

  it('has every text in both catalogues, with the same placeholders, and every Indonesian text translated', () => {
    assert.deepEqual(Object.keys(indonesian).sort(), Object.keys(english).sort());
    for (const [key, text] of Object.entries(english)) {
      if (key === '$comment' || key === 'months') continue;
      assert.equal(placeholders((indonesian as Record<string, unknown>)[key]), placeholders(text), key);
    }
    assert.equal(indonesian.months.length, 12);
  });

  it('takes the language from the client\'s locale, English for any other', () => {
    assert.deepEqual(['id', 'id-ID', 'in', 'en-US', 'de', undefined].map((tag) => localeOf(tag)), ['id', 'id', 'id', 'en', 'en', 'en']);
    assert.equal(t('lens.conflicts', { count: 1 }), '1 conflict');
    assert.equal(t('lens.conflicts', { count: 3 }), '3 conflicts');
  });

  it('hovers and lenses in Indonesian', () => {
    const A = 'file:///w/corpus/a-2024-10-03.txt';
    const B = 'file:///w/corpus/b-2024-10-04.txt';
    const articles: Record<string, string> = {
      [A]: 'Menurut laporan Fortune, kesepakatan ini membuat valuasi OpenAI melebihi 500 miliar dolar AS.',
      [B]: 'Tantangan keuangan OpenAI makin berat. Meskipun perkiraan valuasinya sebesar $157 miliar, ia terus merugi.',
    };
    const workspace = new Workspace({ lexicon: builtinLexicon() }, (uri) => articles[uri]);
    for (const [uri, text] of Object.entries(articles)) workspace.set(uri, text, false);
    setLocale('id');
    const hover = (provideHover(workspace, A, articles[A].indexOf('melebihi 500') + 1)!.contents as { value: string }).value;
    const lines = hover.split('\n').filter(Boolean);
    assert.deepEqual(lines.slice(0, 3), [
      '**≥ US$500 miliar** (≥ Rp8.250 triliun) — lebih dari, dengan kurs Rp16.500 per US$ (kurs bawaan)',
      '**OpenAI — valuasi** · dilaporkan Fortune · berlaku sekitar 3 Okt 2024 (tanggal artikel)',
      '- ⚠ “$157 miliar” di b-2024-10-04.txt, sekitar 4 Okt 2024 (dilaporkan), bertentangan',
    ]);
    assert.match(lines[3], /^\[Tampilkan semua 2\]\(command:.*\) · \[Buka riwayat fakta\]\(command:/);
    assert.deepEqual(provideCodeLenses(workspace, A).map((lens) => resolveCodeLens(workspace, lens).command!.title), ['OpenAI · 2 penyebutan di 2 artikel', '2 konflik']);
  });
});

describe('problem messages in two languages', () => {
  afterEach(() => setLocale('en'));

  it('words a conflict, a misspelling and the related figures in Indonesian, from `sorot check --lang id` as in the editor', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'sorot-lang-'));
    fs.writeFileSync(path.join(folder, 'a-2024-10-03.txt'), 'Menurut laporan Reuters, valuasi OpenAI mencapai $157 miliar.\n');
    fs.writeFileSync(path.join(folder, 'b-2024-10-05.txt'), 'Menurut Wall Street Jounral, valuasi OpenAI mencapai $86 miliar.\n');
    let out = '';
    let err = '';
    const status = await main(['check', folder, '--lang', 'id', '--max-warnings', '9'], { out: (text) => { out += text; }, err: (text) => { err += text; } });
    assert.equal(status, 0);
    assert.equal(err, 'sorot: 2 artikel diperiksa: 0 galat, 3 peringatan.\n');
    const lines = out.trimEnd().split('\n').map((line) => line.split(folder + path.sep).join(''));
    assert.deepEqual(lines, [
      'a-2024-10-03.txt:1:50: warning figure.conflict: Valuasi OpenAI: US$157 miliar di sini (sekitar 3 Okt 2024) vs US$86 miliar di b-2024-10-05.txt (sekitar 5 Okt 2024)',
      '    b-2024-10-05.txt:1:54: "$86 miliar" (US$86 miliar, dilaporkan, sekitar 5 Okt 2024, menurut The Wall Street Journal)',
      'b-2024-10-05.txt:1:9: warning outlet.misspelled: "Wall Street Jounral" tampaknya salah eja dari The Wall Street Journal.',
      'b-2024-10-05.txt:1:54: warning figure.conflict: Valuasi OpenAI: US$86 miliar di sini (sekitar 5 Okt 2024) vs US$157 miliar di a-2024-10-03.txt (sekitar 3 Okt 2024)',
      '    a-2024-10-03.txt:1:50: "$157 miliar" (US$157 miliar, dilaporkan, sekitar 3 Okt 2024, menurut Reuters)',
    ]);
    assert.equal((await main(['check', folder, '--lang', 'fr'], { out: () => undefined, err: () => undefined })), 2);
  });
});
