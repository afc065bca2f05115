// Bibliography export of the sources' metadata: CSL-JSON (for Pandoc, Zotero) and BibTeX.
// Sources are web articles: BibTeX @online, CSL "webpage"; one entry per article (each article
// of a digest file is its own entry). Local file paths are never written: a bibliography is
// published with the draft.

import type { SourceUnit } from "../types";

export interface BibEntry {
  key: string;
  title: string;
  author?: string;
  date?: string;
  url?: string;
  publisher?: string;
  /** Number of pages, for a source with pages (PDF). */
  pages?: number;
}

/** The bibliography entry of a unit (a digest article's title, without its "[8]"). */
export function bibEntryOf(unit: Pick<SourceUnit, "title" | "author" | "date" | "url" | "publisher" | "pages">, key: string): BibEntry {
  const { title, author, date, url, publisher } = unit;
  return { key, title, author, date, url, publisher, ...(unit.pages ? { pages: unit.pages.length } : {}) };
}

export interface CslName {
  family?: string;
  given?: string;
  literal?: string;
}

export interface CslItem {
  id: string;
  type: "webpage";
  title: string;
  author?: CslName[];
  issued?: { "date-parts": number[][] } | { raw: string };
  URL?: string;
  publisher?: string;
  "container-title"?: string;
  "number-of-pages"?: string;
}

/** Year, month, day of a date written as ISO (2023, 2023-05, 2023-05-01, with a time) or in words. */
export function dateParts(date: string): number[] | undefined {
  const d = date.trim();
  const iso = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T\s].*)?$/.exec(d);
  if (iso) {
    const parts = [Number(iso[1])];
    if (iso[2]) parts.push(Number(iso[2]));
    if (iso[2] && iso[3]) parts.push(Number(iso[3]));
    if ((parts[1] ?? 1) < 1 || (parts[1] ?? 1) > 12 || (parts[2] ?? 1) < 1 || (parts[2] ?? 1) > 31) return undefined;
    return parts;
  }
  if (!/\d{4}/.test(d)) return undefined;
  const t = Date.parse(d + (/\d{1,2}:\d{2}|Z$|GMT|UTC/.test(d) ? "" : " UTC"));
  if (Number.isNaN(t)) {
    const year = /\b(\d{4})\b/.exec(d);
    return year ? [Number(year[1])] : undefined;
  }
  const dt = new Date(t);
  const hasDay = /\b\d{1,2}\b(?!\d)/.test(d.replace(/\b\d{4}\b/, ""));
  return hasDay ? [dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate()] : [dt.getUTCFullYear(), dt.getUTCMonth() + 1];
}

/** "Jane Doe and John Roe", "Doe, Jane; Roe, John" -> CSL names. One-word names and organisations stay literal. */
export function parseAuthors(author: string): CslName[] {
  // split on plain separators, then trim: "\s*;\s*" style patterns backtrack on long runs of spaces
  const parts = author
    .split(/;|\band\b|&/i)
    .flatMap((p) => (p.includes(",") && !/^[^,]+,\s*[^,\s]+(\s+[^,\s]+)?$/.test(p.trim()) ? p.split(",") : [p]))
    .map((p) => p.trim().replace(/^by\s+/i, "").trim())
    .filter(Boolean);
  return parts.map((name) => {
    const comma = /^([^,]+),\s*(.+)$/.exec(name);
    if (comma) return { family: comma[1].trim(), given: comma[2].trim() };
    const words = name.split(/\s+/);
    if (words.length < 2 || words.length > 4 || /\b(staff|reuters|press|news|inc|ltd|team|editors?)\b/i.test(name)) return { literal: name };
    return { family: words[words.length - 1], given: words.slice(0, -1).join(" ") };
  });
}

export function toCslJson(entries: readonly BibEntry[]): CslItem[] {
  return entries.map((e) => {
    const item: CslItem = { id: e.key, type: "webpage", title: e.title };
    if (e.author?.trim()) item.author = parseAuthors(e.author);
    if (e.date?.trim()) {
      const parts = dateParts(e.date);
      item.issued = parts ? { "date-parts": [parts] } : { raw: e.date.trim() };
    }
    if (e.url?.trim()) item.URL = e.url.trim();
    if (e.publisher?.trim()) {
      item.publisher = e.publisher.trim();
      item["container-title"] = e.publisher.trim();
    }
    if (e.pages) item["number-of-pages"] = String(e.pages);
    return item;
  });
}

/** Escape BibTeX/LaTeX special characters: \ { } $ & % # _ ^ ~. */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}$&%#_^~]/g, (c) => {
    switch (c) {
      case "\\":
        return "\\textbackslash{}";
      case "^":
        return "\\^{}";
      case "~":
        return "\\~{}";
      default:
        return "\\" + c;
    }
  });
}

/** A BibTeX key: letters, digits and -_:. only. */
export function bibtexKey(key: string): string {
  return key.replace(/[^A-Za-z0-9_\-:.]+/g, "_") || "source";
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

export function toBibtex(entries: readonly BibEntry[]): string {
  const seen = new Map<string, number>();
  const out: string[] = [];
  for (const e of entries) {
    let key = bibtexKey(e.key);
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    if (n > 0) key = `${key}_${n + 1}`;
    const fields: [string, string][] = [["title", `{${escapeBibtex(e.title)}}`]];
    if (e.author?.trim()) {
      const names = parseAuthors(e.author).map((a) => (a.literal ? `{${escapeBibtex(a.literal)}}` : escapeBibtex(`${a.family}, ${a.given}`)));
      fields.push(["author", names.join(" and ")]);
    }
    // biblatex prints an @online's publisher from `organization`; `publisher` is for BibTeX styles
    if (e.publisher?.trim()) {
      fields.push(["organization", escapeBibtex(e.publisher.trim())]);
      fields.push(["publisher", escapeBibtex(e.publisher.trim())]);
    }
    if (e.date?.trim()) {
      const parts = dateParts(e.date);
      if (parts) {
        fields.push(["year", String(parts[0])]);
        if (parts[1]) fields.push(["month", MONTHS[parts[1] - 1]]);
        fields.push(["date", parts.map((p, i) => (i === 0 ? String(p) : String(p).padStart(2, "0"))).join("-")]);
      } else fields.push(["note", escapeBibtex(e.date.trim())]);
    }
    // URLs are verbatim in biblatex; only braces and spaces need care.
    if (e.url?.trim()) fields.push(["url", e.url.trim().replace(/[{}\s]/g, (c) => encodeURIComponent(c))]);
    if (e.pages) fields.push(["pagetotal", String(e.pages)]);
    const body = fields.map(([k, v]) => `  ${k} = ${k === "month" ? v : `{${v}}`}`).join(",\n");
    out.push(`@online{${key},\n${body}\n}\n`);
  }
  return out.join("\n");
}
