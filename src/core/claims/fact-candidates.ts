// Sentences read for a claim's facts beyond its word-overlap candidates: those naming the fact's
// participants, with its act or an opposite one (a contradiction may share few words with the
// claim), and those giving a bound of the claim's as written ("at least $120 million").
import type { SentenceInfo } from "../index/corpus";
import { isCausal, predicatesOf, type Predicate } from "../meaning/facts";
import type { NameMention } from "../entities/names";
import { agentNouns } from "../meaning/role-acts";
import { oppositeChanges } from "../meaning/change";
import { oppositesOf, relatePredicates } from "../meaning/lexicon";
import { CURATED_EQUIVALENTS, CURATED_OPPOSED_ROLES } from "../meaning/curated";
import type { ClaimContext } from "./context";
import { sameName } from "./references";
import { termOf } from "../text/tokens";
import type { Quantity } from "../quantities";
import { sameBound } from "./figures";

/** Candidate sentences whose facts are read, best first. */
export const FACT_CANDIDATES = 20;

/** Sentences naming all of a fact's participants that word overlap ranked too low, read as well. */
export const PARTICIPANT_CANDIDATES = 8;
/** Sentences each search for them ranks, of which those naming every participant are kept. */
const PARTICIPANT_SEARCH = 16;
/** Sentences naming a fact's one participant with its act, read beyond those. */
const ONE_PARTICIPANT_CANDIDATES = 4;
/** Sentences naming a fact's patients with its act, whoever its doer, read beyond those. */
const OTHER_DOER_CANDIDATES = 2;
/** Sentences naming the participants with an act opposite to the claim's, read beyond those. */
const OPPOSITE_CANDIDATES = 2;

/**
 * The sentences that name every participant of a claim fact with two or more (its agent and
 * patients), beyond the candidates: a contradiction may share few words with the claim ("Google
 * plans to cut ties with Scale" against "Google is expanding its work with Scale AI"); for a fact of
 * one participant with an object, those naming it with the act's verb.
 */
export function aboutParticipants(ctx: ClaimContext, predicates: readonly Predicate[], read: readonly SentenceInfo[]): SentenceInfo[] {
  const seen = new Set(read.map((info) => info.doc));
  const out: SentenceInfo[] = [];
  // the sentences a search by `terms` ranks that name every one of `named` (and have one of
  // `having`'s words), not read yet, until `out` holds `limit`
  const take = (terms: string[], limit: number, named: readonly NameMention[], having?: readonly string[]) => {
    for (const info of ctx.view.sentences(ctx.view.corpus.index.search(terms, PARTICIPANT_SEARCH).map((h) => h.doc))) {
      if (out.length >= limit) break;
      if (seen.has(info.doc) || !named.every((q) => info.names.some((n) => sameName(q, n)))) continue;
      if (having && !having.some((t) => info.termSet.has(t))) continue;
      seen.add(info.doc);
      out.push(info);
    }
  };
  for (const p of predicates) {
    const participants = [...(p.agent ? [p.agent] : []), ...p.patients];
    // (a cause: the sentences naming it with a verb of causing, which may share few other words with
    // the claim: "its decision to wind down … wasn't influenced by the Meta partnership" for "the move
    // was driven by Meta's investment")
    if (p.effect && p.agent && isCausal(p.lemma)) {
      const causing = CAUSING_TERMS.filter((t) => ctx.view.corpus.index.df(t) > 0);
      if (causing.length) take([...p.agent.core.map(termOf), ...p.effect.split(" ").map(termOf), ...causing], out.length + ONE_PARTICIPANT_CANDIDATES, [p.agent], causing);
    }
    // (a fact of one participant, with the thing it acts on: only sentences with its act, "Meta
    // announced the deal" for "Meta has yet to announce the deal")
    if (participants.length < 2 && !(participants.length === 1 && p.object)) continue;
    if (participants.length < 2) {
      const forms = regularForms(p.lemma.split(" ")[0]).map(termOf);
      take([...new Set([...participants[0].core.map(termOf), ...forms, termOf(p.object!)])], out.length + ONE_PARTICIPANT_CANDIDATES, participants, forms);
      continue;
    }
    // (by the names with the predicate first, then by the names alone: among many sentences
    // naming both, those with the act itself)
    const names = [...new Set(participants.flatMap((n) => n.core.map(termOf)))];
    const own = p.lemma.split(" ").map(termOf);
    // (then by the names with the opposite acts the sources use: "reduce its expenditure at Scale
    // AI" against "increase its spending with Scale AI")
    // (and, for a change of magnitude, the verbs of change the other way: "reduce", "cut" for "increase")
    // (and, for a copula, the relations that exclude its own: "competitor" for "partner")
    const opposites = [...new Set([...oppositesOf(p.lemma), ...(p.changed ? oppositeChanges(p.lemma) : []), ...(p.copula ? rolesOpposedTo(p.lemma) : [])].flatMap((o) => o.split(" ").map(termOf)))].filter((t) => ctx.view.corpus.index.df(t) > 0);
    take([...names, ...own], PARTICIPANT_CANDIDATES, participants);
    // (up to OPPOSITE_CANDIDATES beyond the others' limit, and only sentences with one of those acts' words)
    if (opposites.length) take([...names, ...opposites], out.length + OPPOSITE_CANDIDATES, participants, opposites);
    take(names, PARTICIPANT_CANDIDATES, participants);
    // (what only one can be, "Scale's single biggest customer", by whoever the sources give it to)
    // (sentences that give it to one: "Ferrow, the largest customer of Quill", not "one of Quill's biggest customers")
    if (p.copula && p.unique && p.patients.length) {
      const terms = [...new Set(p.patients.flatMap((n) => n.core.map(termOf))), ...own, ...SUPERLATIVE_TERMS];
      const holders = ctx.view.sentences(ctx.view.corpus.index.search(terms, UNIQUE_HOLDER_SEARCH).map((h) => h.doc)).filter((info) => !seen.has(info.doc) && p.patients.every((q) => info.names.some((n) => sameName(q, n))) && predicatesOf(info.text, info.names).some((q) => q.copula && q.unique === p.unique && relatePredicates(q.lemma, p.lemma) === "same"));
      for (const info of holders.slice(0, UNIQUE_HOLDER_CANDIDATES)) {
        seen.add(info.doc);
        out.push(info);
      }
    }
    // (and the act done to its patients by anyone, to meet another doer: "Scale AI's founder
    // Alexandr Wang" for "Jason Droege, who founded Scale AI in 2016, took over …")
    // (a passive with its doer too: "Scale AI's founder was poached by Google")
    if (!p.agent || !p.patients.length) continue;
    const acts = [...regularForms(p.lemma.split(" ")[0]), ...agentNouns(p.lemma)].map(termOf);
    take([...new Set(p.patients.flatMap((n) => n.core.map(termOf))), ...acts], out.length + OTHER_DOER_CANDIDATES, p.patients, acts);
  }
  return out;
}

