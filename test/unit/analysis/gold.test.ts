// The shared gold annotations of the five sample articles, as regression tests.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeArticle } from '../../../server/src/analysis/analyze';
import { buildLexicon, builtinEntries, builtinLexicon } from '../../../server/src/analysis/lexicon';
import { GOLD_DIR, compareWithGold, loadGold, readCorpusFile } from '../../support/gold';

describe('gold annotations of the sample corpus', () => {
  for (const gold of loadGold()) {
    it(`finds every item in ${gold.file} and invents nothing`, () => {
      const analysis = analyzeArticle(readCorpusFile(gold.file), builtinLexicon());
      assert.deepEqual(compareWithGold(gold, analysis), []);
    });
  }

  it('still finds the people from context when the lexicon knows none of them', () => {
    // Measures the context recognisers: with every person (and the analyst firm and the products
    // listed beside known ones) taken out of the lexicon, these are all the differences left.
    const unknown = new Set(['moor-insights-strategy', 'slack', 'notion', 'zoom']);
    const lexicon = buildLexicon(builtinEntries().filter((entry) => entry.type !== 'person' && !unknown.has(entry.id)));
    const differences = loadGold().flatMap((gold) => compareWithGold(gold, analyzeArticle(readCorpusFile(gold.file), lexicon)));
    assert.deepEqual(differences, [
      // No cue at all: `“Raja AI”Gedung Putih David Sacks tidak memberikan ruang`.
      'entity missing: 002_cb86baf73aef99c8.txt@5865-5876 "David Sacks" (person David Sacks)',
      // `Presiden Trump` is found as a person, but only the lexicon knows his full name.
      'entity differs: 004_b2420362a5bff234.txt@111-116 "Trump": want person Donald Trump, got person Trump',
      'entity differs: 004_b2420362a5bff234.txt@4526-4531 "Trump": want person Donald Trump, got person Trump',
      'entity differs: 004_b2420362a5bff234.txt@4826-4831 "Trump": want person Donald Trump, got person Trump',
    ]);
  });

  it('keeps its copy of the gold files identical to shared/gold', function () {
    const shared = path.join(__dirname, '..', '..', '..', '..', 'shared', 'gold', 'seeds');
    if (!fs.existsSync(shared)) this.skip();
    for (const name of fs.readdirSync(shared)) {
      assert.equal(fs.readFileSync(path.join(GOLD_DIR, name), 'utf8'), fs.readFileSync(path.join(shared, name), 'utf8'), name);
    }
  });
});
