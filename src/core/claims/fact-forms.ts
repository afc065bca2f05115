// Source facts read in the form of a claim's: a linking verb with an adjective or a noun as a copula
// ("remains strong" as "is strong", "remains an independent company"), a capitalised sentence opener as the common noun the claim has.
import { isLightVerb, type Predicate } from "../meaning/facts";
import type { SentenceInfo } from "../index/corpus";
import type { Analysed } from "./context";
import { isVerb, lemma, opposedAdjectives, relatePredicates } from "../meaning/lexicon";
import { canonicalRole } from "../entities/roles";
import { STAYING_VERBS } from "../meaning/curated";

/** Between a linking verb and its adjective: adverbs only ("remains very strong"). */
const ADVERBS_ONLY = /^\s+(?:\p{Ll}+ly\s+|(?:very|so|too|still|more|most|less|least|quite|rather|fairly|even|now)\s+)*$/u;
/** Words that may follow an adjective complement ("remains strong despite …"); any other word may be its noun. */
const AFTER_COMPLEMENT = new Set("and or but as since after before despite for in at on with to than amid through because while though although".split(" "));
/** Verbs that link a subject to an adjective as "be" does ("remains strong", "seemed calm"). */
const LINKING_VERBS = new Set(["remain", "stay", "become", "seem", "appear", "prove", "look", "sound"]);
/** Those of them that link a subject to a noun as "be" does ("remains a director"). */
const NOUN_LINKING_VERBS = new Set(["remain", "stay", "become"]);

/**
 * A source fact whose doer is a capitalised word opening its sentence that the claim reads as a
 * common noun (claims/analysis.ts keepRealNames): that noun is its subject, as in the claim
 * ("Rivals are expected to benefit" for "rivals are expected to suffer").
 */
export function asCommonSubject(claim: Predicate, fact: Predicate): Predicate {
  const doer = fact.agent;
  if (!claim.subject || claim.agent || !doer?.initial || doer.core.length !== 1 || lemma(doer.core[0].toLowerCase(), "noun") !== claim.subject) return fact;
  return { ...fact, agent: undefined, subject: claim.subject };
}

/**
 * A state told by an adjective that is also a verb, read as that act against the claim's opposite
 * act: "their dashboards were empty" against "their dashboards filled up" (the same act, "emptied",
 * is not read so: the state may come of something else).
 */
export function asOpposedState(claim: Predicate, fact: Predicate): Predicate {
  if (claim.copula || !fact.copula || !isVerb(fact.lemma) || relatePredicates(claim.lemma, fact.lemma) !== "opposite") return fact;
  return { ...fact, copula: undefined };
}

/**
 * A linking verb with an adjective or a noun read as a copula with it ("its business remains strong"
 * as "is strong"), to compare with one; undefined for any other predicate. (Kept a verb otherwise:
 * "remains" is what opposes "collapsed".)
 */
export function asCopula(p: Predicate, text: string): Predicate | undefined {
  // (with a noun, those that say the subject still is or has come to be it: "Scale remains an
  // independent company", "remains one of several vendors")
  if (!p.copula && NOUN_LINKING_VERBS.has(p.lemma) && p.object) return { ...p, lemma: p.object, copula: true, object: undefined };
  const adjective = p.objectAdjectives?.[0];
  if (p.copula || !LINKING_VERBS.has(p.lemma) || !adjective || p.object || p.patients.length) return undefined;
  // (the adjective itself the complement, past adverbs only, and not before a noun it qualifies:
  // not "become the most valuable asset")
  if (!ADVERBS_ONLY.test(text.slice(p.end, adjective.start))) return undefined;
  const next = /^\s+(\p{Ll}+)\s/u.exec(text.slice(adjective.end))?.[1];
  if (next && !next.endsWith("ly") && !AFTER_COMPLEMENT.has(next)) return undefined;
  return { ...p, lemma: adjective.word, copula: true, end: adjective.end, objectAdjectives: undefined };
}

