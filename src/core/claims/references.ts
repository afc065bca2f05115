// Who the participants of a source fact are when the sentence does not name them where the fact
// needs them: one name written two ways, the doer and patients of a fact, and the names an unnamed
// participant ("the startup", "the company") refers back to. Pure functions over name mentions and
// the facts of meaning/facts; claims/facts.ts matches claim facts with them.
import type { SentenceInfo } from "../index/corpus";
import type { CorpusView } from "./context";
import { isTimeName, type NameMention } from "../entities/names";
import { findRoleFacts, ROLE_PATTERN, sameEntity, sameOrg } from "../entities/roles";
import { genderOf } from "../entities/gender";
import { predicatesOf, type Predicate } from "../meaning/facts";
import { isNoun, isVerb, lemma } from "../meaning/lexicon";
import { citedAsSource } from "../text/speech";
import { tagSentence } from "../meaning/tagger";

/** Who a fact is about: its agent, or in a passive without one, its subject ("Wade was jailed"). */
export function doerOf(p: Predicate): NameMention | undefined {
  return p.agent ?? (p.passive ? p.patients[0] : undefined);
}

/** Who did it, all of them: the agent and the further names of its "by" phrase, or in a passive without its doer, those it happened to. */
export function doersOf(p: Predicate): NameMention[] {
  return p.agent ? [p.agent, ...(p.coAgents ?? [])] : p.passive ? p.patients : (p.examples ?? []);
}

/** The names of `names` that none of `among` names ("Ben and Hazel" among "Ben and Shelby": Hazel). */
export function namesNotIn(names: readonly NameMention[], among: readonly NameMention[]): NameMention[] {
  return names.filter((n) => !among.some((m) => sameName(n, m)));
}

/** The fact with its doer (or, in the passive, the one it happened to) named: a pronoun resolved. */
export function withDoer(p: Predicate, n: NameMention): Predicate {
  return p.passive ? { ...p, patients: [n], pronoun: undefined } : { ...p, agent: n, pronoun: undefined };
}

export function sameName(a: NameMention, b: NameMention): boolean {
  return sameEntity(a, b) || sameOrg(a, b) || variantNames(a, b) || sameInitials(a, b);
}

/** An initialism with and without its stops: "U.S." and "US", "U.K." and "UK". */
function sameInitials(a: NameMention, b: NameMention): boolean {
  if (a.core.length !== 1 || b.core.length !== 1 || !(a.core[0].includes(".") || b.core[0].includes("."))) return false;
  const bare = (w: string) => (/^(?:\p{Lu}\.)+\p{Lu}?\.?$/u.test(w) ? w.replace(/\./g, "") : w);
  return bare(a.core[0]) === bare(b.core[0]);
}

/**
 * One name spelt two ways: the same words but one a little otherwise ("Darren Jefferys", "Darren
 * Jeffreys", both in one article). Two people of one family stay apart ("Tom Reyes", "Ana Reyes"),
 * and so do two names that differ by a whole word ("Dubai Duty Free Stakes", "Dubai Duty Free Full").
 */
function variantNames(a: NameMention, b: NameMention): boolean {
  if (a.core.length < 2 || a.core.length !== b.core.length) return false;
  const wa = a.core.map((w) => w.toLowerCase());
  const wb = b.core.map((w) => w.toLowerCase());
  const onlyA = wa.filter((w) => !wb.includes(w));
  const onlyB = wb.filter((w) => !wa.includes(w));
  return onlyA.length === 1 && onlyB.length === 1 && Math.min(onlyA[0].length, onlyB[0].length) >= 5 && editDistance(onlyA[0], onlyB[0]) <= 2;
}

/** Levenshtein distance (insertions, deletions, substitutions) of two short words. */
export function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length];
}

/**
 * Whom a source act leaves unnamed, by where the names stand: the first name after the act in its
 * clause ("runs a rival company called Snorkel AI"), else the nearest name before it, in its
 * sentence and then in the one before ("… ties with Scale AI. This follows Meta's investment in the
 * startup"), other than those of `skip` (its named participants) and names that only qualify a noun
 * ("leading AI developers"), unless that noun is the act ("Scale AI investment"). None when the act
 * is done to others ("relied on other data providers") or no name stands before it.
 */
