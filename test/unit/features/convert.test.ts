// Offsets to LSP positions and back, where editors and servers most often disagree: astral
// characters (two UTF-16 code units), CRLF and lone CR line ends.

import * as assert from 'node:assert/strict';
import { analyzeArticle } from '../../../server/src/analysis/analyze';
import { builtinLexicon } from '../../../server/src/analysis/lexicon';
import { PositionMap } from '../../../server/src/convert';

describe('positions', () => {
  const text = '😀 OpenAI menggelontorkan $5 miliar.\r\nLalu 🇮🇩 Microsoft\rmenambah $2 miliar.\n';

  it('counts UTF-16 code units, so an emoji is two columns', () => {
    const map = new PositionMap(text);
    const analysis = analyzeArticle(text, builtinLexicon());
    const at = (needle: string) => map.range(analysis.entities.find((mention) => mention.text === needle) ?? analysis.money.find((figure) => figure.text === needle)!);
    // The lines as an editor splits them; a column is an index into the line's UTF-16 code units.
    const lines = text.split(/\r\n|\r|\n/);
    const expected = (line: number, needle: string) => {
      const character = lines[line].indexOf(needle);
      return { start: { line, character }, end: { line, character: character + needle.length } };
    };
    assert.deepEqual(at('OpenAI'), expected(0, 'OpenAI'));
    assert.equal(at('OpenAI').start.character, 3, 'the emoji takes two columns');
    assert.deepEqual(at('$5 miliar'), expected(0, '$5 miliar'));
    assert.deepEqual(at('Microsoft'), expected(1, 'Microsoft'));
    assert.deepEqual(at('$2 miliar'), expected(2, '$2 miliar'));
  });

  it('round-trips every offset, and clamps positions past a line or the text', () => {
    const map = new PositionMap(text);
    for (let offset = 0; offset <= text.length; offset++) {
      const position = map.position(offset);
      if (text[offset - 1] === '\r' && text[offset] === '\n') continue; // between \r and \n is no position of its own
      assert.equal(map.offset(position), offset, `offset ${offset}`);
    }
    assert.equal(map.offset({ line: 0, character: 999 }), text.indexOf('\r\n'));
    assert.equal(map.offset({ line: 99, character: 0 }), text.length);
  });
});
