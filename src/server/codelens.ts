// One short lens per paragraph summarising its verdicts ("✓ 4 · ✗ 1 · ? 1"); clicking it lists
// the paragraph's sentences (groundwork.showParagraphClaims). Optional per-sentence marks as inlay
// hints. Sentences still being typed get neither.
import { InlayHintKind, type CodeLens, type InlayHint } from "vscode-languageserver";
import type { ClaimResult, Position, Range, Verdict } from "../core/types";
import { shortenAtWord } from "../core/text/clip";
import { findingSummary } from "./hover";

export const PARAGRAPH_CLAIMS_COMMAND = "groundwork.showParagraphClaims";

export function shortTitle(title: string, max = 28): string {
  return shortenAtWord(title, max);
}

const MARK: Record<Exclude<Verdict, "unchecked">, string> = { supported: "✓", contradicted: "✗", disputed: "⚖", unsupported: "?" };
const ORDER: Exclude<Verdict, "unchecked">[] = ["supported", "contradicted", "disputed", "unsupported"];

/** What one sentence's verdict comes down to, in a few words (the quick pick's description). */
export function claimSummary(claim: ClaimResult): string {
  if (claim.verdict === "supported") {
    const titles = [...new Set(claim.citations.map((c) => shortTitle(c.title || "a source")))];
    return titles.length ? `${titles.slice(0, 2).join(", ")}${titles.length > 2 ? ` +${titles.length - 2}` : ""}` : "supported";
  }
  if (claim.verdict === "unsupported" && claim.findings.every((f) => f.kind === "unsupported")) return "no source supports this";
  return claim.findings.map(findingSummary).find((s) => !!s) ?? claim.verdict;
}

/** "✓ 4 · ✗ 1 · ? 1": how many sentences of each verdict, in a fixed order. */
export function paragraphLensTitle(claims: ClaimResult[]): string {
  return ORDER.map((v) => [MARK[v], claims.filter((c) => c.verdict === v).length] as const)
    .filter(([, n]) => n > 0)
    .map(([mark, n]) => `${mark} ${n}`)
    .join(" · ");
}

/** The first line of the paragraph (run of non-blank lines) holding each line. */
export function paragraphStarts(text: string): number[] {
  const lines = text.split(/\r?\n/);
  const starts: number[] = [];
  let start = 0;
  lines.forEach((line, i) => {
    if (line.trim() === "") start = i + 1;
    starts.push(line.trim() === "" ? i : start);
  });
  return starts;
}

export interface ParagraphClaim {
  range: Range;
  verdict: Verdict;
  text: string;
  summary: string;
}

/** The arguments of the paragraph lens's command. */
export interface ParagraphLensArgs {
  uri: string;
  version: number;
  claims: ParagraphClaim[];
}

/** Where the writer last typed, and when (Date.now()). */
export interface LastEdit {
  position: Position;
  at: number;
}

/** A sentence typed within this long ago is still being written: no lens or mark for it yet. */
export const TYPING_QUIET_MS = 1500;

function contains(range: Range, p: Position): boolean {
  const after = p.line > range.start.line || (p.line === range.start.line && p.character >= range.start.character);
  const before = p.line < range.end.line || (p.line === range.end.line && p.character <= range.end.character);
  return after && before;
}

/**
 * Whether a sentence is still being typed: it holds the last edit and that edit is recent, or it is
 * the draft's last sentence and has no final punctuation yet.
 */
export function isBeingTyped(claim: ClaimResult, lines: string[], lastContentLine: number, lastEdit: LastEdit | undefined, now = Date.now()): boolean {
  if (lastEdit && now - lastEdit.at < TYPING_QUIET_MS && contains(claim.range, lastEdit.position)) return true;
  const { line, character } = claim.range.end;
  const endsDocument = line >= lastContentLine && (lines[line] ?? "").slice(character).trim() === "";
  return endsDocument && !/[.!?…]["'”’)]*$/.test(withoutTrailingCitations(claim.text));
}

/** "It grew.[^a] [@b]" -> "It grew." (a loop, not a regex: no backtracking on long runs of spaces). */
function withoutTrailingCitations(text: string): string {
  let t = text.trimEnd();
  while (t.endsWith("]")) {
    const open = t.lastIndexOf("[");
    if (open < 0) break;
    t = t.slice(0, open).trimEnd();
  }
  return t;
}

/** The sentences a person should see marks for: checked, and not being typed. */
export function settledClaims(results: ClaimResult[], text: string, lastEdit?: LastEdit, now = Date.now()): ClaimResult[] {
  const lines = text.split(/\r?\n/);
  let lastContentLine = lines.length - 1;
  while (lastContentLine > 0 && lines[lastContentLine]!.trim() === "") lastContentLine--;
  return results.filter((r) => r.verdict !== "unchecked" && !isBeingTyped(r, lines, lastContentLine, lastEdit, now));
}

export function codeLensesFor(results: ClaimResult[], text: string, uri: string, version: number, lastEdit?: LastEdit, now = Date.now()): CodeLens[] {
  const starts = paragraphStarts(text);
  const paragraphs = new Map<number, ClaimResult[]>();
  for (const claim of settledClaims(results, text, lastEdit, now)) {
    const line = starts[claim.range.start.line] ?? claim.range.start.line;
    const list = paragraphs.get(line) ?? [];
    list.push(claim);
    paragraphs.set(line, list);
  }
  return [...paragraphs].map(([line, claims]) => {
    const args: ParagraphLensArgs = { uri, version, claims: claims.map((c) => ({ range: c.range, verdict: c.verdict, text: c.text, summary: claimSummary(c) })) };
    const at = { line, character: 0 };
    return { range: { start: at, end: at }, command: { title: paragraphLensTitle(claims), command: PARAGRAPH_CLAIMS_COMMAND, arguments: [args] } };
  });
}

/** A mark after each settled sentence (the groundwork.sentenceMarks setting). */
export function sentenceMarks(results: ClaimResult[], text: string, range: Range, lastEdit?: LastEdit, now = Date.now()): InlayHint[] {
  return settledClaims(results, text, lastEdit, now)
    .filter((c) => c.range.end.line >= range.start.line && c.range.start.line <= range.end.line)
    .map((c) => ({
      position: c.range.end,
      label: MARK[c.verdict as Exclude<Verdict, "unchecked">],
      kind: InlayHintKind.Parameter,
      paddingLeft: true,
      tooltip: claimSummary(c),
    }));
}
