// Figures written after the noun phrase of what they measure and "of" ("a momentum rating of
// 38.18%", "revenue of $310 million"): the measure's words, for the checks that compare a list's
// measures (checks/swapped-measure.ts, checks/compared-measures.ts).
import type { Quantity } from "../quantities";
import { isContentTerm, termOf } from "../text/tokens";

/** Kinds of figure a measure of a list may give. */
const MEASURED = new Set(["money", "count", "percent", "multiplier"]);
/** The one or two words before "of" and a figure: "a momentum rating of", "a growth score of about". */
const MEASURE_BEFORE = /(?:^|[^\p{L}\p{N}'’-])([\p{L}][\p{L}'’-]*)(?:\s+([\p{L}][\p{L}'’-]*))?\s+of\s+(?:(?:about|around|roughly|nearly|almost|some|over|under|just)\s+)?$/u;

export interface Measured {
  q: Quantity;
  /** The content terms of the measure's words, in order. */
  measure: string[];
  /** The measure's words as written. */
  text: string;
}

/** The figures of a text written after a measure's noun phrase and "of". */
export function measuredFigures(text: string, quantities: readonly Quantity[]): Measured[] {
  const out: Measured[] = [];
  for (const q of quantities) {
    if (!MEASURED.has(q.kind) || q.vague) continue;
    const m = MEASURE_BEFORE.exec(text.slice(Math.max(0, q.start - 60), q.start));
    if (!m) continue;
    const words = [m[1], m[2]].filter((w): w is string => !!w);
    const measure = words.map((w) => termOf(w.toLowerCase())).filter((t) => isContentTerm(t));
    // (a name before "of" is no measure: "49% of Scale AI" is a share of it)
    if (!measure.length || words.some((w) => /^\p{Lu}/u.test(w))) continue;
    out.push({ q, measure, text: words.filter((w) => isContentTerm(termOf(w.toLowerCase()))).join(" ") });
  }
  return out;
}

export const sameMeasure = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((t, k) => t === b[k]);
