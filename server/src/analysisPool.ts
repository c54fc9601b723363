// Analysis on the machine's other cores, for indexing a workspace: a few worker threads, each with
// its own copy of the lexicon, take articles' texts and return their analyses. The main thread
// keeps reading files, updating the index and answering the editor meanwhile. When the worker
// script is not beside this one (running from sources, in tests), there is no pool and callers
// analyse in the main thread.

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

export class AnalysisPool {
  private readonly workers: Worker[];
  private readonly waiting = new Map<number, { resolve: (analysis: ArticleAnalysis) => void; reject: (error: Error) => void }>();
  private nextId = 0;
  private turn = 0;

  private constructor(readonly lexicon: Lexicon, size: number) {
    const entries = [...lexicon.entries.values()];
    this.workers = Array.from({ length: size }, () => {
      // A small young generation: the workers' garbage is short-lived, and their memory adds to the server's peak.
      const worker = new Worker(WORKER_SCRIPT, { workerData: { entries }, resourceLimits: { maxYoungGenerationSizeMb: 16 } });
      worker.on('message', (reply: AnalysisReply) => this.settle(reply));
      worker.on('error', (error) => this.failAll(error));
      worker.unref();
      return worker;
    });
  }

  /** A pool for the lexicon, or undefined when workers cannot help (one core, or no worker script). */
  static create(lexicon: Lexicon): AnalysisPool | undefined {
    const size = Math.min(MAX_WORKERS, os.availableParallelism());
    if (size < 2 || !fs.existsSync(WORKER_SCRIPT)) return undefined;
    try {
      return new AnalysisPool(lexicon, size);
    } catch {
      return undefined;
    }
  }

  analyze(text: string): Promise<ArticleAnalysis> {
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
    this.failAll(new Error('the analysis pool was closed'));
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

  private failAll(error: Error): void {
    for (const waiter of this.waiting.values()) waiter.reject(error);
    this.waiting.clear();
    for (const worker of this.workers) worker.unref();
  }
}
