// Reversed roles: the sources state the fact with who did it and to whom swapped ("Scale AI is
// taking a stake in Meta" where Meta takes the stake in Scale AI). What someone is, the other way
// round ("Scale AI is Meta's largest customer" where Meta is one of Scale AI's), is only unstated:
// both may hold.
import type { Finding } from "../../types";
import type { ClaimCheck } from "../context";
import { factFinding } from "../fact-findings";
import { claimFacts } from "../facts";

export const reversedRolesCheck: ClaimCheck = {
  id: "reversed-roles",
  description: "The sources state the fact the other way round: who did it and to whom are swapped.",
  stage: "facts",
  run(ctx) {
    const findings: Finding[] = [];
    let unresolved = 0;
    for (const f of claimFacts(ctx)) {
      const claimedAgent = f.fact.agent;
      const doer = f.outcome.kind === "reversed" ? f.outcome.fact.agent : undefined;
      if (!claimedAgent || !doer) continue;
      const found = f.fact.copula
        ? factFinding(ctx, f, "unsupported-part", (quote) => `No source says ${copulaWords(claimedAgent.text, ctx.analysed.plain.slice(f.fact.start, f.fact.end))}; they say it the other way round: ${quote}`)
        : factFinding(ctx, f, "reversed", (quote) => `Sources say ${doer.text} did this to ${claimedAgent.text}, not the reverse: ${quote}`, doer.text);
      if (!found) continue;
      findings.push(found);
      if (found.kind === "unsupported-part") unresolved++;
    }
    return { findings, evidence: [], unresolved };
  },
};

/** What the claim says its doer is: "“Scale AI is one of Meta's customers”", or, for a phrase without its verb ("Google's biggest client is Scale AI"), "Scale AI is “Google's biggest client”". */
function copulaWords(doer: string, span: string): string {
  return /^(?:is|was|are|were|been|remains?|remained|has been|had been|will be|became|becomes)\b/i.test(span) ? `“${doer} ${span}”` : `${doer} is “${span}”`;
}
