// The `sorot` command line: the same analysis the editor shows, for a terminal or CI.
//
//   sorot annotate [PATH...] [--format text|json]
//   sorot check    [PATH...] [--format text|json|sarif|github|junit] [--max-warnings N] [--exit-zero] [--quiet]
//   sorot deals    [PATH...] [--format text|json]
//   sorot facts    [PATH...] [--entity ID] [--metric M] [--format text|json]
//   sorot help [COMMAND]
//
// Exit codes: 0 done; 1 when `check` finds errors or more warnings than allowed; 2 on a usage error,
// a lexicon that cannot be used, or a path that cannot be read. Messages go to stderr and results to
// stdout, so any output can be piped. Files that are skipped (binary, empty, too large, not UTF-8) are
// reported, not failures. Arguments are read strictly (cliArgs.ts).

import * as fs from 'node:fs';
import * as path from 'node:path';
import { findArticleFiles, ignoreMatcher } from './articleFiles';
import { ProjectConfig, ProjectLookup, projectFinder } from './projectConfig';
import { validateSettings } from './settings';
import { DiagnosticCode, Severity } from './corpus/diagnostics';
import { readRegularFile } from './boundedRead';
import { githubAnnotations, junitReport } from './ciFormats';
import { ArgumentError, Command, parseCommandLine, readNumber } from './cliArgs';
import { localeOf, setLocale, t, timeWords, word } from './messages';
import { formatAmount, formatInterval } from './analysis/format';
import { DEFAULT_IDR_PER_USD, PLAUSIBLE_RATE, convertedQualifier } from './analysis/money';
import { lineAndColumn, lineStarts } from './analysis/text';
import { writeAnnotationsJson } from './annotationsJson';
import { checkCorpus, problemMessage } from './corpus/checks';
import { corpusDeals } from './corpus/deals';
import { Fact, corpusFacts } from './corpus/facts';
import { documentDate, toDay } from './corpus/documentDate';
import { Diagnostic } from './corpus/diagnostics';
import { LoadedCorpus, LoadedDocument, RateInfo, lexiconFor, loadFilesOnCores, saveToCache } from './corpus/load';
import { chooseRate } from './corpus/rate';
import { AnalysisCache } from './analysisCache';
import { sarifLog } from './sarif';
import { WORKSPACE_LEXICON_PATH } from './workspaceLexicon';

const VERSION = '0.1.0';

/** The help text, in the reader's language: the whole command line's, or one command's with examples. */
function help(command?: Command): string {
  return command ? t(`cli.help.${command}`, { lexicon: WORKSPACE_LEXICON_PATH, rate: DEFAULT_IDR_PER_USD })
    : t('cli.usage', { lexicon: WORKSPACE_LEXICON_PATH, rate: DEFAULT_IDR_PER_USD });
}

export interface Output {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Whether stderr is a terminal, for progress lines. */
  interactive?: boolean;
  /** Whether stdout is a terminal that shows colour (not with NO_COLOR set), for coloured text results. */
  colour?: boolean;
  /** The bytes on stdin, for the path `-`. */
  stdin?: () => Buffer;
}

type Format = 'text' | 'json' | 'sarif' | 'github' | 'junit';

interface Options {
  format: Format;
  /** Warnings allowed before `check` exits 1: Infinity for `--max-warnings -1`. */
  maxWarnings: number;
  exitZero: boolean;
  /** check: errors only. */
  quiet: boolean;
  /** Results to this file instead of stdout. */
  outputFile?: string;
  colour: boolean;
  /** Files left out of folders and globs, besides those `.sorotignore` names. */
  ignorePatterns: string[];
  /** The name an article read from stdin (the path `-`) goes by. */
  stdinFilename: string;
  /** The project configuration file given, instead of the one found by walking up. */
  configFile?: string;
  /** With --cache: where analyses are kept between runs. */
  cacheLocation?: string;
  lexiconFile?: string;
  rate?: number;
  entity?: string;
  metric?: string;
}

