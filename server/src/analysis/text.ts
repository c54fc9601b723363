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
