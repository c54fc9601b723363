// The session under change (issue 13): a long article's edits are analysed off the main thread while
// its requests are answered from its last analysis; an analysis overtaken by an edit, a close or a new
// lexicon is dropped and the latest text analysed next; a worker that fails, or work in a timer that
// throws, is logged with the article's name and the rest goes on. Each test drives the real Session
// with stand-in workers that finish when told and a clock that moves when told, and reads back, as
// one line per step, what the index holds for the article.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { FileChangeType } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalyserFactory } from '../../../server/src/analysisPool';
import { provideHover } from '../../../server/src/features/hover';
import { Session } from '../../../server/src/session';
import { SettingsStore } from '../../../server/src/settings';
import { updateClamped } from '../../../server/src/textSync';
import { URI } from '../../../server/src/uri';
import { ControlledAnalysers, ManualClock, RecordingConnection } from '../../support/sessionDoubles';

const DATELINE = 'Jakarta, Kamis (3/10/2024) - ';
/** Every article in these tests counts as long (longer than this many characters), unless a test says otherwise. */
const LONG = 10;

class Harness {
  readonly root = fs.mkdtempSync(path.join(os.tmpdir(), 'sorot-session-'));
  readonly clock = new ManualClock();
  readonly analysers = new ControlledAnalysers();
  readonly connection = new RecordingConnection(() => ({}));
  readonly session: Session;
  /** An article in the folder the default `sorot.files` indexes. */
  readonly uri = URI.fromPath(path.join(this.root, 'corpus', 'a.txt'));
  private document = TextDocument.create(this.uri, 'news-article', 1, '');
  refreshes = 0;

  constructor(factory: AnalyserFactory = this.analysers.factory, quickLength = LONG) {
    const connection = this.connection.asConnection();
    this.connection.languages.semanticTokens.refresh = () => void this.refreshes++;
    this.session = new Session(connection, new SettingsStore(connection, () => true), factory, quickLength);
    this.session.setFolders([this.root]);
    fs.mkdirSync(path.join(this.root, 'corpus'));
  }

  /** Writes an article file in the indexed folder. */
  write(name: string, text: string): void {
    fs.writeFileSync(path.join(this.root, 'corpus', name), DATELINE + text);
  }

  /** Indexes the folder, the analyses of its files ending when asked. */
  async start(): Promise<void> {
    const indexed = this.clock.use(() => this.session.index());
    await new Promise((resolve) => setImmediate(resolve));
    this.analysers.finishAll();
    await indexed;
  }

  open(text: string): void {
    this.document = TextDocument.create(this.uri, 'news-article', 1, DATELINE + text);
    this.clock.use(() => this.session.opened(this.document));
  }

  /** Opens the article with `text` and lets its analysis (off the main thread, for a long article) end. */
  async openAnalysed(text: string): Promise<void> {
    this.open(text);
    if (this.analysers.size > 0) await this.finish();
  }

  /**
   * The common start: the folder indexed, the article opened with `subject bernilai US$157 miliar.` and
   * analysed, then typed to US$300 miliar and a pause: that analysis is in flight.
   */
  async typedAndPaused(subject = 'OpenAI'): Promise<void> {
    await this.start();
    await this.openAnalysed(`${subject} bernilai US$157 miliar.`);
    this.type(`${subject} bernilai US$300 miliar.`);
    this.wait(150);
  }

  /** Types: the whole text after the dateline becomes `text`. */
  type(text: string): void {
    this.document = updateClamped(this.document, [{ text: DATELINE + text }], this.document.version + 1);
    this.clock.use(() => this.session.changed(this.document));
  }

  wait(milliseconds: number): void {
    this.clock.use(() => this.clock.tick(milliseconds));
  }

  /** The oldest analysis in flight ends, and what it started runs. */
  async finish(): Promise<void> {
    assert.ok(this.analysers.finish(), 'an analysis is in flight');
    await new Promise((resolve) => setImmediate(resolve));
    this.wait(0);
  }

  /** What a request on the article reads: whether it is stale, its figures, and the analyses in flight. */
  state(): string {
    this.session.flush(this.uri); // as every request does first
    const document = this.session.workspace.get(this.uri);
    const figures = document ? document.analysis.money.map((figure) => figure.text).join(', ') || 'no figures' : 'not indexed';
    const entities = document ? document.analysis.entities.filter((mention) => mention.type === 'org').map((mention) => `${mention.name} (${mention.source})`) : [];
    return `${this.session.isStale(this.uri) ? 'stale' : 'current'}: ${[figures, ...new Set(entities)].join('; ')}; ${this.analysers.size} in flight`;
  }

  dispose(): void {
    fs.rmSync(this.root, { recursive: true, force: true });
  }
}

