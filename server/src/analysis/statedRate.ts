// The exchange rate an article states itself: `kurs Rp 16.410 per dolar AS`, `dengan asumsi kurs
// Rp15.600`, `Rp14.000 per dolar`. Such a figure is a rate, not money anyone holds, and the article's
// own conversions are checked against it.

import claimCues from '../../data/language/claims.json';
import { PLAUSIBLE_RATE, pointValue } from './money';
import { alternatives } from './patterns';
import { MoneyFigure } from './types';

const RATE_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${alternatives(claimCues.rateCues)})(?:\s+\p{Ll}+){0,2}\s*$`, 'iu');
const PER_DOLLAR_AFTER = /^\s*(?:per|\/)\s*(?:dolar|dollar|us\$|usd)/iu;

/** The first rupiah-per-dollar rate the article states, or null. */
export function statedRate(text: string, money: readonly MoneyFigure[]): number | null {
  for (const figure of money) {
    if (figure.currency !== 'IDR') continue;
    const value = pointValue(figure);
    if (value === null || value < PLAUSIBLE_RATE.min || value > PLAUSIBLE_RATE.max) continue;
    const before = text.slice(Math.max(0, figure.start - 40), figure.start);
    const after = text.slice(figure.end, figure.end + 16);
    if (RATE_BEFORE.test(before) || PER_DOLLAR_AFTER.test(after)) return value;
  }
  return null;
}
