// The sentences of a Markdown draft that state something: prose of paragraphs, headings, list
// items, blockquotes and table cells, with exact UTF-16 places in the draft, the visible text
// (markup removed) with a per-character offset map, citations written with each sentence, and
// silencing by ignore comments. markdown-it gives the block structure (and line maps); inline
// positions are recovered here by walking the inline tokens over the block's source text.

import MarkdownIt from "markdown-it";
import type { Range } from "../types";
import { LineIndex } from "../text/lines";
import { splitSentences } from "../text/sentences";

type Token = import("markdown-it").Token;

export interface DraftCitation {
  kind: "footnote" | "pandoc" | "link";
  /** Footnote label, pandoc key, or link target path (without its #fragment). */
  key: string;
  start: number;
  end: number;
}

export type DraftBlockKind = "paragraph" | "heading" | "list" | "quote" | "table";

export interface DraftSentence {
  /** UTF-16 offsets in the draft; markdown.slice(start, end) === text. */
  start: number;
  end: number;
  range: Range;
  /** Exact slice of the draft. */
  text: string;
  /** Visible prose: markup, link targets, images, code, html and citations removed, spaces collapsed. */
  plain: string;
  /** For each UTF-16 unit of `plain`, its offset in the draft (strictly increasing). */
  plainOffsets: number[];
  /** Index of the block (paragraph, heading, list item paragraph, table cell) it came from. */
  block: number;
  blockKind: DraftBlockKind;
  /** Citations written in or right after this sentence. */
  citations: DraftCitation[];
  /** Silenced by an ignore comment. */
  ignored: boolean;
}

const md = new MarkdownIt({ html: true, linkify: false, typographer: false });

