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

export function analyzeArticle(text: string, lexicon: Lexicon, options: AnalysisOptions = DEFAULT_ANALYSIS_OPTIONS): ArticleAnalysis {
  const tokens = tokenize(text);
  const { mentions, problems } = findEntities(text, tokens, lexicon);
  const dates = findDates(text, tokens);
  const outletStarts = new Set(mentions.filter((mention) => mention.type === 'outlet').map((mention) => mention.start));
  const published = publicationDate(text, tokens, dates, outletStarts);
  const publishedDay = published ? Date.parse(published.date) / 86_400_000 : null;
  const periods = findPeriods(tokens, dates, publishedDay, published?.span);
  const money = findMoney(text, options, tokens);
  const attributions = findAttributions(text, mentions);
  const claims = findClaims(text, tokens, money, mentions, attributions, { periods, published: publishedDay });
  return {
    published: { date: published?.date ?? null, span: published?.span ?? null },
    headline: headline(text),
    statedRate: statedRate(text, money),
    money,
    entities: mentions,
    attributions,
    claims,
    deals: findDeals(text, tokens, money, mentions, attributions, claims),
    problems,
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
