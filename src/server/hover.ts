// Hover on a claim: the verdict and what the sources say, the passage that decides it (title,
// publisher, date; matched words in bold), a "more" link to every passage.
// Source text is untrusted: every piece of it is escaped, and links are built only from file URIs.
import { MarkupKind, type Hover, type Position } from "vscode-languageserver";
import type { Citation, ClaimResult, Finding, Range, SourceUnit, Verdict } from "../core/types";
import { sourcesCount } from "./diagnostics";
import { shorten } from "../core/text/clip";

/** Escape every ASCII punctuation character that Markdown or HTML could give meaning to. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n\t]+/g, " ")
    .replace(/[\\`*_{}[\]()#+\-.!|<>&~"'=:$%^@;,?/]/g, "\\$&");
}

export function contains(range: Range, pos: Position): boolean {
  const afterStart = pos.line > range.start.line || (pos.line === range.start.line && pos.character >= range.start.character);
  const beforeEnd = pos.line < range.end.line || (pos.line === range.end.line && pos.character <= range.end.character);
  return afterStart && beforeEnd;
}

export function claimAt(results: ClaimResult[], pos: Position): ClaimResult | undefined {
  return results.find((r) => contains(r.range, pos));
}

const VERDICT_LABEL: Record<Verdict, string> = {
  supported: "✓ Supported",
  contradicted: "✗ Contradicted",
  disputed: "⚖ Disputed",
  unsupported: "? Unsupported",
  unchecked: "· Not checked",
};


/** The excerpt, escaped, with the claim's matched words in bold. */
export function excerptMarkdown(excerpt: string, matched: string[] | undefined, max = 320): string {
  const text = shorten(excerpt, max);
  const words = new Set((matched ?? []).map((w) => w.toLowerCase()).filter((w) => w.length > 0));
  if (words.size === 0) return escapeMarkdown(text);
  // Split into word and non-word runs; bold a word run when it (lower-cased) is a matched word.
  const parts = text.split(/([\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*)/u);
  return (
    parts
      .map((part, i) => {
        if (part === "") return "";
        const isWord = i % 2 === 1;
        const esc = escapeMarkdown(part);
        return isWord && words.has(part.toLowerCase()) ? `**${esc}**` : esc;
      })
      .join("")
      // "**Scale** **AI**" -> "**Scale AI**"
      .replace(/\*\* \*\*/g, " ")
  );
}

/** A link target that opens the source at the passage: a file URI with a #L line fragment. */
export function passageLink(sourceUri: string, range: Range, page?: number): string {
  // Only file: URIs, percent-encode anything that could end the Markdown link target.
  if (!sourceUri.startsWith("file:")) return "";
  const safe = sourceUri.replace(/[()<>\s\\]/g, (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0"));
  // a PDF opens in a PDF viewer, which reads "#page=N"; a line means nothing there
  return page ? `${safe}#page=${page}` : `${safe}#L${range.start.line + 1}`;
}

export interface HoverContext {
  sourceUri(relFile: string): string;
  /** The source unit of a citation key: its title, publisher and date (keys are never shown). */
  unit?(key: string): Pick<SourceUnit, "title" | "section" | "publisher" | "date"> | undefined;
  /** The draft's URI: with it the hover ends with a "more" link listing every passage of the claim. */
  uri?: string;
  /**
   * Whether the editor shows this finding's diagnostic above the hover (the pointer is on its range
   * and its severity is not off): its message is then not said again.
   */
  shownAbove?(finding: Finding): boolean;
}

/** The command behind the hover's "more" link (the client trusts exactly this command in hovers). */
export const MORE_COMMAND = "groundwork.showClaimSources";

/** A source as a person reads it: its title (and digest section), never its key. */
function titleOf(key: string, ctx: HoverContext, fallback?: string): string {
  const u = ctx.unit?.(key);
  return u ? u.title + (u.section ? " " + u.section : "") : (fallback ?? "another source");
}

/** The finding in a few words: what it is about (quoted) and what the sources say. The passage follows. */
export function findingSummary(f: Finding): string | undefined {
  switch (f.kind) {
    case "unsupported":
      return undefined; // the verdict says it
    case "number":
    case "date":
      return f.expected ? `“${f.claimed}”: sources say ${f.expected}${f.support !== undefined ? ` (${sourcesCount(f.support)})` : ""}` : f.message;
    case "disputed":
      return `“${f.claimed}”: sources disagree`;
    case "misquote":
      return `${shorten(f.claimed, 80)}: no source has these words`;
    default: {
      // the messages quote the source sentence after ": “"; the hover shows that passage below
      const cut = f.message.indexOf(": “");
      return cut > 0 && f.kind !== "unsupported-part" ? f.message.slice(0, cut) : f.message;
    }
  }
}

/**
 * The passage a person should read first: the one that gives the sources' value, else the best
 * ranked one that has the claim's figures (the best ranked one may speak of the story, not the figure).
 */
function decidingPassage(claim: ClaimResult): Citation | undefined {
  for (const f of claim.findings) if (f.evidence?.length) return f.evidence[0];
  const figures = claim.text.match(/\d+(?:[.,]\d+)*/g) ?? [];
  const has = (c: Citation) => figures.filter((n) => c.excerpt.includes(n)).length;
  return claim.citations.reduce<Citation | undefined>((best, c) => (!best || has(c) > has(best) ? c : best), undefined);
}

const WORD = /[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*/gu;
const MINOR = new Set(["the", "and", "for", "with", "that", "this", "its", "was", "were", "has", "had", "have", "are", "from", "into", "than", "not"]);

/** Words to bold in a passage: the engine's matched words, else the claim's own words and the sources' value. */
function boldWords(c: Citation, claim: ClaimResult): string[] {
  if (c.matched?.length) return c.matched;
  const text = [claim.text, ...claim.findings.map((f) => f.expected ?? "")].join(" ");
  return (text.match(WORD) ?? []).filter((w) => (w.length >= 3 || /\d/.test(w) || /^\p{Lu}{2}$/u.test(w)) && !MINOR.has(w.toLowerCase()));
}

function passageBlock(c: Citation, claim: ClaimResult, ctx: HoverContext): string[] {
  const u = ctx.unit?.(c.key);
  const title = escapeMarkdown(shorten(c.title || titleOf(c.key, ctx), 80)) + (c.section ? " " + escapeMarkdown(c.section) : "") + (c.page ? `, p. ${c.page}` : c.heading ? `, § ${escapeMarkdown(c.heading.text)}` : "");
  const link = passageLink(ctx.sourceUri(c.source), c.range, c.page);
  const byline = [link ? `[${title}](${link})` : title, u?.publisher ? escapeMarkdown(u.publisher) : "", u?.date ? escapeMarkdown(u.date) : ""].filter(Boolean).join(" · ");
  return [`> ${excerptMarkdown(c.excerpt, boldWords(c, claim))}`, ">", `> — ${byline}`];
}

/**
 * One hover: the verdict and what the sources say first, then the passage that decides it, then a
 * "more" link to every passage. A finding whose diagnostic the editor shows above is not repeated.
 */
export function hoverMarkdown(claim: ClaimResult, ctx: HoverContext): string {
  const lines: string[] = [];
  const n = new Set(claim.citations.map((c) => c.key)).size;
  const summaries = claim.findings.filter((f) => !ctx.shownAbove?.(f)).map(findingSummary).filter((x): x is string => !!x);
  const head = `**Groundwork: ${VERDICT_LABEL[claim.verdict]}**`;
  if (claim.verdict === "supported") lines.push(`${head}${n ? ` · ${sourcesCount(n)}` : ""}`);
  else lines.push(`${head}${summaries[0] ? ` · ${escapeMarkdown(summaries[0])}` : ""}`);
  for (const s of summaries.slice(1, 3)) lines.push("", escapeMarkdown(s));
  const split = claim.findings.find((f) => f.split && f.split.length > 1 && f.kind === "disputed")?.split;
  if (split) {
    lines.push("");
    for (const v of split.slice(0, 4)) {
      const names = [...new Set(v.keys.map((k) => shorten(titleOf(k, ctx), 48)))];
      lines.push(`- ${escapeMarkdown(v.value)}: ${sourcesCount(v.support)}${names.length ? ` (${names.slice(0, 3).map(escapeMarkdown).join("; ")}${names.length > 3 ? "; …" : ""})` : ""}`);
    }
  }
  const passage = decidingPassage(claim);
  if (passage) lines.push("", ...passageBlock(passage, claim, ctx));
  const others = new Set(claim.citations.map((c) => c.key));
  if (passage) others.delete(passage.key);
  if (ctx.uri && claim.citations.length) {
    const args = encodeURIComponent(JSON.stringify([{ uri: ctx.uri, position: claim.range.start }]));
    lines.push("", `[more…](command:${MORE_COMMAND}?${args} "Every passage for this claim")${others.size ? ` · ${others.size} other source${others.size === 1 ? "" : "s"}` : ""}`);
  }
  return lines.join("\n");
}

/**
 * The hover at a position. `published` says whether a finding has a diagnostic (its severity is not
 * off): VS Code shows a diagnostic's message above the hover when the pointer is on its range.
 */
export function hoverFor(results: ClaimResult[], pos: Position, ctx: HoverContext, published?: (f: Finding) => boolean): Hover | null {
  const claim = claimAt(results, pos);
  if (!claim || claim.verdict === "unchecked") return null;
  const shownAbove = published && ((f: Finding) => published(f) && contains(f.range ?? claim.range, pos));
  return { contents: { kind: MarkupKind.Markdown, value: hoverMarkdown(claim, shownAbove ? { ...ctx, shownAbove } : ctx) }, range: claim.range };
}
