// Diagnostics: the corpus checks of every article, as LSP diagnostics with their codes, severities
// from the settings, and related information pointing at the other figures.

import { Diagnostic as LspDiagnostic, DiagnosticRelatedInformation, DiagnosticSeverity } from 'vscode-languageserver';
import { Diagnostic } from '../corpus/diagnostics';
import { Workspace } from '../corpus/workspace';
import { location, positionsOf } from '../convert';

const SEVERITY: Readonly<Record<Diagnostic['severity'], DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information, hint: DiagnosticSeverity.Hint,
};

/** Every article's diagnostics, for publishing; articles without any get an empty list. */
export function provideDiagnostics(workspace: Workspace, off: ReadonlySet<string>): Map<string, LspDiagnostic[]> {
  const published = new Map<string, LspDiagnostic[]>();
  for (const [uri, diagnostics] of workspace.diagnostics()) {
    const document = workspace.get(uri)!;
    const positions = positionsOf(document);
    published.set(uri, diagnostics.filter((diagnostic) => !off.has(diagnostic.code)).map((diagnostic): LspDiagnostic => ({
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
    })));
  }
  return published;
}
