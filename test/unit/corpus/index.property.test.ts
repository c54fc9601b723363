// The workspace index against a fresh one (issues 5 and 13): after any sequence of editor, disk and
// settings events, the language server's index, and the diagnostics it published, are what a new
// server has after indexing the final files and opening the same documents. It drives the real
// Session over a real temporary folder, so the file-event paths run as they do under the editor. A
// hand-driven clock stands in for the debounce and publish timers, so nothing sleeps, and stand-in
// workers analyse when told, so events land while indexing and while analyses are in flight. Edits
// come whole or as ranges, some past the end of the text or with invalid positions, which the server
// clamps as VS Code does. In some runs every article counts as long: its edits are analysed off the
// main thread and its requests answered from the last analysis. Texts are paragraphs of the sample
// articles and variants with other figures, so conflicts, bad conversions, the corpus rate and an
// entity's name come and go.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { FileChangeType, FileEvent } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeArticle } from '../../../server/src/analysis/analyze';
import { builtinLexicon } from '../../../server/src/analysis/lexicon';
import { Workspace } from '../../../server/src/corpus/workspace';
import { QUICK_LENGTH, Session } from '../../../server/src/session';
import { SettingsStore } from '../../../server/src/settings';
import { updateClamped } from '../../../server/src/textSync';
import { URI } from '../../../server/src/uri';
import { lexiconFromText } from '../../../server/src/workspaceLexicon';
import { CORPUS_DIR } from '../../support/gold';
import { ControlledAnalysers, ManualClock, RecordingConnection } from '../../support/sessionDoubles';

describe('the workspace index after any editor, disk and settings events', () => {
  it('equals a fresh index of the final files and open documents once the events are in, and so do the published diagnostics', async () => {
    await fc.assert(fc.asyncProperty(scenario, checkAgainstFreshIndex), { numRuns: 300 });
  });

  it('has texts in which every diagnostic code and a corpus rate appear, and lexicons that change them', () => {
    const workspace = new Workspace({ lexicon: builtinLexicon() });
    const texts = [
      ['a', ['fortune', 'ms13']], ['b', ['valuation157', 'ms31']], ['c', ['ms14', 'wsj']], ['d', ['fortune-slip']],
      ['e', ['fortune', 'valuation650']], ['f', ['fortune-off']],
    ] as const;
    for (const [name, labels] of texts) {
      workspace.set(`file:///w/${name}.txt`, textOf(labels), false);
    }
    const codes = [...workspace.diagnostics().values()].flat().map((diagnostic) => `${diagnostic.path.slice('file:///w/'.length)} ${diagnostic.code}`);
    assert.deepEqual(codes.sort(), [
      'b.txt figure.conflict', 'b.txt figure.conflict', 'c.txt figure.conflict', 'c.txt outlet.misspelled',
      'd.txt figure.slip', 'e.txt figure.conflict', 'f.txt figure.conversion',
    ]);
    assert.equal(workspace.rate().source, 'corpus');

    const effects = Object.entries(LEXICONS).map(([label, text]) => {
      const { lexicon, issues } = lexiconFromText('lexicon.json', text);
      const analysis = analyzeArticle(textOf(['NusaKita', 'wsj']), lexicon);
      return `${label}: ${analysis.entities.find((mention) => mention.id === 'nusakita')?.source}, ${analysis.problems.length} problems, ${issues.length} issues`;
    });
    assert.deepEqual(effects, ['NusaKita known: lexicon, 1 problems, 0 issues', 'Jounral an alias: context, 0 problems, 0 issues', 'broken: context, 1 problems, 1 issues']);
  });
});

// ---------------------------------------------------------------------------------------------
// The property

/**
 * Runs the commands on a session over a new folder, the first `duringIndexing` of them while it
 * indexes; then the file events still queued arrive, the analyses in flight end and the timers run,
 * as they would in the editor; then the session must equal a fresh one.
 */
