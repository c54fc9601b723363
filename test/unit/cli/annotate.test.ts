// `sorot annotate` end to end, in process: exit codes, messages, the spec's JSON, and bad input.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { annotationsJson, writeAnnotationsJson } from '../../../server/src/annotationsJson';
import { runCli } from '../../support/cli';
import { loadCorpus } from '../../../server/src/corpus/load';
import { checkCorpus } from '../../../server/src/corpus/checks';

const CORPUS = path.join(__dirname, '..', '..', '..', 'corpus');

const run = (args: string[], cwd?: string) => runCli(args, { cwd });

function tempFolder(files: Record<string, string | Uint8Array>): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'sorot-cli-'));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
    fs.writeFileSync(path.join(folder, name), content);
  }
  return folder;
}

describe('sorot annotate', () => {
  it('prints every article of the corpus for a person', async () => {
    const { status, out, err } = (await run(['annotate', CORPUS]));
    assert.equal(status, 0, err);
    assert.equal(err, '');
    assert.match(out, /001_768f33f5f5a4950a\.txt\n {2}published unknown\n {2}money \(3\)\n {4}4:75 +"10 miliar dolar AS" +US\$10 miliar {2}\(Rp167,2 triliun; exact\) {2}restates "sekitar 167,2 triliun rupiah"/);
    assert.match(out, /Anshel Sag +person +×3 {2}as "Sag"/);
    assert.match(out, /4:17 +Fortune +"Menurut laporan Fortune"/);
    assert.match(out, /002_cb86baf73aef99c8\.txt:6:134: warning outlet\.misspelled: "Wall Street Jounral" looks like a misspelling of The Wall Street Journal\./);
    assert.match(out, /^5 articles: 26 money figures, \d+ entity mentions, 25 attributions\. Rate: Rp16\.720 per US\$ \(implied by the articles’ stated conversions\)\.$/m);
  });

  it('prints the JSON of the spec', async () => {
    const { status, out } = (await run(['annotate', '--json', path.join(CORPUS, '001_768f33f5f5a4950a.txt')]));
    assert.equal(status, 0);
    const json = JSON.parse(out);
    assert.equal(json.version, 1);
    assert.deepEqual(json.rate, { idrPerUsd: 16720, source: 'corpus' });
    const [document] = json.documents;
    assert.equal(document.path, path.join(CORPUS, '001_768f33f5f5a4950a.txt'));
    assert.deepEqual(document.money[0], {
      start: 797, end: 815, text: '10 miliar dolar AS', currency: 'USD', min: 10e9, max: 10e9, qualifier: 'exact',
      usd: { min: 10e9, max: 10e9 }, idr: { min: 167.2e12, max: 167.2e12 }, conversionOf: 1,
    });
    const text = fs.readFileSync(path.join(CORPUS, '001_768f33f5f5a4950a.txt'), 'utf8');
    const aws = document.entities.find((entity: { text: string }) => entity.text === 'AWS');
    assert.equal(text.slice(aws.start, aws.end), 'AWS');
    assert.deepEqual({ ...aws, start: undefined, end: undefined }, {
      start: undefined, end: undefined, text: 'AWS', id: 'amazon-web-services', name: 'Amazon Web Services', type: 'org', source: 'lexicon',
    });
    assert.deepEqual(document.attributions, [
      { start: 739, end: 746, text: 'Fortune', phrase: { start: 723, end: 746 }, outlet: 'Fortune', outletId: 'fortune' },
    ]);
    assert.deepEqual(json.diagnostics, []);
  });

  it('writes the JSON a document at a time, byte for byte what one JSON.stringify gives', () => {
    const corpus = loadCorpus([CORPUS]);
    const diagnostics = checkCorpus(corpus.documents, { idrPerUsd: corpus.rate.idrPerUsd });
    for (const [documents, found] of [[corpus.documents, diagnostics], [[], []], [corpus.documents.slice(0, 1), []]] as const) {
      let written = '';
      writeAnnotationsJson(documents, found, corpus.rate, (text) => { written += text; });
      assert.equal(written, JSON.stringify(annotationsJson(documents, found, corpus.rate), null, 2) + '\n');
    }
  });

  it('analyses on every core when built, with the same output as in one thread', async function () {
    this.timeout(30000);
    const built = path.join(__dirname, '..', '..', '..', 'dist', 'cli.js');
    const command = spawnSync(process.execPath, [built, 'annotate', '--json', CORPUS], { encoding: 'utf8' });
    assert.equal(command.status, 0, command.stderr);
    assert.equal(command.stdout, (await run(['annotate', '--json', CORPUS])).out);
  });

  it('reports a misspelled outlet as a diagnostic in the JSON', async () => {
    const json = JSON.parse((await run(['annotate', '--json', path.join(CORPUS, '002_cb86baf73aef99c8.txt')])).out);
    assert.deepEqual(json.diagnostics.map((d: { code: string; start: number; end: number; expected: string }) => [d.code, d.start, d.end, d.expected]), [
      ['outlet.misspelled', 1064, 1083, 'The Wall Street Journal'],
    ]);
  });

  it('skips binary, empty, invalid UTF-8 and huge files with a reason, and goes on', async () => {
    const folder = tempFolder({
      'ok.txt': '\uFEFFMicrosoft menginvestasikan hampir $14 miliar.',
      'binary.txt': new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01]),
      'empty.txt': '  \n',
      'latin1.txt': new Uint8Array([0x52, 0x70, 0x20, 0x35, 0x20, 0xe9, 0x74, 0xe9]),
      'huge.txt': 'a'.repeat(5 * 1024 * 1024 + 1),
      'notes.md': 'ignored: not a .txt file',
    });
    const { status, out, err } = (await run(['annotate', '--json', folder]));
    assert.equal(status, 0);
    assert.deepEqual(err.trim().split('\n').map((line) => line.replace(folder + path.sep, '')), [
      'sorot: skipped binary.txt: binary data (a NUL byte at offset 4)',
      'sorot: skipped empty.txt: empty',
      'sorot: skipped huge.txt: larger than 5 MB (5.0 MB)',
      'sorot: skipped latin1.txt: not valid UTF-8 (first bad byte at offset 5)',
    ]);
    const [document] = JSON.parse(out).documents;
    assert.equal(document.money[0].text, 'hampir $14 miliar');
    assert.equal(document.money[0].start, 27, 'offsets count from after the byte-order mark');
  });

  it('names a path that cannot be read and exits 2, after doing the rest', async () => {
    const { status, out, err } = (await run(['annotate', '/no/such/folder', path.join(CORPUS, '004_b2420362a5bff234.txt')]));
    assert.equal(status, 2);
    assert.equal(err, 'sorot: /no/such/folder: no such file or folder\n');
    assert.match(out, /004_b2420362a5bff234\.txt\n {2}published unknown\n {2}money \(8\)/);
  });

  it('reads the workspace lexicon; one with problems is reported by place and stops the run with exit 2 (issue 14)', async () => {
    const folder = tempFolder({
      '.sorot/lexicon.json': '{ "entities": [\n  { "id": "reka", "name": "Reka", "type": "org" },\n  { "id": "x", "type": "nope" }\n] }',
      'corpus/a.txt': 'Reka meraih pendanaan $5 juta.',
    });
    const { status, out, err } = (await run(['annotate'], folder));
    assert.equal(status, 2);
    assert.equal(err, [
      '.sorot/lexicon.json:3:24: error lexicon: entities[1].type: must be one of "org", "person", "product", "project", "outlet", "place".',
      'sorot: .sorot/lexicon.json cannot be used as it is: fix the problems above. Nothing was analysed.',
      '',
    ].join('\n'));
    assert.equal(out, '');
    fs.writeFileSync(path.join(folder, '.sorot', 'lexicon.json'), '{ "entities": [{ "id": "reka", "name": "Reka", "type": "org" }] }');
    assert.match((await run(['annotate'], folder)).out, /Reka +org +×1/);
  });

  it('answers usage errors with one line, where to read more, and exit 2', async () => {
    for (const args of [['frobnicate'], ['annotate', '--colour'], []]) {
      const { status, err } = (await run(args));
      assert.equal(status, 2, args.join(' '));
      assert.match(err, /^sorot: [^\n]+\nRun "sorot help( annotate)?" for the options and examples\.\n$/);
    }
    assert.match((await run(['--help'])).out, /^Usage: sorot <command>/);
    assert.deepEqual((await run(['annotate', '--rate', 'lots'])), {
      status: 2, out: '',
      err: 'sorot: --rate must be rupiah per US dollar, between 5000 and 50000 (16720, 16.720 or 16,720); got "lots"\nRun "sorot help annotate" for the options and examples.\n',
    });
  });

  it('takes the rate from --rate', async () => {
    const json = JSON.parse((await run(['annotate', '--json', '--rate', '16000', path.join(CORPUS, '001_768f33f5f5a4950a.txt')])).out);
    assert.deepEqual(json.rate, { idrPerUsd: 16000, source: 'option' });
    assert.deepEqual(json.documents[0].money[0].idr, { min: 160e12, max: 160e12 });
  });
});
