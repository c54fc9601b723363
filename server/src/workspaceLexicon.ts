// The lexicon in force for a workspace: the built-in one, extended by a lexicon file when there is
// one. A file that cannot be read or parsed never stops the analysis: its problems are returned with
// line and column so they can be shown, and every valid entry in it is still used.

import { readRegularFile } from './boundedRead';
import { Lexicon, buildLexicon, builtinEntries, builtinLexicon } from './analysis/lexicon';
import { IgnoredFigure, parseLexiconFile } from './analysis/lexiconFile';
import { lineAndColumn, lineStarts } from './analysis/text';

/** Where a workspace keeps its lexicon, relative to the workspace folder. */
export const WORKSPACE_LEXICON_PATH = '.sorot/lexicon.json';
const MAX_LEXICON_BYTES = 2 * 1024 * 1024;

export interface LexiconFileIssue {
  path: string;
  line: number;
  column: number;
  message: string;
}

export interface LoadedLexicon {
  lexicon: Lexicon;
  issues: LexiconFileIssue[];
  /** How many entries the file added or extended. */
  entries: number;
  /** Figures a reviewer has judged (the file's `ignore` list). */
  ignored: IgnoredFigure[];
}

/** The built-in lexicon extended by the file at `file` (whose absence is no problem when `optional`). */
export function loadLexicon(file: string | undefined, optional: boolean): LoadedLexicon {
  if (!file) return { lexicon: builtinLexicon(), issues: [], entries: 0, ignored: [] };
  const read = readLexiconFile(file);
  if ('text' in read) return lexiconFromText(file, read.text);
  if (read.missing && optional) return { lexicon: builtinLexicon(), issues: [], entries: 0, ignored: [] };
  return { lexicon: builtinLexicon(), issues: [{ path: file, line: 1, column: 1, message: read.message }], entries: 0, ignored: [] };
}

/**
 * A lexicon file's text: a regular file of at most MAX_LEXICON_BYTES, counted as read (a device such as
 * `/dev/zero`, or a link to one, is never read without end), without its byte-order mark; or why not.
 */
export function readLexiconFile(file: string): { text: string } | { missing: boolean; message: string } {
  const read = readRegularFile(file, MAX_LEXICON_BYTES);
  if ('bytes' in read) return { text: read.bytes.toString('utf8').replace(/^\uFEFF/, '') };
  if (read.problem === 'missing') return { missing: true, message: 'cannot read the lexicon file: not found' };
  return { missing: false, message: read.problem === 'unreadable' ? `cannot read the lexicon file: ${read.message}` : `the lexicon file is ${read.message}; not used.` };
}

/** The built-in lexicon extended by a lexicon file's text. */
export function lexiconFromText(file: string, text: string): LoadedLexicon {
  const builtin = builtinEntries();
  const { patches, problems, ignored } = parseLexiconFile(text, new Set(builtin.map((entry) => entry.id)));
  const starts = lineStarts(text);
  const issues = problems.map((problem) => ({ path: file, ...lineAndColumn(starts, problem.start), message: problem.message }));
  const lexicon = patches.length > 0 ? buildLexicon(builtin, patches) : builtinLexicon();
  return { lexicon, issues, entries: patches.length, ignored };
}
