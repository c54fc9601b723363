// The protocol's floor: a minimal server on the same library that answers hover, definition and
// references at once, with nothing computed. Latency measured against it is what Sorot adds.

import { ProposedFeatures, TextDocumentSyncKind, createConnection } from 'vscode-languageserver/node';

const connection = createConnection(ProposedFeatures.all);
connection.onInitialize(() => ({
  capabilities: { textDocumentSync: TextDocumentSyncKind.Incremental, hoverProvider: true, definitionProvider: true, referencesProvider: true },
}));
connection.onHover(() => ({ contents: '' }));
connection.onDefinition(() => null);
connection.onReferences(() => []);
connection.listen();
