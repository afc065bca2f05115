// A lens above each checked claim: its sources, or what the sources say instead.
import type { CodeLens } from "vscode-languageserver";
import type { ClaimResult } from "../core/types";
import { COMMANDS } from "./protocol";
import { shortenAtWord } from "../core/text/clip";

export function shortTitle(title: string, max = 28): string {
  return shortenAtWord(title, max);
}

export function lensTitle(claim: ClaimResult): string {
  const wrong = claim.findings.find((f) => f.expected && f.kind !== "unsupported" && f.kind !== "unsupported-part" && f.kind !== "misquote");
  if (wrong) return `⚠ sources say ${wrong.expected}`;
  if (claim.verdict === "disputed") return "⚠ sources disagree";
  const misquote = claim.findings.find((f) => f.kind === "misquote");
  if (misquote) return "⚠ the sources do not have this quote";
  const mismatch = claim.findings.find((f) => f.kind === "citation-mismatch");
  if (mismatch) return "⚠ the cited source does not support this";
  if (claim.verdict === "contradicted") return "⚠ contradicted by the sources";
  if (claim.verdict === "unsupported") return "? no source supports this";
  const titles: string[] = [];
  for (const c of claim.citations) {
    const t = shortTitle(c.title || c.source);
    if (!titles.includes(t)) titles.push(t);
  }
  if (titles.length === 0) return "✓ supported";
  const shown = titles.slice(0, 2).join(", ");
  return `✓ ${shown}${titles.length > 2 ? ` +${titles.length - 2}` : ""}`;
}

export interface LensArgs {
  uri: string;
  version: number;
  position: { line: number; character: number };
  keys: string[];
}

export function codeLensesFor(results: ClaimResult[], uri: string, version: number): CodeLens[] {
  return results
    .filter((r) => r.verdict !== "unchecked")
    .map((r) => {
      const args: LensArgs = {
        uri,
        version,
        position: r.range.end,
        keys: [...new Set(r.citations.map((c) => c.key))],
      };
      return {
        range: { start: r.range.start, end: r.range.start },
        command: { title: lensTitle(r), command: COMMANDS.insertCitation, arguments: [args] },
      };
    });
}
