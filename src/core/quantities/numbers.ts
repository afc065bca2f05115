/**
 * Low-level number reading: digits, number words, scale words, currency and
 * unit vocabularies. Every regular expression here is sticky (`y`) and free of
 * nested quantifiers, so each read is linear in the text it consumes.
 */

export const SMALL_NUMBERS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};

export const TENS_NUMBERS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

export const SCALES: Readonly<Record<string, number>> = {
  thousand: 1e3, k: 1e3,
  million: 1e6, m: 1e6, mn: 1e6, mln: 1e6, mil: 1e6,
  billion: 1e9, b: 1e9, bn: 1e9, bln: 1e9,
  trillion: 1e12, t: 1e12, tn: 1e12, trn: 1e12,
};

export const SCALE_EXPONENT: Readonly<Record<number, number>> = { 1: 0, 1e3: 3, 1e6: 6, 1e9: 9, 1e12: 12 };

export interface ParsedNumber {
  value: number;
  /** Value of one unit of the last written digit (before any scale word). */
  precision: number;
  start: number;
  end: number;
  fromDigits: boolean;
  /** Digits only, no separators, no decimals (for years, days, ages). */
  plainInteger: boolean;
  hasComma: boolean;
  /** Digits as written with separators removed, e.g. "14.3" (digits only). */
  digits: string;
}

const DIGITS_RE = /(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/y;
const WORD_RE = /[A-Za-z]+/y;

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}
export function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** End of the run of digits, commas and dots starting at pos (for skipping). */
export function skipNumberRun(text: string, pos: number): number {
  let i = pos;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (isDigit(c) || c === 44 || c === 46) i++;
    else break;
  }
  return Math.max(i, pos + 1);
}

/** Reads a written number made of digits at pos. */
export function readDigits(text: string, pos: number): ParsedNumber | null {
  if (pos > 0) {
    const p = text.charCodeAt(pos - 1);
    if (isWordChar(p)) return null;
    // "1.2.3", "1,234,5": part of a larger number-like token
    if ((p === 46 || p === 44) && pos > 1 && isDigit(text.charCodeAt(pos - 2))) return null;
  }
  DIGITS_RE.lastIndex = pos;
  const m = DIGITS_RE.exec(text);
  if (!m) return null;
  const raw = m[0];
  let end = pos + raw.length;
  // a trailing ",d" or ".d" we did not consume means a malformed number: "1,23"
  const after = text.charCodeAt(end);
  if ((after === 44 || after === 46) && isDigit(text.charCodeAt(end + 1))) return null;
  if (isDigit(after)) return null;
  const hasComma = raw.indexOf(",") >= 0;
  const digits = hasComma ? raw.replace(/,/g, "") : raw;
  const dot = digits.indexOf(".");
  const intLen = dot < 0 ? digits.length : dot;
  if (intLen > 15) return null; // not a quantity anyone writes; avoid precision loss
  const decimals = dot < 0 ? 0 : digits.length - dot - 1;
  if (decimals > 10) return null;
  const value = parseFloat(digits);
  if (!Number.isFinite(value)) return null;
  return {
    value,
    precision: decimals === 0 ? 1 : parseFloat("1e-" + decimals),
    start: pos,
    end,
    fromDigits: true,
    plainInteger: !hasComma && dot < 0,
    hasComma,
    digits,
  };
}

function readWord(text: string, pos: number): string | null {
  WORD_RE.lastIndex = pos;
  const m = WORD_RE.exec(text);
  return m ? m[0] : null;
}

/** 0..99 in words ("forty-nine", "forty nine", "seven"); returns [value, end]. */
function readBelowHundred(text: string, pos: number): [number, number] | null {
  const w = readWord(text, pos);
  if (!w) return null;
  const lw = w.toLowerCase();
  let end = pos + w.length;
  const small = SMALL_NUMBERS[lw];
  if (small !== undefined) return [small, end];
  const tens = TENS_NUMBERS[lw];
  if (tens === undefined) return null;
  const sep = text.charCodeAt(end);
  if (sep === 45 || sep === 32) {
    const w2 = readWord(text, end + 1);
    if (w2) {
      const unit = SMALL_NUMBERS[w2.toLowerCase()];
      if (unit !== undefined && unit >= 1 && unit <= 9) return [tens + unit, end + 1 + w2.length];
    }
  }
  return [tens, end];
}

