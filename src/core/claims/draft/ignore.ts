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
  for (const d of directives) {
    if (d.kind !== "ignore") continue;
    // The block right after the comment line, else the block the comment ends, else the next block.
    const next = blocks.find((b) => b.lines[0] === d.line + 1);
    const prev = blocks.find((b) => b.lines[1] === d.line);
    const target = next ?? prev ?? blocks.find((b) => b.lines[0] > d.line);
    if (target) for (const b of blocks) if (b.lines[0] === target.lines[0] && b.lines[1] === target.lines[1]) b.ignoredByComment = true;
  }
  const regions = directives.filter((d) => d.kind === "off" || d.kind === "on").sort((x, y) => x.offset - y.offset);
  const ignoreLines = new Set(directives.filter((d) => d.kind === "ignore-line").map((d) => d.line));
  for (const b of blocks) {
    for (const s of b.sentences) {
      if (b.ignoredByComment) s.ignored = true;
      let off = false;
      for (const r of regions) {
        if (r.offset > s.start) break;
        off = r.kind === "off";
      }
      if (off) s.ignored = true;
      for (let l = s.range.start.line; l <= s.range.end.line; l++) if (ignoreLines.has(l)) s.ignored = true;
    }
  }
}
