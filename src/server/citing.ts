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
}

/** True when the claim text already carries a citation marker. */
export function hasCitation(text: string): boolean {
  return /\[\^[^\]\s[]+\]|\[[^\][]*@[\p{L}\p{N}_][^\]]*\]|\]\([^)(]+\)/u.test(text);
}

function specFor(doc: TextDocument, item: CiteItem): CitationSpec {
  const draftPath = uriToPath(doc.uri);
  const abs = item.unit.absPath;
  const file = draftPath && abs ? path.relative(path.dirname(draftPath), abs).split(path.sep).join("/") : item.unit.file;
  return {
    key: item.unit.id,
    title: item.unit.title + (item.unit.section ? ` ${item.unit.section}` : ""),
    publisher: item.unit.publisher,
    file,
    line: item.citation.range.start.line,
    ...(item.citation.page ? { page: item.citation.page } : {}),
  };
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

function stripComments(s: string): string {
  let out = "";
  let i = 0;
  for (;;) {
    const open = s.indexOf("<!--", i);
    if (open < 0) return out + s.slice(i);
    const close = s.indexOf("-->", open + 4);
    if (close < 0) return out + s.slice(i);
    out += s.slice(i, open);
    i = close + 3;
  }
}

/** True when the claim is the last sentence of its paragraph, list item or heading. */
function endsBlock(text: string, end: number): boolean {
  const rest = text.slice(end);
  const nl = rest.search(/\r?\n/);
  const sameLine = nl < 0 ? rest : rest.slice(0, nl);
  if (stripComments(sameLine).trim() !== "") return false;
  if (nl < 0) return true;
  const next = rest.slice(nl).replace(/^\r?\n/, "").split(/\r?\n/)[0] ?? "";
  return next.trim() === "" || /^\s{0,3}(#{1,6}\s|[-*+]\s|\d+[.)]\s|>|\|)/.test(next);
}

/**
 * The ignore marker for one claim. After a sentence inside a paragraph it silences that sentence;
 * at the end of a paragraph it would silence the whole paragraph, so for the paragraph's last
 * sentence it goes before the final punctuation instead.
 */
export function ignoreEdit(doc: TextDocument, claim: ClaimResult): TextEdit | undefined {
  const text = doc.getText();
  const start = doc.offsetAt(claim.range.start);
  const end = doc.offsetAt(claim.range.end);
  if (text.slice(start, end + 40).includes(IGNORE_MARKER)) return undefined;
  let at = end;
  if (endsBlock(text, end)) {
    const m = /[.!?]["'”’)\]]*\s*$/.exec(text.slice(start, end));
    if (m) at = start + m.index;
  }
  const pos = doc.positionAt(at);
  return { range: { start: pos, end: pos }, newText: ` ${IGNORE_MARKER}` };
}
