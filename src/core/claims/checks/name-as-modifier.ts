// A name taken for the noun it modifies: the sources say "a Kate Middleton lookalike has said" or
// "Maria Lopez's lawyer has said" and the claim "Kate Middleton said", "Maria Lopez said". The name
// only modifies the subject's head noun there (a lookalike, an aide, a lawyer of that person), so
// the doer is someone else. Like a possessor taken for what it possesses (possessor.ts), for the
// subject of the claim's own act.
import type { Finding } from "../../types";
import type { SentenceInfo } from "../../index/corpus";
import type { NameMention } from "../../entities/names";
import { genderOf } from "../../entities/gender";
import { predicatesOf } from "../../meaning/facts";
import { relatePredicates } from "../../meaning/lexicon";
import { tagSentence } from "../../meaning/tagger";
import type { ClaimCheck, ClaimContext } from "../context";
import { FACT_CANDIDATES, sameName } from "../facts";
import { clip, inSpan } from "../spans";

/** Between the head noun and its verb: auxiliaries and adverbs of a verb group ("has also said"). */
const VERB_GROUP_GAP = /^\s+(?:(?:has|have|had|was|is|were|are|will|would|also|then|later|now|reportedly)\s+)*$/i;
/** Words the tagger may read as a head that are not one ("Kate Middleton today said", "Wang alone"). */
const NOT_HEADS = new Set(["today", "yesterday", "tonight", "now", "tomorrow", "morning", "evening", "afternoon", "night", "alone", "first", "last", "again", "once", "too", "recently", "himself", "herself"]);

export const nameAsModifierCheck: ClaimCheck = {
  id: "name-as-modifier",
  description: "The claim makes a person the doer where the sources' doer is something named after them (a lookalike, an aide).",
  stage: "facts",
  run(ctx) {
    const findings: Finding[] = [];
    const a = ctx.analysed;
    const names = a.names.filter((n) => !inSpan(n.start, a.quotes));
    // (verbs of speech too: "Kate Middleton said" is the commonest form of it)
    for (const fact of predicatesOf(a.plain, names)) {
      const agent = fact.agent;
      // (a person: an organisation's spokesperson speaks for it)
      if (!agent || fact.passive || fact.negated || !genderOf(agent, a.plain)) continue;
      // (the name is the claim's subject, right before its verb: "Kate Middleton said"; not the
      // possessor of an event noun, "Michael Carrick's replacement")
      if (!VERB_GROUP_GAP.test(a.plain.slice(agent.end, fact.start)) || !isVerbAt(a.plain, fact.start)) continue;
      if (statedOf(ctx, agent, fact.lemma)) continue;
      const found = headedBy(ctx, agent, fact.lemma);
      if (!found) continue;
      const { info, doer } = found;
      findings.push({
        kind: "person",
        claimed: agent.text,
        expected: doer,
        support: 1,
        message: `Sources say ${doer} did this, not ${agent.text}: “${clip(info.text.trim(), 160)}”`,
        range: ctx.view.rangeInPlain(ctx.claim, agent.start, agent.end),
        evidence: [ctx.view.citation(info, 1, [])],
      });
    }
    return { findings, evidence: [] };
  },
};

/** A candidate states the act of the person themself: the claim stands. */
function statedOf(ctx: ClaimContext, agent: NameMention, lemma: string): boolean {
  return ctx.candidates.slice(0, FACT_CANDIDATES).some((info) => predicatesOf(info.text, info.names).some((p) => p.agent && sameName(p.agent, agent) && relatePredicates(lemma, p.lemma) === "same"));
}

/**
 * A candidate where the name is followed by a common noun and then, after at most auxiliaries, a
 * verb of the claim's predicate (or a synonym): the noun heads the subject, the name modifies it.
 */
function headedBy(ctx: ClaimContext, agent: NameMention, lemma: string): { info: SentenceInfo; doer: string } | undefined {
  for (const info of ctx.candidates.slice(0, FACT_CANDIDATES)) {
    for (const n of info.names) {
      if (!sameName(n, agent)) continue;
      const m = /^(['’]s)?\s+([a-z][a-z-]+)/.exec(info.text.slice(n.end));
      // (nor a word of the claim's own name: "the Green party" for "the Green Party")
      if (!m || NOT_HEADS.has(m[2]) || agent.text.toLowerCase().split(/\s+/).includes(m[2])) continue;
      const headEnd = n.end + m[0].length;
      const headStart = headEnd - m[2].length;
      const tokens = tagSentence(info.text);
      const token = tokens.find((t) => t.start === headStart);
      // (the tagger reads such a head as a noun or, "lookalike", an adjective)
      if (!token || (token.pos !== "NOUN" && token.pos !== "ADJ")) continue;
      const verb = predicatesOf(info.text, info.names).find((p) => p.start >= headEnd && VERB_GROUP_GAP.test(info.text.slice(headEnd, p.start)) && isVerbAt(info.text, p.start));
      const name = info.text.slice(n.start, n.end);
      // (the doer as the source names it: "Maria Lopez’s lawyer", "a Kate Middleton lookalike")
      if (verb && relatePredicates(lemma, verb.lemma) === "same") return { info, doer: m[1] ? `${name}’s ${m[2]}` : `a ${name} ${m[2]}` };
    }
  }
  return undefined;
}

/** The word at this offset is a verb to the tagger (not an event noun: "replacement", "contribution"). */
function isVerbAt(text: string, start: number): boolean {
  const token = tagSentence(text).find((t) => t.start === start);
  return !!token && (token.pos === "VERB" || token.pos === "AUX");
}
