// The sentences of a Markdown draft that state something: prose of paragraphs, headings, list
// items, blockquotes and table cells, with exact UTF-16 places in the draft, the visible text
// (markup removed) with a per-character offset map, citations written with each sentence, and
// silencing by ignore comments. markdown-it gives the block structure (and line maps); inline
// positions are recovered here by walking the inline tokens over the block's source text.
//
// This module walks the blocks; the work per block lives in ./draft: offsets (draft offsets of
// markdown-it's content), inline (visible text and citations), sentences (splitting and
// attaching citations), ignore (ignore comments).

import { LineIndex } from "../text/lines";
import { DIRECTIVE, applyIgnores, type Block, type Directive } from "./draft/ignore";
import { walkInline } from "./draft/inline";
import { findInLine, frontMatterEnd, lineBounds, mapContent, tableRowCells } from "./draft/offsets";
import { md } from "./draft/parser";
import { buildSentences } from "./draft/sentences";
import type { DraftBlockKind, DraftSentence } from "./draft/types";

export type { DraftBlockKind, DraftCitation, DraftSentence } from "./draft/types";

const FOOTNOTE_DEF_LINE = /^ {0,3}\[\^[^\]\s]+\]:/;

export function extractDraftSentences(markdown: string): DraftSentence[] {
  return extractDraftBlocks(markdown).sentences;
}

/** The same, with the number of blocks (sentences number their block; some blocks have none). */
export function extractDraftBlocks(markdown: string): { sentences: DraftSentence[]; blockCount: number } {
  const { starts, ends } = lineBounds(markdown);
  const lineCount = starts.length;
  const fmEnd = frontMatterEnd(markdown, starts, ends);
  // Source for markdown-it: front matter emptied, line numbers kept.
  let src = fmEnd >= 0 ? "\n".repeat(fmEnd + 1) + markdown.slice(starts[Math.min(fmEnd + 1, lineCount - 1)]) : markdown;
  if (fmEnd >= 0 && fmEnd + 1 >= lineCount) src = "\n".repeat(fmEnd);
  if (src.charCodeAt(0) === 0xfeff) src = src.slice(1);
  const tokens = md.parse(src, {});
  const lines = new LineIndex(markdown);

  const blocks: Block[] = [];
  const directives: Directive[] = [];
  const containers: ("list" | "quote")[] = [];
  let openKind: DraftBlockKind = "paragraph";
  let openMap: [number, number] | null = null;
  let tableMap: [number, number] | null = null;
  let rowLine = -1;
  let rowCell = 0;
  let rowCells: { content: string; map: Int32Array }[] = [];

  for (const tok of tokens) {
    switch (tok.type) {
      case "blockquote_open":
        containers.push("quote");
        break;
      case "bullet_list_open":
      case "ordered_list_open":
        containers.push("list");
        break;
      case "blockquote_close":
      case "bullet_list_close":
      case "ordered_list_close":
        containers.pop();
        break;
      case "paragraph_open":
        openKind = containers.length ? containers[containers.length - 1] : "paragraph";
        openMap = tok.map ? [tok.map[0], tok.map[1]] : null;
        break;
      case "heading_open":
        openKind = "heading";
        openMap = tok.map ? [tok.map[0], tok.map[1]] : null;
        break;
      case "table_open":
        tableMap = tok.map ? [tok.map[0], tok.map[1]] : null;
        break;
      case "tr_open":
        rowLine = tok.map ? tok.map[0] : -1;
        rowCell = 0;
        rowCells = rowLine >= 0 && rowLine < lineCount ? tableRowCells(markdown, starts[rowLine], ends[rowLine]) : [];
        break;
      case "th_open":
      case "td_open":
        openKind = "table";
        openMap = tableMap;
        break;
      case "html_block": {
        if (!tok.map) break;
        DIRECTIVE.lastIndex = 0;
        for (let m = DIRECTIVE.exec(tok.content); m; m = DIRECTIVE.exec(tok.content)) {
          let nl = 0;
          for (let i = tok.content.indexOf("\n"); i >= 0 && i < m.index; i = tok.content.indexOf("\n", i + 1)) nl++;
          const line = Math.min(tok.map[0] + nl, lineCount - 1);
          const lineText = markdown.slice(starts[line], ends[line]);
          const at = lineText.indexOf(m[0]);
          directives.push({ kind: m[1].toLowerCase() as Directive["kind"], line, offset: starts[line] + Math.max(0, at) });
        }
        break;
      }
      case "inline": {
        let content = tok.content;
        let cmap: Int32Array;
        const kind = openKind;
        const blockLines: [number, number] = openMap ?? [0, 0];
        if (kind === "table") {
          const cell = rowCells[rowCell++];
          if (!cell || cell.content !== content) {
            // Should not happen; fall back to finding the text in the row line.
            cmap = findInLine(markdown, content, rowLine >= 0 ? starts[rowLine] : 0, rowLine >= 0 ? ends[rowLine] : markdown.length);
          } else cmap = cell.map;
        } else {
          if (!tok.map) break;
          cmap = mapContent(markdown, content, tok.map[0], starts, ends);
        }
        // Footnote definitions ("[^1]: text") are citations, not claims: cut them off.
        let cut = content.length;
        if (kind !== "table" && kind !== "heading") {
          let lineStart = 0;
          for (;;) {
            if (FOOTNOTE_DEF_LINE.test(content.slice(lineStart, lineStart + 200))) {
              cut = lineStart;
              break;
            }
            const nl = content.indexOf("\n", lineStart);
            if (nl < 0) break;
            lineStart = nl + 1;
          }
        }
        const block: Block = { lines: blockLines, sentences: [], ignoredByComment: false };
        const blockIndex = blocks.length;
        blocks.push(block);
        if (cut === 0) break;
        const walked = walkInline(content, cmap, tok.children ?? [], cut);
        const inlineIgnores: number[] = [];
        for (const d of walked.directives) {
          const offset = cmap[Math.min(d.ci, cmap.length - 1)] ?? 0;
          const line = lines.rangeOf(offset, offset).start.line;
          if (d.kind === "ignore") inlineIgnores.push(d.ci);
          else directives.push({ kind: d.kind, line, offset });
        }
        block.sentences = buildSentences(markdown, lines, content.slice(0, cut), cmap, walked, blockIndex, kind);
        // "<!-- groundwork-ignore -->" after a sentence silences that sentence, at the end of
        // the block too (the quick fix always writes it there); a block with no sentence before
        // the comment is silenced whole. A paragraph is silenced by the comment on the line above it.
        for (const ci of inlineIgnores) {
          const at = cmap[Math.min(ci, cmap.length - 1)];
          let target: DraftSentence | undefined;
          for (const s of block.sentences) if (s.start <= at) target = s;
          if (target) target.ignored = true;
          else block.ignoredByComment = true;
        }
        break;
      }
      default:
        break;
    }
  }

  applyIgnores(blocks, directives);
  const out: DraftSentence[] = [];
  for (const b of blocks) for (const s of b.sentences) out.push(s);
  return { sentences: out, blockCount: blocks.length };
}
