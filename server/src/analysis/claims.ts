// Claims: what a money figure is a figure *of*. A figure makes a claim when its sentence says whose
// figure it is (the subject, an organisation or project) and what it measures (the metric, from
// Indonesian cue words: `valuasi`, `kerugian`, `menginvestasikan … pada`, `komitmen`, …), with the
// counterparty where there is one (investor → investee), the period, how sure the text is
// (reported, projected, potential, in talks) and the attribution that covers it.
//
// A figure with no clear subject or metric makes no claim: silence beats a wrong warning. This module
// reads one article; comparing claims across articles is the corpus checks' business.

import claimCues from '../../data/language/claims.json';
import { isForeign, pointValue } from './money';
import { Words, alternatives } from './patterns';
import { clauses, paragraphStart, sentences } from './sentences';
import { firstAtOrAfter, spanIndexAt, within } from './spans';
import { PeriodMention, claimTime } from './time';
import { Token } from './tokens';
import { Attribution, Claim, EntityMention, Metric, Modality, MoneyFigure, Span } from './types';

/** Metrics that involve a second party. */
export const TWO_SIDED_METRICS: ReadonlySet<Metric> = new Set(['investment', 'funding', 'deal-value', 'stake', 'commitment']);

/** How far before and after a figure its claim is read, within its sentence. */
const SCOPE_BEFORE = 400;
const SCOPE_AFTER = 240;

interface Cue {
  start: number;
  end: number;
  words: string;
}

/** What the claims need to know of an article's time: its periods, and its date in days since 1970. */
export interface ArticleTime {
  periods: readonly PeriodMention[];
  published: number | null;
}

export function findClaims(
  text: string, tokens: readonly Token[], money: readonly MoneyFigure[], entities: readonly EntityMention[],
  attributions: readonly Attribution[], time: ArticleTime,
): Claim[] {
  const spans = sentences(text);
  const parties = entities.filter((mention) => mention.type === 'org' || mention.type === 'project');
  const years = yearMentions(text);
  const claims: Claim[] = [];
  // Rupiah figures the article converts to dollars itself (`USD3 triliun (Rp45.000 triliun)`).
  const converted = money.filter((figure) => figure.currency === 'IDR' && figure.conversionOf !== null).map(pointValue);
  money.forEach((figure, index) => {
    // Vague amounts say an order of magnitude, not a figure to check; a stated conversion restates
    // the figure it converts, which makes the claim.
    if (figure.qualifier === 'vague') return;
    // A figure in another currency is in dollars only at a rough rate: too rough to weigh against others.
    if (isForeign(figure.currency)) return;
    if (figure.conversionOf !== null && figure.conversionOf < index) return;
    // The same rupiah figure again without its conversion (a headline's `Rp45 Ribu Triliun`) restates
    // the converted one, whose dollar figure makes the claim: at another rate it would seem to disagree.
    if (figure.currency === 'IDR' && figure.conversionOf === null && converted.some((value) => sameValue(value, pointValue(figure)))) return;
    const sentenceIndex = spanIndexAt(spans, figure.start);
    if (sentenceIndex === -1) return;
    const sentence = spans[sentenceIndex];
    // Everything is read within a bounded stretch of the sentence around the figure, so that a
    // figure costs the same however long its sentence is.
    const scope = { start: Math.max(sentence.start, figure.start - SCOPE_BEFORE), end: Math.min(sentence.end, figure.end + SCOPE_AFTER) };
    if (!statesAFact(text, tokens, figure, scope)) return;
    const claim = readClaim(text, tokens, figure, scope, parties, years);
    if (!claim) return;
    const clause = clauses(text, sentence).find((span) => span.start <= figure.start && figure.start < span.end) ?? sentence;
    const when = claimTime(tokens, time.periods, figure, clause, scope, time.published);
    claims.push({ ...claim, ...when, figure: index, source: sourceOf(text, attributions, spans, sentenceIndex), sentence });
  });
  return claims;
}

type ClaimCore = Pick<Claim, 'subject' | 'metric' | 'counterparty' | 'period' | 'modality'>;

// ---------------------------------------------------------------------------------------------
// Figures that state no company's fact

