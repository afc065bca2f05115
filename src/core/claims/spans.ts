// Text spans inside one sentence: quotes, clauses and the periods a clause names. Pure functions
// shared by the analysis, the checks and support.

export interface Span {
  start: number;
  end: number;
}

export interface QuoteSpan extends Span {
  text: string;
}

/**
 * Words between double quotes ("…" or “…”), at least two characters long; with `single`, between
 * single quotes too ('…' or ‘…’), a writer's way of quoting in a claim, told from apostrophes by
 * what stands around them ("Scale's", "investors' stake" open nothing).
 */
export function quotesIn(text: string, single = false): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const re = /["“]([^"“”]{2,}?)["”]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ text: m[1], start: m.index + 1, end: m.index + 1 + m[1].length });
  if (!single) return out;
  SINGLE_QUOTE.lastIndex = 0;
  for (let m = SINGLE_QUOTE.exec(text); m; m = SINGLE_QUOTE.exec(text)) {
    const start = m.index + m[0].length - m[1].length - 1;
    if (!inSpan(start, out)) out.push({ text: m[1], start, end: start + m[1].length });
  }
  return out.sort((x, y) => x.start - y.start);
}
/** An opening single quote after a space or a sentence's start, its words, and a closing one before a space, punctuation or the end. */
const SINGLE_QUOTE = /(?:^|[\s(:—–])['‘]([^\s'‘’"“”][^'‘’"“”]*?[^\s'‘’"“”])['’](?=[\s.,;:!?)]|$)/g;

/** A sentence whose only quotation mark (straight or curly) closes it, after a sentence that leaves one open: it ends that quotation. */
export function closesQuotationOf(text: string, before: string | undefined): boolean {
  const t = text.trim();
  if (before === undefined || !/["”]$/.test(t) || (t.match(/["“”]/g) ?? []).length !== 1) return false;
  return (before.match(/["“”]/g) ?? []).length % 2 === 1;
}

/**
 * A sentence that is one quotation, right after a sentence ending with a quotation: it goes on with
 * that speaker's words ('CEO Jonathan Siddharth stated, "The deal marks a turning point." "Leading AI
 * labs are …"').
 */
export function continuesQuotationOf(text: string, before: string | undefined): boolean {
  return before !== undefined && WHOLE_QUOTATION.test(text) && QUOTATION_ENDS.test(before);
}
/** A sentence that is one quotation. */
const WHOLE_QUOTATION = /^\s*["“][^"“”]+["”]\s*$/;
/** A sentence ending with a quotation. */
const QUOTATION_ENDS = /[.!?,]\s*["”]\s*$/;

export function inSpan(pos: number, spans: readonly Span[]): boolean {
  return spans.some((s) => pos >= s.start && pos < s.end);
}

/** Where a clause ends and the next begins: punctuation, or a connective. */
const CLAUSE_BOUNDARY = /[;:()—–]|,\s+(?:and|but|while|which|who|whereas|although|though)\b|\s(?:and|but|while|whereas)\s/g;

/** The clause of a sentence that holds offset `pos`, as [start, end). */
export function clauseOf(text: string, pos: number): [number, number] {
  let start = 0;
  let end = text.length;
  CLAUSE_BOUNDARY.lastIndex = 0;
  for (let m = CLAUSE_BOUNDARY.exec(text); m; m = CLAUSE_BOUNDARY.exec(text)) {
    if (m.index < pos) start = m.index + m[0].length;
    else {
      end = m.index;
      break;
    }
  }
  return [start, end];
}

/**
 * The relative clause set off by commas that holds `pos` (", which was founded in 2016,"), as
 * [start, end) from its opening comma to its closing one; undefined outside one.
 */
export function relativeClauseAt(text: string, pos: number): [number, number] | undefined {
  const m = /,\s+(?:which|who)\s[^,;]*$/i.exec(text.slice(0, pos));
  if (!m) return undefined;
  // (closed by a comma after it, with no other clause opening between)
  const close = /^[^,;]*,/.exec(text.slice(pos));
  return close ? [m.index, pos + close[0].length - 1] : undefined;
}

/** Span `b` stands between the same commas as span `a` (or the same ends of the sentence). */
export function betweenSameCommas(text: string, a: Span, b: Span): boolean {
  const open = text.lastIndexOf(",", a.start);
  const close = text.indexOf(",", a.end);
  return b.start > open && (close < 0 || b.end <= close);
}

/** Words an aside set off by commas right after a name may have ("Microsoft, Scale AI's biggest client,"). */
const ASIDE_WORDS = 8;

/** The span with the aside between commas right after it, if one follows. */
export function withAside(text: string, span: Span): Span {
  const m = /^,\s+([^,;:()]+),/.exec(text.slice(span.end));
  return m && m[1].split(/\s+/).length <= ASIDE_WORDS ? { start: span.start, end: span.end + m[0].length } : span;
}

const PERIOD = /\b(this|last|next|previous|past|current) (year|yr|quarter|month|week)\b|\b(?:a|one) year ago\b|\b(19|20)\d\d\b/gi;

/**
 * The periods a text names ("this year", "2024"), with synonyms folded ("past year" = "last year";
 * "(over) a year ago" = "last year": the year before the text's own, as a source dated 2025 means it).
 */
export function periodsIn(text: string): Set<string> {
  const out = new Set<string>();
  PERIOD.lastIndex = 0;
  for (let m = PERIOD.exec(text); m; m = PERIOD.exec(text)) {
    const period = m[0].toLowerCase();
    // (a social post's "this yr" is this year)
    out.add(period.endsWith(" ago") ? "last year" : period.replace("previous", "last").replace("past", "last").replace("current", "this").replace(/ yr$/, " year"));
  }
  return out;
}

export { clip } from "../text/clip";

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** The name is singled out by a word of exclusion: "Google alone", "only Google", "solely from Google". */
export function singledOut(text: string, n: { start: number; end: number }): boolean {
  return /^\s+alone\b/i.test(text.slice(n.end, n.end + 8)) || /\b(?:only|solely|just|exclusively)\s+(?:(?:from|by|to|with|for|in)\s+)?$/i.test(text.slice(Math.max(0, n.start - 30), n.start));
}
