// The lexicon in force for a workspace: the built-in one, extended by a lexicon file when there is
// one. A file that cannot be read or parsed never stops the analysis: its problems are returned with
// line and column so they can be shown, and every valid entry in it is still used.

import * as fs from 'node:fs';
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
  let text: string;
  try {
    const size = fs.statSync(file).size;
    if (size > MAX_LEXICON_BYTES) {
      return { lexicon: builtinLexicon(), issues: [{ path: file, line: 1, column: 1, message: 'lexicon file is larger than 2 MB; not used.' }], entries: 0, ignored: [] };
    }
    text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    if (optional && (error as NodeJS.ErrnoException).code === 'ENOENT') return { lexicon: builtinLexicon(), issues: [], entries: 0, ignored: [] };
    return { lexicon: builtinLexicon(), issues: [{ path: file, line: 1, column: 1, message: `cannot read the lexicon file: ${(error as Error).message}` }], entries: 0, ignored: [] };
  }
  return lexiconFromText(file, text);
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
