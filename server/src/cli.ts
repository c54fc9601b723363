// The `sorot` command line: the same analysis the editor shows, for a terminal or CI.
//
//   sorot annotate [PATH...] [--json] [--lexicon FILE] [--rate N]
//
// Exit codes: 0 done (skipped files are reported but are not failures), 2 usage error or a path that
// cannot be read. Messages go to stderr, results to stdout, so `--json` output can be piped.

import * as fs from 'node:fs';
import { parseArgs } from 'node:util';
import { analyzeArticle } from './analysis/analyze';
import { describeQualifier, formatInterval } from './analysis/format';
import { DEFAULT_IDR_PER_USD, PLAUSIBLE_RATE, impliedRate, withRate } from './analysis/money';
import { lineAndColumn, lineStarts } from './analysis/text';
import { ArticleAnalysis } from './analysis/types';
import { AnnotatedDocument, RateInfo, annotationsJson } from './annotationsJson';
import { findArticleFiles, readArticle } from './articleFiles';
import { WORKSPACE_LEXICON_PATH, loadLexicon } from './workspaceLexicon';

const USAGE = `Usage: sorot annotate [PATH...] [options]

Annotates Indonesian news articles: money figures (normalised to USD and IDR), entities
(organisations, people, products, projects, outlets) and outlet attributions.
Folders are searched for *.txt files. Without a PATH, reads corpus/.

Options:
  --json            print the JSON described in spec/annotations.md instead of text
  --lexicon FILE    extend the built-in lexicon with FILE
                    (default: ${WORKSPACE_LEXICON_PATH} when it exists)
  --rate N          rupiah per US dollar for normalised values
                    (default: what the articles' own stated conversions imply, else ${DEFAULT_IDR_PER_USD})
  -h, --help        show this help
  -v, --version     show the version

Exit status: 0 done, 2 usage error or a path that cannot be read.`;

interface Output {
  out: (text: string) => void;
  err: (text: string) => void;
}

const VERSION = '0.1.0';

