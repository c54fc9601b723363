// One side of the analysis benchmark, in its own process so its peak memory is its own:
// `analyze` reads every article and analyses it; `baseline` reads the same files and runs one
// trivial regular expression over them. Prints {ms, bytes, files, maxRssMb} as JSON.

import { analyzeArticle } from '../server/src/analysis/analyze';
import { builtinLexicon } from '../server/src/analysis/lexicon';
import { findArticleFiles, readArticle } from '../server/src/articleFiles';

const [folder, mode] = process.argv.slice(2);
const { files } = findArticleFiles([folder]);
const lexicon = builtinLexicon();
let bytes = 0;
let sink = 0;
const started = process.hrtime.bigint();
const cpuStarted = process.cpuUsage();
for (const file of files) {
  const read = readArticle(file);
  if (!read.ok) continue;
  bytes += Buffer.byteLength(read.text);
  if (mode === 'analyze') sink += analyzeArticle(read.text, lexicon).money.length;
  else sink += (read.text.match(/\d+/g) ?? []).length;
}
const ms = Number(process.hrtime.bigint() - started) / 1e6;
const cpu = process.cpuUsage(cpuStarted);
const cpuMs = (cpu.user + cpu.system) / 1000;
console.log(JSON.stringify({ ms, cpuMs, bytes, files: files.length, maxRssMb: process.resourceUsage().maxRSS / 1024, sink }));
