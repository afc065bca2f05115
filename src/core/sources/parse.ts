// Turns one source file's text into citable units with sentences whose offsets point into the
// original text. Pure: no I/O. Plain text, Markdown (with YAML front matter), HTML, and digest
// files (numbered articles "[1]", "[2]", ... each followed by a title line).

import { Parser } from "htmlparser2";
import YAML from "yaml";
import { LineIndex } from "../text/lines";
import { isSpaceCode, splitSentences } from "../text/sentences";
import type { SourceSentence, SourceUnit } from "../types";

export const SUPPORTED_EXTENSIONS = [".txt", ".text", ".md", ".markdown", ".html", ".htm"];

interface Meta {
  title?: string;
  author?: string;
  date?: string;
  url?: string;
  publisher?: string;
}

/**
 * Text that sentences are split on, with a map back to the original file: `text[i]` comes from
 * original[starts[i], ends[i]). Null maps mean the identity; null `ends` alone means starts + 1.
 */
interface Projection {
  text: string;
  starts: Int32Array | null;
  ends: Int32Array | null;
  meta: Meta;
}

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

function clampTitle(s: string): string {
  const t = s.replace(/\s+/g, " ").trim();
  return t.length > 200 ? t.slice(0, 200).trimEnd() : t;
}

function firstLine(text: string, from = 0, to = text.length): string {
  let pos = from;
  while (pos < to) {
    let eol = pos;
    while (eol < to && text.charCodeAt(eol) !== 10 && text.charCodeAt(eol) !== 13) eol++;
    const line = text.slice(pos, eol).trim();
    if (line) return clampTitle(line);
    pos = eol + 1;
  }
  return "";
}

// ---------------------------------------------------------------- Markdown

const enum Mask {
  Visible = 0,
  Hidden = 1,
  Space = 2,
}

function scalar(v: unknown): string | undefined {
  if (v === null || v === undefined) return undefined;
  if (v instanceof Date) return isNaN(v.getTime()) ? undefined : v.toISOString().slice(0, 10);
  if (Array.isArray(v)) {
    const parts = v.map((x) => (typeof x === "object" && x !== null && "name" in x ? scalar((x as { name: unknown }).name) : scalar(x))).filter(Boolean);
    return parts.length ? parts.join(", ") : undefined;
  }
  if (typeof v === "object") return "name" in v ? scalar((v as { name: unknown }).name) : undefined;
  const s = String(v).trim();
  return s || undefined;
}

function metaFromFrontMatter(data: unknown): Meta {
  if (!data || typeof data !== "object" || Array.isArray(data)) return {};
  const d = data as Record<string, unknown>;
  const pick = (...keys: string[]): string | undefined => {
    for (const k of keys) {
      const v = scalar(d[k]);
      if (v) return v;
    }
    return undefined;
  };
  const title = pick("title", "headline");
  return {
    title: title ? clampTitle(title) : undefined,
    author: pick("author", "authors", "byline", "creator"),
    date: pick("date", "published", "published_at", "publishedAt", "pubDate", "created"),
    url: pick("url", "link", "source_url", "sourceUrl", "canonical", "permalink"),
    publisher: pick("publisher", "source", "site", "site_name", "siteName", "outlet", "publication"),
  };
}

