// The language server's state: the workspace index and how it stays current. It indexes the
// workspace folders' articles (files matching `sorot.files`) with work-done progress, applies edits
// to open documents as they come (a request first applies any pending edit of its document), or,
// for long ones, after a pause in typing and off the main thread (requests meanwhile answer from the
// last analysis), follows file creations, deletions and renames, reloads on settings and lexicon
// changes, and publishes the diagnostics of every article whose diagnostics changed.
//
// Work started for a file is used only if nothing happened to the file meanwhile: each file has a
// generation, moved on by every edit, open and close, and by file events while it is not open (the
// editor's text wins over the file's), and an analysis made for an older generation, or with another
// lexicon, is dropped (and, when still wanted, made again).

import * as fs from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import { Connection, Diagnostic as LspDiagnostic, FileChangeType, FileEvent } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from './uri';
import { FileStamp, MAX_ARTICLE_BYTES, fileStamp, readArticle } from './articleFiles';
import { textHash } from './analysis/textHash';
import { AnalysisCache } from './analysisCache';
import { Analyser, AnalyserFactory, AnalysisPool } from './analysisPool';
import { DiagnosticCode, Severity } from './corpus/diagnostics';
import { Workspace } from './corpus/workspace';
import { provideDiagnostics } from './features/diagnostics';
import { LexiconFileState } from './features/codeAction';
import { Settings, SettingsStore, warn } from './settings';
import { IgnoredFigure } from './analysis/lexiconFile';
import { lexiconFromText, readLexiconFile } from './workspaceLexicon';
import { CONFIG_FILES, readProjectConfig } from './projectConfig';
import { Lexicon, builtinLexicon } from './analysis/lexicon';
import { analyzeArticle } from './analysis/analyze';
import { ArticleAnalysis } from './analysis/types';

/**
 * How long after the last keystroke a long article is analysed again. An article of up to
 * QUICK_LENGTH characters (a long feature; analysed in a few milliseconds) is analysed at once,
 * after the messages already queued, so its diagnostics follow the typing; a longer one waits for a
 * pause, and is analysed by a worker thread while requests answer from its last analysis.
 */
const DEBOUNCE_MS = 150;
export const QUICK_LENGTH = 50_000;
/** The edit worker ends after this long without work (it holds a copy of the lexicon), and is made again when needed. */
const EDIT_WORKER_IDLE_MS = 60_000;
/** Articles read ahead of the analysis pool, at most. */
const MAX_IN_FLIGHT = 64;
const NOTHING_PUBLISHED = '';
/** Published by the first publish of an index, which takes no fingerprints: equal to nothing. */
const NOT_FINGERPRINTED = '?';
/** How long one slice of publishing may hold the thread. */
const PUBLISH_SLICE_MS = 10;
/** How long one slice of warming may hold the thread, and how long the editor is quiet before it starts. */
const WARM_SLICE_MS = 4;
const WARM_AFTER_MS = 300;
/** Files more than this are never looked at when scanning a folder. */
const MAX_FILES = 200_000;

