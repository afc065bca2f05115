// Ignore comments: "<!-- groundwork-ignore -->" silences the next block (or, written inline, the
// sentence before it), "-ignore-line" the sentences on its line, "-off" ... "-on" a region.
// Ignored sentences are still extracted (and marked) so block numbering stays the same.

import type { DraftSentence } from "./types";

export const DIRECTIVE = /<!--\s*groundwork[-\s]+(ignore-line|ignore|off|on)\s*-->/gi;

export interface Directive {
  kind: "ignore-line" | "ignore" | "off" | "on";
  line: number;
  offset: number;
}

export interface Block {
  /** Draft lines [from, to) the block covers, for ignore comments before/after it. */
  lines: [number, number];
  sentences: DraftSentence[];
  ignoredByComment: boolean;
}

export function applyIgnores(blocks: Block[], directives: Directive[]): void {
  // looked up by line, not searched per directive: a draft with thousands of ignore comments
  // and blocks took seconds (directives × blocks) before a single claim was checked
  const byStart = new Map<number, Block[]>();
  const byEnd = new Map<number, Block[]>();
  for (const b of blocks) {
    (byStart.get(b.lines[0]) ?? byStart.set(b.lines[0], []).get(b.lines[0])!).push(b);
    (byEnd.get(b.lines[1]) ?? byEnd.set(b.lines[1], []).get(b.lines[1])!).push(b);
  }
  // the first block (in order) starting after a line: binary search over starts, with the
  // smallest block index of each suffix
  const order = blocks.map((b, i) => ({ start: b.lines[0], i })).sort((x, y) => x.start - y.start || x.i - y.i);
  const firstIndexFrom = new Array<number>(order.length + 1).fill(Infinity);
  for (let k = order.length - 1; k >= 0; k--) firstIndexFrom[k] = Math.min(order[k].i, firstIndexFrom[k + 1]);
  const firstStartingAfter = (line: number): Block | undefined => blocks[firstIndexFrom[countAtMost(order.length, (k) => order[k].start, line)]];
  for (const d of directives) {
    if (d.kind !== "ignore") continue;
    // The block right after the comment line, else the block the comment ends, else the next block.
    const target = byStart.get(d.line + 1)?.[0] ?? byEnd.get(d.line)?.[0] ?? firstStartingAfter(d.line);
    if (target) for (const b of byStart.get(target.lines[0])!) if (b.lines[1] === target.lines[1]) b.ignoredByComment = true;
  }
  const regions = directives.filter((d) => d.kind === "off" || d.kind === "on").sort((x, y) => x.offset - y.offset);
  /** Whether the last off/on comment at or before an offset is "off". */
  const offAt = (offset: number): boolean => {
    const n = countAtMost(regions.length, (k) => regions[k].offset, offset);
    return n > 0 && regions[n - 1].kind === "off";
  };
  const ignoreLines = new Set(directives.filter((d) => d.kind === "ignore-line").map((d) => d.line));
  for (const b of blocks) {
    for (const s of b.sentences) {
      if (b.ignoredByComment) s.ignored = true;
      if (offAt(s.start)) s.ignored = true;
      for (let l = s.range.start.line; l <= s.range.end.line; l++) if (ignoreLines.has(l)) s.ignored = true;
    }
  }
}

/** How many of the first `length` values (ascending, read through `valueAt`) are at most `x`: a binary search. */
function countAtMost(length: number, valueAt: (k: number) => number, x: number): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (valueAt(mid) > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
