// The sentences of a draft as the checker sees them. Kept apart from the extraction so that the
// extraction's modules can share them without importing one another in a circle.

import type { Range } from "../../types";

export interface DraftCitation {
  kind: "footnote" | "pandoc" | "link";
  /** Footnote label, pandoc key, or link target path (without its #fragment). */
  key: string;
  start: number;
  end: number;
}

export type DraftBlockKind = "paragraph" | "heading" | "list" | "quote" | "table";

export interface DraftSentence {
  /** UTF-16 offsets in the draft; markdown.slice(start, end) === text. */
  start: number;
  end: number;
  range: Range;
  /** Exact slice of the draft. */
  text: string;
  /** Visible prose: markup, link targets, images, code, html and citations removed, spaces collapsed. */
  plain: string;
  /** For each UTF-16 unit of `plain`, its offset in the draft (strictly increasing). */
  plainOffsets: number[];
  /** Index of the block (paragraph, heading, list item paragraph, table cell) it came from. */
  block: number;
  blockKind: DraftBlockKind;
  /** Citations written in or right after this sentence. */
  citations: DraftCitation[];
  /** Silenced by an ignore comment. */
  ignored: boolean;
}
