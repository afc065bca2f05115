import type { Hedge } from "./types";

/**
 * Hedge words written right before a quantity, mapped to their normalised form.
 * Looked up on a short window before the quantity (see HEDGE_BEFORE); the
 * regular expression is anchored at the end and has no nested quantifiers.
 */
export const HEDGE_WORDS: Readonly<Record<string, Hedge>> = {
  about: "about", around: "about", roughly: "about", approximately: "about", "approx.": "about", some: "about",
  "~": "about", "an estimated": "about", estimated: "about", circa: "about", "close to": "nearly",
  nearly: "nearly", almost: "nearly", "just under": "nearly", "just shy of": "nearly", "just short of": "nearly", "shy of": "less than", "short of": "less than",
  "at least": "at least", "no less than": "at least", "a minimum of": "at least",
  // the low end of what was seen ("bonuses as low as $1 million"): a minimum
  "as low as": "at least", "as little as": "at least", "as few as": "at least",
  over: "more than", "more than": "more than", "upwards of": "more than", "in excess of": "more than",
  above: "more than", "just over": "more than", "north of": "more than", exceeding: "more than",
  "up to": "up to", "as high as": "up to", "as much as": "up to", "as many as": "up to", "can reach": "up to",
  "no more than": "up to", "a maximum of": "up to",
  "less than": "less than", under: "less than", "fewer than": "less than", below: "less than",
};

const HEDGE_ALTS = Object.keys(HEDGE_WORDS)
  .filter((k) => k !== "~")
  .sort((a, b) => b.length - a.length)
  .map((k) => k.replace(/[.]/g, "\\.").replace(/ /g, "[ \\u00a0]"))
  .join("|");

export const HEDGE_BEFORE = new RegExp("(?:^|[^A-Za-z])(" + HEDGE_ALTS + ")[ \\u00a0]$|(~)[ \\u00a0]?$", "i");
const WINDOW = 24;

/** The hedge ending exactly at `pos`, starting no earlier than `minStart`. */
/** "add" right before "up to": the verb "add up to", whose figure is the sum. */
const ADDS_BEFORE = /\badd(?:s|ed|ing)?\s+$/i;

export function hedgeBefore(text: string, pos: number, minStart: number): { hedge: Hedge; start: number } | null {
  const from = Math.max(minStart, pos - WINDOW);
  if (from >= pos) return null;
  const c = text.charCodeAt(pos - 1);
  if (c !== 32 && c !== 160 && c !== 126) return null; // cheap pre-check: space or "~"
  const slice = text.slice(from, pos);
  const m = HEDGE_BEFORE.exec(slice);
  if (!m) return null;
  const word = (m[1] ?? m[2] ?? "").toLowerCase().replace(/\u00a0/g, " ");
  const hedge = HEDGE_WORDS[word];
  if (!hedge) return null;
  const start = from + m.index + m[0].indexOf(m[1] ?? m[2] ?? "");
  // ("added up to $5 million", "adds up to": a total reached, not a ceiling)
  if (word === "up to" && ADDS_BEFORE.test(text.slice(Math.max(0, start - 8), start))) return null;
  return { hedge, start };
}

/**
 * Widens a base interval [low, high] by a hedge.
 * - "about" (about, around, roughly, approximately, some, ~): ± max(half a unit of
 *   the last significant digit, 5% of the value). Half a unit alone is too tight for
 *   round figures ("about $200 million" written by someone who knows $197 million);
 *   5% alone is too tight for small single-digit figures ("about 3" -> 2.5..3.5).
 * - "nearly" (nearly, almost, close to, just under): [value - max(one unit, 10%), value].
 * - "at least" / "more than": [value, Infinity] (inclusive, so "more than doubled" meets "doubled").
 * - "up to" / "less than": [0, value] (or -Infinity for negative values).
 */
export function applyHedge(hedge: Hedge | undefined, value: number, precision: number, low: number, high: number): [number, number] {
  const mag = Math.abs(value);
  switch (hedge) {
    case undefined:
      return [low, high];
    case "about": {
      const w = Math.max(precision / 2, 0.05 * mag);
      return [low - w, high + w];
    }
    case "nearly":
      // (below the figure, never past it: "nearly half" is no majority, though "half" is 49.5–50.5)
      return [low - Math.max(precision, 0.1 * mag), Math.min(high, value)];
    case "at least":
    case "more than":
      return [low, Infinity];
    case "up to":
    case "less than":
      return [value >= 0 ? 0 : -Infinity, high];
  }
}
