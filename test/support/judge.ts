// How far a reviewer can trust the figure diagnostics of a corpus, judged against expectation files
// (`must`, `must_not`, `allowed`, as in shared/devset/conflicts.json): the same rules as
// shared/eval/judge.py, except that a `figure.conversion` must is also found by a `figure.slip`,
// since a conversion off by a power of 1,000 is reported as a slip (issue 9).

import * as fs from 'node:fs';
import * as path from 'node:path';
import { Diagnostic } from '../../server/src/corpus/diagnostics';

export interface Expectation { why: string; code: string; file: string; text: string }
export interface Expectations { must: Expectation[]; must_not: Expectation[]; allowed: Expectation[] }

const FIGURE_CODES = new Set(['figure.conflict', 'figure.conversion', 'figure.slip']);

export interface Judgement {
  /** Warning- and error-level figure diagnostics that no must or allowed entry covers. */
  falseAlarms: string[];
  /** Must entries no diagnostic of a fitting code covers. */
  missed: string[];
  /** Must-not entries that a figure diagnostic covers. */
  mustNotHit: string[];
  warnings: number;
  right: number;
  musts: number;
}

export function loadExpectations(...files: string[]): Expectations {
  const all: Expectations = { must: [], must_not: [], allowed: [] };
  for (const file of files) {
    const read = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<Expectations>;
    all.must.push(...read.must ?? []);
    all.must_not.push(...read.must_not ?? []);
    all.allowed.push(...read.allowed ?? []);
  }
  return all;
}

/** `texts` maps each diagnostic path to its article's text. */
export function judge(diagnostics: readonly Diagnostic[], texts: ReadonlyMap<string, string>, expectations: Expectations): Judgement {
  const figure = diagnostics.filter((diagnostic) => FIGURE_CODES.has(diagnostic.code));
  const warnings = figure.filter((diagnostic) => diagnostic.severity === 'warning' || diagnostic.severity === 'error');
  const covers = (diagnostic: Diagnostic, expectation: Expectation) => {
    if (path.basename(diagnostic.path) !== expectation.file) return false;
    const text = texts.get(diagnostic.path) ?? '';
    for (let at = text.indexOf(expectation.text); at !== -1; at = text.indexOf(expectation.text, at + 1)) {
      if (diagnostic.start < at + expectation.text.length && at < diagnostic.end) return true;
    }
    return false;
  };
  const fits = (diagnostic: Diagnostic, expectation: Expectation) => diagnostic.code === expectation.code ||
    (expectation.code === 'figure.conversion' && diagnostic.code !== 'figure.conversion') ||
    (expectation.code === 'figure.slip' && diagnostic.code === 'figure.conflict');
  const line = (diagnostic: Diagnostic) => `${path.basename(diagnostic.path)}:${diagnostic.start} ${diagnostic.code}: ${diagnostic.message}`;
  const ok = [...expectations.must, ...expectations.allowed];
  const right = warnings.filter((diagnostic) => ok.some((expectation) => covers(diagnostic, expectation)));
  return {
    falseAlarms: warnings.filter((diagnostic) => !right.includes(diagnostic)).map(line),
    missed: expectations.must.filter((expectation) => !warnings.some((diagnostic) => fits(diagnostic, expectation) && covers(diagnostic, expectation)))
      .map((expectation) => `${expectation.file} "${expectation.text}" ${expectation.code}`),
    mustNotHit: expectations.must_not.flatMap((expectation) => figure.filter((diagnostic) => covers(diagnostic, expectation)).map(line)),
    warnings: warnings.length,
    right: right.length,
    musts: expectations.must.length,
  };
}
