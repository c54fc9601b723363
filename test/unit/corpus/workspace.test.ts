// The workspace index keeps no text for closed articles: a line table and a fingerprint instead, and
// the text read again (and checked) when a request needs it. Positions must not change for it.

import * as assert from 'node:assert/strict';
import { analyzeArticle } from '../../../server/src/analysis/analyze';
import { builtinLexicon } from '../../../server/src/analysis/lexicon';
import { lineStarts } from '../../../server/src/analysis/text';
import { textHash } from '../../../server/src/analysis/textHash';
import { PositionMap, location } from '../../../server/src/convert';
import { Workspace } from '../../../server/src/corpus/workspace';

const URI = 'file:///w/corpus/a.txt';
// CRLF, a lone CR and an astral character before the names: positions count UTF-16 code units.
const TEXT = 'Judul 🚀 OpenAI\r\nMenurut laporan Reuters, Microsoft berinvestasi\rdi OpenAI senilai $10 miliar.\n';

describe('the workspace index without the texts of closed articles', () => {
  it('keeps a line table and a fingerprint, and gives the same positions as the text would', () => {
    const disk = new Map([[URI, TEXT]]);
    const workspace = new Workspace({ lexicon: builtinLexicon() }, (uri) => disk.get(uri));
    workspace.set(URI, TEXT, false);
    const document = workspace.get(URI)!;
    assert.equal(document.text, undefined);
    assert.deepEqual({ hash: document.hash, lines: Array.from(document.lines), length: document.length },
      { hash: textHash(TEXT), lines: lineStarts(TEXT), length: TEXT.length });
    const exact = new PositionMap(TEXT);
    const mentions = document.analysis.entities;
    assert.ok(mentions.length >= 4);
    for (const mention of mentions) assert.deepEqual(location(URI, document, mention).range, exact.range(mention), mention.text);
  });

  it('keeps the text while the editor has the article open, and drops it on close', () => {
    const workspace = new Workspace({ lexicon: builtinLexicon() });
    workspace.set(URI, TEXT, true);
    assert.equal(workspace.get(URI)!.text, TEXT);
    workspace.close(URI);
    assert.equal(workspace.get(URI)!.text, undefined);
  });

  it('reads a closed article again for a request, only while the disk holds the text it analysed', () => {
    const disk = new Map([[URI, TEXT]]);
    let reads = 0;
    const workspace = new Workspace({ lexicon: builtinLexicon() }, (uri) => {
      reads++;
      return disk.get(uri);
    });
    workspace.set(URI, TEXT, false);
    assert.equal(workspace.textOf(URI), TEXT);
    disk.set(URI, TEXT.replace('$10', '$20'));
    assert.equal(workspace.textOf(URI), undefined, 'changed on disk since: not the text analysed');
    disk.delete(URI);
    assert.equal(workspace.textOf(URI), undefined);
    assert.equal(reads, 3);
    assert.equal(workspace.textOf('file:///w/corpus/none.txt'), undefined);
  });

  it('takes an unread article from the cache only when nothing newer holds its place', () => {
    const lexicon = builtinLexicon();
    const shape = { hash: textHash(TEXT), lines: lineStarts(TEXT), length: TEXT.length };
    const cached = () => ({ analysis: analyzeArticle(TEXT, lexicon), lexicon });
    const workspace = new Workspace({ lexicon });
    assert.equal(workspace.setUnread(URI, shape, cached()), true);
    assert.deepEqual(workspace.get(URI)!.analysis, analyzeArticle(TEXT, lexicon));
    assert.equal(workspace.setUnread(URI, shape, cached()), false, 'already indexed');
    const other = new Workspace({ lexicon });
    assert.equal(other.setUnread(URI, shape, { analysis: analyzeArticle(TEXT, lexicon), lexicon: { ...lexicon } }), false, 'made with another lexicon');
  });
});