/** After a verb of staying, the position it keeps: its head noun ("executive" of "Scale's chief executive", "director", "board" of "on Scale AI's supervisory board"). */
const POSITION =
  /^\s+(?:(?:on|as|in)\s+){0,2}(?:(?:a|an|the|its|his|her|their)\s+)?(?:\p{Lu}[\p{L}\p{N}.&-]*(?:\s+\p{Lu}[\p{L}\p{N}.&-]*)*['’]s\s+)?((?:[\p{L}-]+\s+){0,2}?)([\p{L}-]+)(?=\s*(?:[,.;:]|$|\s+(?:of|at|on|in|for|with|until|after|before|and|but|while|when|since|through|once)\b))/u;
/**
 * Both keep a position and not the same one: "Wang will not remain Scale's chief executive" is not
 * denied by "Wang will remain a director on the board" (the facts read neither noun as an object).
 */
export function otherPosition(claimText: string, claim: Predicate, sourceText: string, fact: Predicate): boolean {
  if (!STAYING_VERBS.has(claim.lemma) || !STAYING_VERBS.has(fact.lemma)) return false;
  const mine = POSITION.exec(claimText.slice(claim.end, claim.end + 80));
  const theirs = POSITION.exec(sourceText.slice(fact.end, fact.end + 80));
  if (!mine || !theirs) return false;
  const position = (m: RegExpExecArray) => canonicalRole(m[1] + m[2]).toLowerCase().replace(/^(?:interim|acting) /, "");
  return position(mine) !== position(theirs) && lemma(mine[2].toLowerCase(), "noun") !== lemma(theirs[2].toLowerCase(), "noun");
}

/** Some source fact denies something of the claim fact's object ("carries no voting rights" for "will not get any voting rights"). */
export function deniedObject(claim: Predicate, sources: readonly { facts: Predicate[] }[]): boolean {
  return !!claim.object && sources.some((s) => s.facts.some((f) => f.negated && f.object === claim.object));
}

/** An adjective the claim fact says of its object or subject opposed to one the source fact says ("large" and "small"), with both spans. */
export function opposedObjectAdjectives(claim: Predicate, source: Predicate): { claim: { start: number; end: number }; source: { start: number; end: number } } | undefined {
  for (const a of claim.objectAdjectives ?? [])
    for (const b of source.objectAdjectives ?? []) if (opposedAdjectives(a.word, b.word)) return { claim: { start: a.start, end: a.end }, source: { start: b.start, end: b.end } };
  return undefined;
}

/** The source fact says one of the adjectives the claim fact says of its object ("a nonvoting stake" for "a nonvoting stake"). */
export function sharesObjectAdjective(claim: Predicate, source: Predicate): boolean {
  return (claim.objectAdjectives ?? []).some((a) => (source.objectAdjectives ?? []).some((b) => lemma(a.word, "adj") === lemma(b.word, "adj")));
}

/** The fact's subject is "they" or "we", right before it past auxiliaries and a negation ("they can't rely on"): someone the sentence does not name. */
export function pluralPronounSubject(text: string, fact: Predicate): boolean {
  return !fact.agent && !fact.subject && /\b(?:they|we)\s+(?:(?:\w+n['’]t|not|never|can|could|will|would|may|might|must|should|do|does|did|are|were|have|had|also|still)\s+){0,3}$/i.test(text.slice(Math.max(0, fact.start - 40), fact.start));
}

/** Share of the claim's content words, outside `skip`, that a sentence must have to be its copy. */
const COPY_COVERAGE = 0.75;

/** The sentence has nearly all the claim's content words apart from those of `skip` (and its light verbs). */
export function closeCopy(a: Analysed, info: SentenceInfo, skip?: { start: number; end: number }): boolean {
  let all = 0;
  let found = 0;
  for (let i = 0; i < a.tokens.length; i++) {
    const t = a.tokens[i];
    if (!a.terms.has(t.term) || (skip && t.start >= skip.start && t.end <= skip.end)) continue;
    // (a light verb says nothing of its own: "the investment was made by …")
    if (isLightVerb(lemma(a.lowerWords[i], "verb"))) continue;
    all++;
    if (info.termSet.has(t.term)) found++;
  }
  return all > 0 && found >= COPY_COVERAGE * all;
}