const NOT_CLAIM_BEFORE = new Words(claimCues.notClaims);
const NOT_CLAIM_AFTER = new RegExp(String.raw`^\s*(?:${alternatives(claimCues.notClaimsAfter)})(?![\p{L}])`, 'iu');
const DIFFERENCE_WORDS = new Set(claimCues.differences.filter((word) => !word.includes(' ')));
const CONDITION_WORDS = new Set(claimCues.conditions);
/** Below this many US dollars a figure is a price or a fee, not a company's fact. */
const SMALLEST_FACT_USD = 1_000_000;

/**
 * Whether a figure states a fact at all: not an exchange rate or a unit price (`kurs Rp 16.410 per
 * dolar AS`, `$135 per saham`), not a difference (`bertambah USD3,2 miliar`, `naik sebesar $2
 * miliar`; `naik menjadi` states a level), not a condition's threshold (`selama pendapatannya di
 * bawah US$5 juta`), and not an amount too small to be a company's figure.
 */
function statesAFact(text: string, tokens: readonly Token[], figure: MoneyFigure, scope: Span): boolean {
  const high = figure.usd.max ?? figure.usd.min;
  if (high !== null && high < SMALLEST_FACT_USD) return false;
  if (NOT_CLAIM_AFTER.test(text.slice(figure.end, Math.min(text.length, figure.end + 16)))) return false;
  const at = firstAtOrAfter(tokens, figure.start);
  let previous = at - 1;
  if (tokens[previous]?.lower === 'sebesar' || tokens[previous]?.lower === 'senilai') previous--;
  if (tokens[previous] && tokens[previous].start >= scope.start && DIFFERENCE_WORDS.has(tokens[previous].lower)) return false;
  // A condition or a non-fact cue in the few words before the figure, within its clause.
  for (let i = at - 1, seen = 0; i >= 0 && seen < 6 && tokens[i].start >= scope.start; i--, seen++) {
    if (tokens[i].text === ',' || tokens[i].text === ';' || tokens[i].text === '.') break;
    if (CONDITION_WORDS.has(tokens[i].lower)) return false;
  }
  const from = Math.max(scope.start, figure.start - 40);
  const notFact = NOT_CLAIM_BEFORE.matches(text, tokens, from, figure.start).at(-1);
  if (notFact === undefined) return true;
  // The nearest cue decides: a metric cue after the non-fact cue wins (`harga saham … valuasi $90 miliar`).
  return METRIC_CUES.some(({ words }) => words.test(text, tokens, from + notFact.index + 1, figure.start));
}

