// The rupiah-per-dollar rate in force for a corpus, and where it came from. Pure.

import { DEFAULT_IDR_PER_USD, impliedRate } from '../analysis/money';
import { ArticleAnalysis } from '../analysis/types';

export interface RateInfo {
  idrPerUsd: number;
  /** Where the rate came from: an option or setting, the corpus's own conversions, or the default. */
  source: 'option' | 'corpus' | 'default';
}

/** The rate in force: the option's, else the median of the corpus's own stated conversions, else the default. */
export function chooseRate(analyses: readonly ArticleAnalysis[], option: number | undefined): RateInfo {
  if (option !== undefined) return { idrPerUsd: option, source: 'option' };
  const implied = impliedRate(analyses.map((analysis) => analysis.money));
  return implied === undefined ? { idrPerUsd: DEFAULT_IDR_PER_USD, source: 'default' } : { idrPerUsd: implied, source: 'corpus' };
}
