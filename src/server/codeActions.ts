// Code actions, each one WorkspaceEdit on the document version it was computed for:
// cite a passage, replace a wrong value with the sources', ignore a claim, cite all supported claims.
import { CodeActionKind, type CodeAction, type Diagnostic, type Range, type TextEdit, type WorkspaceEdit } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { Groundwork } from "../core/engine";
import type { ClaimResult, SourceUnit } from "../core/types";
import { sameRange } from "../core/text/lines";
import { citationEdits, hasCitation, ignoreEdit } from "./citing";
import { safeReplacement } from "./fixes";
import { codeFor } from "./diagnostics";
import { shortTitle } from "./codelens";
import type { CitationStyle } from "./protocol";

export const CITE_ALL_KIND = "source.groundwork.citeAll";

export interface ActionContext {
  style: CitationStyle;
  unit(key: string): SourceUnit | undefined;
  /** The unit's readable citation key. */
  citationKey(unit: SourceUnit): string;
  /** Re-checks a sentence with the same engine and sources: a fix must not bring a new error. */
  recheck(sentence: string): ClaimResult[];
  /** Whether the sources attribute a statement to a speaker (before words move to another person). */
  attributesTo(speaker: string, statement: string): boolean;
  /** Diagnostics the client sent with the request. */
  diagnostics: Diagnostic[];
  /** Kinds the client asked for (undefined: all). */
  only?: string[];
}

/** The context of the actions on a draft checked by `engine`. */
export function actionContextFor(engine: Groundwork, opts: Pick<ActionContext, "style" | "diagnostics" | "only"> & { ignoreWords?: string[] }): ActionContext {
  return {
    ...opts,
    unit: (key) => engine.unit(key),
    citationKey: (unit) => engine.citationKey(unit),
    recheck: (sentence) => engine.checkMarkdown(sentence, { ignoreWords: opts.ignoreWords }),
    attributesTo: (speaker, statement) => engine.attributesTo(speaker, statement),
  };
}

function overlaps(a: Range, b: Range): boolean {
  const before = (p: Range["start"], q: Range["start"]) => p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}

export function versionedEdit(doc: TextDocument, edits: TextEdit[]): WorkspaceEdit {
  return { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits }] };
}

function wants(only: string[] | undefined, kind: string): boolean {
  if (!only || only.length === 0) return true;
  return only.some((o) => kind === o || kind.startsWith(o + "."));
}

export function codeActionsFor(doc: TextDocument, results: ClaimResult[], range: Range, ctx: ActionContext): CodeAction[] {
  const actions: CodeAction[] = [];
  const quick = wants(ctx.only, CodeActionKind.QuickFix);
  for (const claim of results) {
    if (!overlaps(claim.range, range) || claim.verdict === "unchecked") continue;
    const claimDiagnostics = ctx.diagnostics.filter((d) => d.source === "groundwork" && overlaps(d.range, claim.range));

    if (quick) {
      // Replace a wrong value with the sources' value, when the fixed sentence holds.
      for (const f of claim.findings) {
        const fix = safeReplacement(doc, claim, f, ctx);
        if (!fix) continue;
        const diags = claimDiagnostics.filter((d) => d.code === codeFor(f.kind) && sameRange(d.range, f.range!));
        actions.push({
          title: `Replace “${doc.getText(fix.range)}” with “${fix.newText}” (${f.kind === "misquote" ? "the source's wording" : "the sources' value"})`,
          kind: CodeActionKind.QuickFix,
          diagnostics: diags,
          isPreferred: f.kind !== "disputed",
          edit: versionedEdit(doc, [fix]),
        });
      }

      // Cite one of the top passages; never a source for a claim the sources contradict.
      if (claim.verdict !== "contradicted" && !hasCitation(claim.text)) {
        const keys: string[] = [];
        for (const c of claim.citations) if (!keys.includes(c.key)) keys.push(c.key);
        for (const key of keys.slice(0, 3)) {
          const unit = ctx.unit(key);
          const citation = claim.citations.find((c) => c.key === key)!;
          if (!unit) continue;
          const edits = citationEdits(doc, [{ claim, unit, citation, key: ctx.citationKey(unit) }], ctx.style);
          if (!edits.length) continue;
          actions.push({
            title: `Cite “${shortTitle(unit.title || unit.file, 60)}”${unit.publisher ? `, ${unit.publisher}` : ""} (${ctx.style})`,
            kind: CodeActionKind.QuickFix,
            diagnostics: claimDiagnostics.filter((d) => d.code === "unsupported"),
            edit: versionedEdit(doc, edits),
          });
        }
      }

      // Ignore this claim: only what is flagged (a supported claim has nothing to silence).
      const ignore = claim.verdict === "supported" ? undefined : ignoreEdit(doc, claim);
      if (ignore) {
        actions.push({
          title: "Groundwork: ignore this claim",
          kind: CodeActionKind.QuickFix,
          diagnostics: claimDiagnostics,
          edit: versionedEdit(doc, [ignore]),
        });
      }
    }
  }
  if (wants(ctx.only, CITE_ALL_KIND) && (ctx.only?.length || actions.length || results.length)) {
    const all = citeAllAction(doc, results, ctx);
    if (all) actions.push(all);
  }
  return actions;
}

/** One edit that cites the top passage of every supported claim that has no citation yet. */
export function citeAllAction(doc: TextDocument, results: ClaimResult[], ctx: Pick<ActionContext, "style" | "unit" | "citationKey">): CodeAction | undefined {
  const items: Parameters<typeof citationEdits>[1] = [];
  for (const claim of results) {
    if (claim.verdict !== "supported" || claim.citations.length === 0 || hasCitation(claim.text)) continue;
    const citation = claim.citations[0]!;
    const unit = ctx.unit(citation.key);
    if (unit) items.push({ claim, unit, citation, key: ctx.citationKey(unit) });
  }
  if (items.length === 0) return undefined;
  const edits = citationEdits(doc, items, ctx.style);
  if (!edits.length) return undefined;
  return {
    title: `Groundwork: cite all supported claims (${items.length})`,
    kind: CITE_ALL_KIND,
    edit: versionedEdit(doc, edits),
  };
}
