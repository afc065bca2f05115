// Sentence tables (a unit's sentences as offsets into the file and its projection), their ranges,
// and the lazy `unit.sentences` property that turns a table into sentence objects when first read.

import { splitSentences } from "../text/sentences";
import type { SourceSentence, SourceUnit } from "../types";
import type { Projection } from "./formats/projection";

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

export function tableOf(original: string, lineStarts: readonly number[], proj: Projection, from: number, to: number): SentenceTable {
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
export function withSentences<U extends Omit<SourceUnit, "sentences">>(unit: U, table: SentenceTable): U & SourceUnit {
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