export class Session {
  /** The index; it keeps no text for closed articles, and reads them from disk when a request needs one. */
  readonly workspace = new Workspace({ lexicon: builtinLexicon() }, (uri) => {
    const file = URI.toPath(uri);
    const read = file === undefined ? undefined : readArticle(file);
    return read?.ok ? read.text : undefined;
  });
  private folders: string[] = [];
  private settings: Settings | undefined;
  private matchers: ((relative: string) => boolean)[] = [];
  /** Edits not yet applied, by document; `due` once a long one's pause in typing is over. */
  private readonly pending = new Map<string, { timer?: NodeJS.Timeout; document: TextDocument; due?: boolean }>();
  /** Long documents being analysed off the main thread: the text, and the generation it is of. */
  private readonly running = new Map<string, { text: string; generation: number }>();
  /** Each file's generation (see the top of this file). */
  private readonly generations = new Map<string, number>();
  /** The worker that analyses long documents' edits, made when first needed, for the lexicon in force. */
  private editAnalyser: Analyser | undefined | null = null;
  private editAnalyserIdle: NodeJS.Timeout | undefined;
  /** Set when the files or the lexicon change while indexing: the indexing then starts again. */
  private indexStale = false;
  /** How many times `configure` was called. */
  private configureCalls = 0;
  private published = new Map<string, string>();
  /**
   * The URI each document was opened under, where the client spells it otherwise than the index does
   * (URI.canonical): its diagnostics are published under the client's spelling, or the client would
   * not know them for the document it has open.
   */
  private readonly spellings = new Map<string, string>();
  /** Documents whose diagnostics are to be sent (again: their spelling changed), in the order they came. */
  private readonly toPublish = new Set<string>();
  /** The warming under way (warmWhenIdle), if any, and the wait before it. */
  private warming: Generator<void> | undefined;
  private warmTimer: NodeJS.Timeout | undefined;
  /** When each article's text was read from disk (size and time), for the analysis cache. */
  private readonly stamps = new Map<string, FileStamp>();
  private publishTimer: NodeJS.Timeout | undefined;
  private lexiconFile: LexiconFileState | undefined;
  /** Whether the client adds to the lexicon itself, from the document as its editor holds it (sorot.addToLexicon). */
  clientEditsLexicon = false;
  /** Figures a reviewer has judged, from the workspace lexicon's `ignore` list. */
  private ignored: readonly IgnoredFigure[] = [];
  /** Where analyses are kept between sessions (the editor's storage for the workspace); none when undefined. */
  cacheDirectory: string | undefined;
  /** False in an untrusted workspace (VS Code Workspace Trust): its lexicon file is not read. */
  trusted = true;
  /** `indexing` while the first scan runs, then `ready`. */
  state: 'starting' | 'indexing' | 'ready' = 'starting';

  /**
   * `makeAnalyser` makes the worker pools (tests give one whose analyses end when they say); the
   * `quickLength` of a document analysed at each keystroke is QUICK_LENGTH but in tests.
   */
  constructor(
    private readonly connection: Connection, readonly settingsStore: SettingsStore,
    private readonly makeAnalyser: AnalyserFactory = AnalysisPool.create, private readonly quickLength = QUICK_LENGTH,
  ) {}

  private generation(uri: string): number {
    return this.generations.get(uri) ?? 0;
  }

  /** Something happened to a file: work started for it before is no longer of use. */
  private touch(uri: string): void {
    this.generations.set(uri, this.generation(uri) + 1);
  }

  setFolders(folders: readonly string[]): void {
    this.folders = [...folders];
  }

  /**
   * Scans the workspace folders and indexes every article, reporting progress; starts again if the
   * files or the lexicon change meanwhile. A failure anywhere is logged and the index goes on with what
   * it has: the status never stays "indexing".
   */
  async index(): Promise<void> {
    try {
      do {
        this.indexStale = false;
        await this.indexAll();
      } while (this.indexStale);
    } catch (error) {
      this.logError('indexing', error);
    } finally {
      if (this.state !== 'ready') {
        this.state = 'ready';
        this.guard('publishing', () => this.publish(true));
      }
    }
  }

  /** Uses a cached analysis, or, if the cache's data fails the index, says so and has the article read and analysed. */
  private tryCached(uri: string, use: () => boolean): boolean {
    try {
      return use();
    } catch (error) {
      this.logError(`using the cached analysis of ${uri}`, error);
      return false;
    }
  }

  /** Logs a failure of one piece of work, with what it was, so that the rest goes on. */
  logError(what: string, error: unknown): void {
    this.connection.console.error(`Sorot: ${what} failed: ${(error as Error)?.stack ?? String(error)}`);
  }

  /** Runs work a timer or a callback started, logging any failure instead of letting it end the process. */
  guard(what: string, run: () => unknown): void {
    try {
      const result = run();
      if (result instanceof Promise) result.catch((error) => this.logError(what, error));
    } catch (error) {
      this.logError(what, error);
    }
  }

