// Opposite predicates: the sources say the same participants did the opposite (sold vs bought,
// expanding vs winding down, stays vs gives up, rose vs fell), from WordNet's antonyms and a
// curated list (meaning/curated.ts).
import type { ClaimCheck } from "../context";
import { factFinding, findingsForOutcome } from "../fact-findings";

export const oppositePredicateCheck: ClaimCheck = {
  id: "opposite-predicate",
  description: "The sources say the opposite happened (sold, not bought; winding down, not expanding).",
  stage: "facts",
  run: (ctx) =>
    findingsForOutcome(ctx, "opposite", (f) => {
      if (f.outcome.kind !== "opposite") return undefined;
      const said = f.outcome.source.text.slice(f.outcome.fact.start, f.outcome.fact.end);
      const claimed = ctx.analysed.plain.slice(f.fact.start, f.fact.end);
      return factFinding(ctx, f, "predicate", (quote) => `Sources say “${said}”, not “${claimed}”: ${quote}`, said);
    }),
};
