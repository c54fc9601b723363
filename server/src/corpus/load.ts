// Loading a corpus from files for the command line: the lexicon in force, the articles found and
// read safely, their analyses at the rate in force, and what was skipped or could not be read.

import * as fs from 'node:fs';
import { analyzeArticle } from '../analysis/analyze';
import { DEFAULT_IDR_PER_USD, withRate } from '../analysis/money';
import { ArticleAnalysis } from '../analysis/types';
import { AnalysisPool } from '../analysisPool';
import { ArticleRead, MAX_ARTICLE_BYTES, decodeArticle, findArticleFiles, readArticle } from '../articleFiles';
import { Lexicon } from '../analysis/lexicon';
import * as path from 'node:path';
import { lineStarts } from '../analysis/text';
import { textHash } from '../analysis/textHash';
import { AnalysisCache } from '../analysisCache';
import { URI } from '../uri';
import { LexiconFileIssue, WORKSPACE_LEXICON_PATH, loadLexicon } from '../workspaceLexicon';
import { RateInfo, chooseRate } from './rate';

export type { RateInfo } from './rate';

export interface LoadedDocument {
  path: string;
  text: string;
  analysis: ArticleAnalysis;
}


export interface LoadedCorpus {
  documents: LoadedDocument[];
  /** How many analyses the cache gave. */
  cached?: number;
  rate: RateInfo;
  lexiconFile: string | undefined;
  lexiconIssues: LexiconFileIssue[];
  /** Files left out, with why: binary, empty, too large, not UTF-8. */
  skipped: { path: string; reason: string }[];
  /** Paths that could not be read at all. */
  unreadable: { path: string; reason: string }[];
}

export interface LoadOptions {
  lexiconFile?: string;
  /** The lexicon already loaded (lexiconFor), else loaded from `lexiconFile`. */
  lexicon?: ReturnType<typeof lexiconFor>;
  rate?: number;
  /** Called once per file, for progress. */
  onFile?: (index: number, total: number) => void;
  /** Files left out of folders and globs. */
  ignored?: (file: string) => boolean;
  /** Articles given as bytes rather than files (stdin), read by the same rules as files, before them. */
  given?: { path: string; bytes: Buffer }[];
  /** Analyses kept from an earlier run (`sorot --cache`): an article with the same text is not analysed again; all are kept for the next. */
  cache?: AnalysisCache;
}

export function loadCorpus(paths: readonly string[], options: LoadOptions = {}): LoadedCorpus {
  const { files, missing } = findArticleFiles(paths, options.ignored);
  const corpus = loadFiles(files, options);
  return { ...corpus, unreadable: [...missing, ...corpus.unreadable] };
}

/** The same, for article files already found (findArticleFiles). */
export function loadFiles(files: readonly string[], options: LoadOptions = {}): LoadedCorpus {
  const { lexicon, issues, lexiconFile } = options.lexicon ?? lexiconFor(options);
  const documents: LoadedDocument[] = [];
  const skipped: LoadedCorpus['skipped'] = [];
  const unreadable: LoadedCorpus['unreadable'] = [];
  readGiven(options.given ?? [], lexicon, documents, skipped);
  files.forEach((file, index) => {
    options.onFile?.(index, files.length);
    const read = readArticle(file);
    if (read.ok) documents.push({ path: file, text: read.text, analysis: cachedAnalysis(options.cache, file, read.text) ?? analyzeArticle(read.text, lexicon) });
    else (read.skipped ? skipped : unreadable).push({ path: file, reason: read.reason });
  });
  return atRate({ documents, lexiconFile, lexiconIssues: issues, skipped, unreadable, cached: options.cache?.hits }, options);
}

/** The analysis the cache keeps for a file's text, if it keeps one. */
function cachedAnalysis(cache: AnalysisCache | undefined, file: string, text: string): ArticleAnalysis | undefined {
  const analysis = cache?.get(URI.fromPath(path.resolve(file)), textHash(text));
  // Kept at the rate of the run that kept it: at the default rate again, as a new analysis is.
  return analysis && { ...analysis, money: withRate(analysis.money, DEFAULT_IDR_PER_USD) };
}

