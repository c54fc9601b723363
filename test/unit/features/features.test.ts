// The LSP features against an in-memory workspace: what each computes, without a process.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DocumentSymbol, Range, SymbolKind } from 'vscode-languageserver';
import { analyzeArticle } from '../../../server/src/analysis/analyze';
import { builtinLexicon } from '../../../server/src/analysis/lexicon';
import { Workspace } from '../../../server/src/corpus/workspace';
import { PositionMap } from '../../../server/src/convert';
import { provideCodeActions } from '../../../server/src/features/codeAction';
import { lexiconInsertion } from '../../../server/src/features/lexiconEdit';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { provideCodeLenses, resolveCodeLens } from '../../../server/src/features/codeLens';
import { provideDefinition } from '../../../server/src/features/definition';
import { provideDiagnostics } from '../../../server/src/features/diagnostics';
import { provideDocumentSymbols } from '../../../server/src/features/documentSymbol';
import { provideHover } from '../../../server/src/features/hover';
import { provideInlayHints } from '../../../server/src/features/inlayHint';
import { provideSemanticTokens } from '../../../server/src/features/semanticTokens';
import { validateSettings } from '../../../server/src/settings';

// Dated by their file names, a day apart: their valuations of OpenAI are weighed against each other.
const A = 'file:///w/corpus/a-2024-10-03.txt';
const B = 'file:///w/corpus/b-2024-10-04.txt';
const ARTICLES: Record<string, string> = {
  [A]: 'Menurut laporan Fortune, kesepakatan ini membuat valuasi OpenAI melebihi 500 miliar dolar AS.\nRini Wulandari, analis di Sigma Riset, menilai hal itu wajar.',
  [B]: 'Tantangan keuangan OpenAI makin berat. Meskipun perkiraan valuasinya sebesar $157 miliar, ia terus merugi.',
};

