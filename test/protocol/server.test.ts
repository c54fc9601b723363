// The bundled language server over stdio, on a copy of the sample corpus: the wiring of every
// request, end to end. What the features compute is tested in test/unit; this proves they arrive.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspProcess } from '../support/lspProcess';
import { VALUATION_REPORTS } from '../support/valuationReports';

const CORPUS = path.join(__dirname, '..', '..', 'corpus');

describe('the language server over stdio', function () {
  this.timeout(30000);
  let server: LspProcess;
  let folder: string;
  const statuses: { state: string; articles: number; indexed?: number; total?: number }[] = [];
  const uri = (name: string) => pathToFileURL(path.join(folder, 'corpus', name)).href;
  const text = (name: string) => fs.readFileSync(path.join(folder, 'corpus', name), 'utf8');
  const positionOf = (name: string, needle: string, occurrence = 0) => {
    const content = text(name);
    let offset = -1;
    for (let i = 0; i <= occurrence; i++) offset = content.indexOf(needle, offset + 1);
    const before = content.slice(0, offset).split('\n');
    return { line: before.length - 1, character: before[before.length - 1].length + 1 };
  };

  before(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'sorot-lsp-'));
    fs.cpSync(CORPUS, path.join(folder, 'corpus'), { recursive: true });
    for (const [name, content] of Object.entries(VALUATION_REPORTS)) fs.writeFileSync(path.join(folder, 'corpus', name), content);
    server = new LspProcess();
    server.connection.onNotification('sorot/status', (status: (typeof statuses)[number]) => {
      statuses.push(status);
    });
    const result = await server.request<{ capabilities: Record<string, unknown> }>('initialize', {
      processId: process.pid, rootUri: pathToFileURL(folder).href, capabilities: { workspace: { configuration: true } },
      workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'corpus' }],
    });
    assert.ok(result.capabilities.hoverProvider && result.capabilities.definitionProvider && result.capabilities.semanticTokensProvider);
    server.notify('initialized', {});
  });

  after(async () => {
    await server.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('tells the status bar how many of the articles found it has read while indexing, then the counts', async () => {
    await server.until(() => statuses.some((status) => status.state === 'ready'));
    const indexing = statuses.find((status) => status.state === 'indexing' && status.total !== undefined);
    assert.deepEqual(indexing && { indexed: indexing.indexed, total: indexing.total }, { indexed: 0, total: 7 });
    const ready = statuses.filter((status) => status.state === 'ready').pop()!;
    assert.equal(ready.articles, 7);
    assert.equal(ready.total, undefined);
  });

  it('publishes the corpus diagnostics for every article, open or not', async () => {
    await server.until(() => (server.diagnostics.get(uri('reuters.txt'))?.length ?? 0) > 0 && server.diagnostics.has(uri('002_cb86baf73aef99c8.txt')));
    const codes = (name: string) => (server.diagnostics.get(uri(name)) ?? []).map((diagnostic) => diagnostic.code);
    assert.deepEqual(codes('001_768f33f5f5a4950a.txt'), []);
    assert.deepEqual(codes('002_cb86baf73aef99c8.txt'), ['outlet.misspelled']);
    assert.deepEqual(codes('reuters.txt'), ['figure.conflict']);
    assert.deepEqual(codes('bloomberg.txt'), ['figure.conflict']);
    const conflict = server.diagnostics.get(uri('bloomberg.txt'))![0];
    assert.equal(conflict.relatedInformation![0].location.uri, uri('reuters.txt'));
  });

  it('answers a hover on a figure with its rupiah value and what it is a figure of', async () => {
    const name = '001_768f33f5f5a4950a.txt';
    server.notify('textDocument/didOpen', { textDocument: { uri: uri(name), languageId: 'news-article', version: 1, text: text(name) } });
    const hover = await server.request<{ contents: { value: string } }>('textDocument/hover', {
      textDocument: { uri: uri(name) }, position: positionOf(name, '10 miliar dolar AS'),
    });
    assert.match(hover.contents.value, /\*\*US\$10 miliar\*\*/);
    assert.match(hover.contents.value, /Rp167,2 triliun/);
    assert.match(hover.contents.value, /Amazon — investment in OpenAI \(talks\)/);
    assert.match(hover.contents.value, /reported by Fortune/);
  });

  it('jumps from an alias to the first mention, in another article', async () => {
    const name = '001_768f33f5f5a4950a.txt';
    const definition = await server.request<{ uri: string; range: { start: { line: number } } }>('textDocument/definition', {
      textDocument: { uri: uri(name) }, position: positionOf(name, 'OpenAI'),
    });
    assert.equal(definition.uri, uri('000_b55f8b8f8f646a99.txt'));
    const aws = await server.request<{ uri: string; range: { start: { character: number } } }>('textDocument/definition', {
      textDocument: { uri: uri(name) }, position: positionOf(name, 'AWS'),
    });
    assert.equal(aws.uri, uri(name));
    assert.equal(text(name).split('\n')[positionOf(name, 'Amazon Web Services').line].slice(aws.range.start.character, aws.range.start.character + 19), 'Amazon Web Services');
  });

  it('finds every reference across the corpus, and highlights in the article', async () => {
    const name = '001_768f33f5f5a4950a.txt';
    const references = await server.request<{ uri: string }[]>('textDocument/references', {
      textDocument: { uri: uri(name) }, position: positionOf(name, 'Anshel Sag'), context: { includeDeclaration: true },
    });
    assert.equal(references.length, 3);
    const openai = await server.request<{ uri: string }[]>('textDocument/references', {
      textDocument: { uri: uri(name) }, position: positionOf(name, 'OpenAI'), context: { includeDeclaration: true },
    });
    assert.equal(new Set(openai.map((reference) => reference.uri)).size, 7, "the five samples and the two valuation reports");
    const highlights = await server.request<unknown[]>('textDocument/documentHighlight', { textDocument: { uri: uri(name) }, position: positionOf(name, 'Sag', 1) });
    assert.equal(highlights.length, 3);
  });

  it('streams references as partial results, the asking article first, when the client asks for them', async () => {
    const name = '001_768f33f5f5a4950a.txt';
    const params = { textDocument: { uri: uri(name) }, position: positionOf(name, 'OpenAI'), context: { includeDeclaration: true } };
    const whole = await server.request<{ uri: string; range: unknown }[]>('textDocument/references', params);
    const batches: { uri: string; range: unknown }[][] = [];
    const listening = server.connection.onNotification('$/progress', ({ token, value }: { token: string; value: { uri: string; range: unknown }[] }) => {
      if (token === 'refs-1') batches.push(value);
    });
    try {
      const final = await server.request<unknown[]>('textDocument/references', { ...params, partialResultToken: 'refs-1' });
      assert.deepEqual(final, []);
    } finally {
      listening.dispose();
    }
    assert.ok(batches.length >= 2, 'the article asked from, then the others');
    assert.ok(batches[0].length > 0 && batches[0].every((location) => location.uri === uri(name)));
    const key = (location: { uri: string; range: unknown }) => JSON.stringify(location);
    assert.deepEqual(batches.flat().map(key).sort(), whole.map(key).sort());
  });

  it('outlines the article\'s deals, then its entities', async () => {
    const symbols = await server.request<{ name: string; detail: string; children?: { name: string }[] }[]>('textDocument/documentSymbol', {
      textDocument: { uri: uri('001_768f33f5f5a4950a.txt') },
    });
    assert.deepEqual({ name: symbols[0].name, detail: symbols[0].detail, children: symbols[0].children!.map((child) => child.name) },
      { name: 'Amazon – OpenAI', detail: 'investment, talks · 10 miliar dolar AS', children: ['10 miliar dolar AS', 'sekitar 167,2 triliun rupiah'] });
    assert.ok(symbols.some((symbol) => symbol.name === 'Anshel Sag'));
  });

  it('offers to fix the misspelled outlet', async () => {
    const name = '002_cb86baf73aef99c8.txt';
    const [diagnostic] = server.diagnostics.get(uri(name))!;
    const actions = await server.request<{ title: string; edit: { changes: Record<string, { newText: string }[]> } }[]>('textDocument/codeAction', {
      textDocument: { uri: uri(name) }, range: (diagnostic as unknown as { range: object }).range, context: { diagnostics: [diagnostic] },
    });
    assert.equal(actions[0].title, 'Change to “Wall Street Journal”');
    assert.equal(actions[0].edit.changes[uri(name)][0].newText, 'Wall Street Journal');
  });

  it('serves semantic tokens, inlay hints, code lenses and workspace symbols', async () => {
    const name = '001_768f33f5f5a4950a.txt';
    const tokens = await server.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri: uri(name) } });
    assert.ok(tokens.data.length > 0 && tokens.data.length % 5 === 0);
    const hints = await server.request<{ label: string }[]>('textDocument/inlayHint', {
      textDocument: { uri: uri(name) }, range: { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } },
    });
    // `10 miliar dolar AS, setara sekitar 167,2 triliun rupiah` converts itself: only the other figure has a hint.
    assert.deepEqual(hints.map((hint) => hint.label), ['≥ Rp8.360 T']);
    type Lens = { command: { title: string; command: string; arguments: unknown[] } };
    const lenses = await Promise.all((await server.request<Lens[]>('textDocument/codeLens', { textDocument: { uri: uri(name) } }))
      .map((lens) => server.request<Lens>('codeLens/resolve', lens)));
    assert.deepEqual(lenses.map((lens) => lens.command.title.replace(/\d+ mentions/, 'N mentions')), ['OpenAI · N mentions in 7 articles', '2 conflicts']);
    const [mentions, conflicts] = lenses;
    assert.equal(mentions.command.command, 'sorot.showReferences');
    assert.equal((mentions.command.arguments[2] as unknown[]).length > 50, true);
    assert.equal((conflicts.command.arguments[2] as unknown[]).length, 2);
    const symbols = await server.request<{ name: string }[]>('workspace/symbol', { query: 'star' });
    assert.ok(symbols.some((symbol) => symbol.name === 'Stargate'));
  });

  it('updates the diagnostics of every article when an edit resolves a conflict', async () => {
    const name = 'reuters.txt';
    server.notify('textDocument/didOpen', { textDocument: { uri: uri(name), languageId: 'news-article', version: 1, text: text(name) } });
    const at = positionOf(name, '$157 miliar');
    server.notify('textDocument/didChange', {
      textDocument: { uri: uri(name), version: 2 },
      contentChanges: [{ range: { start: { line: at.line, character: at.character - 1 }, end: { line: at.line, character: at.character - 1 + 11 } }, text: '$86 miliar' }],
    });
    await server.until(() => server.diagnostics.get(uri('bloomberg.txt'))?.length === 0 && server.diagnostics.get(uri(name))?.length === 0);
  });

  it('follows a new file on disk', async () => {
    const added = path.join(folder, 'corpus', '005_new.txt');
    fs.writeFileSync(added, 'Jakarta, Jumat (4/10/2024) - Menurut laporan Reuters, valuasi OpenAI mencapai $60 miliar.');
    server.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(added).href, type: 1 }] });
    await server.until(() => (server.diagnostics.get(pathToFileURL(added).href) ?? []).some((diagnostic) => diagnostic.code === 'figure.conflict'));
  });
});
