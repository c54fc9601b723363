// Transport only: create the connection (stdio, IPC or a socket, as the command line says) and
// hand it to the server.

import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { startServer } from './server';

const connection = createConnection(ProposedFeatures.all);
// A promise nobody waited on must not take the server down with the editor's work: log it.
process.on('unhandledRejection', (reason) => connection.console.error(`Sorot: unhandled rejection: ${reason instanceof Error ? reason.stack : String(reason)}`));
startServer(connection);