const DIRECTIVE = /<!--\s*groundwork[-\s]+(ignore-line|ignore|off|on)\s*-->/gi;
const ENTITY = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/y;
const FOOTNOTE_REF = /\[\^([^\]\s[]+)\]/g;
const FOOTNOTE_REF_AT = /\[\^([^\]\s[]+)\]/y;
const FOOTNOTE_DEF_LINE = /^ {0,3}\[\^[^\]\s]+\]:/;
const BRACKETS = /\[([^\[\]]*)\]/g;
const PANDOC_KEY = /(?:^|[\s;])-?@([\p{L}\p{N}_][\p{L}\p{N}_:.#$%&\-+?<>~/]*)/gu;

// Scratch buffers reused across blocks (allocation of many small typed arrays dominates otherwise).
const pool: { [k in "cmap" | "cis" | "pci"]: Int32Array } & { [k in "codes" | "pc"]: Uint16Array } = {
  cmap: new Int32Array(1024),
  cis: new Int32Array(1024),
  pci: new Int32Array(1024),
  codes: new Uint16Array(1024),
  pc: new Uint16Array(1024),
};
function buf32(name: "cmap" | "cis" | "pci", n: number): Int32Array {
  if (pool[name].length < n) pool[name] = new Int32Array(Math.max(n, pool[name].length * 2));
  return pool[name];
}
function buf16(name: "codes" | "pc", n: number): Uint16Array {
  if (pool[name].length < n) pool[name] = new Uint16Array(Math.max(n, pool[name].length * 2));
  return pool[name];
}

function isWs(c: string | undefined): boolean {
  return c === " " || c === "\t" || c === "\n" || c === "\r" || c === "\f" || c === "\v" || c === "\u00a0";
}

interface Directive {
  kind: "ignore-line" | "ignore" | "off" | "on";
  line: number;
  offset: number;
}

interface Block {
  /** Draft lines [from, to) the block covers, for ignore comments before/after it. */
  lines: [number, number];
  sentences: DraftSentence[];
  ignoredByComment: boolean;
}

/** Line starts and ends (without the line break) of a text, treating \r\n, \r and \n as breaks. */
function lineBounds(text: string): { starts: number[]; ends: number[] } {
  const starts = [0];
  const ends: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      ends.push(i);
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  ends.push(text.length);
  return { starts, ends };
}

/** Lines [0, n] of front matter (--- YAML --- or +++ TOML +++ at the very top), or -1. */
function frontMatterEnd(markdown: string, starts: number[], ends: number[]): number {
  const first = markdown.slice(starts[0], ends[0]).replace(/^\uFEFF/, "").trimEnd();
  if (first !== "---" && first !== "+++") return -1;
  for (let l = 1; l < starts.length; l++) {
    const line = markdown.slice(starts[l], ends[l]).trimEnd();
    if (line === first || (first === "---" && line === "...")) return l;
  }
  return -1;
}

export function extractDraftSentences(markdown: string): DraftSentence[] {
  const { starts, ends } = lineBounds(markdown);
  const lineCount = starts.length;
  const fmEnd = frontMatterEnd(markdown, starts, ends);
  // Source for markdown-it: front matter emptied, line numbers kept.
  let src = fmEnd >= 0 ? "\n".repeat(fmEnd + 1) + markdown.slice(starts[Math.min(fmEnd + 1, lineCount - 1)]) : markdown;
  if (fmEnd >= 0 && fmEnd + 1 >= lineCount) src = "\n".repeat(fmEnd);
  if (src.charCodeAt(0) === 0xfeff) src = src.slice(1);
  const tokens = md.parse(src, {});
  const lines = new LineIndex(markdown);

  const blocks: Block[] = [];
  const directives: Directive[] = [];
  const containers: ("list" | "quote")[] = [];
  let openKind: DraftBlockKind = "paragraph";
  let openMap: [number, number] | null = null;
  let tableMap: [number, number] | null = null;
  let rowLine = -1;
  let rowCell = 0;
  let rowCells: { content: string; map: Int32Array }[] = [];

  for (const tok of tokens) {
    switch (tok.type) {
      case "blockquote_open":
        containers.push("quote");
        break;
      case "bullet_list_open":
      case "ordered_list_open":
        containers.push("list");
        break;
      case "blockquote_close":
      case "bullet_list_close":
      case "ordered_list_close":
        containers.pop();
        break;
      case "paragraph_open":
        openKind = containers.length ? containers[containers.length - 1] : "paragraph";
        openMap = tok.map ? [tok.map[0], tok.map[1]] : null;
        break;
      case "heading_open":
        openKind = "heading";
        openMap = tok.map ? [tok.map[0], tok.map[1]] : null;
        break;
      case "table_open":
        tableMap = tok.map ? [tok.map[0], tok.map[1]] : null;
        break;
      case "tr_open":
        rowLine = tok.map ? tok.map[0] : -1;
        rowCell = 0;
        rowCells = rowLine >= 0 && rowLine < lineCount ? tableRowCells(markdown, starts[rowLine], ends[rowLine]) : [];
        break;
      case "th_open":
      case "td_open":
        openKind = "table";
        openMap = tableMap;
        break;
      case "html_block": {
        if (!tok.map) break;
        DIRECTIVE.lastIndex = 0;
        for (let m = DIRECTIVE.exec(tok.content); m; m = DIRECTIVE.exec(tok.content)) {
          let nl = 0;
          for (let i = tok.content.indexOf("\n"); i >= 0 && i < m.index; i = tok.content.indexOf("\n", i + 1)) nl++;
          const line = Math.min(tok.map[0] + nl, lineCount - 1);
          const lineText = markdown.slice(starts[line], ends[line]);
          const at = lineText.indexOf(m[0]);
          directives.push({ kind: m[1].toLowerCase() as Directive["kind"], line, offset: starts[line] + Math.max(0, at) });
        }
        break;
      }
      case "inline": {
        let content = tok.content;
        let cmap: Int32Array;
        const kind = openKind;
        const blockLines: [number, number] = openMap ?? [0, 0];
        if (kind === "table") {
          const cell = rowCells[rowCell++];
          if (!cell || cell.content !== content) {
            // Should not happen; fall back to finding the text in the row line.
            cmap = findInLine(markdown, content, rowLine >= 0 ? starts[rowLine] : 0, rowLine >= 0 ? ends[rowLine] : markdown.length);
          } else cmap = cell.map;
        } else {
          if (!tok.map) break;
          cmap = mapContent(markdown, content, tok.map[0], starts, ends);
        }
        // Footnote definitions ("[^1]: text") are citations, not claims: cut them off.
        let cut = content.length;
        if (kind !== "table" && kind !== "heading") {
          let lineStart = 0;
          for (;;) {
            if (FOOTNOTE_DEF_LINE.test(content.slice(lineStart, lineStart + 200))) {
              cut = lineStart;
              break;
            }
            const nl = content.indexOf("\n", lineStart);
            if (nl < 0) break;
            lineStart = nl + 1;
          }
        }
        const block: Block = { lines: blockLines, sentences: [], ignoredByComment: false };
        const blockIndex = blocks.length;
        blocks.push(block);
        if (cut === 0) break;
        const walked = walkInline(content, cmap, tok.children ?? [], cut);
        const inlineIgnores: number[] = [];
        for (const d of walked.directives) {
          const offset = cmap[Math.min(d.ci, cmap.length - 1)] ?? 0;
          const line = lines.rangeOf(offset, offset).start.line;
          if (d.kind === "ignore") inlineIgnores.push(d.ci);
          else directives.push({ kind: d.kind, line, offset });
        }
        block.sentences = buildSentences(markdown, lines, content.slice(0, cut), cmap, walked, blockIndex, kind);
        // "<!-- groundwork-ignore -->" at the end of the block silences the block; after a
        // sentence inside it, that sentence.
        for (const ci of inlineIgnores) {
          const last = walked.text.length ? walked.cis[walked.text.length - 1] : -1;
          if (ci > last) {
            block.ignoredByComment = true;
            continue;
          }
          const at = cmap[Math.min(ci, cmap.length - 1)];
          let target: DraftSentence | undefined;
          for (const s of block.sentences) if (s.start <= at) target = s;
          if (target) target.ignored = true;
          else block.ignoredByComment = true;
        }
        break;
      }
      default:
        break;
    }
  }

  applyIgnores(blocks, directives);
  const out: DraftSentence[] = [];
  for (const b of blocks) for (const s of b.sentences) out.push(s);
  return out;
}

/** Maps each UTF-16 unit of an inline block's content to its draft offset. */
function mapContent(markdown: string, content: string, firstLine: number, starts: number[], ends: number[]): Int32Array {
  const map = buf32("cmap", content.length).subarray(0, content.length);
  let ci = 0;
  let line = firstLine;
  let prev = firstLine < starts.length ? starts[firstLine] - 1 : markdown.length - 1;
  while (ci <= content.length) {
    let nl = content.indexOf("\n", ci);
    if (nl < 0) nl = content.length;
    const text = content.slice(ci, nl);
    let lead = 0;
    while (lead < text.length && (text[lead] === " " || text[lead] === "\t")) lead++;
    const body = text.slice(lead);
    let base: number; // draft offset of body[0]
    if (line < starts.length) {
      const ls = starts[line];
      const draftLine = markdown.slice(ls, ends[line]);
      const trimmed = draftLine.trimEnd();
      if (draftLine.endsWith(body)) base = ls + draftLine.length - body.length;
      else if (trimmed.endsWith(body)) base = ls + trimmed.length - body.length;
      else {
        const at = draftLine.lastIndexOf(body);
        base = at >= 0 ? ls + at : ls + Math.max(0, draftLine.length - body.length);
      }
    } else base = markdown.length;
    for (let k = 0; k < text.length; k++) {
      let off = k < lead ? base - (lead - k) : base + (k - lead);
      if (off <= prev) off = prev + 1;
      map[ci + k] = off;
      prev = off;
    }
    if (nl >= content.length) break;
    // The line break: the end of this draft line.
    let off = line < ends.length ? ends[line] : prev + 1;
    if (off <= prev) off = prev + 1;
    map[nl] = off;
    prev = off;
    ci = nl + 1;
    line++;
  }
  for (let i = 0; i < map.length; i++) if (map[i] > markdown.length - 1) map[i] = Math.max(0, markdown.length - 1);
  return map;
}

/** Fallback: a cell's text found in its row line. */
function findInLine(markdown: string, content: string, from: number, to: number): Int32Array {
  const line = markdown.slice(from, to);
  const at = Math.max(0, line.indexOf(content));
  const map = new Int32Array(content.length);
  for (let k = 0; k < content.length; k++) map[k] = Math.min(from + at + k, Math.max(0, markdown.length - 1));
  return map;
}

/** The cells of a GFM table row as markdown-it splits them, with each content unit's draft offset. */
function tableRowCells(markdown: string, from: number, to: number): { content: string; map: Int32Array }[] {
  const line = markdown.slice(from, to);
  // Trim like markdown-it (getLine(...).trim()).
  let s = 0;
  let e = line.length;
  while (s < e && isWs(line[s])) s++;
  while (e > s && isWs(line[e - 1])) e--;
  let a = s;
  let b = e;
  if (line[a] === "|") a++;
  if (b > a && line[b - 1] === "|" && line[b - 2] !== "\\") b--;
  const cols: { chars: string[]; offs: number[] }[] = [];
  let cur: { chars: string[]; offs: number[] } = { chars: [], offs: [] };
  for (let i = a; i < b; i++) {
    const c = line[i];
    if (c === "|") {
      if (i > a && line[i - 1] === "\\" && cur.chars.length && cur.chars[cur.chars.length - 1] === "\\") {
        cur.chars[cur.chars.length - 1] = "|";
        cur.offs[cur.offs.length - 1] = from + i;
        continue;
      }
      cols.push(cur);
      cur = { chars: [], offs: [] };
      continue;
    }
    cur.chars.push(c);
    cur.offs.push(from + i);
  }
  cols.push(cur);
  return cols.map((col) => {
    let x = 0;
    let y = col.chars.length;
    while (x < y && isWs(col.chars[x])) x++;
    while (y > x && isWs(col.chars[y - 1])) y--;
    return { content: col.chars.slice(x, y).join(""), map: Int32Array.from(col.offs.slice(x, y)) };
  });
}

interface Walked {
  /** Visible text and the content index of each of its UTF-16 units. */
  text: string;
  cis: Int32Array;
  /** Citations found structurally (links, footnote refs parsed as links), in content indices. */
  citations: { kind: DraftCitation["kind"]; key: string; ci: number; ce: number; vs: number; ve: number }[];
  directives: { kind: Directive["kind"]; ci: number }[];
}

function walkInline(content: string, cmap: Int32Array, children: Token[], cut: number): Walked {
  const codes = buf16("codes", content.length + 1).subarray(0, content.length + 1);
  const cis = buf32("cis", content.length + 1).subarray(0, content.length + 1);
  let n = 0;
  const citations: Walked["citations"] = [];
  const directives: Walked["directives"] = [];
  const max = content.length;
  let pos = 0;
  let lastOff = -1;

  const pushChar = (c: string, ci: number, emit: boolean) => {
    if (!emit || ci >= cut || n >= codes.length) return;
    const off = cmap[ci];
    if (off === undefined || off <= lastOff) return;
    let code = c.charCodeAt(0);
    if (code === 32 || code === 9 || code === 10 || code === 13 || code === 12 || code === 11 || code === 0xa0) {
      if (n === 0 || codes[n - 1] === 32) return;
      code = 32;
    }
    codes[n] = code;
    cis[n++] = ci;
    lastOff = off;
  };

  const alignText = (s: string, emit: boolean) => {
    if (content.startsWith(s, pos)) {
      for (let k = 0; k < s.length; k++) pushChar(s[k], pos + k, emit);
      pos += s.length;
      return;
    }
    for (let k = 0; k < s.length; k++) {
      const c = s[k];
      if (content[pos] === c) {
        pushChar(c, pos++, emit);
        continue;
      }
      if (content[pos] === "\\" && content[pos + 1] === c) {
        pushChar(c, pos + 1, emit);
        pos += 2;
        continue;
      }
      if (content[pos] === "&") {
        ENTITY.lastIndex = pos;
        const m = ENTITY.exec(content);
        if (m) {
          const dec = md.utils.unescapeAll(m[0]);
          if (dec.length > 0 && dec.length <= m[0].length && s.startsWith(dec, k)) {
            for (let j = 0; j < dec.length; j++) pushChar(dec[j], pos + j, emit);
            k += dec.length - 1;
            pos += m[0].length;
            continue;
          }
        }
      }
      const q = content.indexOf(c, pos);
      if (q >= 0 && q - pos <= 8) {
        pushChar(c, q, emit);
        pos = q + 1;
      }
      // else: a character we cannot place; leave it out of the visible text.
    }
  };

  const skipMarkup = (markup: string) => {
    if (!markup) return;
    if (content.startsWith(markup, pos)) pos += markup.length;
    else {
      const q = content.indexOf(markup, pos);
      if (q >= 0 && q - pos <= 8) pos = q + markup.length;
    }
  };

  const skipWs = (p: number) => {
    while (p < max && (content[p] === " " || content[p] === "\t" || content[p] === "\n")) p++;
    return p;
  };

  /** From the "]" that closes a link label, past "(dest 'title')" or "[ref]", as markdown-it parses it. */
  const skipLinkTail = () => {
    if (content[pos] !== "]") {
      const q = content.indexOf("]", pos);
      if (q < 0 || q - pos > 8) return;
      pos = q;
    }
    const labelEnd = pos;
    let p = labelEnd + 1;
    let parseRef = true;
    if (content[p] === "(") {
      parseRef = false;
      p = skipWs(p + 1);
      const dest = md.helpers.parseLinkDestination(content, p, max);
      if (dest.ok) {
        p = dest.pos;
        const start = p;
        p = skipWs(p);
        const title = md.helpers.parseLinkTitle(content, p, max);
        if (p < max && start !== p && title.ok) p = skipWs(title.pos);
      }
      if (p >= max || content[p] !== ")") parseRef = true;
      p++;
    }
    if (parseRef) {
      if (content[p] === "[") {
        let q = p + 1;
        while (q < max && content[q] !== "]" && content[q] !== "[") q += content[q] === "\\" ? 2 : 1;
        p = q < max && content[q] === "]" ? q + 1 : labelEnd + 1;
      } else p = labelEnd + 1;
    }
    pos = Math.min(p, max);
  };

  const linkStack: { key: string; ci: number; vs: number; skip: boolean }[] = [];

  const walk = (list: Token[], emit: boolean) => {
    for (let i = 0; i < list.length; i++) {
      if (pos >= cut) return;
      const t = list[i];
      switch (t.type) {
        case "text":
          alignText(t.content, emit);
          break;
        case "softbreak":
        case "hardbreak": {
          const nl = content.indexOf("\n", pos);
          if (nl < 0) break;
          pushChar(" ", nl, emit);
          pos = nl + 1;
          while (pos < max && (content[pos] === " " || content[pos] === "\t")) pos++;
          break;
        }
        case "code_inline": {
          const m = t.markup || "`";
          let open = content.startsWith(m, pos) ? pos : content.indexOf(m, pos);
          if (open < 0) break;
          let from = open + m.length;
          let close = -1;
          for (;;) {
            const q = content.indexOf(m, from);
            if (q < 0) break;
            let runEnd = q;
            while (content[runEnd] === "`") runEnd++;
            if (runEnd - q === m.length) {
              close = q;
              break;
            }
            from = runEnd;
          }
          pushChar(" ", open, emit);
          pos = close >= 0 ? close + m.length : max;
          break;
        }
        case "em_open":
        case "em_close":
        case "strong_open":
        case "strong_close":
        case "s_open":
        case "s_close":
          skipMarkup(t.markup);
          break;
        case "html_inline": {
          const html = t.content;
          const at = content.startsWith(html, pos) ? pos : content.indexOf(html, pos);
          if (at < 0) break;
          DIRECTIVE.lastIndex = 0;
          for (let m = DIRECTIVE.exec(html); m; m = DIRECTIVE.exec(html)) {
            directives.push({ kind: m[1].toLowerCase() as Directive["kind"], ci: at + m.index });
          }
          pos = at + html.length;
          break;
        }
        case "link_open": {
          let depth = 0;
          let j = i + 1;
          for (; j < list.length; j++) {
            if (list[j].type === "link_open") depth++;
            else if (list[j].type === "link_close") {
              if (depth === 0) break;
              depth--;
            }
          }
          if (t.markup === "autolink" || t.markup === "linkify") {
            const start = pos;
            const gt = t.markup === "autolink" ? content.indexOf(">", pos) : -1;
            if (gt >= 0) pos = gt + 1;
            else walk(list.slice(i + 1, j), false);
            const href = String(t.attrGet("href") ?? "");
            citations.push({ kind: "link", key: stripFragment(href), ci: start, ce: pos, vs: n, ve: n });
            i = j;
            break;
          }
          FOOTNOTE_REF_AT.lastIndex = pos;
          const fm = FOOTNOTE_REF_AT.exec(content);
          if (fm) {
            citations.push({ kind: "footnote", key: fm[1], ci: pos, ce: pos + fm[0].length, vs: n, ve: n });
            pos += fm[0].length;
            // Skip the label's tokens and, for "[^1][x]" forms, nothing more.
            i = j;
            break;
          }
          if (content[pos] !== "[") {
            const q = content.indexOf("[", pos);
            if (q >= 0 && q - pos <= 8) pos = q;
          }
          linkStack.push({ key: stripFragment(String(t.attrGet("href") ?? "")), ci: pos, vs: n, skip: false });
          if (content[pos] === "[") pos++;
          break;
        }
        case "link_close": {
          const open = linkStack.pop();
          skipLinkTail();
          if (open && open.key && emit) {
            citations.push({ kind: "link", key: open.key, ci: open.ci, ce: pos, vs: open.vs, ve: n });
          }
          break;
        }
        case "image": {
          if (content[pos] !== "!") {
            const q = content.indexOf("![", pos);
            if (q >= 0 && q - pos <= 8) pos = q;
          }
          pos += 2;
          walk(t.children ?? [], false);
          skipLinkTail();
          break;
        }
        default:
          if (t.children && t.children.length) walk(t.children, emit);
          else if (t.content) alignText(t.content, emit);
          break;
      }
    }
  };
  walk(children, true);
  return { text: fromCodes(codes, n), cis: cis.subarray(0, n), citations, directives };
}

function fromCodes(codes: Uint16Array, n: number): string {
  let out = "";
  for (let i = 0; i < n; i += 8192) out += String.fromCharCode.apply(null, codes.subarray(i, Math.min(n, i + 8192)) as unknown as number[]);
  return out;
}

function stripFragment(href: string): string {
  if (!href || href.startsWith("#")) return "";
  const hash = href.indexOf("#");
  const path = hash >= 0 ? href.slice(0, hash) : href;
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

function buildSentences(
  markdown: string,
  lines: LineIndex,
  content: string,
  cmap: Int32Array,
  walked: Walked,
  blockIndex: number,
  blockKind: DraftBlockKind,
): DraftSentence[] {
  const { text: v, cis } = walked;
  const del = new Uint8Array(v.length);
  type Cit = { kind: DraftCitation["kind"]; key: string; ci: number; ce: number };
  const cits: Cit[] = [];
  const deleteSpan = (a: number, b: number) => {
    for (let k = a; k < b; k++) del[k] = 1;
    for (let k = a - 1; k >= 0 && v[k] === " "; k--) del[k] = 1;
  };
  // Footnote references and pandoc citations written as text.
  const brackets = v.includes("[");
  FOOTNOTE_REF.lastIndex = 0;
  for (let m = brackets ? FOOTNOTE_REF.exec(v) : null; m; m = FOOTNOTE_REF.exec(v)) {
    const a = m.index;
    const b = a + m[0].length;
    cits.push({ kind: "footnote", key: m[1], ci: cis[a], ce: cis[b - 1] + 1 });
    deleteSpan(a, b);
  }
  BRACKETS.lastIndex = 0;
  for (let m = brackets ? BRACKETS.exec(v) : null; m; m = BRACKETS.exec(v)) {
    if (m[1].startsWith("^")) continue;
    const keys: string[] = [];
    PANDOC_KEY.lastIndex = 0;
    for (let k = PANDOC_KEY.exec(m[1]); k; k = PANDOC_KEY.exec(m[1])) keys.push(k[1].replace(/(?<![.,;:?])[.,;:?]+$/, ""));
    if (!keys.length) continue;
    const a = m.index;
    const b = a + m[0].length;
    for (const key of keys) cits.push({ kind: "pandoc", key, ci: cis[a], ce: cis[b - 1] + 1 });
    deleteSpan(a, b);
  }
  for (const c of walked.citations) {
    cits.push({ kind: c.kind, key: c.key, ci: c.ci, ce: c.ce });
    // A link that is all of a parenthesis, " ([Title](path))", is a citation aside.
    if (c.kind === "link" && c.ve > c.vs && v[c.vs - 1] === "(" && v[c.ve] === ")") deleteSpan(c.vs - 1, c.ve + 1);
  }
  cits.sort((x, y) => x.ci - y.ci);

  // The plain text: kept characters, spaces collapsed.
  const pc = buf16("pc", v.length);
  const pci = buf32("pci", v.length);
  let np = 0;
  for (let k = 0; k < v.length; k++) {
    if (del[k]) continue;
    const c = v.charCodeAt(k);
    if (c === 32 && (np === 0 || pc[np - 1] === 32)) continue;
    pc[np] = c;
    pci[np++] = cis[k];
  }
  while (np > 0 && pc[np - 1] === 32) np--;
  const plain = fromCodes(pc, np);
  if (!plain) return [];

  const spans: { s: number; e: number }[] = [];
  for (const sp of splitInChunks(plain)) {
    let s = sp.start;
    let e = sp.end;
    while (s < e && plain[s] === " ") s++;
    while (e > s && plain[e - 1] === " ") e--;
    if (e > s) spans.push({ s, e });
  }
  const isContentWs = (ci: number) => isWs(content[ci]);
  const citeAt = new Set<number>();
  const linkAt = new Set<number>();
  for (const c of cits) (c.kind === "link" ? linkAt : citeAt).add(c.ci);
  const out: DraftSentence[] = [];
  const bounds: number[] = [];
  let prevEndCi = 0;
  for (let n = 0; n < spans.length; n++) {
    const { s, e } = spans[n];
    const nextStartCi = n + 1 < spans.length ? pci[spans[n + 1].s] : content.length;
    let a = pci[s];
    while (a > prevEndCi && !isContentWs(a - 1)) a--;
    let b = pci[e - 1] + 1;
    for (;;) {
      while (b < nextStartCi && !isContentWs(b)) b++;
      // Citations after a space still belong to this sentence: "… in 2023 [@key]."
      let w = b;
      while (w < nextStartCi && isContentWs(w)) w++;
      if (w < nextStartCi && (citeAt.has(w) || (content[w] === "(" && linkAt.has(w + 1)))) {
        b = w + 1;
        continue;
      }
      break;
    }
    if (b > content.length) b = content.length;
    prevEndCi = b;
    const start = cmap[a];
    const end = cmap[b - 1] + 1;
    const offsets: number[] = new Array(e - s);
    for (let k = s; k < e; k++) offsets[k - s] = cmap[pci[k]];
    out.push({
      start,
      end,
      range: lines.rangeOf(start, end),
      text: markdown.slice(start, end),
      plain: plain.slice(s, e),
      plainOffsets: offsets,
      block: blockIndex,
      blockKind,
      citations: [],
      ignored: false,
    });
    bounds.push(a);
  }
  let t = 0;
  for (const c of cits) {
    while (t + 1 < out.length && bounds[t + 1] <= c.ci) t++;
    const target = out[t];
    if (!target) continue;
    const start = cmap[Math.min(c.ci, cmap.length - 1)];
    const end = c.ce > 0 ? cmap[Math.min(c.ce, cmap.length) - 1] + 1 : start;
    target.citations.push({ kind: c.kind, key: c.key, start, end });
  }
  return out;
}

/**
 * splitSentences over the plain text; a very long block (a 1 MB line) goes in pieces cut after a
 * sentence end, so the segmenter never sees more than a few thousand characters at once.
 */
function splitInChunks(plain: string): { start: number; end: number }[] {
  const CHUNK = 8000;
  if (plain.length <= CHUNK * 2) return splitSentences(plain);
  const out: { start: number; end: number }[] = [];
  let a = 0;
  while (a < plain.length) {
    let b = Math.min(plain.length, a + CHUNK);
    if (b < plain.length) {
      const window = plain.slice(a + (CHUNK >> 1), b);
      let cutAt = -1;
      const re = /[.!?]["'”’)\]]* (?=[\p{Lu}\p{N}"“(])/gu;
      for (let m = re.exec(window); m; m = re.exec(window)) cutAt = m.index + m[0].length;
      if (cutAt >= 0) b = a + (CHUNK >> 1) + cutAt;
      else {
        const sp = plain.lastIndexOf(" ", b);
        if (sp > a) b = sp + 1;
      }
    }
    for (const sp of splitSentences(plain, a, b)) out.push(sp);
    a = b;
  }
  return out;
}

function applyIgnores(blocks: Block[], directives: Directive[]): void {
  for (const d of directives) {
    if (d.kind !== "ignore") continue;
    // The block right after the comment line, else the block the comment ends, else the next block.
    const next = blocks.find((b) => b.lines[0] === d.line + 1);
    const prev = blocks.find((b) => b.lines[1] === d.line);
    const target = next ?? prev ?? blocks.find((b) => b.lines[0] > d.line);
    if (target) for (const b of blocks) if (b.lines[0] === target.lines[0] && b.lines[1] === target.lines[1]) b.ignoredByComment = true;
  }
  const regions = directives.filter((d) => d.kind === "off" || d.kind === "on").sort((x, y) => x.offset - y.offset);
  const ignoreLines = new Set(directives.filter((d) => d.kind === "ignore-line").map((d) => d.line));
  for (const b of blocks) {
    for (const s of b.sentences) {
      if (b.ignoredByComment) s.ignored = true;
      let off = false;
      for (const r of regions) {
        if (r.offset > s.start) break;
        off = r.kind === "off";
      }
      if (off) s.ignored = true;
      for (let l = s.range.start.line; l <= s.range.end.line; l++) if (ignoreLines.has(l)) s.ignored = true;
    }
  }
}
