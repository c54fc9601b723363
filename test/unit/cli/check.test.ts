// `sorot check` and `sorot deals` end to end, in process.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv2020 from 'ajv/dist/2020';
import { colourWanted, main } from '../../../server/src/cli';
import { runCli } from '../../support/cli';
import { fileNameFrom } from '../../../server/src/corpus/checks';
import { builtinLexicon } from '../../../server/src/analysis/lexicon';
import { AnalysisCache } from '../../../server/src/analysisCache';
import { loadCorpusOnCores } from '../../../server/src/corpus/load';
import { VALUATION_REPORTS } from '../../support/valuationReports';

const CORPUS = path.join(__dirname, '..', '..', '..', 'corpus');

/** The samples and two dated reports of OpenAI's valuation in the same week that disagree. */
function corpusWithConflict(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'sorot-check-'));
  fs.cpSync(CORPUS, folder, { recursive: true });
  for (const [name, text] of Object.entries(VALUATION_REPORTS)) fs.writeFileSync(path.join(folder, name), text);
  return folder;
}

const run = (args: string[]) => runCli(args);
/** `sorot ARGS` in `folder`, with `stdin` as the standard input. */
const runIn = (folder: string, args: string[], stdin = '') => runCli(args, { cwd: folder, stdin });

describe('sorot check', () => {
  it('prints path:line:col lines a reviewer and an editor can follow, and exits 1 past --max-warnings', async () => {
    const folder = corpusWithConflict();
    const { status, out, err } = (await run(['check', folder]));
    assert.equal(status, 1);
    const lines = out.trimEnd().split('\n').map((line) => line.replace(folder + path.sep, ''));
    assert.deepEqual(lines.map((line) => line.replace(/: ("Wall|"\$).*$/, ': …')), [
      '002_cb86baf73aef99c8.txt:6:134: warning outlet.misspelled: …',
      "bloomberg.txt:1:82: warning figure.conflict: OpenAI's valuation: US$86 miliar here (around 5 Oct 2024) vs US$157 miliar in reuters.txt (around 3 Oct 2024)",
      '    reuters.txt:1:84: …',
      "reuters.txt:1:84: warning figure.conflict: OpenAI's valuation: US$157 miliar here (around 3 Oct 2024) vs US$86 miliar in bloomberg.txt (around 5 Oct 2024)",
      '    bloomberg.txt:1:82: …',
    ]);
    // The related figure, under its diagnostic, says all the message leaves out.
    assert.match(out, /\n {4}\S*reuters\.txt:1:84: "\$157 miliar" \(US\$157 miliar, reported, around 3 Oct 2024, per Reuters\)\n/);
    assert.equal(err, 'sorot: 7 articles checked: 0 errors, 3 warnings (more than --max-warnings 0).\n');
    assert.equal((await run(['check', folder, '--max-warnings', '3'])).status, 0);
    assert.equal((await run(['check', CORPUS, '--max-warnings', '1'])).status, 0, 'the samples: only the misspelled outlet');
  });

  it('prints SARIF 2.1.0 with rules, regions and related locations', async () => {
    const sarif = JSON.parse((await run(['check', corpusWithConflict(), '--format', 'sarif', '--max-warnings', '10'])).out);
    assert.equal(sarif.version, '2.1.0');
    const [runLog] = sarif.runs;
    assert.deepEqual(runLog.tool.driver.rules.map((rule: { id: string }) => rule.id), ['figure.conflict', 'figure.slip', 'figure.conversion', 'outlet.misspelled', 'entity.misspelled']);
    const misspelled = runLog.results.find((result: { ruleId: string }) => result.ruleId === 'outlet.misspelled');
    assert.equal(misspelled.level, 'warning');
    assert.deepEqual(misspelled.locations[0].physicalLocation.region, {
      startLine: 6, startColumn: 134, endLine: 6, endColumn: 153, charOffset: 1064, charLength: 19, snippet: { text: 'Wall Street Jounral' },
    });
    const conflict = runLog.results.find((result: { ruleId: string }) => result.ruleId === 'figure.conflict');
    assert.equal(conflict.relatedLocations.length, 1);
    assert.match(conflict.relatedLocations[0].physicalLocation.artifactLocation.uri, /reuters\.txt$/);
  });

  it('names files relative to the working folder in every text format and in SARIF, and outside it by a file URI (issue 14)', async () => {
    const folder = corpusWithConflict();
    const absolute = path.join(folder, 'reuters.txt');
    const uris = (out: string) => JSON.parse(out).runs[0].results.map((result: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => result.locations[0].physicalLocation.artifactLocation.uri);
    assert.ok(uris((await runIn(folder, ['check', absolute, path.join(folder, 'bloomberg.txt'), '--format', 'sarif'])).out).includes('reuters.txt'));
    assert.ok(uris((await runIn(CORPUS, ['check', absolute, path.join(folder, 'bloomberg.txt'), '--format', 'sarif'])).out).includes(pathToFileURL(absolute).href));
    for (const args of [['check', '--exit-zero'], ['annotate'], ['deals'], ['facts']]) {
      const { out } = await runIn(folder, [...args, folder]);
      assert.match(out, /(^|\s)(reuters|\d{3}_[0-9a-f]{16})\.txt(:|$)/m, `${args[0]} names the articles`);
      assert.ok(!out.includes(folder), `${args[0]} names no file by its absolute path`);
    }
  });

  it('prints SARIF that the SARIF 2.1.0 schema accepts, and a damaged log that it refuses (issue 14)', async () => {
    const schema = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'fixtures', 'sarif', 'sarif-2.1.0.json'), 'utf8'));
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    ajv.addFormat('uri', (text: string) => URL.canParse(text));
    ajv.addFormat('uri-reference', (text: string) => URL.canParse(text, 'file:///'));
    ajv.addFormat('date-time', (text: string) => !Number.isNaN(Date.parse(text)));
    ajv.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    // A plain check, not a type guard: the log is read on after it is validated.
    const validate = ajv.compile(schema) as ((data: unknown) => boolean) & { errors?: unknown[] | null };
    const folder = corpusWithConflict();
    fs.copyFileSync(path.join(folder, 'reuters.txt'), path.join(folder, 'berita (2) #1.txt'));
    const sarif = JSON.parse((await run(['check', folder, '--format', 'sarif', '--exit-zero'])).out);
    assert.ok(validate(sarif), JSON.stringify(validate.errors?.slice(0, 3)));
    assert.equal(sarif.runs[0].results.length, 4);
    sarif.runs[0].results[0].level = 'loud';
    assert.equal(validate(sarif), false, 'the schema refuses a level SARIF does not have');
  });

  it('prints the diagnostics as JSON, with each article\'s date and each claim\'s time', async () => {
    const json = JSON.parse((await run(['check', corpusWithConflict(), '--format', 'json', '--max-warnings', '10'])).out);
    assert.deepEqual(json.diagnostics.map((diagnostic: { code: string }) => diagnostic.code), ['outlet.misspelled', 'figure.conflict', 'figure.conflict']);
  });

  it('rejects a bad --format or --max-warnings with exit 2', async () => {
    assert.equal((await run(['check', '--format', 'xml'])).status, 2);
    assert.equal((await run(['check', '--max-warnings', '-2'])).status, 2);
  });

  it('takes --max-warnings -1 as no limit, --exit-zero, --json, and a rate written 16,720 or 16.720 (issue 14)', async () => {
    const folder = corpusWithConflict();
    assert.equal((await run(['check', folder])).status, 1);
    assert.equal((await run(['check', folder, '--max-warnings', '-1'])).status, 0);
    assert.equal((await run(['check', folder, '--exit-zero'])).status, 0);
    assert.deepEqual(JSON.parse((await run(['check', folder, '--json', '--exit-zero'])).out).diagnostics.length, 3);
    for (const rate of ['16,720', '16.720', '16720']) {
      assert.deepEqual(JSON.parse((await run(['check', folder, '--json', '--exit-zero', '--rate', rate])).out).rate, { idrPerUsd: 16720, source: 'option' }, rate);
    }
  });
});