  private async indexAll(): Promise<void> {
    this.state = 'indexing';
    this.notifyStatus();
    await this.configure(true);
    const progress = await this.connection.window.createWorkDoneProgress().catch(() => undefined);
    progress?.begin('Sorot: indexing articles', 0, 'scanning folders…', false);
    const files = this.scan();
    let done = 0;
    this.indexing = { done, total: files.length };
    this.notifyStatus();
    const report = async () => {
      if (++done % 200 !== 0) return;
      this.indexing = { done, total: files.length };
      this.notifyStatus();
      progress?.report(Math.round((done / files.length) * 100), `${done}/${files.length} articles`);
      await new Promise((resolve) => setImmediate(resolve)); // let requests through
    };
    const lexicon = this.workspace.lexicon;
    const cache = AnalysisCache.load(this.cacheDirectory, this.folders, lexicon, (value) => this.workspace.intern(value));
    // With a pool, the other cores analyse; this thread reads files, fills the index and answers requests.
    // Made at the first article the cache does not hold: a reopened archive needs no worker at all.
    let pool: Analyser | undefined | null = null;
    const inFlight = new Set<Promise<void>>();
    let sample: string | undefined;
    for (const file of files) {
      if (this.indexStale) break;
      const uri = URI.fromPath(file);
      // A file unchanged since the cache was written (same size and time) is not even read.
      const stamp = this.workspace.isOpen(uri) ? undefined : fileStamp(file);
      const unchanged = stamp && cache.unchanged(uri, stamp);
      if (stamp && unchanged && this.tryCached(uri, () => this.workspace.setUnread(uri, unchanged.shape, { analysis: unchanged.analysis, lexicon, interned: true }))) {
        this.stamps.set(uri, stamp);
        await report();
        continue;
      }
      const text = this.readForIndex(file);
      const hash = text === undefined ? undefined : textHash(text);
      const cached = hash === undefined ? undefined : cache.get(uri, hash);
      sample ??= text;
      if (text !== undefined && !cached && pool === null) pool = this.makeAnalyser(lexicon, 'cores');
      if (text === undefined || cached || !pool) {
        if (text !== undefined) this.guard(`indexing ${uri}`, () => this.workspace.set(uri, text, false, cached && { analysis: cached, lexicon }, hash));
        await report();
        continue;
      }
      // Dropped if the file changed, was opened or deleted, or the files to index or the lexicon changed
      // meanwhile: the event's handler, or indexing again, takes care of it.
      const generation = this.generation(uri);
      const current = () => generation === this.generation(uri) && lexicon === this.workspace.lexicon && !this.indexStale;
      const analysed: Promise<void> = pool.analyze(text)
        .then((analysis) => this.guard(`indexing ${uri}`, () => current() && this.workspace.set(uri, text, false, { analysis, lexicon }, hash)),
          () => this.guard(`indexing ${uri}`, () => current() && this.workspace.set(uri, text, false, undefined, hash)))
        .then(() => {
          inFlight.delete(analysed);
          return report();
        });
      inFlight.add(analysed);
      if (inFlight.size >= MAX_IN_FLIGHT) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    void pool?.close();
    progress?.done();
    if (this.indexStale) return;
    this.state = 'ready';
    this.publish(true); // then the status says ready: every diagnostic of the corpus is out
    // If the pool or the cache did all the analysis, this thread compiles its patterns once the
    // diagnostics and the status are out, rather than on the first keystroke.
    setImmediate(() => this.guard('compiling patterns', () => {
      if (sample === undefined && files.length > 0) {
        const read = readArticle(files[0]);
        if (read.ok) sample = read.text;
      }
      if (sample !== undefined) analyzeArticle(sample, lexicon);
    }));
    // Written anew when it lacks an analysis, or holds entries of articles gone or changed (never pruned before).
    // Not written if the lexicon changes meanwhile: the analyses would be stored under the old lexicon's name.
    if (cache.hits < this.workspace.size || cache.unused > 0) await cache.save(this.cacheEntries(), () => this.workspace.lexicon === lexicon);
  }

  /** What the analysis cache keeps: every analysis, with the file's stamp when its text is the file's as read. */
  private *cacheEntries() {
    for (const document of this.workspace.rawAnalyses()) {
      const stamp = document.open ? undefined : this.stamps.get(document.uri);
      yield { ...document, stamp };
    }
  }

  /**
   * Reads settings and the lexicon, and re-analyses when they changed. When the files to index or the
   * lexicon change while indexing (other than at its start, `forIndex`), the indexing starts again.
   */
  async configure(forIndex = false): Promise<void> {
    // Of two calls whose reads of the settings overlap, the later one applies; the other does nothing.
    const call = ++this.configureCalls;
    const settings = this.withProjectConfig(await this.settingsStore.get());
    if (call !== this.configureCalls) return;
    const filesChanged = JSON.stringify(settings.files) !== JSON.stringify(this.settings?.files);
    this.settings = settings;
    this.matchers = settings.files.map((glob) => picomatch(glob, { dot: false }));
    const lexicon = this.loadLexicon(settings);
    const lexiconChanged = lexicon !== this.workspace.lexicon;
    const severity: Partial<Record<DiagnosticCode, Severity>> = {};
    for (const [code, value] of Object.entries(settings.severity)) if (value !== 'off') severity[code as DiagnosticCode] = value;
    this.workspace.reconfigure({ lexicon, idrPerUsd: settings.idrPerUsd ?? undefined, severity });
    if (lexiconChanged) this.restartEdits();
    if (filesChanged) {
      for (const document of this.workspace.all()) {
        const file = URI.toPath(document.uri);
        if (!document.open && (!file || !this.matches(file))) this.workspace.delete(document.uri);
      }
    }
    if (this.state === 'indexing' && !forIndex && (filesChanged || lexiconChanged)) this.indexStale = true;
    else if (filesChanged && this.state === 'ready') for (const file of this.scan()) this.readFromDisk(file);
  }

  async settingsChanged(): Promise<void> {
    this.settingsStore.clear();
    await this.configure();
    this.publish();
    this.refreshViews();
  }

  currentSettings(): Settings | undefined {
    return this.settings;
  }

  lexiconFileState(): LexiconFileState | undefined {
    return this.lexiconFile;
  }

  // -------------------------------------------------------------------------------------------
  // Open documents

  /**
   * A document opened in the editor. A long one whose text the index does not hold already (unsaved
   * text, a new document) is analysed off the main thread, as its edits are; until then requests answer
   * from what the index has, the file as on disk or nothing.
   */
  opened(document: TextDocument): void {
    const uri = URI.canonical(document.uri);
    this.touch(uri);
    this.spell(uri, document.uri);
    this.inEditor.add(uri);
    const text = this.analysable(document);
    if (!this.isQuick(document) && this.workspace.get(uri)?.hash !== textHash(text)) {
      this.pending.set(uri, { document });
      this.analyseOffThread(uri);
      return;
    }
    this.workspace.set(uri, text, true);
    this.publishSoon();
  }

  /** The documents open in the editor (the index marks them open once their text is analysed). */
  private readonly inEditor = new Set<string>();

  /**
   * The text of an open document to analyse: all of it, unless it is larger than an article may be
   * (MAX_ARTICLE_BYTES, as on disk), when it is not analysed at all and the editor says so once, so that
   * one huge document never blocks every request.
   */
  private analysable(document: TextDocument): string {
    const text = document.getText();
    if (text.length <= MAX_ARTICLE_BYTES / 3 || Buffer.byteLength(text, 'utf8') <= MAX_ARTICLE_BYTES) {
      this.tooLarge.delete(document.uri);
      return text;
    }
    if (!this.tooLarge.has(document.uri)) {
      this.tooLarge.add(document.uri);
      warn(this.connection, `Sorot: ${path.basename(URI.toPath(document.uri) ?? document.uri)} is larger than 5 MB; it is not analysed.`);
    }
    return '';
  }

  /** Open documents too large to analyse, each told once. */
  private readonly tooLarge = new Set<string>();

  changed(document: TextDocument): void {
    const uri = URI.canonical(document.uri);
    this.touch(uri);
    const waiting = this.pending.get(uri);
    if (waiting) clearTimeout(waiting.timer);
    const quick = this.isQuick(document);
    const timer = setTimeout(() => this.guard(`analysing ${uri}`, () => (quick ? this.flush(uri) : this.analyseOffThread(uri))), quick ? 0 : DEBOUNCE_MS);
    this.pending.set(uri, { timer, document });
  }

  /** Publishes a document's diagnostics under the spelling the client opened it with from now on. */
  private spell(uri: string, clientUri: string): void {
    const before = this.spellings.get(uri) ?? uri;
    if (before === clientUri) return;
    if (this.published.has(uri)) {
      this.connection.sendDiagnostics({ uri: before, diagnostics: [] });
      this.published.delete(uri);
    }
    if (clientUri === uri) this.spellings.delete(uri);
    else this.spellings.set(uri, clientUri);
    this.toPublish.add(uri);
  }

  private isQuick(document: TextDocument): boolean {
    return document.getText().length <= this.quickLength;
  }

  /**
   * Applies a pending edit of a short document now: every request on a document calls this first. A
   * long document's requests are answered from its last analysis meanwhile (`isStale`).
   */
  flush(uri: string): void {
    const waiting = this.pending.get(uri);
    if (!waiting || !this.isQuick(waiting.document)) return;
    this.apply(uri, this.analysable(waiting.document));
  }

  /** Whether requests on a document are answered from the analysis of an earlier version of its text. */
  isStale(uri: string): boolean {
    return this.pending.has(uri) || this.running.has(uri);
  }

  /** Puts an open document's text in the index, with its analysis if made elsewhere; any pending edit is then done. */
  private apply(uri: string, text: string, computed?: { analysis: ArticleAnalysis; lexicon: Lexicon }): void {
    this.dropPending(uri);
    this.workspace.set(uri, text, true, computed);
    this.publishSoon();
  }

  private dropPending(uri: string): void {
    clearTimeout(this.pending.get(uri)?.timer);
    this.pending.delete(uri);
  }

  /**
   * Analyses a long document's latest text in the edit worker, one analysis at a time per document:
   * one superseded meanwhile (by an edit, a close, a new lexicon) is dropped, and the latest text is
   * analysed next. Without a worker, it is analysed here, after the pause in typing.
   */
  private analyseOffThread(uri: string): void {
    const waiting = this.pending.get(uri);
    if (!waiting) return;
    waiting.due = true;
    if (this.running.has(uri)) return; // analysed when the one running ends
    const lexicon = this.workspace.lexicon;
    if (this.editAnalyser && this.editAnalyser.lexicon !== lexicon) this.restartEdits();
    if (this.editAnalyser === null) this.editAnalyser = this.makeAnalyser(lexicon, 1);
    const analyser = this.editAnalyser;
    // The text now: the document object is the one later edits change.
    const text = this.analysable(waiting.document);
    if (!analyser || text.length === 0) {
      this.apply(uri, text);
      return;
    }
    const job = { text, generation: this.generation(uri) };
    this.dropPending(uri);
    this.running.set(uri, job);
    const settle = (analysis: ArticleAnalysis | undefined) => this.guard(`analysing ${uri}`, () => {
      this.running.delete(uri);
      this.closeEditsWhenIdle();
      const current = job.generation === this.generation(uri);
      if (current && lexicon === this.workspace.lexicon) {
        this.apply(uri, job.text, analysis && { analysis, lexicon });
        this.refreshViews();
        return;
      }
      // A newer edit waits: analysed now if its pause is over. Only the lexicon changed: this text again.
      if (current) this.pending.set(uri, { document: waiting.document, due: true });
      if (this.pending.get(uri)?.due) this.analyseOffThread(uri);
    });
    analyser.analyze(text).then(settle, (error) => {
      // A worker that failed (not one closed for a new lexicon) is said, and edits are analysed here from then on.
      if (this.editAnalyser === analyser) {
        this.logError(`analysing ${uri} in a worker`, error);
        this.editAnalyser = undefined;
      }
      settle(undefined);
    });
  }

  private closeEditsWhenIdle(): void {
    clearTimeout(this.editAnalyserIdle);
    this.editAnalyserIdle = setTimeout(() => this.running.size === 0 && this.restartEdits(), EDIT_WORKER_IDLE_MS);
    (this.editAnalyserIdle as { unref?: () => void }).unref?.();
  }

  /** The lexicon changed, or the worker is idle: the edit worker is closed, and made again (with the lexicon in force) when next needed. */
  private restartEdits(): void {
    void this.editAnalyser?.close();
    this.editAnalyser = null;
  }

  /** Asks the editor to read again what it shows from an analysis that landed after it asked. */
  private refreshViews(): void {
    this.connection.languages.inlayHint.refresh().catch(() => undefined);
    this.connection.languages.semanticTokens.refresh();
    this.connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
  }

  closed(clientUri: string): void {
    const uri = URI.canonical(clientUri);
    this.touch(uri);
    this.inEditor.delete(uri);
    // Unsaved edits are gone, so are edits not yet analysed.
    this.dropPending(uri);
    this.workspace.close(uri);
    // Unsaved edits are gone: the file on disk is the article again (or it was never one).
    const file = URI.toPath(uri);
    if (file && fs.existsSync(file) && this.matches(file)) this.readFromDisk(file);
    else this.workspace.delete(uri);
    this.publishSoon();
  }

  // -------------------------------------------------------------------------------------------
  // Files on disk

  watchedFilesChanged(changes: readonly FileEvent[]): void {
    let lexiconChanged = false;
    for (const change of changes) {
      const uri = URI.canonical(change.uri);
      const file = URI.toPath(uri);
      if (!file) continue;
      // The editor's text wins over the file's while it is open: its edits in flight stay of use.
      if (!this.inEditor.has(uri)) this.touch(uri);
      if ((this.lexiconFile && uri === this.lexiconFile.uri) || this.isProjectConfig(file)) {
        lexiconChanged = true;
        continue;
      }
      if (change.type === FileChangeType.Deleted) {
        if (!this.workspace.isOpen(uri)) this.workspace.delete(uri);
      } else if (this.matches(file)) {
        this.readFromDisk(file);
      }
    }
    if (lexiconChanged) this.guard('reloading the lexicon', () => this.configure().then(() => this.publish()));
    else this.publishSoon();
  }

  private readFromDisk(file: string): void {
    const text = this.readForIndex(file);
    if (text !== undefined) this.workspace.set(URI.fromPath(file), text, false);
  }

  /**
   * An article's text from disk, or undefined when the editor's text wins (it is open) or the file
   * is no article (binary, too large, not UTF-8: it is dropped from the index, and the log says why).
   */
  private readForIndex(file: string): string | undefined {
    const uri = URI.fromPath(file);
    if (this.workspace.isOpen(uri)) return undefined;
    const read = readArticle(file);
    if (read.ok) {
      if (read.stamp) this.stamps.set(uri, read.stamp);
      return read.text;
    }
    this.stamps.delete(uri);
    this.workspace.delete(uri);
    if (read.skipped) this.connection.console.info(`Sorot skipped ${file}: ${read.reason}`);
    return undefined;
  }

  /** Every file under the workspace folders that `sorot.files` matches. */
  private scan(): string[] {
    const found: string[] = [];
    for (const folder of this.folders) {
      const stack = [folder];
      while (stack.length > 0 && found.length < MAX_FILES) {
        const current = stack.pop()!;
        let entries: fs.Dirent[];
        try {
          entries = fs.readdirSync(current, { withFileTypes: true });
        } catch {
          continue;
        }
        for (const entry of entries) {
          if (skippedFolder(entry.name)) continue;
          const full = path.join(current, entry.name);
          if (entry.isDirectory()) stack.push(full);
          else if (entry.isFile() && this.matches(full)) found.push(full);
        }
      }
    }
    return found.sort();
  }

  /** Whether a file is an article of the workspace: under a folder, matched by `sorot.files`, and in no skipped folder. */
  private matches(file: string): boolean {
    return this.folders.some((folder) => {
      const relative = path.relative(folder, file);
      if (relative.startsWith('..') || path.isAbsolute(relative)) return false;
      const parts = relative.split(path.sep);
      if (parts.slice(0, -1).some(skippedFolder)) return false;
      const posix = parts.join('/');
      return this.matchers.some((match) => match(posix));
    });
  }

  /**
   * The client's settings with what the project's configuration file sets (sorot.config.json or
   * .sorot/config.json at the first workspace folder; the CLI reads the same file), which wins: a rule
   * set once applies in both. Not read in an untrusted workspace. A file that cannot be used is shown in
   * the Problems panel at its places, and the client's settings apply.
   */
  private withProjectConfig(settings: Settings): Settings {
    const folder = this.folders[0];
    if (!folder || !this.trusted) return settings;
    const file = CONFIG_FILES.map((name) => path.join(folder, name)).find((candidate) => fs.existsSync(candidate));
    if (this.configFileShown && this.configFileShown !== file) this.connection.sendDiagnostics({ uri: URI.fromPath(this.configFileShown), diagnostics: [] });
    this.configFileShown = file;
    if (!file) return settings;
    const config = readProjectConfig(folder, file);
    this.connection.sendDiagnostics({
      uri: URI.fromPath(file),
      diagnostics: config.problems.map((problem): LspDiagnostic => ({
        range: { start: { line: problem.line - 1, character: problem.column - 1 }, end: { line: problem.line - 1, character: problem.column } },
        severity: 1, source: 'sorot', code: 'config.invalid', message: problem.message,
      })),
    });
    if (config.problems.length > 0) return settings;
    const merged: Settings = { ...settings };
    for (const key of config.defined) (merged as unknown as Record<string, unknown>)[key] = config.settings[key];
    return merged;
  }

  private isProjectConfig(file: string): boolean {
    const folder = this.folders[0];
    return Boolean(folder) && CONFIG_FILES.some((name) => path.join(folder, name) === file);
  }

  /** The project configuration file whose problems were last shown, if any. */
  private configFileShown: string | undefined;

  private loadLexicon(settings: Settings) {
    const folder = this.folders[0];
    if (!folder || !this.trusted) {
      this.lexiconFile = undefined;
      return builtinLexicon();
    }
    const file = path.resolve(folder, settings.lexicon);
    const uri = URI.fromPath(file);
    const read = readLexiconFile(file);
    const text = 'text' in read ? read.text : undefined;
    this.lexiconFile = { uri, text };
    this.ignored = [];
    if (text === undefined) {
      // A missing file is no problem; one that is there but cannot be used is said, at its first line.
      const problem = 'text' in read || read.missing ? [] : [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, severity: 1 as const, source: 'sorot', code: 'lexicon.invalid', message: read.message }];
      this.connection.sendDiagnostics({ uri, diagnostics: problem });
      if (problem.length) warn(this.connection, `Sorot: ${settings.lexicon}: ${problem[0].message} The built-in lexicon is used.`);
      return builtinLexicon();
    }
    const loaded = lexiconFromText(file, text);
    this.ignored = loaded.ignored;
    // The lexicon file's problems go to the Problems panel, at their line and column.
    this.connection.sendDiagnostics({
      uri,
      diagnostics: loaded.issues.map((issue): LspDiagnostic => ({
        range: { start: { line: issue.line - 1, character: issue.column - 1 }, end: { line: issue.line - 1, character: issue.column } },
        severity: 1, source: 'sorot', code: 'lexicon.invalid', message: issue.message,
      })),
    });
    if (loaded.issues.length > 0) {
      warn(this.connection, `Sorot: ${settings.lexicon} has ${loaded.issues.length} problem${loaded.issues.length === 1 ? '' : 's'}; its valid entries are used. See the Problems panel.`);
    }
    return loaded.lexicon;
  }

