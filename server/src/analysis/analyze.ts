// The analysis core's one entry point: an article's text in, its date, money figures, entity
// mentions, attributions, claims, deals and problems out, as plain data with UTF-16 offsets. Pure: no
// files, no editor, no process; it never throws on any text.

import { findAttributions } from './attributions';
import { findClaims } from './claims';
import { findDates, publicationDate } from './dates';
import { findDeals } from './deals';
import { findEntities } from './entities';
import { Lexicon } from './lexicon';
import { DEFAULT_IDR_PER_USD, MoneyOptions, findMoney } from './money';
import { statedRate } from './statedRate';
import { findPeriods } from './time';
import { tokenize } from './tokens';
import { ArticleAnalysis, Span } from './types';

export interface AnalysisOptions extends MoneyOptions {}

export const DEFAULT_ANALYSIS_OPTIONS: AnalysisOptions = { idrPerUsd: DEFAULT_IDR_PER_USD };

/**
 * Where analyses spend their time, stage by stage: milliseconds added up over the analyses given it,
 * read with the caller's clock. The benchmark passes one; the server and the CLI do not.
 */
export interface StageTimes {
  readonly now: () => number;
  readonly spent: Record<AnalysisStage, number>;
}

export type AnalysisStage = 'tokens' | 'entities' | 'time' | 'money' | 'attributions' | 'claims' | 'deals' | 'rest';
export const ANALYSIS_STAGES: readonly AnalysisStage[] = ['tokens', 'entities', 'time', 'money', 'attributions', 'claims', 'deals', 'rest'];

export function analyzeArticle(text: string, lexicon: Lexicon, options: AnalysisOptions = DEFAULT_ANALYSIS_OPTIONS, times?: StageTimes): ArticleAnalysis {
  const lap = times ? stopwatch(times) : noLap;
  const tokens = tokenize(text);
  lap('tokens');
  const { mentions, problems } = findEntities(text, tokens, lexicon);
  lap('entities');
  const dates = findDates(text, tokens);
  const outletStarts = new Set(mentions.filter((mention) => mention.type === 'outlet').map((mention) => mention.start));
  const published = publicationDate(text, tokens, dates, outletStarts);
  const publishedDay = published ? Date.parse(published.date) / 86_400_000 : null;
  const periods = findPeriods(tokens, dates, publishedDay, published?.span);
  lap('time');
  const money = findMoney(text, options, tokens);
  lap('money');
  const attributions = findAttributions(text, mentions);
  lap('attributions');
  const claims = findClaims(text, tokens, money, mentions, attributions, { periods, published: publishedDay });
  lap('claims');
  const deals = findDeals(text, tokens, money, mentions, attributions, claims);
  lap('deals');
  const analysis: ArticleAnalysis = {
    published: { date: published?.date ?? null, span: published?.span ?? null },
    headline: headline(text),
    statedRate: statedRate(text, money),
    money,
    entities: mentions,
    attributions,
    claims,
    deals,
    problems,
  };
  lap('rest');
  return analysis;
}

function noLap(_stage: AnalysisStage): void {}

/** A lap function that adds the time since the last lap (or since it was made) to a stage. */
function stopwatch(times: StageTimes): (stage: AnalysisStage) => void {
  let last = times.now();
  return (stage) => {
    const now = times.now();
    times.spent[stage] += now - last;
    last = now;
  };
}

/** The first non-blank line, when another line follows it. */
function headline(text: string): Span | null {
  const start = text.search(/\S/);
  if (start === -1) return null;
  const end = text.indexOf('\n', start);
  if (end === -1 || !/\S/.test(text.slice(end))) return null;
  return { start, end: text.slice(start, end).trimEnd().length + start };
}
