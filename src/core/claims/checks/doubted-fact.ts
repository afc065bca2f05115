// A fact the claim calls open that the sources settle: "It remains unconfirmed whether OpenAI is
// winding down its work with Scale AI" where OpenAI confirmed it. The fact matched
// (stated by a source that does not hedge it) makes the claim's doubt wrong; one that hedges it
// ("reportedly") leaves the doubt standing. (A source that denies it outright settles the question
// too: ../facts.ts makes that a denial, which the polarity check reports.)
import type { ClaimCheck } from "../context";
import { factFinding, findingsForOutcome } from "../fact-findings";
import { inSpan } from "../spans";
import { doubted } from "../aspect";


export const doubtedFactCheck: ClaimCheck = {
  id: "doubted-fact",
  description: "The claim says a fact is unclear where the sources state it plainly.",
  stage: "facts",
  run: (ctx) =>
    findingsForOutcome(ctx, "stated", (f) => {
      const { plain, quotes } = ctx.analysed;
      if (f.outcome.kind !== "stated" || f.outcome.fact.hedged || f.outcome.fact.unasserted || inSpan(f.fact.start, quotes)) return undefined;
      if (!doubted(plain, f.fact)) return undefined;
      return factFinding(ctx, f, "polarity", (quote) => `Sources say this plainly: ${quote}`);
    }),
};