function readClaim(text: string, tokens: readonly Token[], figure: MoneyFigure, sentence: Span, parties: readonly EntityMention[], years: readonly YearMention[]): ClaimCore | null {
  const inSentence = within(parties, sentence.start, sentence.end);
  const cue = metricCue(text, tokens, figure, sentence);
  let metric: Metric | undefined = cue?.metric;
  const cueStart = cue?.cue.start ?? figure.start;
  const possessive = cue ? /nya$/u.test(cue.cue.words) : false;

  let subject: EntityMention | undefined;
  let counterparty: EntityMention | undefined;
  // `$1,5 Miliar Saham OpenAI`: after a cue that follows the figure, the party is the other side.
  if (cue && cue.cue.start >= figure.end) {
    counterparty = inSentence.find((party) => party.start >= cue.cue.end && party.start - cue.cue.end <= 16);
  }
  // `… senilai $300 miliar dengan Oracle`: a party after the figure, introduced so, is the other side.
  const partnerAfter = inSentence.find((party) => party.start >= figure.end && party.start - figure.end <= 40 &&
    PARTNER_AFTER.test(text.slice(figure.end, party.start)));
  // `valuasi OpenAI`: the entity right after the cue is whose figure it is; `sahamnya di Nvidia`:
  // after a preposition, it is the other side.
  if (cue && cue.cue.start < figure.start) {
    const between = inSentence.find((party) => party.start >= cue.cue.end && party.end <= figure.start &&
      party.start - cue.cue.end <= 24);
    if (between) {
      const preposition = /(?:^|\s)(?:di|pada|ke|dalam|terhadap|kepada|atas)\s+$/u.test(text.slice(cue.cue.end, between.start));
      if (preposition) counterparty = between;
      else if (!possessive) subject = between;
    }
  }
  // `diikuti Microsoft (sekitar $800 juta), SoftBank ($400 juta)`, `Alpha Ventures, yang menanamkan
  // $2 miliar`: in a list, each amount belongs to the party it follows.
  const listed = listParty(text, figure, inSentence);
  if (listed) subject = listed;
  const refersBack = possessive || REFERS_BACK.test(text.slice(sentence.start, figure.start));
  if (!subject && !possessive) subject = subjectBefore(text, sentence, cueStart, inSentence);
  if (!subject && !refersBack) {
    subject = inSentence.find((party) => party.start >= figure.end && party.id !== counterparty?.id && party !== partnerAfter);
  }
  // `valuasinya`, `perusahaan ini`, `mereka`: the sentence points back to a party named before it.
  if (!subject && refersBack) subject = antecedent(parties, sentence, counterparty);
  if (!subject) return null;
  // `memimpin putaran pendanaan bagi OpenAI, dengan valuasi $300 miliar`: a valuation belongs to the
  // company funded, named after `bagi`, `untuk` or `di`, not to the investor that opens the sentence.
  // `memimpin putaran pendanaan senilai $40 miliar bagi OpenAI`: the round is the funded company's.
  if (metric === 'funding') {
    const funded = inSentence.find((party) => party.start >= figure.end && party.start - figure.end <= 24 && ROUND_FOR_AFTER.test(text.slice(figure.end, party.start)));
    if (funded) subject = funded;
  }
  if (cue && (cue.metric === 'valuation' || cue.metric === 'pre-money-valuation')) {
    const funded = inSentence.filter((party) => party.end <= cue.cue.start && FUNDED_BEFORE.test(text.slice(Math.max(sentence.start, party.start - 8), party.start))).pop();
    if (funded) subject = funded;
  }
  if (!counterparty && partnerAfter && partnerAfter.id !== subject.id) counterparty = partnerAfter;

  if (!metric) {
    // `Proyek Stargate senilai $500 miliar`: a project's own figure with no other cue is its value.
    const valueCue = VALUE_CUE_BEFORE.test(text.slice(Math.max(0, figure.start - 16), figure.start));
    if (subject.type === 'project' && valueCue) metric = 'value';
  }
  if (!metric) return null;

  // `xAI memperoleh kucuran modal US$ 2 miliar yang berasal dari SpaceX`: money from a named investor
  // is that investor's investment (a tranche), not the size of the round.
  if (metric === 'funding') {
    const source = inSentence.find((party) => party.start >= figure.end && party.start - figure.end <= 100 && party.id !== subject!.id &&
      FROM_INVESTOR.test(text.slice(figure.end, party.start)));
    if (source) {
      counterparty = subject;
      subject = source;
      metric = 'investment';
    }
  }
  if (TWO_SIDED_METRICS.has(metric) && !counterparty) counterparty = counterpartyOf(text, sentence, figure, subject, cueStart, inSentence, parties);
  if (counterparty?.id === subject.id) counterparty = undefined;
  return {
    subject: subject.id,
    metric,
    counterparty: TWO_SIDED_METRICS.has(metric) ? counterparty?.id ?? null : null,
    period: periodOf(text, figure, sentence, years),
    modality: modalityOf(text, tokens, clauseStart(text, sentence, Math.min(cueStart, figure.start)), figure),
  };
}

// ---------------------------------------------------------------------------------------------
// Metric

const METRIC_CUES: readonly { metric: Metric; words: Words }[] = Object.entries(claimCues.metrics).map(([metric, words]) => ({
  metric: metric as Metric,
  words: new Words(words),
}));
const INVESTMENT_CONTEXT = new Words(claimCues.investmentContext);
const VALUE_CUE_BEFORE = new RegExp(String.raw`(?:${alternatives(claimCues.valueCues)})\s*$`, 'iu');

/**
 * The metric of a figure: a cue right after it (`$1,5 miliar saham`), else the nearest cue before it
 * in its sentence. A commitment in a sentence about investing is the investment.
 */
