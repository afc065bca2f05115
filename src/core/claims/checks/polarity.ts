// Negation: the sources state the claim's fact with the opposite polarity ("Meta will not take a
// stake" where they say it takes one; "Scale AI is winding down" where it "is not a winding down").
import type { Finding } from "../../types";
import type { CheckOutput, ClaimCheck, ClaimContext } from "../context";
import { claimFacts } from "../facts";
import { factFinding } from "../fact-findings";

export const polarityCheck: ClaimCheck = {
  id: "polarity",
  description: "The sources state the claim's fact with the opposite polarity (negated, or not negated).",
  stage: "facts",
  run(ctx: ClaimContext): CheckOutput {
    const findings: Finding[] = [];
    for (const f of claimFacts(ctx)) {
      if (f.outcome.kind !== "negated") continue;
      const sourceNegates = f.outcome.fact.negated;
      const found = factFinding(ctx, f, "polarity", (quote) => (sourceNegates ? `Sources say this did not happen: ${quote}` : `Sources say this did happen: ${quote}`));
      if (found) findings.push(found);
    }
    return { findings, evidence: [] };
  },
};
