// Hover on a claim: verdict, top passages with matched words in bold, the split, links to the source.
// Source text is untrusted: every piece of it is escaped, and links are built only from file URIs.
import { MarkupKind, type Hover, type Position } from "vscode-languageserver";
import type { Citation, ClaimResult, Range, Verdict } from "../core/types";
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
  maxPassages?: number;
}

export function citationLine(c: Citation, ctx: HoverContext): string {
  const title = escapeMarkdown(shorten(c.title || c.source, 80)) + (c.section ? " " + escapeMarkdown(c.section) : "") + (c.page ? `, p. ${c.page}` : "");
  const link = passageLink(ctx.sourceUri(c.source), c.range, c.page);
  const head = link ? `[${title}](${link})` : title;
  return `- **${head}**: ${excerptMarkdown(c.excerpt, c.matched)}`;
}

export function hoverMarkdown(claim: ClaimResult, ctx: HoverContext): string {
  const lines: string[] = [];
  const n = new Set(claim.citations.map((c) => c.key)).size;
  const counted = claim.verdict === "supported" || claim.verdict === "disputed";
  lines.push(`**Groundwork: ${VERDICT_LABEL[claim.verdict]}**${counted && n ? ` · ${sourcesCount(n)}` : ""}`);
  for (const f of claim.findings) {
    let line = `- ${escapeMarkdown(f.message || f.kind)}`;
    if (f.expected && f.kind !== "misquote" && !f.message.includes(f.expected)) line += ` (sources: ${escapeMarkdown(f.expected)}${f.support !== undefined ? `, ${sourcesCount(f.support)}` : ""})`;
    lines.push(line);
  }
  const split = claim.findings.find((f) => f.split && f.split.length > 1)?.split;
  if (split) {
    lines.push("", "**Sources disagree:**");
    for (const v of split) lines.push(`- ${escapeMarkdown(v.value)}: ${sourcesCount(v.support)}${v.keys.length ? ` (${v.keys.slice(0, 4).map(escapeMarkdown).join(", ")})` : ""}`);
  }
  const top = claim.citations.slice(0, ctx.maxPassages ?? 3);
  if (top.length) {
    lines.push("", claim.verdict === "supported" ? "**Supporting passages:**" : "**Closest passages:**");
    for (const c of top) lines.push(citationLine(c, ctx));
  }
  return lines.join("\n");
}

export function hoverFor(results: ClaimResult[], pos: Position, ctx: HoverContext): Hover | null {
  const claim = claimAt(results, pos);
  if (!claim || claim.verdict === "unchecked") return null;
  return { contents: { kind: MarkupKind.Markdown, value: hoverMarkdown(claim, ctx) }, range: claim.range };
}
