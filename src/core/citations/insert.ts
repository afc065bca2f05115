// Edits that cite a source after a sentence of the draft, in the three styles the extension
// writes: footnote ("….[^key]" plus a definition at the end), pandoc ("… [@key].") and a
// Markdown link ("… ([Title](path#L12)).). Pure: they return edits; applyEdits applies them.

import { parseFootnoteDefinitions } from "./parse";
import { plainTitle } from "../text/escape";

export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

export type CitationStyle = "footnote" | "pandoc" | "link";

export interface CitationSpec {
  key: string;
  title: string;
  author?: string;
  publisher?: string;
  date?: string;
  url?: string;
  /** Path of the source relative to the draft's folder. */
  file: string;
  /** 0-based line of the passage in the source. */
  line: number;
  /** The passage's page (1-based), for a source with pages: cited as "p. 12" instead of the line. */
  page?: number;
  /** The heading the passage stands under, for a Word file: cited as "§ Findings". */
  heading?: { n: number; text: string };
}

/** A trivial edit: replace draft[start, end) with newText. */
export function replaceValue(draft: string, start: number, end: number, newText: string): TextEdit[] {
  const s = Math.max(0, Math.min(start, draft.length));
  const e = Math.max(s, Math.min(end, draft.length));
  return [{ start: s, end: e, newText }];
}

/**
 * Apply edits (offsets into the original text). Edits must not overlap; insertions at the same
 * offset come out in the order given.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = edits.map((e, i) => ({ e, i })).sort((a, b) => a.e.start - b.e.start || a.i - b.i);
  let out = "";
  let pos = 0;
  for (const { e } of sorted) {
    if (e.start < pos) throw new Error(`overlapping edits at ${e.start}`);
    out += text.slice(pos, e.start) + e.newText;
    pos = Math.max(pos, e.end);
  }
  return out + text.slice(pos);
}

/** Footnote labels: no spaces, brackets or carets. */
export function footnoteLabel(key: string): string {
  const k = key.trim().replace(/[\s\[\]^]+/g, "-");
  return k || "source";
}

