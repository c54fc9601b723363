// Test doubles for driving the real Session without an editor: the connection, recording what the
// editor was told; a clock that moves only when told; and analysis workers whose analyses end only
// when the test says, so that work in flight can be raced by the test's events.

import * as assert from 'node:assert/strict';
import { Connection, Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import { analyzeArticle } from '../../server/src/analysis/analyze';
import { Lexicon } from '../../server/src/analysis/lexicon';
import { ArticleAnalysis } from '../../server/src/analysis/types';
import { Analyser, AnalyserFactory } from '../../server/src/analysisPool';

/** The part of the LSP connection the session uses; it keeps the last diagnostics sent for each URI. */
export class RecordingConnection {
  readonly diagnostics = new Map<string, LspDiagnostic[]>();
  status: unknown;

  /** The errors logged, for tests that a failure is said. */
  readonly errors: string[] = [];
  readonly console = { info: () => undefined, log: () => undefined, warn: () => undefined, error: (message: string) => void this.errors.push(message) };
  readonly window = {
    createWorkDoneProgress: async () => ({ begin: () => undefined, report: () => undefined, done: () => undefined }),
    showWarningMessage: async () => undefined,
  };
  readonly workspace: { getConfiguration: (section: string) => Promise<unknown> };
  readonly languages = { inlayHint: { refresh: async () => undefined }, semanticTokens: { refresh: () => undefined } };

  constructor(settings: () => Record<string, unknown>) {
    this.workspace = { getConfiguration: async () => settings() };
  }

  sendDiagnostics(params: { uri: string; diagnostics: LspDiagnostic[] }): Promise<void> {
    this.diagnostics.set(params.uri, params.diagnostics);
    return Promise.resolve();
  }

  sendNotification(method: string, params: unknown): Promise<void> {
    if (method === 'sorot/status') this.status = params;
    return Promise.resolve();
  }

  sendRequest(): Promise<undefined> {
    return Promise.resolve(undefined);
  }

  asConnection(): Connection {
    return this as unknown as Connection;
  }
}

/**
 * A clock that moves only when told, so that the debounce and publish timers fire at the points the
 * commands choose. It stands in for the global setTimeout and clearTimeout only while the session's
 * code runs: synchronously (`use`), or over a stretch of a test that awaits nothing but the session
 * (`install`), so no other code's timers land in it.
 */
export class ManualClock {
  private now = 0;
  private nextId = 1;
  private readonly timers = new Map<number, { at: number; callback: () => void }>();

  /** Runs `action` (the synchronous part of it, when it returns a promise) with this clock as the timers. */
  use<T>(action: () => T): T {
    const restore = this.install();
    try {
      return action();
    } finally {
      restore();
    }
  }

  /**
   * Stands in for the timers until the function it returns is called, across awaits too: for a test
   * whose session work goes on when promises settle (analyses in flight), and which awaits nothing else.
   */
  install(): () => void {
    const saved = { setTimeout: globalThis.setTimeout, clearTimeout: globalThis.clearTimeout };
    globalThis.setTimeout = ((callback: () => void, milliseconds = 0) => {
      const id = this.nextId++;
      this.timers.set(id, { at: this.now + milliseconds, callback });
      return { id } as unknown as NodeJS.Timeout;
    }) as unknown as typeof setTimeout;
    globalThis.clearTimeout = ((timer: { id?: number } | undefined) => {
      if (timer?.id !== undefined) this.timers.delete(timer.id);
    }) as typeof clearTimeout;
    return () => {
      globalThis.setTimeout = saved.setTimeout;
      globalThis.clearTimeout = saved.clearTimeout;
    };
  }

  /** Whether a timer is waiting. */
  get pending(): boolean {
    return this.timers.size > 0;
  }

  /** Moves the clock on, firing every timer due by then in order. */
  tick(milliseconds: number): void {
    const until = this.now + milliseconds;
    for (let next = this.due(until); next; next = this.due(until)) {
      this.timers.delete(next.id);
      this.now = next.at;
      next.callback();
    }
    this.now = until;
  }

  /** Fires timers until none is left. */
  runAll(): void {
    for (let rounds = 0; this.timers.size > 0; rounds++) {
      assert.ok(rounds < 1000, 'timers keep scheduling timers');
      this.tick(Math.max(...[...this.timers.values()].map((timer) => timer.at)) - this.now);
    }
  }

  private due(until: number): { id: number; at: number; callback: () => void } | undefined {
    let first: { id: number; at: number; callback: () => void } | undefined;
    for (const [id, timer] of this.timers) if (timer.at <= until && (!first || timer.at < first.at)) first = { id, ...timer };
    return first;
  }
}

/**
 * Stands in for the worker pools: each analysis waits until `finish` (the oldest first) or `finishAll`;
 * a closed analyser's waiting analyses fail, as the real pool's do.
 */
export class ControlledAnalysers {
  private readonly waiting: { analyser: Analyser; run: () => void; fail: (error: Error) => void }[] = [];

  readonly factory: AnalyserFactory = (lexicon: Lexicon) => {
    const analyser: Analyser = {
      lexicon,
      analyze: (text: string) => new Promise<ArticleAnalysis>((resolve, reject) => {
        this.waiting.push({ analyser, run: () => resolve(analyzeArticle(text, lexicon)), fail: reject });
      }),
      close: async () => {
        for (const each of this.waiting.filter((entry) => entry.analyser === analyser)) {
          this.waiting.splice(this.waiting.indexOf(each), 1);
          each.fail(new Error('the analysis pool was closed'));
        }
      },
    };
    return analyser;
  };

  get size(): number {
    return this.waiting.length;
  }

  /** Ends the oldest analysis waiting; false if there is none. */
  finish(): boolean {
    const next = this.waiting.shift();
    next?.run();
    return next !== undefined;
  }

  finishAll(): void {
    while (this.finish());
  }
}
