// Adversarial input over stdio (issue 5): a 5 MB line; NUL bytes, a byte-order mark, CRLF and lone CR
// line ends and astral characters before the figures; absurd numbers and runs of scale words and
// currency symbols; requests racing a close; and a workspace that starts with binary, invalid UTF-8
// and empty files, a malformed lexicon and malformed settings. Each case proves the server keeps
// answering, that its ranges are right to the UTF-16 code unit, and that it never falls over.
// What the analysis makes of such text is tested in test/unit; speed is the benchmark's business, so
// nothing here is timed: the deadlines only tell a hang from an answer.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CancellationToken, CancellationTokenSource, ResponseError } from 'vscode-jsonrpc/node';
import { VALUATION_REPORTS } from '../support/valuationReports';
import { LspProcess } from '../support/lspProcess';
import fc from 'fast-check';

const CORPUS = path.join(__dirname, '..', '..', 'corpus');
/** How long a request may go unanswered before the test calls it a hang. */
const HANG_MS = 30000;

interface Position { line: number; character: number }
interface Range { start: Position; end: Position }
interface Hover { contents: { value: string }; range: Range }
interface Location { uri: string; range: Range }

/** Articles with odd bytes and astral characters before a figure and an entity; `<|>` marks the figure, then the entity's second mention. */
const ODD_TEXTS = [
  {
    name: 'NUL bytes',
    text: 'Arsip\u0000redaksi\u0000\u0000.\n🚀🇮🇩 Mistral AI\u0000 mengumpulkan <|>$10 - $20 miliar. 👩🏽‍💻 <|>Mistral AI senang.\u0000',
    figure: '$10 - $20 miliar', value: 'US$10 miliar–US$20 miliar', entity: 'Mistral AI',
  },
  {
    name: 'a byte-order mark',
    text: '\uFEFF🚀🇮🇩 Hugging Face meraih pendanaan <|>Rp1.670 triliun. 🤗 <|>Hugging Face senang.',
    figure: 'Rp1.670 triliun', value: 'Rp1.670 triliun', entity: 'Hugging Face',
  },
  {
    name: 'CRLF line ends',
    text: 'Judul 🚀\r\n\r\n🚀🇮🇩 Databricks meraih <|>US$ 5,83 miliar.\r\n👩🏽‍💻 <|>Databricks tumbuh.\r\n',
    figure: 'US$ 5,83 miliar', value: 'US$5,83 miliar', entity: 'Databricks',
  },
  {
    name: 'lone CR line ends',
    text: 'Judul 🚀\r\r🇮🇩🚀 Cohere menerima <|>setengah triliun rupiah.\r𝕏𝕏 <|>Cohere tumbuh.\r',
    figure: 'setengah triliun rupiah', value: 'Rp500 miliar', entity: 'Cohere',
  },
  {
    name: 'all of them in one article',
    text: '\uFEFF🚀\u0000\r\n🇮🇩 Perplexity\u0000 meraih <|>$6.6 miliar.\r🚀🚀 <|>Perplexity bertumbuh.\n',
    figure: '$6.6 miliar', value: 'US$6,6 miliar', entity: 'Perplexity',
  },
];