/** Pandoc citation keys: letters, digits, _ and internal :.#$%&-+?<>~/ . */
export function pandocKey(key: string): string {
  let k = key.trim().replace(/[^\p{L}\p{N}_:.#$%&\-+?<>~/]+/gu, "_");
  if (!/^[\p{L}\p{N}_]/u.test(k)) k = "_" + k;
  k = k.replace(/[:.#$%&\-+?<>~/]+$/u, "");
  return k || "_";
}

const TERMINAL = /[.!?…;:]/;
const EMPHASIS_CLOSE = /[*_~]/;

/**
 * Where the sentence's final punctuation starts: before trailing footnote refs, emphasis
 * closers and a run of terminal punctuation. Without final punctuation: the end (before
 * footnote refs).
 */
function beforeFinalPunctuation(draft: string, end: number, from = 0): number {
  let e = end;
  // Trailing footnote references "[^a][^b]".
  for (;;) {
    const m = /\[\^[^\]\s]+\]$/.exec(draft.slice(Math.max(from, e - 200), e));
    if (!m) break;
    e -= m[0].length;
  }
  let p = e;
  while (p > from && EMPHASIS_CLOSE.test(draft[p - 1])) p--;
  let q = p;
  while (q > from && TERMINAL.test(draft[q - 1])) q--;
  if (q < p) return q;
  return e;
}

function eol(draft: string): string {
  return /\r\n/.test(draft) ? "\r\n" : "\n";
}

/**
 * The footnote definition's text, as published: "Title, Author, Publisher, Date, p. N, <URL>." with
 * the parts the source gives. Never a local path: the draft is read by people who do not have it.
 */
export function footnoteDefinitionText(cite: CitationSpec): string {
  // titles and publishers come from the sources: as plain words, so no link or image lands in the draft
  const oneLine = (s: string | undefined) => plainTitle((s ?? "").replace(/\s+/g, " ").trim());
  const title = oneLine(cite.title) || cite.key;
  const parts = [title, oneLine(cite.author), oneLine(cite.publisher), oneLine(cite.date)].filter((p, i) => p && (i === 0 || p !== title));
  if (cite.page) parts.push(`p. ${cite.page}`);
  else if (cite.heading) parts.push(`§ ${oneLine(cite.heading.text)}`);
  // what could still open a link or a tag is escaped
  let text = parts.join(", ").replace(/([\[\]<>])/g, "\\$1");
  const url = (cite.url ?? "").replace(/\s+/g, " ").trim();
  if (url) text += `, <${url.replace(/[<>\s]/g, encodeURIComponent)}>`;
  return /[.!?]$/.test(text) ? text : text + ".";
}

export function footnoteEdits(draft: string, sentenceEnd: number, cite: CitationSpec): TextEdit[] {
  // a page or section is part of the note's label: the same source cited at two pages needs two notes
  const label = footnoteLabel(cite.page ? `${cite.key}-p${cite.page}` : cite.heading ? `${cite.key}-s${cite.heading.n}` : cite.key);
  const end = Math.max(0, Math.min(sentenceEnd, draft.length));
  const edits: TextEdit[] = [];
  // Already cited right there: nothing to add after the sentence.
  const tail = draft.slice(Math.max(0, end - 200), end);
  const refs = /(?:\[\^[^\]\s]+\])+$/.exec(tail)?.[0] ?? "";
  if (!refs.includes(`[^${label}]`)) edits.push({ start: end, end, newText: `[^${label}]` });
  const defs = parseFootnoteDefinitions(draft);
  if (!defs.has(label)) {
    const nl = eol(draft);
    const lines = draft.replace(/(?<![\r\n])[\r\n]+$/, "").split(/\r\n|\r|\n/);
    const lastDef = [...defs.values()].sort((a, b) => b.end - a.end)[0];
    const endsWithDefs = lastDef !== undefined && draft.slice(lastDef.end).trim() === "";
    let prefix: string;
    if (draft.length === 0 || lines.join("").trim() === "") prefix = "";
    else if (endsWithDefs) prefix = /(\r\n|\r|\n)$/.test(draft) ? "" : nl;
    else {
      const last = /(\r\n|\r|\n)$/.exec(draft);
      if (!last) prefix = nl + nl;
      else prefix = /(\r\n|\r|\n)$/.test(draft.slice(0, last.index).replace(/(?<![ \t])[ \t]+$/, "")) ? "" : nl;
    }
    edits.push({ start: draft.length, end: draft.length, newText: `${prefix}[^${label}]: ${footnoteDefinitionText(cite)}${nl}` });
  }
  return edits;
}

export function pandocEdits(draft: string, sentenceEnd: number, cite: CitationSpec): TextEdit[] {
  const key = pandocKey(cite.key);
  const end = Math.max(0, Math.min(sentenceEnd, draft.length));
  const at = beforeFinalPunctuation(draft, end);
  // Right after an existing "[@a]": add "; @key" inside it.
  const before = draft.slice(Math.max(0, at - 300), at);
  const existing = /\[([^\[\]]*@[^\[\]]*)\]\s*$/.exec(before);
  // a section's locator is its heading, in braces (Pandoc's delimiter for a locator with spaces)
  const cited = cite.page ? `@${key}, p. ${cite.page}` : cite.heading ? `@${key}, sec. {${cite.heading.text.replace(/[{}\[\]]/g, "")}}` : `@${key}`;
  if (existing) {
    const keys = [...existing[1].matchAll(/@([\p{L}\p{N}_][\p{L}\p{N}_:.#$%&\-+?<>~/]*)/gu)].map((m) => m[1].replace(/[.,;:?]+$/, ""));
    if (keys.includes(key)) return [];
    const close = at - (before.length - before.lastIndexOf("]"));
    return [{ start: close, end: close, newText: `; ${cited}` }];
  }
  const space = at > 0 && /\s/.test(draft[at - 1]) ? "" : " ";
  return [{ start: at, end: at, newText: `${space}[${cited}]` }];
}

function linkPath(file: string, line: number, page?: number): string {
  const path = file
    .replace(/\\/g, "/")
    .split("/")
    .map((seg) => encodeURIComponent(seg).replace(/%2E/gi, "."))
    .join("/");
  // PDF viewers (browsers, VS Code's) open "#page=N"
  return page ? `${path}#page=${page}` : `${path}#L${line + 1}`;
}

function linkTitle(title: string): string {
  return escapeMarkdown(plainTitle(title)) || "source";
}

/** What is left of Markdown's syntax in plain words, escaped (a stray "[x]" or "<b" stays text). */
function escapeMarkdown(text: string): string {
  return text.replace(/([\\\[\]*_`<>])/g, "\\$1");
}

export function linkEdits(draft: string, sentenceEnd: number, cite: CitationSpec): TextEdit[] {
  const end = Math.max(0, Math.min(sentenceEnd, draft.length));
  const at = beforeFinalPunctuation(draft, end);
  const space = at > 0 && /\s/.test(draft[at - 1]) ? "" : " ";
  return [{ start: at, end: at, newText: `${space}([${linkTitle(cite.title || cite.file)}](${linkPath(cite.file, cite.line, cite.page)}))` }];
}

/** The edits that cite `cite` after the sentence ending at `sentenceEnd`, in the given style. */
export function citeEdits(draft: string, sentenceEnd: number, cite: CitationSpec, style: CitationStyle): TextEdit[] {
  switch (style) {
    case "pandoc":
      return pandocEdits(draft, sentenceEnd, cite);
    case "link":
      return linkEdits(draft, sentenceEnd, cite);
    default:
      return footnoteEdits(draft, sentenceEnd, cite);
  }
}
