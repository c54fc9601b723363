// The `sorot` command line's arguments, read strictly: every option belongs to some commands, takes a
// value or not, and anything else is an error saying what is wrong and, when there is one, the closest
// valid option (as linters do: `eslint --fixx` names `--fix`). Pure: words in, the command, its paths
// and options out, or an error as a message key of the catalogues (messages.ts) and its parameters.

export const COMMANDS = ['annotate', 'check', 'deals', 'facts'] as const;
export type Command = (typeof COMMANDS)[number];

interface OptionSpec {
  /** Takes a value (`--rate 16720`, `--rate=16720`) or not. */
  value: boolean;
  /** May be given more than once, each value kept (`--ignore-pattern a --ignore-pattern b`). */
  many?: boolean;
  /** The commands it is an option of; all when undefined. */
  commands?: readonly Command[];
  short?: string;
}

const OPTIONS: Readonly<Record<string, OptionSpec>> = {
  json: { value: false },
  format: { value: true },
  'max-warnings': { value: true, commands: ['check'] },
  'exit-zero': { value: false, commands: ['check'] },
  quiet: { value: false, commands: ['check'] },
  'output-file': { value: true, short: 'o' },
  'no-color': { value: false },
  'ignore-pattern': { value: true, many: true },
  'stdin-filename': { value: true },
  config: { value: true },
  cache: { value: false },
  'cache-location': { value: true },
  'print-config': { value: true },
  entity: { value: true, commands: ['facts'] },
  metric: { value: true, commands: ['facts'] },
  lexicon: { value: true },
  rate: { value: true },
  lang: { value: true },
  help: { value: false, short: 'h' },
  version: { value: false, short: 'v' },
};

export type ParsedCommandLine =
  | { kind: 'run'; command: Command; paths: string[]; options: Record<string, string | boolean | string[]> }
  | { kind: 'help'; command?: Command }
  | { kind: 'version' }
  | { kind: 'print-config'; path: string; options: Record<string, string | boolean | string[]> }
  | { kind: 'error'; error: ArgumentError; command?: Command };

/** What is wrong with the arguments: a key of the message catalogues and its parameters. */
export interface ArgumentError {
  key: 'cli.unknownOption' | 'cli.optionTakesNoValue' | 'cli.optionNeedsValue' | 'cli.unknownCommand' | 'cli.noCommand' | 'cli.optionOfOther' | 'cli.printConfigAlone';
  params: Record<string, string>;
}

const fail = (key: ArgumentError['key'], params: Record<string, string>, command?: Command): ParsedCommandLine => ({ kind: 'error', error: { key, params }, command });

/**
 * Reads the words after `sorot`: a command, then paths and options in any order (`--` ends the
 * options). `sorot help [COMMAND]` and `--help` ask for help; an option given twice keeps the last.
 */
