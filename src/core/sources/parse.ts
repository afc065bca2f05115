// Turns one source file's text into citable units with sentences whose offsets point into the
// original text. Pure: no I/O. Plain text, Markdown (with YAML front matter), HTML, and digest
// files (numbered articles "[1]", "[2]", ... each followed by a title line).
//
// Each format projects the file to the text sentences are split on (./formats: markdown, html;
// plain text is its own projection); digest detection then decides between one unit and one per
// article; ./sentence-table keeps the sentences as offsets until they are read.

import { LineIndex } from "../text/lines";
import type { SourceUnit } from "../types";
import { findDigest, splitTitlePublisher } from "./formats/digest";
import { projectHtml } from "./formats/html";
import { projectMarkdown } from "./formats/markdown";
import { clampTitle, firstLine, type Meta, type Projection } from "./formats/projection";
import { tableOf, withSentences } from "./sentence-table";

export { splitTitlePublisher } from "./formats/digest";
export { sentenceCount, sentenceRanges, sentenceTable, type SentenceTable } from "./sentence-table";

export const SUPPORTED_EXTENSIONS = [".txt", ".text", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx"];

export function extensionOf(path: string): string {
  const base = path.slice(path.lastIndexOf("/") + 1);
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot).toLowerCase() : "";
}

export function isSupportedSource(path: string): boolean {
  return SUPPORTED_EXTENSIONS.includes(extensionOf(path));
}

/** Citation key from a file path: base name without extension, lowercased, [a-z0-9-_] only. */
export function baseId(relPath: string): string {
  const base = relPath.replace(/\\/g, "/").split("/").pop() ?? "";
  const dot = base.lastIndexOf(".");
  const stem = dot > 0 ? base.slice(0, dot) : base;
  const slug = stem
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug || "source";
}

/** Lines at the top of a plain-text source read for a labelled date. */
const HEADER_LINES = 12;
const DATE_LABEL = /^[ \t]*(?:\(meta ?data\)[ \t]*)?(?:published|publication date|date published|posted|date)(?:[ \t]+(?:datetime|on|at))?[ \t]*[:\u2013-][ \t]*([^\n]{6,60})$/im;

/** A plain-text source's date, when a line near its top gives one ("Published: 2019-03-02"). */
export function textHeaderMeta(text: string): Meta {
  const head = text.split("\n", HEADER_LINES).join("\n");
  const m = DATE_LABEL.exec(head);
  const date = m?.[1]?.trim();
  return date && /\b(?:19|20)\d\d\b/.test(date) ? { date } : {};
}

/** What an extractor knew about a PDF or Word file beyond its text (see ./extract). */
export interface DocumentInfo {
  meta?: Meta;
  /** Offset in the text where each page begins. */
  pages?: number[];
  /** The headings and where each begins (Word). */
  headings?: { at: number; text: string }[];
}

/**
 * The citable units of one source file. `relPath` decides the format (by extension) and the ids;
 * sentence offsets are UTF-16 offsets into `text`. For a PDF or Word file, `text` is what the
 * extractor gave and `doc` its metadata and pages: one unit, never split as a digest.
 */
export function parseSource(relPath: string, text: string, absPath = "", doc?: DocumentInfo): SourceUnit[] {
  const file = relPath.replace(/\\/g, "/");
  const ext = extensionOf(file);
  const extracted = ext === ".pdf" || ext === ".docx";
  let proj: Projection;
  if (ext === ".md" || ext === ".markdown") proj = projectMarkdown(text);
  else if (ext === ".html" || ext === ".htm") proj = projectHtml(text);
  else proj = { text, starts: null, ends: null, meta: extracted ? { ...doc?.meta } : textHeaderMeta(text) };

  const lineStarts = new LineIndex(text).lineStarts;
  const id = baseId(file);
  const meta = proj.meta;
  const base = (): Omit<SourceUnit, "id" | "title" | "sentences"> => {
    const u: Omit<SourceUnit, "id" | "title" | "sentences"> = { file, absPath };
    if (meta.author) u.author = meta.author;
    if (meta.date) u.date = meta.date;
    if (meta.url) u.url = meta.url;
    if (meta.publisher) u.publisher = meta.publisher;
    if (proj.notes) u.notes = proj.notes;
    return u;
  };

  const digest = ext === ".html" || ext === ".htm" || extracted ? null : findDigest(proj.text);
  if (digest) {
    const units: SourceUnit[] = [];
    const pre = proj.text.slice(0, digest.preambleEnd).trim();
    // A short header such as "14 Sources" is dropped; real text before the first article is a unit of its own.
    if (pre.length > 0 && (pre.length > 80 || /\n/.test(pre))) {
      units.push(withSentences({ ...base(), id: `${id}-intro`, title: meta.title ?? firstLine(proj.text, 0, digest.preambleEnd) }, tableOf(text, lineStarts, proj, 0, digest.preambleEnd)));
    }
    for (const a of digest.articles) {
      const { title, publisher } = splitTitlePublisher(proj.text.slice(a.titleStart, a.titleEnd));
      const unit: SourceUnit = withSentences(
        {
          ...base(),
          id: `${id}-${a.number}`,
          section: `[${a.number}]`,
          title: clampTitle(title),
        },
        tableOf(text, lineStarts, proj, a.titleStart, a.end),
      );
      if (publisher) unit.publisher = publisher;
      else delete unit.publisher;
      units.push(unit);
    }
    return units;
  }

  const title = meta.title || firstLine(proj.text) || file;
  const unit: Omit<SourceUnit, "sentences"> = { ...base(), id, title };
  if (extracted && doc?.pages && doc.pages.length > 0) unit.pages = doc.pages.slice();
  if (extracted && doc?.headings && doc.headings.length > 0) unit.headings = doc.headings.map((h) => ({ ...h }));
  return [withSentences(unit, tableOf(text, lineStarts, proj, 0, proj.text.length))];
}

/** Makes ids unique in place: later duplicates get "-2", "-3", ... (deterministic for a given order). */
export function uniquifyIds(units: SourceUnit[]): SourceUnit[] {
  const seen = new Set<string>();
  for (const u of units) {
    let id = u.id;
    for (let k = 2; seen.has(id); k++) id = `${u.id}-${k}`;
    u.id = id;
    seen.add(id);
  }
  return units;
}

/** The notes of the files of these units (a limit hit while reading), one per file and note. */
export function fileNotes(units: readonly SourceUnit[]): { path: string; note: string }[] {
  const seen = new Set<string>();
  const out: { path: string; note: string }[] = [];
  for (const u of units)
    for (const note of u.notes ?? []) {
      const key = u.file + "\0" + note;
      if (!seen.has(key)) out.push({ path: u.file, note }), seen.add(key);
    }
  return out;
}
