// The workspace index: every article of the corpus, its analysis, and what is known across them
// (the rate, each entity's mentions, the corpus diagnostics, the deal list). It is updated one
// document at a time; an open document's text wins over the file on disk. It does no I/O and knows
// nothing of LSP: documents are keyed by URI strings, positions are offsets.

import { analyzeArticle } from '../analysis/analyze';
import { Lexicon } from '../analysis/lexicon';
import { DEFAULT_IDR_PER_USD, withRate } from '../analysis/money';
import { ArticleAnalysis, EntityMention } from '../analysis/types';
import { CheckOptions, checkCorpus } from './checks';
import { CorpusDeal, corpusDeals } from './deals';
import { Diagnostic, DiagnosticCode, Severity } from './diagnostics';
import { RateInfo, chooseRate } from './rate';

export interface IndexedDocument {
  uri: string;
  text: string;
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

export class Workspace {
  private readonly documents = new Map<string, IndexedDocument>();
  /** The analyses at the analysis default rate, before the corpus rate is applied. */
  private readonly raw = new Map<string, ArticleAnalysis>();
  private cache: { rate?: RateInfo; diagnostics?: Map<string, Diagnostic[]>; deals?: CorpusDeal[]; mentions?: Map<string, EntityLocation[]> } = {};

  constructor(private options: WorkspaceOptions) {}

  /** Adds or replaces a document. `open` documents are not replaced by disk reads. */
  set(uri: string, text: string, open: boolean): void {
    const existing = this.documents.get(uri);
    if (existing?.open && !open) return;
    if (existing && existing.text === text && existing.open === open) return;
    const analysis = existing?.text === text ? this.raw.get(uri)! : analyzeArticle(text, this.options.lexicon);
    this.raw.set(uri, analysis);
    this.documents.set(uri, { uri, text, analysis, open });
    this.invalidate();
  }

  /** Marks a document closed; its text stays until the disk says otherwise. */
  close(uri: string): void {
    const existing = this.documents.get(uri);
    if (existing) existing.open = false;
  }

  delete(uri: string): void {
    if (this.documents.delete(uri)) {
      this.raw.delete(uri);
      this.invalidate();
    }
  }

  /** Settings changed: re-analyse everything with the new lexicon and rate. */
  reconfigure(options: WorkspaceOptions): void {
    const lexiconChanged = options.lexicon !== this.options.lexicon;
    this.options = options;
    if (lexiconChanged) {
      for (const [uri, document] of this.documents) this.raw.set(uri, analyzeArticle(document.text, options.lexicon));
    }
    this.invalidate();
  }

  get(uri: string): IndexedDocument | undefined {
    this.applyRate();
    return this.documents.get(uri);
  }

  has(uri: string): boolean {
    return this.documents.has(uri);
  }

  /** Whether the editor has the document open; cheap, for the indexer's checks on every file. */
  isOpen(uri: string): boolean {
    return this.documents.get(uri)?.open === true;
  }

  all(): IndexedDocument[] {
    this.applyRate();
    return [...this.documents.values()].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
  }

  get size(): number {
    return this.documents.size;
  }

  rate(): RateInfo {
    this.applyRate();
    return this.cache.rate!;
  }

  /** The corpus diagnostics by URI; URIs with none are present with an empty list. */
  diagnostics(): Map<string, Diagnostic[]> {
    if (!this.cache.diagnostics) {
      const documents = this.all();
      const byUri = new Map<string, Diagnostic[]>(documents.map((document) => [document.uri, []]));
      const options: CheckOptions = { idrPerUsd: this.rate().idrPerUsd, severity: this.options.severity };
      for (const diagnostic of checkCorpus(documents.map((document) => ({ path: document.uri, analysis: document.analysis })), options)) {
        byUri.get(diagnostic.path)?.push(diagnostic);
      }
      this.cache.diagnostics = byUri;
    }
    return this.cache.diagnostics;
  }

  deals(): CorpusDeal[] {
    this.cache.deals ??= corpusDeals(this.all().map((document) => ({ path: document.uri, analysis: document.analysis })));
    return this.cache.deals;
  }

  /** Every mention of an entity across the corpus, in document order. */
  mentionsOf(id: string): EntityLocation[] {
    if (!this.cache.mentions) {
      const index = new Map<string, EntityLocation[]>();
      for (const document of this.all()) {
        for (const mention of document.analysis.entities) {
          if (!index.has(mention.id)) index.set(mention.id, []);
          index.get(mention.id)!.push({ uri: document.uri, mention });
        }
      }
      this.cache.mentions = index;
    }
    return this.cache.mentions.get(id) ?? [];
  }

  /** Every entity id with its canonical name and type. */
  entities(): { id: string; name: string; type: string }[] {
    this.mentionsOf('');
    return [...this.cache.mentions!.entries()].map(([id, locations]) => ({ id, name: locations[0].mention.name, type: locations[0].mention.type }));
  }

  get lexicon(): Lexicon {
    return this.options.lexicon;
  }

  private invalidate(): void {
    this.cache = {};
  }

  /** Applies the rate in force to every analysis, once per change. */
  private applyRate(): void {
    if (this.cache.rate) return;
    const rate = chooseRate([...this.raw.values()], this.options.idrPerUsd);
    for (const [uri, document] of this.documents) {
      const raw = this.raw.get(uri)!;
      document.analysis = rate.idrPerUsd === DEFAULT_IDR_PER_USD ? raw : { ...raw, money: withRate(raw.money, rate.idrPerUsd) };
    }
    this.cache.rate = rate;
  }
}
