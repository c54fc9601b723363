// Analyses kept on disk between sessions, so that reopening a newsroom's archive does not analyse
// every article again. An entry is used only for the same text (by hash), the same server build and
// the same lexicon; anything else, including a damaged cache file, just means analysing afresh.
//
// The file is JSON Lines: a header, then one article per line, so that no single string has to hold
// the whole archive. An article's line holds its URI, fingerprint, line table (as the lengths of its
// lines), length, file stamp, the strings first used by this line and its analysis as rows of numbers
// (analysisCodec.ts). It is written whole to a temporary file and renamed, so a crash mid-write never
// leaves half a cache.

import { createHash, createHmac, randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import { readBounded } from './boundedRead';
import * as path from 'node:path';
import { Lexicon } from './analysis/lexicon';
import { ArticleAnalysis } from './analysis/types';
import { FileStamp } from './articleFiles';
import { StringsOut, decodeAnalysis, encodeAnalysis } from './analysisCodec';

interface Header {
  sorotCache: 5;
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

/**
 * An entry as read: decoded only when it is asked for, so that a reopened archive's analyses are made
 * one at a time, just before the index takes them, instead of all at once and held.
 */
interface Entry {
  uri: string;
  hash: string;
  /** The line table as its lines' lengths (lineLengths). */
  lengths: unknown;
  length: number;
  /** The file's size and modification time when its text was read, if it was read from disk. */
  stamp?: FileStamp;
  rows: unknown;
}

export class AnalysisCache {
  private readonly found = new Map<string, Entry>();
  /** The file's strings, numbered (see analysisCodec.ts). */
  private readonly strings: string[] = [];
  hits = 0;

  /** Entries read but not used (articles gone or changed): a cache holding any is written anew. */
  get unused(): number {
    return this.found.size;
  }

  private constructor(readonly file: string | undefined, private readonly header: Header, private readonly key?: Buffer) {}

  /** An entry's integrity tag with this cache's key (empty without one, when nothing is written or read). */
  private tag(entry: string): string {
    return tagWith(this.key, entry);
  }

  /** The cache of a workspace in `directory` (none when undefined), for the lexicon in force. */
  /**
   * `intern` gives the one copy of each string the caller keeps (as Workspace.intern does): the
   * strings of the analyses given back are then those copies.
   */
  static load(directory: string | undefined, folders: readonly string[], lexicon: Lexicon, intern: (value: string) => string = (value) => value): AnalysisCache {
    const header: Header = { sorotCache: 5, build: BUILD, lexicon: hash(JSON.stringify([...lexicon.entries.values()])) };
    const file = directory && folders.length > 0 ? path.join(directory, `${hash(folders.join('\n')).slice(0, 16)}.jsonl`) : undefined;
    const key = file ? cacheKey(path.dirname(file)) : undefined;
    const cache = new AnalysisCache(key ? file : undefined, header, key);
    if (file) cache.read(file, intern);
    return cache;
  }

  /** The cached analysis of the text with this fingerprint (textHash) at this URI, if there is one. */
  get(uri: string, textHash: string): ArticleAnalysis | undefined {
    const entry = this.found.get(uri);
    if (!entry || entry.hash !== textHash) return undefined;
    return this.take(entry)?.analysis;
  }

  /**
   * The cached analysis and text shape of a file not changed since it was cached (the same size and
   * modification time), so that it need not even be read, as linters' caches do.
   */
  unchanged(uri: string, stamp: FileStamp): { analysis: ArticleAnalysis; shape: TextShape } | undefined {
    const entry = this.found.get(uri);
    if (!entry?.stamp || entry.stamp.size !== stamp.size || entry.stamp.mtimeMs !== stamp.mtimeMs) return undefined;
    return this.take(entry);
  }

  /** The entry decoded, given once (the index keeps it from then on), or undefined if any field is wrong. */
  private take(entry: Entry): { analysis: ArticleAnalysis; shape: TextShape } | undefined {
    this.found.delete(entry.uri);
    const lines = lineTable(entry.lengths, entry.length);
    const analysis = lines && decodeAnalysis(entry.rows, this.strings);
    if (!lines || !analysis) return undefined;
    this.hits++;
    return { analysis, shape: { hash: entry.hash, lines, length: entry.length } };
  }

  /**
   * Writes the analyses of the index, a few at a time so that requests go on being answered;
   * best effort, since a cache that cannot be written only makes the next start slower. Given up,
   * leaving the cache as it was, if `stillCurrent` turns false meanwhile (the lexicon changed: the
   * analyses would be stored under another lexicon's name).
   */
  async save(documents: Iterable<TextShape & { uri: string; analysis: ArticleAnalysis; stamp?: FileStamp }>, stillCurrent: () => boolean = () => true): Promise<void> {
    if (!this.file) return;
    const temporary = `${this.file}.${process.pid}.tmp`;
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      const descriptor = fs.openSync(temporary, 'w');
      try {
        fs.writeSync(descriptor, JSON.stringify(this.header) + '\n');
        const strings = new StringsOut();
        let batch: string[] = [];
        for (const { uri, hash: textHash, lines, length, analysis, stamp } of documents) {
          const first = strings.size;
          const rows = encodeAnalysis(analysis, strings);
          const entry = JSON.stringify([uri, textHash, lineLengths(lines), length, stamp?.size ?? null, stamp?.mtimeMs ?? null, first, strings.take(), rows]);
          batch.push(`${this.tag(entry)} ${entry}`);
          if (batch.length === 20) {
            fs.writeSync(descriptor, batch.join('\n') + '\n');
            batch = [];
            await new Promise((resolve) => setImmediate(resolve));
            if (!stillCurrent()) throw new Error('superseded');
          }
        }
        if (batch.length > 0) fs.writeSync(descriptor, batch.join('\n') + '\n');
      } finally {
        fs.closeSync(descriptor);
      }
      if (!stillCurrent()) throw new Error('superseded');
      fs.renameSync(temporary, this.file);
    } catch {
      fs.rmSync(temporary, { force: true });
    }
  }

  /**
   * Reads the cache file, which is untrusted input: a file that is not a regular file or is larger than
   * MAX_CACHE_BYTES is not read, a line longer than MAX_LINE_BYTES is skipped unread, and any failure
   * means the cache is empty ("analyse again"), never a stop.
   */
  private read(file: string, intern: (value: string) => string): void {
    try {
      this.readLines(file, intern);
    } catch {
      this.found.clear();
      this.strings.length = 0;
    }
  }

  private readLines(file: string, intern: (value: string) => string): void {
    const content = readBounded(file, MAX_CACHE_BYTES);
    if (!content) return;
    let start = 0;
    let first = true;
    const strings = this.strings;
    while (start < content.length) {
      let end = content.indexOf(10, start);
      if (end < 0) end = content.length;
      const raw = end - start > MAX_LINE_BYTES ? undefined : content.toString('utf8', start, end);
      start = end + 1;
      if (first) {
        const header = raw === undefined ? undefined : parse(raw) as Partial<Header> | undefined;
        if (header?.sorotCache !== 5 || header.build !== this.header.build || header.lexicon !== this.header.lexicon) return;
        first = false;
        continue;
      }
      // Every entry carries the tag this server computed with its own key: an entry written by hand, or
      // changed since, is not taken (its strings, unverified, end the reading: the lines after need them).
      const space = raw?.indexOf(' ') ?? -1;
      if (raw === undefined || space === -1 || this.tag(raw.slice(space + 1)) !== raw.slice(0, space)) continue;
      const line = parse(raw.slice(space + 1));
      if (!Array.isArray(line) || line.length !== 9) continue;
      const [uri, textHash, lengths, length, size, mtimeMs, firstString, fresh, rows] = line as unknown[];
      // A line's strings are numbered after those of the lines before: once a line that brought
      // strings is lost, the lines after it cannot be read.
      if (firstString !== strings.length || !Array.isArray(fresh) || !fresh.every((text) => typeof text === 'string')) continue;
      for (const text of fresh as string[]) strings.push(intern(text));
      if (typeof uri !== 'string' || typeof textHash !== 'string' || typeof length !== 'number') continue;
      const stamp = typeof size === 'number' && typeof mtimeMs === 'number' ? { size, mtimeMs } : undefined;
      this.found.set(uri, { uri, hash: textHash, lengths, length, stamp, rows });
    }
  }
}

/** An entry's integrity tag: an HMAC with the key kept beside the cache, so that no other program's entry passes. */
function tagWith(key: Buffer | undefined, entry: string): string {
  return key ? createHmac('sha256', key).update(entry).digest('base64url').slice(0, 22) : '';
}

/** The key of the cache's directory, made once (random, readable only by the user); undefined when it cannot be had. */
function cacheKey(directory: string): Buffer | undefined {
  const file = path.join(directory, 'key');
  const existing = readBounded(file, 64);
  if (existing && existing.length === 32) return existing;
  try {
    fs.mkdirSync(directory, { recursive: true });
    const key = randomBytes(32);
    fs.writeFileSync(file, key, { mode: 0o600 });
    return key;
  } catch {
    return undefined;
  }
}

/** The largest cache file read: past it the cache is ignored (and rewritten at the next save). */
export const MAX_CACHE_BYTES = 512 * 1024 * 1024;
/** The longest line read: one article's analysis is far shorter. */
const MAX_LINE_BYTES = 16 * 1024 * 1024;

/** A line table as the lengths of its lines (each start minus the one before), which are short numbers. */
function lineLengths(lines: ArrayLike<number>): number[] {
  const lengths: number[] = [];
  for (let i = 1; i < lines.length; i++) lengths.push(lines[i] - lines[i - 1]);
  return lengths;
}

/** The line table back from its lines' lengths, or undefined when they cannot be one for this length. */
function lineTable(lengths: unknown, length: number): Uint32Array | undefined {
  if (!Array.isArray(lengths) || !Number.isInteger(length) || length < 0) return undefined;
  const lines = new Uint32Array(lengths.length + 1);
  let at = 0;
  for (let i = 0; i < lengths.length; i++) {
    const step = lengths[i];
    if (typeof step !== 'number' || !Number.isInteger(step) || step <= 0) return undefined;
    at += step;
    lines[i + 1] = at;
  }
  return at <= length ? lines : undefined;
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



