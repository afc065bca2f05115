// Stable diagnostic codes, one per kind of finding, shared by the CLI, SARIF and the editor.
import type { FindingKind } from "../types";

export type FindingCode =
  | "contradicted"
  | "disputed"
  | "unsupported"
  | "misquote"
  | "wrong-person"
  | "wrong-role"
  | "citation-mismatch"
  | "unsupported-part";

export const FINDING_CODES: readonly FindingCode[] = ["contradicted", "disputed", "unsupported", "misquote", "wrong-person", "wrong-role", "citation-mismatch", "unsupported-part"];

export function codeOf(kind: FindingKind): FindingCode {
  switch (kind) {
    case "number":
    case "date":
      return "contradicted";
    case "person":
      return "wrong-person";
    case "role":
      return "wrong-role";
    default:
      return kind;
  }
}

export type Severity = "error" | "warning" | "information" | "hint" | "off";

export const DEFAULT_SEVERITY: Record<FindingCode, Severity> = {
  contradicted: "error",
  misquote: "error",
  "wrong-person": "error",
  "wrong-role": "error",
  disputed: "warning",
  "citation-mismatch": "warning",
  unsupported: "information",
  "unsupported-part": "information",
};
