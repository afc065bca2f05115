// A name taken for the noun it modifies: the sources say "a Kate Middleton lookalike has said" and
// the claim "Kate Middleton said". The name is only a modifier of the subject's head noun there
// (a lookalike, an aide, a lawyer of that person), so the doer is someone else. Like a possessor
// taken for what it possesses (possessor.ts), but without the "'s".
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
      if (statedOf(ctx, agent, fact.lemma)) continue;
      const found = headedBy(ctx, agent, fact.lemma);
      if (!found) continue;
      const { info, head } = found;
      const doer = `${info.text.slice(found.nameStart, found.nameEnd)} ${head}`;
      findings.push({
        kind: "person",
        claimed: agent.text,
        expected: doer,
        support: 1,
        message: `Sources say a ${doer} did this, not ${agent.text}: “${clip(info.text.trim(), 160)}”`,
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
function headedBy(ctx: ClaimContext, agent: NameMention, lemma: string): { info: SentenceInfo; head: string; nameStart: number; nameEnd: number } | undefined {
  for (const info of ctx.candidates.slice(0, FACT_CANDIDATES)) {
    for (const n of info.names) {
      if (!sameName(n, agent)) continue;
      const m = /^\s+([a-z][a-z-]+)/.exec(info.text.slice(n.end));
      // (nor a word of the claim's own name: "the Green party" for "the Green Party")
      if (!m || NOT_HEADS.has(m[1]) || agent.text.toLowerCase().split(/\s+/).includes(m[1])) continue;
      const headStart = n.end + m[0].length - m[1].length;
      const headEnd = headStart + m[1].length;
      const token = tagSentence(info.text).find((t) => t.start === headStart);
      // (the tagger reads such a head as a noun or, "lookalike", an adjective)
      if (!token || (token.pos !== "NOUN" && token.pos !== "ADJ")) continue;
      const verb = predicatesOf(info.text, info.names).find((p) => p.start >= headEnd && VERB_GROUP_GAP.test(info.text.slice(headEnd, p.start)));
      if (verb && relatePredicates(lemma, verb.lemma) === "same") return { info, head: m[1], nameStart: n.start, nameEnd: n.end };
    }
  }
  return undefined;
}
