// Pages of a paged source (PDF) and sections of a Word file: which page or heading an offset of
// its extracted text is under, and how a place in a source is written for a reader ("p. 12",
// "§ Findings", or the line for a text file).
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

/** The heading a passage at `offset` stands under (1-based number and text), for a unit with headings. */
export function headingAt(unit: Pick<SourceUnit, "headings">, offset: number): { n: number; text: string } | undefined {
  const headings = unit.headings;
  if (!headings) return undefined;
  let found: { n: number; text: string } | undefined;
  headings.forEach((h, i) => {
    if (h.at <= offset) found = { n: i + 1, text: h.text };
  });
  return found;
}

/** "§ Findings" for a passage under a heading; "" without one. */
export function headingLabel(heading: { text: string } | undefined): string {
  return heading ? `§ ${heading.text}` : "";
}

/** "p. 12" for a passage on a page; "" when the source has no pages. */
export function pageLabel(page: number | undefined): string {
  return page ? `p. ${page}` : "";
}

/** Where a cited passage is, for a reader: "report.pdf p. 2", "notes.txt:14" (1-based line). */
export function placeOf(c: Pick<Citation, "source" | "page" | "heading" | "range">): string {
  if (c.page) return `${c.source} ${pageLabel(c.page)}`;
  return c.heading ? `${c.source} ${headingLabel(c.heading)}` : `${c.source}:${c.range.start.line + 1}`;
}

/** ", p. 12" or ", § Findings" after a title, for a reader; "" for a text file. */
export function placeSuffix(c: Pick<Citation, "page" | "heading">): string {
  return c.page ? `, ${pageLabel(c.page)}` : c.heading ? `, ${headingLabel(c.heading)}` : "";
}
