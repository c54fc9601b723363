// The workspace index: every article of the corpus, its analysis, and what is known across them
// (the rate, each entity's mentions, the corpus diagnostics, the deal list). It does no I/O and knows
// nothing of LSP: documents are keyed by URI strings, positions are offsets.
//
// It is incremental, so that an edit costs the same in five articles or fifty thousand: changing a
// document re-analyses it alone, moves its claims between the claim groups, and re-checks only the
// groups it left or joined. Only the documents whose diagnostics may have changed are reported to
// the caller for publishing. The rate is the one thing every figure depends on; it is computed from
// each document's own conversions, and when it moves, everything is re-checked (rarely: it is rounded).
// Whatever the order of changes, the result is that of a fresh index of the final documents.

import { analyzeArticle } from '../analysis/analyze';
import { Lexicon } from '../analysis/lexicon';
import { DEFAULT_IDR_PER_USD, conversionRatios, withRate } from '../analysis/money';
import { ArticleAnalysis, EntityMention } from '../analysis/types';
import {
  ClaimEntry, GroupFindings, MODALITY_CLASSES, SortedGroup, claimEntries, documentChecks, groupConflicts, groupDiagnosticsOf, sortDiagnostics,
  sortGroup, updateGroupConflicts, updateSortedGroup,
} from './checks';
import { CorpusDeal, corpusDeals, dealKey } from './deals';
import { Strings } from './intern';
import { MentionColumns, MentionKinds, withMentionColumns } from './mentionColumns';
import { lowerBound } from '../analysis/spans';
import { lineStarts } from '../analysis/text';
import { textHash } from '../analysis/textHash';
import { DEFAULT_SEVERITY, Diagnostic, DiagnosticCode, Severity } from './diagnostics';
import { RateInfo, rateFromSortedRatios } from './rate';

export interface IndexedDocument {
  uri: string;
  /** The text, while the editor has the document open; a closed document keeps only its line table. */
  text: string | undefined;
  /** A fingerprint of the text (textHash), to tell whether it changed. */
  hash: string;
  /** Offsets of the start of every line, and the text's length: positions without the text. */
  lines: Uint32Array;
  length: number;
  /** The analysis at the rate in force. */
  analysis: ArticleAnalysis;
  /** Whether the editor has it open (its text then comes from the editor, not the disk). */
  open: boolean;
}

export interface WorkspaceOptions {
  lexicon: Lexicon;
  /** Rupiah per US dollar from the settings; the corpus's own conversions otherwise. */
  idrPerUsd?: number;
  severity?: Partial<Record<DiagnosticCode, Severity>>;
}

export interface EntityLocation {
  uri: string;
  mention: EntityMention;
}

interface Stored extends IndexedDocument {
  /** The analysis at the analysis default rate, before the corpus rate is applied. */
  raw: ArticleAnalysis;
  /** The rate `analysis` is at. */
  ratedAt: number;
  /** The claim groups this document has entries in, while its entries are in the groups. */
  keys: string[];
  /** Its mentions, as columns (the analyses' `entities` read them). */
  columns: MentionColumns;
  /** Its deals' keys (dealKey), in the order of its deals. */
  dealKeys: string[];
}

export class Workspace {
  private readonly documents = new Map<string, Stored>();
  /** Claim group key → the entries of each document in it. */
  private readonly groups = new Map<string, Map<string, ClaimEntry[]>>();
  /** Claim group key → its conflict diagnostics, by document. */
  private readonly conflicts = new Map<string, Map<string, Diagnostic[]>>();
  /** Claim group key → the claims that came and went since its last check, for an incremental one. */
  private readonly addedClaims = new Map<string, ClaimEntry[]>();
  private readonly removedClaims = new Map<string, ClaimEntry[]>();
  /** Claim group key → its claims in the orders its check reads, kept between checks. */
  private readonly sortedGroups = new Map<string, SortedGroup>();
  /** Claim key → its claims in time order (factHistory), until a group of that key changes. */
  private readonly histories = new Map<string, ClaimEntry[]>();
  /** Claim group key → what its last check found, to spare rebuilding unchanged diagnostics. */
  private readonly findings = new Map<string, GroupFindings>();
  /** How many diagnostics the own checks and the conflicts hold: a running count. */
  private readonly counts = { own: 0, conflicts: 0 };
  /** Each document's own checks: conversions and the problems of its analysis. */
  private readonly ownChecks = new Map<string, Diagnostic[]>();
  /**
   * Entity id → the documents that mention it, in no order (each document keeps its mentions, as
   * columns). A set: an edit takes a document out of an entity in every article at once.
   */
  private readonly mentions = new Map<string, Set<string>>();
  /** The kinds of mention the documents' columns number. */
  private readonly kinds = new MentionKinds();
  /** Entity id → the names its mentions give it, with counts. */
  private readonly nameCounts = new Map<string, Map<string, number>>();
  /** Each document's stated conversions, as rupiah-per-dollar ratios. */
  private readonly ratios = new Map<string, readonly number[]>();
  /** All of them, in ascending order, kept so as documents come and go: the rate is their median. */
  private readonly sortedRatios: number[] = [];

