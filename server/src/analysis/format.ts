// Money values in words a reader of Indonesian news knows: `US$10 miliar`, `Rp167,2 triliun`,
// `≥ US$13 miliar`. Used by the CLI's text output and the editor's hovers.

import { currencySymbol } from './money';
import { Currency, Interval, Qualifier } from './types';

/** Reporting writes `Rp8.360 triliun` rather than `kuadriliun`, so triliun is the largest scale shown. */
const SCALES: readonly [number, string][] = [
  [1e12, 'triliun'], [1e9, 'miliar'], [1e6, 'juta'], [1e3, 'ribu'],
];

/** One amount: `US$5,83 miliar`, `Rp167,2 triliun`, `US$1.500`. */
export function formatAmount(value: number, currency: Currency): string {
  const symbol = currencySymbol(currency);
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

/** The short scale words of Indonesian reporting, for hints beside the text: `Rp158 T`, `US$9,7 M`. */
const SHORT_SCALES: readonly [number, string][] = [[1e12, 'T'], [1e9, 'M'], [1e6, 'jt']];

/** One amount in few characters: `Rp158 T`, `US$9,7 M`, `Rp850 jt`, `US$12.500`; one decimal below ten, none above. */
export function compactAmount(value: number, currency: Currency): string {
  const symbol = currencySymbol(currency);
  const magnitude = Math.abs(value);
  const sign = value < 0 ? '-' : '';
  for (const [scale, word] of SHORT_SCALES) {
    if (magnitude >= scale) return `${sign}${symbol}${indonesianNumber(magnitude / scale, magnitude / scale < 10 ? 1 : 0)} ${word}`;
  }
  return `${sign}${symbol}${indonesianNumber(magnitude, 0)}`;
}

/** An interval in few characters, for a hint: `≈ Rp158 T`, `≥ US$13 M`, `US$50–100 jt`; nothing for a vague amount. */
export function compactInterval(interval: Interval, currency: Currency, qualifier: Qualifier): string | undefined {
  const amount = (value: number | null) => (value === null ? undefined : compactAmount(value, currency));
  switch (qualifier) {
    case 'exact':
    case 'approx': return interval.min === null ? undefined : `≈ ${amount(interval.min)}`;
    case 'over': return interval.min === null ? undefined : `≥ ${amount(interval.min)}`;
    case 'under':
    case 'upto': return interval.max === null ? undefined : `≤ ${amount(interval.max)}`;
    case 'range': return interval.min === null || interval.max === null ? undefined : `≈ ${amount(interval.min)}–${amount(interval.max)}`;
    case 'vague': return undefined;
  }
}

/** `1670` → `1.670`, `167.2` → `167,2`: Indonesian separators, at most `decimals` places. */
export function indonesianNumber(value: number, decimals: number): string {
  const rounded = Number(value.toFixed(decimals));
  const [whole, fraction] = String(rounded).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return fraction ? `${grouped},${fraction}` : grouped;
}
