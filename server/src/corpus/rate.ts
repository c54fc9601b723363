// The rupiah-per-dollar rate in force for a corpus, and where it came from. Pure.

import { DEFAULT_IDR_PER_USD, conversionRatios, medianOf } from '../analysis/money';
import { ArticleAnalysis } from '../analysis/types';

export interface RateInfo {
  idrPerUsd: number;
  /** Where the rate came from: an option or setting, the corpus's own conversions, or the default. */
  source: 'option' | 'corpus' | 'default';
}

/**
 * The corpus rate is rounded to this many rupiah: finer than any article states a rate, and coarse
 * enough that an edit to one conversion seldom moves it (which re-checks every figure).
 */
const RATE_STEP = 10;

/** The rate in force: the option's, else the median of the corpus's own stated conversions, else the default. */
export function chooseRate(analyses: readonly ArticleAnalysis[], option: number | undefined): RateInfo {
  return rateFromRatios(analyses.flatMap((analysis) => conversionRatios(analysis.money)), option);
}

/** The same, from the ratios of the corpus's stated conversions. */
export function rateFromRatios(ratios: readonly number[], option: number | undefined): RateInfo {
  return rateFromSortedRatios([...ratios].sort((a, b) => a - b), option);
}

/** The same, from the ratios already in ascending order (an index keeps them so). */
export function rateFromSortedRatios(sorted: readonly number[], option: number | undefined): RateInfo {
  if (option !== undefined) return { idrPerUsd: option, source: 'option' };
  const median = medianOf(sorted, true);
  return median === undefined ? { idrPerUsd: DEFAULT_IDR_PER_USD, source: 'default' } : { idrPerUsd: Math.round(median / RATE_STEP) * RATE_STEP, source: 'corpus' };
}
