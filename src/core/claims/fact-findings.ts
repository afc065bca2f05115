// How a meaning check reports a source fact that says otherwise: the claim's words it is about,
// the source sentence, and a citation of it.
import type { Finding, FindingKind } from "../types";
import type { CheckOutput, ClaimContext } from "./context";
import { claimFacts, type ClaimFact, type FactOutcome } from "./facts";
import { clip } from "./spans";

/** Outcomes that contradict the claim's fact. */
export const CONTRADICTING = new Set<FactOutcome["kind"]>(["negated", "opposite", "reversed", "other-agent"]);

export function factFinding(ctx: ClaimContext, claimFact: ClaimFact, kind: FindingKind, message: (sourceText: string) => string, expected?: string): Finding | undefined {
  const { outcome, fact } = claimFact;
  // (a statement too: a claim may be wrong to doubt it, checks/doubted-fact.ts)
  if (outcome.kind === "silent") return undefined;
  const { view, claim } = ctx;
  const source = outcome.source;
  return {
    kind,
    claimed: ctx.analysed.plain.slice(fact.start, fact.end),
    ...(expected ? { expected } : {}),
    support: 1,
    message: message(`“${clip(source.text.trim(), 160)}”`),
    range: view.rangeInPlain(claim, fact.start, fact.end),
    evidence: [view.citation(source, 1, [])],
  };
}

/** A meaning check's run: one finding per fact of the claim whose outcome is `kind`. */
export function findingsForOutcome(ctx: ClaimContext, kind: FactOutcome["kind"], report: (fact: ClaimFact) => Finding | undefined): CheckOutput {
  const findings: Finding[] = [];
  for (const f of claimFacts(ctx)) {
    if (f.outcome.kind !== kind) continue;
    const found = report(f);
    if (found) findings.push(found);
  }
  return { findings, evidence: [] };
}
