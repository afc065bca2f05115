// Two clauses of a source sentence spliced into one claim (read by ./facts.ts).
import type { Predicate } from "../meaning/facts";
import { termOf } from "../text/tokens";
import type { Analysed } from "./context";

/**
 * Two clauses of a source sentence spliced into one claim: the source states the act of another
 * subject, and the claim's subject is the subject of another act in that sentence ("her left eye
 * was embedded in her brain" where "her left eye was battered out of its socket and concrete was
 * embedded in her brain"). Only for common-noun subjects without names on either side, the source's
 * subject not among the claim's words.
 */
export function splicedSubject(a: Analysed, claim: Predicate, source: Predicate, sourceFacts: readonly Predicate[], sourceText: string): boolean {
  if (claim.agent || claim.patients.length || source.agent || source.patients.length || claim.passive !== source.passive) return false;
  if (!claim.subject || !source.subject || claim.subject === source.subject || a.terms.has(termOf(source.subject))) return false;
  // the source's subject stands right before its verb, with only auxiliaries and adverbs between
  // ("and concrete was embedded"): not through a relative pronoun ("10 people with autism who will
  // be based"), an infinitive ("Asperger syndrome to be based") or a preposition ("a major
  // statement by making an offer")
  const before = sourceText.slice(Math.max(0, source.start - 40), source.start).toLowerCase();
  const subjectFirst = source.subject.toLowerCase().slice(0, 4).replace(/[^\p{L}]/gu, "");
  if (!subjectFirst || !new RegExp(`\\b${subjectFirst}\\p{L}*\\s+(?:(?:${AUXILIARIES})\\s+)*$`, "u").test(before)) return false;
  // (not the subject of a verb of speech: "regulations state that clubs must provide" is the
  // regulations' word, which a claim may give as theirs)
  // (nor what a copula says its subject is: "the course is help" is no act)
  return sourceFacts.some((g) => g !== source && g.subject === claim.subject && !g.speech && !g.copula);
}

/** Auxiliaries and adverbs that may stand between a subject and its verb ("concrete was embedded"). */
const AUXILIARIES = "is|was|were|are|am|be|been|being|has|have|had|will|would|can|could|may|might|must|should|shall|not|also|then|already|still|later|now";
