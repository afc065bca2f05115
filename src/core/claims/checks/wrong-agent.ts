// Another agent: the sources say someone else did it to the same participant ("Microsoft agreed to
// take a stake in Scale AI" where Meta did; "OpenAI hired Alexandr Wang" where Meta did).
import type { ClaimCheck } from "../context";
import { factFinding, findingsForOutcome } from "../fact-findings";
import { doerOf } from "../facts";

export const wrongAgentCheck: ClaimCheck = {
  id: "wrong-agent",
  description: "The sources say someone else did this.",
  stage: "facts",
  run: (ctx) =>
    findingsForOutcome(ctx, "other-agent", (f) => {
      // (in a passive without its doer, the one it happened to: "Jeffreys, not Catherall, was jailed")
      const claimedAgent = doerOf(f.fact);
      const doer = f.outcome.kind === "other-agent" ? doerOf(f.outcome.fact) : undefined;
      if (!claimedAgent || !doer) return undefined;
      const found = factFinding(ctx, f, "agent", (quote) => `Sources say ${doer.text}, not ${claimedAgent.text}: ${quote}`, doer.text);
      // the name is what is wrong: underline it, not the verb
      return found && { ...found, claimed: claimedAgent.text, range: ctx.view.rangeInPlain(ctx.claim, claimedAgent.start, claimedAgent.end) };
    }),
};
