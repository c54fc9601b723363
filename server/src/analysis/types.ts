// The plain data the analysis core produces. Everything here is a flat record with UTF-16 offsets
// into the article text (`end` exclusive), so it can be rendered, diffed, cached and serialised as is.
// Nothing here knows about LSP positions, files or the editor.

/** A half-open range of UTF-16 code units in an article's text. */
export interface Span {
  start: number;
  end: number;
}

export type Currency = 'USD' | 'IDR';

/** What the text says about a figure's precision (see shared/spec/annotations.md). */
export type Qualifier = 'exact' | 'approx' | 'over' | 'under' | 'upto' | 'range' | 'vague';

/** A closed interval of whole currency units; `null` means unbounded on that side. */
export interface Interval {
  min: number | null;
  max: number | null;
}

export interface MoneyFigure extends Span, Interval {
  /** The figure as written, qualifier word included ("hampir $14 miliar"). */
  text: string;
  currency: Currency;
  qualifier: Qualifier;
  /** The same interval in US dollars and in rupiah, at the rate the analysis was given. */
  usd: Interval;
  idr: Interval;
  /**
   * Index (into the same article's money list) of the figure this one is a stated conversion of,
   * or that is a stated conversion of this one: `USD 3,1 miliar (sekitar Rp 51 triliun)`.
   */
  conversionOf: number | null;
}

export type EntityType = 'org' | 'person' | 'product' | 'project' | 'outlet' | 'place';

/** How a mention was recognised: from the lexicon, from context cues, as a later short form of a name found (a surname, a given name, a bracketed abbreviation), or as a misspelling. */
export type MentionSource = 'lexicon' | 'context' | 'short' | 'fuzzy';

export interface EntityMention extends Span {
  text: string;
  /** Stable lowercase slug; for entities recognised from context, derived from the name. */
  id: string;
  /** Canonical display name. */
  name: string;
  type: EntityType;
  source: MentionSource;
}

export interface Attribution extends Span {
  /** The outlet's name as written. */
  text: string;
  /** The whole attribution phrase ("menurut laporan Bloomberg"). */
  phrase: Span;
  /** Canonical outlet name. */
  outlet: string;
  /** Entity id of the outlet. */
  outletId: string;
}

/** Something the analysis noticed that a person should look at. Codes are stable and dotted. */
export interface Problem extends Span {
  code: 'outlet.misspelled';
  severity: 'error' | 'warning' | 'information' | 'hint';
  message: string;
  /** For `outlet.misspelled`: the correct name. */
  expected?: string;
}

export interface ArticleAnalysis {
  money: MoneyFigure[];
  entities: EntityMention[];
  attributions: Attribution[];
  problems: Problem[];
}
