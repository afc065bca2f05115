// The sentences of a draft after an edit, from those of the text before it: only the paragraphs
// the edit touched are parsed again (a 10,000-word draft takes about 25 ms to parse whole, its
// edited paragraph well under one). Used only where the result is provably the full parse's:
// the edit lies in plain top-level paragraphs (every line starts with a letter or digit that
// opens no list, no '[' or '<' anywhere in them), between blank lines, in a draft with no ignore
// comment, no CR, and no fence or HTML before it. The old paragraphs, parsed alone, must give
// exactly the sentences the full parse gave them; otherwise the caller parses the whole text.

import { extractDraftBlocks, type DraftSentence } from "./markdown";

/** A line that can only continue or start a plain paragraph (not a list, heading, fence, table, quote, HTML). */
const PLAIN_LINE = /^(?![0-9]{1,9}[.)](?:[ \t]|$))[\p{L}\p{N}"“‘'($€£]/u;

/** Whether every line of text[from, to) is empty or a plain paragraph line, with no '[' or '<'. */
function plainParagraphs(text: string, from: number, to: number): boolean {
  const part = text.slice(from, to);
  if (part.includes("[") || part.includes("<")) return false;
  for (const line of part.split("\n")) if (line !== "" && !PLAIN_LINE.test(line)) return false;
  return true;
}

const CHUNK = 256;

function countLines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf("\n", from); i >= 0 && i < to; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

/** A sentence of a text parsed alone, placed at `offset` (a line start: line `line`) and block `block` of the draft. */
function shifted(s: DraftSentence, offset: number, line: number, block: number): DraftSentence {
  // loops, not map(): this runs a few times per edit, mostly before it is compiled
  const from = s.plainOffsets;
  const plainOffsets: number[] = [];
  for (let k = 0; k < from.length; k++) plainOffsets.push(from[k]! + offset);
  const citations: DraftSentence["citations"] = [];
  for (const c of s.citations) citations.push({ ...c, start: c.start + offset, end: c.end + offset });
  return {
    start: s.start + offset,
    end: s.end + offset,
    range: { start: { line: s.range.start.line + line, character: s.range.start.character }, end: { line: s.range.end.line + line, character: s.range.end.character } },
    text: s.text,
    plain: s.plain,
    plainOffsets,
    block: s.block + block,
    blockKind: s.blockKind,
    citations,
    ignored: s.ignored,
  };
}

function sameSentence(a: DraftSentence, b: DraftSentence): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The sentences of `text` (as extractDraftSentences gives them), from `before`'s and its
 * sentences, or undefined when the edit is not one this can take (then parse `text` whole).
 */
export function sentencesAfterEdit(before: string, sentences: readonly DraftSentence[], text: string): DraftSentence[] | undefined {
  if (text.includes("\r") || text.includes("<!--") || before.includes("\r")) return undefined;
  const shorter = Math.min(before.length, text.length);
  // compared a chunk at a time (native string comparison) up to the first difference: this runs
  // a few times per edit, too rarely for a character loop to get compiled
  let a = 0;
  while (a + CHUNK <= shorter && before.slice(a, a + CHUNK) === text.slice(a, a + CHUNK)) a += CHUNK;
  while (a < shorter && before.charCodeAt(a) === text.charCodeAt(a)) a++;
  let b = 0;
  while (b + CHUNK <= shorter - a && before.slice(before.length - b - CHUNK, before.length - b) === text.slice(text.length - b - CHUNK, text.length - b)) b += CHUNK;
  while (b < shorter - a && before.charCodeAt(before.length - 1 - b) === text.charCodeAt(text.length - 1 - b)) b++;
  // the edited paragraphs: from the line after the last blank line before the change (both
  // newlines in the unchanged start) to the first blank line after it (in the unchanged end)
  const blankBefore = a >= 2 ? text.lastIndexOf("\n\n", a - 2) : -1;
  const from = blankBefore < 0 ? 0 : blankBefore + 2;
  const delta = text.length - before.length;
  const blankAfter = text.indexOf("\n\n", text.length - b);
  const to = blankAfter < 0 ? text.length : blankAfter;
  const oldTo = to - delta;
  if (from > a || oldTo < from || to < from) return undefined;
  // parsing both versions of most of the text (another document than the last one) costs more than the whole
  if (to - from + (oldTo - from) > text.length) return undefined;
  // nothing before the paragraphs may hold them inside a fence or an HTML block, and neither
  // their old nor their new text may be anything but plain paragraphs
  const head = text.slice(0, from);
  if (head.includes("```") || head.includes("~~~") || head.includes("<")) return undefined;
  if (!plainParagraphs(before, from, oldTo) || !plainParagraphs(text, from, to)) return undefined;

  const firstIn = sentences.findIndex((s) => s.start >= from);
  if (firstIn < 0 || sentences[firstIn]!.start >= oldTo) return undefined;
  let firstAfter = firstIn;
  while (firstAfter < sentences.length && sentences[firstAfter]!.start < oldTo) firstAfter++;
  if ((firstIn > 0 && sentences[firstIn - 1]!.end > from) || sentences[firstAfter - 1]!.end > oldTo) return undefined;
  const line = countLines(text, 0, from);
  const firstBlock = sentences[firstIn]!.block;
  // the old paragraphs alone must give what the whole parse gave them
  const old = extractDraftBlocks(before.slice(from, oldTo));
  if (old.sentences.length !== firstAfter - firstIn) return undefined;
  for (let k = 0; k < old.sentences.length; k++) if (!sameSentence(shifted(old.sentences[k]!, from, line, firstBlock), sentences[firstIn + k]!)) return undefined;
  const now = extractDraftBlocks(text.slice(from, to));
  const lineDelta = countLines(text, from, to) - countLines(before, from, oldTo);
  const blockDelta = now.blockCount - old.blockCount;
  const out = sentences.slice(0, firstIn);
  for (const s of now.sentences) out.push(shifted(s, from, line, firstBlock));
  // after them everything moved by the same number of characters, lines and blocks (each starts
  // on a line of its own, so its characters within the line stay)
  for (let k = firstAfter; k < sentences.length; k++) out.push(shifted(sentences[k]!, delta, lineDelta, blockDelta));
  return out;
}