export async function main(argv: readonly string[], output: Output = defaultOutput()): Promise<number> {
  // Messages in English or Indonesian: the environment's locale (LC_ALL, LC_MESSAGES, LANG), unless --lang says.
  setLocale(localeOf(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG));
  const lang = languageArgument(argv);
  if (lang !== undefined && lang !== 'en' && lang !== 'id') return usageError(output, t('cli.badLang', { value: lang }));
  if (lang !== undefined) setLocale(lang);
  const parsed = parseCommandLine(argv);
  switch (parsed.kind) {
    case 'help':
      output.out(help(parsed.command) + '\n');
      return 0;
    case 'version':
      output.out(`sorot ${VERSION}\n`);
      return 0;
    case 'error':
      return usageError(output, argumentMessage(parsed.error), parsed.command);
    case 'print-config': {
      const project = projectFinder(typeof parsed.options.config === 'string' ? parsed.options.config : undefined)(parsed.path);
      if (!project.ok) return configError(output, [project.config]);
      output.out(JSON.stringify(effectiveConfig(project.config), null, 2) + '\n');
      return 0;
    }
  }
  const options = readOptions(parsed.command, parsed.options, output);
  if (typeof options === 'string') return usageError(output, options, parsed.command);
  if (!options.outputFile) return run(parsed.command, parsed.paths, options, output);
  // Results to a file: written whole at the end, messages still on stderr.
  let results = '';
  const status = await run(parsed.command, parsed.paths, options, { ...output, out: (text) => { results += text; } });
  try {
    fs.writeFileSync(options.outputFile, results);
  } catch (error) {
    output.err(`sorot: ${printable(options.outputFile)}: ${printable((error as Error).message)}\n`);
    return 2;
  }
  return status;
}

/** The value of `--lang`, read before the rest so that every message, even about the arguments, is in it. */
function languageArgument(argv: readonly string[]): string | undefined {
  let lang: string | undefined;
  for (let i = 0; i < argv.length && argv[i] !== '--'; i++) {
    if (argv[i] === '--lang') lang = argv[i + 1] ?? '';
    else if (argv[i].startsWith('--lang=')) lang = argv[i].slice('--lang='.length);
  }
  return lang;
}

function argumentMessage(error: ArgumentError): string {
  return t(error.key, error.params) + (error.params.closest ? t('cli.didYouMean', { closest: error.params.closest }) : '');
}

/** The options of a command from its arguments, or what is wrong with them. */
function readOptions(command: Command, values: Record<string, string | boolean | string[]>, output: Output): Options | string {
  const string = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : undefined);
  const options: Options = {
    format: values.json ? 'json' : 'text', maxWarnings: 0, exitZero: Boolean(values['exit-zero']), quiet: Boolean(values.quiet),
    outputFile: string('output-file'), colour: Boolean(output.colour) && !values['no-color'] && string('output-file') === undefined,
    lexiconFile: string('lexicon'), entity: string('entity')?.toLowerCase(), metric: string('metric')?.toLowerCase(),
    ignorePatterns: (values['ignore-pattern'] as string[] | undefined) ?? [], stdinFilename: string('stdin-filename') ?? 'stdin.txt',
    configFile: string('config'),
    cacheLocation: values.cache ? string('cache-location') ?? '.sorotcache' : undefined,
  };
  const format = string('format');
  if (format !== undefined) {
    const formats = command === 'check' ? ['text', 'json', 'sarif', 'github', 'junit'] : ['text', 'json'];
    if (!formats.includes(format)) return t('cli.badFormat', { command, formats: formats.join(', '), value: format });
    if (values.json && format !== 'json') return t('cli.jsonAndFormat', { value: format });
    options.format = format as Options['format'];
  }
  const maxWarnings = string('max-warnings');
  if (maxWarnings !== undefined) {
    const count = readNumber(maxWarnings);
    if (count === undefined || !Number.isInteger(count) || count < -1) return t('cli.badMaxWarnings', { value: maxWarnings });
    options.maxWarnings = count === -1 ? Infinity : count;
  }
  const rate = string('rate');
  if (rate !== undefined) {
    const value = readNumber(rate);
    if (value === undefined || value < PLAUSIBLE_RATE.min || value > PLAUSIBLE_RATE.max) return t('cli.badRate', { min: PLAUSIBLE_RATE.min, max: PLAUSIBLE_RATE.max, value: rate });
    options.rate = value;
  }
  return options;
}

