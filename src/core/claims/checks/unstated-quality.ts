// What the claim says a thing is like, where no source read says it: "Google's business is weak" passes
// on its other words ("Google", "business") in sentences about Scale AI's business, but "weak" is
// the whole predicate and no candidate sentence uses it. A copula's adjective that no fact
// matched and no candidate has is an unsupported part. (An opposite adjective said of the same
// thing is a contradiction, found with the facts: "remains strong".)
import type { Finding } from "../../types";
import type { ClaimCheck } from "../context";
import { claimFacts, FACT_CANDIDATES } from "../facts";
import { inSpan } from "../spans";
import { termOf } from "../../text/tokens";
import { tagSentence } from "../../meaning/tagger";

export const unstatedQualityCheck: ClaimCheck = {
  id: "unstated-quality",
  description: "The claim says something is so (an adjective after 'is') where no source read uses that word.",
  stage: "facts",
  run(ctx) {
    const findings: Finding[] = [];
    const a = ctx.analysed;
    for (const { fact, outcome } of claimFacts(ctx)) {
      if (!fact.copula || outcome.kind !== "silent" || inSpan(fact.start, a.quotes)) continue;
      // (an adjective: a noun may be said in other words, "the younger sister" where "two siblings")
      if (tagSentence(a.plain).find((t) => t.end === fact.end)?.pos !== "ADJ") continue;
      const word = termOf(fact.lemma);
      if (ctx.candidates.slice(0, FACT_CANDIDATES).some((info) => info.termSet.has(word))) continue;
      const words = a.plain.slice(fact.start, fact.end);
      findings.push({ kind: "unsupported-part", claimed: words, message: `No source says so (“${words}”).`, range: ctx.view.rangeInPlain(ctx.claim, fact.start, fact.end) });
    }
    return { findings, evidence: [], unresolved: findings.length };
  },
};
