// The machine-readable output of `sorot annotate --json`, exactly as shared/spec/annotations.md
// describes it (version 1). Fields are only ever added, never changed: other tools depend on it.

import { ArticleAnalysis } from './analysis/types';
import { documentDate } from './corpus/documentDate';
import { Diagnostic } from './corpus/diagnostics';
import { RateInfo } from './corpus/rate';

export interface AnnotatedDocument {
  path: string;
  analysis: ArticleAnalysis;
}

export function annotationsJson(documents: readonly AnnotatedDocument[], diagnostics: readonly Diagnostic[], rate: RateInfo): object {
  return { version: 1, rate, documents: documents.map(documentJson), diagnostics: diagnostics.map(diagnosticJson) };
}

/**
 * The same JSON, indented by two spaces, written a document at a time: the bytes of
 * `JSON.stringify(annotationsJson(…), null, 2)` without ever holding the whole archive's JSON in one string.
 */
export function writeAnnotationsJson(
  documents: readonly AnnotatedDocument[], diagnostics: readonly Diagnostic[], rate: RateInfo, write: (text: string) => void,
): void {
  const nested = (value: unknown, depth: number) => JSON.stringify(value, null, 2).replace(/\n/g, '\n' + '  '.repeat(depth));
  const list = <T>(name: string, items: readonly T[], json: (item: T) => object, last: boolean) => {
    if (items.length === 0) {
      write(`  "${name}": []${last ? '' : ','}\n`);
      return;
    }
    write(`  "${name}": [\n`);
    items.forEach((item, index) => write(`    ${nested(json(item), 2)}${index === items.length - 1 ? '' : ','}\n`));
    write(`  ]${last ? '' : ','}\n`);
  };
  write(`{\n  "version": 1,\n  "rate": ${nested(rate, 1)},\n`);
  list('documents', documents, documentJson, false);
  list('diagnostics', diagnostics, diagnosticJson, true);
  write('}\n');
}

function documentJson({ path, analysis }: AnnotatedDocument): object {
  return {
    path,
    ...documentDate(path, analysis),
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
    deals: analysis.deals.map((deal) => ({
      start: deal.start, end: deal.end, parties: deal.parties, kind: deal.kind, status: deal.status,
      amount: deal.amount, source: deal.source,
    })),
    claims: analysis.claims.map((claim) => ({
      figure: claim.figure, subject: claim.subject, metric: claim.metric, counterparty: claim.counterparty,
      period: claim.period, time: claim.time, timeFrom: claim.timeFrom, modality: claim.modality, source: claim.source,
    })),
  };
}

function diagnosticJson(diagnostic: Diagnostic): object {
  return {
    path: diagnostic.path, start: diagnostic.start, end: diagnostic.end, severity: diagnostic.severity,
    code: diagnostic.code, message: diagnostic.message, related: diagnostic.related,
    ...(diagnostic.expected === undefined ? {} : { expected: diagnostic.expected }),
  };
}
