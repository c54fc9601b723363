// Bundles the benchmark's entry points into .bench/, so that what is measured is plain bundled
// JavaScript, as the CLI and the server ship, not a transpiler at work.
import * as esbuild from 'esbuild';

await esbuild.build({
  entryPoints: { run: 'bench/run.ts', analysisWorker: 'bench/analysisWorker.ts', floorServer: 'bench/floorServer.ts', snapshot: 'bench/snapshot.ts' },
  outdir: '.bench',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  mainFields: ['module', 'main'],
  logLevel: 'warning',
});