async function checkAgainstFreshIndex({ initial, commands, duringIndexing, quickLength }: Scenario): Promise<void> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sorot-index-'));
  const clock = new ManualClock();
  const analysers = new ControlledAnalysers();
  const restoreTimers = clock.install();
  try {
    const world = new World(root, clock, SETTINGS.default, analysers, quickLength);
    for (const [name, labels] of initial) world.writeFile(name, labels);
    world.forgetEvents(); // The files were there before the server started.
    let indexed = false;
    const indexing = world.session.index().then(() => {
      indexed = true;
    });
    for (const [index, command] of commands.entries()) {
      if (index === duringIndexing) await settle(indexing, analysers, clock);
      if (!command.check(world)) continue;
      await command.run(world);
      await nextTurn(); // The server handles each message in its own turn of the event loop.
      if (!command.onDiskAlone) world.endBurst();
    }
    await settle(indexing, analysers, clock);
    assert.ok(indexed);
    world.deliverEvents(false);
    await nextTurn();
    await settle(indexing, analysers, clock);
    clock.runAll();

    const fresh = new World(root, clock, world.settings);
    await clock.use(() => fresh.session.index());
    clock.use(() => {
      for (const [name, document] of world.editor) fresh.open(name, document.labels);
      clock.runAll();
    });

    assertOneDocumentPerFile(world);
    const [actual, expected] = [world.snapshot(), fresh.snapshot()];
    // One part at a time, the documents first, so that a failure shows a short diff of what differs first.
    for (const part of Object.keys(expected)) assert.deepStrictEqual({ [part]: actual[part] }, { [part]: expected[part] });
  } finally {
    restoreTimers();
    fs.rmSync(root, { recursive: true, force: true });
  }
}

/** Ends every analysis in flight and runs the timers until the session has nothing left to do and has indexed. */
async function settle(indexing: Promise<void>, analysers: ControlledAnalysers, clock: ManualClock): Promise<void> {
  let done = false;
  void indexing.then(() => {
    done = true;
  });
  for (let rounds = 0; !done || analysers.size > 0 || clock.pending; rounds++) {
    assert.ok(rounds < 1000, 'the session keeps working');
    analysers.finishAll();
    await nextTurn();
    clock.runAll();
    await nextTurn();
  }
}

function assertOneDocumentPerFile(world: World): void {
  const byFile = new Map<string, string[]>();
  for (const { uri } of world.session.workspace.all()) {
    const file = URI.toPath(uri) ?? uri;
    byFile.set(file, [...(byFile.get(file) ?? []), uri]);
  }
  for (const [file, uris] of byFile) assert.equal(uris.length, 1, `${file} is indexed under ${uris.length} URIs: ${uris.join(', ')}`);
}

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

// ---------------------------------------------------------------------------------------------
// Texts: paragraphs of the sample articles, and variants with other figures

function paragraph(file: string, anchor: string): string {
  const found = fs.readFileSync(path.join(CORPUS_DIR, file), 'utf8').split(/\r?\n/).find((line) => line.includes(anchor));
  assert.ok(found, `${file} has a paragraph with "${anchor}"`);
  return found;
}

function variant(text: string, from: string, to: string): string {
  assert.ok(text.includes(from), `"${from}" is in the paragraph`);
  return text.replace(from, to);
}

const FORTUNE = paragraph('001_768f33f5f5a4950a.txt', 'Menurut laporan Fortune');
const VALUATION = paragraph('004_b2420362a5bff234.txt', 'perkiraan valuasinya');
const NUSAKITA = variant(VALUATION, 'Tantangan keuangan OpenAI', 'Tantangan keuangan startup Nusakita');
const MICROSOFT_OVER = paragraph('003_d98d4edfe1ab42c0.txt', 'Sejak 2019, Microsoft');

