// Finding and reading article files safely, for the CLI and the language server's indexer.
// An article is UTF-8 text; anything else (binary, invalid UTF-8, empty, over 5 MB) is skipped with
// a reason a person can act on, and never reaches the analysis. Reading is the only I/O here.

import * as fs from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import { readRegularFile } from './boundedRead';

/** Articles larger than this are skipped: no news article is 5 MB of text. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

/** When a file was last changed, as `stat` gives it: with its size, what a cache keys an unread file by. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
}

export type ArticleRead =
  | { ok: true; text: string; stamp?: FileStamp }
  | { ok: false; skipped: true; reason: string }
  | { ok: false; skipped: false; reason: string };

/** Reads an article file: its text without a byte-order mark, or why it was skipped or unreadable. */
export function readArticle(file: string): ArticleRead {
  let size: number;
  let stamp: FileStamp;
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) return { ok: false, skipped: false, reason: 'not a regular file' };
    size = stat.size;
    stamp = { size: stat.size, mtimeMs: stat.mtimeMs };
  } catch (error) {
    return { ok: false, skipped: false, reason: describeFsError(error) };
  }
  if (size > MAX_ARTICLE_BYTES) {
    return { ok: false, skipped: true, reason: `larger than 5 MB (${(size / 1024 / 1024).toFixed(1)} MB)` };
  }
  // Read with the limit counted on the bytes themselves: a file may grow after its `stat`.
  const bounded = readRegularFile(file, MAX_ARTICLE_BYTES);
  if (!('bytes' in bounded)) {
    return bounded.problem === 'too-large' ? { ok: false, skipped: true, reason: 'larger than 5 MB' } : { ok: false, skipped: false, reason: bounded.message };
  }
  const read = decodeArticle(bounded.bytes);
  return read.ok ? { ...read, stamp } : read;
}

/** A file's stamp, or undefined when it is no regular file or cannot be read. */
export function fileStamp(file: string): FileStamp | undefined {
  try {
    const stat = fs.statSync(file);
    return stat.isFile() ? { size: stat.size, mtimeMs: stat.mtimeMs } : undefined;
  } catch {
    return undefined;
  }
}

/** Decodes an article's bytes, refusing binary data and invalid UTF-8. */
export function decodeArticle(bytes: Uint8Array): ArticleRead {
  if (bytes.length > MAX_ARTICLE_BYTES) return { ok: false, skipped: true, reason: 'larger than 5 MB' };
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { ok: false, skipped: true, reason: `binary data (a NUL byte at offset ${nul})` };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { ok: false, skipped: true, reason: `not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(bytes)})` };
  }
  if (text.trim().length === 0) return { ok: false, skipped: true, reason: 'empty' };
  return { ok: true, text };
}

/**
 * The article files a list of paths names: files as given, folders searched for `*.txt` (skipping
 * hidden folders and node_modules), globs (`articles/2024-*` or with `**`, quoted so that the shell leaves them)
 * matched against the files under their fixed part, in a stable order. Files found in folders or by
 * globs that `ignored` names are left out. Paths that do not exist, and globs that match nothing, are
 * returned apart.
 */
export function findArticleFiles(paths: readonly string[], ignored: (file: string) => boolean = () => false): { files: string[]; missing: { path: string; reason: string }[] } {
  const files: string[] = [];
  const missing: { path: string; reason: string }[] = [];
  for (const given of paths) {
    const glob = picomatch.scan(given);
    if (glob.isGlob) {
      const matches = picomatch(given.replace(/^\.\//, ''), { dot: false });
      // A file is matched as the glob names files: by its absolute path, or relative to the working folder.
      const named = (file: string) => (path.isAbsolute(given) ? path.resolve(file) : path.relative('.', file)).split(path.sep).join('/');
      const found = filesUnder(glob.base || '.', () => true).filter((file) => matches(named(file)) && !ignored(file));
      if (found.length === 0) missing.push({ path: given, reason: 'no file matches' });
      files.push(...found);
      continue;
    }
    let stat: fs.Stats;
    try {
      stat = fs.statSync(given);
    } catch (error) {
      missing.push({ path: given, reason: describeFsError(error) });
      continue;
    }
    if (stat.isDirectory()) files.push(...filesUnder(given, (name) => name.toLowerCase().endsWith('.txt')).filter((file) => !ignored(file)));
    else files.push(given);
  }
  return { files: [...new Set(files)], missing };
}

/** The files under a folder whose names `wanted` accepts, hidden folders and node_modules skipped, in name order. */
function filesUnder(folder: string, wanted: (name: string) => boolean): string[] {
  const found: string[] = [];
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(folder, { withFileTypes: true });
  } catch {
    return found;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = folder === '.' ? entry.name : path.join(folder, entry.name);
    if (entry.isDirectory()) found.push(...filesUnder(full, wanted));
    else if (entry.isFile() && wanted(entry.name)) found.push(full);
  }
  return found;
}

/**
 * Which files ignore patterns name, as a `.gitignore` reads them, relative to `base`: a pattern
 * without a slash matches at any depth (`draft-*.txt`), one ending in a slash a folder and what it holds
 * (`archive/`), `#` starts a comment line.
 */
export function ignoreMatcher(patterns: readonly string[], base = '.'): (file: string) => boolean {
  const globs = patterns.map((pattern) => pattern.trim()).filter((pattern) => pattern && !pattern.startsWith('#')).flatMap((pattern) => {
    const anchored = pattern.replace(/^\//, '').replace(/\/$/, '/**');
    const glob = pattern.replace(/\/$/, '').includes('/') ? anchored : `**/${anchored}`;
    return [glob, `${glob}/**`];
  });
  if (globs.length === 0) return () => false;
  const matches = picomatch(globs, { dot: true });
  return (file) => {
    const relative = path.relative(base, path.resolve(file));
    return !relative.startsWith('..') && matches(relative.split(path.sep).join('/'));
  };
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT': return 'no such file or folder';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a folder';
    default: return (error as Error).message ?? String(error);
  }
}

/** Offset of the first byte that does not start or continue a UTF-8 sequence: a hint for the message. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i];
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte < 0xe0 ? 2 : byte >= 0xe0 && byte < 0xf0 ? 3 : byte >= 0xf0 && byte < 0xf5 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    i += length;
  }
  return i;
}
