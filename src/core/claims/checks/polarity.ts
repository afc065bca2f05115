// Negation: the sources state the claim's fact with the opposite polarity ("Meta will not take a
// stake" where they say it takes one; "Scale AI is winding down" where it "is not a winding down").
import type { ClaimCheck } from "../context";
import { doubted } from "../aspect";
import { factFinding, findingsForOutcome } from "../fact-findings";

export const polarityCheck: ClaimCheck = {
  id: "polarity",
  description: "The sources state the claim's fact with the opposite polarity (negated, or not negated).",
  stage: "facts",
  run: (ctx) =>
    findingsForOutcome(ctx, "negated", (f) =>
      factFinding(ctx, f, "polarity", (quote) =>
        // (a claim that calls it open: the sources settle it)
        doubted(ctx.analysed.plain, f.fact) ? `Sources settle this: ${quote}` : f.outcome.kind === "negated" && f.outcome.fact.negated ? `Sources say this did not happen: ${quote}` : `Sources say this did happen: ${quote}`,
      ),
    ),
};
