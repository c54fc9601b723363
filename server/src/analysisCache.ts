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
import { FileStamp } from './articleFiles';

interface Header {
  sorotCache: 3;
  /** The server build that made the analyses. */
  build: string;
  /** The lexicon they were made with. */
  lexicon: string;
}

/** What the index keeps of an article's text: its fingerprint (analysis/textHash.ts), line table and length. */
export interface TextShape {
  hash: string;
  lines: ArrayLike<number>;
  length: number;
}

interface Line extends TextShape {
  uri: string;
  /** The file's size and modification time when its text was read, if it was read from disk. */
  stamp?: FileStamp;
  analysis: ArticleAnalysis;
}

export class AnalysisCache {
  private readonly found = new Map<string, Line>();
  hits = 0;

  private constructor(readonly file: string | undefined, private readonly header: Header) {}

  /** The cache of a workspace in `directory` (none when undefined), for the lexicon in force. */
  static load(directory: string | undefined, folders: readonly string[], lexicon: Lexicon): AnalysisCache {
    const header: Header = { sorotCache: 3, build: BUILD, lexicon: hash(JSON.stringify([...lexicon.entries.values()])) };
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
   * The cached analysis and text shape of a file not changed since it was cached (the same size and
   * modification time), so that it need not even be read, as linters' caches do.
   */
  unchanged(uri: string, stamp: FileStamp): { analysis: ArticleAnalysis; shape: TextShape } | undefined {
    const entry = this.found.get(uri);
    if (!entry?.stamp || entry.stamp.size !== stamp.size || entry.stamp.mtimeMs !== stamp.mtimeMs) return undefined;
    this.found.delete(uri);
    this.hits++;
    return { analysis: entry.analysis, shape: { hash: entry.hash, lines: entry.lines, length: entry.length } };
  }

  /**
   * Writes the analyses of the index, a few at a time so that requests go on being answered;
   * best effort, since a cache that cannot be written only makes the next start slower.
   */
  async save(documents: Iterable<TextShape & { uri: string; analysis: ArticleAnalysis; stamp?: FileStamp }>): Promise<void> {
    if (!this.file) return;
    const temporary = `${this.file}.${process.pid}.tmp`;
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      const descriptor = fs.openSync(temporary, 'w');
      try {
        fs.writeSync(descriptor, JSON.stringify(this.header) + '\n');
        let written = 0;
        for (const { uri, hash: textHash, lines, length, analysis, stamp } of documents) {
          const line: Line = { uri, hash: textHash, lines: Array.from(lines), length, analysis, ...(stamp ? { stamp } : {}) };
          fs.writeSync(descriptor, JSON.stringify(line) + '\n');
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
        if (header?.sorotCache !== 3 || header.build !== this.header.build || header.lexicon !== this.header.lexicon) return;
        first = false;
        continue;
      }
      const entry = line as Partial<Line> | undefined;
      if (typeof entry?.uri === 'string' && typeof entry.hash === 'string' && isAnalysis(entry.analysis) && isShape(entry)) {
        this.found.set(entry.uri, { uri: entry.uri, hash: entry.hash, lines: Uint32Array.from(entry.lines), length: entry.length, analysis: entry.analysis, stamp: isStamp(entry.stamp) ? entry.stamp : undefined });
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

function isShape(entry: Partial<Line>): entry is Line {
  return typeof entry.length === 'number' && Array.isArray(entry.lines) && entry.lines.every((start) => typeof start === 'number');
}

function isStamp(stamp: unknown): stamp is FileStamp {
  return typeof stamp === 'object' && stamp !== null && typeof (stamp as FileStamp).size === 'number' && typeof (stamp as FileStamp).mtimeMs === 'number';
}