/** Keeps every analysis in the cache for the next run (before the rate is applied: the cache keeps analyses as made). */
export async function saveToCache(cache: AnalysisCache, documents: readonly LoadedDocument[]): Promise<void> {
  await cache.save(documents.map((document) => ({
    uri: URI.fromPath(path.resolve(document.path)), hash: textHash(document.text), lines: lineStarts(document.text), length: document.text.length, analysis: document.analysis,
  })));
}

/** Articles given as bytes (stdin), read by the rules files are read by, and analysed here. */
function readGiven(given: readonly { path: string; bytes: Buffer }[], lexicon: Lexicon, documents: LoadedDocument[], skipped: LoadedCorpus['skipped']): void {
  for (const { path, bytes } of given) {
    const read: ArticleRead = bytes.length > MAX_ARTICLE_BYTES ? { ok: false, skipped: true, reason: 'larger than 5 MB' } : decodeArticle(bytes);
    if (read.ok) documents.push({ path, text: read.text, analysis: analyzeArticle(read.text, lexicon) });
    else skipped.push({ path, reason: read.reason });
  }
}

/** Articles read ahead of the analysis pool, at most. */
const MAX_IN_FLIGHT = 64;

/**
 * The same, with the articles analysed on every core by the server's analysis pool while this thread
 * reads files (the same results, in the same order). Without a pool (one core, or running from
 * sources), it is `loadCorpus`.
 */
export async function loadCorpusOnCores(paths: readonly string[], options: LoadOptions = {}): Promise<LoadedCorpus> {
  const { files, missing } = findArticleFiles(paths, options.ignored);
  const corpus = await loadFilesOnCores(files, options);
  return { ...corpus, unreadable: [...missing, ...corpus.unreadable] };
}

/** The same, for article files already found (findArticleFiles). */
export async function loadFilesOnCores(files: readonly string[], options: LoadOptions = {}): Promise<LoadedCorpus> {
  const { lexicon, issues, lexiconFile } = options.lexicon ?? lexiconFor(options);
  const pool = AnalysisPool.create(lexicon);
  if (!pool) return loadFiles(files, options);
  try {
    const slots: (LoadedDocument | undefined)[] = new Array(files.length);
    const skipped: LoadedCorpus['skipped'] = [];
    const unreadable: LoadedCorpus['unreadable'] = [];
    const given: LoadedDocument[] = [];
    readGiven(options.given ?? [], lexicon, given, skipped);
    const inFlight = new Set<Promise<void>>();
    for (const [index, file] of files.entries()) {
      options.onFile?.(index, files.length);
      const read = readArticle(file);
      if (!read.ok) {
        (read.skipped ? skipped : unreadable).push({ path: file, reason: read.reason });
        continue;
      }
      const text = read.text;
      const cached = cachedAnalysis(options.cache, file, text);
      if (cached) {
        slots[index] = { path: file, text, analysis: cached };
        continue;
      }
      const analysed: Promise<void> = pool.analyze(text)
        .catch(() => analyzeArticle(text, lexicon))
        .then((analysis) => {
          slots[index] = { path: file, text, analysis };
          inFlight.delete(analysed);
        });
      inFlight.add(analysed);
      if (inFlight.size >= MAX_IN_FLIGHT) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    const documents = [...given, ...slots.filter((document): document is LoadedDocument => document !== undefined)];
    return atRate({ documents, lexiconFile, lexiconIssues: issues, skipped, unreadable, cached: options.cache?.hits }, options);
  } finally {
    await pool.close();
  }
}

/** The lexicon in force: the file given, else the workspace lexicon when there is one, else the built-in one. */
export function lexiconFor(options: Pick<LoadOptions, 'lexiconFile'>) {
  const lexiconFile = options.lexiconFile ?? (fs.existsSync(WORKSPACE_LEXICON_PATH) ? WORKSPACE_LEXICON_PATH : undefined);
  return { ...loadLexicon(lexiconFile, options.lexiconFile === undefined), lexiconFile };
}

/** The corpus with its figures at the rate in force: the one given, else its own conversions'. */
function atRate(corpus: Omit<LoadedCorpus, 'rate'>, options: LoadOptions): LoadedCorpus {
  const rate = chooseRate(corpus.documents.map((document) => document.analysis), options.rate);
  if (rate.idrPerUsd !== DEFAULT_IDR_PER_USD) {
    for (const document of corpus.documents) document.analysis = { ...document.analysis, money: withRate(document.analysis.money, rate.idrPerUsd) };
  }
  return { ...corpus, rate };
}
