// The analysis core's one entry point: an article's text in, its money figures, entity mentions,
// attributions, claims, deals and problems out, as plain data with UTF-16 offsets. Pure: no files, no editor,
// no process; it never throws on any text.

import { findAttributions } from './attributions';
import { findClaims } from './claims';
import { findDeals } from './deals';
import { findEntities } from './entities';
import { Lexicon } from './lexicon';
import { DEFAULT_IDR_PER_USD, MoneyOptions, findMoney } from './money';
import { tokenize } from './tokens';
import { ArticleAnalysis } from './types';

export interface AnalysisOptions extends MoneyOptions {}

export const DEFAULT_ANALYSIS_OPTIONS: AnalysisOptions = { idrPerUsd: DEFAULT_IDR_PER_USD };

export function analyzeArticle(text: string, lexicon: Lexicon, options: AnalysisOptions = DEFAULT_ANALYSIS_OPTIONS): ArticleAnalysis {
  const tokens = tokenize(text);
  const { mentions, problems } = findEntities(text, tokens, lexicon);
  const money = findMoney(text, options);
  const attributions = findAttributions(text, mentions);
  const claims = findClaims(text, money, mentions, attributions);
  return {
    money,
    entities: mentions,
    attributions,
    claims,
    deals: findDeals(text, money, mentions, attributions, claims),
    problems,
  };
}
