// Another agent: the sources say someone else did it to the same participant ("Microsoft agreed to
// take a stake in Scale AI" where Meta did; "OpenAI hired Alexandr Wang" where Meta did).
import type { Finding } from "../../types";
import type { CheckOutput, ClaimCheck, ClaimContext } from "../context";
import { claimFacts } from "../facts";
import { factFinding } from "../fact-findings";

export const wrongAgentCheck: ClaimCheck = {
  id: "wrong-agent",
  description: "The sources say someone else did this.",
  stage: "facts",
  run(ctx: ClaimContext): CheckOutput {
    const findings: Finding[] = [];
    for (const f of claimFacts(ctx)) {
      if (f.outcome.kind !== "other-agent" || !f.fact.agent || !f.outcome.fact.agent) continue;
      const doer = f.outcome.fact.agent.text;
      const claimedAgent = f.fact.agent;
      const found = factFinding(ctx, f, "agent", (quote) => `Sources say ${doer}, not ${claimedAgent.text}: ${quote}`, doer);
      if (found) findings.push({ ...found, claimed: claimedAgent.text, range: ctx.view.rangeInPlain(ctx.claim, claimedAgent.start, claimedAgent.end) });
    }
    return { findings, evidence: [] };
  },
};
