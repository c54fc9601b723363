// Diagnostics: the corpus checks of every article, as LSP diagnostics with their codes, severities
// from the settings, and related information pointing at the other figures; without the codes the
// settings turn off and the figures a reviewer has judged (the workspace lexicon's `ignore` list).

import { Diagnostic as LspDiagnostic, DiagnosticRelatedInformation, DiagnosticSeverity } from 'vscode-languageserver';
import { IgnoredFigure } from '../analysis/lexiconFile';
import { fileName } from '../corpus/checks';
import { Diagnostic } from '../corpus/diagnostics';
import { Workspace } from '../corpus/workspace';
import { location, positionsOf } from '../convert';

const SEVERITY: Readonly<Record<Diagnostic['severity'], DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information, hint: DiagnosticSeverity.Hint,
};

/** An article's diagnostics, for publishing: an empty list when it has none, or is no article (any more). */
export function provideDiagnostics(workspace: Workspace, uri: string, off: ReadonlySet<string>, ignored: readonly IgnoredFigure[] = []): LspDiagnostic[] {
  const document = workspace.get(uri);
  if (!document) return [];
  const positions = positionsOf(document);
  const name = fileName(uri);
  const judged = ignored.filter((figure) => figure.file === name);
  const text = judged.length ? workspace.textOf(uri) : undefined;
  const isJudged = (diagnostic: Diagnostic) => judged.some((figure) => figure.code === diagnostic.code &&
    (text === undefined ? document.analysis.money.some((money) => money.start === diagnostic.start && money.text === figure.figure) : text.slice(diagnostic.start, diagnostic.end) === figure.figure));
  return workspace.diagnosticsOf(uri).filter((diagnostic) => !off.has(diagnostic.code) && !isJudged(diagnostic)).map((diagnostic): LspDiagnostic => ({
    range: positions.range(diagnostic),
    severity: SEVERITY[diagnostic.severity],
    code: diagnostic.code,
    source: 'sorot',
    message: diagnostic.message,
    relatedInformation: diagnostic.related.map((related): DiagnosticRelatedInformation => ({
      location: location(related.path, workspace.get(related.path) ?? document, related),
      message: related.message,
    })),
    ...(diagnostic.expected ? { data: { expected: diagnostic.expected } } : {}),
  }));
}
