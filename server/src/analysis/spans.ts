// Lookups in lists of spans sorted by start (tokens, mentions, figures, sentences): binary searches,
// so that reading around one item costs the same however long the article is.

import { Span } from './types';

/** The index of the span containing `offset` in sorted, disjoint spans, or -1. */
export function spanIndexAt(spans: readonly Span[], offset: number): number {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (spans[middle].end <= offset) low = middle + 1;
    else if (spans[middle].start > offset) high = middle - 1;
    else return middle;
  }
  return -1;
}

/** Index of the first item of a list sorted by start that starts at or after `offset`. */
export function firstAtOrAfter(sorted: readonly Span[], offset: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle].start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The items of a list sorted by start that lie within [start, end), found by binary search. */
export function within<T extends Span>(sorted: readonly T[], start: number, end: number): T[] {
  const found: T[] = [];
  for (let i = firstAtOrAfter(sorted, start); i < sorted.length && sorted[i].start < end; i++) if (sorted[i].end <= end) found.push(sorted[i]);
  return found;
}

/** The index of the first number not below `value` in an ascending list. */
export function lowerBound(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle] < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
