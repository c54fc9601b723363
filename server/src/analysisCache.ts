// Analyses kept on disk between sessions, so that reopening a newsroom's archive does not analyse
// every article again. An entry is used only for the same text (by hash), the same server build and
// the same lexicon; anything else, including a damaged cache file, just means analysing afresh.
//
// The file is JSON Lines: a header, then one article per line, so that no single string has to hold
// the whole archive. It is written whole to a temporary file and renamed, so a crash mid-write never
// leaves half a cache.

import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Lexicon } from './analysis/lexicon';
import { ArticleAnalysis } from './analysis/types';

interface Header {
  sorotCache: 2;
  /** The server build that made the analyses. */
  build: string;
  /** The lexicon they were made with. */
  lexicon: string;
}

interface Line {
  uri: string;
  /** The text's fingerprint (analysis/textHash.ts). */
  hash: string;
  analysis: ArticleAnalysis;
}

export class AnalysisCache {
  private readonly found = new Map<string, { hash: string; analysis: ArticleAnalysis }>();
  hits = 0;

  private constructor(readonly file: string | undefined, private readonly header: Header) {}

  /** The cache of a workspace in `directory` (none when undefined), for the lexicon in force. */
  static load(directory: string | undefined, folders: readonly string[], lexicon: Lexicon): AnalysisCache {
    const header: Header = { sorotCache: 2, build: BUILD, lexicon: hash(JSON.stringify([...lexicon.entries.values()])) };
    const file = directory && folders.length > 0 ? path.join(directory, `${hash(folders.join('\n')).slice(0, 16)}.jsonl`) : undefined;
    const cache = new AnalysisCache(file, header);
    if (file) cache.read(file);
    return cache;
  }

  /** The cached analysis of the text with this fingerprint (textHash) at this URI, if there is one. */
  get(uri: string, textHash: string): ArticleAnalysis | undefined {
    const entry = this.found.get(uri);
    if (!entry || entry.hash !== textHash) return undefined;
    // Given once: the index keeps it from now on, and the cache need not hold a second reference.
    this.found.delete(uri);
    this.hits++;
    return entry.analysis;
  }

  /**
   * Writes the analyses of the index, a few at a time so that requests go on being answered;
   * best effort, since a cache that cannot be written only makes the next start slower.
   */
  async save(documents: Iterable<{ uri: string; hash: string; analysis: ArticleAnalysis }>): Promise<void> {
    if (!this.file) return;
    const temporary = `${this.file}.${process.pid}.tmp`;
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      const descriptor = fs.openSync(temporary, 'w');
      try {
        fs.writeSync(descriptor, JSON.stringify(this.header) + '\n');
        let written = 0;
        for (const { uri, hash: textHash, analysis } of documents) {
          fs.writeSync(descriptor, JSON.stringify({ uri, hash: textHash, analysis } satisfies Line) + '\n');
          if (++written % 20 === 0) await new Promise((resolve) => setImmediate(resolve));
        }
      } finally {
        fs.closeSync(descriptor);
      }
      fs.renameSync(temporary, this.file);
    } catch {
      fs.rmSync(temporary, { force: true });
    }
  }

  private read(file: string): void {
    let content: Buffer;
    try {
      content = fs.readFileSync(file);
    } catch {
      return;
    }
    let start = 0;
    let first = true;
    while (start < content.length) {
      let end = content.indexOf(10, start);
      if (end < 0) end = content.length;
      const line = parse(content.toString('utf8', start, end));
      start = end + 1;
      if (first) {
        const header = line as Partial<Header> | undefined;
        if (header?.sorotCache !== 2 || header.build !== this.header.build || header.lexicon !== this.header.lexicon) return;
        first = false;
        continue;
      }
      const entry = line as Partial<Line> | undefined;
      if (typeof entry?.uri === 'string' && typeof entry.hash === 'string' && isAnalysis(entry.analysis)) {
        this.found.set(entry.uri, { hash: entry.hash, analysis: entry.analysis });
      }
    }
  }
}

/** This build of the server: analyses made by another are never reused. */
const BUILD = (() => {
  try {
    return hash(fs.readFileSync(__filename, 'utf8'));
  } catch {
    return 'unknown';
  }
})();

function hash(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isAnalysis(value: unknown): value is ArticleAnalysis {
  const analysis = value as Partial<ArticleAnalysis> | undefined;
  return typeof analysis === 'object' && analysis !== null &&
    [analysis.money, analysis.entities, analysis.attributions, analysis.claims, analysis.deals, analysis.problems].every(Array.isArray);
}
