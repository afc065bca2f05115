// The passage that shares a claim's words denies its act: "Droege told staff and customers that the
// Meta deal marks a winding down of Scale AI" where Droege wrote "this is not a pivot or a winding
// down" to customers. The source names no participant ("this"), so the facts cannot say it denies
// the claim; but a passage with most of the claim's words that has the claim's very act with the other
// polarity earns no tick either: an unsupported part, quoting the words. (Not a contradiction: the
// source's act may be about something else. Only an affirmed claim against a denial written as a
// verb or a copula: a noun's "request for comment" and a light verb's "get better" deny nothing, and
// a denied claim's act is affirmed in too many passages about other things.)
import type { Finding } from "../../types";
import { hasShareOf, keyTermsIn, type ClaimCheck } from "../context";
import { claimFacts, FACT_CANDIDATES } from "../facts";
import { clip, inSpan } from "../spans";
import { isLightVerb, predicatesOf } from "../../meaning/facts";
import { tagSentence } from "../../meaning/tagger";
import { relatePredicates } from "../../meaning/lexicon";

/** Share of the claim's key words the passage must have to be the one its words are taken from. */
const PASSAGE_COVERAGE = 0.5;

/** The word at `start` is a verb (not an event noun: "request for comment"). */
function writtenAsVerb(text: string, start: number): boolean {
  const t = tagSentence(text).find((x) => x.start === start);
  return t?.pos === "VERB" || t?.pos === "AUX";
}

export const polarityInPassageCheck: ClaimCheck = {
  id: "polarity-in-passage",
  description: "The passage with the claim's words has its act with the other polarity.",
  stage: "facts",
  run(ctx) {
    const a = ctx.analysed;
    const findings: Finding[] = [];
    const terms = keyTermsIn(a, 0);
    for (const { fact, outcome } of claimFacts(ctx)) {
      if (outcome.kind !== "silent" || fact.negated || fact.hedged || fact.unasserted || fact.speech || isLightVerb(fact.lemma) || inSpan(fact.start, a.quotes)) continue;
      for (const info of ctx.candidates.slice(0, FACT_CANDIDATES)) {
        if (!hasShareOf(info.termSet, terms, PASSAGE_COVERAGE)) continue;
        const other = predicatesOf(info.text, info.names).find((p) => p.negated && !p.hedged && !p.unasserted && !!p.copula === !!fact.copula && relatePredicates(p.lemma, fact.lemma) === "same" && (p.copula || writtenAsVerb(info.text, p.start)));
        if (!other) continue;
        const words = a.plain.slice(fact.start, fact.end);
        findings.push({
          kind: "unsupported-part",
          claimed: words,
          message: `The passage with these words says the opposite of “${words}”: “${clip(info.text.trim(), 160)}”`,
          range: ctx.view.rangeInPlain(ctx.claim, fact.start, fact.end),
          evidence: [ctx.view.citation(info, 1, [])],
        });
        break;
      }
    }
    return { findings, evidence: [], unresolved: findings.length };
  },
};
