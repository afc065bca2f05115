// Pages of a paged source (PDF): which page an offset of its extracted text is on, and how a
// place in a source is written for a reader ("p. 12", or the line for a text file).
import type { Citation, SourceUnit } from "../types";

/** The 1-based page of `offset` in a unit with pages; undefined for a unit without them. */
export function pageAt(unit: Pick<SourceUnit, "pages">, offset: number): number | undefined {
  const pages = unit.pages;
  if (!pages || pages.length === 0) return undefined;
  let lo = 0;
  let hi = pages.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pages[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** "p. 12" for a passage on a page; "" when the source has no pages. */
export function pageLabel(page: number | undefined): string {
  return page ? `p. ${page}` : "";
}

/** Where a cited passage is, for a reader: "report.pdf p. 2", "notes.txt:14" (1-based line). */
export function placeOf(c: Pick<Citation, "source" | "page" | "range">): string {
  return c.page ? `${c.source} ${pageLabel(c.page)}` : `${c.source}:${c.range.start.line + 1}`;
}
