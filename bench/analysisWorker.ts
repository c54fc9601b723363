// One side of the analysis benchmark, in its own process so that its peak memory is its own. The
// articles are read into memory first; then, on this one thread (one core):
//   `analyze`   analyses every text, as the server's workers do;
//   `tokenize`  runs a Unicode word tokenizer (/[\p{L}\p{N}]+/gu) over the same texts: the floor.
// Prints {ms, bytes, files, maxRssMb, stages} as JSON, `ms` covering only the timed loop and `stages`
// the analysis's milliseconds by stage within it.

import { performance } from 'node:perf_hooks';
import { ANALYSIS_STAGES, StageTimes, analyzeArticle } from '../server/src/analysis/analyze';
import { builtinLexicon } from '../server/src/analysis/lexicon';
import { findArticleFiles, readArticle } from '../server/src/articleFiles';

const [folder, mode] = process.argv.slice(2);
const { files } = findArticleFiles([folder]);
const texts: string[] = [];
let bytes = 0;
for (const file of files) {
  const read = readArticle(file);
  if (!read.ok) continue;
  texts.push(read.text);
  bytes += Buffer.byteLength(read.text);
}
const lexicon = mode === 'analyze' ? builtinLexicon() : undefined;
let sink = 0;
const times: StageTimes = { now: () => performance.now(), spent: Object.fromEntries(ANALYSIS_STAGES.map((stage) => [stage, 0])) as StageTimes['spent'] };
const started = process.hrtime.bigint();
if (lexicon) {
  for (const text of texts) sink += analyzeArticle(text, lexicon, undefined, times).money.length;
} else {
  const word = /[\p{L}\p{N}]+/gu;
  for (const text of texts) {
    word.lastIndex = 0;
    while (word.exec(text)) sink++;
  }
}
const ms = Number(process.hrtime.bigint() - started) / 1e6;
console.log(JSON.stringify({ ms, bytes, files: texts.length, maxRssMb: process.resourceUsage().maxRSS / 1024, stages: lexicon ? times.spent : undefined, sink }));
