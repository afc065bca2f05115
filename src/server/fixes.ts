// The replacement a quick fix offers for a wrong value, only when it cannot add an error: the
// fixed sentence, re-checked with the same engine, is neither contradicted nor disputed; the
// sources' value is not a figure the sentence already gives for something else; someone's words
// move to another person only when the sources attribute them to that person; a hedge ("about")
// stays unless it is the error.
import type { TextEdit } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { findNames } from "../core/entities/names";
import { HEDGE_WORDS } from "../core/quantities/hedges";
import type { ClaimResult, Finding } from "../core/types";

export interface FixContext {
  recheck(sentence: string): ClaimResult[];
  attributesTo(speaker: string, statement: string): boolean;
}

const REPLACEABLE = new Set<Finding["kind"]>(["number", "date", "person", "role", "disputed"]);

const HEDGE_PREFIX = new RegExp(
  "^(" +
    Object.keys(HEDGE_WORDS)
      .sort((a, b) => b.length - a.length)
      .map((h) => h.replace(/[.~]/g, "\\$&").replace(/ /g, "\\s+"))
      .join("|") +
    ")\\s+",
  "i",
);

/** A sentence that reports speech: its person is the speaker of its words. */
const SPEECH = /["“”]|\b(?:said|says|say|told|tells|stated|states|wrote|writes|signall?ed|suggested|announced|added|noted|claimed|argued|explained|insisted|according to)\b/i;

const normalise = (s: string) => s.replace(/\s+/g, " ").trim().toLowerCase();

export function safeReplacement(doc: TextDocument, claim: ClaimResult, f: Finding, ctx: FixContext): TextEdit | undefined {
  if (f.kind === "misquote") return quoteReplacement(doc, claim, f, ctx);
  if (!f.expected || !f.range || !REPLACEABLE.has(f.kind)) return undefined;
  const claimStart = doc.offsetAt(claim.range.start);
  let start = doc.offsetAt(f.range.start) - claimStart;
  const end = doc.offsetAt(f.range.end) - claimStart;
  if (start < 0 || end > claim.text.length || start >= end) return undefined;
  const claimed = claim.text.slice(start, end);
  const expected = f.expected.trim();

  // "about $300 million" -> "about $200 million": the hedge stays unless only the hedge is wrong
  const hedge = HEDGE_PREFIX.exec(claimed);
  if (hedge && !HEDGE_PREFIX.test(expected) && normalise(claimed.slice(hedge[0].length)) !== normalise(expected)) start += hedge[0].length;

  const fixed = claim.text.slice(0, start) + expected + claim.text.slice(end);
  const rest = claim.text.slice(0, start) + " " + claim.text.slice(end);
  // the sources' value is another figure of this very sentence: the finding took one for the other
  if (f.kind !== "person" && f.kind !== "role" && new RegExp(`(^|[^\\p{L}\\p{N}.,])${escapeRe(expected)}($|[^\\p{L}\\p{N}])`, "u").test(rest)) return undefined;
  // someone's words go to another speaker only when the sources say that speaker said them
  if (f.kind === "person" && SPEECH.test(claim.text) && !ctx.attributesTo(expected, claim.text)) return undefined;
  if (ctx.recheck(fixed).some((r) => r.verdict === "contradicted" || r.verdict === "disputed")) return undefined;
  return { range: { start: doc.positionAt(claimStart + start), end: f.range.end }, newText: expected };
}

const QUOTED = /["“”]([^"“”]{3,})["“”]/g;

/**
 * A misquote gets the source's wording only when the closest passage quotes one span and names
 * the draft's speaker: "Droege wrote that “Scale remains an independent company with no plans to
 * change.”" -> "…“Scale remains, unequivocally, an independent company.”" when the source says
 * "“Scale remains, unequivocally, an independent company,” Droege wrote."
 */
function quoteReplacement(doc: TextDocument, claim: ClaimResult, f: Finding, ctx: FixContext): TextEdit | undefined {
  if (!f.expected || !f.range) return undefined;
  const spans = [...f.expected.matchAll(QUOTED)];
  if (spans.length !== 1) return undefined;
  const claimStart = doc.offsetAt(claim.range.start);
  const start = doc.offsetAt(f.range.start) - claimStart;
  const end = doc.offsetAt(f.range.end) - claimStart;
  const claimed = claim.text.slice(start, end);
  // the draft's own quotation marks and closing punctuation stay; the words inside change
  const inner = /^(["“]?)([\s\S]*?)([.!?,]?)(["”]?)$/.exec(claimed);
  if (!inner || !inner[2].trim()) return undefined;
  const words = spans[0]![1]!.trim().replace(/[,;:]$/, "").replace(/[.!?]$/, "");
  // the speaker: a name of the sentence outside the quote, which the source's passage names too
  const outside = claim.text.slice(0, start) + " " + claim.text.slice(end);
  const passage = f.expected.replace(QUOTED, " ");
  const speakers = findNames(outside).filter((n) => n.core.length >= 1 && passage.includes(n.core[n.core.length - 1]!));
  if (!speakers.length) return undefined;
  const replacement = `${inner[1]}${words}${inner[3] || (/[.!?]$/.test(spans[0]![1]!.trim()) ? spans[0]![1]!.trim().slice(-1) : "")}${inner[4]}`;
  const fixed = claim.text.slice(0, start) + replacement + claim.text.slice(end);
  if (ctx.recheck(fixed).some((r) => r.verdict !== "supported")) return undefined;
  return { range: f.range, newText: replacement };
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
