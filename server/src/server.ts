// The language server's table of contents: capabilities, and one line per request. The logic lives
// in session.ts (the index and how it stays current) and features/ (one file per request).

import { Connection, DidChangeConfigurationNotification, InitializeParams, InitializeResult, TextDocuments, TextDocumentSyncKind } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { provideCodeActions } from './features/codeAction';
import { provideCodeLenses } from './features/codeLens';
import { provideDefinition } from './features/definition';
import { provideDocumentHighlights } from './features/documentHighlight';
import { provideDocumentSymbols } from './features/documentSymbol';
import { provideHover } from './features/hover';
import { provideInlayHints } from './features/inlayHint';
import { provideReferences } from './features/references';
import { SEMANTIC_TOKENS_LEGEND, provideSemanticTokens } from './features/semanticTokens';
import { provideWorkspaceSymbols } from './features/workspaceSymbol';
import { positionsOf } from './convert';
import { Session } from './session';
import { SettingsStore } from './settings';
import { URI } from './uri';

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  let configurationSupported = false;
  const session = new Session(connection, new SettingsStore(connection, () => configurationSupported));
  /** Runs a request on a document after applying its pending edit; a failure answers null, never crashes. */
  const on = <T>(uri: string, run: (offset: (position: { line: number; character: number }) => number) => T, fallback: T): T => {
    try {
      session.flush(uri);
      const document = session.workspace.get(uri);
      return run((position) => (document ? positionsOf(document).offset(position) : 0));
    } catch (error) {
      connection.console.error(`Sorot: ${(error as Error).stack ?? error}`);
      return fallback;
    }
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    configurationSupported = Boolean(params.capabilities?.workspace?.configuration);
    const folders = params.workspaceFolders?.map((folder) => URI.toPath(folder.uri)) ?? [params.rootUri ? URI.toPath(params.rootUri) : undefined];
    session.setFolders(folders.filter((folder): folder is string => Boolean(folder)));
    session.trusted = (params.initializationOptions as { trusted?: boolean } | undefined)?.trusted !== false;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        documentHighlightProvider: true,
        documentSymbolProvider: true,
        workspaceSymbolProvider: true,
        codeActionProvider: { codeActionKinds: ['quickfix'] },
        codeLensProvider: { resolveProvider: false },
        inlayHintProvider: true,
        semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true },
        executeCommandProvider: { commands: [] },
      },
      serverInfo: { name: 'sorot-language-server', version: '0.1.0' },
    };
  });
  connection.onInitialized(() => {
    if (configurationSupported) connection.client.register(DidChangeConfigurationNotification.type, { section: 'sorot' }).catch(() => undefined);
    void session.index();
  });
  connection.onDidChangeConfiguration((change) => {
    if (!configurationSupported) session.settingsStore.setPushed(change.settings);
    void session.settingsChanged();
  });
  connection.onDidChangeWatchedFiles((change) => session.watchedFilesChanged(change.changes));

  documents.onDidOpen((event) => session.opened(event.document));
  documents.onDidChangeContent((event) => session.changed(event.document));
  documents.onDidClose((event) => session.closed(event.document.uri));

  connection.onHover(({ textDocument, position }) => on(textDocument.uri, (offset) => provideHover(session.workspace, textDocument.uri, offset(position)), null));
  connection.onDefinition(({ textDocument, position }) => on(textDocument.uri, (offset) => provideDefinition(session.workspace, textDocument.uri, offset(position), session.lexiconFileState()), null));
  connection.onReferences(({ textDocument, position, context }) => on(textDocument.uri, (offset) => provideReferences(session.workspace, textDocument.uri, offset(position), context.includeDeclaration), []));
  connection.onDocumentHighlight(({ textDocument, position }) => on(textDocument.uri, (offset) => provideDocumentHighlights(session.workspace, textDocument.uri, offset(position)), []));
  connection.onDocumentSymbol(({ textDocument }) => on(textDocument.uri, () => provideDocumentSymbols(session.workspace, textDocument.uri), []));
  connection.onWorkspaceSymbol(({ query }) => on('', () => provideWorkspaceSymbols(session.workspace, query), []));
  connection.onCodeAction(({ textDocument, range, context }) => on(textDocument.uri, () => provideCodeActions(session.workspace, textDocument.uri, range, context.diagnostics, session.lexiconFileState()), []));
  connection.onCodeLens(({ textDocument }) => on(textDocument.uri, () => (session.currentSettings()?.codeLens === false ? [] : provideCodeLenses(session.workspace, textDocument.uri)), []));
  connection.languages.inlayHint.on(({ textDocument, range }) => on(textDocument.uri, () => (session.currentSettings()?.inlayHints === false ? [] : provideInlayHints(session.workspace, textDocument.uri, range)), []));
  connection.languages.semanticTokens.on(({ textDocument }) => on(textDocument.uri, () => provideSemanticTokens(session.workspace, textDocument.uri), { data: [] }));
  connection.onRequest('sorot/deals', () => on('', () => session.workspace.deals(), []));
  connection.onRequest('sorot/status', () => ({ state: session.state, articles: session.workspace.size }));

  documents.listen(connection);
  connection.listen();
}