  /** Documents whose claims are not yet in the groups, or whose own checks are out of date. */
  private readonly pending = new Set<string>();
  private readonly dirtyKeys = new Set<string>();
  /** Entities whose name may have changed, so the messages naming them may too. */
  private readonly renamed = new Set<string>();
  /** Documents whose diagnostics may have changed since `takeChanged` was last called. */
  private readonly changed = new Set<string>();

  private rateInfo: RateInfo | undefined;
  /** The rate the claim groups and own checks were computed at. */
  private checkedAt: number | undefined;
  /** Deal key (parties and kind) → the documents with a deal of that key; party → its deal keys. */
  private readonly dealUris = new Map<string, Set<string>>();
  private readonly partyDealKeys = new Map<string, Set<string>>();
  /** Deal key → its corpus deals, each with the document and index of the deal that made it; merged when first asked. */
  private readonly mergedDeals = new Map<string, { deal: CorpusDeal; uri: string; index: number }[]>();
  private dealsRate: number | undefined;
  private cache: { sorted?: string[]; deals?: CorpusDeal[]; dealsByParty?: Map<string, CorpusDeal[]>; byUri?: Map<string, Diagnostic[]>; conflictsBySubject?: Map<string, number> } = {};
  private readonly sortedMentions = new Map<string, EntityLocation[]>();
  /** Entity id → its first mention in document order, once asked; forgotten with its sorted mentions. */
  private readonly firstMentions = new Map<string, EntityLocation>();
  /** Entity id → how many mentions it has, and how many of them are written each way; kept current. */
  private readonly written = new Map<string, { mentions: number; counts: Map<string, number> }>();

  /** Moves on at every change of a document's analysis, of the documents or of the options: what was read before may have changed. */
  revision = 0;

  /** One copy of each string the analyses repeat (ids, names, types). */
  private readonly strings = new Strings();

  /**
   * `readClosed` reads a closed document's text again (from disk) when a request needs it; the index
   * keeps no text for closed documents. What it gives is used only when its fingerprint matches.
   */
  constructor(private options: WorkspaceOptions, private readonly readClosed: (uri: string) => string | undefined = () => undefined) {}

  /** A document's text: the editor's while it is open, else read again, if it is still the one analysed. */
  textOf(uri: string): string | undefined {
    const stored = this.documents.get(uri);
    if (!stored) return undefined;
    if (stored.text !== undefined) return stored.text;
    const text = this.readClosed(uri);
    return text !== undefined && text.length === stored.length && textHash(text) === stored.hash ? text : undefined;
  }

  /**
   * Adds or replaces a document. `open` documents are not replaced by disk reads. An analysis made
   * elsewhere (by the analysis pool) is used when it was made with the lexicon in force.
   */
  set(uri: string, text: string, open: boolean, computed?: { analysis: ArticleAnalysis; lexicon: Lexicon }, hash = textHash(text)): void {
    const existing = this.documents.get(uri);
    if (existing?.open && !open) return;
    if (existing && existing.hash === hash && existing.length === text.length) {
      existing.open = open;
      existing.text = open ? text : undefined;
      return;
    }
    const raw = this.strings.analysis(computed?.lexicon === this.options.lexicon ? computed.analysis : analyzeArticle(text, this.options.lexicon));
    this.store(uri, open ? text : undefined, { hash, lines: Uint32Array.from(lineStarts(text)), length: text.length }, open, raw, existing);
  }

