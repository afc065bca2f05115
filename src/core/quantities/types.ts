/**
 * Quantities found in prose: money, percentages, counts, ages, multipliers,
 * durations, years and dates.
 *
 * Conventions (see also compare.ts for the comparison rules):
 * - `value` is in base units: money in currency units (14.3e9), percent in
 *   percent (49), durations in days (1 year = 365 days, 1 month = 365/12 days),
 *   multipliers as a factor (tripled = 3), years as the year number.
 * - `precision` is the value of one unit of the last digit the writer actually
 *   wrote, trailing zeros included: "$14.3 billion" -> 1e8, "$29 billion" -> 1e9,
 *   "200 million" -> 1e6 (the writer wrote three digits of millions),
 *   "$1,000" -> 1, "$100K" -> 1e3, "49%" -> 1, number words -> 1 (times scale).
 * - `low`/`high` is the interval the statement is compatible with, after hedges
 *   ("about", "more than", ...). Unhedged exact figures have low = high = value.
 */
export type QuantityKind = "money" | "percent" | "count" | "age" | "multiplier" | "duration" | "year" | "date";

export type Hedge = "about" | "at least" | "more than" | "up to" | "nearly" | "less than";

export interface QuantityDate {
  year?: number;
  month?: number;
  day?: number;
}

export interface Quantity {
  kind: QuantityKind;
  value: number;
  low: number;
  high: number;
  precision: number;
  currency?: string;
  unit?: string;
  hedge?: string;
  vague?: boolean;
  /** Written as a range with two ends ("10-24 year olds", "six to 12 months"). */
  range?: boolean;
  date?: QuantityDate;
  /** A share given only as more or less than half ("a majority stake", "a minority stake"). */
  share?: boolean;
  text: string;
  start: number;
  end: number;
}
