// Reversed roles: the sources state the fact with who did it and to whom swapped ("Scale AI is
// taking a stake in Meta" where Meta takes the stake in Scale AI).
import type { Finding } from "../../types";
import type { CheckOutput, ClaimCheck, ClaimContext } from "../context";
import { claimFacts } from "../facts";
import { factFinding } from "../fact-findings";

export const reversedRolesCheck: ClaimCheck = {
  id: "reversed-roles",
  description: "The sources state the fact the other way round: who did it and to whom are swapped.",
  stage: "facts",
  run(ctx: ClaimContext): CheckOutput {
    const findings: Finding[] = [];
    for (const f of claimFacts(ctx)) {
      if (f.outcome.kind !== "reversed" || !f.fact.agent || !f.outcome.fact.agent) continue;
      const doer = f.outcome.fact.agent.text;
      const found = factFinding(ctx, f, "reversed", (quote) => `Sources say ${doer} did this to ${f.fact.agent!.text}, not the reverse: ${quote}`, doer);
      if (found) findings.push(found);
    }
    return { findings, evidence: [] };
  },
};
