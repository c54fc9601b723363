// The plain data the analysis core produces. Everything here is a flat record with UTF-16 offsets
// into the article text (`end` exclusive), so it can be rendered, diffed, cached and serialised as is.
// Nothing here knows about LSP positions, files or the editor.

/** A half-open range of UTF-16 code units in an article's text. */
export interface Span {
  start: number;
  end: number;
}

/** `USD`, `IDR`, or another currency's ISO 4217 code (data/language/currencies.json: `EUR`, `SGD`, …). */
export type Currency = 'USD' | 'IDR' | (string & {});

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
  code: 'outlet.misspelled' | 'entity.misspelled';
  severity: 'error' | 'warning' | 'information' | 'hint';
  message: string;
  /** For `outlet.misspelled` and `entity.misspelled`: the correct name. */
  expected?: string;
}

export type Metric =
  | 'valuation' | 'pre-money-valuation' | 'market-cap' | 'investment' | 'funding' | 'loss' | 'revenue' | 'run-rate'
  | 'profit' | 'cost' | 'capex' | 'deal-value' | 'stake' | 'commitment' | 'value';

export type Modality = 'reported' | 'projection' | 'potential' | 'talks';

/** An interval of calendar days, as ISO dates (`2025-07-01`), both ends inclusive; `null` is open. */
export interface TimeSpan {
  from: string | null;
  to: string | null;
}

/**
 * Where a claim's time was read: a period or date the text states (`text`), the article's date for a
 * figure stated as current (`article`), or nowhere, because the article has no date (`undated`: a
 * date known from outside the text, such as a file name's, may stand in).
 */
export type TimeFrom = 'text' | 'article' | 'undated';

export interface ClaimTime {
  /** The interval the figure holds for, or null when it is not known. */
  time: TimeSpan | null;
  timeFrom: TimeFrom;
}

export interface Claim {
  /** Index of the figure in the article's money list. */
  figure: number;
  /** Entity id of whose figure it is. */
  subject: string;
  metric: Metric;
  /** Entity id of the other side (the investee of an investment, the seller's company of a stake). */
  counterparty: string | null;
  /** `2028`, `2025-Q1`, or null when the text gives none. */
  period: string | null;
  /** When the figure holds (see ClaimTime). */
  time: TimeSpan | null;
  timeFrom: TimeFrom;
  modality: Modality;
  /** Index of the attribution that covers the figure, or null when the article speaks for itself. */
  source: number | null;
  /** The sentence that states the claim. */
  sentence: Span;
}

export type DealKind = 'investment' | 'cloud' | 'chips' | 'stake' | 'acquisition' | 'partnership' | 'other';
export type DealStatus = 'announced' | 'talks' | 'projected' | 'completed';

export interface Deal extends Span {
  /** Entity ids, the initiating party first. */
  parties: string[];
  kind: DealKind;
  status: DealStatus;
  /** Index into the article's money list, or null. */
  amount: number | null;
  /** Index into the article's attributions, or null. */
  source: number | null;
}

/** The date an article was written, as far as its text says: `2025-11-06`, or null. */
export interface ArticleDate {
  date: string | null;
  /** The date as written, when there is one. */
  span: Span | null;
}

export interface ArticleAnalysis {
  /** When the article was written, from its dateline, byline or a reporting formula. */
  published: ArticleDate;
  /** The article's first line, when more lines follow it: its headline. */
  headline: Span | null;
  /** Rupiah per US dollar that the article itself states (`kurs Rp 16.410 per dolar AS`), or null. */
  statedRate: number | null;
  money: MoneyFigure[];
  entities: EntityMention[];
  attributions: Attribution[];
  /** What each money figure with a clear subject and metric is a figure of. */
  claims: Claim[];
  deals: Deal[];
  problems: Problem[];
}
