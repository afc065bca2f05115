// A block's sentences: citations written as text ("[^1]", "[@key]") and citation asides
// (" ([Title](path))") taken out of the visible text, the rest split into sentences, and each
// sentence given its exact draft slice, its plain text with offsets, and the citations in or
// right after it.

import type { LineIndex } from "../../text/lines";
import { splitSentences } from "../../text/sentences";
import type { Walked } from "./inline";
import { buf16, buf32, fromCodes, isWs } from "./scratch";
import type { DraftBlockKind, DraftCitation, DraftSentence } from "./types";

const FOOTNOTE_REF = /\[\^([^\]\s[]+)\]/g;
const BRACKETS = /\[([^\[\]]*)\]/g;
const PANDOC_KEY = /(?:^|[\s;])-?@([\p{L}\p{N}_][\p{L}\p{N}_:.#$%&\-+?<>~/]*)/gu;

export function buildSentences(
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
  return splitCaseless(plain, splitLong(plain));
}

/** Periods of abbreviations that a lower-case word may follow without a new sentence. */
const LOWER_ABBREVIATIONS = /(?:^|[\s(])(?:e\.g|i\.e|etc|vs|cf|approx|incl|no|st|mr|mrs|ms|dr|jr|sr|inc|ltd|co|corp|u\.s|u\.k)\.$/;

/**
 * In a block written all in lower case ("she was told … past december. she died …", as some
 * tools and hurried writers produce), a sentence end is not marked by a capital: a period, "!" or
 * "?" and a space before a lower-case word end the sentence there (Unicode's rule SB8 keeps them
 * together, rightly for cased text). Abbreviations keep their sentence.
 */
function splitCaseless(plain: string, spans: { start: number; end: number }[]): { start: number; end: number }[] {
  if (/\p{Lu}|\p{Lt}/u.test(plain)) return spans;
  const out: { start: number; end: number }[] = [];
  const boundary = /[.!?]["'”’)\]]*\s+(?=\p{Ll})/gu;
  for (const span of spans) {
    let start = span.start;
    const text = plain.slice(span.start, span.end);
    for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
      const end = span.start + m.index + m[0].trimEnd().length;
      if (LOWER_ABBREVIATIONS.test(plain.slice(Math.max(start, end - 8), end))) continue;
      out.push({ start, end });
      start = span.start + m.index + m[0].length;
    }
    out.push({ start, end: span.end });
  }
  return out;
}

function splitLong(plain: string): { start: number; end: number }[] {
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
