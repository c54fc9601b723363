// `sorot check`'s diagnostics in the formats CI systems read: GitHub Actions workflow commands (each
// problem shown on its line in the pull request) and JUnit XML (GitLab, Jenkins, Azure: one test case
// per article, a failure per problem). What a file name or a message holds is escaped so that it can
// neither end the command or element early nor forge another one.

import { lineAndColumn, lineStarts } from './analysis/text';
import { Diagnostic, Severity } from './corpus/diagnostics';

/** Places as line and column (1-based, UTF-16 code units), each article's line table made once. */
function placer(texts: ReadonlyMap<string, string>): (path: string, offset: number) => { line: number; column: number } {
  const starts = new Map<string, number[]>();
  return (path, offset) => {
    if (!starts.has(path)) starts.set(path, lineStarts(texts.get(path) ?? ''));
    return lineAndColumn(starts.get(path)!, offset);
  };
}

const COMMAND: Readonly<Record<Severity, string>> = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' };

/**
 * One `::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message` line per diagnostic, as
 * GitHub's toolkit writes them; the related figures follow the message on lines of their own.
 */
export function githubAnnotations(diagnostics: readonly Diagnostic[], texts: ReadonlyMap<string, string>, shown: (path: string) => string): string {
  const at = placer(texts);
  return diagnostics.map((diagnostic) => {
    const from = at(diagnostic.path, diagnostic.start);
    const to = at(diagnostic.path, diagnostic.end);
    const properties = [
      `file=${escapeProperty(shown(diagnostic.path))}`, `line=${from.line}`, `col=${from.column}`, `endLine=${to.line}`, `endColumn=${to.column}`,
      `title=${escapeProperty(`sorot ${diagnostic.code}`)}`,
    ].join(',');
    const related = diagnostic.related.map((place) => {
      const { line, column } = at(place.path, place.start);
      return `\n${shown(place.path)}:${line}:${column}: ${place.message}`;
    });
    return `::${COMMAND[diagnostic.severity]} ${properties}::${escapeData(diagnostic.message + related.join(''))}\n`;
  }).join('');
}

/** As @actions/core escapes a command's message. */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** As @actions/core escapes a command's property: its message's escapes, and `:` and `,`. */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * A JUnit XML report: a test case per article checked, failing with one failure per error or warning
 * (information and hints are not failures).
 */
export function junitReport(paths: readonly string[], diagnostics: readonly Diagnostic[], texts: ReadonlyMap<string, string>, shown: (path: string) => string): string {
  const at = placer(texts);
  const byPath = new Map<string, Diagnostic[]>();
  for (const diagnostic of diagnostics) {
    if (diagnostic.severity !== 'error' && diagnostic.severity !== 'warning') continue;
    byPath.set(diagnostic.path, [...(byPath.get(diagnostic.path) ?? []), diagnostic]);
  }
  const failures = [...byPath.values()].reduce((sum, list) => sum + list.length, 0);
  const cases = paths.map((path) => {
    const found = byPath.get(path) ?? [];
    const name = xml(shown(path));
    if (found.length === 0) return `    <testcase classname="sorot" name="${name}" file="${name}"/>`;
    const failed = found.map((diagnostic) => {
      const { line, column } = at(diagnostic.path, diagnostic.start);
      const related = diagnostic.related.map((place) => {
        const where = at(place.path, place.start);
        return `\n    ${shown(place.path)}:${where.line}:${where.column}: ${place.message}`;
      }).join('');
      return `      <failure type="${diagnostic.code}" message="${xml(diagnostic.message)}">${xml(`${shown(diagnostic.path)}:${line}:${column}: ${diagnostic.severity} ${diagnostic.code}: ${diagnostic.message}${related}`)}</failure>`;
    });
    return [`    <testcase classname="sorot" name="${name}" file="${name}">`, ...failed, '    </testcase>'].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="sorot" tests="${paths.length}" failures="${failures}">`,
    `  <testsuite name="sorot check" tests="${paths.length}" failures="${failures}">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}

/** Text as XML character data or an attribute value: markup escaped, characters XML cannot hold written as `\x1b`. */
function xml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, (character) => `\\x${character.charCodeAt(0).toString(16).padStart(2, '0')}`)
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}
