// `npm run bench`: Sorot's speed and memory at newsroom scale, each figure measured side by side
// with a baseline in the same run, so that ratios hold on a noisy machine.
//
//   npm run bench                     10,000 articles (about 60 MB)
//   npm run bench -- --sizes 1000,10000,50000
//
// For each size: analysis throughput and peak memory against a read-and-one-regex baseline; the
// language server's cold start to all diagnostics and its peak memory; hover, definition and
// references latency (p50, p99) against a minimal server that answers at once; and the time from a
// didChange to the article's new diagnostics. Results go to .bench/results.json and a table.

import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { MessageConnection, StreamMessageReader, StreamMessageWriter, createMessageConnection } from 'vscode-jsonrpc/node';
import { generateCorpus } from './generate';

const ROOT = path.join(__dirname, '..');
const OUT = path.join(ROOT, '.bench');
const sizesArgument = process.argv.indexOf('--sizes');
const SIZES = sizesArgument === -1 ? [10_000] : process.argv[sizesArgument + 1].split(',').map(Number);
const REQUESTS = 300;
const EDITS = 20;

interface Result {
  articles: number;
  megabytes: number;
  analysis: { mbPerSecond: number; baselineMbPerSecond: number; ratio: number; peakRssMb: number; baselinePeakRssMb: number };
  server: { coldStartSeconds: number; warmStartSeconds: number; peakRssMb: number };
  latency: Record<'hover' | 'definition' | 'references', { p50: number; p99: number; floorP50: number; floorP99: number; ratioP50: number }>;
  editToDiagnosticsMs: { p50: number; p99: number };
}

async function main(): Promise<void> {
  fs.mkdirSync(OUT, { recursive: true });
  const results: Result[] = [];
  for (const size of SIZES) {
    const workspace = path.join(OUT, `workspace-${size}`);
    const corpus = generateCorpus(path.join(ROOT, 'corpus'), path.join(workspace, 'corpus'), size);
    console.error(`bench: ${size} articles, ${(corpus.bytes / 1e6).toFixed(1)} MB`);
    const analysis = analysisThroughput(corpus.folder);
    console.error(`bench: analysis ${analysis.mbPerSecond.toFixed(1)} MB/s (baseline ${analysis.baselineMbPerSecond.toFixed(1)})`);
    const server = await languageServer(workspace);
    console.error(`bench: server cold start ${server.server.coldStartSeconds.toFixed(1)} s, warm ${server.server.warmStartSeconds.toFixed(1)} s`);
    results.push({ articles: size, megabytes: corpus.bytes / 1e6, analysis, ...server });
  }
  fs.writeFileSync(path.join(OUT, 'results.json'), JSON.stringify({ date: new Date().toISOString(), node: process.version, results }, null, 2));
  console.log(table(results));
}

function analysisThroughput(folder: string): Result['analysis'] {
  const worker = path.join(OUT, 'analysisWorker.js');
  const run = (mode: string) => JSON.parse(execFileSync(process.execPath, [worker, folder, mode], { encoding: 'utf8', maxBuffer: 1 << 20 }));
  const baseline = run('baseline');
  const analyzed = run('analyze');
  const mbPerSecond = analyzed.bytes / 1e6 / (analyzed.ms / 1000);
  const baselineMbPerSecond = baseline.bytes / 1e6 / (baseline.ms / 1000);
  return { mbPerSecond, baselineMbPerSecond, ratio: baselineMbPerSecond / mbPerSecond, peakRssMb: analyzed.maxRssMb, baselinePeakRssMb: baseline.maxRssMb };
}

class Client {
  readonly connection: MessageConnection;
  readonly published = new Map<string, number>();
  private listeners: ((uri: string) => void)[] = [];
  readonly pid: number;

  constructor(script: string, private readonly kill: () => void = () => undefined) {
    const child = spawn(process.execPath, [script, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
    this.pid = child.pid!;
    this.kill = () => child.kill();
    this.connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string }) => {
      this.published.set(params.uri, (this.published.get(params.uri) ?? 0) + 1);
      for (const listener of this.listeners) listener(params.uri);
    });
    for (const method of ['window/workDoneProgress/create', 'client/registerCapability', 'workspace/codeLens/refresh', 'workspace/inlayHint/refresh', 'workspace/semanticTokens/refresh']) {
      this.connection.onRequest(method, () => null);
    }
    this.connection.onRequest('workspace/configuration', () => [{}]);
    this.connection.listen();
  }

  async initialize(folder: string, cacheDirectory?: string): Promise<void> {
    await this.connection.sendRequest('initialize', {
      processId: process.pid, rootUri: pathToFileURL(folder).href, capabilities: { workspace: { configuration: true } },
      initializationOptions: { cacheDirectory },
      workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'bench' }],
    });
  }

  waitFor(predicate: (uri: string) => boolean): Promise<void> {
    return new Promise((resolve) => {
      const listener = (uri: string) => {
        if (!predicate(uri)) return;
        this.listeners = this.listeners.filter((other) => other !== listener);
        resolve();
      };
      this.listeners.push(listener);
    });
  }

  peakRssMb(): number {
    const status = fs.readFileSync(`/proc/${this.pid}/status`, 'utf8');
    return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
  }

  async stop(): Promise<void> {
    await this.connection.sendRequest('shutdown').catch(() => undefined);
    this.connection.dispose();
    this.kill();
  }
}