  /**
   * Adds a closed document whose text was not even read: its analysis and text shape come from the
   * analysis cache, made with `lexicon`. An open document, or one already indexed, wins.
   */
  setUnread(uri: string, shape: { hash: string; lines: ArrayLike<number>; length: number }, computed: { analysis: ArticleAnalysis; lexicon: Lexicon; interned?: boolean }): boolean {
    if (computed.lexicon !== this.options.lexicon || this.documents.has(uri)) return false;
    const analysis = computed.interned ? computed.analysis : this.strings.analysis(computed.analysis);
    this.store(uri, undefined, { hash: shape.hash, lines: Uint32Array.from(shape.lines), length: shape.length }, false, analysis, undefined);
    return true;
  }

  /** The index's one copy of a string: analyses made of such copies need not be interned again (setUnread). */
  intern(value: string): string {
    return this.strings.intern(value);
  }

  private store(uri: string, text: string | undefined, shape: { hash: string; lines: Uint32Array; length: number }, open: boolean, raw: ArticleAnalysis, existing: Stored | undefined): void {
    this.revision++;
    if (existing) this.forget(existing);
    else this.cache.sorted = undefined;
    const stored: Stored = { uri, text, ...shape, open, ...this.compact(raw), keys: [] };
    this.documents.set(uri, stored);
    this.learn(stored);
  }

  /** What the index keeps of an analysis: its mentions as columns, its deals' keys, at the analysis's rate. */
  private compact(raw: ArticleAnalysis): Pick<Stored, 'raw' | 'analysis' | 'ratedAt' | 'columns' | 'dealKeys'> {
    const columns = MentionColumns.of(raw.entities, this.kinds);
    const compact = withMentionColumns(raw, columns);
    return { raw: compact, analysis: compact, ratedAt: DEFAULT_IDR_PER_USD, columns, dealKeys: raw.deals.map(dealKey) };
  }

  /** Marks a document closed; its analysis stays until the disk says otherwise, its text goes. */
  close(uri: string): void {
    const existing = this.documents.get(uri);
    if (!existing) return;
    existing.open = false;
    existing.text = undefined;
  }

  delete(uri: string): void {
    const existing = this.documents.get(uri);
    if (!existing) return;
    this.revision++;
    this.forget(existing);
    this.documents.delete(uri);
    this.pending.delete(uri);
    this.setOwnChecks(uri, undefined);
    this.cache.sorted = undefined;
  }

  /**
   * Settings changed: re-analyse everything with a new lexicon, and re-check everything. Closed
   * documents' texts are read again (a document that cannot be read is no longer an article).
   */
  reconfigure(options: WorkspaceOptions): void {
    this.revision++;
    const lexiconChanged = options.lexicon !== this.options.lexicon;
    this.options = options;
    if (lexiconChanged) {
      const gone: string[] = [];
      for (const stored of this.documents.values()) {
        const text = stored.text ?? this.readClosed(stored.uri);
        if (text === undefined) {
          gone.push(stored.uri);
          continue;
        }
        this.forget(stored);
        Object.assign(stored, this.compact(this.strings.analysis(analyzeArticle(text, options.lexicon))));
        stored.hash = textHash(text);
        stored.lines = Uint32Array.from(lineStarts(text));
        stored.length = text.length;
        this.learn(stored);
      }
      for (const uri of gone) this.delete(uri);
    }
    this.rateInfo = undefined;
    this.checkedAt = undefined; // severities may have changed: re-check all
  }

  get(uri: string): IndexedDocument | undefined {
    const stored = this.documents.get(uri);
    return stored && this.rated(stored);
  }

  has(uri: string): boolean {
    return this.documents.has(uri);
  }

  /** Whether the editor has the document open; cheap, for the indexer's checks on every file. */
  isOpen(uri: string): boolean {
    return this.documents.get(uri)?.open === true;
  }

  /** Every document, in URI order. */
  all(): IndexedDocument[] {
    return this.sortedUris().map((uri) => this.rated(this.documents.get(uri)!));
  }

  /** Every document with its analysis before the corpus rate is applied (as an analysis cache keeps them). */
  *rawAnalyses(): Iterable<{ uri: string; open: boolean; hash: string; lines: Uint32Array; length: number; analysis: ArticleAnalysis }> {
    for (const stored of this.documents.values()) {
      yield { uri: stored.uri, open: stored.open, hash: stored.hash, lines: stored.lines, length: stored.length, analysis: stored.raw };
    }
  }

  get size(): number {
    return this.documents.size;
  }

  rate(): RateInfo {
    this.rateInfo ??= rateFromSortedRatios(this.sortedRatios, this.options.idrPerUsd);
    return this.rateInfo;
  }