describe('sorot check in CI (issue 14)', () => {
  it('writes GitHub Actions annotations, one command per problem, the related figures on lines of their own', async () => {
    const folder = corpusWithConflict();
    const { out } = await run(['check', folder, '--format', 'github', '--exit-zero']);
    const lines = out.trimEnd().split('\n').map((line) => line.split(folder + path.sep).join(''));
    assert.deepEqual(lines.map((line) => line.replace(/(title=[^:]*)::.*$/, '$1::…')), [
      '::warning file=002_cb86baf73aef99c8.txt,line=6,col=134,endLine=6,endColumn=153,title=sorot outlet.misspelled::…',
      '::warning file=bloomberg.txt,line=1,col=82,endLine=1,endColumn=92,title=sorot figure.conflict::…',
      '::warning file=reuters.txt,line=1,col=84,endLine=1,endColumn=95,title=sorot figure.conflict::…',
    ]);
    assert.match(lines[1], /::OpenAI's valuation: US\$86 miliar here \(around 5 Oct 2024\) vs US\$157 miliar in reuters\.txt \(around 3 Oct 2024\)%0Areuters\.txt:1:84: "\$157 miliar"/);
  });

  it('escapes what a file name holds in annotations and JUnit, so it forges no command and no element', async () => {
    const folder = corpusWithConflict();
    const forged = 'x::error file=a,line=1::forged\n<y>&.txt';
    fs.copyFileSync(path.join(folder, 'reuters.txt'), path.join(folder, forged));
    const github = (await run(['check', path.join(folder, forged), path.join(folder, 'bloomberg.txt'), '--format', 'github', '--exit-zero'])).out;
    assert.equal(github.split('\n').filter(Boolean).length, 2, 'one command per problem, no more');
    assert.match(github, /file=[^,]*x%3A%3Aerror file=a%2Cline=1%3A%3Aforged%0A<y>&\.txt,line=1/);
    const junit = (await run(['check', path.join(folder, forged), '--format', 'junit', '--exit-zero'])).out;
    assert.match(junit, /name="[^"]*x::error file=a,line=1::forged&#10;&lt;y&gt;&amp;\.txt"/);
  });

  it('writes JUnit XML: a test case per article, a failure per error or warning', async () => {
    const folder = corpusWithConflict();
    const { out, status } = await run(['check', folder, '--format', 'junit']);
    assert.equal(status, 1);
    assert.match(out, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites name="sorot" tests="7" failures="3">/);
    assert.equal(out.match(/<testcase /g)?.length, 7);
    assert.equal(out.match(/<failure type="figure\.conflict"/g)?.length, 2);
  });

  it('writes results to --output-file, keeps to errors with --quiet, colours a terminal only without NO_COLOR or --no-color', async () => {
    const folder = corpusWithConflict();
    const file = path.join(folder, 'out', 'sorot.sarif');
    fs.mkdirSync(path.dirname(file));
    const written = await run(['check', folder, '--format', 'sarif', '-o', file, '--exit-zero']);
    assert.equal(written.out, '');
    assert.equal(JSON.parse(fs.readFileSync(file, 'utf8')).runs[0].results.length, 3);
    const quiet = await run(['check', folder, '--quiet']);
    assert.deepEqual([quiet.out, quiet.err, quiet.status], ['', 'sorot: 7 articles checked: 0 errors, 0 warnings.\n', 0], 'warnings neither shown nor counted');
    const coloured = async (args: string[]) => {
      let out = '';
      await main(['check', folder, '--exit-zero', ...args], { out: (text) => { out += text; }, err: () => undefined, colour: true });
      return out;
    };
    assert.match(await coloured([]), /: \x1b\[33mwarning\x1b\[0m \x1b\[2mfigure\.conflict\x1b\[0m: /);
    assert.doesNotMatch(await coloured(['--no-color']), /\x1b/);
    assert.doesNotMatch((await run(['check', folder, '--exit-zero'])).out, /\x1b/);
    assert.deepEqual([colourWanted({}, true), colourWanted({ NO_COLOR: '1' }, true), colourWanted({ NO_COLOR: '' }, true), colourWanted({}, false)], [true, false, true, false]);
  });

  it('gives each diagnostic its line and column in JSON, beside the offsets', async () => {
    const json = JSON.parse((await run(['check', corpusWithConflict(), '--json', '--exit-zero'])).out);
    const conflict = json.diagnostics.find((diagnostic: { code: string }) => diagnostic.code === 'figure.conflict');
    assert.deepEqual([conflict.line, conflict.column, conflict.endLine, conflict.endColumn], [1, 82, 1, 92]);
  });
});

describe('sorot check\'s inputs (issue 14)', () => {
  /** How many articles the summary line says were checked. */
  const checked = (err: string) => /(\d+) articles? checked/.exec(err)?.[1];

  it('takes globs, leaves out what --ignore-pattern and .sorotignore name, and says when a glob matches nothing', async () => {
    const folder = corpusWithConflict();
    fs.mkdirSync(path.join(folder, 'drafts'));
    fs.copyFileSync(path.join(folder, 'reuters.txt'), path.join(folder, 'drafts', 'reuters-draft.txt'));
    assert.equal(checked((await runIn(folder, ['check', '.', '--exit-zero'])).err), '8');
    assert.equal(checked((await runIn(folder, ['check', '*.txt', '--exit-zero'])).err), '7');
    assert.equal(checked((await runIn(folder, ['check', '**/reuters*.txt', '--exit-zero'])).err), '2');
    assert.equal(checked((await runIn(folder, ['check', '.', '--ignore-pattern', 'drafts/', '--exit-zero'])).err), '7');
    assert.equal(checked((await runIn(folder, ['check', '.', '--ignore-pattern', '0*.txt', '--ignore-pattern', 'reuters*', '--exit-zero'])).err), '1');
    fs.writeFileSync(path.join(folder, '.sorotignore'), '# drafts are not checked\ndrafts/\n');
    assert.equal(checked((await runIn(folder, ['check', '.', '--exit-zero'])).err), '7');
    const none = await runIn(folder, ['check', 'archive/**/*.txt']);
    assert.deepEqual([none.status, none.err.split('\n')[0]], [2, 'sorot: archive/**/*.txt: no file matches']);
  });

  it('reads an article from stdin as the path -, under the name --stdin-filename gives it, weighed against the files', async () => {
    const folder = corpusWithConflict();
    const draft = fs.readFileSync(path.join(folder, 'reuters.txt'), 'utf8');
    fs.rmSync(path.join(folder, 'reuters.txt'));
    const { out, err } = await runIn(folder, ['check', '-', 'bloomberg.txt', '--stdin-filename', 'drafts/reuters.txt', '--exit-zero'], draft);
    assert.match(out, /^drafts\/reuters\.txt:1:84: warning figure\.conflict: OpenAI's valuation: US\$157 miliar here/m);
    assert.match(err, /2 articles checked/);
  });
});

describe('sorot\'s project configuration (issue 14)', () => {
  /** A project: its articles in articles/, a lexicon and a configuration at its root. */
  function project(config: string): string {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sorot-project-'));
    fs.mkdirSync(path.join(root, 'articles', '2024'), { recursive: true });
    for (const [name, text] of Object.entries(VALUATION_REPORTS)) fs.writeFileSync(path.join(root, 'articles', '2024', name), text);
    fs.copyFileSync(path.join(CORPUS, '002_cb86baf73aef99c8.txt'), path.join(root, 'articles', 'misspelled.txt'));
    fs.mkdirSync(path.join(root, '.sorot'));
    fs.writeFileSync(path.join(root, '.sorot', 'lexicon.json'), '{ "entities": [{ "id": "the-wall-street-journal", "aliases": ["Wall Street Jounral"] }] }');
    fs.writeFileSync(path.join(root, 'sorot.config.json'), config);
    return root;
  }

  it('is found by walking up from a nested folder, with the project\'s lexicon, severities, rate and files', async () => {
    const root = project('{\n  // the newsroom\'s rules\n  "severity": { "figure.conflict": "error" },\n  "idrPerUsd": 16000,\n  "files": ["articles/**/*.txt"]\n}\n');
    const nested = await runIn(path.join(root, 'articles', '2024'), ['check', '--json']);
    const json = JSON.parse(nested.out);
    assert.deepEqual(json.diagnostics.map((diagnostic: { code: string; severity: string }) => `${diagnostic.code} ${diagnostic.severity}`), ['figure.conflict error', 'figure.conflict error']);
    assert.deepEqual(json.rate, { idrPerUsd: 16000, source: 'option' });
    assert.equal(nested.status, 1);
    // From the root without a path: the configuration's files; the lexicon accepts the misspelling.
    const fromRoot = await runIn(root, ['check', '--exit-zero']);
    assert.match(fromRoot.err, /3 articles checked: 2 errors, 0 warnings/);
    // From above, given the project's folder.
    const fromAbove = await runIn(path.dirname(root), ['check', path.join(path.basename(root), 'articles'), '--exit-zero']);
    assert.match(fromAbove.err, /3 articles checked: 2 errors, 0 warnings/);
  });

  it('prints the configuration in force for a path, and takes another with --config', async () => {
    const root = project('{ "severity": { "outlet.misspelled": "off" }, "ignorePatterns": ["2024/"] }');
    const printed = JSON.parse((await runIn(path.join(root, 'articles'), ['--print-config', 'misspelled.txt'])).out);
    // Paths outside the working folder are shown whole.
    assert.deepEqual(printed, {
      file: path.join(root, 'sorot.config.json'), root, files: ['corpus/**/*.txt', 'articles/**/*.txt', '**/*.article.txt'], idrPerUsd: null,
      severity: { 'outlet.misspelled': 'off' }, inlayHints: 'unconverted', codeLens: 'conflicts', lexicon: path.join(root, '.sorot', 'lexicon.json'), ignorePatterns: ['2024/'],
    });
    assert.match((await runIn(root, ['check', 'articles'])).err, /1 article checked: 0 errors, 0 warnings/, '2024/ ignored');
    fs.writeFileSync(path.join(root, 'strict.json'), '{ "severity": { "outlet.misspelled": "error" } }');
    fs.rmSync(path.join(root, '.sorot', 'lexicon.json'));
    assert.match((await runIn(root, ['check', 'articles', '--config', 'strict.json'])).err, /3 articles checked: 1 error, 2 warnings/);
  });

  it('refuses a configuration that cannot be used, at its line and column, with exit 2', async () => {
    const root = project('{\n  "severity": { "figure.conflict": "loud" },\n  "rate": 16000\n}\n');
    const { status, out, err } = await runIn(root, ['check', 'articles']);
    assert.equal(status, 2);
    assert.equal(out, '');
    assert.equal(err, [
      'sorot.config.json:3:3: error config: unknown setting "rate"; the settings are files, idrPerUsd, severity, inlayHints, codeLens, lexicon, ignorePatterns',
      'sorot.config.json:2:15: error config: severity: "figure.conflict": "loud" is not a known code and severity',
      'sorot: sorot.config.json cannot be used as it is: fix the problems above. Nothing was analysed.',
      '',
    ].join('\n'));
    fs.writeFileSync(path.join(root, 'sorot.config.json'), '{ "files": [');
    assert.match((await runIn(root, ['check'])).err, /^sorot\.config\.json:1:13: error config: not valid JSON: /);
  });
});

describe('each article\'s own project configuration (issue 14)', () => {
  /** A newsroom's repository: two desks, each a project with its own rules, and the same two reports in each. */
  function newsroom(desks: Record<string, string>): string {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sorot-newsroom-'));
    for (const [desk, config] of Object.entries(desks)) {
      fs.mkdirSync(path.join(root, desk, 'articles'), { recursive: true });
      for (const [name, text] of Object.entries(VALUATION_REPORTS)) fs.writeFileSync(path.join(root, desk, 'articles', name), text);
      if (config) fs.writeFileSync(path.join(root, desk, 'sorot.config.json'), config);
    }
    return root;
  }
  const codes = (out: string) => JSON.parse(out).diagnostics.map((diagnostic: { path: string; code: string; severity: string; related: { path: string }[] }) =>
    `${diagnostic.path.split(path.sep).join('/')} ${diagnostic.code} ${diagnostic.severity} vs ${diagnostic.related.map((related) => related.path.split(path.sep).join('/')).join(', ')}`);

  it('checks each article by the configuration nearest to it, and weighs it only against its own project\'s articles', async () => {
    const root = newsroom({ economy: '{ "severity": { "figure.conflict": "error" } }', tech: '{ "severity": { "figure.conflict": "off" } }', wire: '' });
    const { status, out } = await runIn(root, ['check', '.', '--json']);
    assert.deepEqual(codes(out), [
      'economy/articles/bloomberg.txt figure.conflict error vs economy/articles/reuters.txt',
      'economy/articles/reuters.txt figure.conflict error vs economy/articles/bloomberg.txt',
      'wire/articles/bloomberg.txt figure.conflict warning vs wire/articles/reuters.txt',
      'wire/articles/reuters.txt figure.conflict warning vs wire/articles/bloomberg.txt',
    ]);
    assert.equal(status, 1);
    // A folder's own configuration within a project is nearer than the project's.
    fs.writeFileSync(path.join(root, 'economy', 'articles', 'sorot.config.json'), '{ "severity": { "figure.conflict": "information" } }');
    assert.deepEqual(codes((await runIn(root, ['check', 'economy', '--json'])).out), [
      'economy/articles/bloomberg.txt figure.conflict information vs economy/articles/reuters.txt',
      'economy/articles/reuters.txt figure.conflict information vs economy/articles/bloomberg.txt',
    ]);
    // --config puts every article under one configuration: one archive.
    fs.writeFileSync(path.join(root, 'one.json'), '{}');
    const one = codes((await runIn(root, ['check', 'economy', 'wire', '--json', '--config', 'one.json'])).out);
    assert.equal(one.length, 4);
    assert.ok(one.some((line: string) => /^economy.* vs .*wire\//.test(line)), 'the desks weighed against each other');
  });

  it('takes an article on stdin by the project its --stdin-filename lies in, and its ignore patterns and lexicon too', async () => {
    const root = newsroom({ economy: '{ "severity": { "figure.conflict": "off" }, "ignorePatterns": ["drafts/"] }', wire: '{ "lexicon": "wire-lexicon.json" }' });
    fs.writeFileSync(path.join(root, 'wire', 'wire-lexicon.json'), '{ "entities": [{ "id": "the-wall-street-journal", "aliases": ["Wall Street Jounral"] }] }');
    fs.copyFileSync(path.join(CORPUS, '002_cb86baf73aef99c8.txt'), path.join(root, 'wire', 'articles', 'misspelled.txt'));
    fs.copyFileSync(path.join(CORPUS, '002_cb86baf73aef99c8.txt'), path.join(root, 'economy', 'articles', 'misspelled.txt'));
    fs.mkdirSync(path.join(root, 'economy', 'drafts'));
    fs.copyFileSync(path.join(CORPUS, '002_cb86baf73aef99c8.txt'), path.join(root, 'economy', 'drafts', 'misspelled.txt'));
    const all = await runIn(root, ['check', '.', '--json', '--exit-zero']);
    assert.deepEqual(codes(all.out).filter((line: string) => !line.includes('figure.conflict')), ['economy/articles/misspelled.txt outlet.misspelled warning vs '],
      'the wire\'s lexicon knows the misspelling; the economy desk\'s drafts are left out');
    const piped = await runIn(root, ['check', '-', 'wire/articles/bloomberg.txt', '--stdin-filename', 'economy/articles/new.txt', '--json'], VALUATION_REPORTS['reuters.txt']);
    assert.deepEqual([piped.status, codes(piped.out)], [0, []], 'the economy desk\'s rules, and not weighed against the wire');
  });

  it('refuses every configuration that cannot be used, and a lexicon a configuration names that is not there, before any analysis', async () => {
    const root = newsroom({ economy: '{ "severity": { "figure.conflict": "loud" } }', wire: '{\n  "lexicon": "wire-lexicon.json"\n}' });
    const { status, out, err } = await runIn(root, ['check', '.']);
    assert.equal(status, 2);
    assert.equal(out, '');
    assert.equal(err, [
      'economy/sorot.config.json:1:15: error config: severity: "figure.conflict": "loud" is not a known code and severity',
      'sorot: economy/sorot.config.json cannot be used as it is: fix the problems above. Nothing was analysed.',
      `wire/sorot.config.json:2:14: error config: lexicon: no such file: ${path.join(root, 'wire', 'wire-lexicon.json')}`,
      'sorot: wire/sorot.config.json cannot be used as it is: fix the problems above. Nothing was analysed.',
      '',
    ].join('\n'));
  });
});

describe('conflict messages naming another article (issue 14)', () => {
  it('name it by its path from the article\'s folder when it is in another one, so that two folders\' files are never taken for one', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'sorot-names-'));
    for (const [year, name] of [['2023', 'bloomberg.txt'], ['2024', 'reuters.txt']]) {
      fs.mkdirSync(path.join(folder, year));
      fs.writeFileSync(path.join(folder, year, 'laporan.txt'), VALUATION_REPORTS[name]);
    }
    const { out } = await run(['check', folder, '--exit-zero']);
    const messages = out.split('\n').filter((line) => line.includes('figure.conflict')).map((line) => line.replace(/^.*figure\.conflict: /, ''));
    assert.deepEqual([
      fileNameFrom('file:///w/corpus/a.txt', 'file:///w/corpus/b.txt'), fileNameFrom('file:///w/2023/a.txt', 'file:///w/2024/Berita%20(2).txt'),
      fileNameFrom('a.txt', 'b/c.txt'), fileNameFrom('b/a.txt', 'c.txt'), fileNameFrom('/n/x/a.txt', '/n/y/z/b.txt'),
    ], ['b.txt', '../2024/Berita (2).txt', 'b/c.txt', '../c.txt', '../y/z/b.txt']);
    assert.deepEqual(messages, [
      "OpenAI's valuation: US$86 miliar here (around 5 Oct 2024) vs US$157 miliar in ../2024/laporan.txt (around 3 Oct 2024)",
      "OpenAI's valuation: US$157 miliar here (around 3 Oct 2024) vs US$86 miliar in ../2023/laporan.txt (around 5 Oct 2024)",
    ]);
  });
});

describe('sorot --cache (issue 14)', () => {
  it('keeps analyses between runs: an unchanged article is not analysed again, a changed one is, and the results are the same', async () => {
    const folder = corpusWithConflict();
    const location = path.join(folder, '.cache');
    const first = await run(['check', folder, '--json', '--exit-zero', '--cache', '--cache-location', location]);
    assert.ok(fs.readdirSync(location).some((name) => name.endsWith('.jsonl')), 'the cache is written');
    const second = await run(['check', folder, '--json', '--exit-zero', '--cache', '--cache-location', location]);
    assert.equal(second.out, first.out);
    const reused = await loadCorpusOnCores([folder], { cache: AnalysisCache.load(location, [process.cwd()], builtinLexicon()) });
    assert.equal(reused.cached, 7, 'every article from the cache');
    fs.writeFileSync(path.join(folder, 'reuters.txt'), fs.readFileSync(path.join(folder, 'reuters.txt'), 'utf8').replace('$157 miliar', '$86 miliar'));
    const changed = await loadCorpusOnCores([folder], { cache: AnalysisCache.load(location, [process.cwd()], builtinLexicon()) });
    assert.equal(changed.cached, 6, 'the changed article analysed again');
    assert.ok(changed.documents.find((document) => document.path.endsWith('reuters.txt'))!.analysis.money.some((figure) => figure.text === '$86 miliar'));
  });
});

describe('sorot deals', () => {
  it('lists the corpus deals with their sources', async () => {
    const { status, out } = (await run(['deals', CORPUS]));
    assert.equal(status, 0);
    assert.match(out, /^Microsoft – OpenAI: investment, completed {2}lebih dari \$13 miliar \(≥ US\$13 miliar\)\n {4}.*003_d98d4edfe1ab42c0\.txt:17:51, "lebih dari \$13 miliar", announced\n {4}.*004_b2420362a5bff234\.txt:21:1, "hampir \$14 miliar", completed$/m);
    assert.match(out, /^14 deals in 5 articles\.$/m);
  });

  it('prints them as JSON', async () => {
    const { deals } = JSON.parse((await run(['deals', CORPUS, '--json'])).out);
    const amazon = deals.find((deal: { parties: { id: string }[] }) => deal.parties.map((party) => party.id).join() === 'amazon,openai');
    assert.deepEqual({ kind: amazon.kind, status: amazon.status, outlet: amazon.sources[0].outlet }, { kind: 'investment', status: 'talks', outlet: 'Fortune' });
  });
});

describe('sorot facts', () => {
  function valuations(): string {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'sorot-facts-'));
    fs.writeFileSync(path.join(folder, 'a.txt'), 'Jakarta, Rabu (2/4/2025) - Valuasi OpenAI kini mencapai $300 miliar setelah putaran yang dipimpin SoftBank.\n');
    fs.writeFileSync(path.join(folder, 'b.txt'), 'Jakarta, Selasa (23/1/2024) - Menurut laporan Reuters, valuasi OpenAI saat ini sebesar $86 miliar.\n');
    fs.writeFileSync(path.join(folder, 'c.txt'), 'Jakarta, Kamis (3/10/2024) - Valuasi OpenAI kini $157 miliar. Pendapatan OpenAI pada 2024 mencapai $3,7 miliar.\n');
    fs.writeFileSync(path.join(folder, 'd.txt'), 'Valuasi OpenAI disebut mencapai $500 miliar.\n');
    return folder;
  }

  it('orders a company\'s valuations by date, unknown times last', async () => {
    const { status, out } = (await run(['facts', valuations(), '--entity', 'OpenAI', '--metric', 'valuation']));
    assert.equal(status, 0);
    const rows = out.trimEnd().split('\n');
    assert.equal(rows[0], 'OpenAI — valuation');
    assert.deepEqual(rows.slice(1, 5).map((row) => row.trim().split(/\s{2,}/).slice(0, 2).join(' | ')), [
      'around 23 Jan 2024 | US$86 miliar', 'around 3 Oct 2024 | US$157 miliar', 'around 2 Apr 2025 | US$300 miliar', 'time unknown | US$500 miliar',
    ]);
    assert.match(rows[5], /^1 fact in 4 articles\.$/);
  });

  it('prints the facts as JSON, in the shape of the spec', async () => {
    const { facts } = JSON.parse((await run(['facts', valuations(), '--json'])).out);
    assert.deepEqual(facts.map((fact: { subject: string; metric: string }) => `${fact.subject} ${fact.metric}`), ['openai revenue', 'openai valuation']);
    const [first] = facts[1].values;
    assert.deepEqual({ text: first.text, time: first.time, modality: first.modality, outlet: first.outlet, status: first.status },
      { text: '$86 miliar', time: { from: '2024-01-20', to: '2024-01-26' }, modality: 'reported', outlet: 'Reuters', status: 'consistent' });
    assert.deepEqual(facts[0].values[0].time, { from: '2024-01-01', to: '2024-12-31' });
  });
});

describe('a hostile workspace lexicon (issue 13)', () => {
  it('refuses a lexicon that is a device or a link to one, without reading it, and exits 2 (issue 14)', async () => {
    const folder = corpusWithConflict();
    fs.symlinkSync('/dev/zero', path.join(folder, 'lexicon.json'));
    const { status, err } = await run(['check', folder, '--lexicon', path.join(folder, 'lexicon.json'), '--max-warnings', '9']);
    assert.equal(status, 2);
    assert.match(err, /lexicon\.json:1:1: error lexicon: the lexicon file is not a regular file \(a device, a folder or a link to one\); not used\./);
  });

  it('refuses a lexicon nested ten thousand deep with a message, not a stack overflow', async () => {
    const folder = corpusWithConflict();
    const file = path.join(folder, 'deep.json');
    fs.writeFileSync(file, `{"entities": ${'['.repeat(10000)}${']'.repeat(10000)}}`);
    const { status, err } = await run(['check', folder, '--lexicon', file, '--max-warnings', '9']);
    assert.equal(status, 2);
    assert.match(err, /deep\.json:1:\d+: error lexicon: the file: nested more than 64 levels deep; not used\./);
  });
});

describe('file names that try to forge output (issue 13)', () => {
  it('escapes line breaks and escape codes in file names and messages, so no line is forged', async () => {
    const folder = corpusWithConflict();
    const evil = 'x\n::error file=app.js,line=1::forged\u001b[31m.txt';
    fs.renameSync(path.join(folder, 'bloomberg.txt'), path.join(folder, evil));
    const { out, err } = await run(['check', folder, '--max-warnings', '9']);
    for (const line of `${out}${err}`.split('\n')) assert.doesNotMatch(line, /^::|\u001b/, line);
    assert.match(out, /x\\n::error file=app\.js,line=1::forged\\x1b\[31m\.txt:1:82: warning figure\.conflict: /);
    const annotated = await run(['annotate', folder]);
    for (const line of annotated.out.split('\n')) assert.doesNotMatch(line, /^::|\u001b/, line);
  });
});
