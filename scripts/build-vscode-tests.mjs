// Compiles the VS Code test tier (test/vscode) to out/test/vscode, one file per module: the
// extension host loads them by path, with `vscode` and mocha resolved at run time.
import * as esbuild from 'esbuild';

await esbuild.build({
  entryPoints: ['test/vscode/runTest.ts', 'test/vscode/suite/index.ts', 'test/vscode/suite/extension.test.ts'],
  outdir: 'out/test/vscode',
  outbase: 'test/vscode',
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  bundle: false,
  logLevel: 'warning',
});