  /** A document's corpus diagnostics, in offset order. */
  diagnosticsOf(uri: string): Diagnostic[] {
    this.refresh();
    this.cache.byUri ??= new Map();
    let found = this.cache.byUri.get(uri);
    if (!found) {
      const stored = this.documents.get(uri);
      found = stored ? sortDiagnostics([...(this.ownChecks.get(uri) ?? []), ...stored.keys.flatMap((key) => this.conflicts.get(key)?.get(uri) ?? [])]) : [];
      this.cache.byUri.set(uri, found);
    }
    return found;
  }

  /** The corpus diagnostics by URI; URIs with none are present with an empty list. */
  diagnostics(): Map<string, Diagnostic[]> {
    return new Map(this.sortedUris().map((uri) => [uri, this.diagnosticsOf(uri)]));
  }

  /** How many diagnostics the corpus has. */
  diagnosticCount(): number {
    this.refresh();
    return this.counts.own + this.counts.conflicts;
  }

  /** The conflict diagnostics about an entity (the subject of their claims), across the corpus. */
  conflictsAbout(subject: string): Diagnostic[] {
    this.refresh();
    const found: Diagnostic[] = [];
    for (const [key, byUri] of this.conflicts) {
      if (key.slice(0, key.indexOf('|')) !== subject) continue;
      for (const list of byUri.values()) found.push(...list);
    }
    return found;
  }

  /** How many conflicting figures there are about each subject. */
  conflictsBySubject(): Map<string, number> {
    this.refresh();
    if (!this.cache.conflictsBySubject) {
      const counts = new Map<string, number>();
      for (const [key, byUri] of this.conflicts) {
        const subject = key.slice(0, key.indexOf('|'));
        for (const list of byUri.values()) counts.set(subject, (counts.get(subject) ?? 0) + list.length);
      }
      this.cache.conflictsBySubject = counts;
    }
    return this.cache.conflictsBySubject;
  }

  /** The comparable claims in the corpus with a claim key, whatever their modality (a new list). */
  private claimsWithKey(claimKey: string): ClaimEntry[] {
    this.refresh();
    return MODALITY_CLASSES.flatMap((modality) => [...(this.groups.get(`${claimKey}|${modality}`)?.values() ?? [])].flat());
  }

  /**
   * A fact's history: the claims with a claim key in time order (unknown times last), then document
   * order. Kept until a claim with that key comes or goes, so a hover does not sort the fact's claims.
   */
  factHistory(claimKey: string): readonly ClaimEntry[] {
    this.refresh();
    let history = this.histories.get(claimKey);
    if (!history) {
      history = this.claimsWithKey(claimKey)
        .sort((a, b) => (a.from ?? Infinity) - (b.from ?? Infinity) || (a.path < b.path ? -1 : a.path > b.path ? 1 : a.figure.start - b.figure.start));
      this.histories.set(claimKey, history);
    }
    return history;
  }

  /**
   * The documents whose diagnostics may have changed since the last call, removed ones included,
   * in URI order; an edit reports the edited document and those that share a claim group with it.
   */
  takeChanged(): string[] {
    this.refresh();
    const uris = [...this.changed].sort();
    this.changed.clear();
    return uris;
  }

  /** The corpus deals, in the order of the documents and deals that made them. */
  deals(): CorpusDeal[] {
    if (this.rate().idrPerUsd !== this.dealsRate) this.cache.deals = this.cache.dealsByParty = undefined;
    this.cache.deals ??= inOrder([...this.dealUris.keys()].flatMap((key) => this.dealsWithKey(key)));
    return this.cache.deals;
  }

  /** Every mention of an entity across the corpus, in document order. */
  mentionsOf(id: string): EntityLocation[] {
    let sorted = this.sortedMentions.get(id);
    if (!sorted) {
      const uris = this.mentions.get(id);
      sorted = uris ? [...uris].sort().flatMap((uri) => this.mentionsIn(id, uri).map((mention) => ({ uri, mention }))) : [];
      this.sortedMentions.set(id, sorted);
    }
    return sorted;
  }

  /** An entity's mentions in one document, in offset order. */
  mentionsIn(id: string, uri: string): readonly EntityMention[] {
    return this.documents.get(uri)?.columns.ofEntity(id) ?? [];
  }

