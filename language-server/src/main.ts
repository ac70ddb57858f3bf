// Entry point of the bundled language server (dist/language-server.js): stdio or IPC, as the client asks.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

startServer(createConnection(ProposedFeatures.all));