export function parseCommandLine(argv: readonly string[]): ParsedCommandLine {
  const positionals: string[] = [];
  const options: Record<string, string | boolean | string[]> = {};
  const given: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i];
    if (word === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!word.startsWith('-') || word === '-') {
      positionals.push(word);
      continue;
    }
    const short = /^-([a-zA-Z])$/.exec(word);
    const long = /^--([^=]+)(?:=([^]*))?$/.exec(word);
    const name = short ? Object.keys(OPTIONS).find((key) => OPTIONS[key].short === short[1]) : long?.[1];
    const spec = name === undefined ? undefined : OPTIONS[name];
    if (!spec || !name) {
      const bare = word.replace(/=.*$/, '');
      return fail('cli.unknownOption', { option: bare, closest: closest(bare, Object.keys(OPTIONS)) }, commandOf(positionals));
    }
    if (!spec.value) {
      if (long?.[2] !== undefined) return fail('cli.optionTakesNoValue', { option: `--${name}` }, commandOf(positionals));
      options[name] = true;
    } else {
      const value = long?.[2] ?? argv[i + 1];
      if (long?.[2] === undefined) i++;
      // `--max-warnings -1` is a value; `--lexicon --json` is a value forgotten.
      if (value === undefined || (long?.[2] === undefined && value.startsWith('--'))) return fail('cli.optionNeedsValue', { option: `--${name}` }, commandOf(positionals));
      options[name] = spec.many ? [...((options[name] as string[] | undefined) ?? []), value] : value;
    }
    given.push(name);
  }
  const [first, ...paths] = positionals;
  if (first === 'help') {
    const topic = paths[0];
    if (topic === undefined) return { kind: 'help' };
    return isCommand(topic) ? { kind: 'help', command: topic } : fail('cli.unknownCommand', { command: topic, closest: closest(topic, COMMANDS) });
  }
  if (options.version && first === undefined) return { kind: 'version' };
  // --print-config prints, whatever command is given, and takes no paths besides its own.
  if (typeof options['print-config'] === 'string' && (first === undefined || isCommand(first))) {
    if (paths.length > 0) return fail('cli.printConfigAlone', { path: paths[0] }, first as Command | undefined);
    return { kind: 'print-config', path: options['print-config'], options };
  }
  if (first === undefined) return options.help ? { kind: 'help' } : fail('cli.noCommand', {});
  if (!isCommand(first)) return fail('cli.unknownCommand', { command: first, closest: closest(first, COMMANDS) });
  if (options.help) return { kind: 'help', command: first };
  for (const name of given) {
    const commands = OPTIONS[name].commands;
    if (commands && !commands.includes(first)) return fail('cli.optionOfOther', { option: `--${name}`, commands: commands.join(', '), command: first }, first);
  }
  return { kind: 'run', command: first, paths, options };
}

function isCommand(word: string): word is Command {
  return (COMMANDS as readonly string[]).includes(word);
}

function commandOf(positionals: readonly string[]): Command | undefined {
  return positionals.length > 0 && isCommand(positionals[0]) ? positionals[0] : undefined;
}

/** The closest of `candidates` (`--json` for `--jsno`) within a third of the word's length, else ''. */
function closest(word: string, candidates: readonly string[]): string {
  const bare = word.replace(/^-+/, '');
  const dashes = word.startsWith('-') ? '--' : '';
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(bare.toLowerCase(), candidate);
    if (distance <= Math.max(1, Math.floor(bare.length / 3)) && (!best || distance < best.distance)) best = { candidate, distance };
  }
  return best ? `${dashes}${best.candidate}` : '';
}

/** Edits from one word to another, two letters swapped counting as one (`jsno` is one from `json`). */
function editDistance(a: string, b: string): number {
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(rows[i - 1][j] + 1, row[j - 1] + 1, rows[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j], rows[i - 2][j - 2] + 1);
    }
    rows.push(row);
  }
  return rows[a.length][b.length];
}

/**
 * A number as a person writes it in Indonesian or English where that is unambiguous: `16720`,
 * `16.720` and `16,720` (a group of three digits after one separator), `16.720,5` and `16,720.5`,
 * `16000.5` and `16000,5`, `1_000`. Undefined when it is not a number.
 */
export function readNumber(text: string): number | undefined {
  const plain = text.trim().replace(/_/g, '');
  let read: string | undefined;
  if (/^-?\d+$/.test(plain)) read = plain;
  // Groups of three after one kind of separator: thousands (16.720, 16,720, 1.000.000).
  const grouped = /^(-?\d{1,3})([.,])\d{3}(?:\2\d{3})*$/.exec(plain);
  if (grouped) read = plain.split(grouped[2]).join('');
  // Those, then the other separator: the decimal mark (16.720,5, 16,720.5).
  const both = /^(-?\d{1,3}([.,])\d{3}(?:\2\d{3})*)([.,])(\d+)$/.exec(plain);
  if (both && both[2] !== both[3]) read = `${both[1].split(both[2]).join('')}.${both[4]}`;
  // One separator without three digits after it: the decimal mark (16000.5, 16000,5).
  const decimal = /^(-?\d+)[.,](\d+)$/.exec(plain);
  if (!read && decimal) read = `${decimal[1]}.${decimal[2]}`;
  return read === undefined || !Number.isFinite(Number(read)) ? undefined : Number(read);
}