/** The position of an offset in a text, for applying jsonc-parser's edits. */
function positionIn(text: string, offset: number) {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

function applyAll(text: string, edits: readonly { offset: number; length: number; content: string }[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x.json', 'json', 1, text), edits.map((edit) => ({ range: { start: positionIn(text, edit.offset), end: positionIn(text, edit.offset + edit.length) }, newText: edit.content })));
}

function workspace(articles = ARTICLES): Workspace {
  const created = new Workspace({ lexicon: builtinLexicon() }, (uri) => articles[uri]);
  for (const [uri, text] of Object.entries(articles)) created.set(uri, text, false);
  return created;
}

const at = (uri: string, needle: string) => ARTICLES[uri].indexOf(needle) + 1;

describe('features on an in-memory workspace', () => {
  it('hover on a figure says its value, whose fact it is, and the figure that conflicts, short, with links to the rest', () => {
    const hover = provideHover(workspace(), A, at(A, 'melebihi 500'))!;
    const text = (hover.contents as { value: string }).value;
    const lines = text.split('\n').filter(Boolean);
    assert.deepEqual(lines.slice(0, 3), [
      '**≥ US$500 miliar** (≥ Rp8.250 triliun) — more than, at Rp16.500 per US$ (the default rate)',
      '**OpenAI — valuation** · reported by Fortune · holds around 3 Oct 2024 (the article’s date)',
      '- ⚠ “$157 miliar” in b-2024-10-04.txt, around 4 Oct 2024 (reported), conflicts',
    ]);
    assert.match(lines[3], /^\[Show all 2\]\(command:sorot\.showReferences\?[^)]+\) · \[Open fact history\]\(command:sorot\.showFactHistory\?%5B%22openai%7Cvaluation%7C%22%5D\)$/);
    assert.equal(lines.length, 4);
  });

  it('hover lists at most three other figures of a fact, those that disagree first', () => {
    const articles: Record<string, string> = {};
    for (const [day, amount] of [[1, 157], [2, 160], [3, 158], [4, 86], [5, 157]] as const) {
      articles[`file:///w/corpus/${day}-2024-10-0${day}.txt`] = `Valuasi OpenAI kini sebesar $${amount} miliar.`;
    }
    const uri = 'file:///w/corpus/1-2024-10-01.txt';
    const text = (provideHover(workspace(articles), uri, articles[uri].indexOf('$157') + 1)!.contents as { value: string }).value;
    const others = text.split('\n').filter((line) => line.startsWith('- '));
    assert.equal(others.length, 3);
    assert.match(others[0], /^- ⚠ “\$86 miliar”/);
    assert.match(text, /\[Show all 5\]/);
  });

  it('hover on the first line says when the article was written, and where that was read', () => {
    const dated = workspace({ 'file:///w/corpus/c.txt': 'Jakarta, Kamis (6/11/2025) - OpenAI mengumumkan kemitraan.\nIsi berita.' });
    const text = (provideHover(dated, 'file:///w/corpus/c.txt', 2)!.contents as { value: string }).value;
    assert.equal(text, '**Published 2025-11-06** — read from “Kamis (6/11/2025)”.');
    const fromName = (provideHover(workspace(), B, 1)!.contents as { value: string }).value;
    assert.equal(fromName, '**Published 2024-10-04** — from the file name.');
  });

  it('hover on an entity found from context says so, with its counts', () => {
    const text = (provideHover(workspace(), A, at(A, 'Rini'))!.contents as { value: string }).value;
    assert.match(text, /^\*\*Rini Wulandari\*\* — person/);
    assert.match(text, /Recognised from context/);
    assert.match(text, /1 mention in 1 article/);
  });

  it('goes to the first mention, or to the entry in the workspace lexicon', () => {
    const first = provideDefinition(workspace(), B, at(B, 'OpenAI'))!;
    assert.equal(first.uri, A);
    const lexicon = { uri: 'file:///w/.sorot/lexicon.json', text: '{\n  "entities": [\n    { "id": "openai", "aliases": ["Open AI"] }\n  ]\n}\n' };
    const entry = provideDefinition(workspace(), B, at(B, 'OpenAI'), lexicon)!;
    assert.deepEqual({ uri: entry.uri, range: entry.range }, { uri: lexicon.uri, range: { start: { line: 2, character: 12 }, end: { line: 2, character: 20 } } });
  });

  it('gives a figure\'s converted value as a short inlay hint, none where the article converts it or the amount is vague', () => {
    const hints = provideInlayHints(workspace(), B, { start: { line: 0, character: 0 }, end: { line: 9, character: 0 } });
    assert.deepEqual(hints.map((hint) => hint.label), ['≈ Rp2.591 T']);
    assert.match(String(hints[0].tooltip), /^\$157 miliar = Rp2\.590,5 triliun, at Rp16\.500 per US\$$/);
    const uri = 'file:///w/corpus/c.txt';
    const articles = { [uri]: 'Gajinya US$ 12.500 (Rp198 juta), bonusnya US$ 3.000, dan pasar itu bernilai miliaran dolar.' };
    const converted = workspace(articles);
    const all = { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } };
    // The article's own conversion sets the rate: Rp15.840 per US$.
    assert.deepEqual(provideInlayHints(converted, uri, all).map((hint) => hint.label), ['≈ Rp48 jt']);
    assert.deepEqual(provideInlayHints(converted, uri, all, 'all').map((hint) => hint.label), ['≈ Rp198 jt', '≈ US$12.500', '≈ Rp48 jt']);
    assert.deepEqual(provideInlayHints(converted, uri, all, 'off'), []);
    // Another currency in rupiah, approximately, at its rough rate, which the tooltip and the hover name.
    const euros = { [uri]: 'Mistral meraih €385 juta dari investor.' };
    const [euro] = provideInlayHints(workspace(euros), uri, all);
    assert.equal(euro.label, '≈ Rp6,9 T');
    assert.equal(euro.tooltip, '€385 juta: ≈ Rp6,86 triliun, at roughly US$1,08 per EUR and Rp16.500 per US$');
    const figureHover = (provideHover(workspace(euros), uri, euros[uri].indexOf('€') + 1)!.contents as { value: string }).value;
    assert.match(figureHover, /^\*\*€385 juta\*\* \(≈ US\$415,8 juta, ≈ Rp6,86 triliun\) — exact, at roughly US\$1,08 per EUR and Rp16\.500 per US\$/);
  });

  it('puts code lenses only on the first mention of entities with conflicts, naming them, the conflicts opening only the conflicts', () => {
    const index = workspace();
    // A lens comes without its command, and is resolved when shown.
    assert.deepEqual(provideCodeLenses(index, A).map((lens) => lens.command), [undefined, undefined]);
    const lenses = provideCodeLenses(index, A).map((lens) => resolveCodeLens(index, lens));
    assert.deepEqual(lenses.map((lens) => lens.command!.title), ['OpenAI · 2 mentions in 2 articles', '2 conflicts']);
    const [, conflicts] = lenses;
    const locations = conflicts.command!.arguments![2] as { uri: string; range: Range }[];
    assert.deepEqual(locations.map((found) => `${found.uri.split('/').pop()} ${found.range.start.character}`).sort(), [
      `a-2024-10-03.txt ${ARTICLES[A].indexOf('melebihi 500')}`, `b-2024-10-04.txt ${ARTICLES[B].indexOf('$157')}`,
    ]);
    assert.deepEqual(provideCodeLenses(index, A, 'all').map((lens) => resolveCodeLens(index, lens).command!.title), [
      'OpenAI · 2 mentions in 2 articles', '2 conflicts', 'Rini Wulandari · 1 mention in 1 article', 'Sigma Riset · 1 mention in 1 article',
    ]);
    assert.deepEqual(provideCodeLenses(index, A, 'off'), []);
  });

  it('colours entities and figures, with a modifier for names found from context', () => {
    const data = provideSemanticTokens(workspace(), A).data;
    const tokens: string[] = [];
    const map = new PositionMap(ARTICLES[A]);
    let line = 0;
    let character = 0;
    for (let i = 0; i < data.length; i += 5) {
      line += data[i];
      character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
      const start = map.offset({ line, character });
      tokens.push(`${ARTICLES[A].slice(start, start + data[i + 2])}:${data[i + 3]}:${data[i + 4]}`);
    }
    assert.deepEqual(tokens, ['Fortune:4:0', 'OpenAI:0:0', 'melebihi 500 miliar dolar AS:5:0', 'Rini Wulandari:1:1', 'Sigma Riset:0:1']);
  });

  it('offers to add a name found from context to the workspace lexicon with the smallest edit, keeping the file\'s comments', () => {
    const lexicon = { uri: 'file:///w/.sorot/lexicon.json', text: '{\n  // ours\n  "entities": []\n}\n' };
    const map = new PositionMap(ARTICLES[A]);
    const range = { start: map.position(at(A, 'Sigma')), end: map.position(at(A, 'Sigma')) };
    const actions = provideCodeActions(workspace(), A, range, [], lexicon);
    assert.equal(actions[0].title, 'Add “Sigma Riset” to the workspace lexicon as an org');
    const after = TextDocument.applyEdits(TextDocument.create(lexicon.uri, 'json', 1, lexicon.text), actions[0].edit!.changes![lexicon.uri]);
    assert.match(after, /\/\/ ours/);
    assert.deepEqual(JSON.parse(after.replace(/\/\/.*\n/, '')).entities, [{ id: 'sigma-riset', name: 'Sigma Riset', type: 'org' }]);
    assert.ok(actions[0].edit!.changes![lexicon.uri].every((edit) => edit.newText.length < after.length), 'an insertion, not the whole file');
    const created = provideCodeActions(workspace(), A, range, [], { uri: lexicon.uri, text: undefined })[0].edit!.documentChanges!;
    assert.equal((created[0] as { kind: string }).kind, 'create');
  });

  it('leaves a VS Code client to add to the lexicon as its editor holds it, keeping an entry typed and not yet saved', () => {
    const lexicon = { uri: 'file:///w/.sorot/lexicon.json', text: '{\n  "entities": []\n}\n' };
    const map = new PositionMap(ARTICLES[A]);
    const sigma = { start: map.position(at(A, 'Sigma')), end: map.position(at(A, 'Sigma')) };
    const [action] = provideCodeActions(workspace(), A, sigma, [], lexicon, true);
    assert.equal(action.edit, undefined, 'no edit computed from the file on disk');
    assert.deepEqual(action.command?.command, 'sorot.addToLexicon');
    const [uri, list, item, message] = action.command!.arguments!;
    assert.deepEqual([uri, list, item, message], [lexicon.uri, 'entities', { id: 'sigma-riset', name: 'Sigma Riset', type: 'org' }, 'Added “Sigma Riset” to the workspace lexicon as an org.']);
    // What the client computes from the editor's text, where an entry is typed but not saved.
    const unsaved = '{\n  "entities": [\n    { "id": "nusa", "name": "Nusa", "type": "org" }\n  ]\n}\n';
    const after = applyAll(unsaved, lexiconInsertion(unsaved, 'entities', item as Record<string, unknown>));
    assert.deepEqual(JSON.parse(after).entities.map((entry: { id: string }) => entry.id), ['nusa', 'sigma-riset']);
    // A list the file does not have yet is added.
    assert.deepEqual(JSON.parse(applyAll(unsaved, lexiconInsertion(unsaved, 'ignore', { file: 'a.txt', figure: '$1 miliar', code: 'figure.conflict' }))).ignore.length, 1);
  });

  it('offers to ignore a judged figure, whose problem then goes', () => {
    const lexicon = { uri: 'file:///w/.sorot/lexicon.json', text: '{\n  "entities": []\n}\n' };
    const corpus = workspace();
    const [conflict] = provideDiagnostics(corpus, B, new Set());
    assert.equal(conflict.code, 'figure.conflict');
    const [ignore] = provideCodeActions(corpus, B, conflict.range, [conflict], lexicon);
    assert.equal(ignore.title, 'Ignore this figure (“$157 miliar”, figure.conflict) from now on');
    const written = JSON.parse(TextDocument.applyEdits(TextDocument.create(lexicon.uri, 'json', 1, lexicon.text), ignore.edit!.changes![lexicon.uri]));
    assert.deepEqual(written.ignore, [{ file: 'b-2024-10-04.txt', figure: '$157 miliar', code: 'figure.conflict' }]);
    const [forClient] = provideCodeActions(corpus, B, conflict.range, [conflict], lexicon, true);
    assert.deepEqual(forClient.command?.arguments?.slice(1), ['ignore', written.ignore[0], 'Sorot will no longer report figure.conflict for “$157 miliar” in b-2024-10-04.txt.']);
    // With the figure in the ignore list, its problem is no longer published; the other article's stays.
    assert.deepEqual(provideDiagnostics(corpus, B, new Set(), written.ignore), []);
    assert.equal(provideDiagnostics(corpus, A, new Set(), written.ignore).length, 1);
  });

  it('offers the figure meant as the quick fix for a slip of scale', () => {
    const uri = 'file:///w/corpus/slip.txt';
    const text = 'Nilai kesepakatan itu US$97,4 miliar (Rp1,51 triliun).';
    const index = workspace({ ...ARTICLES, [uri]: text });
    const diagnostics = provideDiagnostics(index, uri, new Set());
    assert.deepEqual(diagnostics.map((diagnostic) => diagnostic.code), ['figure.slip']);
    const [action] = provideCodeActions(index, uri, diagnostics[0].range, diagnostics, undefined);
    assert.equal(action.title, 'Change to “Rp1.510 triliun”');
    assert.equal(action.edit!.changes![uri][0].newText, 'Rp1.510 triliun');
  });

  it('hints at a misspelled known name, and offers the right one as the quick fix', () => {
    const uri = 'file:///w/corpus/typo.txt';
    const text = 'Investor Antrhopic menanti keputusan itu.';
    const index = workspace({ ...ARTICLES, [uri]: text });
    const diagnostics = provideDiagnostics(index, uri, new Set());
    assert.deepEqual(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.severity]), [['entity.misspelled', 4]]);
    const [action] = provideCodeActions(index, uri, diagnostics[0].range, diagnostics, undefined);
    assert.equal(action.title, 'Change to “Anthropic”');
    assert.equal(action.edit!.changes![uri][0].newText, 'Anthropic');
  });

  it('keeps the index current: an edit, a close, a delete', () => {
    const index = workspace();
    assert.equal([...index.diagnostics().values()].flat().length, 2);
    index.set(B, ARTICLES[B].replace('$157 miliar', '$600 miliar'), true);
    assert.equal([...index.diagnostics().values()].flat().length, 0);
    index.set(B, ARTICLES[B], false);
    assert.equal([...index.diagnostics().values()].flat().length, 0, 'an open document wins over the disk');
    index.close(B);
    index.set(B, ARTICLES[B], false);
    assert.equal([...index.diagnostics().values()].flat().length, 2);
    index.delete(B);
    assert.equal(index.size, 1);
    assert.equal([...index.diagnostics().values()].flat().length, 0);
  });
});

