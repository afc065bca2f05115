// The verdict of a claim from its findings and its support.
import type { ClaimResult, Finding } from "../types";

export type Verdict = ClaimResult["verdict"];

/** Findings that contradict the claim (not a dispute, not a lack of support). */
export function contradicts(f: Finding): boolean {
  return f.kind !== "disputed" && f.kind !== "unsupported" && f.kind !== "unsupported-part";
}

/**
 * Contradicted when any finding contradicts it; disputed when sources disagree about one of its
 * values; supported when passages support it and nothing is left unresolved; else unsupported.
 */
export function decideVerdict(findings: readonly Finding[], supported: boolean, unresolved: number): Verdict {
  if (findings.some(contradicts)) return "contradicted";
  if (findings.some((f) => f.kind === "disputed")) return "disputed";
  if (supported && unresolved === 0) return "supported";
  return "unsupported";
}