  /** The first mention of an entity in the corpus (in document order), without sorting them all. */
  firstMentionOf(id: string): EntityLocation | undefined {
    const known = this.firstMentions.get(id);
    if (known) return known;
    const uris = this.mentions.get(id);
    if (!uris) return undefined;
    let first: string | undefined;
    for (const uri of uris) if (first === undefined || uri < first) first = uri;
    if (first === undefined) return undefined;
    const location = { uri: first, mention: this.documents.get(first)!.columns.firstOf(id)! };
    this.firstMentions.set(id, location);
    return location;
  }

  /**
   * Computes, a step at a time, what the first hover or definition on any entity or figure would
   * otherwise compute: each entity's first mention and deals, each fact's history. What is already
   * current costs nothing, so after an edit only what the edit touched is computed again. The caller
   * runs the steps when the editor is idle.
   */
  *warm(): Generator<void> {
    // The entities of the articles open in the editor first: they are the ones hovered.
    const inOpen = [...this.documents.values()].filter((stored) => stored.open).flatMap((stored) => [...stored.columns.ids()]);
    for (const id of new Set([...inOpen, ...this.mentions.keys()])) {
      // Its deals merged a key at a time, so that no step holds the thread for long.
      for (const key of [...(this.partyDealKeys.get(id) ?? [])]) {
        this.dealsWithKey(key);
        yield;
      }
      this.firstMentionOf(id);
      this.dealsOf(id);
      yield;
    }
    for (const key of [...this.groups.keys()]) {
      this.factHistory(key.slice(0, key.lastIndexOf('|')));
      yield;
    }
  }

  /** The mention after an entity's first in document order, without sorting them all. */
  secondMentionOf(id: string): EntityLocation | undefined {
    const first = this.firstMentionOf(id);
    const uris = this.mentions.get(id);
    if (!first || !uris) return undefined;
    const inFirst = this.mentionsIn(id, first.uri);
    if (inFirst.length > 1) return { uri: first.uri, mention: inFirst[1] };
    let next: string | undefined;
    for (const uri of uris) if (uri > first.uri && (next === undefined || uri < next)) next = uri;
    return next === undefined ? undefined : { uri: next, mention: this.documents.get(next)!.columns.firstOf(id)! };
  }

  /** How often and in how many articles an entity is mentioned, and the ways it is written. */
  entitySummary(id: string): { mentions: number; articles: number; written: string[] } {
    const written = this.written.get(id);
    return { mentions: written?.mentions ?? 0, articles: this.mentions.get(id)?.size ?? 0, written: written ? [...written.counts.keys()].sort() : [] };
  }

  /** The corpus deals an entity is a party to; only the deals about it are merged, and kept until they change. */
  dealsOf(id: string): CorpusDeal[] {
    if (this.rate().idrPerUsd !== this.dealsRate) this.cache.deals = this.cache.dealsByParty = undefined;
    this.cache.dealsByParty ??= new Map();
    let deals = this.cache.dealsByParty.get(id);
    if (!deals) {
      deals = inOrder([...(this.partyDealKeys.get(id) ?? [])].flatMap((key) => this.dealsWithKey(key)));
      this.cache.dealsByParty.set(id, deals);
    }
    return deals;
  }

  private dealsWithKey(key: string): { deal: CorpusDeal; uri: string; index: number }[] {
    // Amounts in dollars move with the rate.
    const rate = this.rate().idrPerUsd;
    if (rate !== this.dealsRate) {
      this.mergedDeals.clear();
      this.dealsRate = rate;
    }
    let merged = this.mergedDeals.get(key);
    if (!merged) {
      const uris = [...(this.dealUris.get(key) ?? [])].sort();
      const documents = uris.map((uri) => {
        const stored = this.rated(this.documents.get(uri)!);
        const indices = stored.dealKeys.flatMap((dealKeyAt, index) => (dealKeyAt === key ? [index] : []));
        // The analysis with only this key's deals.
        const deals = indices.map((index) => stored.analysis.deals[index]);
        return { path: uri, analysis: withMentionColumns(stored.analysis, stored.columns, { deals }), indices };
      });
      const found: { deal: CorpusDeal; uri: string; index: number }[] = [];
      corpusDeals(documents, (id) => this.entityName(id), (deal, document, index) => found.push({ deal, uri: uris[document], index: documents[document].indices[index] }));
      this.mergedDeals.set(key, (merged = found));
    }
    return merged;
  }