/** One line saying what is wrong, and where to read more: never the whole usage. */
function usageError(output: Output, message: string, command?: Command): number {
  output.err(`sorot: ${printable(message)}\n${t('cli.seeHelp', { command: command ? ` ${command}` : '' })}\n`);
  return 2;
}

/** The articles of one project in a run, with what its configuration sets. */
interface ProjectRun {
  project: ProjectLookup;
  files: string[];
  stdin: { path: string; bytes: Buffer }[];
}

async function run(command: Command, given: readonly string[], options: Options, output: Output): Promise<number> {
  // Each article's project configuration (sorot.config.json), found walking up from its folder, or
  // given. The first path's project (or the working folder's) says what a run without paths checks.
  const projectOf = projectFinder(options.configFile);
  const start = projectOf(given.find((each) => each !== '-') ?? '.');
  if (!start.ok) return configError(output, [start.config]);
  const startConfig = start.config;
  // `-` is the article on stdin; `.sorotignore` (in the working folder), --ignore-pattern and the
  // article's project's ignorePatterns leave files out of folders and globs.
  const stdin = given.includes('-') ? [{ path: options.stdinFilename, bytes: (output.stdin ?? (() => fs.readFileSync(0)))() }] : [];
  const ignoredHere = ignoreMatcher([...sorotIgnore(), ...options.ignorePatterns]);
  const ignoredBy = new Map<ProjectLookup, (file: string) => boolean>();
  const ignored = (file: string) => {
    if (ignoredHere(file)) return true;
    const project = projectOf(file);
    if (!ignoredBy.has(project)) ignoredBy.set(project, ignoreMatcher(project.config?.ignorePatterns ?? [], project.config?.root));
    return ignoredBy.get(project)!(file);
  };
  // Without a path: the project's `files` globs (a glob of the defaults that matches nothing is no error), else corpus/.
  const fromProject = given.length === 0 && startConfig?.file !== undefined;
  const paths = given.length > 0 ? given.filter((each) => each !== '-') : fromProject ? startConfig!.settings.files.map((glob) => relative(path.join(startConfig!.root, glob))) : ['corpus'];
  const found = findArticleFiles(paths, ignored);
  const missing = fromProject ? found.missing.filter((entry) => entry.reason !== 'no file matches') : found.missing;
  // The articles of each project are an archive of their own: analysed with its lexicon and rate, checked with its severities.
  const runs = new Map<ProjectLookup, ProjectRun>();
  const runOf = (project: ProjectLookup) => runs.get(project) ?? runs.set(project, { project, files: [], stdin: [] }).get(project)!;
  if (stdin.length > 0) runOf(projectOf(options.stdinFilename)).stdin.push(...stdin);
  for (const file of found.files) runOf(projectOf(file)).files.push(file);
  // A configuration or lexicon that cannot be used stops the run before any analysis.
  // A lexicon a configuration names must be there: a misspelt path would check with the built-in one.
  const unusable = [...runs.keys()].flatMap((project) => (!project.ok ? [project.config] : project.config && options.lexiconFile === undefined ? missingLexicon(project.config) : []));
  if (unusable.length > 0) return configError(output, unusable);
  const lexicons = new Map<ProjectLookup, ReturnType<typeof lexiconFor>>();
  for (const project of runs.keys()) {
    const lexicon = lexiconFor({ lexiconFile: options.lexiconFile ?? (project.config && projectLexicon(project.config)) });
    if (lexicon.issues.length > 0) {
      for (const issue of lexicon.issues) output.err(`${printable(relative(issue.path))}:${issue.line}:${issue.column}: error lexicon: ${printable(issue.message)}\n`);
      output.err(`${t('cli.lexiconUnusable', { file: printable(relative(lexicon.lexiconFile ?? '')) })}\n`);
      return 2;
    }
    lexicons.set(project, lexicon);
  }

  const progress = progressReporter(output);
  const documents: LoadedDocument[] = [];
  const diagnostics: Diagnostic[] = [];
  const deals: ReturnType<typeof corpusDeals> = [];
  const facts: Fact[] = [];
  const rates: RateInfo[] = [];
  const skipped: LoadedCorpus['skipped'] = [];
  const unreadable: LoadedCorpus['unreadable'] = [...missing];
  let done = 0;
  for (const { project, files, stdin: piped } of runs.values()) {
    const settings = project.config?.settings;
    const lexicon = lexicons.get(project)!;
    // With --cache, an article whose text is unchanged since the last run is not analysed again (a cache file per project).
    const cache = options.cacheLocation ? AnalysisCache.load(path.resolve(options.cacheLocation), [project.config?.root ?? process.cwd()], lexicon.lexicon) : undefined;
    const offset = done;
    const corpus = await loadFilesOnCores(files, { lexicon, rate: options.rate ?? settings?.idrPerUsd ?? undefined, onFile: (index) => progress.tick(offset + index, found.files.length), given: piped, cache });
    done += files.length;
    if (cache) await saveToCache(cache, corpus.documents);
    const checked = command === 'deals' ? [] : checkProject(corpus, settings?.severity ?? {});
    documents.push(...corpus.documents);
    diagnostics.push(...checked);
    if (command === 'deals') deals.push(...corpusDeals(corpus.documents));
    if (command === 'facts') facts.push(...corpusFacts(corpus.documents, checked, { entity: options.entity, metric: options.metric }));
    rates.push(corpus.rate);
    skipped.push(...corpus.skipped);
    unreadable.push(...corpus.unreadable);
  }
  progress.done();
  // In the order the articles were found, whichever project each is in.
  const order = new Map(found.files.map((file, index) => [file, index]));
  const place = (file: string) => order.get(file) ?? -1;
  documents.sort((a, b) => place(a.path) - place(b.path));
  if (runs.size > 1) diagnostics.sort((a, b) => place(a.path) - place(b.path));
  const rate = rates[0] ?? chooseRate([], options.rate);
  reportLoading({ documents, skipped, unreadable }, paths, output);
  let status = unreadable.length > 0 ? 2 : 0;

  switch (command) {
    case 'annotate':
      if (options.format === 'json') writeAnnotationsJson(documents, diagnostics, rate, output.out);
      else output.out(renderAnnotations(documents, rates.length > 0 ? rates : [rate], skipped.length));
      break;
    case 'check': {
      const texts = new Map(documents.map((document) => [document.path, document.text]));
      const shown = options.quiet ? diagnostics.filter((diagnostic) => diagnostic.severity === 'error') : diagnostics;
      if (options.format === 'sarif') output.out(JSON.stringify(sarifLog(shown, texts, VERSION, relative), null, 2) + '\n');
      else if (options.format === 'json') output.out(JSON.stringify({ version: 1, rate, diagnostics: shown.map((diagnostic) => withPlaces(diagnostic, texts)) }, null, 2) + '\n');
      else if (options.format === 'github') output.out(githubAnnotations(shown, texts, relative));
      else if (options.format === 'junit') output.out(junitReport(documents.map((document) => document.path), shown, texts, relative));
      else output.out(renderDiagnostics(shown, texts, options.colour));
      // With --quiet, warnings are neither shown nor counted.
      const errors = shown.filter((diagnostic) => diagnostic.severity === 'error').length;
      const warnings = shown.filter((diagnostic) => diagnostic.severity === 'warning').length;
      const over = warnings > options.maxWarnings ? t('cli.overMax', { max: options.maxWarnings }) : '';
      output.err(`${t('cli.checked', { count: documents.length, errors, warnings, over })}\n`);
      if (status === 0 && !options.exitZero && (errors > 0 || warnings > options.maxWarnings)) status = 1;
      break;
    }
    case 'facts': {
      if (facts.length === 0 && (options.entity || options.metric)) {
        const about = options.entity ? t('cli.aboutEntity', { entity: options.entity }) : '';
        output.err(`${t('cli.noFacts', { about, metric: options.metric ? t('cli.forMetric', { metric: options.metric }) : '' })}\n`);
      }
      output.out(options.format === 'json' ? JSON.stringify({ version: 1, facts }, null, 2) + '\n' : renderFacts(facts, documents));
      break;
    }
    case 'deals':
      output.out(options.format === 'json' ? JSON.stringify({ version: 1, deals }, null, 2) + '\n' : renderDeals(deals, documents));
      break;
  }
  return status;
}