/** Paragraphs by label; a text is a list of labels, so counterexamples read as `[valuation157+ms14]`. */
const PARAGRAPHS: Readonly<Record<string, string>> = {
  /** Amazon's 10 miliar in talks, its stated rupiah conversion, and OpenAI's valuation over 500 miliar (potential). */
  'fortune': FORTUNE,
  /** The conversion a thousandfold off: figure.conversion, and no corpus rate from it. */
  'fortune-slip': variant(FORTUNE, '167,2 triliun rupiah', '167,2 miliar rupiah'),
  /** A conversion a quarter off the rate the other articles state: figure.conversion. */
  'fortune-off': variant(FORTUNE, '167,2 triliun rupiah', '120,5 triliun rupiah'),
  /** Another stated rate, which moves the corpus rate and so every rupiah value. */
  'fortune-rate': variant(FORTUNE, '167,2 triliun rupiah', '180,5 triliun rupiah'),
  /** OpenAI's valuation at $157 miliar (reported), which conflicts with over 500 miliar. */
  'valuation157': VALUATION,
  /**
   * The same, its second sentence on a line of its own: the figure keeps its offset but not its line,
   * so the other articles' diagnostics that point at it must be published again.
   */
  'valuation157-wrapped': variant(VALUATION, '. Meskipun', '.\nMeskipun'),
  /** A valuation that agrees with over 500 miliar. */
  'valuation650': variant(VALUATION, '$157 miliar', '$650 miliar'),
  /** Microsoft's investment in OpenAI over $13 miliar... */
  'ms13': MICROSOFT_OVER,
  /** ...over $31 miliar, which conflicts with almost $14 miliar... */
  'ms31': variant(MICROSOFT_OVER, 'lebih dari $13 miliar', 'lebih dari $31 miliar'),
  /** ...and almost $14 miliar. */
  'ms14': paragraph('004_b2420362a5bff234.txt', 'menginvestasikan hampir $14 miliar'),
  /** A company the lexicon lacks, found from context, with two valuations that conflict... */
  'nusakita157': NUSAKITA,
  'nusakita650': variant(NUSAKITA, '$157 miliar', '$650 miliar'),
  /**
   * ...and named, with no figure, in another spelling: the entity's name (the first of its spellings in
   * alphabetical order), and so the conflict messages of the articles above, change as this comes and goes.
   */
  'NusaKita': variant(VALUATION.slice(0, VALUATION.indexOf('. ') + 1), 'Tantangan keuangan OpenAI', 'Tantangan keuangan startup NusaKita'),
  /** `Wall Street Jounral`: outlet.misspelled. */
  'wsj': paragraph('002_cb86baf73aef99c8.txt', 'Wall Street Jounral'),
};

type Labels = readonly string[];

/** Every text made, with its labels, to name texts read back from the index or the disk. */
const LABELS_OF_TEXT = new Map<string, Labels>();

/** Every text has the same dateline, so that its figures are weighed against the other texts'. */
const DATELINE = 'Jakarta, Kamis (3/10/2024) -';

function textOf(labels: Labels): string {
  const text = [DATELINE, ...labels.map((label) => PARAGRAPHS[label])].join('\n');
  LABELS_OF_TEXT.set(text, labels);
  return text;
}

function labelsOf(text: string): Labels {
  return LABELS_OF_TEXT.get(text) ?? [JSON.stringify(text)];
}

function renderLabels(labels: Labels): string {
  return `[${labels.join('+')}]`;
}

/**
 * The stories a run's articles tell, one or two in a run, so that articles share claims often: the
 * same fact with figures that agree or conflict, a rate that moves, an entity whose name changes.
 */
const STORIES: readonly Labels[] = [
  ['fortune', 'valuation157', 'valuation157-wrapped', 'valuation650'],
  ['fortune', 'fortune-slip', 'fortune-rate', 'fortune-off', 'wsj'],
  ['ms13', 'ms31', 'ms14', 'wsj'],
  ['nusakita157', 'nusakita650', 'NusaKita'],
];

/** Workspace lexicon files: one that makes the context-found company a known one, one that accepts the misspelling, one with a problem. */
const LEXICONS: Readonly<Record<string, string>> = {
  'NusaKita known': '{ "entities": [{ "id": "nusakita", "name": "NusaKita", "type": "org", "aliases": ["Nusakita"] }] }',
  'Jounral an alias': '{ "entities": [{ "id": "the-wall-street-journal", "aliases": ["Wall Street Jounral"] }] }',
  'broken': '{ "entities": [{ "id": "nusakita", "type": "org" }] }',
};

