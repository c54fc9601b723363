// The language server's table of contents: capabilities, and one line per request.
// The features (hover, definition, diagnostics, …) arrive with the corpus index (issue 4);
// for now the server only answers the handshake, so the extension starts cleanly.

import { Connection, InitializeResult, TextDocumentSyncKind } from 'vscode-languageserver';

export function startServer(connection: Connection): void {
  connection.onInitialize((): InitializeResult => ({
    capabilities: { textDocumentSync: TextDocumentSyncKind.Incremental },
    serverInfo: { name: 'sorot-language-server', version: '0.1.0' },
  }));
  connection.listen();
}
