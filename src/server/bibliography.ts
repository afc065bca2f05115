// Bibliography export of source units, as CSL-JSON or BibTeX.
import type { SourceUnit } from "../core/types";
import type { BibliographyFormat, BibliographyResult } from "./protocol";

export function exportBibliography(units: SourceUnit[], format: BibliographyFormat): BibliographyResult {
  const seen = new Set<string>();
  const list = units.filter((u) => !seen.has(u.id) && seen.add(u.id));
  if (format === "bibtex") {
    const esc = (s: string) => s.replace(/[{}\\]/g, "").replace(/[&%$#_]/g, "\\$&");
    const entries = list.map((u) => {
      const fields: [string, string | undefined][] = [
        ["title", u.title + (u.section ? ` ${u.section}` : "")],
        ["author", u.author],
        ["publisher", u.publisher],
        ["year", /\b(\d{4})\b/.exec(u.date ?? "")?.[1]],
        ["date", u.date],
        ["url", u.url],
        ["note", u.file],
      ];
      const body = fields.filter(([, v]) => v).map(([k, v]) => `  ${k} = {${k === "url" ? v : esc(v!)}}`).join(",\n");
      return `@misc{${u.id},\n${body}\n}`;
    });
    return { content: entries.join("\n\n") + (entries.length ? "\n" : ""), count: list.length };
  }
  const items = list.map((u) => {
    const item: Record<string, unknown> = { id: u.id, type: u.url ? "webpage" : "document", title: u.title + (u.section ? ` ${u.section}` : "") };
    if (u.author) item.author = [{ literal: u.author }];
    if (u.publisher) item["container-title"] = u.publisher;
    if (u.date) item.issued = { raw: u.date };
    if (u.url) item.URL = u.url;
    return item;
  });
  return { content: JSON.stringify(items, null, 2) + "\n", count: list.length };
}
