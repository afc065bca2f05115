// Another act in a speaker's words: "Mercor CEO Brendan Foody said many AI labs now want to
// outsource their data labeling because doing so keeps their data secure", where the sentence in
// which Foody says it has the labs wanting "to hire in-house data-labelers". Every other word of
// what he said is in that sentence, so the words pass; the act in it is another. Where a source
// sentence in which the claim's speaker speaks has most of the reported words, and gives the same
// doer (the same name, or the same noun: "labs") an act unrelated to the claim's, both after a
// governing verb ("want to", "prefer to"), while no sentence read states the claim's act, the act is an
// unsupported part: the sources put other words in the speaker's mouth there.
import type { Finding } from "../../types";
import type { NameMention } from "../../entities/names";
import type { Predicate } from "../../meaning/facts";
import { isLightVerb, predicatesOf } from "../../meaning/facts";
import { lemma, relatePredicates } from "../../meaning/lexicon";
import { CONTROL_LEMMAS } from "../../meaning/polarity";
import { hasShareOf, keyTermsIn, spoke, type ClaimCheck } from "../context";
import { claimFacts, FACT_CANDIDATES } from "../facts";
import { sameName } from "../references";
import { clip, inSpan } from "../spans";
import { termOf } from "../../text/tokens";

/** Share of the reported words' key terms the speaker's sentence must have to report the same. */
const SAME_WORDS = 0.35;

export const reportedActCheck: ClaimCheck = {
  id: "reported-act",
  description: "The claim reports a speaker's words with another act than the one the sources give them.",
  stage: "facts",
  run(ctx) {
    const a = ctx.analysed;
    const saying = predicatesOf(a.plain, a.names).find((p) => p.speech && !p.negated && p.agent && !inSpan(p.start, a.quotes));
    if (!saying) return { findings: [], evidence: [] };
    const speaker = saying.agent!;
    const acts = claimFacts(ctx).filter(({ fact, outcome }) => outcome.kind === "silent" && fact.start > saying.end && (fact.agent || fact.subject) && !fact.speech && !fact.copula && !fact.negated && !fact.passive && !isLightVerb(fact.lemma) && !inSpan(fact.start, a.quotes));
    if (!acts.length) return { findings: [], evidence: [] };
    const terms = keyTermsIn(a, saying.end);
    const findings: Finding[] = [];
    for (const { fact } of acts) {
      // (only an act after a verb that governs it, "want to", as the source's act follows one too:
      // an act in other words may be a paraphrase, "as frontier labs seek neutral partners" for
      // "as frontier labs recognize that advancing AGI requires truly neutral partners")
      const wanted = governor(a.plain, fact);
      if (!wanted) continue;
      for (const info of ctx.candidates.slice(0, FACT_CANDIDATES)) {
        if (!info.names.some((n) => sameName(n, speaker) && spoke(info.text, n)) || !hasShareOf(info.termSet, terms, SAME_WORDS)) continue;
        // (the claim's act anywhere in the sentence: it may be said in other words around it)
        if (info.termSet.has(termOf(fact.lemma))) continue;
        const theirs = predicatesOf(info.text, info.names).find((p) => !p.speech && !p.negated && !p.copula && sameDoer(fact, p) && !!governor(info.text, p) && relatePredicates(fact.lemma, p.lemma) === "unrelated" && !isLightVerb(p.lemma));
        // (a claim that names the source's act too sets the two against each other: "want to outsource
        // translation rather than hire in-house translators" is the reversed-contrast check's)
        if (!theirs || a.terms.has(termOf(theirs.lemma))) continue;
        const claimed = a.plain.slice(wanted.start, fact.end);
        const written = info.text.slice(governor(info.text, theirs)!.start, theirs.end);
        findings.push({
          kind: "unsupported-part",
          claimed,
          expected: written,
          message: `The sources give ${speaker.text}’s words as “${written}”, not “${claimed}”: “${clip(info.text.trim(), 160)}”`,
          range: ctx.view.rangeInPlain(ctx.claim, wanted.start, fact.end),
          evidence: [ctx.view.citation(info, 1, [])],
        });
        break;
      }
    }
    return { findings, evidence: [], unresolved: findings.length };
  },
};

/** Verbs of preferring, which govern an act as control verbs do ("prefer to outsource"). */
const PREFERRING = new Set(["prefer", "wish", "like", "choose", "opt"]);

/** A verb that governs an act through "to" right before it ("want to", "plans to", "has decided to"), as a lemma. */
function governor(text: string, p: Predicate): { lemma: string; start: number } | undefined {
  const from = Math.max(0, p.start - 24);
  const before = text.slice(from, p.start);
  // (the two words before the act: a verb, then "to")
  const words = before.trimEnd().split(/\s+/);
  const [word, to] = words.slice(-2);
  if (before.length === before.trimEnd().length || words.length < 3 || !/^to$/i.test(to ?? "") || !/^[A-Za-z]+$/.test(word ?? "")) return undefined;
  const verb = lemma(word.toLowerCase(), "verb");
  return CONTROL_LEMMAS.has(verb) || PREFERRING.has(verb) ? { lemma: verb, start: from + before.trimEnd().lastIndexOf(word, before.trimEnd().length - to.length - 1) } : undefined;
}

/** The same doer: the same name, or, where neither names one, the same noun ("many AI labs", "many AI labs"). */
function sameDoer(claim: Predicate, source: Predicate): boolean {
  if (claim.agent || source.agent) return !!claim.agent && !!source.agent && sameName(claim.agent as NameMention, source.agent);
  return !!claim.subject && claim.subject === source.subject;
}