export function unnamedParticipant(skip: readonly NameMention[], fact: Predicate, info: SentenceInfo, window: readonly SentenceInfo[], after: boolean): NameMention | undefined {
  const other = (n: NameMention) => !skip.some((d) => sameName(d, n));
  if (after && OTHERS_AFTER.test(info.text.slice(fact.end, fact.end + 40))) return undefined;
  const next = after ? info.names.find((n) => n.start >= fact.end && other(n)) : undefined;
  if (next && !CLAUSE_BREAK.test(info.text.slice(fact.end, next.start))) return next;
  // ("its" or "their" right after the act is its sentence's subject's: "Meta … will take a stake in
  // Scale and bring Wang on board to head its new unit" heads Meta's unit, not Scale's)
  if (after && /^\s+(?:its|their)\b/i.test(info.text.slice(fact.end, fact.end + 8))) {
    const subject = predicatesOf(info.text, info.names).find((p) => p.agent && !p.passive && !p.speech && p.start < fact.start)?.agent;
    if (subject && other(subject)) return subject;
  }
  // (a source the sentence cites is none: "according to Reuters")
  for (const { name: n, text, inSentence } of namesBefore(fact, info, window))
    if (other(n) && !isTimeName(n.text) && !citedAsSource(text, n.start, n.end) && (!qualifiesNoun(text, n) || (inSentence && n.end + 1 >= fact.start))) return n;
  return undefined;
}

