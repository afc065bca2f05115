// How many the claim says, where no source read says as many: "All of Scale AI's employees will
// follow Wang", "Most of Scale AI's income comes from …", "Scale AI serves only generative AI
// firms", "Snorkel AI received few inquiries" pass on their other words, yet the quantifier is the
// claim. A quantifier whose quantified noun no candidate sentence has with the same quantifier (or
// one of its equivalents: "the majority of" for "most") is an unsupported part.
import type { Finding } from "../../types";
import type { ClaimCheck } from "../context";
import { claimFacts, FACT_CANDIDATES, type FactOutcome } from "../facts";
import { inSpan } from "../spans";
import { termOf } from "../../text/tokens";
import { tagSentence, type TaggedToken } from "../../meaning/tagger";

/** Each quantifier with the words that say as much (compared by term). */
const EQUIVALENTS: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries({
    all: ["all", "every", "each", "entire", "whole", "everyone", "everything"],
    every: ["all", "every", "each", "entire", "whole", "everyone", "everything"],
    most: ["most", "majority", "bulk", "mostly", "largely", "mainly", "primarily", "predominantly"],
    only: ["only", "sole", "solely", "exclusively", "just", "alone"],
    few: ["few", "little", "handful", "scarcely", "hardly", "rarely"],
    none: ["none", "no", "nobody", "zero"],
  }),
);

export const unstatedQuantifierCheck: ClaimCheck = {
  id: "unstated-quantifier",
  description: "The claim says how many ('all', 'most', 'only', 'few') where no source read says as many.",
  stage: "facts",
  run(ctx) {
    const a = ctx.analysed;
    // (a claim the facts already contradict needs no more: "accounted for most of" where "a small
    // fraction of" is an opposite predicate on the very word)
    if (claimFacts(ctx).some((f) => CONTRADICTING.has(f.outcome.kind))) return { findings: [], evidence: [] };
    const tokens = tagSentence(a.plain);
    const read = ctx.candidates.slice(0, FACT_CANDIDATES);
    const findings: Finding[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const word = tokens[i].text.toLowerCase();
      const same = EQUIVALENTS.get(word);
      if (!same || inSpan(tokens[i].start, a.quotes) || !quantifies(tokens, i)) continue;
      const noun = quantifiedNoun(tokens, i);
      // (of a time, it is how often: "streams every evening", "all day")
      if (!noun || TIME_NOUNS.has(noun.lemma || noun.text.toLowerCase())) continue;
      const terms = new Set(same.map(termOf));
      const head = termOf(noun.text);
      if (read.some((info) => info.termSet.has(head) && saysAsMany(info.tokens, head, terms))) continue;
      const words = a.plain.slice(tokens[i].start, noun.end);
      findings.push({ kind: "unsupported-part", claimed: words, message: `No source says “${tokens[i].text}” here (“${words}”).`, range: ctx.view.rangeInPlain(ctx.claim, tokens[i].start, tokens[i].end) });
    }
    return { findings, evidence: [], unresolved: findings.length };
  },
};

/** Units of time: a quantifier of one says how often or how long, which sources word freely. */
const TIME_NOUNS = new Set(["second", "minute", "hour", "day", "night", "morning", "afternoon", "evening", "week", "weekend", "month", "year", "season", "time", "decade", "century", "summer", "winter", "spring", "autumn"]);
/** Outcomes of a claim fact that contradict it. */
const CONTRADICTING = new Set<FactOutcome["kind"]>(["negated", "opposite", "reversed", "other-agent"]);
/** Words that quantify a whole clause wherever they stand ("comes mostly from"). */
const CLAUSE_QUANTIFIERS = new Set(["mostly", "largely", "mainly", "primarily", "predominantly", "solely", "exclusively", "entirely"].map(termOf));
/** How far before its noun a source's quantifier may stand ("all of Scale AI's five biggest customers"). */
const QUANTIFIER_REACH = 6;

/** The source sentence quantifies the noun as the claim does: an equivalent within reach before it, or an adverb that quantifies its clause. */
function saysAsMany(tokens: readonly { term: string }[], head: string, terms: ReadonlySet<string>): boolean {
  for (let k = 0; k < tokens.length; k++) {
    if (terms.has(tokens[k].term) && CLAUSE_QUANTIFIERS.has(tokens[k].term)) return true;
    if (tokens[k].term !== head) continue;
    for (let j = Math.max(0, k - QUANTIFIER_REACH); j < k; j++) if (terms.has(tokens[j].term)) return true;
  }
  return false;
}

/**
 * The word quantifies a noun phrase: not "a few", not "at most", not "most" of an adjective ("the
 * most influential"), not "only" before a figure or a verb ("only two days later", "only began"),
 * not "all" after a noun ("they all").
 */
function quantifies(tokens: readonly TaggedToken[], i: number): boolean {
  const word = tokens[i].text.toLowerCase();
  const prev = tokens[i - 1]?.text.toLowerCase();
  const next = tokens[i + 1];
  if (!next) return false;
  if (word === "few" && (prev === "a" || prev === "very" && tokens[i - 2]?.text.toLowerCase() === "a")) return false;
  if (word === "most" && (prev === "at" || prev === "the" || next.pos === "ADJ" || next.pos === "ADV")) return false;
  if (word === "only" && (prev === "the" || prev === "not" || next.pos === "NUM" || next.pos === "VERB" || next.pos === "AUX" || next.pos === "ADV" || next.pos === "ADP" || /^\$|^\d/.test(next.text))) return false;
  if ((word === "all" || word === "none") && next.pos !== "DET" && next.pos !== "NOUN" && next.pos !== "ADJ" && next.pos !== "PROPN" && next.text.toLowerCase() !== "of") return false;
  return true;
}

/** The head noun the quantifier counts: the first common noun after it, past "of", determiners, possessors, adjectives and names. */
function quantifiedNoun(tokens: readonly TaggedToken[], i: number): TaggedToken | undefined {
  for (let k = i + 1; k < tokens.length && k <= i + 8; k++) {
    const t = tokens[k];
    if (t.pos === "NOUN") {
      // (the last noun of a compound: "car manufacturers")
      let end = k;
      while (tokens[end + 1]?.pos === "NOUN") end++;
      return tokens[end];
    }
    if (t.pos === "PUNCT" || t.pos === "VERB" || t.pos === "AUX") return undefined;
  }
  return undefined;
}
