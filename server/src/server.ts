// The language server's table of contents: capabilities, and one line per request. The logic lives
// in session.ts (the index and how it stays current) and features/ (one file per request).

import {
  CancellationToken, Connection, DidChangeConfigurationNotification, ErrorCodes, InitializeParams, LSPErrorCodes, InitializeResult, ResponseError,
  ResultProgressReporter, TextDocumentSyncKind,
} from 'vscode-languageserver';
import { provideCodeActions } from './features/codeAction';
import { provideCodeLenses, resolveCodeLens } from './features/codeLens';
import { provideDefinition } from './features/definition';
import { provideDocumentHighlights } from './features/documentHighlight';
import { provideDocumentSymbols } from './features/documentSymbol';
import { provideFactHistory } from './features/factHistory';
import { provideHover } from './features/hover';
import { provideInlayHints } from './features/inlayHint';
import { referenceBatches } from './features/references';
import { SEMANTIC_TOKENS_LEGEND, provideSemanticTokens } from './features/semanticTokens';
import { provideWorkspaceSymbols } from './features/workspaceSymbol';
import { positionsOf } from './convert';
import { localeOf, setLocale } from './messages';
import { Session } from './session';
import { SettingsStore } from './settings';
import { syncedDocuments } from './textSync';
import { URI } from './uri';

export function startServer(connection: Connection): void {
  const documents = syncedDocuments();
  /** After `shutdown`, requests are answered with the protocol's error (LSP: "InvalidRequest"). */
  let shutDown = false;
  connection.onShutdown(() => {
    shutDown = true;
  });
  let configurationSupported = false;
  const session = new Session(connection, new SettingsStore(connection, () => configurationSupported));
  /**
   * Runs a request on a document after applying its pending edit. A request the client has cancelled
   * is answered as such; a failure is logged and answered with an empty result, never a crash.
   */
  const on = <T>(clientUri: string, run: (uri: string, offset: (position: { line: number; character: number }) => number) => T, fallback: T, token?: CancellationToken): T | ResponseError<void> => {
    if (shutDown) return new ResponseError(ErrorCodes.InvalidRequest, 'the server is shutting down');
    if (token?.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
    try {
      const uri = URI.canonical(clientUri);
      session.flush(uri);
      const document = session.workspace.get(uri);
      return run(uri, (position) => (document ? positionsOf(document).offset(position) : 0));
    } catch (error) {
      connection.console.error(`Sorot: ${(error as Error).stack ?? error}`);
      return fallback;
    }
  };

  /**
   * The same for a result that comes in batches: sent as partial results when the client asked for
   * them (`partialResultToken`), the event loop let through between batches, else all at once.
   */
  const streamed = async <T>(
    clientUri: string, run: (uri: string, offset: (position: { line: number; character: number }) => number) => Iterable<T[]>,
    token: CancellationToken, progress: ResultProgressReporter<T[]> | undefined,
  ): Promise<T[] | ResponseError<void>> => {
    if (!progress) return on(clientUri, (uri, offset) => [...run(uri, offset)].flat(), [], token);
    const batches = on(clientUri, run, [], token);
    if (batches instanceof ResponseError) return batches;
    try {
      for (const batch of batches) {
        if (token.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
        if (batch.length > 0) progress.report(batch);
        await new Promise((resolve) => setImmediate(resolve));
      }
    } catch (error) {
      connection.console.error(`Sorot: ${(error as Error).stack ?? error}`);
    }
    return [];
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    configurationSupported = Boolean(params.capabilities?.workspace?.configuration);
    setLocale(localeOf(params.locale));
    const folders = params.workspaceFolders?.map((folder) => URI.toPath(folder.uri)) ?? [params.rootUri ? URI.toPath(params.rootUri) : undefined];
    session.setFolders(folders.filter((folder): folder is string => Boolean(folder)));
    const options = params.initializationOptions as { trusted?: boolean; cacheDirectory?: unknown; lexiconEdits?: unknown } | undefined;
    session.clientEditsLexicon = options?.lexiconEdits === 'client';
    session.trusted = options?.trusted !== false;
    session.cacheDirectory = typeof options?.cacheDirectory === 'string' ? options.cacheDirectory : undefined;
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
        codeLensProvider: { resolveProvider: true },
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
    session.guard('applying the settings', () => session.settingsChanged());
  });
  connection.onDidChangeWatchedFiles((change) => session.watchedFilesChanged(change.changes));

  documents.onDidOpen((event) => session.opened(event.document));
  documents.onDidChangeContent((event) => session.changed(event.document));
  documents.onDidClose((event) => session.closed(event.document.uri));

  connection.onHover(({ textDocument, position }, token) => on(textDocument.uri, (uri, offset) => provideHover(session.workspace, uri, offset(position), session.isStale(uri)), null, token));
  connection.onDefinition(({ textDocument, position }, token) => on(textDocument.uri, (uri, offset) => provideDefinition(session.workspace, uri, offset(position), session.lexiconFileState()), null, token));
  connection.onReferences(({ textDocument, position, context }, token, _, progress) => streamed(textDocument.uri,
    (uri, offset) => referenceBatches(session.workspace, uri, offset(position), context.includeDeclaration), token, progress));
  connection.onDocumentHighlight(({ textDocument, position }, token) => on(textDocument.uri, (uri, offset) => provideDocumentHighlights(session.workspace, uri, offset(position)), [], token));
  connection.onDocumentSymbol(({ textDocument }, token) => on(textDocument.uri, (uri) => provideDocumentSymbols(session.workspace, uri), [], token));
  connection.onWorkspaceSymbol(({ query }, token) => on('', () => provideWorkspaceSymbols(session.workspace, query), [], token));
  connection.onCodeAction(({ textDocument, range, context }, token) => on(textDocument.uri, (uri) => provideCodeActions(session.workspace, uri, range, context.diagnostics, session.lexiconFileState(), session.clientEditsLexicon), [], token));
  connection.onCodeLens(({ textDocument }, token) => on(textDocument.uri, (uri) => provideCodeLenses(session.workspace, uri, session.currentSettings()?.codeLens), [], token));
  connection.onCodeLensResolve((lens, token) => on('', () => resolveCodeLens(session.workspace, lens), lens, token));
  connection.languages.inlayHint.on(({ textDocument, range }, token) => on(textDocument.uri, (uri) => provideInlayHints(session.workspace, uri, range, session.currentSettings()?.inlayHints), [], token));
  connection.languages.semanticTokens.on(({ textDocument }, token) => on(textDocument.uri, (uri) => provideSemanticTokens(session.workspace, uri), { data: [] }, token));
  connection.onRequest('sorot/deals', (_, token) => on('', () => session.workspace.deals(), [], token));
  connection.onRequest('sorot/factHistory', (key: unknown, token) => on('', () => (typeof key === 'string' ? provideFactHistory(session.workspace, key) : []), [], token));
  connection.onRequest('sorot/status', () => ({ state: session.state, articles: session.workspace.size }));

  documents.listen(connection);
  connection.listen();
}