/** Sentences read for whom the sources give what only one can be, of those a search ranks. */
const UNIQUE_HOLDER_CANDIDATES = 4;
const UNIQUE_HOLDER_SEARCH = 48;

/** Words of the superlatives of size (one term in the index: "largest", "biggest", "top"). */
const SUPERLATIVE_TERMS = ["largest", "biggest", "top"].map(termOf);

/** The forms of the verbs of causing (meaning/curated.ts' equivalents of "cause"), as the index holds them. */
const CAUSING_TERMS = [...(CURATED_EQUIVALENTS.find((group) => group[0] === "cause") ?? []).flatMap((v) => regularForms(v)), "driven", "drove"].map(termOf);

/** A verb's regular inflections with it ("announce", "announces", "announced", "announcing"): the index stems them apart. */
function regularForms(verb: string): string[] {
  const base = verb.endsWith("e") ? verb.slice(0, -1) : verb;
  return [verb, verb + "s", base + "ed", base + "ing"];
}

/** Sentences beyond `read` that give one of the claim's bounds as written ("at least $120 million"), found by its digits and the claim's words. */
export function sentencesWithBound(ctx: ClaimContext, bounds: readonly Quantity[], read: readonly SentenceInfo[]): SentenceInfo[] {
  const seen = new Set(read.map((info) => info.doc));
  const digits = bounds.flatMap((q) => q.text.match(/\d+/g) ?? []).map(termOf);
  const hits = ctx.view.corpus.index.search([...digits, ...ctx.analysed.terms.keys()], 16).map((h) => h.doc);
  return ctx.view.sentences(hits).filter((info) => !seen.has(info.doc) && info.quantities.some((x) => bounds.some((q) => sameBound(q, x)))).slice(0, 2);
}

const sameRole = (x: string, y: string) => x === y || relatePredicates(x, y) === "same";

/** Two nouns of relations that exclude each other (meaning/curated.ts CURATED_OPPOSED_ROLES), or their WordNet synonyms: "competitor" and "partner". */
export function opposedRoles(a: string, b: string): boolean {
  return CURATED_OPPOSED_ROLES.some(([x, y]) => (sameRole(a, x) && sameRole(b, y)) || (sameRole(a, y) && sameRole(b, x)));
}

/** The curated relations a relation noun excludes ("competitor" for "partner"). */
function rolesOpposedTo(noun: string): string[] {
  return CURATED_OPPOSED_ROLES.flatMap(([x, y]) => (sameRole(noun, x) ? [y] : sameRole(noun, y) ? [x] : []));
}

/** The sentence states the claim fact's act (or a synonym), not denied, with the claim's doer as its doer. */
export function statesDoersAct(info: SentenceInfo, fact: Predicate): boolean {
  const doer = fact.agent;
  return !!doer && predicatesOf(info.text, info.names).some((p) => !p.negated && p.agent !== undefined && sameName(p.agent, doer) && relatePredicates(p.lemma, fact.lemma) === "same");
}