  /** A document's deals joined or left their keys: those keys' merged deals are out of date. */
  private dealsChanged(stored: Stored, joined: boolean): void {
    const { uri, raw: analysis } = stored;
    for (const [index, deal] of analysis.deals.entries()) {
      const key = stored.dealKeys[index];
      let uris = this.dealUris.get(key);
      if (joined) {
        if (!uris) this.dealUris.set(key, (uris = new Set()));
        uris.add(uri);
        for (const party of deal.parties) {
          if (!this.partyDealKeys.has(party)) this.partyDealKeys.set(party, new Set());
          this.partyDealKeys.get(party)!.add(key);
        }
      } else if (uris?.delete(uri) && uris.size === 0) {
        this.dealUris.delete(key);
        for (const party of deal.parties) {
          const keys = this.partyDealKeys.get(party);
          if (keys?.delete(key) && keys.size === 0) this.partyDealKeys.delete(party);
        }
      }
      this.mergedDeals.delete(key);
    }
    this.cache.deals = undefined;
    this.cache.dealsByParty = undefined;
  }

  /** An entity's name: the first in alphabetical order of those its mentions give it. */
  entityName(id: string): string | undefined {
    const counts = this.nameCounts.get(id);
    if (!counts) return undefined;
    let first: string | undefined;
    for (const name of counts.keys()) if (first === undefined || name < first) first = name;
    return first;
  }

  /** Every entity id with its name and type. */
  entities(): { id: string; name: string; type: string }[] {
    return [...this.mentions.keys()].sort().map((id) => ({ id, name: this.entityName(id)!, type: this.firstMentionOf(id)!.mention.type }));
  }

  get lexicon(): Lexicon {
    return this.options.lexicon;
  }

  // -------------------------------------------------------------------------------------------
  // Keeping the index current

  /** Adds a newly analysed document's mentions, names and conversions; its claims wait for `refresh`. */
  private learn(stored: Stored): void {
    const { uri, raw, columns } = stored;
    for (const [kind, count] of columns.kindCounts()) {
      this.countName(kind.id, kind.name, count);
      this.countWritten(kind.id, kind.text, count);
    }
    for (const id of columns.ids()) {
      const uris = this.mentions.get(id);
      if (uris) uris.add(uri);
      else this.mentions.set(id, new Set([uri]));
      this.sortedMentions.delete(id);
      this.firstMentions.delete(id);
    }
    const ratios = conversionRatios(raw.money);
    if (ratios.length > 0) {
      this.ratios.set(uri, ratios);
      for (const ratio of ratios) this.sortedRatios.splice(lowerBound(this.sortedRatios, ratio), 0, ratio);
      this.rateInfo = undefined;
    }
    this.pending.add(uri);
    this.changed.add(uri);
    this.dealsChanged(stored, true);
    this.invalidateDiagnostics();
  }

  /** Takes a document's contributions out of the index, before it is replaced or removed. */
  private forget(stored: Stored): void {
    const { uri, columns } = stored;
    for (const [kind, count] of columns.kindCounts()) {
      this.countName(kind.id, kind.name, -count);
      this.countWritten(kind.id, kind.text, -count);
    }
    for (const id of columns.ids()) {
      const uris = this.mentions.get(id)!;
      uris.delete(uri);
      this.sortedMentions.delete(id);
      this.firstMentions.delete(id);
      if (uris.size === 0) this.mentions.delete(id);
    }
    for (const ratio of this.ratios.get(uri) ?? []) this.sortedRatios.splice(lowerBound(this.sortedRatios, ratio), 1);
    if (this.ratios.delete(uri)) this.rateInfo = undefined;
    for (const key of stored.keys) {
      const group = this.groups.get(key)!;
      this.noteChange(this.removedClaims, key, group.get(uri) ?? []);
      group.delete(uri);
      if (group.size === 0) this.groups.delete(key);
      this.dirtyKeys.add(key);
    }
    stored.keys = [];
    this.changed.add(uri);
    this.dealsChanged(stored, false);
    this.invalidateDiagnostics();
  }

  private countWritten(id: string, text: string, delta: number): void {
    let written = this.written.get(id);
    if (!written) this.written.set(id, (written = { mentions: 0, counts: new Map() }));
    written.mentions += delta;
    const count = (written.counts.get(text) ?? 0) + delta;
    if (count > 0) written.counts.set(text, count);
    else written.counts.delete(text);
    if (written.mentions <= 0) this.written.delete(id);
  }

