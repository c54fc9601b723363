// One diagnostics model for the corpus checks, the CLI and the language server. Each check has a
// stable dotted code and a default severity that settings may change.

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export type DiagnosticCode =
  /** Two claims about the same fact (subject, metric, counterparty) at the same time that cannot both hold. */
  | 'figure.conflict'
  /** The same figure written at scales a power of 1,000 apart, in one article or for one fact: a slip of the pen. */
  | 'figure.slip'
  /** A stated USD↔IDR conversion that is off from the corpus rate by more than rounding explains. */
  | 'figure.conversion'
  /** A known outlet's name written with a letter or two wrong. */
  | 'outlet.misspelled'
  /** A known organisation's, product's or person's name written with a letter or two wrong. */
  | 'entity.misspelled';

export const DEFAULT_SEVERITY: Readonly<Record<DiagnosticCode, Severity>> = {
  'figure.conflict': 'warning',
  'figure.slip': 'warning',
  'figure.conversion': 'warning',
  'outlet.misspelled': 'warning',
  'entity.misspelled': 'hint',
};

export const DIAGNOSTIC_DESCRIPTIONS: Readonly<Record<DiagnosticCode, string>> = {
  'figure.conflict': 'Two articles (or two places in one) state incompatible figures for the same fact.',
  'figure.slip': 'The same figure is written at scales a thousand apart: one of them is a slip.',
  'figure.conversion': 'A stated dollar-rupiah conversion does not match the exchange rate.',
  'outlet.misspelled': 'A known news outlet\'s name is misspelled.',
  'entity.misspelled': 'A known company\'s, product\'s or person\'s name is misspelled.',
};

export interface RelatedLocation {
  path: string;
  start: number;
  end: number;
  message: string;
}

export interface Diagnostic {
  path: string;
  start: number;
  end: number;
  severity: Severity;
  code: DiagnosticCode;
  message: string;
  related: RelatedLocation[];
  /** For `outlet.misspelled` and `entity.misspelled`: the right name; for `figure.slip`: the figure most likely meant. For a quick fix. */
  expected?: string;
}
