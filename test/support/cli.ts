// Runs the `sorot` command line in process, as a test calls it: its exit status and what it printed.

import { main } from '../../server/src/cli';

export interface CliRun {
  status: number;
  out: string;
  err: string;
}

/** `sorot ARGS`, in `cwd` when given, with `stdin` as the standard input. */
export async function runCli(args: readonly string[], { cwd, stdin = '' }: { cwd?: string; stdin?: string } = {}): Promise<CliRun> {
  let out = '';
  let err = '';
  const previous = process.cwd();
  if (cwd) process.chdir(cwd);
  try {
    const status = await main(args, { out: (text) => { out += text; }, err: (text) => { err += text; }, stdin: () => Buffer.from(stdin) });
    return { status, out, err };
  } finally {
    process.chdir(previous);
  }
}
