// How a claimed figure relates to a source figure: the same kind of thing, confirmed, stated, or
// only bounded. Pure functions over quantities, shared by the checks and support.
import { extractQuantities, sameQuantity, type Quantity } from "../quantities";
import type { SentenceInfo } from "../index/corpus";
import { firstTermOf } from "../text/tokens";

/**
 * Figures that can be compared at all: the same kind, currency and counted noun. (A source's share
 * given only as "a majority" or "a minority" says nothing of a claim's exact figure: it speaks to
 * a claim's share given so too; a claim's "majority" is compared with the sources' figures.)
 */
export function comparableKinds(a: Quantity, b: Quantity): boolean {
  if (a.kind !== b.kind) return false;
  if (b.share && !a.share) return false;
  if (a.kind === "money") return (a.currency ?? "USD") === (b.currency ?? "USD");
  if (a.kind === "count") return !a.unit || !b.unit || firstTermOf(a.unit) === firstTermOf(b.unit);
  return true;
}

/** Orders of magnitude are fuzzy at their edges: an exact figure within this factor past a vague range ("dozens" for 120) is left alone. */
const MAGNITUDE_EDGE = 1.5;

/**
 * A claim's vague amount ("tens of millions of dollars", "hundreds of employees") that can be
 * compared at all: unhedged (a hedge on an order of magnitude, "more than hundreds", widens it past use).
 */
export function comparableVague(q: Quantity): boolean {
  return !!q.vague && !q.hedge && Number.isFinite(q.high);
}

/**
 * A source figure that can speak to a claimed one. Exact claims: exact source figures only (an order
 * of magnitude says nothing of "$14.3 billion"). A vague claim: the source's orders of magnitude of
 * the same kind, and its exact figures inside the range (which confirm it) or well past it (which
 * contradict it); not bounds ("more than $100 million" neither confirms nor rules out "hundreds of millions").
 */
export function speaksTo(claim: Quantity, source: Quantity): boolean {
  if (!comparableKinds(claim, source)) return false;
  if (!claim.vague) return !source.vague;
  if (source.vague) return comparableVague(source);
  // (a bound it falls far short of or far beyond: "in the past few weeks" against "for more than a year")
  if (isBound(source)) return openHigh(source) ? claim.high * MAGNITUDE_EDGE < source.low : openLow(source) && claim.low > source.high * MAGNITUDE_EDGE;
  const v = source.value;
  return (v >= claim.low && v <= claim.high) || v * MAGNITUDE_EDGE < claim.low || v > claim.high * MAGNITUDE_EDGE;
}

export const openHigh = (x: Quantity): boolean => x.high === Infinity;
export const openLow = (x: Quantity): boolean => x.hedge === "up to" || x.hedge === "less than";
export const isBound = (x: Quantity): boolean => openHigh(x) || openLow(x);

/**
 * A source value confirms a claimed one when they agree and the source is not just a bound:
 * "over $29 billion" agrees with "$49 billion" but does not confirm it.
 */
export function confirms(claim: Quantity, source: Quantity): boolean {
  if (!sameQuantity(claim, source)) return false;
  // (nor does an order of magnitude confirm a figure: "tens of millions" is not "$50 million")
  if (source.vague && !claim.vague) return false;
  if (openHigh(source) && !openHigh(claim)) return false;
  if (openLow(source) && !openLow(claim)) return false;
  // two bounds the same way state the same thing only with the same bound:
  // "as high as $200 million" is not "as high as $100 million"
  const tolerance = Math.max(claim.precision, source.precision) / 2;
  // a stated maximum ("as high as $200 million", "up to 500 jobs") is the claimed figure: a smaller
  // figure in the sources does not confirm it ("no more than" is an inequality, and any smaller figure keeps it)
  if (claim.hedge === "up to" && !isBound(source) && !/^no more than\b/i.test(claim.text) && Math.abs(claim.value - source.value) > tolerance) return false;
  if (openHigh(source) && openHigh(claim) && Math.abs(claim.value - source.value) > tolerance) return false;
  // two ranges state the same thing only with the same ends ("10-20 year olds" is not "aged 10-24")
  if (claim.range && source.range && (Math.abs(claim.low - source.low) > tolerance || Math.abs(claim.high - source.high) > tolerance)) return false;
  if (openLow(source) && openLow(claim) && Math.abs(claim.value - source.value) > tolerance) return false;
  return true;
}

/**
 * The same number of things, whatever noun follows each ("the 55 participating teams", "the 55
 * national associations"; "230 metres", "230 meters"): enough in a passage that covers the claim.
 */
export function sameCount(source: Quantity, claim: Quantity): boolean {
  return claim.kind === "count" && source.kind === "count" && !isBound(source) && sameQuantity({ ...claim, unit: undefined }, { ...source, unit: undefined });
}

/** A source value states a claimed one: it confirms it and, for dates, gives every part the claim gives. */
export function states(source: Quantity, claim: Quantity): boolean {
  if (!confirms(claim, source)) return false;
  if (claim.kind !== "year" && claim.kind !== "date") return true;
  const c = claim.date ?? { year: claim.value };
  const s = source.date ?? (source.kind === "year" ? { year: source.value } : {});
  return (c.year === undefined || s.year === c.year) && (c.month === undefined || s.month === c.month) && (c.day === undefined || s.day === c.day);
}

const unitDates = new WeakMap<object, { year: number; month: number } | null>();

/** The date of a source unit (from its metadata or a labelled header line), when it gives a year and a month. */
function unitDate(unit: SentenceInfo["unit"]): { year: number; month: number } | undefined {
  let d = unitDates.get(unit);
  if (d === undefined) {
    const at = unit.date ? extractQuantities(unit.date).find((x) => x.date?.year !== undefined && x.date.month !== undefined)?.date : undefined;
    unitDates.set(unit, (d = at ? { year: at.year!, month: at.month! } : null));
  }
  return d ?? undefined;
}

/**
 * A source's date without a year ("in cinemas November 9", "kicks off in August") in the year that
 * puts it nearest its article's date (the year before, the same or the next): news gives dates of
 * the months around it without the year. Other figures, and dates of an undated source, as they are.
 */
export function datedInUnit(s: Quantity, unit: SentenceInfo["unit"]): Quantity {
  if (s.kind !== "date" || !s.date || s.date.year !== undefined || s.date.month === undefined) return s;
  const at = unitDate(unit);
  if (!at) return s;
  // six months or more after the article's month is nearer in the year before (six exactly: the
  // year before); more than six months before it, in the year after
  const ahead = s.date.month - at.month;
  const year = at.year + (ahead >= 6 ? -1 : ahead < -6 ? 1 : 0);
  return { ...s, date: { ...s.date, year } };
}

/** The same bound, as written: "at least $120 million" and "at least $120m" (not "$14.3 billion", which satisfies it). */
export function sameBound(claim: Quantity, source: Quantity): boolean {
  return comparableKinds(claim, source) && claim.hedge === source.hedge && Math.abs(claim.value - source.value) <= Math.max(claim.precision, source.precision) / 2;
}