describe('the language server on adversarial input', function () {
  this.timeout(90000);
  let workspace: TestWorkspace;

  before(async () => {
    workspace = await TestWorkspace.start();
  });

  after(async () => {
    await workspace.stop();
  });

  it('stays responsive with a line just under the 5 MB limit, and finds the figure at its very end', async () => {
    const sentence = 'Menurut laporan Reuters, OpenAI menyiapkan $10 - $20 miliar untuk pusat data, sementara belanja negara mencapai Rp1.670 triliun. ';
    const { text, cursors: [last] } = marked(`${sentence.repeat(Math.floor(5 * 1024 * 1024 / sentence.length) - 1)}Terakhir, Anthropic menghimpun <|>Rp1.670 triliun.`);
    assert.ok(!/[\r\n]/.test(text) && text.length >= 5 * 1024 * 1024 - 300 && text.length <= 5 * 1024 * 1024, 'one line of just under 5 MB');
    const uri = workspace.open('scratch/one-line.txt', text);

    const hover = await workspace.hoverOnceAnalysed(uri, text, last);
    assert.equal(slice(text, hover!.range), 'Rp1.670 triliun');
    assert.match(hover!.contents.value, /^\*\*Rp1\.670 triliun\*\*/);
    await workspace.assertStillServing();
    workspace.close(uri);
  });

  it('does not analyse a document opened over the 5 MB limit, says so once, and goes on answering at once', async () => {
    const sentence = 'Menurut laporan Reuters, OpenAI menyiapkan $10 miliar untuk pusat data. ';
    const text = sentence.repeat(Math.ceil(12 * 1024 * 1024 / sentence.length));
    const before = workspace.messages.length;
    const uri = workspace.open('scratch/huge.txt', text);
    const started = Date.now();
    assert.equal(await workspace.hover(uri, text, text.indexOf('$10') + 1), null);
    await workspace.assertStillServing();
    assert.ok(Date.now() - started < 5000, `answered in ${Date.now() - started} ms`);
    assert.deepEqual(workspace.messages.slice(before), ['Sorot: huge.txt is larger than 5 MB; it is not analysed.']);
    workspace.close(uri);
  });

  it('publishes a document\'s diagnostics under the URI the client opened it with, however it spells it', async () => {
    // Node spells `(` and `)` as they are, VS Code as %28 and %29: the index keys both the same.
    const uri = workspace.open('scratch/Berita (2).txt', 'Menurut laporan Wall Street Jounral, OpenAI bernilai $157 miliar.');
    assert.ok(uri.endsWith('/Berita%20(2).txt'));
    await workspace.server.until(() => (workspace.server.diagnostics.get(uri) ?? []).some((diagnostic) => diagnostic.code === 'outlet.misspelled'));
    assert.deepEqual(workspace.server.diagnostics.get(uri.replace('(2)', '%282%29')) ?? [], []);
    workspace.close(uri);
  });

  it('answers at once while a 1 MB article is typed in, from its last analysis, and takes the edit once a worker has analysed it', async () => {
    const samples = fs.readdirSync(CORPUS).filter((name) => name.endsWith('.txt')).sort().map((name) => fs.readFileSync(path.join(CORPUS, name), 'utf8'));
    let body = '';
    for (let i = 0; body.length < 1024 * 1024; i++) body += `${samples[i % samples.length]}\n\n`;
    const { text, cursors: [figure] } = marked(`${body}Terakhir, Anthropic menghimpun <|>US$1 miliar.`);
    const uri = workspace.open('scratch/long.txt', text);
    assert.match((await workspace.hoverOnceAnalysed(uri, text, figure))!.contents.value, /^\*\*US\$1 miliar\*\*/);

    // The figure becomes US$7 miliar, and the editor asks for a hover at once, as it does while typing.
    const typed = `${text.slice(0, figure + 3)}7${text.slice(figure + 4)}`;
    const digit = positionAt(text, figure + 3);
    workspace.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: digit, end: { ...digit, character: digit.character + 1 } }, text: '7' }] });
    const during = await workspace.hover(uri, typed, figure);
    assert.match(during!.contents.value, /^\*\*US\$1 miliar\*\*[^]*\*Updating: this is the article as it was before your last edits\.\*$/);
    await workspace.assertStillServing();

    let after = during;
    for (const deadline = Date.now() + HANG_MS; !after?.contents.value.startsWith('**US$7 miliar**') && Date.now() < deadline;) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      after = await workspace.hover(uri, typed, figure);
    }
    assert.match(after!.contents.value, /^\*\*US\$7 miliar\*\*/);
    assert.doesNotMatch(after!.contents.value, /Updating/);
    workspace.close(uri);
  });

  for (const fixture of ODD_TEXTS) {
    it(`lands on the figure and the entity after astral characters, with ${fixture.name}`, async () => {
      const { text, cursors: [figureAt, entityAt] } = marked(fixture.text);
      const uri = workspace.open(`scratch/${fixture.entity.replace(/\W/g, '')}.txt`, text);

      const figure = await workspace.hover(uri, text, figureAt);
      assert.equal(slice(text, figure!.range), fixture.figure, 'hover on the figure');
      assert.match(figure!.contents.value, new RegExp(`^\\*\\*${escape(fixture.value)}\\*\\*`));
      const entity = await workspace.hover(uri, text, entityAt);
      assert.equal(slice(text, entity!.range), fixture.entity, 'hover on the entity');
      assert.match(entity!.contents.value, new RegExp(`^\\*\\*${escape(fixture.entity)}\\*\\* — org`));

      const definition = await workspace.request<Location>('textDocument/definition', { textDocument: { uri }, position: positionAt(text, entityAt) });
      assert.equal(definition.uri, uri, 'the first mention is in this article');
      assert.equal(slice(text, definition.range), fixture.entity, 'definition lands on the first mention');
      assert.ok(offsetAt(text, definition.range.start) < entityAt, 'and it is the first, not the one under the cursor');
      const highlights = await workspace.request<{ range: Range }[]>('textDocument/documentHighlight', { textDocument: { uri }, position: positionAt(text, entityAt) });
      assert.deepEqual(highlights.map((highlight) => slice(text, highlight.range)), [fixture.entity, fixture.entity]);
      const tokens = await workspace.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri } });
      assert.deepEqual(decodeTokens(text, tokens.data), [fixture.entity, fixture.figure, fixture.entity]);

      // An edit in the editor's UTF-16 positions replaces exactly the figure.
      const edited = `${text.slice(0, figureAt)}$7 miliar${text.slice(figureAt + fixture.figure.length)}`;
      workspace.notify('textDocument/didChange', {
        textDocument: { uri, version: 2 },
        contentChanges: [{ range: { start: positionAt(text, figureAt), end: positionAt(text, figureAt + fixture.figure.length) }, text: '$7 miliar' }],
      });
      const afterEdit = await workspace.hover(uri, edited, figureAt);
      assert.equal(slice(edited, afterEdit!.range), '$7 miliar', 'hover after an edit');
      assert.match(afterEdit!.contents.value, /^\*\*US\$7 miliar\*\*/);
      workspace.close(uri);
    });
  }

  it('survives absurd numbers, endless scale words and runs of currency symbols', async () => {
    const { text, cursors } = marked([
      `<|>${'9'.repeat(10_000)} miliar dolar AS<|>`,
      `<|>${'triliun '.repeat(100_000)}<|>`,
      `<|>${'$'.repeat(100_000)}<|>`,
      `<|>${'Rp '.repeat(100_000)}<|>`,
      `<|>${'US$ '.repeat(50_000)}1<|>`,
      'Akhirnya Microsoft menginvestasikan <|>$13 miliar pada OpenAI.',
    ].join('\n'));
    const uri = workspace.open('scratch/absurd.txt', text);
    const figure = await workspace.hoverOnceAnalysed(uri, text, cursors[cursors.length - 1]);

    for (const at of cursors.slice(0, -1)) {
      const hover = await workspace.hover(uri, text, at);
      if (hover === null) continue;
      const [start, end] = [offsetAt(text, hover.range.start), offsetAt(text, hover.range.end)];
      assert.ok(start <= at && at <= end && end <= text.length, `the hover's range covers the cursor at ${at}`);
      assert.doesNotMatch(hover.contents.value, /NaN|Infinity|undefined/, `a readable hover at ${at}`);
    }
    assert.equal(slice(text, figure!.range), '$13 miliar', 'the sentence after the noise is still read');
    assert.match(figure!.contents.value, /^\*\*US\$13 miliar\*\*/);
    const symbols = await workspace.request<{ name: string }[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.ok(symbols.some((symbol) => symbol.name === 'Microsoft'), 'the outline has the article\'s entities');
    const tokens = await workspace.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri } });
    assert.deepEqual(decodeTokens(text, tokens.data).slice(-3), ['Microsoft', '$13 miliar', 'OpenAI']);
    await workspace.assertStillServing();
    workspace.close(uri);
  });

  it('answers requests that race a close, on a document never opened, and a cancelled one', async () => {
    const name = 'corpus/reuters.txt';
    const text = workspace.read(name);
    const at = text.indexOf('$157 miliar');
    const uri = workspace.open(name, text);
    workspace.notify('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: positionAt(text, at), end: positionAt(text, at + 11) }, text: '$600 miliar' }],
    });
    const duringEdit = workspace.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionAt(text, at) });
    workspace.notify('textDocument/didClose', { textDocument: { uri } });
    const afterClose = workspace.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionAt(text, at) });
    const neverOpened = workspace.request<Hover | null>('textDocument/hover', { textDocument: { uri: workspace.uri('corpus/never-opened.txt') }, position: { line: 3, character: 7 } });
    const notAFile = workspace.request<Hover | null>('textDocument/hover', { textDocument: { uri: 'untitled:Untitled-1' }, position: { line: 0, character: 0 } });
    const cancellation = new CancellationTokenSource();
    const cancelled = workspace.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionAt(text, at) }, cancellation.token);
    cancellation.cancel();

    assert.match((await duringEdit)!.contents.value, /^\*\*US\$600 miliar\*\*/, 'a request sees the edit sent before it');
    assert.match((await afterClose)!.contents.value, /^\*\*US\$157 miliar\*\*/, 'after the close, the file on disk is the article again');
    assert.equal(await neverOpened, null);
    assert.equal(await notAFile, null);
    const answer = await cancelled.catch((error: unknown) => error);
    assert.ok(answer === null || (answer as Hover).contents || (answer instanceof ResponseError && answer.code === -32800),
      `a cancelled request is answered, or refused as cancelled: ${String(answer)}`);
    await workspace.server.until(() => workspace.codes(name).join() === 'figure.conflict');
    await workspace.assertStillServing();
  });

  it('forgets an article deleted on disk once its editor closes without saving', async () => {
    const name = 'corpus/deleted.txt';
    const text = 'Jakarta, Jumat (4/10/2024) - Menurut laporan Reuters, valuasi OpenAI mencapai $60 miliar.';
    fs.writeFileSync(path.join(workspace.folder, name), text);
    workspace.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: workspace.uri(name), type: 1 }] });
    await workspace.server.until(() => workspace.codes(name).includes('figure.conflict'));
    const uri = workspace.open(name, text);
    fs.rmSync(path.join(workspace.folder, name));
    workspace.notify('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 3 }] });
    workspace.close(uri);

    await workspace.server.until(() => workspace.codes(name).length === 0)
      .catch(() => assert.fail(`the closed article, gone from disk, still has diagnostics: ${workspace.codes(name).join(', ')}`));
    assert.equal(await workspace.hover(uri, text, text.indexOf('$60')), null, 'no hover from a file that is gone');
    const related = workspace.server.diagnostics.get(workspace.uri('corpus/reuters.txt'))!.flatMap((diagnostic) => diagnostic.relatedInformation ?? []);
    assert.ok(related.every((information) => information.location.uri !== uri), 'and no other article conflicts with it');
  });
});