/** A project's corpus checked with its severities: a code `off` is not reported. */
function checkProject(corpus: LoadedCorpus, levels: Partial<Record<string, Severity | 'off'>>): Diagnostic[] {
  const severity: Partial<Record<DiagnosticCode, Severity>> = {};
  for (const [code, level] of Object.entries(levels)) if (level && level !== 'off') severity[code as DiagnosticCode] = level;
  return checkCorpus(corpus.documents, { idrPerUsd: corpus.rate.idrPerUsd, severity }).filter((diagnostic) => levels[diagnostic.code] !== 'off');
}

/** The configuration with its `lexicon` as a problem when it names a file that is not there, else nothing. */
function missingLexicon(config: ProjectConfig): ProjectConfig[] {
  const file = path.resolve(config.root, config.settings.lexicon);
  if (!config.defined.includes('lexicon') || fs.existsSync(file)) return [];
  const place = config.places.lexicon ?? { line: 1, column: 1 };
  return [{ ...config, problems: [{ path: config.file ?? config.root, ...place, message: `lexicon: no such file: ${file}` }] }];
}

/** The lexicon a project's configuration names, when it is there (the default path may not be). */
function projectLexicon(config: ProjectConfig): string | undefined {
  const file = path.resolve(config.root, config.settings.lexicon);
  return fs.existsSync(file) ? file : undefined;
}