function followedByWord(text: string, pos: number, word: string): number {
  // accepts " word" or "-word" (case-insensitive), returns end or -1
  const sep = text.charCodeAt(pos);
  if (sep !== 32 && sep !== 45 && sep !== 160) return -1;
  const w = readWord(text, pos + 1);
  if (w && w.toLowerCase() === word) return pos + 1 + w.length;
  return -1;
}

/**
 * Number in words at pos: "seven", "forty-nine", "a dozen", "two hundred",
 * "one hundred and twenty", "three thousand", "a hundred". "a"/"an" is accepted
 * only before dozen/hundred/thousand/million/billion/trillion (value 1, and the
 * caller reads the scale word).
 */
export function readWordNumber(text: string, pos: number): ParsedNumber | null {
  if (pos > 0 && isWordChar(text.charCodeAt(pos - 1))) return null;
  const w = readWord(text, pos);
  if (!w) return null;
  const lw = w.toLowerCase();
  let value: number;
  let end: number;
  if (lw === "a" || lw === "an") {
    const next = readWord(text, pos + w.length + 1);
    if (text.charCodeAt(pos + w.length) !== 32 || !next) return null;
    const ln = next.toLowerCase();
    if (ln === "dozen") {
      value = 12;
      end = pos + w.length + 1 + next.length;
    } else if (ln === "hundred" || ln === "thousand" || ln === "million" || ln === "billion" || ln === "trillion") {
      value = 1;
      end = pos + w.length;
    } else return null;
  } else {
    const r = readBelowHundred(text, pos);
    if (!r) return null;
    [value, end] = r;
    const dz = followedByWord(text, end, "dozen");
    if (dz >= 0 && text.charCodeAt(end) === 32) {
      value *= 12;
      end = dz;
    }
  }
  if (value === 0 && lw !== "zero") return null;
  // hundreds
  const h = followedByWord(text, end, "hundred");
  if (h >= 0 && value >= 1 && value <= 99) {
    value *= 100;
    end = h;
    let e2 = end;
    const and = followedByWord(text, e2, "and");
    if (and >= 0) e2 = and;
    if (text.charCodeAt(e2) === 32) {
      const r = readBelowHundred(text, e2 + 1);
      if (r && r[0] > 0) {
        value += r[0];
        end = r[1];
      }
    }
  }
  const t = followedByWord(text, end, "thousand");
  if (t >= 0 && text.charCodeAt(end) === 32 && value >= 1 && value <= 999) {
    value *= 1000;
    end = t;
  }
  if (end < text.length && isWordChar(text.charCodeAt(end))) return null;
  return { value, precision: 1, start: pos, end, fromDigits: false, plainInteger: false, hasComma: false, digits: String(value) };
}

export const MONTHS: readonly string[] = [
  "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
];
export const MONTH_INDEX: Readonly<Record<string, number>> = (() => {
  const r: Record<string, number> = {};
  MONTHS.forEach((m, i) => {
    r[m] = i + 1;
  });
  const abbr: Record<string, number> = { Jan: 1, Feb: 2, Mar: 3, Apr: 4, Jun: 6, Jul: 7, Aug: 8, Sep: 9, Sept: 9, Oct: 10, Nov: 11, Dec: 12 };
  Object.assign(r, abbr);
  return r;
})();

/** Duration units in days, keyed by every spelling accepted. Canonical plural in DURATION_CANON. */
export const DURATION_DAYS: Readonly<Record<string, number>> = {
  years: 365, months: 365 / 12, weeks: 7, days: 1, hours: 1 / 24, minutes: 1 / 1440, decades: 3650,
};
export const DURATION_CANON: Readonly<Record<string, string>> = {
  year: "years", years: "years", yr: "years", yrs: "years",
  month: "months", months: "months", mo: "months", mos: "months",
  week: "weeks", weeks: "weeks", wk: "weeks", wks: "weeks",
  day: "days", days: "days",
  hour: "hours", hours: "hours", hr: "hours", hrs: "hours",
  minute: "minutes", minutes: "minutes", min: "minutes", mins: "minutes",
  decade: "decades", decades: "decades",
};

