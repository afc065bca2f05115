// Reversed roles: the sources state the fact with who did it and to whom swapped ("Scale AI is
// taking a stake in Meta" where Meta takes the stake in Scale AI).
import type { ClaimCheck } from "../context";
import { factFinding, findingsForOutcome } from "../fact-findings";

export const reversedRolesCheck: ClaimCheck = {
  id: "reversed-roles",
  description: "The sources state the fact the other way round: who did it and to whom are swapped.",
  stage: "facts",
  run: (ctx) =>
    findingsForOutcome(ctx, "reversed", (f) => {
      const claimedAgent = f.fact.agent;
      const doer = f.outcome.kind === "reversed" ? f.outcome.fact.agent : undefined;
      if (!claimedAgent || !doer) return undefined;
      return factFinding(ctx, f, "reversed", (quote) => `Sources say ${doer.text} did this to ${claimedAgent.text}, not the reverse: ${quote}`, doer.text);
    }),
};