function reportLoading(corpus: Pick<LoadedCorpus, 'documents' | 'skipped' | 'unreadable'>, paths: readonly string[], output: Output): void {
  for (const { path, reason } of corpus.unreadable) output.err(`sorot: ${printable(relative(path))}: ${printable(reason)}\n`);
  for (const { path, reason } of corpus.skipped) output.err(`${t('cli.skipped', { path: printable(relative(path)), reason: printable(reason) })}\n`);
  if (corpus.documents.length === 0 && corpus.unreadable.length === 0 && corpus.skipped.length === 0) {
    output.err(`${t('cli.noArticles', { paths: paths.join(', ') })}\n`);
  }
}

// ---------------------------------------------------------------------------------------------
// Text output: what a person reads in a terminal.

function renderAnnotations(documents: readonly LoadedDocument[], rates: readonly RateInfo[], skipped: number): string {
  const lines: string[] = [];
  let figures = 0;
  let mentions = 0;
  let attributions = 0;
  for (const { path: file, text, analysis } of documents) {
    const starts = lineStarts(text);
    const at = (offset: number) => {
      const { line, column } = lineAndColumn(starts, offset);
      return `${line}:${column}`.padEnd(8);
    };
    lines.push(printable(relative(file)));
    const { date, dateFrom } = documentDate(file, analysis);
    lines.push(t('cli.published', { date: date === null ? t('cli.publishedUnknown') : t('cli.publishedFrom', { date, from: t(dateFrom === 'text' ? 'cli.fromText' : 'cli.fromFileName') }) }));
    lines.push(t('cli.money', { count: analysis.money.length }));
    for (const figure of analysis.money) {
      const other = figure.currency === 'USD' ? formatInterval(figure.idr, 'IDR', figure.qualifier) : formatInterval(figure.usd, 'USD', convertedQualifier(figure));
      const conversion = figure.conversionOf === null ? '' : t('cli.restates', { figure: analysis.money[figure.conversionOf].text });
      lines.push(`    ${at(figure.start)}${quote(figure.text).padEnd(34)} ${formatInterval(figure, figure.currency, figure.qualifier)}  (${other}; ${word('qualifier', figure.qualifier)})${conversion}`);
    }
    const byEntity = new Map<string, { name: string; type: string; count: number; written: Set<string> }>();
    for (const mention of analysis.entities) {
      const entry = byEntity.get(mention.id) ?? { name: mention.name, type: mention.type, count: 0, written: new Set<string>() };
      entry.count++;
      if (mention.text !== mention.name) entry.written.add(mention.text);
      byEntity.set(mention.id, entry);
    }
    lines.push(t('cli.entities', { mentions: analysis.entities.length, entities: byEntity.size }));
    for (const entity of [...byEntity.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))) {
      const aliases = entity.written.size ? t('cli.as', { forms: [...entity.written].map(quote).join(', ') }) : '';
      lines.push(`    ${entity.name.padEnd(28)} ${word('type', entity.type).padEnd(8)} ×${entity.count}${aliases}`);
    }
    lines.push(t('cli.attributions', { count: analysis.attributions.length }));
    for (const attribution of analysis.attributions) {
      lines.push(`    ${at(attribution.start)}${attribution.outlet.padEnd(28)} ${quote(text.slice(attribution.phrase.start, attribution.phrase.end))}`);
    }
    for (const problem of analysis.problems) {
      const { line, column } = lineAndColumn(starts, problem.start);
      lines.push(`  ${printable(relative(file))}:${line}:${column}: ${problem.severity} ${problem.code}: ${printable(problemMessage(problem))}`);
    }
    lines.push('');
    figures += analysis.money.length;
    mentions += analysis.entities.length;
    attributions += analysis.attributions.length;
  }
  lines.push(t('cli.annotateSummary', {
    count: documents.length, figures, mentions, attributions, skipped: skipped ? t('cli.skippedCount', { count: skipped }) : '', rate: [...new Set(rates.map(describeRate))].join('; '),
  }));
  return lines.join('\n') + '\n';
}

