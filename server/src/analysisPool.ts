// Analysis off the main thread: a few worker threads, each with its own copy of the lexicon, take
// articles' texts and return their analyses. The main thread keeps reading files, updating the index
// and answering the editor meanwhile. The server uses a pool for indexing a workspace and one worker
// for edits of long articles. When the worker script is not beside this one (running from sources,
// in tests), there is no pool and callers analyse in the main thread.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { Lexicon } from './analysis/lexicon';
import { ArticleAnalysis } from './analysis/types';

export interface AnalysisRequest {
  id: number;
  text: string;
}

export interface AnalysisReply {
  id: number;
  analysis?: ArticleAnalysis;
  error?: string;
}

const WORKER_SCRIPT = path.join(__dirname, 'analysisWorker.js');
const MAX_WORKERS = 4;

/** What the server needs of a pool: a way to analyse a text made with one lexicon, and to stop. */
export interface Analyser {
  readonly lexicon: Lexicon;
  analyze(text: string): Promise<ArticleAnalysis>;
  close(): Promise<void>;
}

/** Makes an analyser for a lexicon: `workers` 'cores' for indexing (none on one core), 1 for edits. */
export type AnalyserFactory = (lexicon: Lexicon, workers: 'cores' | 1) => Analyser | undefined;

export class AnalysisPool implements Analyser {
  private readonly workers: Worker[];
  private readonly waiting = new Map<number, { resolve: (analysis: ArticleAnalysis) => void; reject: (error: Error) => void }>();
  private nextId = 0;
  private turn = 0;
  /** Set when a worker failed or exited: the pool then refuses work rather than wait for a reply that never comes. */
  private broken: Error | undefined;

  private constructor(readonly lexicon: Lexicon, size: number) {
    const entries = [...lexicon.entries.values()];
    this.workers = Array.from({ length: size }, () => {
      // A small young generation: the workers' garbage is short-lived, and their memory adds to the server's peak.
      const worker = new Worker(WORKER_SCRIPT, { workerData: { entries }, resourceLimits: { maxYoungGenerationSizeMb: 16 } });
      worker.on('message', (reply: AnalysisReply) => this.settle(reply));
      worker.on('error', (error) => this.fail(error));
      worker.on('exit', (code) => this.broken ?? this.fail(new Error(`an analysis worker exited (code ${code})`)));
      worker.unref();
      return worker;
    });
  }

  /**
   * A pool for the lexicon, or undefined when workers cannot help: no worker script, or, for a pool of
   * the machine's cores, one core. A single worker helps even on one core: the main thread stays free.
   */
  static create(lexicon: Lexicon, workers: 'cores' | 1 = 'cores'): AnalysisPool | undefined {
    const size = workers === 1 ? 1 : Math.min(MAX_WORKERS, os.availableParallelism());
    if ((workers === 'cores' && size < 2) || !fs.existsSync(WORKER_SCRIPT)) return undefined;
    try {
      return new AnalysisPool(lexicon, size);
    } catch {
      return undefined;
    }
  }

  analyze(text: string): Promise<ArticleAnalysis> {
    if (this.broken) return Promise.reject(this.broken);
    const id = this.nextId++;
    const worker = this.workers[this.turn++ % this.workers.length];
    return new Promise((resolve, reject) => {
      // A pending analysis keeps the process alive (the CLI has nothing else to wait on); an idle pool does not.
      if (this.waiting.size === 0) for (const each of this.workers) each.ref();
      this.waiting.set(id, { resolve, reject });
      worker.postMessage({ id, text } satisfies AnalysisRequest);
    });
  }

  async close(): Promise<void> {
    this.fail(new Error('the analysis pool was closed'));
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  private settle(reply: AnalysisReply): void {
    const waiter = this.waiting.get(reply.id);
    if (!waiter) return;
    this.waiting.delete(reply.id);
    if (this.waiting.size === 0) for (const worker of this.workers) worker.unref();
    if (reply.analysis) waiter.resolve(reply.analysis);
    else waiter.reject(new Error(reply.error ?? 'the analysis failed'));
  }

  private fail(error: Error): void {
    this.broken ??= error;
    for (const waiter of this.waiting.values()) waiter.reject(error);
    this.waiting.clear();
    for (const worker of this.workers) worker.unref();
  }
}
