// The extension in a real VS Code, through the commands any extension can call
// (vscode.execute*Provider): hover, definition, document symbols, and the Problems panel's diagnostics.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

describe('Sorot in VS Code', () => {
  let document: vscode.TextDocument;
  const folder = () => vscode.workspace.workspaceFolders![0].uri;

  before(async () => {
    document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder(), 'corpus', '001_768f33f5f5a4950a.txt'));
    await vscode.window.showTextDocument(document);
    assert.equal(document.languageId, 'news-article');
    const deadline = Date.now() + 30000;
    while (vscode.languages.getDiagnostics(document.uri).length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 250));
  });

  it('lists the OpenAI valuation conflict in the Problems panel', () => {
    const codes = vscode.languages.getDiagnostics(document.uri).map((diagnostic) => String(diagnostic.code));
    assert.deepEqual(codes, ['figure.conflict']);
  });

  it('shows the rupiah value on hover', async () => {
    const position = document.positionAt(document.getText().indexOf('10 miliar dolar AS') + 2);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
    const text = hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : (content as vscode.MarkdownString).value))).join('\n');
    assert.match(text, /Rp167,2 triliun/);
  });

  it('goes to the definition in another article', async () => {
    const position = document.positionAt(document.getText().indexOf('OpenAI') + 1);
    const locations = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', document.uri, position);
    const target = locations[0] as vscode.Location;
    assert.match(target.uri.path, /000_b55f8b8f8f646a99\.txt$/);
  });

  it('outlines the deals', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    assert.equal(symbols[0].name, 'Amazon – OpenAI');
  });
});
