// Bare numbers that are a person's age by the words around them: "Wang, 28,", "aged 28", "at the
// age of 19", "Wang was 28", "At 25, Wang is …", "Alexandr Wang, who founded Scale, is 32."
import { MONTH_INDEX, WEEKDAYS, isDigit } from "./numbers";

// ("Solomon, 31,", "Solomon, now 31,", "Solomon (right), now 31,")
const AGE_NAME_RE = /(?:^|[^A-Za-z'’])([A-Z][A-Za-z'’.-]*)(?:[ \u00a0]?\([^()]{1,24}\))?,[ \u00a0](?:now[ \u00a0])?$/;
export const AGED_RE = /(?:^|[^A-Za-z])aged[ \u00a0]$/i;
/** "at age 19", "at the age of 19". */
const AT_AGE_RE = /(?:^|[^A-Za-z])at[ \u00a0](?:the[ \u00a0])?age[ \u00a0](?:of[ \u00a0])?$/i;
/** A person's age as a copula's complement: "Wang was 28", "when he was 19", set off after it ("… was 28 when he founded"). */
// (and in a relative clause, before its verb too: "Wang, who is 26,", "Wang, who at 26 is poised to";
// contracted after a pronoun: "Wang, who's only 24,", "he's 28"; set off after a name: "Wang, at 32,")
const AGE_COPULA_RE = /(?:(?:(?:^|[^A-Za-z'’])(?:[A-Z][A-Za-z'’.-]*|[Hh]e|[Ss]he)|,[ \u00a0]who)[ \u00a0](?:is|was|turned|turns|at)|(?:^|[^A-Za-z'’])[A-Z][A-Za-z'’.-]*,[ \u00a0]at|(?:(?:^|[^A-Za-z'’])(?:[Hh]e|[Ss]he)|,[ \u00a0]who)['’]s)[ \u00a0](?:(?:now|just|only)[ \u00a0])?$/;
// a name that opens the sentence, an aside about it, then its copula: "Alexandr Wang, who founded
// Scale, is 32."
const AGE_AFTER_ASIDE_RE = /^(?:[A-Za-z'’.-]+[ \u00a0]){0,4}[A-Z][A-Za-z'’.-]*,[ \u00a0][^;:()]{1,160},[ \u00a0](?:is|was|turned|turns)[ \u00a0](?:(?:now|just|only)[ \u00a0])?$/;
const AGE_COPULA_END_RE = /^(?:[.,;)]|[ \u00a0](?:when|at[ \u00a0]the[ \u00a0]time|is|was|has|had|became|will|would)\b|$)/;

/** "At 25, Wang is …": a bare number after a sentence's opening "At", before a comma and a name or a pronoun, is the age of whom the sentence is about. */
function ageOpening(text: string, start: number, end: number): boolean {
  return /(?:^|[.!?]\s+)At[ \u00a0]$/.test(text.slice(Math.max(0, start - 5), start)) && /^,[ \u00a0](?:[A-Z][A-Za-z'’.-]*|he|she|they)\b/.test(text.slice(end, end + 30));
}

/** "Wang, at 32 the world's youngest …": a number set off after a name by "at", before the noun phrase of the aside. */
function ageBeforeApposition(before: string, after: string): boolean {
  return /(?:^|[^A-Za-z'’])[A-Z][A-Za-z'’.-]*,[ \u00a0]at[ \u00a0]$/.test(before) && /^[ \u00a0]the[ \u00a0]/.test(after);
}

/** The bare number `value` at [start, end) of `text` is an age (1 to 120) by the words around it. */
export function bareAge(text: string, start: number, end: number, value: number): boolean {
  if (value < 1 || value > 120) return false;
  const before = text.slice(Math.max(0, start - 40), start);
  if (text.charCodeAt(end) === 44 && !isDigit(text.charCodeAt(end + 1))) {
    const a = AGE_NAME_RE.exec(before);
    if (a && MONTH_INDEX[a[1]!] === undefined && !WEEKDAYS.has(a[1]!)) return true;
  }
  if (AT_AGE_RE.test(before) || ageOpening(text, start, end) || ageBeforeApposition(before, text.slice(end, end + 8))) return true;
  if ((AGE_COPULA_RE.test(before) || AGE_AFTER_ASIDE_RE.test(text.slice(0, start))) && AGE_COPULA_END_RE.test(text.slice(end, end + 16))) return true;
  return AGED_RE.test(text.slice(Math.max(0, start - 8), start));
}