describe('the session while a long article is edited', () => {
  let harness: Harness;
  afterEach(() => harness.dispose());

  it('answers requests from the last analysis while the new one is made off the main thread, then takes the new one and has the editor read it again', async () => {
    harness = new Harness();
    await harness.start();
    await harness.openAnalysed('OpenAI bernilai US$157 miliar.');
    const steps = [`opened: ${harness.state()}`];
    harness.type('OpenAI bernilai US$300 miliar.');
    steps.push(`typed: ${harness.state()}`);
    harness.wait(150);
    steps.push(`a pause in typing: ${harness.state()}`);
    const hover = provideHover(harness.session.workspace, harness.uri, DATELINE.length + 18, harness.session.isStale(harness.uri));
    await harness.finish();
    steps.push(`analysed: ${harness.state()}, ${harness.refreshes} refreshes asked (at the opening and now)`);
    assert.deepEqual(steps, [
      'opened: current: US$157 miliar; OpenAI (lexicon); 0 in flight',
      'typed: stale: US$157 miliar; OpenAI (lexicon); 0 in flight',
      'a pause in typing: stale: US$157 miliar; OpenAI (lexicon); 1 in flight',
      'analysed: current: US$300 miliar; OpenAI (lexicon); 0 in flight, 2 refreshes asked (at the opening and now)',
    ]);
    assert.match((hover?.contents as { value: string }).value, /\*\*US\$157 miliar\*\*[^]*\n\n\*Updating: this is the article as it was before your last edits\.\*$/);
  });

  it('analyses a long article opened with other text than its file\'s off the main thread, answering from the file until then', async () => {
    harness = new Harness();
    harness.write('a.txt', 'OpenAI bernilai US$157 miliar.');
    await harness.start();
    harness.open('OpenAI bernilai US$300 miliar.');
    const steps = [`opened: ${harness.state()}`];
    await harness.finish();
    steps.push(`analysed: ${harness.state()}`);
    assert.deepEqual(steps, [
      'opened: stale: US$157 miliar; OpenAI (lexicon); 1 in flight',
      'analysed: current: US$300 miliar; OpenAI (lexicon); 0 in flight',
    ]);
    assert.equal(harness.session.workspace.isOpen(harness.uri), true);
    harness.open('OpenAI bernilai US$300 miliar.'); // the text the index holds: taken at once
    assert.equal(harness.state(), 'current: US$300 miliar; OpenAI (lexicon); 0 in flight');
  });

  it('drops an analysis overtaken by an edit, and analyses the latest text next', async () => {
    harness = new Harness();
    await harness.typedAndPaused();
    harness.type('OpenAI bernilai US$400 miliar.');
    harness.wait(150);
    const steps = [`typed again while analysing: ${harness.state()}`];
    await harness.finish();
    steps.push(`the first analysis ends: ${harness.state()}`);
    await harness.finish();
    steps.push(`the second ends: ${harness.state()}`);
    assert.deepEqual(steps, [
      'typed again while analysing: stale: US$157 miliar; OpenAI (lexicon); 1 in flight',
      'the first analysis ends: stale: US$157 miliar; OpenAI (lexicon); 1 in flight',
      'the second ends: current: US$400 miliar; OpenAI (lexicon); 0 in flight',
    ]);
  });

  it('keeps the analysis of an article saved meanwhile: the editor\'s text wins over the file\'s events', async () => {
    harness = new Harness();
    await harness.typedAndPaused();
    harness.write('a.txt', 'OpenAI bernilai US$300 miliar.');
    harness.clock.use(() => harness.session.watchedFilesChanged([{ uri: harness.uri, type: FileChangeType.Created }]));
    await harness.finish();
    assert.equal(harness.state(), 'current: US$300 miliar; OpenAI (lexicon); 0 in flight');
  });

  it('drops the analysis of an article closed meanwhile, whose file on disk is the article again', async () => {
    harness = new Harness();
    harness.write('a.txt', 'OpenAI bernilai US$157 miliar.');
    await harness.typedAndPaused();
    harness.clock.use(() => harness.session.closed(harness.uri));
    await harness.finish();
    assert.equal(harness.state(), 'current: US$157 miliar; OpenAI (lexicon); 0 in flight');
    assert.equal(harness.session.workspace.isOpen(harness.uri), false);
  });

  it('analyses the text again with the new lexicon when the lexicon changes meanwhile', async () => {
    harness = new Harness();
    await harness.typedAndPaused('Startup Nusakita');
    const lexicon = path.join(harness.root, '.sorot', 'lexicon.json');
    fs.mkdirSync(path.dirname(lexicon), { recursive: true });
    fs.writeFileSync(lexicon, '{ "entities": [{ "id": "nusakita", "name": "NusaKita", "type": "org", "aliases": ["Nusakita"] }] }');
    await harness.clock.use(() => harness.session.configure());
    const steps = [`the lexicon changed: ${harness.state()}`];
    await harness.finish();
    steps.push(`analysed with the new lexicon: ${harness.state()}`);
    assert.deepEqual(steps, [
      // The worker made with the old lexicon is closed, its analysis dropped; a new worker analyses the latest text.
      'the lexicon changed: stale: US$157 miliar; NusaKita (lexicon); 1 in flight',
      'analysed with the new lexicon: current: US$300 miliar; NusaKita (lexicon); 0 in flight',
    ]);
    assert.deepEqual(harness.connection.errors, []);
  });

  it('analyses on the main thread when the worker fails, and says which article', async () => {
    harness = new Harness((lexicon) => ({ lexicon, analyze: () => Promise.reject(new Error('the worker ran out of memory')), close: async () => undefined }));
    await harness.typedAndPaused();
    await new Promise((resolve) => setImmediate(resolve));
    harness.wait(0);
    assert.equal(harness.state(), 'current: US$300 miliar; OpenAI (lexicon); 0 in flight');
    assert.deepEqual(harness.connection.errors.map((error) => error.split('\n')[0]), [`Sorot: analysing ${harness.uri} in a worker failed: Error: the worker ran out of memory`]);
  });
});

