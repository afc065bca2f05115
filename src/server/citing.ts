// Text edits that cite a source after a claim, in the configured style, and the ignore marker.
import type { TextEdit } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { Citation, ClaimResult, SourceUnit } from "../core/types";
import type { CitationStyle } from "./protocol";

export const IGNORE_MARKER = "<!-- groundwork-ignore -->";

export interface CiteItem {
  claim: ClaimResult;
  unit: SourceUnit;
  citation: Citation;
}

/** True when the claim text already carries a citation marker. */
export function hasCitation(text: string): boolean {
  return /\[\^[^\]\s]+\]|\[[^\]]*@[\w:.#$%&\-+?<>~/]+[^\]]*\]|\]\([^)]+\)/.test(text);
}

function definitionText(unit: SourceUnit): string {
  const parts = [unit.title || unit.file];
  if (unit.section) parts[0] += ` ${unit.section}`;
  for (const p of [unit.author, unit.publisher, unit.date]) if (p) parts.push(p);
  let def = parts.join(", ") + ".";
  if (unit.url) def += ` <${unit.url}>`;
  return def;
}

/** Offset of the place where an inline citation goes: before the sentence's final punctuation. */
function beforeFinalPunctuation(text: string): number {
  const m = /[.!?]["'”’)\]]*\s*$/.exec(text);
  return m ? m.index : text.trimEnd().length;
}

export function citationEdits(doc: TextDocument, items: CiteItem[], style: CitationStyle): TextEdit[] {
  const text = doc.getText();
  const edits: TextEdit[] = [];
  const defined = new Set<string>();
  for (const m of text.matchAll(/^\[\^([^\]\s]+)\]:/gm)) defined.add(m[1]!);
  const newDefinitions: string[] = [];
  for (const { claim, unit } of items) {
    const start = doc.offsetAt(claim.range.start);
    const end = doc.offsetAt(claim.range.end);
    const claimText = text.slice(start, end);
    if (style === "footnote") {
      edits.push({ range: { start: doc.positionAt(start + claimText.trimEnd().length), end: doc.positionAt(start + claimText.trimEnd().length) }, newText: `[^${unit.id}]` });
      if (!defined.has(unit.id)) {
        defined.add(unit.id);
        newDefinitions.push(`[^${unit.id}]: ${definitionText(unit)}`);
      }
    } else {
      const at = doc.positionAt(start + beforeFinalPunctuation(claimText));
      const label = (unit.title || unit.file).replace(/[[\]]/g, "");
      const target = unit.url ?? (unit.absPath ? encodeURI(unit.absPath.replace(/\\/g, "/")) : unit.file);
      const newText = style === "pandoc" ? ` [@${unit.id}]` : ` ([${label}](<${target.replace(/[<>]/g, "")}>))`;
      edits.push({ range: { start: at, end: at }, newText });
    }
  }
  if (newDefinitions.length) {
    const endPos = doc.positionAt(text.length);
    const sep = text.endsWith("\n\n") ? "" : text.endsWith("\n") ? "\n" : "\n\n";
    edits.push({ range: { start: endPos, end: endPos }, newText: sep + newDefinitions.join("\n") + "\n" });
  }
  return edits;
}

/** Insert the ignore marker right after the claim. */
export function ignoreEdit(doc: TextDocument, claim: ClaimResult): TextEdit | undefined {
  const text = doc.getText();
  const end = doc.offsetAt(claim.range.end);
  if (text.slice(end, end + 40).includes(IGNORE_MARKER)) return undefined;
  const pos = doc.positionAt(end);
  return { range: { start: pos, end: pos }, newText: ` ${IGNORE_MARKER}` };
}