export function main(argv: readonly string[], output: Output = defaultOutput()): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        lexicon: { type: 'string' },
        rate: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    output.err(`sorot: ${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    output.out(USAGE + '\n');
    return 0;
  }
  if (values.version) {
    output.out(`sorot ${VERSION}\n`);
    return 0;
  }
  const [command, ...paths] = positionals;
  if (command !== 'annotate') {
    output.err(command ? `sorot: unknown command "${command}".\n\n${USAGE}\n` : `${USAGE}\n`);
    return 2;
  }
  let rateOption: number | undefined;
  if (values.rate !== undefined) {
    rateOption = Number(values.rate.replace(/[_.]/g, '').replace(',', '.'));
    if (!Number.isFinite(rateOption) || rateOption < PLAUSIBLE_RATE.min || rateOption > PLAUSIBLE_RATE.max) {
      output.err(`sorot: --rate must be rupiah per US dollar, between ${PLAUSIBLE_RATE.min} and ${PLAUSIBLE_RATE.max}; got "${values.rate}".\n`);
      return 2;
    }
  }
  return annotate(paths.length > 0 ? paths : ['corpus'], { json: Boolean(values.json), lexiconFile: values.lexicon, rate: rateOption }, output);
}

interface AnnotateOptions {
  json: boolean;
  lexiconFile?: string;
  rate?: number;
}

function annotate(paths: readonly string[], options: AnnotateOptions, output: Output): number {
  let status = 0;
  const lexiconFile = options.lexiconFile ?? (fs.existsSync(WORKSPACE_LEXICON_PATH) ? WORKSPACE_LEXICON_PATH : undefined);
  const { lexicon, issues } = loadLexicon(lexiconFile, options.lexiconFile === undefined);
  for (const issue of issues) {
    output.err(`${issue.path}:${issue.line}:${issue.column}: error lexicon: ${issue.message}\n`);
  }
  if (issues.length > 0) output.err(`sorot: ${lexiconFile}: entries with problems are skipped; analysis goes on.\n`);

  const { files, missing } = findArticleFiles(paths);
  for (const { path: given, reason } of missing) {
    output.err(`sorot: ${given}: ${reason}\n`);
    status = 2;
  }
  if (files.length === 0 && missing.length === 0) output.err(`sorot: no *.txt articles found in ${paths.join(', ')}\n`);

  const documents: (AnnotatedDocument & { text: string })[] = [];
  let skipped = 0;
  const progress = progressReporter(files.length, output);
  for (const file of files) {
    progress.tick();
    const read = readArticle(file);
    if (!read.ok) {
      output.err(`sorot: ${read.skipped ? 'skipped ' : ''}${file}: ${read.reason}\n`);
      if (read.skipped) skipped++;
      else status = 2;
      continue;
    }
    documents.push({ path: file, text: read.text, analysis: analyzeArticle(read.text, lexicon) });
  }
  progress.done();

  const rate = chooseRate(documents.map((document) => document.analysis), options.rate);
  for (const document of documents) {
    if (rate.idrPerUsd !== DEFAULT_IDR_PER_USD) {
      document.analysis = { ...document.analysis, money: withRate(document.analysis.money, rate.idrPerUsd) };
    }
  }

  if (options.json) output.out(JSON.stringify(annotationsJson(documents, rate), null, 2) + '\n');
  else output.out(renderText(documents, rate, skipped));
  return status;
}

function chooseRate(analyses: readonly ArticleAnalysis[], option: number | undefined): RateInfo {
  if (option !== undefined) return { idrPerUsd: option, source: 'option' };
  const implied = impliedRate(analyses.map((analysis) => analysis.money));
  return implied === undefined ? { idrPerUsd: DEFAULT_IDR_PER_USD, source: 'default' } : { idrPerUsd: implied, source: 'corpus' };
}

// ---------------------------------------------------------------------------------------------
// Text output: what a person reads in a terminal.

function renderText(documents: readonly (AnnotatedDocument & { text: string })[], rate: RateInfo, skipped: number): string {
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
    lines.push(file);
    lines.push(`  money (${analysis.money.length})`);
    for (const figure of analysis.money) {
      const other = figure.currency === 'USD' ? formatInterval(figure.idr, 'IDR', figure.qualifier) : formatInterval(figure.usd, 'USD', figure.qualifier);
      const conversion = figure.conversionOf === null ? '' : `  restates "${analysis.money[figure.conversionOf].text}"`;
      lines.push(`    ${at(figure.start)}${quote(figure.text).padEnd(34)} ${formatInterval(figure, figure.currency, figure.qualifier)}  (${other}; ${describeQualifier(figure.qualifier)})${conversion}`);
    }
    const byEntity = new Map<string, { name: string; type: string; count: number; written: Set<string> }>();
    for (const mention of analysis.entities) {
      const entry = byEntity.get(mention.id) ?? { name: mention.name, type: mention.type, count: 0, written: new Set<string>() };
      entry.count++;
      if (mention.text !== mention.name) entry.written.add(mention.text);
      byEntity.set(mention.id, entry);
    }
    lines.push(`  entities (${analysis.entities.length} mentions of ${byEntity.size})`);
    for (const entity of [...byEntity.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))) {
      const aliases = entity.written.size ? `  as ${[...entity.written].map(quote).join(', ')}` : '';
      lines.push(`    ${entity.name.padEnd(28)} ${entity.type.padEnd(8)} ×${entity.count}${aliases}`);
    }
    lines.push(`  attributions (${analysis.attributions.length})`);
    for (const attribution of analysis.attributions) {
      lines.push(`    ${at(attribution.start)}${attribution.outlet.padEnd(28)} ${quote(text.slice(attribution.phrase.start, attribution.phrase.end))}`);
    }
    for (const problem of analysis.problems) {
      const { line, column } = lineAndColumn(starts, problem.start);
      lines.push(`  ${file}:${line}:${column}: ${problem.severity} ${problem.code}: ${problem.message}`);
    }
    lines.push('');
    figures += analysis.money.length;
    mentions += analysis.entities.length;
    attributions += analysis.attributions.length;
  }
  const rateSource = rate.source === 'corpus' ? 'implied by the articles’ stated conversions' : rate.source === 'option' ? 'from --rate' : 'default';
  lines.push(
    `${documents.length} article${documents.length === 1 ? '' : 's'}: ${figures} money figures, ${mentions} entity mentions, ` +
    `${attributions} attributions${skipped ? `; ${skipped} skipped` : ''}. Rate: Rp${Math.round(rate.idrPerUsd).toLocaleString('id-ID')} per US$ (${rateSource}).`,
  );
  return lines.join('\n') + '\n';
}

function quote(text: string): string {
  return `"${text.replace(/\s+/g, ' ')}"`;
}

/** A progress line on a terminal for long runs; silent when stderr is not a terminal. */
function progressReporter(total: number, output: Output): { tick(): void; done(): void } {
  const enabled = total >= 200 && process.stderr.isTTY === true;
  let count = 0;
  let last = 0;
  return {
    tick() {
      count++;
      const now = Date.now();
      if (enabled && now - last > 100) {
        last = now;
        output.err(`\rsorot: annotating ${count}/${total}…`);
      }
    },
    done() {
      if (enabled) output.err(`\r${' '.repeat(40)}\r`);
    },
  };
}

function defaultOutput(): Output {
  return {
    out: (text) => { process.stdout.write(text); },
    err: (text) => { process.stderr.write(text); },
  };
}

/** Runs the command with the process's arguments and sets its exit code. */
export function runFromCommandLine(): void {
  // `sorot annotate | head` closes the pipe early; that is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  process.exitCode = main(process.argv.slice(2));
}

if (require.main === module) runFromCommandLine();