/** "the startup", "the company" in the act's own phrase: an organisation named before it. */
const DEFINITE_ORGANISATION = /^[\w\s'’-]{0,40}?\bthe (?:startup|company|firm|group|business|organi[sz]ation)\b/i;

/**
 * The act names one of `patients` by a definite noun in its own phrase, whom the names before it
 * give ("Meta … will take a stake in Scale … Wang will remain a director on the board of the startup").
 */
export function definitelyNamed(patients: readonly NameMention[], fact: Predicate, info: SentenceInfo, window: readonly SentenceInfo[]): boolean {
  if (!DEFINITE_ORGANISATION.test(info.text.slice(fact.end, fact.end + 60))) return false;
  const whom = unnamedParticipant(doersOf(fact), fact, info, window, false);
  return !!whom && patients.some((p) => sameName(p, whom));
}

/** The names before a fact, nearest first: in its sentence, then in the sentence(s) of `window` before it. */
export function* namesBefore(fact: Predicate, info: Pick<SentenceInfo, "text" | "names" | "doc">, window: readonly SentenceInfo[]): Generator<{ name: NameMention; text: string; inSentence: boolean }> {
  const own = info.names.filter((n) => n.end <= fact.start);
  for (let k = own.length - 1; k >= 0; k--) yield { name: own[k], text: info.text, inSentence: true };
  for (const w of window.filter((x) => x.doc < info.doc).reverse()) for (let k = w.names.length - 1; k >= 0; k--) yield { name: w.names[k], text: w.text, inSentence: false };
}

/** The name stands before a word that can only be a noun ("AI developers"): it qualifies it. */
function qualifiesNoun(text: string, n: NameMention): boolean {
  const word = /^\s+([a-z]+)\b/.exec(text.slice(n.end, n.end + 30))?.[1];
  return !!word && isNoun(lemma(word, "noun")) && !isVerb(lemma(word, "verb"));
}
const OTHERS_AFTER = /^\s+(?:[a-z]+\s+){0,2}?(?:other|another)\b/i;
// (a spaced hyphen too: it ends a headline before its publisher, "… Alexandr Wang - VnExpress International")
const CLAUSE_BREAK = /[,;:()\u2013\u2014]|\s-\s|\b(?:as|and|but|while|who|which|that|after|before|because|when|since|than)\b/i;

/**
 * The two names stand in one noun phrase: joined by "and" or "with" ("Ben, now 34, and Shelby"), or
 * one in apposition to the other ("Will Stack, 22, a U.S. Army National Guardsman").
 */
export function joined(text: string, a: NameMention, b: NameMention): boolean {
  const [first, second] = a.start <= b.start ? [a, b] : [b, a];
  if (first.end > second.start) return true;
  const between = text.slice(first.end, second.start);
  if (between.length > 60 || /\b(?:who|which|that|said|says|told)\b/i.test(between)) return false;
  // (not two clauses: "Microsoft is considering similar plans and OpenAI is said to have …")
  if (tagSentence(text).some((t) => t.start >= first.end && t.end <= second.start && (t.pos === "VERB" || t.pos === "AUX"))) return false;
  // (each capitalised word ends at a space or the end: with the space optional, a run of capitals
  // could be split in exponentially many ways before the match fails)
  return /\b(?:and|with)\b|&/i.test(between) || /^,(?:\s*\d+\s*,)?\s*(?:(?:a|an|the)\s+)?(?:[A-Z][\w.'’-]*(?:\s+|$))*$/.test(between);
}


/** Head nouns that, after "the", stand for an organisation named before ("the company", "the startup"). */
export const ORGANISATION_NOUNS = new Set(["company", "firm", "startup", "start-up", "corporation", "conglomerate", "giant", "lab", "outfit", "agency", "organization", "organisation"]);

/**
 * A source fact whose doer is "the company", "the startup" (an organisation noun), with that doer
 * named: the nearest name before it, in its sentence and then in the one before, that can be an
 * organisation (not a person known by sex, not who speaks in the sentence or is told, not a name
 * qualifying a noun, not one of its patients). "Droege said the company is not slowing down", after
 * "… Scale AI is still a well-resourced company": Scale AI is not slowing down. Else the fact as it is.
 */
export function resolveOrganisationSubject(fact: Predicate, info: Pick<SentenceInfo, "text" | "names" | "doc">, window: readonly SentenceInfo[], sentenceFacts: readonly Predicate[]): Predicate {
  if (fact.agent || fact.passive || !fact.subject) return fact;
  if (BODY_NOUNS.has(fact.subject)) {
    const body = namedBody(fact, info);
    return body ? { ...withDoer(fact, body), subject: undefined } : fact;
  }
  if (!ORGANISATION_NOUNS.has(fact.subject)) return fact;
  // "his firm", "her company": the organisation of the person's role before it ("Jonathan
  // Siddharth, CEO of Turing, told TIME …, adding that his firm has secured $50 million")
  if (fact.owned) {
    if (!OWN_ORGANISATION.test(info.text.slice(Math.max(0, fact.start - 60), fact.start))) return fact;
    const org = findRoleFacts(info.text, info.names).filter((r) => r.org && r.end <= fact.start).pop()?.org;
    return org ? { ...withDoer(fact, org), subject: undefined, owned: undefined } : fact;
  }
  // (a definite one only: "every responsible developer" or "a rival company" is no one named before;
  // an apposition may follow it: "The tech giant, Scale's top client, poured …")
  let definite = DEFINITE.get(fact.subject);
  if (!definite) DEFINITE.set(fact.subject, (definite = new RegExp(`\\b(?:the|this)\\s+(?:[\\w-]+\\s+){0,2}${fact.subject}\\b(?:\\s*,[^,;:.]{1,40},)?[^,;:.]*$`, "i")));
  if (!definite.test(info.text.slice(Math.max(0, fact.start - 120), fact.start))) return fact;
  // (who speaks and whom they tell: "Manu Sharma … told Reuters that the company will")
  const speakers = sentenceFacts.filter((p) => p.speech).flatMap((p) => [...(p.agent ? [p.agent] : []), ...p.patients]);
  // (nor a person the sentence gives a role: "Labelbox's chief executive, Manu Sharma, told Reuters that the company")
  const people = new Set(findRoleFacts(info.text, info.names as NameMention[]).map((r) => r.person));
  for (const { name: n, text, inSentence } of namesBefore(fact, info, window)) {
    if (genderOf(n, text) || (inSentence && people.has(n)) || (inSentence && speakers.includes(n)) || citedAsSource(text, n.start, n.end) || qualifiesNoun(text, n) || fact.patients.some((p) => sameName(p, n))) continue;
    return { ...withDoer(fact, n), subject: undefined };
  }
  return fact;
}
/**
 * Who does the act of a source sentence's figure at `at`: the doer of the act before it, or of the
 * first act of its coordination when it has no subject of its own ("The tech giant, Scale's top
 * client, poured $150 million … and had previously planned to spend $200 million": Google, which the
 * article names before "the tech giant").
 */
export function doerOfFigure(info: SentenceInfo, at: number, window: readonly SentenceInfo[]): NameMention | undefined {
  const facts = predicatesOf(info.text, info.names).filter((p) => !p.speech && p.start < at);
  const last = facts[facts.length - 1];
  const act = last && !last.agent && !last.subject ? facts.find((p) => p.agent || p.subject) : last;
  return act && (act.agent ?? resolveOrganisationSubject(act, info, window, facts).agent);
}
/** Nouns of a place or a public body that a name beside them identifies: "the city of Lyon", "the U.S. government". */
const BODY_NOUNS = new Set(["city", "town", "state", "country", "government", "province", "region", "county", "administration", "ministry", "republic", "kingdom"]);
/** The name of the body that is the fact's subject, in its own phrase: "the city of Lyon(, one of …,) will", "the U.S. government is". */
function namedBody(fact: Predicate, info: Pick<SentenceInfo, "text" | "names">): NameMention | undefined {
  const noun = fact.subject!;
  for (const n of info.names.filter((m) => m.end <= fact.start).reverse()) {
    const between = info.text.slice(n.end, fact.start);
    // (only an apposition set off by commas may stand between it and the act)
    if (/[;:]/.test(between) || (between.includes(",") && !/^[^,]*,[^,]{1,80},[^,]*$/.test(between))) continue;
    const before = info.text.slice(Math.max(0, n.start - 24), n.start).toLowerCase();
    if (before.endsWith(`${noun} of `) || before.endsWith(`${noun} of the `) || info.text.slice(n.end, n.end + noun.length + 1).toLowerCase() === ` ${noun}`) return n;
  }
  return undefined;
}

/** "his firm", "her own company" right before the fact. */
const OWN_ORGANISATION = /\b(?:his|her|their)\s+(?:own\s+)?(?:company|firm|startup|start-up|lab|organi[sz]ation)\s+(?:\w+\s+){0,2}$/i;
/** "the <noun>" before a fact, per organisation noun (built once each). */
const DEFINITE = new Map<string, RegExp>();

/** Nouns for one who speaks for an organisation ("A Scale AI spokesperson declined to comment"). */
const SPOKESPERSON = /^(?:spokesperson|spokesman|spokeswoman|representative|spokespeople|rep)$/;

/** Who does a source act: its doers, or the organisation a spokesperson speaks for ("A Scale AI spokesperson"). */
export function speakersOf(p: Predicate, info: { text: string; names: readonly NameMention[] }): NameMention[] {
  const doers = doersOf(p);
  if (doers.length) return doers;
  // (the noun as the subject, or before "who": "an OpenAI spokesperson who confirmed", "A Scale AI spokesperson, who discussed")
  const from = Math.max(0, p.start - 60);
  const before = info.text.slice(from, p.start);
  // (an organisation's executives speak for it: "Scale AI's executives said")
  if (p.subject === "executive" || p.subject === "official") {
    const owner = info.names.filter((n) => n.end <= p.start && OWNERS_EXECUTIVES.test(info.text.slice(n.end, p.start))).pop();
    return owner ? [owner] : [];
  }
  if (!(p.subject && SPOKESPERSON.test(p.subject)) && !SPOKESPERSON_WHO.test(before)) return [];
  let noun = -1;
  for (const m of before.matchAll(SPOKESPERSON_NOUN)) noun = from + m.index;
  if (noun < 0) return [];
  // (the name right before the noun, in its phrase)
  const named = info.names.filter((n) => n.end <= noun && /^[\s\w'’]{0,30}$/.test(info.text.slice(n.end, noun)));
  return named.length ? [named[named.length - 1]] : [];
}
/**
 * `name` speaks in this fact: as its doer or spokesperson (`speakersOf`), or as the organisation of
 * the role that speaks ("Harlow's chief executive confirmed"): one who holds a role there speaks for it.
 */
export function speaksFor(p: Predicate, info: { text: string; names: readonly NameMention[] }, name: NameMention): boolean {
  if (speakersOf(p, info).some((n) => sameName(n, name))) return true;
  return !!p.owned && info.names.some((n) => sameName(n, name) && OWNED_ROLE.test(info.text.slice(n.end, p.start)));
}
/** Between an organisation's name and what its role does: "Harlow's chief executive", "Scale AI's interim CEO". */
const OWNED_ROLE = new RegExp(`^['’]s\\s+(?:${ROLE_PATTERN})\\s*$`, "i");

/** Between an organisation's name and its executives' act: "'s executives", "'s top officials have", "'s executives declined to". */
const OWNERS_EXECUTIVES = /^['’]s?\s+(?:top\s+|senior\s+)?(?:executives|officials)\s+(?:(?:have|had|also|all|declined|refused|did|would|not|to)\s+){0,3}$/i;

/** A spokesperson's noun in text. */
const SPOKESPERSON_NOUN = /\b(?:spokesperson|spokesman|spokeswoman|representative|spokespeople)\b/gi;
/** A spokesperson's noun with the relative pronoun that makes it the subject of what follows. */
const SPOKESPERSON_WHO = /\b(?:spokesperson|spokesman|spokeswoman|representative),?\s+(?:who|that)\s+(?:has\s+|had\s+)?$/i;

/** Sentences before a reference that may name what it refers to. */
const REFERENCE_REACH = 5;

/** One of the few sentences before this one in its article names `name`: a reference there ("the search engine giant") may be to it. */
export function namedBefore(view: CorpusView, info: SentenceInfo, name: NameMention): boolean {
  for (const s of view.articleOf(info)) if (s.sentence < info.sentence && s.sentence >= info.sentence - REFERENCE_REACH && s.names.some((n) => sameName(n, name))) return true;
  return false;
}