/** Currency words/codes written after the number. */
export const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  "us dollars": "USD", "u.s. dollars": "USD", dollars: "USD", dollar: "USD", usd: "USD",
  "canadian dollars": "CAD", cad: "CAD", "australian dollars": "AUD", aud: "AUD",
  "hong kong dollars": "HKD", hkd: "HKD",
  euros: "EUR", euro: "EUR", eur: "EUR",
  "pounds sterling": "GBP", pounds: "GBP", sterling: "GBP", gbp: "GBP",
  yen: "JPY", jpy: "JPY", yuan: "CNY", renminbi: "CNY", cny: "CNY", rmb: "CNY",
  rupees: "INR", inr: "INR", "swiss francs": "CHF", francs: "CHF", chf: "CHF",
};

export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = {
  $: "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR",
};
/** Letters written right before "$". */
export const DOLLAR_PREFIXES: Readonly<Record<string, string>> = {
  US: "USD", "U.S.": "USD", C: "CAD", CA: "CAD", A: "AUD", AU: "AUD", HK: "HKD", NZ: "NZD", S: "SGD", NT: "TWD", R: "BRL",
};

export const CURRENCY_DISPLAY: Readonly<Record<string, string>> = {
  USD: "$", EUR: "€", GBP: "£", JPY: "¥", INR: "₹", CAD: "C$", AUD: "A$", HKD: "HK$", NZD: "NZ$", SGD: "S$", TWD: "NT$", BRL: "R$",
};

export const WEEKDAYS: ReadonlySet<string> = new Set(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]);

/**
 * Digits that end a name ("Llama 4 large language models", "Windows 11 shipped"): right after a
 * capitalised word inside a sentence and before a lower-case word or the clause's end. They count
 * the name ("Llama 4" and "Llama 5" differ), not the word after them. A Title Case headline ("Hires
 * 3 Top Researchers") goes on counting what follows.
 */
export function namedNumber(text: string, start: number, end: number): { name: string; start: number } | undefined {
  const k = start - 1;
  if (text[k] !== " ") return undefined;
  let w = k;
  while (w > 0 && /[A-Za-z]/.test(text[w - 1])) w--;
  const word = text.slice(w, k);
  // (not a month or a day, in any case: "JUNE 12")
  const cased = word.charAt(0) + word.slice(1).toLowerCase();
  if (!/^[A-Z]/.test(word) || MONTH_INDEX[cased] !== undefined || WEEKDAYS.has(cased)) return undefined;
  // (not a sentence's first word: "About 30 people", "Some 40 staff")
  const before = text.slice(Math.max(0, w - 3), w);
  if (w === 0 || !/\S\s$/.test(before) || /[.!?:;"“]\s$/.test(before)) return undefined;
  if (!/^(?:\s+[a-z]|\s*[,.;:)]|\s*$)/.test(text.slice(end, end + 3))) return undefined;
  return { name: word.toLowerCase(), start: w };
}

/** The days of a month as ordinal words, to the twentieth ("twenty-first" is "twenty" and "first"). */
export const ORDINAL_DAYS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"];
/** The day an ordinal word names, with its tens word or none: "eighteenth", "twenty" "first"; undefined past 31. */
export function ordinalDay(tensWord: string | undefined, unitWord: string): number | undefined {
  const unit = ORDINAL_DAYS.indexOf(unitWord.toLowerCase()) + 1;
  const tens = tensWord ? (tensWord.toLowerCase() === "twenty" ? 20 : 30) : 0;
  if (tens && unit > 9) return undefined;
  const day = tens + unit;
  return day >= 1 && day <= 31 ? day : undefined;
}

/** A fraction word read by a fraction pattern ("a third", "one third in"), as a percentage, or null where it is no share. */
export function fraction(text: string, m: RegExpExecArray, numerator: number): { value: number } | null {
  const w = m[1]!.toLowerCase();
  const denom = w.startsWith("half") || w === "halves" ? 2 : w.startsWith("third") ? 3 : w.startsWith("quarter") ? 4 : w.startsWith("fifth") ? 5 : 10;
  if (numerator >= denom) return null;
  const end = m.index + m[0].length;
  // "a third quarter", "one third party": the fraction must stand alone or be "... of" ("a stake
  // of one third in Scale")
  const next = /^[ \u00a0]([A-Za-z]+)/.exec(text.slice(end, end + 24));
  if (next && !/^(of|in|stake|share|interest|ownership|percent|majority)$/i.test(next[1]!)) return null;
  return { value: (numerator / denom) * 100 };
}