  // -------------------------------------------------------------------------------------------
  // Diagnostics and status

  private publishSoon(): void {
    if (this.publishTimer) return;
    this.publishTimer = setTimeout(() => {
      this.publishTimer = undefined;
      this.guard('publishing', () => this.publish());
    }, 0);
  }

  /**
   * Publishes the diagnostics of every article whose diagnostics may have changed since last time,
   * and clears those of articles that are gone. Only what changed is sent: after an edit, the edited
   * article and those that share a claim with it. After the first publish of an index, which sends
   * everything before the status says ready, they are sent a few milliseconds' worth at a time, so
   * that an edit that touches many articles never holds the editor's requests up.
   */
  publish(first = false): void {
    for (const uri of this.workspace.takeChanged()) this.toPublish.add(uri);
    const off = new Set(Object.entries(this.settings?.severity ?? {}).filter(([, value]) => value === 'off').map(([code]) => code));
    const until = first ? Infinity : performance.now() + PUBLISH_SLICE_MS;
    // The documents open in the editor first: the one being edited is among them.
    const inEditor = [...this.inEditor].filter((uri) => this.toPublish.has(uri));
    for (const uri of inEditor.length > 0 ? new Set([...inEditor, ...this.toPublish]) : this.toPublish) {
      if (performance.now() > until) {
        this.publishSoon();
        break;
      }
      this.toPublish.delete(uri);
      const diagnostics = provideDiagnostics(this.workspace, uri, off, this.ignored);
      // What was published is kept as a fingerprint, not as its JSON. The first publish of an index
      // compares nothing and takes no fingerprints: what it sent is then compared with nothing, and
      // sent again the next time the article's diagnostics may have changed.
      const fingerprint = diagnostics.length === 0 ? NOTHING_PUBLISHED : first ? NOT_FINGERPRINTED : textHash(JSON.stringify(diagnostics));
      const before = this.published.get(uri) ?? NOTHING_PUBLISHED;
      if (before === fingerprint && fingerprint !== NOT_FINGERPRINTED) continue;
      this.connection.sendDiagnostics({ uri: this.spellings.get(uri) ?? uri, diagnostics });
      if (diagnostics.length === 0) this.published.delete(uri);
      else this.published.set(uri, fingerprint);
    }
    this.notifyStatus();
    this.warmWhenIdle();
  }

