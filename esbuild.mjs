// Bundles the extension client, the language server (and its analysis worker) and the `sorot` CLI
// into dist/.
// Each entry point becomes one self-contained CommonJS file; only `vscode` stays external
// because the editor provides it at run time.
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const options = {
  entryPoints: {
    client: 'client/src/extension.ts',
    server: 'server/src/main.ts',
    analysisWorker: 'server/src/analysisWorker.ts',
    cli: 'server/src/cli.ts',
  },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['vscode'],
  // jsonc-parser's UMD build hides its modules from the bundler; its ESM build does not.
  mainFields: ['module', 'main'],
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
};

if (watch) {
  const context = await esbuild.context(options);
  await context.watch();
} else {
  await esbuild.build(options);
}