function metricCue(text: string, tokens: readonly Token[], figure: MoneyFigure, sentence: Span): { metric: Metric; cue: Cue } | undefined {
  const afterEnd = Math.min(sentence.end, figure.end + 20);
  const after = text.slice(figure.end, afterEnd);
  for (const { metric, words } of METRIC_CUES) {
    const [match] = words.matches(text, tokens, figure.end, afterEnd, 1);
    // `$4 miliar dengan valuasi $90 miliar`: a cue introduced by `dengan` is another figure's.
    if (match && /^\s*$/.test(after.slice(0, match.index)) && !/^dengan\s/iu.test(match[0])) {
      return { metric, cue: { start: figure.end + match.index, end: figure.end + match.index + match[0].length, words: match[0].toLowerCase() } };
    }
  }
  let best: { metric: Metric; cue: Cue } | undefined;
  for (const { metric, words } of METRIC_CUES) {
    for (const match of words.matches(text, tokens, sentence.start, figure.start)) {
      const start = sentence.start + match.index;
      // The cue that ends nearest the figure; of two ending together, the longer (`kontrak bernilai` over `bernilai`).
      const end = start + match[0].length;
      if (!best || end > best.cue.end || (end === best.cue.end && match[0].length > best.cue.words.length)) {
        best = { metric, cue: { start, end: start + match[0].length, words: match[0].toLowerCase() } };
      }
    }
  }
  // `perjanjian infrastruktur bernilai $1,4 triliun`: `bernilai` after a deal's noun is that deal's value.
  if (best && /^(?:kini |tercatat )?bernilai$/.test(best.cue.words)) {
    const cueStart = best.cue.start;
    let deal: { metric: Metric; cue: Cue } | undefined;
    for (const { metric, words } of METRIC_CUES) {
      if (metric === 'valuation') continue;
      for (const match of words.matches(text, tokens, sentence.start, figure.start)) {
        const start = sentence.start + match.index;
        const end = start + match[0].length;
        // Only a deal's noun with at most two plain words between (`perjanjian infrastruktur bernilai`).
        if (end > cueStart || !/^\s*(?:\p{Ll}+\s+){0,2}$/u.test(text.slice(end, cueStart))) continue;
        if (!deal || end > deal.cue.end) deal = { metric, cue: { start, end, words: match[0].toLowerCase() } };
      }
    }
    if (deal) best = deal;
  }
  if (best?.metric === 'commitment' && INVESTMENT_CONTEXT.test(text, tokens, sentence.start, figure.start)) best = { ...best, metric: 'investment' };
  // `investor terbesar OpenAI, dengan komitmen …` is an investment; `investor` alone names a party.
  if (best?.metric === 'investment' && best.cue.words === 'investor' && !/komitmen|dana/iu.test(text.slice(best.cue.end, figure.start))) return undefined;
  return best;
}

// ---------------------------------------------------------------------------------------------
// Subject and counterparty

/** Words after which a new subject starts within a sentence: `…, dan Amazon mendukung Anthropic`. */
const SUBJECT_BOUNDARY = /(?:[,;]|\s(?:dan|serta|sementara|sedangkan|namun|tetapi|setelah|ketika|saat|sedang))\s+$/u;

/**
 * The subject before the cue: the last party that opens a stretch of the sentence (after a comma or a
 * conjunction: `…, dan Amazon mendukung Anthropic melalui komitmen investasi`), else the first party.
 */
function subjectBefore(text: string, sentence: Span, cueStart: number, inSentence: readonly EntityMention[]): EntityMention | undefined {
  const before = inSentence.filter((party) => party.end <= cueStart);
  for (let i = before.length - 1; i > 0; i--) {
    if (SUBJECT_BOUNDARY.test(text.slice(Math.max(sentence.start, before[i].start - 16), before[i].start))) return before[i];
  }
  return before[0];
}