describe('the session with a project configuration file (issue 14)', () => {
  let harness: Harness;
  afterEach(() => harness.dispose());

  it('applies sorot.config.json over the client\'s settings, follows its changes, and shows its problems at their places', async () => {
    harness = new Harness(() => undefined);
    harness.write('bloomberg.txt', 'OpenAI bernilai US$86 miliar.');
    harness.write('reuters.txt', 'OpenAI bernilai US$157 miliar.');
    const config = path.join(harness.root, 'sorot.config.json');
    fs.writeFileSync(config, '{ "severity": { "figure.conflict": "error" } }');
    await harness.start();
    const severities = () => [...harness.connection.diagnostics.entries()]
      .filter(([uri]) => uri.endsWith('.txt')).flatMap(([, diagnostics]) => diagnostics.map((diagnostic) => `${diagnostic.code} ${diagnostic.severity}`));
    assert.deepEqual(severities(), ['figure.conflict 1', 'figure.conflict 1']);

    const changed = async (text: string) => {
      fs.writeFileSync(config, text);
      harness.clock.use(() => harness.session.watchedFilesChanged([{ uri: URI.fromPath(config), type: FileChangeType.Changed }]));
      for (let turn = 0; turn < 5; turn++) await new Promise((resolve) => setImmediate(resolve));
      harness.wait(0);
    };
    await changed('{ "severity": { "figure.conflict": "off" } }');
    assert.deepEqual(severities(), []);
    await changed('{\n  "severity": "loud"\n}');
    assert.deepEqual(severities(), ['figure.conflict 2', 'figure.conflict 2'], 'a configuration that cannot be used: the client\'s settings');
    assert.deepEqual(harness.connection.diagnostics.get(URI.fromPath(config))?.map((diagnostic) => `${diagnostic.range.start.line + 1}:${diagnostic.range.start.character + 1} ${diagnostic.message}`), [
      '2:15 severity must be an object of code to severity',
    ]);
  });
});

describe('the session when work in a timer fails', () => {
  let harness: Harness;
  afterEach(() => harness.dispose());

  it('logs the failure with the article\'s name, and analyses the next edit', async () => {
    harness = new Harness(undefined, 50_000); // a short article: analysed in a timer at each keystroke
    await harness.start();
    harness.open('OpenAI bernilai US$157 miliar.');
    const set = harness.session.workspace.set;
    harness.session.workspace.set = () => {
      throw new Error('out of memory');
    };
    harness.type('OpenAI bernilai US$300 miliar.');
    assert.doesNotThrow(() => harness.wait(0));
    harness.session.workspace.set = set;
    harness.type('OpenAI bernilai US$400 miliar.');
    harness.wait(0);
    assert.equal(harness.state(), 'current: US$400 miliar; OpenAI (lexicon); 0 in flight');
    assert.deepEqual(harness.connection.errors.map((error) => error.split('\n')[0]), [`Sorot: analysing ${harness.uri} failed: Error: out of memory`]);
  });

  it('logs the article whose indexing fails, indexes the others and says ready', async () => {
    harness = new Harness(() => undefined);
    harness.write('a.txt', 'OpenAI bernilai US$157 miliar.');
    harness.write('b.txt', 'Anthropic bernilai US$61,5 miliar.');
    const set = harness.session.workspace.set;
    harness.session.workspace.set = function (this: typeof harness.session.workspace, uri, ...rest) {
      if (uri === harness.uri) throw new Error('out of memory');
      return set.call(this, uri, ...rest);
    };
    await harness.start();
    assert.equal(harness.session.state, 'ready');
    assert.deepEqual((harness.connection.status as { state: string }).state, 'ready');
    assert.deepEqual(harness.session.workspace.all().map((document) => path.basename(URI.toPath(document.uri)!)), ['b.txt']);
    assert.deepEqual(harness.connection.errors.map((error) => error.split('\n')[0]), [`Sorot: indexing ${harness.uri} failed: Error: out of memory`]);
  });
});
