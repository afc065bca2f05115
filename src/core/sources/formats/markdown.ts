// Markdown sources: YAML front matter read for metadata, and markup hidden so that only the
// prose is split into sentences. Hidden characters are masked, not removed, until the end, so
// every visible character keeps its offset in the file.

import { parseFrontMatter } from "./front-matter";
import { isSpaceCode } from "../../text/sentences";
import { clampTitle, type Meta, type Projection } from "./projection";

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

export function projectMarkdown(src: string): Projection {
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
        meta = metaFromFrontMatter(parseFrontMatter(rest.slice(0, m.index)));
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
