import type { Quantity } from "./types";
import { CURRENCY_DISPLAY, DURATION_DAYS, MONTHS } from "./numbers";
import { cleanNumber } from "./normalize";

/** Digits for `x` with at least the decimals implied by `precision`, and enough to be exact. */
function digitsFor(x: number, precision: number, maxExtra = 10): string {
  let d = precision > 0 && precision < 1 ? Math.min(10, Math.round(-Math.log10(precision))) : 0;
  const limit = Math.min(10, d + maxExtra);
  while (d < limit && Math.abs(Number(x.toFixed(d)) - x) > 1e-9 * Math.max(1, Math.abs(x))) d++;
  const s = x.toFixed(d);
  const [int, frac] = s.split(".");
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return frac ? `${grouped}.${frac}` : grouped;
}

const SCALE_NAMES: ReadonlyArray<[number, string]> = [[1e12, "trillion"], [1e9, "billion"], [1e6, "million"]];

/** "14.3 billion", "870 million", "1,000" — scale word chosen from the value. */
function scaledNumber(value: number, precision: number): string {
  const abs = Math.abs(value);
  for (const [s, name] of SCALE_NAMES) {
    if (abs >= s) return `${digitsFor(cleanNumber(value / s), precision / s)} ${name}`;
  }
  return digitsFor(value, precision);
}

const HEDGE_PREFIX: Readonly<Record<string, string>> = {
  about: "about ", "at least": "at least ", "more than": "more than ", "up to": "up to ", nearly: "nearly ", "less than": "less than ",
};

const CURRENCY_NOUN: Readonly<Record<string, string>> = { USD: "dollars", EUR: "euros", GBP: "pounds", JPY: "yen", CNY: "yuan" };

function vaguePhrase(q: Quantity): string | null {
  const { low, high } = q;
  const names: ReadonlyArray<[number, string]> = [[1e12, "trillions"], [1e9, "billions"], [1e6, "millions"], [1e3, "thousands"]];
  let phrase: string | null = null;
  if (low === 24 && high === 100) phrase = "dozens";
  else if (low === 100 && high === 1000) phrase = "hundreds";
  else {
    for (const [s, name] of names) {
      if (low === s && high === 1000 * s) phrase = name;
      else if (low === 10 * s && high === 100 * s) phrase = `tens of ${name}`;
      else if (low === 100 * s && high === 1000 * s) phrase = `hundreds of ${name}`;
      if (phrase) break;
    }
  }
  if (!phrase) return null;
  if (q.kind === "money") {
    const noun = q.currency ? CURRENCY_NOUN[q.currency] : undefined;
    if (noun) return `${phrase} of ${noun}`;
    if (!q.currency && phrase.includes(" of ")) return phrase;
    return null;
  }
  if (q.kind === "count") return q.unit ? `${phrase} of ${q.unit}` : phrase;
  return null;
}

function inUnits(days: number, unitDays: number): number {
  return Math.round((days / unitDays) * 1e6) / 1e6;
}

function durationText(n: number, unit: string): string {
  const singular = unit.endsWith("s") ? unit.slice(0, -1) : unit;
  return `${digitsFor(cleanNumber(n), 1)} ${n === 1 ? singular : unit}`;
}

/**
 * Canonical display. Hedged quantities keep their hedge ("about $200 million",
 * "more than doubled") so that the display re-parses to a compatible quantity.
 * Ages display as the bare number ("28"); dates as "June 8" / "June 8, 2025" /
 * "June 2025" / "April".
 */
export function formatQuantity(q: Quantity): string {
  const hedge = q.hedge ? (HEDGE_PREFIX[q.hedge] ?? "") : "";
  switch (q.kind) {
    case "money": {
      if (q.vague) {
        const v = vaguePhrase(q);
        if (v) return hedge + v;
      }
      const code = q.currency ?? "USD";
      const sym = CURRENCY_DISPLAY[code];
      const num = scaledNumber(q.value, q.precision);
      return hedge + (sym ? `${sym}${num}` : `${code} ${num}`);
    }
    case "percent": {
      const unit = q.unit === "percentage points" ? " percentage points" : "%";
      // one extra decimal at most: "a third" displays as "33.3%"
      return `${hedge}${digitsFor(q.value, q.precision >= 1 ? 1 : q.precision, 1)}${unit}`;
    }
    case "count": {
      if (q.vague) {
        const v = vaguePhrase(q);
        if (v) return hedge + v;
      }
      const num = scaledNumber(q.value, q.precision);
      // (a unit written before the number is the name it ends: "Llama 4")
      if (q.unit && q.text.toLowerCase().startsWith(`${q.unit} `)) return `${q.text.slice(0, q.unit.length)} ${num}`;
      return hedge + (q.unit ? `${num} ${q.unit}` : num);
    }
    case "age":
      return digitsFor(q.value, 1);
    case "multiplier": {
      const words: Readonly<Record<number, string>> = { 2: "doubled", 3: "tripled", 4: "quadrupled" };
      return hedge + (words[q.value] ?? `${digitsFor(q.value, q.precision)} times`);
    }
    case "duration": {
      const unit = q.unit && DURATION_DAYS[q.unit] ? q.unit : "days";
      const days = DURATION_DAYS[unit]!;
      if (q.vague) {
        const lo = Math.round((q.low / days) * 1e6) / 1e6;
        const hi = Math.round((q.high / days) * 1e6) / 1e6;
        const word = lo === 2 && hi === 3 ? "a couple of" : lo === 2 && hi === 5 ? "a few" : lo === 3 && hi === 9 ? "several" : null;
        if (word) return `${word} ${unit}`;
      }
      if (!q.hedge && q.low !== q.high && Number.isFinite(q.high)) {
        return `${digitsFor(inUnits(q.low, days), 1)} to ${durationText(inUnits(q.high, days), unit)}`;
      }
      return hedge + durationText(inUnits(q.value, days), unit);
    }
    case "year":
      return String(q.value);
    case "date": {
      const d = q.date ?? {};
      const month = d.month ? MONTHS[d.month - 1] : undefined;
      if (!month) return d.year !== undefined ? String(d.year) : "";
      if (d.day !== undefined) return d.year !== undefined ? `${month} ${d.day}, ${d.year}` : `${month} ${d.day}`;
      return d.year !== undefined ? `${month} ${d.year}` : month;
    }
  }
}