function projectMarkdown(src: string): Projection {
  const n = src.length;
  const mask = new Uint8Array(n);
  const hide = (a: number, b: number, how: Mask = Mask.Hidden): void => {
    for (let i = a; i < b; i++) {
      const c = src.charCodeAt(i);
      if (c !== 10 && c !== 13) mask[i] = how; // keep the line structure
    }
  };
  let meta: Meta = {};
  let pos = 0;

  // YAML front matter.
  const fm = /^---[ \t]*\r?\n/.exec(src);
  if (fm) {
    const close = /^(?:---|\.\.\.)[ \t]*$/m;
    const rest = src.slice(fm[0].length);
    const m = close.exec(rest);
    if (m) {
      const end = fm[0].length + m.index + m[0].length;
      try {
        meta = metaFromFrontMatter(YAML.parse(rest.slice(0, m.index)));
      } catch {
        meta = {};
      }
      hide(0, end);
      pos = end;
    }
  }

  // Block structure, line by line.
  let fence = "";
  let firstHeading: string | undefined;
  let inComment = false;
  const hasCR = src.indexOf("\r") >= 0;
  while (pos < n) {
    let eol = pos;
    if (hasCR) while (eol < n && src.charCodeAt(eol) !== 10 && src.charCodeAt(eol) !== 13) eol++;
    else {
      eol = src.indexOf("\n", pos);
      if (eol < 0) eol = n;
    }
    const line = src.slice(pos, eol);
    const next = eol < n ? eol + (src.charCodeAt(eol) === 13 && src.charCodeAt(eol + 1) === 10 ? 2 : 1) : eol;
    if (inComment) {
      const c = line.indexOf("-->");
      hide(pos, c < 0 ? eol : pos + c + 3);
      if (c >= 0) inComment = false;
    } else if (fence) {
      hide(pos, eol);
      if (line.trim().startsWith(fence)) fence = "";
    } else {
      const f = /^ {0,3}(`{3,}|~{3,})/.exec(line);
      if (f) {
        fence = f[1];
        hide(pos, eol);
      } else if (/^ {0,3}(?:[-*_][ \t]*){3,}$/.test(line) || /^ {0,3}=+[ \t]*$/.test(line)) {
        hide(pos, eol); // rule or setext underline
      } else if (/^ {0,3}\[[^\]\n]+\]:[ \t]*\S/.test(line)) {
        hide(pos, eol); // link reference definition
      } else {
        const h = /^( {0,3}#{1,6})(?:[ \t]+|$)/.exec(line);
        if (h) {
          hide(pos, pos + h[0].length);
          const t = /(?<![ \t])[ \t]+#+[ \t]*$/.exec(line);
          if (t && t.index >= h[0].length) hide(pos + t.index, eol);
          if (firstHeading === undefined) firstHeading = clampTitle(line.slice(h[0].length, t && t.index >= h[0].length ? t.index : undefined));
        }
        const q = /^ {0,3}(?:>[ \t]?)+/.exec(line);
        if (q) hide(pos, pos + q[0].length);
        if (/^\s*\|/.test(line) || (line.includes("|") && /^\s*(?:\|\s*)?:?-{3,}/.test(line))) {
          if (/^[\s|:-]+$/.test(line)) hide(pos, eol);
          else for (let i = pos; i < eol; i++) if (src.charCodeAt(i) === 124) mask[i] = Mask.Space;
        }
        const c = line.indexOf("<!--");
        if (c >= 0) {
          const e = line.indexOf("-->", c + 4);
          hide(pos + c, e < 0 ? eol : pos + e + 3);
          if (e < 0) inComment = true;
        }
      }
    }
    pos = next;
  }

  // Inline syntax.
  // `needs`: a character every match contains (the pattern is not run on a text without it)
  const inline = (re: RegExp, needs: string, fn: (m: RegExpExecArray) => void): void => {
    if (src.indexOf(needs) < 0) return;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(src))) {
      if (mask[m.index] === Mask.Visible) fn(m);
      if (m[0].length === 0) re.lastIndex++;
    }
  };
  // Images vanish; footnote references vanish.
  inline(/!\[[^\[\]\n]*\]\([^()\n]*\)/g, "![", (m) => hide(m.index, m.index + m[0].length));
  inline(/\[\^[^\]\s[]+\]/g, "[^", (m) => hide(m.index, m.index + m[0].length));
  // Links keep their text: [text](target) and [text][ref].
  inline(/\[([^\[\]\n]*)\](\([^()\n]*\)|\[[^\[\]\n]*\])/g, "]", (m) => {
    hide(m.index, m.index + 1);
    const close = m.index + 1 + m[1].length;
    hide(close, m.index + m[0].length);
  });
  // Autolinks keep the address, inline HTML tags vanish.
  inline(/<(https?:\/\/[^<>\s]*)>/g, "<", (m) => {
    hide(m.index, m.index + 1);
    hide(m.index + m[0].length - 1, m.index + m[0].length);
  });
  inline(/<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>\n]*)?\/?>/g, "<", (m) => hide(m.index, m.index + m[0].length));
  // Backslash escapes and code span backticks.
  inline(/\\[!-\/:-@\[-`{-~]/g, "\\", (m) => hide(m.index, m.index + 1));
  inline(/`+/g, "`", (m) => hide(m.index, m.index + m[0].length));
  // Emphasis markers: runs of * _ ~ that open or close a span (not "5 * 3", not snake_case).
  inline(/[*_~]+/g, "", (m) => {
    const a = m.index;
    const b = a + m[0].length;
    const before = a > 0 ? src.charCodeAt(a - 1) : 32;
    const after = b < n ? src.charCodeAt(b) : 32;
    const wordBefore = !isSpaceCode(before) && !/[\p{P}\p{S}]/u.test(String.fromCharCode(before));
    const wordAfter = !isSpaceCode(after) && !/[\p{P}\p{S}]/u.test(String.fromCharCode(after));
    const opens = !isSpaceCode(after) && !wordBefore;
    const closes = !isSpaceCode(before) && !wordAfter;
    if (m[0][0] === "_" && wordBefore && wordAfter) return;
    // A list marker "* item" at the start of a line stays for the splitter.
    if (opens || closes) hide(a, b);
  });

  const proj = compact(src, mask);
  proj.meta = meta;
  if (!meta.title && firstHeading) meta.title = firstHeading;
  return proj;
}

function compact(src: string, mask: Uint8Array): Projection {
  const n = src.length;
  const parts: string[] = [];
  const starts = new Int32Array(n);
  let len = 0;
  let i = 0;
  while (i < n) {
    if (mask[i] === Mask.Hidden) {
      i++;
      continue;
    }
    if (mask[i] === Mask.Space) {
      parts.push(" ");
      starts[len++] = i++;
      continue;
    }
    let j = i;
    while (j < n && mask[j] === Mask.Visible) starts[len++] = j++;
    parts.push(src.slice(i, j));
    i = j;
  }
  // every character is one of the original's: ends are starts + 1 (ends: null)
  return { text: parts.join(""), starts: starts.subarray(0, len), ends: null, meta: {} };
}

// ---------------------------------------------------------------- HTML

const SKIP_TAGS = new Set(["script", "style", "nav", "template", "noscript", "svg", "head", "iframe", "object", "canvas", "select", "button"]);
const BLOCK_TAGS = new Set(
  `address article aside blockquote body br dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6
  header hgroup hr li main ol p pre section summary table tbody thead tfoot td th tr ul caption center option`.split(/\s+/),
);

function projectHtml(src: string): Projection {
  const chars: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const meta: Meta = {};
  let skip = 0;
  let inTitle = false;
  let titleText = "";
  let h1Depth = 0;
  let h1Text: string | undefined;
  let h1Done = false;
  let ogTitle: string | undefined;
  let lastWasSpace = true;

  const push = (ch: string, s: number, e: number): void => {
    chars.push(ch);
    starts.push(s);
    ends.push(e);
  };
  const breakBlock = (at: number): void => {
    const k = chars.length;
    if (k === 0 || (chars[k - 1] === "\n" && k > 1 && chars[k - 2] === "\n")) return;
    if (chars[k - 1] === " ") {
      chars[k - 1] = "\n";
    } else push("\n", at, at);
    push("\n", at, at);
    lastWasSpace = true;
  };

  const parser: Parser = new Parser(
    {
      onopentag(name, attrs) {
        const at = parser.startIndex;
        if (name === "title") inTitle = true;
        if (name === "meta") {
          const key = (attrs.name ?? attrs.property ?? attrs.itemprop ?? "").toLowerCase();
          const content = (attrs.content ?? "").trim();
          if (content) {
            if (key === "author" || key === "article:author" || key === "byl") meta.author ??= content.replace(/^by\s+/i, "");
            else if (key === "og:site_name" || key === "application-name" || key === "publisher") meta.publisher ??= content;
            else if (key === "article:published_time" || key === "date" || key === "pubdate" || key === "datepublished" || key === "dc.date") meta.date ??= content;
            else if (key === "og:url") meta.url ??= content;
            else if (key === "og:title" || key === "twitter:title") ogTitle ??= content;
          }
        }
        if (name === "link" && (attrs.rel ?? "").toLowerCase() === "canonical" && attrs.href) meta.url ??= attrs.href;
        if (SKIP_TAGS.has(name)) {
          skip++;
          return;
        }
        if (name === "h1" && !h1Done) {
          h1Depth++;
          h1Text ??= "";
        }
        if (skip === 0 && BLOCK_TAGS.has(name)) breakBlock(at);
      },
      onclosetag(name) {
        const at = parser.startIndex;
        if (name === "title") inTitle = false;
        if (SKIP_TAGS.has(name)) {
          if (skip > 0) skip--;
          return;
        }
        if (name === "h1" && h1Depth > 0) {
          h1Depth--;
          if (h1Depth === 0) h1Done = true;
        }
        if (skip === 0 && BLOCK_TAGS.has(name)) breakBlock(at);
      },
      ontext(data) {
        if (inTitle) {
          titleText += data;
          return;
        }
        if (skip > 0) return;
        if (h1Depth > 0) h1Text += data;
        const s = parser.startIndex;
        const e = parser.endIndex + 1;
        const exact = e - s === data.length && src.slice(s, e) === data;
        for (let i = 0; i < data.length; i++) {
          const c = data.charCodeAt(i);
          const cs = exact ? s + i : s;
          const ce = exact ? s + i + 1 : e;
          if (isSpaceCode(c)) {
            if (!lastWasSpace) push(" ", cs, ce);
            lastWasSpace = true;
          } else {
            push(data[i], cs, ce);
            lastWasSpace = false;
          }
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.write(src);
  parser.end();

  const title = clampTitle(titleText) || (h1Text ? clampTitle(h1Text) : "") || (ogTitle ? clampTitle(ogTitle) : "");
  if (title) meta.title = title;
  return { text: chars.join(""), starts: Int32Array.from(starts), ends: Int32Array.from(ends), meta };
}

// ---------------------------------------------------------------- Digest files

interface DigestArticle {
  number: number;
  /** Projection offsets of the title line and of the end of the article. */
  titleStart: number;
  titleEnd: number;
  end: number;
}

/** Numbered articles of a digest file, or null when the file is not a well-formed digest. */
function findDigest(text: string): { articles: DigestArticle[]; preambleEnd: number } | null {
  if (!mayBeDigest(text)) return null;
  const lines: Array<{ start: number; end: number; marker: number }> = [];
  const re = /^[ \t]*\[(\d{1,5})\][ \t]*$/;
  let pos = 0;
  const n = text.length;
  let markers = 0;
  while (pos <= n) {
    let eol = pos;
    while (eol < n && text.charCodeAt(eol) !== 10 && text.charCodeAt(eol) !== 13) eol++;
    let marker = -1;
    if (eol - pos <= 12 && text.charCodeAt(pos) !== undefined) {
      const m = re.exec(text.slice(pos, eol));
      if (m) {
        marker = Number(m[1]);
        markers++;
      }
    }
    lines.push({ start: pos, end: eol, marker });
    if (eol >= n) break;
    pos = eol + (text.charCodeAt(eol) === 13 && text.charCodeAt(eol + 1) === 10 ? 2 : 1);
  }
  if (markers < 2) return null;
  const articles: DigestArticle[] = [];
  let prev = 0;
  let preambleEnd = -1;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.marker < 0) continue;
    if (l.marker <= prev) return null; // not increasing
    prev = l.marker;
    if (preambleEnd < 0) preambleEnd = l.start;
    // The title is the next non-blank line, which must not be a marker.
    let j = i + 1;
    while (j < lines.length && lines[j].marker < 0 && text.slice(lines[j].start, lines[j].end).trim() === "") j++;
    if (j >= lines.length || lines[j].marker >= 0) return null;
    if (articles.length) articles[articles.length - 1].end = l.start;
    articles.push({ number: l.marker, titleStart: lines[j].start, titleEnd: lines[j].end, end: n });
  }
  return { articles, preambleEnd };
}

/**
 * False when the text has fewer than two lines that could be article markers ("[12]" alone on a
 * line of at most 12 characters): a quick test before findDigest's line-by-line work.
 */
function mayBeDigest(text: string): boolean {
  let found = 0;
  for (let b = text.indexOf("["); b >= 0; b = text.indexOf("[", b + 1)) {
    // only spaces or tabs before it on its line
    let s = b;
    while (s > 0 && (text.charCodeAt(s - 1) === 32 || text.charCodeAt(s - 1) === 9)) s--;
    if (s > 0 && text.charCodeAt(s - 1) !== 10 && text.charCodeAt(s - 1) !== 13) continue;
    let i = b + 1;
    while (i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
    if (i === b + 1 || i - b - 1 > 5 || text.charCodeAt(i) !== 93) continue;
    i++;
    while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
    if (i < text.length && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) continue;
    if (i - s > 12) continue;
    if (++found >= 2) return true;
  }
  return false;
}

const PUBLISHER_SEPARATORS = [" | ", " \u2013 ", " \u2014 ", " - "];

/** "Title | Publisher" -> { title, publisher } when the tail looks like a publication name. */
export function splitTitlePublisher(line: string): { title: string; publisher?: string } {
  const t = line.replace(/\s+/g, " ").trim();
  for (const sep of PUBLISHER_SEPARATORS) {
    const at = t.lastIndexOf(sep);
    if (at <= 0) continue;
    const head = t.slice(0, at).trim();
    const tail = t.slice(at + sep.length).trim();
    if (!head || !tail || tail.length > 60 || /[(),:;!?]/.test(tail)) continue;
    const words = tail.split(" ");
    if (words.length > (sep === " | " ? 6 : 4)) continue;
    if (!/^[\p{Lu}\p{N}]/u.test(tail)) continue;
    if (sep !== " | " && !words.every((w) => /^[\p{Lu}\p{N}&]/u.test(w) || /^(?:of|the|and|for|de|la|le)$/.test(w))) continue;
    return { title: head, publisher: tail };
  }
  return { title: t };
}

// ---------------------------------------------------------------- Units

/**
 * A unit's sentences as offsets until something reads `unit.sentences`: the index needs only
 * their text (`sentenceTable` gives it), and most sentences are never looked at as objects.
 */
export interface SentenceTable {
  /** The string the sentence texts are slices of (the file's text, or its projection). */
  base: string;
  textStarts: Int32Array;
  textEnds: Int32Array;
  /** Offsets in the file (the sentences' start and end). */
  starts: Int32Array;
  ends: Int32Array;
  /** The file's line starts and length, for ranges. */
  lineStarts: readonly number[];
  length: number;
}

const TABLES = new WeakMap<SourceUnit, SentenceTable>();

/** The sentence table of a parsed unit whose sentence objects were not built yet. */
export function sentenceTable(unit: SourceUnit): SentenceTable | undefined {
  return TABLES.get(unit);
}

/** Number of sentences of a unit, without building them. */
export function sentenceCount(unit: SourceUnit): number {
  const t = TABLES.get(unit);
  return t ? t.textStarts.length : unit.sentences.length;
}

function tableOf(original: string, lineStarts: readonly number[], proj: Projection, from: number, to: number): SentenceTable {
  const spans = splitSentences(proj.text, from, to);
  const n = spans.length;
  const textStarts = new Int32Array(n);
  const textEnds = new Int32Array(n);
  for (let j = 0; j < n; j++) {
    textStarts[j] = spans[j].start;
    textEnds[j] = spans[j].end;
  }
  let starts = textStarts;
  let ends = textEnds;
  if (proj.starts) {
    starts = new Int32Array(n);
    ends = new Int32Array(n);
    for (let j = 0; j < n; j++) {
      starts[j] = proj.starts[textStarts[j]];
      ends[j] = proj.ends ? proj.ends[textEnds[j] - 1] : proj.starts[textEnds[j] - 1] + 1;
    }
  }
  return { base: proj.starts ? proj.text : original, textStarts, textEnds, starts, ends, lineStarts, length: original.length };
}

/** The sentences' ranges: start line, start character, end line, end character per sentence. */
export function sentenceRanges(t: SentenceTable): Int32Array {
  const n = t.textStarts.length;
  const out = new Int32Array(n * 4);
  // Offsets mostly increase: one line cursor walked from offset to offset (as LineIndex.positionAt,
  // without a binary search per offset).
  const starts = t.lineStarts;
  const last = starts.length - 1;
  const length = t.length;
  let line = 0;
  for (let k = 0; k < n * 2; k++) {
    const offset = k & 1 ? t.ends[k >> 1] : t.starts[k >> 1];
    const o = offset <= 0 ? 0 : offset >= length ? length : offset;
    while (line < last && starts[line + 1] <= o) line++;
    while (line > 0 && starts[line] > o) line--;
    out[2 * k] = line;
    out[2 * k + 1] = o - starts[line];
  }
  return out;
}

function buildSentences(t: SentenceTable): SourceSentence[] {
  const n = t.textStarts.length;
  const out: SourceSentence[] = new Array(n);
  const r = sentenceRanges(t);
  for (let j = 0; j < n; j++) {
    const o = j * 4;
    out[j] = {
      index: j,
      text: t.base.slice(t.textStarts[j], t.textEnds[j]),
      start: t.starts[j],
      end: t.ends[j],
      range: { start: { line: r[o], character: r[o + 1] }, end: { line: r[o + 2], character: r[o + 3] } },
    };
  }
  return out;
}

/** Gives `unit` a `sentences` property built from `table` on first read (then a plain array). */
function withSentences<U extends Omit<SourceUnit, "sentences">>(unit: U, table: SentenceTable): U & SourceUnit {
  const u = unit as U & SourceUnit;
  const settle = (sentences: SourceSentence[]): void => {
    TABLES.delete(u);
    Object.defineProperty(u, "sentences", { value: sentences, writable: true, enumerable: true, configurable: true });
  };
  TABLES.set(u, table);
  Object.defineProperty(u, "sentences", {
    enumerable: true,
    configurable: true,
    get(): SourceSentence[] {
      const sentences = buildSentences(table);
      settle(sentences);
      return sentences;
    },
    set(sentences: SourceSentence[]) {
      settle(sentences);
    },
  });
  return u;
}

/**
 * The citable units of one source file. `relPath` decides the format (by extension) and the ids;
 * sentence offsets are UTF-16 offsets into `text`.
 */
export function parseSource(relPath: string, text: string, absPath = ""): SourceUnit[] {
  const file = relPath.replace(/\\/g, "/");
  const ext = extensionOf(file);
  let proj: Projection;
  if (ext === ".md" || ext === ".markdown") proj = projectMarkdown(text);
  else if (ext === ".html" || ext === ".htm") proj = projectHtml(text);
  else proj = { text, starts: null, ends: null, meta: {} };

  const lineStarts = new LineIndex(text).lineStarts;
  const id = baseId(file);
  const meta = proj.meta;
  const base = (): Omit<SourceUnit, "id" | "title" | "sentences"> => {
    const u: Omit<SourceUnit, "id" | "title" | "sentences"> = { file, absPath };
    if (meta.author) u.author = meta.author;
    if (meta.date) u.date = meta.date;
    if (meta.url) u.url = meta.url;
    if (meta.publisher) u.publisher = meta.publisher;
    return u;
  };

  const digest = ext === ".html" || ext === ".htm" ? null : findDigest(proj.text);
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
  return [withSentences({ ...base(), id, title }, tableOf(text, lineStarts, proj, 0, proj.text.length))];
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
