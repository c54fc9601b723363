// Inline fixtures with caret annotations, as STYLE.md shows:
//
//   Microsoft telah menginvestasikan hampir $14 miliar pada OpenAI.
//                                    ^^^^^^^^^^^^^^^^^ USD <=14_000_000_000 (under)
//
// A fixture is the article text with, under any line, one caret line per expected span. The test
// strips the caret lines to get the text, renders what the analysis found in the same shape, and
// compares the two whole, so a failure reads like a diff of the annotated article.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';

export interface Annotation {
  start: number;
  end: number;
  label: string;
}

/** The article text of a fixture: dedented, caret lines removed. */
export function fixtureText(fixture: string): string {
  return dedent(fixture)
    .split('\n')
    .filter((line) => !isCaretLine(line))
    .join('\n');
}

/** Renders annotations under the lines they fall on, in the fixture's shape. */
export function renderAnnotations(text: string, annotations: readonly Annotation[]): string {
  const sorted = [...annotations].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: string[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const lineEnd = lineStart + line.length;
    out.push(line);
    for (const annotation of sorted) {
      if (annotation.start < lineStart || annotation.start > lineEnd) continue;
      if (annotation.start === lineEnd && annotation.end > annotation.start) continue;
      const from = annotation.start - lineStart;
      const to = Math.min(annotation.end, lineEnd) - lineStart;
      out.push(' '.repeat(from) + '^'.repeat(Math.max(1, to - from)) + ' ' + annotation.label);
    }
    lineStart = lineEnd + 1;
  }
  return out.join('\n');
}

/**
 * Asserts that what the analysis found, rendered, is exactly the fixture. With UPDATE_FIXTURES=1 in
 * the environment, a differing fixture is rewritten in its test file instead (as rust-analyzer's
 * expect-test does): review the rewritten fixtures in the diff before committing them.
 */
export function assertAnnotated(fixture: string, annotate: (text: string) => readonly Annotation[]): void {
  const expected = dedent(fixture);
  const text = fixtureText(fixture);
  const actual = renderAnnotations(text, annotate(text));
  if (actual !== expected && process.env.UPDATE_FIXTURES === '1' && updateFixture(fixture, actual)) return;
  assert.equal(actual, expected);
}

/** Replaces `fixture` in the test file that called the check with `actual`, keeping its indentation. */
function updateFixture(fixture: string, actual: string): boolean {
  const caller = new Error().stack?.split('\n').map((line) => /\((\/[^:)]+\.test\.ts):/.exec(line)?.[1]).find(Boolean);
  if (!caller) return false;
  const source = fs.readFileSync(caller, 'utf8');
  const at = source.indexOf(fixture);
  if (at === -1 || source.indexOf(fixture, at + 1) !== -1) return false;
  const indent = /\n([ \t]*)\S/.exec(fixture)?.[1] ?? '';
  const closing = /\n([ \t]*)$/.exec(fixture)?.[1] ?? '';
  const body = actual.split('\n').map((line) => (line ? indent + line : line)).join('\n');
  fs.writeFileSync(caller, source.slice(0, at) + '\n' + body + '\n' + closing + source.slice(at + fixture.length));
  return true;
}

function isCaretLine(line: string): boolean {
  return /^\s*\^+(\s|$)/.test(line);
}

function dedent(fixture: string): string {
  const lines = fixture.replace(/^\n/, '').replace(/\n[ \t]*$/, '').split('\n');
  const indents = lines.filter((line) => line.trim()).map((line) => /^[ \t]*/.exec(line)![0].length);
  const indent = indents.length ? Math.min(...indents) : 0;
  return lines.map((line) => line.slice(indent).trimEnd()).join('\n');
}

/** `14000000000` → `14_000_000_000`: exact, and still readable in a fixture. */
export function groupDigits(value: number): string {
  const [whole, fraction] = String(value).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '_');
  return fraction ? `${grouped}.${fraction}` : grouped;
}