  /**
   * Computes what hovers and definitions read (workspace.warm) once the editor has been quiet for a
   * moment, in slices of a few milliseconds between requests, so that none of them pays for it. A new
   * publish (typing) stops it and starts the wait again; what is still current is skipped next time.
   */
  private warmWhenIdle(): void {
    this.warming = undefined;
    clearTimeout(this.warmTimer);
    if (this.state !== 'ready') return;
    this.warmTimer = setTimeout(() => this.guard('warming', () => this.warm()), WARM_AFTER_MS);
    // Warming is never a reason to keep the process alive (a test's clock may give a timer without unref).
    (this.warmTimer as { unref?: () => void }).unref?.();
  }

  private warm(): void {
    const steps = this.workspace.warm();
    this.warming = steps;
    const slice = () => {
      if (this.warming !== steps) return;
      const until = performance.now() + WARM_SLICE_MS;
      for (let step = steps.next(); !step.done; step = steps.next()) {
        if (performance.now() > until) {
          setImmediate(() => this.guard('warming', slice));
          return;
        }
      }
      this.warming = undefined;
    };
    setImmediate(() => this.guard('warming', slice));
  }

  /** While indexing: how many of the articles found are read. */
  private indexing: { done: number; total: number } | undefined;

  /**
   * Tells the status bar the state: while indexing, how many articles are read of how many (counting the
   * diagnostics would check the claims at every step); when ready, the diagnostics' count.
   */
  notifyStatus(): void {
    const counts = this.state === 'indexing'
      ? (this.indexing ? { indexed: this.indexing.done, total: this.indexing.total } : {})
      : { diagnostics: this.workspace.diagnosticCount() };
    this.connection.sendNotification('sorot/status', { state: this.state, articles: this.workspace.size, ...counts }).catch(() => undefined);
  }
}

/** Folders never searched for articles: hidden ones (`.git`, `.sorot`) and `node_modules`. */
function skippedFolder(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}
