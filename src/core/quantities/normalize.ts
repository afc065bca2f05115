import type { Quantity, QuantityDate } from "./types";

/** Rounds away binary noise (14.3 * 1e9 = 14300000000.000002) to 12 significant digits. */
export function cleanNumber(x: number): number {
  if (!Number.isFinite(x) || x === 0) return x === 0 ? 0 : x;
  if (Number.isInteger(x) && Math.abs(x) < 1e12) return x; // fast path: already clean
  return Number(x.toPrecision(12));
}

/**
 * Canonical form: numbers cleaned to 12 significant digits, currency codes upper
 * case, units lower case, interval ordered around the value, only defined keys
 * present (in a fixed order). Idempotent by construction: every step is a
 * fixed point of itself.
 */
export function normalizeQuantity(q: Quantity): Quantity {
  const value = cleanNumber(q.value);
  let low = cleanNumber(q.low);
  let high = cleanNumber(q.high);
  if (Number.isNaN(low)) low = value;
  if (Number.isNaN(high)) high = value;
  if (low > high) [low, high] = [high, low];
  const out: Quantity = {
    kind: q.kind,
    value,
    low,
    high,
    precision: cleanNumber(Math.abs(q.precision)) || 1,
    text: q.text,
    start: q.start,
    end: q.end,
  };
  if (q.currency) out.currency = q.currency.toUpperCase();
  if (q.unit) out.unit = q.unit.toLowerCase().trim();
  if (q.hedge) out.hedge = q.hedge.toLowerCase();
  if (q.vague) out.vague = true;
  if (q.range && low < high) out.range = true;
  if (q.share) out.share = true;
  let date: QuantityDate | undefined = q.date;
  if (q.kind === "year" && !date) date = { year: value };
  if (date) {
    const d: QuantityDate = {};
    if (date.year !== undefined) d.year = date.year;
    if (date.month !== undefined) d.month = date.month;
    if (date.day !== undefined) d.day = date.day;
    out.date = d;
  }
  return out;
}
