// Opposite predicates: the sources say the same participants did the opposite (sold vs bought,
// expanding vs winding down, stays vs gives up, rose vs fell), from WordNet's antonyms and a
// curated list (meaning/curated.ts).
import type { Finding } from "../../types";
import type { CheckOutput, ClaimCheck, ClaimContext } from "../context";
import { claimFacts } from "../facts";
import { factFinding } from "../fact-findings";

export const oppositePredicateCheck: ClaimCheck = {
  id: "opposite-predicate",
  description: "The sources say the opposite happened (sold, not bought; winding down, not expanding).",
  stage: "facts",
  run(ctx: ClaimContext): CheckOutput {
    const findings: Finding[] = [];
    for (const f of claimFacts(ctx)) {
      if (f.outcome.kind !== "opposite") continue;
      const said = f.outcome.source.text.slice(f.outcome.fact.start, f.outcome.fact.end);
      const claimed = ctx.analysed.plain.slice(f.fact.start, f.fact.end);
      const found = factFinding(ctx, f, "predicate", (quote) => `Sources say “${said}”, not “${claimed}”: ${quote}`, said);
      if (found) findings.push(found);
    }
    return { findings, evidence: [] };
  },
};
