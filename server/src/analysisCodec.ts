// An analysis as the cache stores it: rows of numbers, not objects with named fields. Each string
// (a name, an id, a type, a figure as written) is a number in a table that the cache file builds up
// line by line, so `OpenAI`, `openai`, `org` and `lexicon` are written once per file, not once per
// mention, and come back as one shared string each. The file is about a third of the size of the
// same analyses as JSON objects and reads several times faster.
//
// Decoding checks every field: a row of the wrong length, a number that is not one or a string that
// is not in the table makes the whole entry unusable (undefined), never a half-made analysis.

import {
  ArticleAnalysis, Attribution, Claim, Deal, EntityMention, Interval, MoneyFigure, Problem, TimeSpan,
} from './analysis/types';

/** The strings written so far in a file, each with its number. */
export class StringsOut {
  private readonly numbers = new Map<string, number>();
  /** Strings new since the last `take`. */
  private fresh: string[] = [];

  get size(): number {
    return this.numbers.size;
  }

  ref(value: string | null): number {
    if (value === null) return -1;
    let number = this.numbers.get(value);
    if (number === undefined) {
      number = this.numbers.size;
      this.numbers.set(value, number);
      this.fresh.push(value);
    }
    return number;
  }

  /** The strings added since the last call, to be written before the rows that use them. */
  take(): string[] {
    const fresh = this.fresh;
    this.fresh = [];
    return fresh;
  }
}

const MONEY = 12;
const MENTION = 7;
const ATTRIBUTION = 7;
const CLAIM = 13;

/** The analysis as rows of numbers; its strings are added to `strings`. */
export function encodeAnalysis(analysis: ArticleAnalysis, strings: StringsOut): unknown[] {
  const s = (value: string | null) => strings.ref(value);
  const money: unknown[] = [];
  for (const figure of analysis.money) {
    money.push(figure.start, figure.end, s(figure.text), s(figure.currency), figure.min, figure.max, s(figure.qualifier),
      figure.usd.min, figure.usd.max, figure.idr.min, figure.idr.max, figure.conversionOf ?? -1);
  }
  const entities: number[] = [];
  for (const mention of analysis.entities) {
    entities.push(mention.start, mention.end, s(mention.text), s(mention.id), s(mention.name), s(mention.type), s(mention.source));
  }
  const attributions: number[] = [];
  for (const attribution of analysis.attributions) {
    attributions.push(attribution.start, attribution.end, s(attribution.text), attribution.phrase.start, attribution.phrase.end,
      s(attribution.outlet), s(attribution.outletId));
  }
  const claims: number[] = [];
  for (const claim of analysis.claims) {
    claims.push(s(claim.subject), s(claim.metric), s(claim.counterparty), s(claim.period), s(claim.modality),
      claim.time ? 1 : 0, s(claim.time?.from ?? null), s(claim.time?.to ?? null), s(claim.timeFrom),
      claim.figure, claim.source ?? -1, claim.sentence.start, claim.sentence.end);
  }
  const deals: number[] = [];
  for (const deal of analysis.deals) {
    deals.push(deal.start, deal.end, deal.parties.length, ...deal.parties.map(s), s(deal.kind), s(deal.status), deal.amount ?? -1, deal.source ?? -1);
  }
  const { published, headline } = analysis;
  return [
    s(published.date), published.span?.start ?? -1, published.span?.end ?? -1,
    headline?.start ?? -1, headline?.end ?? -1, analysis.statedRate,
    money, entities, attributions, claims, deals, analysis.problems,
  ];
}

/** Thrown inside decoding on the first field that is not what the format says. */
class Malformed extends Error {}

/** The analysis the rows stand for, or undefined when any field is not what the format says. */
export function decodeAnalysis(value: unknown, strings: readonly string[]): ArticleAnalysis | undefined {
  // A cache file is untrusted input: whatever a row holds, it decodes or it is refused, never a throw.
  try {
    return decode(value, strings);
  } catch {
    return undefined;
  }
}

