// A context cue is tried only where a word starts in its window (CueBefore): the answer must be the
// one the pattern gives when run over the whole window, at every start position, for any text.

import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import * as cues from '../../../server/src/analysis/cues';
import { CueBefore } from '../../../server/src/analysis/cues';
import { tokenize } from '../../../server/src/analysis/tokens';

const PIECES = [
  ' ', '  ', '\n', ',', '.', '-', ':', '|', '(', 'CEO', 'ceo', 'analis utama', 'Analis Utama', 'presiden', 'Presiden', 'co-founder',
  'kata', 'ujar', 'milik', 'perusahaan', 'perusahaan rintisan', 'proyek', 'bertajuk', 'model', 'bernama', 'selaku', 'sekaligus',
  'seperti', 'dan', 'di', 'Oleh', 'Penulis', 'Sam Altman', 'OpenAI', 'Nalar Teknologi', '5investasi', 'x2CEO', 'e\u0301CEO',
  'CE\u0301O', '𝐀CEO', 'ceo𝐀', '²ceo', 'é', 'Ünal', '2025', 'Dr', 'Pak',
];
const text = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 3 })), { minLength: 2, maxLength: 30 }).map((parts) => parts.join(''));
/** The same cue with every last word allowed, so that what is compared is where the pattern is tried. */
const ANY_WORD: ReadonlySet<string> = { has: () => true } as unknown as ReadonlySet<string>;

describe('context cues before a name', () => {
  const all = Object.entries(cues).filter((entry): entry is [string, CueBefore] => entry[1] instanceof CueBefore);

  it('finds every cue', () => assert.ok(all.length >= 10, `${all.length} cues`));

  it('answer as their pattern run over the whole window does, at any window size', () => {
    const twins = all.map(([name, cue]) => [name, cue.pattern, new CueBefore(cue.pattern, ANY_WORD, () => true, cue.firstWords)] as const);
    fc.assert(fc.property(text, fc.integer({ min: 1, max: 90 }), (written, size) => {
      const tokens = tokenize(written);
      for (let at = 1; at < tokens.length; at++) {
        const before = written.slice(Math.max(0, tokens[at].start - size), tokens[at].start);
        for (const [name, pattern, twin] of twins) {
          const expected = tokens[at].spaced && pattern.test(before);
          assert.equal(twin.test(before, tokens, at), expected, `${name} before token ${at} in ${JSON.stringify(written)} (window ${JSON.stringify(before)})`);
        }
      }
    }), { numRuns: 600 });
  });
});