describe('the outline', () => {
  const holds = (outer: Range, inner: Range) => !isBefore(inner.start, outer.start) && !isBefore(outer.end, inner.end);
  const isBefore = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character < b.character);
  /** The symbols whose range does not hold their selection range, or whose parent's range does not hold theirs. */
  const misplaced = (symbols: readonly DocumentSymbol[], parent?: DocumentSymbol): string[] => symbols.flatMap((symbol) => [
    ...(!holds(symbol.range, symbol.selectionRange) || (parent && !holds(parent.range, symbol.range)) ? [symbol.name] : []),
    ...misplaced(symbol.children ?? [], symbol),
  ]);

  it('holds a headline deal\'s amount and figures from the body in the deal\'s range', () => {
    // The Outline failed with `selectionRange must be contained in fullRange` on such a deal.
    const uri = 'file:///w/corpus/headline.txt';
    const text = 'Microsoft Suntik OpenAI\nNilai investasinya US$10 miliar atau sekitar Rp 150 triliun.';
    const analysis = analyzeArticle(text, builtinLexicon());
    const amount = analysis.money.findIndex((figure) => figure.text.startsWith('US$10'));
    analysis.deals = [{ start: 0, end: text.indexOf('\n'), parties: ['microsoft', 'openai'], kind: 'investment', status: 'announced', amount, source: null }];
    const stub = { get: () => ({ uri, text, analysis }), diagnosticsOf: () => [], revision: 0 } as unknown as Workspace;
    const [deal] = provideDocumentSymbols(stub, uri);
    assert.equal(deal.name, 'Microsoft – OpenAI');
    assert.deepEqual(deal.range, { start: { line: 0, character: 0 }, end: { line: 1, character: text.length - text.indexOf('\n') - 2 } });
    assert.deepEqual(deal.children?.map((child) => child.name), ['US$10 miliar', 'sekitar Rp 150 triliun']);
    assert.deepEqual(misplaced([deal]), []);
  });

  it('lists the figures that state a fact, marking those that conflict', () => {
    const symbols = provideDocumentSymbols(workspace(), B).filter((symbol) => symbol.kind === SymbolKind.Number);
    assert.deepEqual(symbols.map((symbol) => `${symbol.name} — ${symbol.detail}`), ['⚠ $157 miliar — OpenAI — valuation · 1 conflicting figure']);
  });

  it('nests every symbol of the sample corpus inside its parent, around its selection', () => {
    const folder = path.join(__dirname, '..', '..', '..', 'corpus');
    const articles = Object.fromEntries(fs.readdirSync(folder).filter((name) => name.endsWith('.txt'))
      .map((name) => [`file:///w/corpus/${name}`, fs.readFileSync(path.join(folder, name), 'utf8')]));
    const corpus = workspace(articles);
    for (const uri of Object.keys(articles)) assert.deepEqual(misplaced(provideDocumentSymbols(corpus, uri)), [], uri);
  });
});