/** `sorot.*` settings as the client has them. */
const SETTINGS: Readonly<Record<string, Record<string, unknown>>> = {
  'default': {},
  'corpus folder only': { files: ['corpus/**/*.txt'] },
  'rate 15000': { idrPerUsd: 15000 },
  'conflicts off': { severity: { 'figure.conflict': 'off' } },
  'conversions are errors': { severity: { 'figure.conversion': 'error' } },
};

// ---------------------------------------------------------------------------------------------
// Names: articles under each glob of `sorot.files` (one with characters VS Code percent-encodes in
// URIs), a file no glob matches, one a glob matches in a folder the scan skips, and an untitled document

const ARTICLE_NAMES = ['corpus/a.txt', 'corpus/Berita (2).txt', 'corpus/deep/c.txt', 'articles/d.txt', 'e.article.txt'];
const FILE_NAMES = [...ARTICLE_NAMES, 'notes/f.txt', 'corpus/node_modules/g.txt'];
const UNTITLED = 'untitled:Untitled-1';
const DOCUMENT_NAMES = [...FILE_NAMES, UNTITLED];
const LEXICON_NAME = '.sorot/lexicon.json';

const fileName = fc.constantFrom(...FILE_NAMES);
const documentName = fc.constantFrom(...DOCUMENT_NAMES);

interface Scenario {
  /** The files on disk when the server starts. */
  initial: [string, Labels][];
  commands: Command[];
  /** How many of the commands run while the server indexes. */
  duringIndexing: number;
  /** The length up to which an article is analysed at each keystroke: 0 in runs where every article counts as long. */
  quickLength: number;
}

const scenario: fc.Arbitrary<Scenario> = fc.subarray([...STORIES], { minLength: 1, maxLength: 2 }).chain((stories) => {
  /** Up to three paragraphs of the stories, or none: the empty text, which the indexer skips on disk but an editor may hold. */
  const labels: fc.Arbitrary<Labels> = fc.array(fc.constantFrom(...new Set(stories.flat())), { maxLength: 3 });
  const initial = fc.uniqueArray(fc.tuple(fc.constantFrom(...ARTICLE_NAMES), labels), { selector: ([name]) => name, maxLength: 5 });
  return fc.record({
    initial, commands: fc.array(fc.oneof(...commands(labels).map(([weight, arbitrary]) => ({ weight, arbitrary }))), { maxLength: 30 }),
    duringIndexing: fc.oneof(fc.constant(0), fc.nat(8)), quickLength: fc.constantFrom(QUICK_LENGTH, 0),
  });
}).map(({ initial, commands, duringIndexing, quickLength }) => ({
  initial,
  commands,
  duringIndexing,
  quickLength,
  [fc.toStringMethod]: () => [
    `on disk at start: ${initial.map(([name, labels]) => `${name} ${renderLabels(labels)}`).join(', ') || 'nothing'}`,
    `${quickLength === 0 ? 'every article long; ' : ''}${duringIndexing} commands while indexing`, ...commands,
  ].join('\n  '),
}));

// ---------------------------------------------------------------------------------------------
// The world: a folder on disk, the editor's open documents and settings, the file events not yet
// delivered, and the session with its connection

interface OpenDocument {
  labels: Labels;
  /** The editor's copy, changed by each edit (as the language client's is). */
  document: TextDocument;
}

class World {
  readonly connection: RecordingConnection;
  readonly session: Session;
  /** The article files this world wrote to disk, as labels. */
  readonly disk = new Map<string, Labels>();
  /** The documents the editor has open, with their editor text. */
  readonly editor = new Map<string, OpenDocument>();
  hasLexicon = false;
  /**
   * File events the watcher has seen but not yet sent: VS Code delivers them late, in batches. Each
   * belongs to a burst of disk changes that the server did not act on in between, which VS Code's
   * watcher may coalesce (it cannot coalesce across anything the server did, say read a file that a
   * later event then seems never to have created).
   */
  private queued: { event: FileEvent; burst: number }[] = [];
  private burst = 0;

