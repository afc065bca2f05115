// LSP text edits that cite a source after a claim (through the core's citeEdits), and the ignore marker.
import * as path from "node:path";
import type { TextEdit } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { citeEdits, type CitationSpec, type TextEdit as OffsetEdit } from "../core/citations/insert";
import type { Citation, ClaimResult, SourceUnit } from "../core/types";
import { uriToPath } from "./indexing";
import type { CitationStyle } from "./protocol";

export const IGNORE_MARKER = "<!-- groundwork-ignore -->";

export interface CiteItem {
  claim: ClaimResult;
  unit: SourceUnit;
  citation: Citation;
  /** The unit's readable citation key (the engine's citationKey). */
  key: string;
}

/** True when the claim text already carries a citation marker. */
export function hasCitation(text: string): boolean {
  return /\[\^[^\]\s[]+\]|\[[^\][]*@[\p{L}\p{N}_][^\]]*\]|\]\([^)(]+\)/u.test(text);
}

function specFor(doc: TextDocument, item: CiteItem): CitationSpec {
  const draftPath = uriToPath(doc.uri);
  const abs = item.unit.absPath;
  const file = draftPath && abs ? path.relative(path.dirname(draftPath), abs).split(path.sep).join("/") : item.unit.file;
  const { title, author, publisher, date, url } = item.unit;
  return { key: item.key, title, author, publisher, date, url, file, line: item.citation.range.start.line, ...(item.citation.page ? { page: item.citation.page } : {}), ...(item.citation.heading ? { heading: item.citation.heading } : {}) };
}

const DEFINITION = /^(\r?\n)*\[\^[^\]\s]+\]:/;

/**
 * Edits citing each item after its claim, in one consistent set: each claim's edits are computed on
 * the original text; footnote definitions for several claims are merged into one edit at the end.
 */
export function citationEdits(doc: TextDocument, items: CiteItem[], style: CitationStyle): TextEdit[] {
  const text = doc.getText();
  const inline: OffsetEdit[] = [];
  const definitions: string[] = [];
  let defPrefix = "";
  const defined = new Set<string>();
  for (const item of items) {
    const end = doc.offsetAt(item.claim.range.end);
    for (const e of citeEdits(text, end, specFor(doc, item), style)) {
      if (e.start === text.length && e.end === text.length && DEFINITION.test(e.newText)) {
        const body = e.newText.replace(/^(\r?\n)+/, "");
        if (defined.has(body)) continue;
        defined.add(body);
        if (definitions.length === 0) defPrefix = e.newText.slice(0, e.newText.length - body.length);
        definitions.push(body);
      } else if (!inline.some((x) => x.start === e.start && x.newText === e.newText)) {
        inline.push(e);
      }
    }
  }
  const out: TextEdit[] = inline.map((e) => ({ range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, newText: e.newText }));
  if (definitions.length) {
    const endPos = doc.positionAt(text.length);
    out.push({ range: { start: endPos, end: endPos }, newText: defPrefix + definitions.join("") });
  }
  return out;
}

/**
 * The ignore marker for one claim, always right after the sentence (its final punctuation and
 * citations), where it silences that sentence only, wherever the sentence is in its paragraph.
 */
export function ignoreEdit(doc: TextDocument, claim: ClaimResult): TextEdit | undefined {
  const text = doc.getText();
  const start = doc.offsetAt(claim.range.start);
  const end = doc.offsetAt(claim.range.end);
  if (text.slice(start, end + 40).includes(IGNORE_MARKER)) return undefined;
  const pos = doc.positionAt(end);
  return { range: { start: pos, end: pos }, newText: ` ${IGNORE_MARKER}` };
}
