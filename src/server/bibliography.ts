// Bibliography export of source units, as CSL-JSON or BibTeX (through the core's bib module).
import { toBibtex, toCslJson, type BibEntry } from "../core/citations/bib";
import type { SourceUnit } from "../core/types";
import type { BibliographyFormat, BibliographyResult } from "./protocol";

export function exportBibliography(units: readonly SourceUnit[], format: BibliographyFormat): BibliographyResult {
  const seen = new Set<string>();
  const entries: BibEntry[] = [];
  for (const u of units) {
    if (seen.has(u.id)) continue;
    seen.add(u.id);
    entries.push({ key: u.id, title: u.title + (u.section ? ` ${u.section}` : ""), author: u.author, date: u.date, url: u.url, publisher: u.publisher, file: u.file, ...(u.pages ? { pages: u.pages.length } : {}) });
  }
  const content = format === "bibtex" ? toBibtex(entries) : JSON.stringify(toCslJson(entries), null, 2) + "\n";
  return { content, count: entries.length };
}
