// What sets a source fact apart from a claim's beyond its predicate and participants: an object of
// another meaning, an amount in its own clause that none of the claim's figures confirms, the claim's
// own amount, or the other side of an event both are placed by.
import type { SentenceInfo } from "../index/corpus";
import type { Quantity } from "../quantities";
import type { Predicate } from "../meaning/facts";
import { relatePredicates, verbsOf } from "../meaning/lexicon";
import { sameMeasureNoun } from "../meaning/curated";
import { contentTerms, termOf } from "../text/tokens";
import type { Analysed } from "./context";
import { comparableKinds, confirms } from "./figures";
import { clauseOf } from "./spans";
import { ORGANISATION_NOUNS, sameName } from "./references";

/** Figures that are amounts of an act (not its date or a span of time). */
const AMOUNT_KINDS = new Set(["money", "count", "percent"]);

/** Both acts have an object noun, the two share no meaning, and the claim never names the source's ("faces competition", "avoids requirements"). */
export function objectsDiffer(claim: Predicate, fact: Predicate, a: Analysed): boolean {
  return !!claim.object && !!fact.object && claim.object !== fact.object && relatePredicates(claim.object, fact.object) === "unrelated" && !sameMeasureNoun(claim.object, fact.object) && !a.terms.has(termOf(fact.object));
}

/**
 * The source sentence names one of the claim's patients other than as the doer of another of its
 * acts (not "Google paid …, and the company generated …", which names Google only as the payer); a
 * patient that only qualifies a noun ("custom AI tools") need not be named.
 */
export function namesPatientApart(claim: Predicate, info: SentenceInfo, fact: Predicate, facts: readonly Predicate[]): boolean {
  const own = claim.patients.filter((_, k) => !claim.qualifying?.includes(k));
  const doerElsewhere = (n: { start: number }) => facts.some((g) => g.start !== fact.start && g.agent?.start === n.start);
  return !own.length || own.some((p) => info.names.some((n) => sameName(p, n) && !doerElsewhere(n)));
}

/** The clause of the source fact gives an amount of a kind the claim's act has, and none of the claim's. */
export function otherAmountInClause(figures: readonly Quantity[], info: SentenceInfo, fact: Predicate): boolean {
  const [start, end] = clauseOf(info.text, fact.start);
  const theirs = info.quantities.filter((x) => !x.vague && x.start >= start && x.end <= end);
  return figures.some((q) => AMOUNT_KINDS.has(q.kind) && theirs.some((x) => comparableKinds(q, x))) && !figures.some((q) => theirs.some((x) => comparableKinds(q, x) && confirms(q, x)));
}

/** The sentence gives one of the claim's amounts as it is (not its date or a span of time). */
export function givesClaimAmount(figures: readonly Quantity[], info: SentenceInfo): boolean {
  return figures.some((q) => AMOUNT_KINDS.has(q.kind) && info.quantities.some((x) => !x.vague && comparableKinds(q, x) && confirms(q, x)));
}

/** Whether two facts are placed on the same side of one event ("after the Meta deal", "before Meta took a stake"), the other, or either is not placed. */
export function anchorSide(claim: Predicate, fact: Predicate): "same" | "other" | undefined {
  const a = claim.anchor;
  const b = fact.anchor;
  if (!a || !b) return undefined;
  // (the same event by its names, or by its noun where one side names none: "before the Meta deal"
  // against "following the deal")
  const sameEvent = a.names.some((n) => b.names.some((m) => sameName(n, m))) || (!!a.event && a.event === b.event && (!a.names.length || !b.names.length));
  if (!sameEvent) return undefined;
  return a.side === b.side ? "same" : "other";
}

/**
 * Both acts have the same object noun with a phrase of its own after it ("a role in day-to-day
 * operations", "a key role in overseeing Meta's AI initiatives"), and the two phrases share no content
 * word: two different things of that name, neither stating nor denying the other.
 */
export function objectPhrasesDiffer(claimText: string, claim: Predicate, sourceText: string, fact: Predicate): boolean {
  if (!claim.object || claim.object !== fact.object) return false;
  const ours = objectPhrase(claimText, claim);
  const theirs = ours && objectPhrase(sourceText, fact);
  return !!theirs && ![...ours].some((t) => theirs.has(t));
}

/** A preposition's phrase right after the act's object noun, to the clause's end, as content terms. */
const OBJECT_PHRASE = /^\s+(?:in|on|at|over|for|with)\s+([^,;:.()]{3,80})/i;
function objectPhrase(text: string, p: Predicate): Set<string> | undefined {
  const after = text.slice(p.end, p.end + 60);
  const noun = new RegExp(`\\b${p.object!.replace(/[^\w-]/g, "")}\\w*`, "i").exec(after);
  const m = noun && OBJECT_PHRASE.exec(text.slice(p.end + noun.index + noun[0].length));
  if (!m) return undefined;
  // (names and "the company" say where, not what: "voting power at Tidewell" is "at the company")
  const words = m[1].replace(/\b(?:and|but|because|while)\b.*$/i, "").split(/\s+/).filter((w) => !/^\p{Lu}/u.test(w) && !ORGANISATION_NOUNS.has(w.toLowerCase().replace(/[.,;:!?"”’)]$/, "")));
  const terms = new Set(contentTerms(words.join(" ")));
  return terms.size ? terms : undefined;
}

/**
 * The claim's act has an object noun naming an act (a pullback, an investment) that the source's
 * act neither has nor is followed by in its clause (the word, or one of related meaning): "weighing
 * a pullback from Scale AI" is not "was weighing a multibillion-dollar investment in Scale", whoever
 * weighs it. (Not a company's noun, "the startup", which names a participant.)
 */
export function objectUnsaid(claim: Predicate, sourceText: string, fact: Predicate): boolean {
  const object = claim.object;
  // (a noun derived from its verb: not one with the verb's own form, "work", "stake", which says little alone)
  const verbs = object ? verbsOf(object) : [];
  if (!object || ORGANISATION_NOUNS.has(object) || !verbs.length || verbs.includes(object)) return false;
  if (fact.object && (fact.object === object || relatePredicates(fact.object, object) !== "unrelated" || sameMeasureNoun(fact.object, object))) return false;
  const [, end] = clauseOf(sourceText, fact.start);
  const words = contentTerms(sourceText.slice(fact.end, end));
  const term = termOf(object);
  return !words.some((w) => w === term || relatePredicates(w, object) === "same");
}
