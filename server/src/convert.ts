// The one place where offsets become LSP positions and ranges, and back. Offsets and LSP
// positions both count UTF-16 code units (LSP's default position encoding), so a character is a
// column; lines end at \n, \r\n or \r, as LSP says.

import { Location, Position, Range } from 'vscode-languageserver';
import { lineStarts } from './analysis/text';
import { Span } from './analysis/types';

/** Converts between offsets and positions in one text; builds its line table once. */
export class PositionMap {
  private readonly starts: number[];

  constructor(private readonly text: string) {
    this.starts = lineStarts(text);
  }

  position(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
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
    if (position.line >= this.starts.length) return this.text.length;
    const lineStart = this.starts[position.line];
    let lineEnd = position.line + 1 < this.starts.length ? this.starts[position.line + 1] : this.text.length;
    // The line's text ends before its line break: \n, \r\n or \r.
    if (lineEnd > lineStart && this.text[lineEnd - 1] === '\n') lineEnd--;
    if (lineEnd > lineStart && this.text[lineEnd - 1] === '\r') lineEnd--;
    return Math.min(lineStart + Math.max(0, position.character), lineEnd);
  }

  range(span: Span): Range {
    return { start: this.position(span.start), end: this.position(span.end) };
  }
}

const maps = new WeakMap<object, PositionMap>();

/** The position map of a document's text, cached per analysed document object. */
export function positionsOf(document: { text: string }): PositionMap {
  let map = maps.get(document);
  if (!map) {
    map = new PositionMap(document.text);
    maps.set(document, map);
  }
  return map;
}

export function location(uri: string, document: { text: string }, span: Span): Location {
  return { uri, range: positionsOf(document).range(span) };
}
