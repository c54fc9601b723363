// Money values in words a reader of Indonesian news knows: `US$10 miliar`, `Rp167,2 triliun`,
// `≥ US$13 miliar`. Used by the CLI's text output and the editor's hovers.

import { Currency, Interval, Qualifier } from './types';

/** Reporting writes `Rp8.360 triliun` rather than `kuadriliun`, so triliun is the largest scale shown. */
const SCALES: readonly [number, string][] = [
  [1e12, 'triliun'], [1e9, 'miliar'], [1e6, 'juta'], [1e3, 'ribu'],
];

/** One amount: `US$5,83 miliar`, `Rp167,2 triliun`, `US$1.500`. */
export function formatAmount(value: number, currency: Currency): string {
  const symbol = currency === 'USD' ? 'US$' : 'Rp';
  const negative = value < 0 ? '-' : '';
  const magnitude = Math.abs(value);
  for (const [scale, word] of SCALES) {
    if (magnitude >= scale && scale >= 1e6) return `${negative}${symbol}${indonesianNumber(magnitude / scale, 2)} ${word}`;
  }
  return `${negative}${symbol}${indonesianNumber(magnitude, magnitude < 1000 ? 2 : 0)}`;
}

/** An interval with its qualifier: `≥ US$13 miliar`, `US$50 juta–US$100 juta`. */
export function formatInterval(interval: Interval, currency: Currency, qualifier: Qualifier): string {
  const amount = (value: number | null) => (value === null ? '?' : formatAmount(value, currency));
  switch (qualifier) {
    case 'exact': return amount(interval.min);
    case 'approx': return `≈ ${amount(interval.min)}`;
    case 'over': return `≥ ${amount(interval.min)}`;
    case 'under': return `≤ ${amount(interval.max)}`;
    case 'upto': return `≤ ${amount(interval.max)}`;
    case 'range': return `${amount(interval.min)}–${amount(interval.max)}`;
    case 'vague': return `${amount(interval.min)}–${amount(interval.max)}`;
  }
}

/** What a qualifier means, in words. */
export function describeQualifier(qualifier: Qualifier): string {
  switch (qualifier) {
    case 'exact': return 'exact';
    case 'approx': return 'approximately';
    case 'over': return 'more than';
    case 'under': return 'almost / less than';
    case 'upto': return 'up to';
    case 'range': return 'a range';
    case 'vague': return 'an order of magnitude only';
  }
}

/** `1670` → `1.670`, `167.2` → `167,2`: Indonesian separators, at most `decimals` places. */
export function indonesianNumber(value: number, decimals: number): string {
  const rounded = Number(value.toFixed(decimals));
  const [whole, fraction] = String(rounded).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return fraction ? `${grouped},${fraction}` : grouped;
}