  constructor(
    private readonly root: string, readonly clock: ManualClock, public settings: Record<string, unknown>,
    readonly analysers?: ControlledAnalysers, quickLength?: number,
  ) {
    this.connection = new RecordingConnection(() => this.settings);
    this.session = new Session(this.connection.asConnection(), new SettingsStore(this.connection.asConnection(), () => true), analysers?.factory, quickLength);
    this.session.setFolders([root]);
  }

  /** The URI the editor uses for a name, in documents and file events alike. */
  uriOf(name: string): string {
    return name === UNTITLED ? name : editorUri(this.pathOf(name));
  }

  pathOf(name: string): string {
    return path.join(this.root, ...name.split('/'));
  }

  /** Writes an article file, queueing its Created or Changed event. */
  writeFile(name: string, labels: Labels): void {
    this.write(name, textOf(labels), this.disk.has(name));
    this.disk.set(name, labels);
  }

  deleteFile(name: string): void {
    fs.unlinkSync(this.pathOf(name));
    this.disk.delete(name);
    this.queue(name, FileChangeType.Deleted);
  }

  renameFile(from: string, to: string): void {
    fs.mkdirSync(path.dirname(this.pathOf(to)), { recursive: true });
    fs.renameSync(this.pathOf(from), this.pathOf(to));
    this.disk.set(to, this.disk.get(from)!);
    this.disk.delete(from);
    this.queue(from, FileChangeType.Deleted);
    this.queue(to, FileChangeType.Created);
  }

  writeLexicon(text: string): void {
    this.write(LEXICON_NAME, text, this.hasLexicon);
    this.hasLexicon = true;
  }

  deleteLexicon(): void {
    fs.unlinkSync(this.pathOf(LEXICON_NAME));
    this.hasLexicon = false;
    this.queue(LEXICON_NAME, FileChangeType.Deleted);
  }

  forgetEvents(): void {
    this.queued = [];
  }

  hasQueuedEvents(): boolean {
    return this.queued.length > 0;
  }

  endBurst(): void {
    this.burst++;
  }

  /** Sends the queued events in one notification, as they happened or with each burst coalesced as VS Code's watcher does. */
  deliverEvents(coalesce: boolean): void {
    if (this.queued.length === 0) return;
    const bursts = new Map<number, FileEvent[]>();
    for (const { event, burst } of this.queued) bursts.set(burst, [...(bursts.get(burst) ?? []), event]);
    this.queued = [];
    this.session.watchedFilesChanged([...bursts.values()].flatMap((events) => (coalesce ? coalesceEvents(events) : events)));
  }

  open(name: string, labels: Labels): void {
    const document = TextDocument.create(this.uriOf(name), 'news-article', 1, textOf(labels));
    this.editor.set(name, { labels, document });
    this.session.opened(document);
  }

  /** Changes an open document's text, with an edit of the kind given (EditKind), through the server's clamping. */
  change(name: string, labels: Labels, kind: EditKind): void {
    const open = this.editor.get(name)!;
    const [before, after] = [open.document.getText(), textOf(labels)];
    let same = 0;
    while (same < Math.min(before.length, after.length) && before[same] === after[same]) same++;
    const start = open.document.positionAt(same);
    const pastTheEnd = { line: open.document.lineCount + 2, character: 500 };
    const change = kind === 'whole' ? { text: after }
      : kind === 'past the end' ? { range: { start, end: pastTheEnd }, text: after.slice(same) }
        : { range: { start: { line: -1, character: Number.NaN }, end: pastTheEnd }, text: after };
    open.labels = labels;
    open.document = updateClamped(open.document, [change], open.document.version + 1);
    assert.equal(open.document.getText(), after, `the ${kind} edit gives the editor's text`);
    this.session.changed(open.document);
  }

