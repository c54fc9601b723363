// Loading a corpus from files for the command line: the lexicon in force, the articles found and
// read safely, their analyses at the rate in force, and what was skipped or could not be read.

import * as fs from 'node:fs';
import { analyzeArticle } from '../analysis/analyze';
import { DEFAULT_IDR_PER_USD, withRate } from '../analysis/money';
import { ArticleAnalysis } from '../analysis/types';
import { findArticleFiles, readArticle } from '../articleFiles';
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
  rate?: number;
  /** Called once per file, for progress. */
  onFile?: (index: number, total: number) => void;
}

export function loadCorpus(paths: readonly string[], options: LoadOptions = {}): LoadedCorpus {
  const lexiconFile = options.lexiconFile ?? (fs.existsSync(WORKSPACE_LEXICON_PATH) ? WORKSPACE_LEXICON_PATH : undefined);
  const { lexicon, issues } = loadLexicon(lexiconFile, options.lexiconFile === undefined);
  const { files, missing } = findArticleFiles(paths);
  const documents: LoadedDocument[] = [];
  const skipped: LoadedCorpus['skipped'] = [];
  const unreadable: LoadedCorpus['unreadable'] = [...missing];
  files.forEach((file, index) => {
    options.onFile?.(index, files.length);
    const read = readArticle(file);
    if (read.ok) documents.push({ path: file, text: read.text, analysis: analyzeArticle(read.text, lexicon) });
    else (read.skipped ? skipped : unreadable).push({ path: file, reason: read.reason });
  });
  const rate = chooseRate(documents.map((document) => document.analysis), options.rate);
  if (rate.idrPerUsd !== DEFAULT_IDR_PER_USD) {
    for (const document of documents) document.analysis = { ...document.analysis, money: withRate(document.analysis.money, rate.idrPerUsd) };
  }
  return { documents, rate, lexiconFile, lexiconIssues: issues, skipped, unreadable };
}
