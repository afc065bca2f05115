// A fact of the claim that no source states, where the words alone would pass for support: the
// sources give its doer the same act on another participant ("Wang is leaving Meta to join Scale
// AI" where he is leaving Scale AI to join Meta), or the claim denies an act between two
// participants that the sources relate otherwise and never deny ("Meta does not own any part of
// Scale AI" where "Meta took a 49% stake in Scale AI"). Reported as an unsupported part, not a
// contradiction: doing something to one does not rule out doing it to another, and a stake is not
// ownership word for word. Or the sources give the fact only as a concern, a fear or a rumour
// ("the deal raised concerns that Meta would be able to access …"), or deny it with the roles
// reversed ("Nimbus would not share data with Quarry" for "Quarry shares data with Nimbus"), or
// state it only on the other side of the same event ("after the Meta deal" where "before"), or
// give it to someone of the claim's doer ("Scale AI, whose founder is joining Meta").
import type { Finding } from "../../types";
import type { ClaimCheck } from "../context";
import { factFinding } from "../fact-findings";
import { claimFacts, mainPatients } from "../facts";

export const unstatedFactCheck: ClaimCheck = {
  id: "unstated-fact",
  description: "No source states the claim's fact: they give its doer the same act on another participant, or never deny what the claim denies.",
  stage: "facts",
  run(ctx) {
    const findings: Finding[] = [];
    for (const f of claimFacts(ctx)) {
      let found: Finding | undefined;
      if (f.outcome.kind === "other-patient") {
        const theirs = mainPatients(f.fact).map((n) => n.text).join(" and ");
        found = factFinding(ctx, f, "unsupported-part", (quote) => `No source says this of ${theirs}: ${quote}`);
      } else if (f.outcome.kind === "undenied") found = factFinding(ctx, f, "unsupported-part", (quote) => `No source says this is not so; they say ${quote}`);
      else if (f.outcome.kind === "other-time") {
        const { side } = f.outcome;
        found = factFinding(ctx, f, "unsupported-part", (quote) => `Sources say this happened ${side}, not ${side === "before" ? "after" : "before"}: ${quote}`);
      } else if (f.outcome.kind === "reversed-denied") found = factFinding(ctx, f, "unsupported-part", (quote) => `No source says this; they deny it the other way round: ${quote}`);
      else if (f.outcome.kind === "other-act") found = factFinding(ctx, f, "unsupported-part", (quote) => `No source says this; they say it is ending: ${quote}`);
      else if (f.outcome.kind === "different-act") {
        const { source, fact } = f.outcome;
        found = factFinding(ctx, f, "unsupported-part", (quote) => `No source says this; they say “${source.text.slice(fact.start, fact.end)}”: ${quote}`);
      }
      else if (f.outcome.kind === "owned-doer") {
        const { source, fact } = f.outcome;
        const doer = f.fact.agent!.text;
        found = factFinding(ctx, f, "unsupported-part", (quote) => `No source says this of ${doer}; they say it of its ${fact.subject ?? "own people"}: ${quote}`);
      } else if (f.outcome.kind === "already-done") found = factFinding(ctx, f, "unsupported-part", (quote) => `Sources say this has already happened or begun, not that it is still to come: ${quote}`);
      else if (f.outcome.kind === "unasserted") {
        const noun = f.outcome.fact.unasserted;
        found = factFinding(ctx, f, "unsupported-part", (quote) => `Sources give this only as ${/^[aeiou]/i.test(noun ?? "") ? "an" : "a"} ${noun}, not as fact: ${quote}`);
      }
      if (found) findings.push(found);
    }
    return { findings, evidence: [], unresolved: findings.length };
  },
};
