// Scores the analysis on development sets and lists every miss and false hit:
//   npx tsx scripts/score.ts FOLDER...     (each FOLDER holds articles/ and gold/)
import { combined, scoreFolder, scoreLines } from '../test/support/score';

const folders = process.argv.slice(2);
const sets = folders.map((folder) => scoreFolder(folder));
const all = combined(sets);
console.log(all.errors.join('\n'));
console.log(scoreLines(all).join('\n'));
