// How the participants of a source fact stand to a claim fact's: the same doer and patients,
// roles reversed, another doer or another patient, or open (a side leaves its doer unnamed).
import type { NameMention } from "../entities/names";
import type { Predicate } from "../meaning/facts";
import { doersOf, namesNotIn, ORGANISATION_NOUNS, sameName } from "./references";
import type { SentenceInfo } from "../index/corpus";
import { termOf } from "../text/tokens";
import { relatePredicates, verbsOf } from "../meaning/lexicon";

export type Roles = "same" | "open" | "reversed" | "other-agent" | "other-patient";

export function sharePatient(claim: Predicate, source: Predicate): boolean {
  return mainPatients(claim).some((p) => source.patients.some((q) => sameName(p, q)));
}

/** A fact's patients without those that only qualify a noun, unless only such are named ("a new AI team at Meta": Meta). */
export function mainPatients(p: Predicate): NameMention[] {
  const q = p.qualifying;
  return q?.length && q.length < p.patients.length ? p.patients.filter((_, k) => !q.includes(k)) : p.patients;
}

export function disjointPatients(claim: Predicate, source: Predicate): boolean {
  return claim.patients.length > 0 && source.patients.length > 0 && !sharePatient(claim, source);
}

/** Both facts are done, not undergone, by one subject noun and no name ("the deal valued …", "one smaller shareholder said they planned to …"). */
function bySameSubjectNoun(claim: Predicate, source: Predicate): boolean {
  return !claim.agent && !source.agent && sameSubjectNoun(claim.subject, source.subject) && !claim.passive && !source.passive;
}

/** Two subject nouns name the same kind of doer: the same noun or synonyms ("client" and "customer", "backer" and "investor"). */
export function sameSubjectNoun(a: string | undefined, b: string | undefined): boolean {
  return !!a && !!b && (a === b || relatePredicates(a, b) === "same");
}

/** Both facts' doer is one subject noun, neither a name nor owned, and they act on the same names or name none. */
export function sameNounDoer(claim: Predicate, source: Predicate): boolean {
  return bySameSubjectNoun(claim, source) && !claim.owned && !source.owned && (!claim.patients.length || sharePatient(claim, source));
}

/** How the participants of a source fact stand to the claim's, or undefined when they are about others. */
export function rolesOf(claim: Predicate, source: Predicate): Roles | undefined {
  const patientsMeet = !claim.patients.length || !source.patients.length || sharePatient(claim, source);
  if (claim.agent && source.agent) {
    if (doersOf(source).some((d) => sameName(claim.agent!, d))) return patientsMeet ? "same" : "other-patient";
    const swapped = claim.patients.some((p) => sameName(p, source.agent!)) && source.patients.some((p) => sameName(p, claim.agent!));
    if (swapped) return "reversed";
    // another agent of the same act on the same participant
    if (claim.patients.length && source.patients.length && patientsMeet) return "other-agent";
    // another doer of the same act where neither names what it was done to ("Jim Jepps used a blog"
    // against "Bennett used a blog"; "Mr Bush was found dead" against "Kukucova was found dead"),
    // as long as what they act on does not differ
    if (!claim.patients.length && !source.patients.length && claim.passive === source.passive && !(claim.object && source.object && claim.object !== source.object)) return "other-agent";
    return undefined;
  }
  // the claim's agent among the source's patients: the source is about something done to it
  if (claim.agent && source.patients.some((p) => sameName(p, claim.agent!))) return undefined;
  // (one of the names given as examples of the source's doers is one of them: "Scale AI's
  // investors, including Accel and Index Ventures, will benefit" for "Index Ventures stands to lose")
  if (claim.agent && !source.agent && source.examples?.some((d) => sameName(claim.agent!, d))) return patientsMeet ? "same" : "other-patient";
  // both passive without a doer: the subject is who it happened to ("Catherall was jailed" where
  // "Jeffreys was jailed"); one the source's subject leaves out is another participant of the same
  // act ("Ben and Hazel were married" where "Ben, now 34, and Shelby were married")
  if (claim.passive && source.passive && !claim.agent && !source.agent && claim.patients.length && source.patients.length)
    return namesNotIn(claim.patients, source.patients).length ? "other-agent" : "open";
  // (the same subject noun's act on someone else: "the deal valued Meta" where "the deal valued Scale")
  if (bySameSubjectNoun(claim, source) && claim.patients.length && source.patients.length && !sharePatient(claim, source)) return "other-patient";
  const participantsMeet = claim.patients.length ? sharePatient(claim, source) || !source.patients.length : true;
  if (participantsMeet) return "open";
  return undefined;
}

/** Nouns of a part owned of a company: whoever acts on one "in X" holds it, whatever the verb. */
const HOLDINGS = new Set(["stake", "holding"]);

/**
 * A stake held the other way round, by a verb of any other words: "Scale AI snaps up a 49% stake in
 * Meta" where "Meta will take a 49% stake in Scale" (not a stake sold or given up, the opposite act).
 */
export function holdingReversed(claim: Predicate, source: Predicate): boolean {
  if (!claim.object || !HOLDINGS.has(claim.object) || claim.object !== source.object) return false;
  if (claim.negated || source.negated || claim.passive || source.passive) return false;
  if ([claim.lemma, source.lemma].some((l) => relatePredicates(l, "take a stake") === "opposite" || relatePredicates(l, "divest") === "same")) return false;
  return rolesOf(claim, source) === "reversed";
}

/**
 * A claim's doer named only by a common noun that is no organisation's ("one smaller Scale
 * shareholder") against a source act's named doer, where no sentence around calls anyone by that
 * noun: someone else's act ("… planned to add to its holding" is not Meta's investment in Scale).
 */
export function unnamedNounDoer(claim: Predicate, source: Predicate, window: readonly SentenceInfo[]): boolean {
  const noun = claim.subject;
  // (an event's noun is no doer: "her remarks about continuing to work with Scale" is a misread subject)
  if (!noun || claim.agent || !source.agent || ORGANISATION_NOUNS.has(noun) || verbsOf(noun).length) return false;
  const term = termOf(noun);
  return !!term && !window.some((w) => w.termSet.has(term));
}

/**
 * The source's doer does the act "also" or "too": one more doer besides others, which rules no one
 * out ("Microsoft is also considering reducing its reliance on Scale AI" does not deny that OpenAI
 * reduced its own); or only wants to, where the claim's doer does it ("Google wants to massively
 * reduce its expenditure at Scale AI" against "OpenAI had been reducing its work with Scale").
 */
export function alsoDoer(text: string, fact: Predicate, claim: Predicate): boolean {
  if (!fact.agent) return false;
  const between = fact.agent.end <= fact.start ? text.slice(fact.agent.end, fact.start) : "";
  const wanted = !claim.hedged && /\b(?:wants?|wanted|aims?|aimed|hopes?|hoped)\s+to\s+(?:\w+\s+)?$/i.test(between);
  return wanted || /\b(?:also|too|likewise|similarly)\b/i.test(between) || /^[^,;.]{0,60}\b(?:as well|too)\b/i.test(text.slice(fact.end));
}