  close(name: string): void {
    this.editor.delete(name);
    this.session.closed(this.uriOf(name));
  }

  /** Everything the index knows and the editor was told, with URIs relative to the folder. */
  snapshot(): Record<string, unknown> {
    const workspace = this.session.workspace;
    const published = [...this.connection.diagnostics].filter(([, diagnostics]) => diagnostics.length > 0).sort(([a], [b]) => (a < b ? -1 : 1));
    const snapshot = {
      // A closed document keeps only its text's fingerprint; an open one its text.
      documents: workspace.all().map((document) => `${document.uri} ${document.open ? 'open' : 'closed'} ${document.hash} ${document.text === undefined ? '' : renderLabels(labelsOf(document.text))}`),
      rate: workspace.rate(),
      diagnostics: Object.fromEntries(workspace.diagnostics()),
      deals: workspace.deals(),
      entities: workspace.entities().map((entity) => {
        // The deals kept by party are the corpus deals that entity is a party to.
        const deals = workspace.dealsOf(entity.id);
        assert.deepEqual(deals, workspace.deals().filter((deal) => deal.parties.some((party) => party.id === entity.id)), `deals of ${entity.id}`);
        return { ...entity, mentions: workspace.mentionsOf(entity.id), summary: workspace.entitySummary(entity.id), deals };
      }),
      published: Object.fromEntries(published),
      status: this.connection.status,
    };
    return JSON.parse(JSON.stringify(snapshot).split(`${URI.fromPath(this.root)}/`).join(''));
  }

