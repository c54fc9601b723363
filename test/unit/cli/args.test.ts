// The command line's arguments, read strictly (issue 14): each line is the words after `sorot` and
// what they are read as, or the one-line error the user sees.

import * as assert from 'node:assert/strict';
import { runCli } from '../../support/cli';
import { parseCommandLine, readNumber } from '../../../server/src/cliArgs';
import { t } from '../../../server/src/messages';

function render(words: string): string {
  const parsed = parseCommandLine(words.split(' ').filter(Boolean));
  switch (parsed.kind) {
    case 'run': return `${words} → ${parsed.command} [${parsed.paths.join(' ')}] ${JSON.stringify(parsed.options)}`;
    case 'help': return `${words} → help${parsed.command ? ` ${parsed.command}` : ''}`;
    case 'version': return `${words} → version`;
    case 'print-config': return `${words} → print the configuration for ${parsed.path}`;
    case 'error': return `${words} → error: ${t(parsed.error.key, parsed.error.params)}${parsed.error.params.closest ? t('cli.didYouMean', { closest: parsed.error.params.closest }) : ''}`;
  }
}

const run = (args: string[]) => runCli(args);

describe('the sorot command line\'s arguments', () => {
  it('reads commands, paths and options in any order, and refuses anything else with the closest valid word', () => {
    assert.deepEqual([
      'check articles --max-warnings 3',
      'check --format=sarif articles b.txt',
      'check articles --max-warnings -1 --exit-zero',
      'annotate --json -- --odd-name.txt',
      'facts --entity openai --metric valuation',
      'help check',
      'check --help',
      '-h',
      '--version',
      'check --jsno',
      'check --max-warning 3',
      'check --entity openai',
      'annotate --max-warnings 2',
      'chek articles',
      'help chekc',
      'check --json=yes',
      'check --lexicon',
      'check --lexicon --json',
      '',
      'check --frobnicate',
      '--print-config articles/a.txt',
      'check --print-config articles/a.txt --config strict.json',
      'check articles --print-config articles/a.txt',
    ].map(render), [
      'check articles --max-warnings 3 → check [articles] {"max-warnings":"3"}',
      'check --format=sarif articles b.txt → check [articles b.txt] {"format":"sarif"}',
      'check articles --max-warnings -1 --exit-zero → check [articles] {"max-warnings":"-1","exit-zero":true}',
      'annotate --json -- --odd-name.txt → annotate [--odd-name.txt] {"json":true}',
      'facts --entity openai --metric valuation → facts [] {"entity":"openai","metric":"valuation"}',
      'help check → help check',
      'check --help → help check',
      '-h → help',
      '--version → version',
      'check --jsno → error: unknown option --jsno; did you mean --json?',
      'check --max-warning 3 → error: unknown option --max-warning; did you mean --max-warnings?',
      'check --entity openai → error: --entity is an option of sorot facts, not of sorot check',
      'annotate --max-warnings 2 → error: --max-warnings is an option of sorot check, not of sorot annotate',
      'chek articles → error: unknown command "chek"; did you mean check?',
      'help chekc → error: unknown command "chekc"; did you mean check?',
      'check --json=yes → error: --json takes no value',
      'check --lexicon → error: --lexicon needs a value',
      'check --lexicon --json → error: --lexicon needs a value',
      ' → error: a command is needed: annotate, check, deals or facts',
      'check --frobnicate → error: unknown option --frobnicate',
      '--print-config articles/a.txt → print the configuration for articles/a.txt',
      'check --print-config articles/a.txt --config strict.json → print the configuration for articles/a.txt',
      'check articles --print-config articles/a.txt → error: --print-config PATH prints the configuration in force for PATH and does nothing else; give it no other paths (got articles)',
    ]);
  });

  it('reads numbers as Indonesian and English write them, where that is unambiguous', () => {
    const read = (texts: string[]) => texts.map((text) => `${text} → ${readNumber(text) ?? 'not a number'}`);
    assert.deepEqual(read(['16720', '16.720', '16,720', '16.720,5', '16,720.5', '16000.5', '16000,5', '1.000.000', '1_000', '-1', '16,7,20', '1.000,000.5', 'abc', '']), [
      '16720 → 16720', '16.720 → 16720', '16,720 → 16720', '16.720,5 → 16720.5', '16,720.5 → 16720.5', '16000.5 → 16000.5', '16000,5 → 16000.5',
      '1.000.000 → 1000000', '1_000 → 1000', '-1 → -1', '16,7,20 → not a number', '1.000,000.5 → not a number', 'abc → not a number', ' → not a number',
    ]);
  });

  it('says what is wrong in one line and where to read more, exiting 2, in the language asked for', async () => {
    const cases = [
      ['check', 'corpus', '--jsno'], ['deals', '--format', 'sarif'], ['check', '--max-warnings', '-2'], ['check', '--rate', 'lots'], ['check', '--json', '--format', 'sarif'],
      ['annotate', '--format', 'json', '--lang', 'id', '--metric', 'x'],
    ];
    const results = await Promise.all(cases.map((args) => run(args)));
    assert.deepEqual(results.map(({ status, out, err }) => `${status} ${out}${err}`), [
      '2 sorot: unknown option --jsno; did you mean --json?\nRun "sorot help check" for the options and examples.\n',
      '2 sorot: --format of sorot deals must be one of text, json; got "sarif"\nRun "sorot help deals" for the options and examples.\n',
      '2 sorot: --max-warnings must be a whole number, 0 or more, or -1 for no limit; got "-2"\nRun "sorot help check" for the options and examples.\n',
      '2 sorot: --rate must be rupiah per US dollar, between 5000 and 50000 (16720, 16.720 or 16,720); got "lots"\nRun "sorot help check" for the options and examples.\n',
      '2 sorot: --json and --format sarif ask for different formats\nRun "sorot help check" for the options and examples.\n',
      '2 sorot: --metric adalah opsi sorot facts, bukan sorot annotate\nJalankan "sorot help annotate" untuk melihat opsi dan contohnya.\n',
    ]);
  });

  it('gives each command\'s help with examples, from `sorot help check` and `sorot check --help` alike', async () => {
    const [help, flag] = await Promise.all([run(['help', 'check']), run(['check', '--help'])]);
    assert.equal(help.status, 0);
    assert.equal(help.out, flag.out);
    assert.match(help.out, /^Usage: sorot check \[PATH\.\.\.\]/);
    assert.match(help.out, /\nExamples:\n {2}sorot check articles\/\n/);
    assert.match((await run(['help'])).out, /Run "sorot help COMMAND" for a command's options and examples\./);
  });
});