  private countName(id: string, name: string, delta: number): void {
    let counts = this.nameCounts.get(id);
    if (!counts) this.nameCounts.set(id, (counts = new Map()));
    const had = counts.get(name) ?? 0;
    const count = had + delta;
    // Only a name that comes or goes can change the entity's name.
    const before = had === 0 || count <= 0 ? this.entityName(id) : undefined;
    if (count > 0) counts.set(name, count);
    else counts.delete(name);
    if (counts.size === 0) this.nameCounts.delete(id);
    if ((had === 0 || count <= 0) && this.entityName(id) !== before) {
      this.renamed.add(id);
      // Deals name their parties.
      for (const key of this.partyDealKeys.get(id) ?? []) this.mergedDeals.delete(key);
      this.cache.deals = undefined;
      this.cache.dealsByParty = undefined;
    }
  }

  /** Brings the claim groups, their conflicts and the own checks up to date with the documents. */
  private refresh(): void {
    const rate = this.rate().idrPerUsd;
    if (rate !== this.checkedAt) this.recheckAll(rate);
    if (this.pending.size === 0 && this.dirtyKeys.size === 0 && this.renamed.size === 0) return;
    const severity = { ...DEFAULT_SEVERITY, ...this.options.severity };
    // A diagnostic that points into an edited document may point at a new line and column.
    const edited = new Set(this.pending);
    for (const uri of this.pending) {
      const stored = this.rated(this.documents.get(uri)!);
      const document = { path: uri, analysis: stored.analysis };
      const byKey = new Map<string, ClaimEntry[]>();
      for (const { key, entry } of claimEntries(document)) {
        if (!byKey.has(key)) byKey.set(key, []);
        byKey.get(key)!.push(entry);
      }
      for (const [key, entries] of byKey) {
        let group = this.groups.get(key);
        if (!group) this.groups.set(key, (group = new Map()));
        if (!group.has(uri)) stored.keys.push(key);
        group.set(uri, [...(group.get(uri) ?? []), ...entries]); // at its exact size, as mentions are
        // A group never checked (the first check of an index) is checked whole: what came needs no note.
        if (this.findings.has(key)) this.noteChange(this.addedClaims, key, entries);
        this.dirtyKeys.add(key);
      }
      stored.keys = stored.keys.slice();
      this.setOwnChecks(uri, documentChecks(document, rate, severity));
    }
    this.pending.clear();
    if (this.renamed.size > 0) {
      // A name in a message changed: re-check the groups about that entity.
      for (const key of this.groups.keys()) {
        const [subject, , counterparty] = key.split('|');
        if (this.renamed.has(subject) || this.renamed.has(counterparty)) {
          this.dirtyKeys.add(key);
          this.findings.delete(key); // its messages name the entity
        }
      }
      this.renamed.clear();
    }
    const names = (id: string) => this.entityName(id);
    for (const key of this.dirtyKeys) {
      this.histories.delete(key.slice(0, key.lastIndexOf('|')));
      const added = this.addedClaims.get(key) ?? [];
      const removed = this.removedClaims.get(key) ?? [];
      this.addedClaims.delete(key);
      this.removedClaims.delete(key);
      const known = this.sortedGroups.get(key);
      const kept = this.findings.get(key);
      if (known && kept && (this.groups.get(key)?.size ?? 0) > 0) {
        // Claims came and went: they are taken out of and put into the group's orders, and only the
        // claims near them in time are judged again. Nothing here walks the whole group.
        const sorted = updateSortedGroup(known, added, removed);
        const byUri = this.conflicts.get(key) ?? new Map<string, Diagnostic[]>();
        for (const uri of updateGroupConflicts(sorted, kept, added, removed, severity['figure.conflict'], names)) {
          const list = groupDiagnosticsOf(sorted, kept, uri);
          const before = byUri.get(uri);
          if (!sameDiagnostics(before, list.length > 0 ? list : undefined, edited)) this.changed.add(uri);
          this.counts.conflicts += list.length - (before?.length ?? 0);
          if (list.length > 0) byUri.set(uri, list);
          else byUri.delete(uri);
        }
        if (byUri.size === 0) this.conflicts.delete(key);
        else this.conflicts.set(key, byUri);
        continue;
      }
      const entries = [...(this.groups.get(key)?.values() ?? [])].flat();
      const sorted = sortGroup(entries);
      if (entries.length > 0) this.sortedGroups.set(key, { entries: sorted.entries, byTime: sorted.byTime });
      else this.sortedGroups.delete(key);
      const { diagnostics, findings } = groupConflicts(entries, severity['figure.conflict'], names, kept, sorted);
      // Kept for every group with claims, found conflicts or not, so that the next check can be incremental.
      if (entries.length > 0) this.findings.set(key, findings);
      else this.findings.delete(key);
      const byUri = new Map<string, Diagnostic[]>();
      for (const diagnostic of diagnostics) {
        if (!byUri.has(diagnostic.path)) byUri.set(diagnostic.path, []);
        byUri.get(diagnostic.path)!.push(diagnostic);
      }
      // Only the documents whose conflicts in this group differ are reported: in a group of
      // thousands of claims, an edit changes the few diagnostics that name the edited figure.
      const before = this.conflicts.get(key) ?? new Map<string, Diagnostic[]>();
      for (const uri of new Set([...before.keys(), ...byUri.keys()])) {
        if (!sameDiagnostics(before.get(uri), byUri.get(uri), edited)) this.changed.add(uri);
      }
      for (const list of before.values()) this.counts.conflicts -= list.length;
      this.counts.conflicts += diagnostics.length;
      if (byUri.size === 0) this.conflicts.delete(key);
      else this.conflicts.set(key, byUri);
    }
    this.dirtyKeys.clear();
    this.invalidateDiagnostics();
  }

