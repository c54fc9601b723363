// Small facts about text that every edge needs: 1-based line and column of an offset, for the
// `path:line:col` lines of the CLI. (LSP positions are built in server/src/convert.ts.)

/** Offsets of the start of every line. `\r\n`, `\r` and `\n` all end a line. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (char === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (char === 10 /* \n */) {
      starts.push(i + 1);
    }
  }
  return starts;
}

/** 1-based line and column (in UTF-16 code units) of an offset. */
export function lineAndColumn(starts: readonly number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle] <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - starts[low] + 1 };
}

/**
 * The text before an offset on its own line, at most `length` characters: a cue does not reach over a
 * line break (a heading's last word is no cue for the paragraph after it). The line break is looked
 * for in that stretch only, since on a line a megabyte long the line's start is far away.
 */
export function lineBefore(text: string, offset: number, length: number): string {
  const window = text.slice(Math.max(0, offset - length), offset);
  return window.slice(window.lastIndexOf('\n') + 1);
}
