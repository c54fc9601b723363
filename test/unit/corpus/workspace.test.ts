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

describe('the workspace index\'s mentions, kept as columns', () => {
  const ARTICLES: Record<string, string> = {
    'file:///w/a.txt': 'OpenAI menerima US$10 miliar dari Microsoft. Menurut Reuters, OpenAI kini bernilai US$500 miliar.\nSam Altman, CEO OpenAI, mengatakan Altman senang.',
    'file:///w/b.txt': 'Microsoft (MSFT) dan Nvidia berinvestasi di Anthropic senilai Rp 240 triliun (US$15 miliar, kurs Rp 16.000).\nMSFT menolak berkomentar.',
    'file:///w/c.txt': 'Tidak ada nama di sini, hanya angka 12 persen.',
  };

  it('gives back every analysis\'s mentions as analysed, at any rate, and answers by entity as a scan of them would', () => {
    const lexicon = builtinLexicon();
    const workspace = new Workspace({ lexicon });
    for (const [uri, text] of Object.entries(ARTICLES)) workspace.set(uri, text, false);
    const expected = new Map(Object.entries(ARTICLES).map(([uri, text]) => [uri, analyzeArticle(text, lexicon).entities]));
    const check = () => {
      for (const [uri, mentions] of expected) {
        assert.deepEqual(workspace.get(uri)!.analysis.entities, mentions, uri);
        for (const id of new Set(mentions.map((mention) => mention.id))) {
          assert.deepEqual(workspace.mentionsIn(id, uri), mentions.filter((mention) => mention.id === id));
        }
      }
      for (const id of ['openai', 'microsoft']) {
        const all = [...expected].flatMap(([uri, mentions]) => mentions.filter((mention) => mention.id === id).map((mention) => ({ uri, mention })));
        assert.deepEqual(workspace.mentionsOf(id), all, id);
        assert.deepEqual(workspace.firstMentionOf(id), all[0]);
        assert.deepEqual(workspace.secondMentionOf(id), all[1]);
        assert.equal(workspace.entitySummary(id).articles, new Set(all.map((location) => location.uri)).size);
      }
    };
    check();
    // Another rate: the figures are converted again, the mentions are still read from the columns.
    workspace.reconfigure({ lexicon, idrPerUsd: 15_000 });
    check();
    // A document replaced and one removed: their mentions go with them.
    const edited = ARTICLES['file:///w/a.txt'].replace('OpenAI kini', 'Perusahaan itu kini');
    workspace.set('file:///w/a.txt', edited, true);
    expected.set('file:///w/a.txt', analyzeArticle(edited, lexicon).entities);
    workspace.delete('file:///w/b.txt');
    expected.delete('file:///w/b.txt');
    check();
    assert.equal(workspace.firstMentionOf('nvidia'), undefined);
  });
});