function decode(value: unknown, strings: readonly string[]): ArticleAnalysis {
  const row = list(value);
  if (row.length !== 12) throw new Malformed();
  const integer = (at: unknown): number => {
    if (typeof at !== 'number' || !Number.isInteger(at)) throw new Malformed();
    return at;
  };
  const amount = (at: unknown): number | null => {
    if (at !== null && typeof at !== 'number') throw new Malformed();
    return at;
  };
  const string = (at: unknown): string => {
    const text = typeof at === 'number' ? strings[at] : undefined;
    if (text === undefined) throw new Malformed();
    return text;
  };
  const maybeString = (at: unknown): string | null => (at === -1 ? null : string(at));
  const index = (at: unknown): number | null => (at === -1 ? null : integer(at));
  const interval = (min: unknown, max: unknown): Interval => ({ min: amount(min), max: amount(max) });

  const date = maybeString(row[0]);
  const spanStart = integer(row[1]);
  const headlineStart = integer(row[3]);
  const statedRate = amount(row[5]);

  const rows = list(row[6]);
  if (rows.length % MONEY !== 0) throw new Malformed();
  const money: MoneyFigure[] = [];
  for (let i = 0; i < rows.length; i += MONEY) {
    money.push({
      start: integer(rows[i]), end: integer(rows[i + 1]), text: string(rows[i + 2]), currency: string(rows[i + 3]) as MoneyFigure['currency'],
      min: amount(rows[i + 4]), max: amount(rows[i + 5]), qualifier: string(rows[i + 6]) as MoneyFigure['qualifier'],
      usd: interval(rows[i + 7], rows[i + 8]), idr: interval(rows[i + 9], rows[i + 10]), conversionOf: index(rows[i + 11]),
    });
  }

  const mentionRows = list(row[7]);
  if (mentionRows.length % MENTION !== 0) throw new Malformed();
  const entities: EntityMention[] = [];
  for (let i = 0; i < mentionRows.length; i += MENTION) {
    entities.push({
      start: integer(mentionRows[i]), end: integer(mentionRows[i + 1]), text: string(mentionRows[i + 2]), id: string(mentionRows[i + 3]),
      name: string(mentionRows[i + 4]), type: string(mentionRows[i + 5]) as EntityMention['type'], source: string(mentionRows[i + 6]) as EntityMention['source'],
    });
  }

  const attributionRows = list(row[8]);
  if (attributionRows.length % ATTRIBUTION !== 0) throw new Malformed();
  const attributions: Attribution[] = [];
  for (let i = 0; i < attributionRows.length; i += ATTRIBUTION) {
    const r = attributionRows;
    attributions.push({
      start: integer(r[i]), end: integer(r[i + 1]), text: string(r[i + 2]), phrase: { start: integer(r[i + 3]), end: integer(r[i + 4]) },
      outlet: string(r[i + 5]), outletId: string(r[i + 6]),
    });
  }

  const claimRows = list(row[9]);
  if (claimRows.length % CLAIM !== 0) throw new Malformed();
  const claims: Claim[] = [];
  for (let i = 0; i < claimRows.length; i += CLAIM) {
    const r = claimRows;
    const time: TimeSpan | null = r[i + 5] === 1 ? { from: maybeString(r[i + 6]), to: maybeString(r[i + 7]) } : null;
    claims.push({
      subject: string(r[i]), metric: string(r[i + 1]) as Claim['metric'], counterparty: maybeString(r[i + 2]), period: maybeString(r[i + 3]),
      modality: string(r[i + 4]) as Claim['modality'], time, timeFrom: string(r[i + 8]) as Claim['timeFrom'],
      figure: integer(r[i + 9]), source: index(r[i + 10]), sentence: { start: integer(r[i + 11]), end: integer(r[i + 12]) },
    });
  }

  const dealRows = list(row[10]);
  const deals: Deal[] = [];
  for (let i = 0; i < dealRows.length;) {
    const start = integer(dealRows[i]);
    const end = integer(dealRows[i + 1]);
    const count = integer(dealRows[i + 2]);
    if (count < 0 || i + 7 + count > dealRows.length) throw new Malformed();
    const parties: string[] = [];
    for (let p = 0; p < count; p++) parties.push(string(dealRows[i + 3 + p]));
    i += 3 + count;
    deals.push({
      start, end, parties, kind: string(dealRows[i]) as Deal['kind'], status: string(dealRows[i + 1]) as Deal['status'],
      amount: index(dealRows[i + 2]), source: index(dealRows[i + 3]),
    });
    i += 4;
  }

  const problems = list(row[11]).map(problem);
  return {
    published: { date, span: spanStart === -1 ? null : { start: spanStart, end: integer(row[2]) } },
    headline: headlineStart === -1 ? null : { start: headlineStart, end: integer(row[4]) },
    statedRate, money, entities, attributions, claims, deals, problems,
  };
}

function list(value: unknown): unknown[] {
  if (!Array.isArray(value)) throw new Malformed();
  return value;
}

function problem(value: unknown): Problem {
  const p = value as Partial<Problem> | null;
  if (typeof p !== 'object' || p === null || typeof p.start !== 'number' || typeof p.end !== 'number' || (p.code !== 'outlet.misspelled' && p.code !== 'entity.misspelled') ||
    typeof p.severity !== 'string' || typeof p.message !== 'string' || (p.expected !== undefined && typeof p.expected !== 'string')) {
    throw new Malformed();
  }
  return p as Problem;
}
