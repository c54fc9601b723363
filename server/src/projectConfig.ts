// A project's Sorot configuration: `sorot.config.json` (or `.sorot/config.json`) at the project's root,
// holding what the VS Code `sorot.*` settings hold, under the same keys and read by the same rules
// (settings.ts: `files`, `idrPerUsd`, `severity`, `lexicon`, `inlayHints`, `codeLens`), and the CLI's
// `ignorePatterns`. The CLI finds each article's by walking up from the article's folder, as linters
// find theirs; the language server reads it at the workspace folder's root. A
// project without one is still found by its `.sorot/lexicon.json`. The file is untrusted input: a regular
// file of at most 1 MB, JSON with comments, nested at most 64 deep; what is wrong is said at its place.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { ParseError, findNodeAtLocation, parseTree, printParseErrorCode } from 'jsonc-parser';
import { deeperThan } from './analysis/lexiconFile';
import { lineAndColumn, lineStarts } from './analysis/text';
import { readRegularFile } from './boundedRead';
import { DEFAULT_SETTINGS, Settings, validateSettings } from './settings';

export const CONFIG_FILES = ['sorot.config.json', path.join('.sorot', 'config.json')];
const MAX_CONFIG_BYTES = 1024 * 1024;
const KEYS = new Set([...Object.keys(DEFAULT_SETTINGS), 'ignorePatterns', '$schema']);

export interface ConfigProblem {
  path: string;
  line: number;
  column: number;
  message: string;
}

export interface ProjectConfig {
  /** The project's root: the configuration file's folder, or the folder holding `.sorot/lexicon.json`. */
  root: string;
  /** The configuration file, when there is one. */
  file?: string;
  settings: Settings;
  /** The settings the file sets (the others are their defaults). */
  defined: (keyof Settings)[];
  ignorePatterns: string[];
  problems: ConfigProblem[];
  /** Where each setting's value is written (1-based line and column), to point at it. */
  places: Record<string, { line: number; column: number }>;
}

/** The project a path belongs to: the nearest folder, from the path's up, with a configuration file or a workspace lexicon. */
export function findProject(start: string): { root: string; file?: string } | undefined {
  let folder = path.resolve(start);
  if (!isFolder(folder)) folder = path.dirname(folder);
  for (;;) {
    const file = CONFIG_FILES.map((name) => path.join(folder, name)).find((candidate) => fs.existsSync(candidate));
    if (file) return { root: folder, file };
    if (fs.existsSync(path.join(folder, DEFAULT_SETTINGS.lexicon))) return { root: folder };
    const parent = path.dirname(folder);
    if (parent === folder) return undefined;
    folder = parent;
  }
}

/** The configuration in a file (or the defaults, for a project without one), with its problems at their places. */
export function readProjectConfig(root: string, file?: string): ProjectConfig {
  const config: ProjectConfig = { root, file, settings: { ...DEFAULT_SETTINGS, severity: {} }, defined: [], ignorePatterns: [], problems: [], places: {} };
  if (!file) return config;
  const read = readRegularFile(file, MAX_CONFIG_BYTES);
  if (!('bytes' in read)) {
    config.problems.push({ path: file, line: 1, column: 1, message: `cannot be read: ${read.message}` });
    return config;
  }
  const text = read.bytes.toString('utf8').replace(/^\uFEFF/, '');
  const starts = lineStarts(text);
  const at = (offset: number, message: string) => config.problems.push({ path: file, ...lineAndColumn(starts, offset), message });
  const tooDeep = deeperThan(text, 64);
  if (tooDeep !== -1) {
    at(tooDeep, 'nested more than 64 levels deep');
    return config;
  }
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  for (const error of errors) at(error.offset, `not valid JSON: ${printParseErrorCode(error.error)}`);
  if (!tree || errors.length > 0) return config;
  if (tree.type !== 'object') {
    at(tree.offset, 'must be an object of settings');
    return config;
  }
  const value = JSON.parse(JSON.stringify(nodeValue(tree))) as Record<string, unknown>;
  for (const property of tree.children ?? []) {
    const key = property.children?.[0]?.value;
    if (typeof key === 'string' && !KEYS.has(key)) at(property.offset, `unknown setting "${key}"; the settings are ${[...KEYS].filter((name) => name !== '$schema').join(', ')}`);
  }
  const { settings, problems } = validateSettings(value);
  for (const problem of problems) {
    const key = /^sorot\.(\w+)/.exec(problem)?.[1];
    const node = key ? findNodeAtLocation(tree, [key]) : undefined;
    at(node?.offset ?? 0, problem.replace(/^sorot\./, '').replace(/; (using|ignored).*$/, ''));
  }
  for (const property of tree.children ?? []) {
    const key = property.children?.[0]?.value;
    if (typeof key === 'string' && property.children?.[1]) config.places[key] = lineAndColumn(starts, property.children[1].offset);
  }
  config.settings = settings;
  config.defined = Object.keys(value).filter((key): key is keyof Settings => key in DEFAULT_SETTINGS);
  const ignorePatterns = value.ignorePatterns;
  if (ignorePatterns !== undefined) {
    if (Array.isArray(ignorePatterns) && ignorePatterns.every((pattern) => typeof pattern === 'string')) config.ignorePatterns = ignorePatterns as string[];
    else at(findNodeAtLocation(tree, ['ignorePatterns'])?.offset ?? 0, 'ignorePatterns must be a list of patterns, as .gitignore reads them');
  }
  return config;
}

/** A project found and its configuration read: not ok when the configuration cannot be used. */
export type ProjectLookup = { ok: true; config?: ProjectConfig } | { ok: false; config: ProjectConfig };

/**
 * The project of each path of a run, as linters find each file's configuration: the nearest found
 * walking up from its folder, or the file given (`--config`) for every path. Each folder is looked up
 * once and each configuration read once, so the lookups of an archive's files cost a few `stat`s.
 */
export function projectFinder(configFile?: string): (start: string) => ProjectLookup {
  const byFolder = new Map<string, ProjectLookup>();
  const byFile = new Map<string, ProjectLookup>();
  // One value for "no project", so that the paths outside any project are found together.
  const none: ProjectLookup = { ok: true };
  const lookup = (found: { root: string; file?: string } | undefined): ProjectLookup => {
    if (!found) return none;
    const key = found.file ? path.resolve(found.file) : found.root;
    let known = byFile.get(key);
    if (!known) {
      const config = readProjectConfig(found.root, found.file);
      known = config.problems.length > 0 ? { ok: false, config } : { ok: true, config };
      byFile.set(key, known);
    }
    return known;
  };
  if (configFile) {
    const given = lookup({ root: path.dirname(path.resolve(configFile)), file: configFile });
    return () => given;
  }
  return (start) => {
    let folder = path.resolve(start);
    if (!isFolder(folder)) folder = path.dirname(folder);
    let known = byFolder.get(folder);
    if (!known) {
      known = lookup(findProject(folder));
      byFolder.set(folder, known);
    }
    return known;
  };
}

function nodeValue(node: import('jsonc-parser').Node): unknown {
  switch (node.type) {
    case 'object': return Object.fromEntries((node.children ?? []).map((property) => [property.children![0].value, property.children![1] ? nodeValue(property.children![1]) : undefined]));
    case 'array': return (node.children ?? []).map(nodeValue);
    default: return node.value;
  }
}

function isFolder(file: string): boolean {
  try {
    return fs.statSync(file).isDirectory();
  } catch {
    return false;
  }
}