/** What may stand between a listed party and its amount: `Microsoft (`, `SoftBank sebesar`, `Alpha, yang menanamkan`. */
const LIST_AMOUNT_BETWEEN = /^\s*(?:\(\s*|(?:sebesar|senilai|dengan)\s+|,\s*yang\s+(?:\p{Ll}+\s+){1,2})$/u;
/** What opens a list item: a comma, a bracket, `dan`, `serta`, `diikuti`, `termasuk`, `dipimpin`. */
const LIST_ITEM_BEFORE = /(?:[,(;:]|(?:^|\s)(?:dan|serta|diikuti|termasuk|yakni|yaitu|dipimpin|seperti))\s*$/u;

/** The party a figure directly follows as an item of a list, if it does. */
function listParty(text: string, figure: MoneyFigure, inSentence: readonly EntityMention[]): EntityMention | undefined {
  let party: EntityMention | undefined;
  for (const mention of inSentence) {
    if (mention.end > figure.start) break;
    if (figure.start - mention.end <= 40) party = mention;
  }
  if (!party || !LIST_AMOUNT_BETWEEN.test(text.slice(party.end, figure.start))) return undefined;
  // A bracketed amount or a relative clause is the party's own; after `sebesar`, only a list item.
  const between = text.slice(party.end, figure.start);
  if (/^\s*(?:\(|,)/.test(between)) return party;
  return LIST_ITEM_BEFORE.test(text.slice(Math.max(0, party.start - 12), party.start)) ? party : undefined;
}

/** Between an amount and the investor it comes from: `… yang berasal dari`, `… dari`. */
const FROM_INVESTOR = /^(?:[^.;,]|[.,]\d){0,80}?(?:berasal\s+dari|dari|oleh)\s+$/u;

/** Between a round's size and the company it is for: ` bagi `, ` untuk `. */
const ROUND_FOR_AFTER = /^\s*(?:bagi|untuk)\s+$/u;

/** The preposition before a funded company: `bagi OpenAI`, `untuk Anthropic`, `di xAI`. */
const FUNDED_BEFORE = /(?:^|\s)(?:bagi|untuk|di|ke|ke dalam)\s+$/u;

/** Words by which a sentence points back to a party named before it. */
const REFERS_BACK = /(?<![\p{L}])(?:\p{L}{4,}nya|(?:perusahaan|startup|firma|raksasa(?:\s+\p{Ll}+){0,4})\s+(?:ini|tersebut|itu)|mereka|pembuat\s+\p{Lu}\S*|pengembang\s+\p{Lu}\S*)(?![\p{L}])/u;
const PARTNER_AFTER = /^[^.;]{0,24}?(?:dengan|bersama)\s+$/u;

/** The party a pronoun or possessive refers to: the last one named before the sentence, nearby. */
function antecedent(parties: readonly EntityMention[], sentence: Span, not?: EntityMention): EntityMention | undefined {
  const nearby = within(parties, Math.max(0, sentence.start - 1200), sentence.start);
  for (let i = nearby.length - 1; i >= 0; i--) if (nearby[i].id !== not?.id) return nearby[i];
  return undefined;
}

const COUNTERPARTY_AFTER = /^[^.;]{0,24}?(?:ke\s+dalam|ke|pada|di|dalam|kepada|dengan|untuk|dari|terhadap)\s+$/u;
const ANAPHOR_AFTER = /^[^.;]{0,30}?(?:perusahaan|startup|firma)\s+(?:tersebut|itu|ini)/u;

function counterpartyOf(
  text: string, sentence: Span, figure: MoneyFigure, subject: EntityMention, cueStart: number,
  inSentence: readonly EntityMention[], parties: readonly EntityMention[],
): EntityMention | undefined {
  // `… hampir $14 miliar pada OpenAI`: a party right after the figure, after a preposition.
  const after = inSentence.find((party) => party.start >= figure.end && party.start - figure.end <= 40 && party.id !== subject.id);
  if (after && COUNTERPARTY_AFTER.test(text.slice(figure.end, after.start))) return after;
  // `Amazon mendukung Anthropic melalui komitmen investasi …`: a party between the subject and the figure.
  const between = inSentence.find((party) => party.start > subject.end && party.end <= figure.start && party.id !== subject.id &&
    party.start < Math.max(cueStart, figure.start));
  if (between) return between;
  // `… ke dalam perusahaan tersebut`: the other party named before the subject.
  if (ANAPHOR_AFTER.test(text.slice(figure.end, Math.min(sentence.end, figure.end + 60)))) {
    const before = within(parties, Math.max(0, figure.start - 1200), figure.start).filter((party) => party.id !== subject.id);
    return before[before.length - 1];
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Period

interface YearMention {
  start: number;
  end: number;
  year: number;
}

function yearMentions(text: string): YearMention[] {
  const years: YearMention[] = [];
  const year = /(?<![\p{L}\p{N}.,$])(?:19|20)\d\d(?![\p{L}\p{N}]|[.,]\d)/gu;
  for (let match = year.exec(text); match; match = year.exec(text)) {
    years.push({ start: match.index, end: match.index + 4, year: Number(match[0]) });
  }
  return years;
}

const QUARTER = /kuartal\s+(pertama|kedua|ketiga|keempat|I{1,3}|IV|[1-4])\s+(?:tahun\s+)?((?:19|20)\d\d)/iu;
const QUARTER_NUMBER: Record<string, number> = { pertama: 1, kedua: 2, ketiga: 3, keempat: 4, i: 1, ii: 2, iii: 3, iv: 4 };

/**
 * The period of a figure: a year (or a quarter of one) written in its clause, the nearest after it
 * first (`$5 miliar pada tahun 2024`), then before it (`pada tahun 2028 akan membengkak menjadi …`);
 * `pada tahun yang sama` is the year named last before it. `sejak 2019` is a starting point, not a period.
 */
function periodOf(text: string, figure: MoneyFigure, sentence: Span, years: readonly YearMention[]): string | null {
  const clause = clauses(text, sentence).find((span) => span.start <= figure.start && figure.start < span.end) ?? sentence;
  const inClause = text.slice(clause.start, clause.end);
  const quarter = QUARTER.exec(inClause);
  if (quarter) return `${quarter[2]}-Q${QUARTER_NUMBER[quarter[1].toLowerCase()] ?? quarter[1]}`;
  const candidates = within(years, clause.start, clause.end).filter((year) =>
    !/sejak\s+(?:tahun\s+)?$/iu.test(text.slice(Math.max(0, year.start - 12), year.start)));
  const after = candidates.find((year) => year.start >= figure.end && year.start - figure.end <= 40);
  if (after) return String(after.year);
  const before = candidates.filter((year) => year.end <= figure.start);
  if (before.length > 0) return String(before[before.length - 1].year);
  if (/tahun\s+yang\s+sama/iu.test(inClause)) {
    const earlier = within(years, Math.max(0, clause.start - 2000), clause.start);
    if (earlier.length > 0) return String(earlier[earlier.length - 1].year);
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Modality and source

const MODALITY_CUES: readonly { modality: Modality; words: Words }[] = Object.entries(claimCues.modality).map(([modality, words]) => ({
  modality: modality as Modality,
  words: new Words(words),
}));

/** The start of the clause holding `offset`. */
function clauseStart(text: string, sentence: Span, offset: number): number {
  return clauses(text, sentence).find((clause) => clause.start <= offset && offset < clause.end)?.start ?? sentence.start;
}

/** How sure the text is of the figure: the cue nearest before it from `from`, else a reported fact. */
function modalityOf(text: string, tokens: readonly Token[], from: number, figure: MoneyFigure): Modality {
  let best: { modality: Modality; at: number } | undefined;
  for (const { modality, words } of MODALITY_CUES) {
    for (const match of words.matches(text, tokens, from, figure.start)) {
      if (!best || match.index > best.at) best = { modality, at: match.index };
    }
  }
  return best?.modality ?? 'reported';
}

/** The attribution in a sentence, else the last one earlier in its paragraph. */
export function sourceOf(text: string, attributions: readonly Attribution[], spans: readonly Span[], sentenceIndex: number): number | null {
  const sentence = spans[sentenceIndex];
  const first = firstAtOrAfter(attributions, sentence.start);
  if (first < attributions.length && attributions[first].end <= sentence.end) return first;
  const previous = first - 1;
  return previous >= 0 && attributions[previous].start >= paragraphStart(text, sentence.start) ? previous : null;
}

/** Whether two values are the same figure, written with other rounding (within 0.5%). */
function sameValue(a: number | null, b: number | null): boolean {
  return a !== null && b !== null && a > 0 && Math.abs(a - b) <= 0.005 * Math.max(a, b);
}
