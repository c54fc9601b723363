// The bundled language server in a child process, spoken to over stdio as an editor would.

import { ChildProcess, spawn } from 'node:child_process';
import * as path from 'node:path';
import { MessageConnection, StreamMessageReader, StreamMessageWriter, createMessageConnection } from 'vscode-jsonrpc/node';

export const SERVER = path.join(__dirname, '..', '..', 'dist', 'server.js');

export interface PublishedDiagnostics {
  uri: string;
  diagnostics: { code: string; message: string; range: { start: { line: number; character: number } }; relatedInformation?: { location: { uri: string } }[] }[];
}

export class LspProcess {
  readonly connection: MessageConnection;
  readonly diagnostics = new Map<string, PublishedDiagnostics['diagnostics']>();
  private readonly process: ChildProcess;
  private waiters: (() => void)[] = [];

  constructor() {
    this.process = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishedDiagnostics) => {
      this.diagnostics.set(params.uri, params.diagnostics);
      for (const waiter of this.waiters.splice(0)) waiter();
    });
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('workspace/configuration', () => [{}]);
    this.connection.onRequest('workspace/codeLens/refresh', () => null);
    this.connection.onRequest('workspace/inlayHint/refresh', () => null);
    this.connection.onRequest('workspace/semanticTokens/refresh', () => null);
    this.connection.listen();
  }

  request<T>(method: string, params: unknown): Promise<T> {
    return this.connection.sendRequest(method, params) as Promise<T>;
  }

  notify(method: string, params: unknown): void {
    void this.connection.sendNotification(method, params);
  }

  /** Resolves once `check` holds on the published diagnostics, re-checking after each publication. */
  async until(check: () => boolean, timeoutMs = 15000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!check()) {
      if (Date.now() > deadline) throw new Error('timed out waiting for diagnostics');
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 200);
      });
    }
  }

  async stop(): Promise<void> {
    await this.request('shutdown', null).catch(() => undefined);
    this.notify('exit', null);
    this.connection.dispose();
    this.process.kill();
  }
}
