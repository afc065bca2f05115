// Offsets <-> LSP positions (0-based line, UTF-16 character). Lines end at \n, \r\n or a lone \r.

import type { Position, Range } from "../types";

/** The two ranges start and end at the same positions. */
export function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

export class LineIndex {
  /** Offset of the first character of each line. */
  readonly lineStarts: number[];
  readonly length: number;

  constructor(readonly text: string) {
    const starts = [0];
    const n = text.length;
    if (text.indexOf("\r") < 0) {
      // \n only: indexOf finds them much faster than a loop over every character
      for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
      this.lineStarts = starts;
      this.length = n;
      return;
    }
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (i + 1 < n && text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.lineStarts = starts;
    this.length = n;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** Line that contains `offset` (clamped to the text). */
  lineAt(offset: number): number {
    const starts = this.lineStarts;
    if (offset <= 0) return 0;
    if (offset >= this.length) return starts.length - 1;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(this.length, Math.floor(offset)));
    const line = this.lineAt(o);
    return { line, character: o - this.lineStarts[line] };
  }

  /** End of a line's content, before its line break. */
  lineContentEnd(line: number): number {
    const starts = this.lineStarts;
    if (line >= starts.length - 1) return this.length;
    let end = starts[line + 1];
    if (end > starts[line] && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > starts[line] && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  /** Offset of a position; the line and character are clamped to the text and to the line's content. */
  offsetAt(pos: Position): number {
    if (pos.line < 0) return 0;
    if (pos.line >= this.lineStarts.length) return this.length;
    const start = this.lineStarts[pos.line];
    const end = this.lineContentEnd(pos.line);
    return Math.max(start, Math.min(end, start + Math.max(0, pos.character)));
  }

  rangeOf(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }

  /** Offsets of a range. */
  offsetsOf(range: Range): { start: number; end: number } {
    return { start: this.offsetAt(range.start), end: this.offsetAt(range.end) };
  }
}
