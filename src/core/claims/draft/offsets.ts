// Where each character markdown-it hands over sits in the draft. markdown-it reports only line
// numbers for blocks, and its inline content has had container prefixes ("> ", list indents,
// table pipes) and line-leading spaces taken off; these maps put every UTF-16 unit back at its
// draft offset, so sentence ranges point at exactly what the writer typed.

import { buf32, isWs } from "./scratch";

/** Line starts and ends (without the line break) of a text, treating \r\n, \r and \n as breaks. */
export function lineBounds(text: string): { starts: number[]; ends: number[] } {
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
export function frontMatterEnd(markdown: string, starts: number[], ends: number[]): number {
  const first = markdown.slice(starts[0], ends[0]).replace(/^\uFEFF/, "").trimEnd();
  if (first !== "---" && first !== "+++") return -1;
  for (let l = 1; l < starts.length; l++) {
    const line = markdown.slice(starts[l], ends[l]).trimEnd();
    if (line === first || (first === "---" && line === "...")) return l;
  }
  return -1;
}

/** Maps each UTF-16 unit of an inline block's content to its draft offset. */
export function mapContent(markdown: string, content: string, firstLine: number, starts: number[], ends: number[]): Int32Array {
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
export function findInLine(markdown: string, content: string, from: number, to: number): Int32Array {
  const line = markdown.slice(from, to);
  const at = Math.max(0, line.indexOf(content));
  const map = new Int32Array(content.length);
  for (let k = 0; k < content.length; k++) map[k] = Math.min(from + at + k, Math.max(0, markdown.length - 1));
  return map;
}

/** The cells of a GFM table row as markdown-it splits them, with each content unit's draft offset. */
export function tableRowCells(markdown: string, from: number, to: number): { content: string; map: Int32Array }[] {
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
