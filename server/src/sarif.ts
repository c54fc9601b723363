// Diagnostics as SARIF 2.1.0, the format code-scanning tools (GitHub code scanning, Azure DevOps,
// SARIF viewers) read. Columns are UTF-16 code units, SARIF's default column kind.

import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { lineAndColumn, lineStarts } from './analysis/text';
import { DIAGNOSTIC_DESCRIPTIONS, DEFAULT_SEVERITY, Diagnostic, DiagnosticCode, Severity } from './corpus/diagnostics';

const LEVEL: Readonly<Record<Severity, string>> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** The log of a run; `name` gives each path as the log names it (relative to the working folder, as CI wants). */
export function sarifLog(diagnostics: readonly Diagnostic[], texts: ReadonlyMap<string, string>, version: string, name: (path: string) => string = (path) => path): object {
  const starts = new Map<string, number[]>();
  const region = (path: string, start: number, end: number) => {
    const text = texts.get(path) ?? '';
    if (!starts.has(path)) starts.set(path, lineStarts(text));
    const from = lineAndColumn(starts.get(path)!, start);
    const to = lineAndColumn(starts.get(path)!, end);
    return {
      startLine: from.line, startColumn: from.column, endLine: to.line, endColumn: to.column,
      charOffset: start, charLength: end - start, snippet: { text: text.slice(start, end) },
    };
  };
  const location = (path: string, start: number, end: number) => ({
    physicalLocation: { artifactLocation: { uri: uriOf(name(path)) }, region: region(path, start, end) },
  });
  const codes = Object.keys(DIAGNOSTIC_DESCRIPTIONS) as DiagnosticCode[];
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'sorot',
          version,
          rules: codes.map((code) => ({
            id: code,
            shortDescription: { text: DIAGNOSTIC_DESCRIPTIONS[code] },
            defaultConfiguration: { level: LEVEL[DEFAULT_SEVERITY[code]] },
          })),
        },
      },
      columnKind: 'utf16CodeUnits',
      results: diagnostics.map((diagnostic) => ({
        ruleId: diagnostic.code,
        ruleIndex: codes.indexOf(diagnostic.code),
        level: LEVEL[diagnostic.severity],
        message: { text: diagnostic.message },
        locations: [location(diagnostic.path, diagnostic.start, diagnostic.end)],
        relatedLocations: diagnostic.related.map((related, id) => ({
          id, ...location(related.path, related.start, related.end), message: { text: related.message },
        })),
      })),
    }],
  };
}

/** A relative path as a URI reference, with its segments percent-encoded; an absolute one as a file URI. */
function uriOf(file: string): string {
  return path.isAbsolute(file) ? pathToFileURL(file).href : file.split(/[\\/]/).map(encodeURIComponent).join('/');
}
