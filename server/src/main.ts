// Transport only: create the connection (stdio, IPC or a socket, as the command line says) and
// hand it to the server.

import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { startServer } from './server';

startServer(createConnection(ProposedFeatures.all));
