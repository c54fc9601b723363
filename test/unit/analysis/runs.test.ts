// Runs of capitalised words are found once per article and then again only around the names added
// (runsAfterCovering): the runs must be those a search of the whole text finds, whatever is covered.

import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { headingTokens, nameRuns, runsAfterCovering } from '../../../server/src/analysis/names';
import { tokenize } from '../../../server/src/analysis/tokens';

const PIECES = [
  ' ', ' ', ' ', '\n', ', ', '. ', '-', '1', ' & ', ' of ', ' bin ', 'Moh. ', 'M.', '(', ')', '"', 'Satria-1', 'AI ', 'Tech ',
  'Sam Altman', 'Rizky Ananda Pratama', 'OpenAI', 'Nalar Teknologi', 'Moor Insights & Strategy', 'Center of Economic and Law Studies',
  'Jakarta', 'kata', 'dan', 'perusahaan', 'Menurut', 'Sebelumnya', 'Alwaleed bin Talal', 'Ünal', 'é', 'A B C D E F G H',
];
const text = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 3 })), { minLength: 2, maxLength: 40 }).map((parts) => parts.join(''));

describe('runs of capitalised words found again around added names', () => {
  it('are the runs a search of the whole text finds', () => {
    fc.assert(fc.property(text, fc.array(fc.tuple(fc.nat(), fc.nat({ max: 3 }), fc.boolean()), { maxLength: 6 }), fc.nat({ max: 3 }), (written, adds, batch) => {
      const tokens = tokenize(written);
      if (tokens.length === 0) return;
      const covered = new Uint8Array(tokens.length);
      const places = new Uint8Array(tokens.length);
      const headings = headingTokens(written, tokens);
      let runs = nameRuns(written, tokens, covered, places, headings);
      let changed: { first: number; last: number }[] = [];
      adds.forEach(([at, length, place], index) => {
        const first = at % tokens.length;
        const last = Math.min(tokens.length - 1, first + length);
        for (let i = first; i <= last; i++) {
          covered[i] = 1;
          places[i] = place ? 1 : 0;
        }
        changed.push({ first, last });
        // Names are added one at a time or a few together between two looks at the runs.
        if (index % (batch + 1) === 0) {
          runs = runsAfterCovering(written, tokens, covered, places, headings, runs, changed);
          changed = [];
          assert.deepEqual(runs, nameRuns(written, tokens, covered, places, headings), JSON.stringify(written));
        }
      });
    }), { numRuns: 2000 });
  });
});
