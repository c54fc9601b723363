// The machine-readable output of `sorot annotate --json`, exactly as shared/spec/annotations.md
// describes it (version 1). Fields are only ever added, never changed: other tools depend on it.

import { ArticleAnalysis, Problem } from './analysis/types';

export interface AnnotatedDocument {
  path: string;
  analysis: ArticleAnalysis;
}

export interface RateInfo {
  idrPerUsd: number;
  /** Where the rate came from: the command line or settings, the corpus's own conversions, or the default. */
  source: 'option' | 'corpus' | 'default';
}

export function annotationsJson(documents: readonly AnnotatedDocument[], rate: RateInfo): object {
  return {
    version: 1,
    rate,
    documents: documents.map(({ path, analysis }) => ({
      path,
      entities: analysis.entities.map((mention) => ({
        start: mention.start, end: mention.end, text: mention.text,
        id: mention.id, name: mention.name, type: mention.type, source: mention.source,
      })),
      money: analysis.money.map((figure) => ({
        start: figure.start, end: figure.end, text: figure.text,
        currency: figure.currency, min: figure.min, max: figure.max, qualifier: figure.qualifier,
        usd: figure.usd, idr: figure.idr, conversionOf: figure.conversionOf,
      })),
      attributions: analysis.attributions.map((attribution) => ({
        start: attribution.start, end: attribution.end, text: attribution.text,
        phrase: attribution.phrase, outlet: attribution.outlet, outletId: attribution.outletId,
      })),
    })),
    diagnostics: documents.flatMap(({ path, analysis }) => analysis.problems.map((problem) => diagnostic(path, problem))),
  };
}

function diagnostic(path: string, problem: Problem): object {
  return {
    path, start: problem.start, end: problem.end, severity: problem.severity, code: problem.code,
    message: problem.message, related: [],
    ...(problem.expected === undefined ? {} : { expected: problem.expected }),
  };
}
