// A figure that is the difference between two others: "$50 million more than the $150 million it
// paid", "about $50 million more than". It is not a figure any source gives of the thing, so it is
// not compared with theirs (a false contradiction: "sources say $200 million"); where the claim
// gives both figures it compares, it is checked by arithmetic (their own checks hold them to the
// sources).
import type { Quantity } from "../quantities";
import { comparableKinds } from "./figures";

/** A comparative right after a figure: it states by how much one thing exceeds another. */
// (or its last word: a count takes it as its noun, "10 fewer")
const DIFFERENCE_AFTER = /\s(?:more|less|fewer|higher|lower|greater|bigger|larger|smaller|above|below)\s+than\b/i;
/** How far past the comparative the figure compared with may start. */
const THAN_REACH = 40;
/** Slack for rounding, beyond the figures' own hedges. */
const ROUNDING = 0.02;

export interface Difference {
  /** The claim's two figures whose difference it is, when it gives both: the larger first. */
  between?: [Quantity, Quantity];
  /** Whether the figure is that difference (within hedges and rounding); unknown without both. */
  consistent?: boolean;
  /** The difference of the two, for a message. */
  value?: number;
}

/** The difference `q` states, or undefined when `q` is no difference. */
export function differenceOf(text: string, q: Quantity, figures: readonly Quantity[]): Difference | undefined {
  const from = q.end - (q.text.split(/\s+/).pop()?.length ?? 0) - 1;
  const comparative = DIFFERENCE_AFTER.exec(text.slice(from, q.end + 24));
  if (!comparative || from + comparative.index > q.end) return undefined;
  const thanEnd = from + comparative.index + comparative[0].length;
  // (counts of the same kind, whatever each calls its things: "40 people, 10 fewer than the 50")
  const alike = (f: Quantity) => f !== q && (q.kind === "count" ? f.kind === "count" : comparableKinds(q, f));
  const y = figures.find((f) => alike(f) && f.start >= thanEnd && f.start - thanEnd <= THAN_REACH);
  const x = y && figures.filter((f) => alike(f) && f !== y && f.end <= q.start).pop();
  if (!x || !y) return {};
  // (the least and the greatest difference the two intervals allow)
  const low = Math.max(0, x.low - y.high, y.low - x.high);
  const high = Math.max(x.high - y.low, y.high - x.low);
  const consistent = q.high >= low * (1 - ROUNDING) && q.low <= high * (1 + ROUNDING);
  return { between: x.value >= y.value ? [x, y] : [y, x], consistent, value: Math.abs(x.value - y.value) };
}