/**
 * `path:line:col: severity code: message`, then the related places indented under it; on a terminal
 * that shows colour, the severity in red or yellow and the code dimmed.
 */
function renderDiagnostics(diagnostics: readonly Diagnostic[], texts: ReadonlyMap<string, string>, colour = false): string {
  const starts = new Map<string, number[]>();
  const place = (path: string, offset: number) => {
    if (!starts.has(path)) starts.set(path, lineStarts(texts.get(path) ?? ''));
    const { line, column } = lineAndColumn(starts.get(path)!, offset);
    return `${printable(relative(path))}:${line}:${column}`;
  };
  const paint = (code: number, text: string) => (colour ? `\x1b[${code}m${text}\x1b[0m` : text);
  const lines: string[] = [];
  for (const diagnostic of diagnostics) {
    const severity = paint(diagnostic.severity === 'error' ? 31 : diagnostic.severity === 'warning' ? 33 : 36, diagnostic.severity);
    lines.push(`${place(diagnostic.path, diagnostic.start)}: ${severity} ${paint(2, diagnostic.code)}: ${printable(diagnostic.message)}`);
    for (const related of diagnostic.related) lines.push(`    ${place(related.path, related.start)}: ${printable(related.message)}`);
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}

/** A diagnostic in JSON with its places as line and column too (1-based, UTF-16 code units), beside the offsets. */
function withPlaces(diagnostic: Diagnostic, texts: ReadonlyMap<string, string>): Diagnostic & { line: number; column: number; endLine: number; endColumn: number } {
  const starts = lineStarts(texts.get(diagnostic.path) ?? '');
  const from = lineAndColumn(starts, diagnostic.start);
  const to = lineAndColumn(starts, diagnostic.end);
  return { ...diagnostic, line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
}

function configError(output: Output, configs: readonly ProjectConfig[]): number {
  for (const config of configs) {
    for (const problem of config.problems) output.err(`${printable(relative(problem.path))}:${problem.line}:${problem.column}: error config: ${printable(problem.message)}\n`);
    output.err(`${t('cli.configUnusable', { file: printable(relative(config.file ?? '')) })}\n`);
  }
  return 2;
}

/** What `--print-config` shows: the configuration in force for a path, every setting with its value. */
function effectiveConfig(config: ProjectConfig | undefined): object {
  const settings = config?.settings ?? validateSettings({}).settings;
  const root = config?.root ?? process.cwd();
  return { file: config?.file ? relative(config.file) : null, root: relative(root), ...settings, lexicon: relative(path.resolve(root, settings.lexicon)), ignorePatterns: config?.ignorePatterns ?? [] };
}

/** The patterns of `.sorotignore` in the working folder, if there is one (a regular file of at most 1 MB). */
function sorotIgnore(): string[] {
  const read = readRegularFile('.sorotignore', 1024 * 1024);
  return 'bytes' in read ? read.bytes.toString('utf8').split(/\r?\n/) : [];
}

/** A path as the reader's working directory sees it: relative when it lies under it, else as it is. */
function relative(file: string): string {
  const from = path.relative(process.cwd(), path.resolve(file));
  if (from === '') return '.';
  return from.startsWith('..') || path.isAbsolute(from) ? file : from;
}

function renderDeals(deals: ReturnType<typeof corpusDeals>, documents: readonly LoadedDocument[]): string {
  const texts = new Map(documents.map((document) => [document.path, document.text]));
  const lines: string[] = [];
  for (const deal of deals) {
    const amount = deal.amount ? `  ${deal.amount.text} (${formatAmountRange(deal.amount.usd)})` : '';
    lines.push(`${deal.parties.map((party) => party.name).join(' – ')}: ${word('kind', deal.kind)}, ${word('status', deal.status)}${amount}`);
    for (const source of deal.sources) {
      const starts = lineStarts(texts.get(source.path) ?? '');
      const { line, column } = lineAndColumn(starts, source.start);
      lines.push(`    ${printable(relative(source.path))}:${line}:${column}${source.outlet ? t('cli.sourceOutlet', { outlet: source.outlet }) : ''}${source.amount ? `, "${source.amount}"` : ''}, ${word('status', source.status)}`);
    }
  }
  lines.push(t('cli.dealsSummary', { count: deals.length, articles: documents.length }));
  return lines.join('\n') + '\n';
}

/** A table per fact: time, value, the figure as written, modality, outlet, status, place. */
function renderFacts(facts: readonly Fact[], documents: readonly LoadedDocument[]): string {
  const texts = new Map(documents.map((document) => [document.path, document.text]));
  const names = new Map(documents.flatMap((document) => document.analysis.entities.map((mention) => [mention.id, mention.name] as const)));
  const lines: string[] = [];
  for (const fact of facts) {
    const name = (id: string) => names.get(id) ?? id;
    const metric = word('metric', fact.metric);
    lines.push(fact.counterparty ? t('hover.claimIn', { subject: name(fact.subject), metric, counterparty: name(fact.counterparty) }) : t('hover.claimOf', { subject: name(fact.subject), metric }));
    for (const value of fact.values) {
      const { line, column } = lineAndColumn(lineStarts(texts.get(value.path) ?? ''), value.start);
      const when = value.time ? timeWords(toDay(value.time.from), toDay(value.time.to)) : t('time.unknown');
      const mark = value.status === 'conflict' ? t('cli.conflict') : value.status === 'slip' ? t('cli.slip') : value.status;
      lines.push(`    ${when.padEnd(22)} ${formatAmountRange(value.usd).padEnd(18)} ${quote(value.text).padEnd(30)} ${word('modality', value.modality).padEnd(10)} ` +
        `${(value.outlet ?? '').padEnd(16)} ${mark.padEnd(12)} ${printable(relative(value.path))}:${line}:${column}`);
    }
  }
  lines.push(t('cli.factsSummary', { count: facts.length, articles: documents.length }));
  return lines.join('\n') + '\n';
}

function formatAmountRange(usd: { min: number | null; max: number | null }): string {
  if (usd.min !== null && usd.max !== null && usd.min === usd.max) return formatAmount(usd.min, 'USD');
  if (usd.min !== null && usd.max === null) return `≥ ${formatAmount(usd.min, 'USD')}`;
  if (usd.min === null && usd.max !== null) return `≤ ${formatAmount(usd.max, 'USD')}`;
  return `${usd.min === null ? '?' : formatAmount(usd.min, 'USD')}–${usd.max === null ? '?' : formatAmount(usd.max, 'USD')}`;
}

function describeRate(rate: RateInfo): string {
  const source = t(rate.source === 'corpus' ? 'cli.rateCorpus' : rate.source === 'option' ? 'cli.rateOption' : 'cli.rateDefault');
  return t('cli.rate', { rate: Math.round(rate.idrPerUsd).toLocaleString('id-ID'), source });
}

/**
 * A file name or message as a terminal or a CI log may show it: control characters (a line break, an
 * escape sequence) written as `\n`, `\x1b`, so that a file's name can neither forge a diagnostic line or a
 * workflow command (`::error …`) nor move the cursor.
 */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/gu, (character) => {
    const code = character.charCodeAt(0);
    if (code === 10) return '\\n';
    if (code === 13) return '\\r';
    if (code === 9) return '\\t';
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

function quote(text: string): string {
  return `"${text.replace(/\s+/g, ' ')}"`;
}

/** A progress line on a terminal for long runs; silent when stderr is not a terminal. */
function progressReporter(output: Output): { tick: (index: number, total: number) => void; done: () => void } {
  let last = 0;
  let shown = false;
  return {
    tick(index, total) {
      const now = Date.now();
      if (!output.interactive || total < 200 || now - last < 100) return;
      last = now;
      shown = true;
      output.err(`\r${t('cli.reading', { done: index + 1, total })}`);
    },
    done() {
      if (shown) output.err(`\r${' '.repeat(40)}\r`);
    },
  };
}

function defaultOutput(): Output {
  return {
    out: (text) => { process.stdout.write(text); },
    err: (text) => { process.stderr.write(text); },
    interactive: process.stderr.isTTY === true,
    colour: colourWanted(process.env, process.stdout.isTTY === true),
  };
}

/** Whether results are coloured: on a terminal, unless NO_COLOR is set and not empty (https://no-color.org). */
export function colourWanted(env: NodeJS.ProcessEnv, terminal: boolean): boolean {
  return terminal && !env.NO_COLOR;
}

/** Runs the command with the process's arguments and sets its exit code. */
export function runFromCommandLine(): void {
  // `sorot annotate | head` closes the pipe early; that is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  void main(process.argv.slice(2)).then((status) => {
    process.exitCode = status;
  });
}

if (require.main === module) runFromCommandLine();