describe('the language server when settings.json changes on disk', function () {
  this.timeout(90000);

  it('takes a severity, a code turned off and the hint setting changed in settings.json from outside the editor', async () => {
    // The editor rereads a settings.json written by another program and tells the server that `sorot`
    // changed; the server must ask again and use what it gets.
    const settings: Record<string, unknown> = {};
    const workspace = await TestWorkspace.start({}, settings);
    try {
      const severityOf = () => (workspace.server.diagnostics.get(workspace.uri('corpus/reuters.txt')) ?? []).map((diagnostic) => (diagnostic as { severity?: number }).severity);
      assert.deepEqual(severityOf(), [2]);
      settings.severity = { 'figure.conflict': 'error' };
      workspace.notify('workspace/didChangeConfiguration', { settings: null });
      await workspace.server.until(() => severityOf()[0] === 1);
      settings.severity = { 'figure.conflict': 'off' };
      workspace.notify('workspace/didChangeConfiguration', { settings: null });
      await workspace.server.until(() => severityOf().length === 0);
      settings.inlayHints = 'off';
      workspace.notify('workspace/didChangeConfiguration', { settings: null });
      const name = 'corpus/reuters.txt';
      const uri = workspace.open(name, workspace.read(name));
      const hints = () => workspace.request<unknown[]>('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 9, character: 0 } } });
      for (let waited = 0; (await hints()).length > 0; waited += 100) {
        assert.ok(waited < 15000, 'the hints go when sorot.inlayHints is off');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      settings.inlayHints = 'all';
      workspace.notify('workspace/didChangeConfiguration', { settings: null });
      for (let waited = 0; (await hints()).length === 0; waited += 100) {
        assert.ok(waited < 15000, 'the hints come back with sorot.inlayHints all');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    } finally {
      await workspace.stop();
    }
  });
});

describe('the language server in a workspace with broken files and settings', function () {
  this.timeout(90000);
  const lexicon = [
    '{',
    '  "entities": [',
    '    { "id": "reka-ai", "name": "Reka AI", "type": "org", "aliases": ["Reka"] },',
    '    { "id": "nusa-data", "name": "Nusa Data", "type": "nope" }',
    '  ]',
    '}',
  ].join('\n');
  const broken = {
    'corpus/binary.txt': Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0x00]),
    'corpus/latin1.txt': Buffer.from('Menurut laporan Reuters, valuasi OpenAI mencapai $90 miliar di kafe Bogor\xe9.', 'latin1'),
    'corpus/empty.txt': '',
  };
  let workspace: TestWorkspace;

  before(async () => {
    workspace = await TestWorkspace.start({ ...broken, '.sorot/lexicon.json': lexicon }, { idrPerUsd: 'abc', files: 42, severity: [] });
  });

  after(async () => {
    await workspace.stop();
  });

  it('indexes the real articles and publishes nothing for binary, invalid UTF-8 and empty files', async () => {
    await workspace.server.until(() => workspace.codes('corpus/reuters.txt').length > 0 && workspace.codes('corpus/002_cb86baf73aef99c8.txt').length > 0);
    assert.deepEqual(workspace.codes('corpus/bloomberg.txt'), ['figure.conflict']);
    assert.deepEqual(workspace.codes('corpus/002_cb86baf73aef99c8.txt'), ['outlet.misspelled']);
    for (const name of Object.keys(broken)) assert.ok(!workspace.server.diagnostics.has(workspace.uri(name)), `nothing published for ${name}`);
    const status = await workspace.request<{ state: string; articles: number }>('sorot/status', null);
    assert.deepEqual(status, { state: 'ready', articles: 7 });
    assert.equal(await workspace.request('textDocument/hover', { textDocument: { uri: workspace.uri('corpus/binary.txt') }, position: { line: 0, character: 2 } }), null);
    await workspace.assertStillServing();
  });

  it('reports the malformed lexicon on its file, at the bad value, and still uses its valid entries', async () => {
    const lexiconUri = workspace.uri('.sorot/lexicon.json');
    await workspace.server.until(() => workspace.server.diagnostics.has(lexiconUri));
    const [problem, ...others] = workspace.server.diagnostics.get(lexiconUri)!;
    assert.equal(others.length, 0);
    assert.equal(problem.code, 'lexicon.invalid');
    assert.match(problem.message, /entities\[1\]\.type/);
    assert.deepEqual(problem.range.start, positionAt(lexicon, lexicon.indexOf('"nope"')));

    const { text, cursors: [reka] } = marked('Startup 🚀 <|>Reka AI meraih $50 juta dari investor.');
    const uri = workspace.open('scratch/reka.txt', text);
    const hover = await workspace.hover(uri, text, reka);
    assert.equal(slice(text, hover!.range), 'Reka AI');
    assert.match(hover!.contents.value, /^\*\*Reka AI\*\* — org/);
    const definition = await workspace.request<Location>('textDocument/definition', { textDocument: { uri }, position: positionAt(text, reka) });
    assert.deepEqual({ uri: definition.uri, id: slice(lexicon, definition.range) }, { uri: lexiconUri, id: '"reka-ai"' });
    workspace.close(uri);
  });

  it('keeps working with the default of each malformed setting', async () => {
    const conflict = workspace.server.diagnostics.get(workspace.uri('corpus/reuters.txt'))![0] as { code: string; severity?: number };
    assert.deepEqual({ code: conflict.code, severity: conflict.severity }, { code: 'figure.conflict', severity: 2 }, 'the default severity, warning');
    const name = 'corpus/001_768f33f5f5a4950a.txt';
    const text = workspace.read(name);
    const hover = await workspace.hover(workspace.uri(name), text, text.indexOf('10 miliar dolar AS'));
    assert.match(hover!.contents.value, /at Rp16\.720 per US\$ \(the corpus’s stated conversions\)/, 'the corpus rate');
  });

  it('names each malformed setting in a message', () => {
    for (const setting of ['sorot.files', 'sorot.idrPerUsd', 'sorot.severity']) {
      assert.ok(workspace.messages.some((message) => message.includes(setting)), `a message names ${setting}: ${JSON.stringify(workspace.messages)}`);
    }
  });
});

describe('the language server with a client that refuses window/showMessageRequest', function () {
  this.timeout(90000);

  it('is not taken down when the client answers a message with an error', async () => {
    const refuse = () => {
      throw new ResponseError(-32601, 'Unhandled method window/showMessageRequest');
    };
    const workspace = await TestWorkspace.start({}, { idrPerUsd: 'abc' }, refuse);
    try {
      assert.ok(workspace.messages.some((message) => message.includes('sorot.idrPerUsd')), 'the server tried to tell the user');
      await workspace.assertStillServing();
    } finally {
      await workspace.stop();
    }
  });
});

// ---------------------------------------------------------------------------------------------
// A server on a temporary workspace folder

class TestWorkspace {
  /** Every message the server showed the user (window/showMessage and window/showMessageRequest). */
  readonly messages: string[] = [];

  private constructor(readonly server: LspProcess, readonly folder: string) {}

  /**
   * The sample corpus plus `files` (relative path to content) in a new folder, with `settings` as the
   * client's `sorot` section. The client answers window/showMessageRequest as an editor whose user
   * dismisses the message, unless `answerMessageRequest` says otherwise.
   */
  static async start(files: Record<string, string | Uint8Array> = {}, settings: unknown = {}, answerMessageRequest: () => unknown = () => null): Promise<TestWorkspace> {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'sorot-robust-'));
    fs.cpSync(CORPUS, path.join(folder, 'corpus'), { recursive: true });
    for (const [name, content] of Object.entries(VALUATION_REPORTS)) fs.writeFileSync(path.join(folder, 'corpus', name), content);
    for (const [name, content] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
      fs.writeFileSync(path.join(folder, name), content);
    }
    const workspace = new TestWorkspace(new LspProcess(), folder);
    const { connection } = workspace.server;
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => settings));
    connection.onNotification('window/showMessage', (params: { message: string }) => {
      workspace.messages.push(params.message);
    });
    connection.onRequest('window/showMessageRequest', (params: { message: string }) => {
      workspace.messages.push(params.message);
      return answerMessageRequest();
    });
    await workspace.request('initialize', {
      processId: process.pid, rootUri: pathToFileURL(folder).href, capabilities: { workspace: { configuration: true } },
      workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'workspace' }],
    });
    workspace.notify('initialized', {});
    await workspace.server.until(() => workspace.server.diagnostics.has(workspace.uri('corpus/reuters.txt')));
    return workspace;
  }

  uri(name: string): string {
    return pathToFileURL(path.join(this.folder, name)).href;
  }

  read(name: string): string {
    return fs.readFileSync(path.join(this.folder, name), 'utf8');
  }

  /** The codes of the diagnostics last published for a file of the workspace. */
  codes(name: string): string[] {
    return (this.server.diagnostics.get(this.uri(name)) ?? []).map((diagnostic) => diagnostic.code);
  }

  /** Opens `text` as the editor's document for a file of the workspace (which need not exist); returns its URI. */
  open(name: string, text: string): string {
    const uri = this.uri(name);
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'news-article', version: 1, text } });
    return uri;
  }

  close(uri: string): void {
    this.notify('textDocument/didClose', { textDocument: { uri } });
  }

  notify(method: string, params: unknown): void {
    this.server.notify(method, params);
  }

  /** A request that must be answered, with a result or an error, before the hang deadline. */
  request<T>(method: string, params: unknown, token?: CancellationToken): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const hang = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer to ${method} within ${HANG_MS / 1000} s`)), HANG_MS);
    });
    return Promise.race([this.server.request<T>(method, params, token), hang]).finally(() => clearTimeout(timer));
  }

  hover(uri: string, text: string, offset: number): Promise<Hover | null> {
    return this.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionAt(text, offset) });
  }

  /**
   * The hover at `offset` of a long document just opened, once its analysis has landed: a long
   * document's text is analysed off the main thread, and until then its requests have nothing to answer.
   */
  async hoverOnceAnalysed(uri: string, text: string, offset: number): Promise<Hover | null> {
    let hover = await this.hover(uri, text, offset);
    for (const deadline = Date.now() + HANG_MS; hover === null && Date.now() < deadline;) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      hover = await this.hover(uri, text, offset);
    }
    return hover;
  }

  /** The process is alive and a hover on a sample article still answers right. */
  async assertStillServing(): Promise<void> {
    assert.ok(this.server.alive, 'the server process is alive');
    const name = 'corpus/001_768f33f5f5a4950a.txt';
    const text = this.read(name);
    const hover = await this.hover(this.uri(name), text, text.indexOf('10 miliar dolar AS'));
    assert.match(hover!.contents.value, /^\*\*US\$10 miliar\*\*/);
  }

  async stop(): Promise<void> {
    await this.server.stop();
    fs.rmSync(this.folder, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// Text as an editor counts it: lines end at \r\n, \r or \n, and a column is a UTF-16 code unit.

/** A fixture's text without its `<|>` cursors, and the offsets of the cursors. */
function marked(fixture: string): { text: string; cursors: number[] } {
  const parts = fixture.split('<|>');
  const cursors: number[] = [];
  let length = 0;
  for (const part of parts.slice(0, -1)) cursors.push(length += part.length);
  return { text: parts.join(''), cursors };
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (const lineEnd of text.matchAll(/\r\n|\r|\n/g)) starts.push(lineEnd.index! + lineEnd[0].length);
  return starts;
}

function positionAt(text: string, offset: number): Position {
  const starts = lineStarts(text);
  let line = 0;
  while (line + 1 < starts.length && starts[line + 1] <= offset) line++;
  return { line, character: offset - starts[line] };
}

function offsetAt(text: string, position: Position): number {
  return lineStarts(text)[position.line] + position.character;
}

function slice(text: string, range: Range): string {
  return text.slice(offsetAt(text, range.start), offsetAt(text, range.end));
}

/** The text of each semantic token, decoded from LSP's relative encoding. */
function decodeTokens(text: string, data: readonly number[]): string[] {
  const tokens: string[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
    const start = offsetAt(text, { line, character });
    tokens.push(text.slice(start, start + data[i + 2]));
  }
  return tokens;
}

function escape(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('the language server after shutdown', function () {
  this.timeout(60000);

  it('answers requests after `shutdown` with the protocol\'s InvalidRequest error', async () => {
    const workspace = await TestWorkspace.start();
    try {
      const name = 'corpus/reuters.txt';
      const text = workspace.read(name);
      const uri = workspace.open(name, text);
      assert.ok(await workspace.hover(uri, text, text.indexOf('$157') + 1));
      await workspace.request('shutdown', null);
      await assert.rejects(workspace.hover(uri, text, text.indexOf('$157') + 1), (error: { code?: number }) => error.code === -32600);
    } finally {
      await workspace.stop();
    }
  });
});

describe('the language server under random protocol traffic', function () {
  this.timeout(120000);

  it('survives opens, edits with any range, closes and every request at any position, and still serves', async () => {
    const workspace = await TestWorkspace.start();
    try {
      const names = ['corpus/reuters.txt', 'scratch/a.txt', 'scratch/b.txt'];
      const word = fc.constantFrom('OpenAI', 'Rp1.670 triliun', '$10 miliar', 'menurut Reuters', '\n', '\r\n', ' ', '😀', '\u0000', 'Microsoft', '(', '"', 'hampir $14 miliar', 'x'.repeat(50));
      const text = fc.array(word, { maxLength: 40 }).map((words) => words.join(' '));
      const position = fc.record({ line: fc.integer({ min: -2, max: 40 }), character: fc.integer({ min: -2, max: 400 }) });
      const operation = fc.oneof(
        fc.record({ kind: fc.constant('open' as const), file: fc.nat(2), text }),
        fc.record({ kind: fc.constant('edit' as const), file: fc.nat(2), start: position, end: position, text }),
        fc.record({ kind: fc.constant('close' as const), file: fc.nat(2) }),
        fc.record({ kind: fc.constant('request' as const), file: fc.nat(2), method: fc.constantFrom(
          'textDocument/hover', 'textDocument/definition', 'textDocument/references', 'textDocument/documentHighlight',
          'textDocument/documentSymbol', 'textDocument/codeLens', 'textDocument/inlayHint', 'textDocument/semanticTokens/full', 'textDocument/codeAction'), at: position }),
      );
      const versions = new Map<string, number>();
      await fc.assert(fc.asyncProperty(fc.array(operation, { minLength: 20, maxLength: 60 }), async (operations) => {
        for (const op of operations) {
          const uri = workspace.uri(names[op.file]);
          if (op.kind === 'open') {
            versions.set(uri, 1);
            workspace.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'news-article', version: 1, text: op.text } });
          } else if (op.kind === 'edit') {
            const version = (versions.get(uri) ?? 1) + 1;
            versions.set(uri, version);
            workspace.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: op.start, end: op.end }, text: op.text }] });
          } else if (op.kind === 'close') {
            versions.delete(uri);
            workspace.notify('textDocument/didClose', { textDocument: { uri } });
          } else {
            const range = { start: op.at, end: op.at };
            const params = { textDocument: { uri }, position: op.at, range, context: { includeDeclaration: true, diagnostics: [] } };
            // An answer or an error the protocol allows; never a hang, never a dead server.
            await workspace.request(op.method, params).catch((error: unknown) => assert.ok(error instanceof ResponseError, String(error)));
          }
        }
        await workspace.assertStillServing();
      }), { numRuns: 8 });
    } finally {
      await workspace.stop();
    }
  });
});