  private write(name: string, text: string, existed: boolean): void {
    const file = this.pathOf(name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    this.queue(name, existed ? FileChangeType.Changed : FileChangeType.Created);
  }

  private queue(name: string, type: FileChangeType): void {
    this.queued.push({ event: { uri: this.uriOf(name), type }, burst: this.burst });
  }
}

/**
 * A file URI as VS Code writes it (vscode-uri's `URI.file(path).toString()`, which the language client
 * sends as is): every character of the path but letters, digits, `-._~` and `/` percent-encoded, so
 * `(` is `%28` where Node's `pathToFileURL` leaves it.
 */
function editorUri(file: string): string {
  const encode = (segment: string) => encodeURIComponent(segment).replace(/[!'()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
  return `file://${file.split(path.sep).map(encode).join('/')}`;
}

/**
 * VS Code's watcher coalescing (`coalesceEvents` in src/vs/platform/files/common/watcher.ts): a create
 * then delete of one file is dropped, a delete then create is a change, a create then change stays a create.
 */
function coalesceEvents(events: readonly FileEvent[]): FileEvent[] {
  const byUri = new Map<string, FileEvent>();
  for (const event of events) {
    const existing = byUri.get(event.uri);
    if (!existing) byUri.set(event.uri, { ...event });
    else if (existing.type === FileChangeType.Created && event.type === FileChangeType.Deleted) byUri.delete(event.uri);
    else if (existing.type === FileChangeType.Deleted && event.type === FileChangeType.Created) existing.type = FileChangeType.Changed;
    else if (!(existing.type === FileChangeType.Created && event.type === FileChangeType.Changed)) existing.type = event.type;
  }
  return [...byUri.values()];
}

// ---------------------------------------------------------------------------------------------
// Commands

/** One thing the editor, the user or the disk does; a command whose `check` fails in the world at hand is skipped. */
interface Command {
  /** True when it changes files and the server hears nothing of it but their file events. */
  readonly onDiskAlone?: boolean;
  check(world: World): boolean;
  run(world: World): void | Promise<void>;
  toString(): string;
}

const isFile = (name: string) => name !== UNTITLED;

class Open implements Command {
  /** `labels` undefined: the editor shows the file as on disk. */
  constructor(readonly name: string, readonly labels: Labels | undefined) {}
  check(world: World): boolean {
    return !world.editor.has(this.name) && (this.labels !== undefined || world.disk.has(this.name));
  }
  run(world: World): void {
    world.open(this.name, this.labels ?? world.disk.get(this.name)!);
  }
  toString(): string {
    return `open ${this.name}${this.labels ? ` as ${renderLabels(this.labels)}` : ''}`;
  }
}

/**
 * How an edit comes: the whole text; a range from the first change to past the end of the text; or a
 * range from an invalid position (negative, not a number) to past the end, clamped to the whole text.
 */
type EditKind = 'whole' | 'past the end' | 'invalid start';

class Change implements Command {
  constructor(readonly name: string, readonly labels: Labels, readonly kind: EditKind) {}
  check(world: World): boolean {
    return world.editor.has(this.name);
  }
  run(world: World): void {
    world.change(this.name, this.labels, this.kind);
  }
  toString(): string {
    return `type in ${this.name} to ${renderLabels(this.labels)}${this.kind === 'whole' ? '' : ` (${this.kind})`}`;
  }
}

/**
 * Types, pauses (a long article's analysis starts) and types again while that analysis is in flight,
 * in a document opened first if it is not open.
 */
class TypeDuringAnalysis implements Command {
  constructor(readonly name: string, readonly first: Labels, readonly second: Labels) {}
  check(): boolean {
    return true;
  }
  run(world: World): void {
    if (!world.editor.has(this.name)) world.open(this.name, world.disk.get(this.name) ?? []);
    world.change(this.name, this.first, 'whole');
    world.clock.tick(150);
    world.change(this.name, this.second, 'past the end');
  }
  toString(): string {
    return `type in ${this.name} to ${renderLabels(this.first)}, pause, then to ${renderLabels(this.second)}`;
  }
}

class Close implements Command {
  constructor(readonly name: string) {}
  check(world: World): boolean {
    return world.editor.has(this.name);
  }
  run(world: World): void {
    world.close(this.name);
  }
  toString(): string {
    return `close ${this.name}`;
  }
}

class Save implements Command {
  readonly onDiskAlone = true;
  constructor(readonly name: string) {}
  check(world: World): boolean {
    return isFile(this.name) && world.editor.has(this.name);
  }
  run(world: World): void {
    world.writeFile(this.name, world.editor.get(this.name)!.labels);
  }
  toString(): string {
    return `save ${this.name}`;
  }
}

class WriteFile implements Command {
  readonly onDiskAlone = true;
  constructor(readonly name: string, readonly labels: Labels) {}
  check(): boolean {
    return true;
  }
  run(world: World): void {
    world.writeFile(this.name, this.labels);
  }
  toString(): string {
    return `write ${this.name} on disk as ${renderLabels(this.labels)}`;
  }
}

class DeleteFile implements Command {
  readonly onDiskAlone = true;
  constructor(readonly name: string) {}
  check(world: World): boolean {
    return world.disk.has(this.name);
  }
  run(world: World): void {
    world.deleteFile(this.name);
  }
  toString(): string {
    return `delete ${this.name} on disk`;
  }
}

/** A rename on disk; in VS Code's explorer, an open document moves to the new name with its unsaved text. */
class RenameFile implements Command {
  readonly onDiskAlone: boolean;
  constructor(readonly from: string, readonly to: string, readonly inExplorer: boolean) {
    this.onDiskAlone = !inExplorer;
  }
  check(world: World): boolean {
    return world.disk.has(this.from) && !world.disk.has(this.to) && this.from !== this.to && !(this.inExplorer && world.editor.has(this.to));
  }
  run(world: World): void {
    world.renameFile(this.from, this.to);
    const document = world.editor.get(this.from);
    if (this.inExplorer && document) {
      world.open(this.to, document.labels);
      world.close(this.from);
    }
  }
  toString(): string {
    return `rename ${this.from} to ${this.to}${this.inExplorer ? ' in the explorer' : ' outside the editor'}`;
  }
}

class WriteLexicon implements Command {
  readonly onDiskAlone = true;
  constructor(readonly label: string) {}
  check(): boolean {
    return true;
  }
  run(world: World): void {
    world.writeLexicon(LEXICONS[this.label]);
  }
  toString(): string {
    return `write ${LEXICON_NAME}: ${this.label}`;
  }
}

class DeleteLexicon implements Command {
  readonly onDiskAlone = true;
  check(world: World): boolean {
    return world.hasLexicon;
  }
  run(world: World): void {
    world.deleteLexicon();
  }
  toString(): string {
    return `delete ${LEXICON_NAME}`;
  }
}

class DeliverEvents implements Command {
  constructor(readonly coalesce: boolean) {}
  check(world: World): boolean {
    return world.hasQueuedEvents();
  }
  run(world: World): void {
    world.deliverEvents(this.coalesce);
  }
  toString(): string {
    return `deliver file events${this.coalesce ? ' (coalesced)' : ''}`;
  }
}

class ChangeSettings implements Command {
  constructor(readonly label: string) {}
  check(): boolean {
    return true;
  }
  run(world: World): Promise<void> {
    world.settings = SETTINGS[this.label];
    return world.session.settingsChanged();
  }
  toString(): string {
    return `settings: ${this.label}`;
  }
}

/** Time passes: 0 ms runs pending publications and the debounce of short articles, 150 ms that of long ones. */
class Wait implements Command {
  constructor(readonly milliseconds: number) {}
  check(): boolean {
    return true;
  }
  run(world: World): void {
    world.clock.tick(this.milliseconds);
  }
  toString(): string {
    return `wait ${this.milliseconds} ms`;
  }
}

/**
 * A request on a document: it first applies the document's pending edit, then reads the index as the
 * features do (diagnostics, deals, entities and their mentions, the rate), so its cached answers are
 * read between changes and not only at the end.
 */
class Request implements Command {
  constructor(readonly name: string) {}
  check(): boolean {
    return true;
  }
  run(world: World): void {
    world.session.flush(world.uriOf(this.name));
    world.snapshot();
  }
  toString(): string {
    return `request on ${this.name}`;
  }
}

/** An analysis in flight (indexing, or a long article's edit) ends, the oldest first. */
class FinishAnalysis implements Command {
  check(world: World): boolean {
    return (world.analysers?.size ?? 0) > 0;
  }
  run(world: World): void {
    world.analysers?.finish();
  }
  toString(): string {
    return 'an analysis in flight ends';
  }
}

/**
 * The commands, each with a weight: edits, waits and analyses ending are more frequent, so that an
 * edit often lands while an analysis of the document is in flight.
 */
const commands = (labels: fc.Arbitrary<Labels>): [number, fc.Arbitrary<Command>][] => [
  [1, fc.tuple(documentName, fc.option(labels, { nil: undefined })).map(([name, text]) => new Open(name, text))],
  [3, fc.tuple(documentName, labels, fc.constantFrom<EditKind>('whole', 'past the end', 'invalid start')).map(([name, text, kind]) => new Change(name, text, kind))],
  [1, documentName.map((name) => new Close(name))],
  [1, fileName.map((name) => new Save(name))],
  [1, fc.tuple(fileName, labels).map(([name, text]) => new WriteFile(name, text))],
  [1, fileName.map((name) => new DeleteFile(name))],
  [1, fc.tuple(fileName, fileName, fc.boolean()).map(([from, to, inExplorer]) => new RenameFile(from, to, inExplorer))],
  [1, fc.boolean().map((coalesce) => new DeliverEvents(coalesce))],
  [2, fc.constantFrom(0, 150).map((milliseconds) => new Wait(milliseconds))],
  [1, documentName.map((name) => new Request(name))],
  [2, fc.constant(new FinishAnalysis())],
  [2, fc.tuple(documentName, labels, labels).map(([name, first, second]) => new TypeDuringAnalysis(name, first, second))],
  [1, fc.oneof(fc.constantFrom(...Object.keys(LEXICONS)).map((label) => new WriteLexicon(label)), fc.constant(new DeleteLexicon()))],
  [1, fc.constantFrom(...Object.keys(SETTINGS)).map((label) => new ChangeSettings(label))],
];
