// Bibliography export of source units, as CSL-JSON or BibTeX (through the core's bib module):
// one entry per article, keyed by its readable citation key.
import { bibEntryOf, toBibtex, toCslJson, type BibEntry } from "../core/citations/bib";
import { countSources } from "../core/sources/count";
import type { SourceUnit } from "../core/types";
import type { BibliographyFormat, BibliographyResult } from "./protocol";

export function exportBibliography(units: readonly SourceUnit[], format: BibliographyFormat, citationKey: (unit: SourceUnit) => string): BibliographyResult {
  const seen = new Set<string>();
  const entries: BibEntry[] = [];
  const kept: SourceUnit[] = [];
  for (const u of units) {
    if (seen.has(u.id)) continue;
    seen.add(u.id);
    kept.push(u);
    entries.push(bibEntryOf(u, citationKey(u)));
  }
  const content = format === "bibtex" ? toBibtex(entries) : JSON.stringify(toCslJson(entries), null, 2) + "\n";
  return { content, count: entries.length, files: countSources(kept).files };
}
