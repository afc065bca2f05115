import type { Quantity, QuantityDate } from "./types";

/**
 * Two quantities state the same thing when they have the same kind and
 * compatible values:
 * - their intervals [low, high] overlap (more than at one end, when both are ranges). An unhedged figure is a point: the
 *   precision a writer used is NOT turned into a tolerance, so "$14 billion" is
 *   not "$14.3 billion" (a precise source value is never rounded to match),
 *   while "$0.2 billion" and "$200 million" are the same point. Hedges
 *   ("about", "more than", "nearly"...) and vague phrases ("tens of millions")
 *   are what widen an interval (see hedges.ts).
 * - money: same currency when both give one;
 * - counts: same counted noun when both give one (singular/plural folded);
 *   percentages: same unit when both give one ("percentage points");
 * - years and dates: every field both give agrees (a "year" compares with a
 *   "date" through its year).
 * The relation is reflexive and symmetric.
 */
export function sameQuantity(a: Quantity, b: Quantity): boolean {
  const dated = (k: string) => k === "year" || k === "date";
  if (dated(a.kind) && dated(b.kind)) return datesAgree(a.date ?? {}, b.date ?? {});
  if (a.kind !== b.kind) return false;
  if (a.kind === "money" && a.currency && b.currency && a.currency !== b.currency) return false;
  if ((a.kind === "count" || a.kind === "percent") && a.unit && b.unit && singular(a.unit) !== singular(b.unit)) return false;
  return overlaps(a.low, a.high, b.low, b.high);
}

function finiteMag(...xs: number[]): number {
  let m = 1;
  for (const x of xs) if (Number.isFinite(x)) m = Math.max(m, Math.abs(x));
  return m;
}

function overlaps(al: number, ah: number, bl: number, bh: number): boolean {
  const eps = 1e-9 * finiteMag(al, ah, bl, bh);
  const lo = Math.max(al, bl);
  const hi = Math.min(ah, bh);
  if (lo > hi + eps) return false;
  // two ranges that only touch do not agree ("roughly doubles" is [1.5, 2.5], "roughly triples"
  // [2.5, 3.5]); a figure on the edge of a range is inside it ("more than doubled" meets "doubled")
  if (ah - al > eps && bh - bl > eps) return hi - lo > eps;
  return true;
}

function datesAgree(a: QuantityDate, b: QuantityDate): boolean {
  if (a.year !== undefined && b.year !== undefined && a.year !== b.year) return false;
  if (a.month !== undefined && b.month !== undefined && a.month !== b.month) return false;
  if (a.day !== undefined && b.day !== undefined && a.day !== b.day) return false;
  return true;
}

export function singular(word: string): string {
  const w = word.toLowerCase();
  if (w.endsWith("ies") && w.length > 4) return w.slice(0, -3) + "y";
  if (/(?:ss|sh|ch|x)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith("s") && !w.endsWith("ss") && w.length > 2) return w.slice(0, -1);
  if (w === "people") return "person";
  return w;
}
