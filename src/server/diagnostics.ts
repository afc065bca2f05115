// Findings -> LSP diagnostics, and the debounced, version-checked scheduler that publishes them.
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation } from "vscode-languageserver";
import type { Citation, ClaimResult, Finding, FindingKind } from "../core/types";
import { codeOf } from "../core/claims/codes";
import type { DiagnosticCode, SeveritySetting } from "./protocol";
import { shorten } from "../core/text/clip";
import { placeSuffix } from "../core/sources/pages";

export const DIAGNOSTIC_SOURCE = "groundwork";

export function codeFor(kind: FindingKind): DiagnosticCode {
  return codeOf(kind);
}

function severityOf(s: SeveritySetting): DiagnosticSeverity | undefined {
  switch (s) {
    case "error":
      return DiagnosticSeverity.Error;
    case "warning":
      return DiagnosticSeverity.Warning;
    case "information":
      return DiagnosticSeverity.Information;
    case "hint":
      return DiagnosticSeverity.Hint;
    case "off":
      return undefined;
  }
}

export function sourcesCount(n: number): string {
  return `${n} article${n === 1 ? "" : "s"}`;
}

function oneLine(s: string, max = 160): string {
  return shorten(s, max);
}

/** The diagnostic message: the engine's message, plus the sources' value and how many sources give it. */
export function messageFor(f: Finding): string {
  let msg = f.message.trim() || `${f.kind}: ${f.claimed}`;
  // The sources' value and how many give it, unless the engine's message already says it.
  // (a citation mismatch's expected value is a unit key: never shown)
  if (f.expected && f.kind !== "misquote" && f.kind !== "unsupported" && f.kind !== "unsupported-part" && f.kind !== "citation-mismatch" && !msg.includes(f.expected)) {
    const n = f.support ?? f.split?.find((v) => v.value === f.expected)?.support;
    msg += ` — sources say ${f.expected}${n !== undefined ? ` (${sourcesCount(n)})` : ""}`;
  }
  if (f.split && f.split.length > 1 && f.kind === "disputed" && !f.split.every((v) => msg.includes(v.value))) {
    msg += ` (${f.split.map((v) => `${v.value}: ${sourcesCount(v.support)}`).join(" vs ")})`;
  }
  return msg;
}

export interface DiagnosticContext {
  severity: Record<DiagnosticCode, SeveritySetting>;
  /** file:// URI of a source file, from the citation's `source` (path relative to the sources root). */
  sourceUri(relFile: string): string;
  /**
   * Whether diagnostics carry the deciding passage as related information. Groundwork's VS Code
   * client says no: its hover shows the passage by title, and VS Code would label a related passage
   * by file name and offsets ("003_eebf30dae9df01f8.txt(43, 1189)") above it and expand it in the
   * Problems panel. Other editors get it.
   */
  relatedPassage?: boolean;
}

/** At most one related passage, so that an editor's part of the hover (and its problem list) stays short. */
function related(citations: Citation[], ctx: DiagnosticContext): DiagnosticRelatedInformation[] {
  if (ctx.relatedPassage === false) return [];
  return citations.slice(0, 1).map((c) => ({
    location: { uri: ctx.sourceUri(c.source), range: c.range },
    message: `${shorten(c.title, 60)}${c.section ? " " + c.section : ""}${placeSuffix(c)}: ${oneLine(c.excerpt, 120)}`,
  }));
}

/** Whether a finding of this kind is published (its severity is not off). */
export function isPublished(f: Finding, severity: DiagnosticContext["severity"]): boolean {
  return severityOf(severity[codeFor(f.kind)]) !== undefined;
}

export function diagnosticsFor(results: ClaimResult[], ctx: DiagnosticContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const claim of results) {
    for (const f of claim.findings) {
      const code = codeFor(f.kind);
      const severity = severityOf(ctx.severity[code]);
      if (severity === undefined) continue;
      const evidence = f.evidence?.length ? f.evidence : claim.citations;
      const d: Diagnostic = {
        range: f.range ?? claim.range,
        severity,
        code,
        source: DIAGNOSTIC_SOURCE,
        message: messageFor(f),
        data: { kind: f.kind, expected: f.expected, claimRange: claim.range },
      };
      const info = related(evidence, ctx);
      if (info.length) d.relatedInformation = info;
      out.push(d);
    }
  }
  return out;
}

/**
 * Debounced, per-document check scheduling. A check runs on the text of one version; its result
 * is published only if the document is still at that version, so stale results never show.
 */
export interface CheckTarget {
  uri: string;
  version: number;
  getText(): string;
}

export class CheckScheduler {
  private timers = new Map<string, ReturnType<typeof setTimeout>>();
  private tokens = new Map<string, { cancelled: boolean }>();

  constructor(
    private readonly run: (doc: CheckTarget, token: { cancelled: boolean }) => Diagnostic[] | undefined,
    private readonly currentVersion: (uri: string) => number | undefined,
    private readonly publish: (uri: string, version: number, diagnostics: Diagnostic[]) => void,
    public delayMs = 200,
    private readonly onError?: (uri: string, error: unknown) => void,
  ) {}

  /** Schedule a check of this version, cancelling any pending or running check of the document. */
  schedule(doc: CheckTarget, delay = this.delayMs): void {
    this.cancel(doc.uri);
    const token = { cancelled: false };
    this.tokens.set(doc.uri, token);
    const version = doc.version;
    const timer = setTimeout(() => {
      this.timers.delete(doc.uri);
      this.runNow({ uri: doc.uri, version, getText: () => doc.getText() }, token);
    }, delay);
    this.timers.set(doc.uri, timer);
  }

  /** Check now; returns true if the result was published. */
  runNow(doc: CheckTarget, token = { cancelled: false }): boolean {
    if (token.cancelled || this.currentVersion(doc.uri) !== doc.version) return false;
    let diagnostics: Diagnostic[] | undefined;
    try {
      diagnostics = this.run(doc, token);
    } catch (e) {
      this.onError?.(doc.uri, e);
      return false;
    }
    if (!diagnostics || token.cancelled) return false;
    // The document may have changed while the check ran: never publish for an older version.
    if (this.currentVersion(doc.uri) !== doc.version) return false;
    this.publish(doc.uri, doc.version, diagnostics);
    return true;
  }

  cancel(uri: string): void {
    const t = this.timers.get(uri);
    if (t) clearTimeout(t);
    this.timers.delete(uri);
    const token = this.tokens.get(uri);
    if (token) token.cancelled = true;
    this.tokens.delete(uri);
  }

  dispose(): void {
    for (const uri of [...this.timers.keys()]) this.cancel(uri);
  }
}