/** Starts the server on the workspace and resolves once it says `ready`: every diagnostic of the first index is out. */
async function startServer(workspace: string, cacheDirectory: string): Promise<{ sorot: Client; seconds: number }> {
  const sorot = new Client(path.join(ROOT, 'dist', 'server.js'));
  await sorot.initialize(workspace, cacheDirectory);
  const started = process.hrtime.bigint();
  const ready = new Promise<void>((resolve) => sorot.connection.onNotification('sorot/status', (status: { state: string }) => {
    if (status.state === 'ready') resolve();
  }));
  void sorot.connection.sendNotification('initialized', {});
  await ready;
  return { sorot, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}

async function languageServer(workspace: string): Promise<Pick<Result, 'server' | 'latency' | 'editToDiagnosticsMs'>> {
  // Cold: no analysis cache. Warm (below): the same workspace reopened, with the cache the first run wrote.
  const cacheDirectory = path.join(workspace, '.cache');
  fs.rmSync(cacheDirectory, { recursive: true, force: true });
  const { sorot, seconds: coldStartSeconds } = await startServer(workspace, cacheDirectory);

  const file = path.join(workspace, 'corpus', '000', 'article-000000.txt');
  const uri = pathToFileURL(file).href;
  const text = fs.readFileSync(file, 'utf8');
  void sorot.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'news-article', version: 1, text } });
  const positions = requestPositions(text);
  const floor = new Client(path.join(OUT, 'floorServer.js'));
  await floor.initialize(workspace);
  void floor.connection.sendNotification('initialized', {});
  void floor.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'news-article', version: 1, text } });

  const latency = {} as Result['latency'];
  for (const method of ['hover', 'definition', 'references'] as const) {
    const params = (position: { line: number; character: number }) => ({ textDocument: { uri }, position, context: { includeDeclaration: true } });
    const ours = await timeRequests(sorot, `textDocument/${method}`, positions.map(params));
    const theirs = await timeRequests(floor, `textDocument/${method}`, positions.map(params));
    latency[method] = { p50: ours.p50, p99: ours.p99, floorP50: theirs.p50, floorP99: theirs.p99, ratioP50: ours.p50 / theirs.p50 };
  }

  // Each edit adds or removes a misspelled outlet, so the article's diagnostics change every time.
  const edits: number[] = [];
  let version = 1;
  for (let i = 0; i < EDITS; i++) {
    const newText = i % 2 === 0 ? `Menurut laporan Reutres, ${text}` : text;
    const published = sorot.waitFor((published) => published === uri);
    const at = process.hrtime.bigint();
    void sorot.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ text: newText }] });
    await published;
    edits.push(Number(process.hrtime.bigint() - at) / 1e6);
  }
  const peakRssMb = sorot.peakRssMb();
  // The cache is written after `ready`, in the background; wait for it before reopening.
  for (let waited = 0; waited < 120 && !(fs.existsSync(cacheDirectory) && fs.readdirSync(cacheDirectory).some((name) => name.endsWith('.jsonl'))); waited++) {
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await sorot.stop();
  await floor.stop();
  const warm = await startServer(workspace, cacheDirectory);
  await warm.sorot.stop();
  return { server: { coldStartSeconds, warmStartSeconds: warm.seconds, peakRssMb }, latency, editToDiagnosticsMs: percentiles(edits) };
}

/** Positions over the article's capitalised words and numbers, cycled to REQUESTS requests. */
function requestPositions(text: string): { line: number; character: number }[] {
  const positions: { line: number; character: number }[] = [];
  text.split('\n').forEach((line, lineNumber) => {
    for (const match of line.matchAll(/\b[A-Z][A-Za-z]+|\$\d+|\d+ miliar/g)) positions.push({ line: lineNumber, character: match.index! + 1 });
  });
  return Array.from({ length: REQUESTS }, (_, i) => positions[i % positions.length]);
}

async function timeRequests(client: Client, method: string, params: unknown[]): Promise<{ p50: number; p99: number }> {
  for (const warmUp of params.slice(0, 20)) await client.connection.sendRequest(method, warmUp);
  const times: number[] = [];
  for (const param of params) {
    const at = process.hrtime.bigint();
    await client.connection.sendRequest(method, param);
    times.push(Number(process.hrtime.bigint() - at) / 1e6);
  }
  return percentiles(times);
}

function percentiles(values: number[]): { p50: number; p99: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { p50: at(0.5), p99: at(0.99) };
}

function table(results: readonly Result[]): string {
  const rows = [
    '| articles | MB | analysis MB/s (baseline) | analysis peak RSS MB | server cold/warm start s | server peak RSS MB | hover p50/p99 ms (floor p50) | definition p50/p99 ms | references p50/p99 ms | edit→diagnostics p50/p99 ms |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  const ms = (value: number) => value.toFixed(2);
  for (const result of results) {
    const { analysis, server, latency, editToDiagnosticsMs } = result;
    rows.push(`| ${result.articles} | ${result.megabytes.toFixed(1)} | ${analysis.mbPerSecond.toFixed(1)} (${analysis.baselineMbPerSecond.toFixed(0)}) | ${analysis.peakRssMb.toFixed(0)} | ` +
      `${server.coldStartSeconds.toFixed(1)}/${server.warmStartSeconds.toFixed(1)} | ${server.peakRssMb.toFixed(0)} | ${ms(latency.hover.p50)}/${ms(latency.hover.p99)} (${ms(latency.hover.floorP50)}) | ` +
      `${ms(latency.definition.p50)}/${ms(latency.definition.p99)} | ${ms(latency.references.p50)}/${ms(latency.references.p99)} | ${ms(editToDiagnosticsMs.p50)}/${ms(editToDiagnosticsMs.p99)} |`);
  }
  return rows.join('\n');
}

void main().catch((error) => {
  console.error(error);
  process.exit(1);
});
