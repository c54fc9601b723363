// The analysis cache: reused only for the same text, build and lexicon; a damaged file costs nothing.

import * as assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyzeArticle } from '../../../server/src/analysis/analyze';
import { buildLexicon, builtinEntries, builtinLexicon } from '../../../server/src/analysis/lexicon';
import { lineStarts } from '../../../server/src/analysis/text';
import { textHash } from '../../../server/src/analysis/textHash';
import { AnalysisCache, MAX_CACHE_BYTES } from '../../../server/src/analysisCache';
import { readBounded } from '../../../server/src/boundedRead';

const CORPUS = path.join(__dirname, '..', '..', '..', 'corpus');
const TEXT = fs.readFileSync(path.join(CORPUS, fs.readdirSync(CORPUS).sort()[1]), 'utf8');
const URI = 'file:///news/a.txt';
const SHAPE = { hash: textHash(TEXT), lines: lineStarts(TEXT), length: TEXT.length };
const STAMP = { size: 4096, mtimeMs: 1764547200000.5 };

describe('the analysis cache', () => {
  let directory: string;
  beforeEach(() => {
    directory = fs.mkdtempSync(path.join(os.tmpdir(), 'sorot-cache-'));
  });
  afterEach(() => fs.rmSync(directory, { recursive: true, force: true }));

  /** The cache file (beside it, the key its entries are tagged with). */
  const cacheFile = () => path.join(directory, fs.readdirSync(directory).find((name) => name.endsWith('.jsonl'))!);
  /** An entry line as the server writes it: its tag, then its JSON. */
  const tagged = (entry: string) => `${createHmac('sha256', fs.readFileSync(path.join(directory, 'key'))).update(entry).digest('base64url').slice(0, 22)} ${entry}`;
  const entryOf = (line: string) => line.slice(line.indexOf(' ') + 1);

  async function saved(lexicon = builtinLexicon()): Promise<void> {
    const cache = AnalysisCache.load(directory, ['/news'], lexicon);
    await cache.save([{ uri: URI, ...SHAPE, stamp: STAMP, analysis: analyzeArticle(TEXT, lexicon) }]);
  }

  it('gives back the analysis of the same text, and nothing for another text or another folder', async () => {
    await saved();
    const cache = AnalysisCache.load(directory, ['/news'], builtinLexicon());
    assert.deepEqual(cache.get(URI, textHash(TEXT)), analyzeArticle(TEXT, builtinLexicon()));
    assert.equal(cache.get(URI, textHash(TEXT + ' Nilainya $41 miliar.')), undefined);
    assert.equal(cache.get('file:///news/b.txt', textHash(TEXT)), undefined);
    assert.equal(AnalysisCache.load(directory, ['/elsewhere'], builtinLexicon()).get(URI, textHash(TEXT)), undefined);
  });

  it('gives back an unread file\'s analysis and text shape only for the same size and modification time', async () => {
    await saved();
    const load = () => AnalysisCache.load(directory, ['/news'], builtinLexicon());
    assert.equal(load().unchanged(URI, { ...STAMP, mtimeMs: STAMP.mtimeMs + 1 }), undefined);
    assert.equal(load().unchanged(URI, { ...STAMP, size: STAMP.size + 1 }), undefined);
    const found = load().unchanged(URI, STAMP)!;
    assert.deepEqual(found.analysis, analyzeArticle(TEXT, builtinLexicon()));
    assert.deepEqual({ ...found.shape, lines: Array.from(found.shape.lines) }, SHAPE);
  });

  it('is not used with another lexicon', async () => {
    await saved();
    const other = buildLexicon(builtinEntries().filter((entry) => entry.id !== 'openai'));
    assert.equal(AnalysisCache.load(directory, ['/news'], other).get(URI, textHash(TEXT)), undefined);
  });

  it('survives a damaged file: bad lines are skipped, a bad header voids it', async () => {
    await saved();
    const file = cacheFile();
    const [header, line] = fs.readFileSync(file, 'utf8').split('\n');
    fs.writeFileSync(file, [header, '{"uri": "file:///news/x.txt", "hash": 1}', 'not json', line.slice(0, 40), line].join('\n'));
    assert.ok(AnalysisCache.load(directory, ['/news'], builtinLexicon()).get(URI, textHash(TEXT)));
    fs.writeFileSync(file, ['{"sorotCache": 2}', line].join('\n'));
    assert.equal(AnalysisCache.load(directory, ['/news'], builtinLexicon()).get(URI, textHash(TEXT)), undefined);
    fs.writeFileSync(file, Buffer.from([0xff, 0xfe, 0x00, 0x0a, 0xc3]));
    assert.equal(AnalysisCache.load(directory, ['/news'], builtinLexicon()).get(URI, textHash(TEXT)), undefined);
  });

  it('numbers strings across lines: a bad entry is skipped, and a lost line that brought strings voids the lines after it', async () => {
    const lexicon = builtinLexicon();
    const other = 'Menurut Reuters, Nvidia menanam US$5 miliar di Intel pada September 2025.';
    const entries = [
      { uri: URI, ...SHAPE, analysis: analyzeArticle(TEXT, lexicon) },
      { uri: 'file:///news/b.txt', hash: textHash(other), lines: lineStarts(other), length: other.length, analysis: analyzeArticle(other, lexicon) },
    ];
    await AnalysisCache.load(directory, ['/news'], lexicon).save(entries);
    const file = cacheFile();
    const [header, first, second] = fs.readFileSync(file, 'utf8').split('\n');
    const load = () => AnalysisCache.load(directory, ['/news'], lexicon);
    assert.deepEqual(load().get('file:///news/b.txt', textHash(other)), analyzeArticle(other, lexicon));
    // The first entry's rows broken (its strings still read): it is skipped, the second is used.
    const broken = JSON.parse(entryOf(first)) as unknown[];
    broken[8] = [0, 0];
    fs.writeFileSync(file, [header, tagged(JSON.stringify(broken)), second].join('\n'));
    assert.equal(load().get(URI, textHash(TEXT)), undefined);
    assert.deepEqual(load().get('file:///news/b.txt', textHash(other)), analyzeArticle(other, lexicon));
    // The first line lost: the second's strings are numbered after the first's, so it cannot be read.
    fs.writeFileSync(file, [header, second].join('\n'));
    assert.equal(load().get('file:///news/b.txt', textHash(other)), undefined);
  });

  it('ignores a cache file that is huge, zero-filled or has an endless line, and is then written anew', async () => {
    await saved();
    const file = cacheFile();
    // Larger than any cache: a sparse file of zeros (before, reading it threw outside any try).
    fs.truncateSync(file, MAX_CACHE_BYTES + 1);
    assert.equal(AnalysisCache.load(directory, ['/news'], builtinLexicon()).get(URI, textHash(TEXT)), undefined);
    // Zeros without a line end, longer than any line: skipped unread.
    fs.writeFileSync(file, Buffer.alloc(17 * 1024 * 1024));
    const cache = AnalysisCache.load(directory, ['/news'], builtinLexicon());
    assert.equal(cache.get(URI, textHash(TEXT)), undefined);
    await cache.save([{ uri: URI, ...SHAPE, stamp: STAMP, analysis: analyzeArticle(TEXT, builtinLexicon()) }]);
    assert.deepEqual(AnalysisCache.load(directory, ['/news'], builtinLexicon()).get(URI, textHash(TEXT)), analyzeArticle(TEXT, builtinLexicon()));
  });

  it('takes no entry written or changed by another program: each carries the tag the server made with its own key', async () => {
    await saved();
    const file = cacheFile();
    const [header, line] = fs.readFileSync(file, 'utf8').split('\n');
    const load = () => AnalysisCache.load(directory, ['/news'], builtinLexicon()).get(URI, textHash(TEXT));
    assert.ok(load());
    // A forged analysis under the right text hash: without the key, its tag cannot be made.
    const forged = JSON.parse(entryOf(line)) as unknown[];
    (forged[8] as unknown[][])[6] = []; // no money figures
    fs.writeFileSync(file, [header, `${line.slice(0, line.indexOf(' '))} ${JSON.stringify(forged)}`].join('\n'));
    assert.equal(load(), undefined);
    fs.writeFileSync(file, [header, entryOf(line)].join('\n'));
    assert.equal(load(), undefined, 'an entry without a tag');
    // The same entry tagged with the key is taken: the tag is what is checked.
    fs.writeFileSync(file, [header, tagged(entryOf(line))].join('\n'));
    assert.ok(load());
  });

  it('counts the entries read but never used, so that a cache of articles gone is written anew', async () => {
    await saved();
    const cache = AnalysisCache.load(directory, ['/news'], builtinLexicon());
    assert.equal(cache.unused, 1);
    cache.get(URI, textHash(TEXT));
    assert.equal(cache.unused, 0);
  });

  it('reads only regular files, and no more bytes than its limit', () => {
    assert.equal(readBounded('/dev/zero', 1024), undefined);
    assert.equal(readBounded(directory, 1024), undefined);
    const file = path.join(directory, 'small.txt');
    fs.writeFileSync(file, 'abc');
    assert.equal(readBounded(file, 3)?.toString(), 'abc');
    assert.equal(readBounded(file, 2), undefined);
  });

  it('gives up a save overtaken by a new lexicon, and keeps the cache file as it was', async () => {
    await saved();
    const before = fs.readFileSync(cacheFile(), 'utf8');
    const analysis = analyzeArticle(TEXT, builtinLexicon());
    const entries = Array.from({ length: 50 }, (_, i) => ({ uri: `file:///news/${i}.txt`, ...SHAPE, analysis }));
    let checks = 0;
    // The lexicon changes after the first batch of entries is written.
    await AnalysisCache.load(directory, ['/news'], builtinLexicon()).save(entries, () => ++checks < 2);
    assert.equal(fs.readFileSync(cacheFile(), 'utf8'), before);
    assert.deepEqual(fs.readdirSync(directory).filter((name) => name.endsWith('.tmp')), []);
    await AnalysisCache.load(directory, ['/news'], builtinLexicon()).save(entries, () => true);
    assert.equal(AnalysisCache.load(directory, ['/news'], builtinLexicon()).unused, 50);
  });

  it('writes nothing without a directory, and leaves no temporary file behind', async () => {
    await AnalysisCache.load(undefined, ['/news'], builtinLexicon()).save([{ uri: URI, ...SHAPE, analysis: analyzeArticle(TEXT, builtinLexicon()) }]);
    await saved();
    assert.deepEqual(fs.readdirSync(directory).filter((name) => name.endsWith('.tmp')), []);
    assert.deepEqual(fs.readdirSync(directory).filter((name) => name !== 'key').length, 1);
  });
});
