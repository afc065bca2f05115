// How a meaning check reports a source fact that says otherwise: the claim's words it is about,
// the source sentence, and a citation of it.
import type { Finding, FindingKind } from "../types";
import type { ClaimContext } from "./context";
import type { ClaimFact } from "./facts";
import { clip } from "./spans";

export function factFinding(ctx: ClaimContext, claimFact: ClaimFact, kind: FindingKind, message: (sourceText: string) => string, expected?: string): Finding | undefined {
  const { outcome, fact } = claimFact;
  if (outcome.kind === "stated" || outcome.kind === "silent") return undefined;
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
