// The server's copy of an open document stays the editor's, whatever ranges a client sends.

import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { updateClamped } from '../../../server/src/textSync';

const at = (line: number, character: number) => ({ line, character });

describe('the copy of an open document', () => {
  it('applies an edit past the end of the text, with line breaks, at the end, and later edits where they belong', () => {
    let document = TextDocument.create('file:///a.txt', 'news-article', 1, 'ab\ncd');
    document = updateClamped(document, [{ range: { start: at(5, 0), end: at(5, 0) }, text: '\nX\n' }], 2);
    assert.equal(document.getText(), 'ab\ncd\nX\n');
    document = updateClamped(document, [{ range: { start: at(3, 0), end: at(3, 0) }, text: 'Y' }], 3);
    assert.equal(document.getText(), 'ab\ncd\nX\nY');
    document = updateClamped(document, [{ range: { start: at(1, 1), end: at(1, 1) }, text: '!' }], 4);
    assert.equal(document.getText(), 'ab\nc!d\nX\nY');
    assert.equal(document.lineCount, 4);
  });

  it('clamps a position past a line\'s end, orders a range given backwards, and reads invalid numbers as 0', () => {
    let document = TextDocument.create('file:///a.txt', 'news-article', 1, 'ab\ncd');
    document = updateClamped(document, [{ range: { start: at(0, 99), end: at(0, 99) }, text: '+' }], 2);
    assert.equal(document.getText(), 'ab+\ncd');
    document = updateClamped(document, [{ range: { start: at(1, 2), end: at(1, 0) }, text: 'ZZ' }], 3);
    assert.equal(document.getText(), 'ab+\nZZ');
    document = updateClamped(document, [{ range: { start: at(-4, Number.NaN), end: at(0, 1.7) }, text: '' }], 4);
    assert.equal(document.getText(), 'b+\nZZ');
  });
});
