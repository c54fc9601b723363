// The bundled language server in a child process, spoken to over stdio as an editor would.

import { ChildProcess, spawn } from 'node:child_process';
import * as path from 'node:path';
import { CancellationToken, MessageConnection, StreamMessageReader, StreamMessageWriter, createMessageConnection } from 'vscode-jsonrpc/node';

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
  /** Settles when the server process exits, for whatever reason. */
  private readonly exited: Promise<string>;
  private exitReason: string | undefined;

  constructor() {
    this.process = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    this.exited = new Promise((resolve) => this.process.on('exit', (code, signal) => resolve(this.exitReason = signal ? `signal ${signal}` : `exit code ${code}`)));
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

  /** Whether the server process is still running. */
  get alive(): boolean {
    return this.exitReason === undefined;
  }

  /** Sends a request; fails at once, instead of hanging, when the server process has exited. */
  async request<T>(method: string, params: unknown, token?: CancellationToken): Promise<T> {
    const died = this.exited.then((reason) => Promise.reject(new Error(`the server exited (${reason}) before answering ${method}`)));
    const sent = token ? this.connection.sendRequest(method, params, token) : this.connection.sendRequest(method, params);
    return Promise.race([sent as Promise<T>, died]);
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
    if (this.alive) {
      await this.request('shutdown', null).catch(() => undefined);
      this.notify('exit', null);
    }
    this.connection.dispose();
    this.process.kill();
  }
}
