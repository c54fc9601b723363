// The analysis of every article under some folders, one JSON line each, for a before/after diff of a
// change that must not change results (a speed-up, a refactoring):
//
//   node .bench/snapshot.js OUT.jsonl FOLDER...
//   diff <(git stash; ...) — or simply: snapshot before, change, snapshot after, `cmp` the two files.
//
// Files are taken in sorted path order so that two runs line up.

import * as fs from 'node:fs';
import { analyzeArticle } from '../server/src/analysis/analyze';
import { builtinLexicon } from '../server/src/analysis/lexicon';
import { findArticleFiles, readArticle } from '../server/src/articleFiles';

const [out, ...folders] = process.argv.slice(2);
const { files } = findArticleFiles(folders);
const lexicon = builtinLexicon();
const lines: string[] = [];
for (const file of [...files].sort()) {
  const read = readArticle(file);
  if (!read.ok) continue;
  lines.push(JSON.stringify({ file, analysis: analyzeArticle(read.text, lexicon) }));
}
fs.writeFileSync(out, lines.join('\n') + '\n');
console.error(`snapshot: ${lines.length} analyses in ${out}`);
