// The one place where offsets become LSP positions and ranges, and back. Offsets and LSP
// positions both count UTF-16 code units (LSP's default position encoding), so a character is a
// column; lines end at \n, \r\n or \r, as LSP says.

import { Location, Position, Range } from 'vscode-languageserver';
import { lineStarts } from './analysis/text';
import { Span } from './analysis/types';

/**
 * Converts between offsets and positions in one text; builds its line table once. A closed article
 * gives only its line table and length: positions then need no text.
 */
export class PositionMap {
  private readonly starts: ArrayLike<number>;
  private readonly length: number;

  constructor(private readonly text: string | undefined, lines?: { lines: ArrayLike<number>; length: number }) {
    this.starts = lines?.lines ?? lineStarts(text ?? '');
    this.length = lines?.length ?? text?.length ?? 0;
  }

  position(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.length));
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle] <= clamped) low = middle;
      else high = middle - 1;
    }
    return { line: low, character: clamped - this.starts[low] };
  }

  /** The offset of a position; a character past the line's end means the end of its text (LSP). */
  offset(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.length;
    const lineStart = this.starts[position.line];
    let lineEnd = position.line + 1 < this.starts.length ? this.starts[position.line + 1] : this.length;
    // The line's text ends before its line break: \n, \r\n or \r (without the text, before the last break character).
    if (this.text === undefined) return Math.min(lineStart + Math.max(0, position.character), lineEnd > lineStart && position.line + 1 < this.starts.length ? lineEnd - 1 : lineEnd);
    if (lineEnd > lineStart && this.text[lineEnd - 1] === '\n') lineEnd--;
    if (lineEnd > lineStart && this.text[lineEnd - 1] === '\r') lineEnd--;
    return Math.min(lineStart + Math.max(0, position.character), lineEnd);
  }

  range(span: Span): Range {
    return { start: this.position(span.start), end: this.position(span.end) };
  }
}

const maps = new WeakMap<object, { text: string | undefined; lines: ArrayLike<number> | undefined; map: PositionMap }>();

/** A document as position maps see it: its text when it has one, else its line table. */
export interface Positioned {
  text: string | undefined;
  lines?: ArrayLike<number>;
  length?: number;
}

/** The position map of a document, cached per document object and text. */
export function positionsOf(document: Positioned): PositionMap {
  let entry = maps.get(document);
  if (!entry || entry.text !== document.text || entry.lines !== document.lines) {
    const lines = document.text === undefined && document.lines ? { lines: document.lines, length: document.length ?? 0 } : undefined;
    entry = { text: document.text, lines: document.lines, map: new PositionMap(document.text, lines) };
    maps.set(document, entry);
  }
  return entry.map;
}

export function location(uri: string, document: Positioned, span: Span): Location {
  return { uri, range: positionsOf(document).range(span) };
}