describe('settings', () => {
  it('falls back to defaults for malformed values and names the setting', () => {
    const { settings, problems } = validateSettings({ files: 'corpus', idrPerUsd: 5, severity: { 'figure.conflict': 'error', 'x.y': 'loud' }, inlayHints: 'no', codeLens: 3 });
    assert.deepEqual(settings.files, ['corpus/**/*.txt', 'articles/**/*.txt', '**/*.article.txt']);
    assert.equal(settings.idrPerUsd, null);
    assert.deepEqual(settings.severity, { 'figure.conflict': 'error' });
    assert.equal(settings.inlayHints, 'unconverted');
    assert.equal(settings.codeLens, 'conflicts');
    assert.deepEqual(problems, [
      'sorot.files must be a list of glob patterns; using the default.',
      'sorot.idrPerUsd must be rupiah per US dollar between 5000 and 50000; using the corpus rate.',
      'sorot.severity: "x.y": "loud" is not a known code and severity; ignored.',
      'sorot.inlayHints must be one of "off", "unconverted", "all"; using "unconverted".',
      'sorot.codeLens must be one of "off", "conflicts", "all"; using "conflicts".',
    ]);
    // A glob that would take minutes to match (`*a*a*a…`) is refused; a list of plain globs is taken.
    const slow = `**/${'*a'.repeat(30)}.txt`;
    assert.deepEqual(validateSettings({ files: [slow] }).problems, [`sorot.files: "${slow.slice(0, 60)}…" is longer than 200 characters or has more than 8 wildcards; using the default.`]);
    assert.deepEqual(validateSettings({ files: ['berita/**/*.txt'] }).settings.files, ['berita/**/*.txt']);
    // The values of earlier versions still work.
    assert.deepEqual(validateSettings({ inlayHints: false, codeLens: true }).settings, { ...validateSettings({}).settings, inlayHints: 'off', codeLens: 'conflicts' });
    assert.deepEqual(validateSettings(null).problems, []);
  });
});
