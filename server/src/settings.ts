// Settings, in one typed place: their defaults, and reading them from the client (`sorot.*`),
// cached until the client says they changed. Malformed values fall back to the default, with a
// message naming the setting, so a typo in settings.json never stops the server.

import { Connection, MessageType, ShowMessageNotification } from 'vscode-languageserver';
import { PLAUSIBLE_RATE } from './analysis/money';
import { DiagnosticCode, Severity } from './corpus/diagnostics';

export interface Settings {
  /** Globs, relative to each workspace folder, of the article files to index. */
  files: string[];
  /** Rupiah per US dollar; null uses the corpus's own stated conversions. */
  idrPerUsd: number | null;
  /** Severity per diagnostic code, or `off`. */
  severity: Partial<Record<DiagnosticCode, Severity | 'off'>>;
  /** Which figures get their value in the other currency beside them: none, those the article does not convert itself, or all. */
  inlayHints: InlayHintsSetting;
  /** Which code lenses show above an entity's first mention: none, those with conflicts, or all. */
  codeLens: CodeLensSetting;
  /** The workspace lexicon file, relative to the first workspace folder. */
  lexicon: string;
}

export type InlayHintsSetting = 'off' | 'unconverted' | 'all';
export type CodeLensSetting = 'off' | 'conflicts' | 'all';

export const DEFAULT_SETTINGS: Settings = {
  files: ['corpus/**/*.txt', 'articles/**/*.txt', '**/*.article.txt'],
  idrPerUsd: null,
  severity: {},
  inlayHints: 'unconverted',
  codeLens: 'conflicts',
  lexicon: '.sorot/lexicon.json',
};

/**
 * Globs from settings are compiled to regular expressions, and `*a*a*a…` against a long file name takes
 * minutes: a glob is at most this long, with at most this many single-segment wildcards (`**` aside).
 */
const MAX_GLOB_LENGTH = 200;
const MAX_GLOB_WILDCARDS = 8;
const MAX_GLOBS = 50;

function safeGlob(glob: string): boolean {
  const wildcards = glob.replace(/\*\*/g, '').match(/[*?]/g)?.length ?? 0;
  return glob.length <= MAX_GLOB_LENGTH && wildcards <= MAX_GLOB_WILDCARDS;
}

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint', 'off']);
const CODES = new Set(['figure.conflict', 'figure.slip', 'figure.conversion', 'outlet.misspelled', 'entity.misspelled']);

/** Checks raw settings from the client; returns the settings to use and what was wrong. */
export function validateSettings(raw: unknown): { settings: Settings; problems: string[] } {
  const problems: string[] = [];
  const value = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const settings: Settings = { ...DEFAULT_SETTINGS, severity: {} };
  if (value.files !== undefined) {
    if (!Array.isArray(value.files) || value.files.length > MAX_GLOBS || !value.files.every((glob) => typeof glob === 'string' && glob.length > 0)) {
      problems.push('sorot.files must be a list of glob patterns; using the default.');
    } else {
      const unsafe = (value.files as string[]).find((glob) => !safeGlob(glob));
      if (unsafe === undefined) settings.files = value.files as string[];
      else problems.push(`sorot.files: "${unsafe.slice(0, 60)}${unsafe.length > 60 ? '…' : ''}" is longer than ${MAX_GLOB_LENGTH} characters or has more than ${MAX_GLOB_WILDCARDS} wildcards; using the default.`);
    }
  }
  if (value.idrPerUsd !== undefined && value.idrPerUsd !== null) {
    const rate = Number(value.idrPerUsd);
    if (Number.isFinite(rate) && rate >= PLAUSIBLE_RATE.min && rate <= PLAUSIBLE_RATE.max) settings.idrPerUsd = rate;
    else problems.push(`sorot.idrPerUsd must be rupiah per US dollar between ${PLAUSIBLE_RATE.min} and ${PLAUSIBLE_RATE.max}; using the corpus rate.`);
  }
  if (value.severity !== undefined) {
    if (typeof value.severity === 'object' && value.severity !== null && !Array.isArray(value.severity)) {
      for (const [code, severity] of Object.entries(value.severity)) {
        if (CODES.has(code) && typeof severity === 'string' && SEVERITIES.has(severity)) settings.severity[code as DiagnosticCode] = severity as Severity | 'off';
        else problems.push(`sorot.severity: "${code}": "${String(severity)}" is not a known code and severity; ignored.`);
      }
    } else {
      problems.push('sorot.severity must be an object of code to severity; using the defaults.');
    }
  }
  // `true` and `false`, the values of earlier versions, still mean the default and `off`.
  const choice = <T extends string>(name: 'inlayHints' | 'codeLens', choices: readonly T[]): T | undefined => {
    const given = value[name];
    if (given === undefined) return undefined;
    if (given === true) return DEFAULT_SETTINGS[name] as T;
    if (given === false) return 'off' as T;
    if (typeof given === 'string' && (choices as readonly string[]).includes(given)) return given as T;
    problems.push(`sorot.${name} must be one of ${choices.map((option) => `"${option}"`).join(', ')}; using "${DEFAULT_SETTINGS[name]}".`);
    return undefined;
  };
  settings.inlayHints = choice<InlayHintsSetting>('inlayHints', ['off', 'unconverted', 'all']) ?? settings.inlayHints;
  settings.codeLens = choice<CodeLensSetting>('codeLens', ['off', 'conflicts', 'all']) ?? settings.codeLens;
  if (value.lexicon !== undefined) {
    if (typeof value.lexicon === 'string' && value.lexicon.length > 0) settings.lexicon = value.lexicon;
    else problems.push('sorot.lexicon must be a path; using .sorot/lexicon.json.');
  }
  return { settings, problems };
}

/** Reads the settings from the client when it supports configuration requests, cached until a change. */
export class SettingsStore {
  private cached: Settings | undefined;
  /** What a client without configuration requests last pushed. */
  private pushed: unknown = {};

  constructor(private readonly connection: Connection, private readonly clientHasConfiguration: () => boolean) {}

  async get(): Promise<Settings> {
    if (this.cached) return this.cached;
    let raw: unknown = this.pushed;
    if (this.clientHasConfiguration()) {
      try {
        raw = await this.connection.workspace.getConfiguration('sorot');
      } catch {
        raw = {};
      }
    }
    const { settings, problems } = validateSettings(raw);
    for (const problem of problems) warn(this.connection, `Sorot: ${problem}`);
    this.cached = settings;
    return settings;
  }

  /** Settings pushed with a change notification (clients without configuration requests). */
  setPushed(raw: unknown): void {
    this.pushed = (raw as { sorot?: unknown } | undefined)?.sorot ?? raw;
    this.cached = undefined;
  }

  clear(): void {
    this.cached = undefined;
  }
}

/**
 * A warning in the editor, as a notification: it offers no actions, so nothing waits for an answer,
 * and a client that cannot show messages cannot fail it.
 */
export function warn(connection: Connection, message: string): void {
  void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message });
}
