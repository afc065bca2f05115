// The frame of a figure (what it measures, whether it holds before an event, the periods its
// clause names) on both sides: a claimed figure is compared only with source figures of the same
// frame. Shared by the quantity check and by support (a figure "stated" in another frame is not).
import type { SentenceInfo } from "../index/corpus";
import type { Quantity } from "../quantities";
import { figureFrame, type FigureFrame } from "../meaning/measures";
import type { Analysed } from "./context";
import { clauseOf, periodsIn } from "./spans";

export interface Frame extends FigureFrame {
  periods: Set<string>;
}

/** Kinds of figure that measure something (a date or an age is its own measure). */
const MEASURED = new Set(["money", "count", "percent"]);

const sourceFrames = new WeakMap<SentenceInfo, Map<number, Frame>>();

function frameOf(text: string, q: Quantity, all: readonly Quantity[]): Frame {
  const periods = q.kind === "year" || q.kind === "date" ? new Set<string>() : attachedPeriods(text, q, all);
  if (!MEASURED.has(q.kind)) return { periods, before: false };
  return { ...figureFrame(text, q.kind, q.start, q.end, all), periods };
}

/**
 * The periods a figure holds for: those after it up to the next figure of its clause ("$410 million
 * in 2024, up from $305 million in 2023"), else those before it back to the previous one.
 */
function attachedPeriods(text: string, q: Quantity, all: readonly Quantity[]): Set<string> {
  const [start, end] = clauseOf(text, q.start);
  const others = all.filter((x) => x !== q && x.kind !== "year" && x.kind !== "date" && x.start >= start && x.end <= end);
  const next = Math.min(end, ...others.filter((x) => x.start >= q.end).map((x) => x.start));
  const previous = Math.max(start, ...others.filter((x) => x.end <= q.start).map((x) => x.end));
  const after = periodsIn(text.slice(q.end, next));
  return after.size ? after : periodsIn(text.slice(previous, q.start));
}

const claimFrames = new WeakMap<Quantity, { plain: string; frame: Frame }>();

export function claimFrame(a: Analysed, q: Quantity): Frame {
  // (memoised per figure and text: the quantity check, its anchors and support all ask)
  const memo = claimFrames.get(q);
  if (memo && memo.plain === a.plain) return memo.frame;
  const frame = frameOf(a.plain, q, a.quantities);
  claimFrames.set(q, { plain: a.plain, frame });
  return frame;
}

export function sourceFrame(info: SentenceInfo, s: Quantity): Frame {
  let byStart = sourceFrames.get(info);
  if (!byStart) sourceFrames.set(info, (byStart = new Map()));
  let frame = byStart.get(s.start);
  if (!frame) {
    frame = frameOf(info.text, s, info.quantities);
    // "this year" in a source dated 2025 is 2025
    const year = /^(?:19|20)\d\d/.exec(info.unit.date ?? "")?.[0];
    if (year) frame.periods = new Set([...frame.periods].map((p) => datedPeriod(p, Number(year))));
    byStart.set(s.start, frame);
  }
  return frame;
}

/**
 * Whether a source figure can speak to a claimed one: the same measure, and the same time: a shared
 * period when both name one, else the same side of an event ("before the deal").
 */
export function sameFrame(claim: Frame, source: Frame): boolean {
  if (claim.measure && source.measure && claim.measure !== source.measure) return false;
  if (claim.periods.size && source.periods.size) return periodsMeet(claim.periods, source.periods);
  return claim.before === source.before;
}

/**
 * Whether a source figure confirms the claimed one's time, not merely may share it: every period
 * the claim names must be one the source names too ("this year" in an undated source may or may
 * not be the claim's 2024, so it can neither confirm nor contradict it).
 */
export function sameFrameStated(claim: Frame, source: Frame): boolean {
  if (!sameFrame(claim, source)) return false;
  // (a claim's own "this year" is relative to a date the draft does not give: it may be any)
  const years = [...claim.periods].filter(isAbsolute);
  if (!years.length || !source.periods.size) return true;
  return years.some((c) => source.periods.has(c));
}

/** Both figures name the same measure ("investment" and "invested"): evidence they count the same thing. */
export function sameMeasure(claim: Frame, source: Frame): boolean {
  return !!claim.measure && claim.measure === source.measure;
}

const RELATIVE_YEAR: Record<string, number> = { "this year": 0, "last year": -1, "next year": 1 };

function datedPeriod(period: string, year: number): string {
  const offset = RELATIVE_YEAR[period];
  return offset === undefined ? period : String(year + offset);
}

/**
 * Two sets of periods can name the same time: they share one, or one names a year and the other a
 * period relative to a date nobody gave ("in 2024" and "last year" may be the same).
 */
function periodsMeet(claim: Set<string>, source: Set<string>): boolean {
  for (const c of claim) for (const s of source) if (c === s || isAbsolute(c) !== isAbsolute(s)) return true;
  return false;
}

/** A period named by its year ("2024"), not relative to a date ("this year"). */
function isAbsolute(period: string): boolean {
  return /^\d{4}$/.test(period);
}