  private noteChange(changes: Map<string, ClaimEntry[]>, key: string, entries: readonly ClaimEntry[]): void {
    if (entries.length === 0) return;
    const list = changes.get(key);
    if (list) list.push(...entries);
    else changes.set(key, [...entries]);
  }

  private setOwnChecks(uri: string, checks: Diagnostic[] | undefined): void {
    this.counts.own -= shownCount(this.ownChecks.get(uri) ?? []);
    if (checks) {
      this.ownChecks.set(uri, checks);
      this.counts.own += shownCount(checks);
    } else {
      this.ownChecks.delete(uri);
    }
  }

  private invalidateDiagnostics(): void {
    this.cache.byUri = undefined;
    this.cache.conflictsBySubject = undefined;
  }

  /** The rate or the severities changed: every document's claims and checks are computed again. */
  private recheckAll(rate: number): void {
    this.checkedAt = rate;
    this.groups.clear();
    this.histories.clear();
    this.sortedGroups.clear();
    this.findings.clear();
    this.addedClaims.clear();
    this.removedClaims.clear();
    for (const key of this.conflicts.keys()) this.dirtyKeys.add(key);
    for (const stored of this.documents.values()) {
      stored.keys = [];
      this.pending.add(stored.uri);
      this.changed.add(stored.uri);
    }
    // Amounts in dollars move with the rate.
    this.mergedDeals.clear();
    this.cache.deals = undefined;
    this.cache.dealsByParty = undefined;
  }

  /** The document with its figures at the rate in force, converted when first needed. */
  private rated(stored: Stored): Stored {
    const rate = this.rate().idrPerUsd;
    if (stored.ratedAt !== rate) {
      stored.analysis = rate === DEFAULT_IDR_PER_USD ? stored.raw : withMentionColumns(stored.raw, stored.columns, { money: withRate(stored.raw.money, rate) });
      stored.ratedAt = rate;
    }
    return stored;
  }

  private sortedUris(): string[] {
    this.cache.sorted ??= [...this.documents.keys()].sort();
    return this.cache.sorted;
  }
}

function sameDiagnostics(a: readonly Diagnostic[] = [], b: readonly Diagnostic[] = [], edited: ReadonlySet<string>): boolean {
  return a.length === b.length && a.every((diagnostic, i) => sameDiagnostic(diagnostic, b[i], edited));
}

function sameDiagnostic(a: Diagnostic, b: Diagnostic, edited: ReadonlySet<string>): boolean {
  return a.start === b.start && a.end === b.end && a.code === b.code && a.severity === b.severity && a.message === b.message &&
    a.related.length === b.related.length &&
    a.related.every((related, i) => !edited.has(related.path) && related.path === b.related[i].path && related.start === b.related[i].start &&
      related.end === b.related[i].end && related.message === b.related[i].message);
}

/** Corpus deals in the order of the documents (by URI) and the article deals that made them. */
function inOrder(deals: readonly { deal: CorpusDeal; uri: string; index: number }[]): CorpusDeal[] {
  return [...deals].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.index - b.index)).map((each) => each.deal);
}

/** Diagnostics the Problems panel lists: editors show a hint (`entity.misspelled`) in the text only. */
function shownCount(checks: readonly Diagnostic[]): number {
  let count = 0;
  for (const check of checks) if (check.severity !== 'hint') count++;
  return count;
}
