// The findings of a draft as last published, kept per workspace with a hash of the draft's text:
// after a window reload, an unchanged draft shows them as soon as the extension is active, while the
// server starts and checks it; the server's first publication for the draft replaces them.
import { createHash } from "node:crypto";
import * as vscode from "vscode";

const KEY = "groundwork.lastDiagnostics";
const MAX_DRAFTS = 20;

interface Stored {
  hash: string;
  diagnostics: { range: [number, number, number, number]; message: string; severity: number; code?: string }[];
}

const hashOf = (text: string) => createHash("sha256").update(text).digest("hex");

export class LastDiagnostics implements vscode.Disposable {
  private readonly shown = vscode.languages.createDiagnosticCollection("groundwork-last");
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(private readonly state: vscode.Memento) {}

  /** Shows the stored findings of each open draft whose text is unchanged; returns how many drafts. */
  showForOpenDrafts(): number {
    return vscode.workspace.textDocuments.filter((doc) => this.showFor(doc)).length;
  }

  /**
   * Shows the stored findings of one draft if its text is unchanged (until the server publishes for
   * it): after a reload, the editor may hand the extension its restored drafts after activation.
   */
  showFor(doc: vscode.TextDocument): boolean {
    if (doc.languageId !== "markdown") return false;
    const s = this.state.get<Record<string, Stored>>(KEY, {})[doc.uri.toString()];
    if (!s || s.hash !== hashOf(doc.getText())) return false;
    this.shown.set(
      doc.uri,
      s.diagnostics.map((d) => {
        const diagnostic = new vscode.Diagnostic(new vscode.Range(...d.range), d.message, d.severity);
        diagnostic.source = "groundwork";
        diagnostic.code = d.code;
        return diagnostic;
      }),
    );
    return true;
  }

  /** The server published for this draft: drop what was shown from before, and remember this (a little later). */
  published(uri: vscode.Uri, diagnostics: readonly vscode.Diagnostic[]): void {
    this.shown.delete(uri);
    clearTimeout(this.timers.get(uri.toString()));
    this.timers.set(
      uri.toString(),
      setTimeout(() => {
        this.timers.delete(uri.toString());
        const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
        if (doc) void this.remember(doc, diagnostics);
      }, 1000),
    );
  }

  private async remember(doc: vscode.TextDocument, diagnostics: readonly vscode.Diagnostic[]): Promise<void> {
    const stored = { ...this.state.get<Record<string, Stored>>(KEY, {}) };
    delete stored[doc.uri.toString()];
    stored[doc.uri.toString()] = {
      hash: hashOf(doc.getText()),
      diagnostics: diagnostics.map((d) => ({
        range: [d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character],
        message: d.message,
        severity: d.severity,
        code: typeof d.code === "object" ? String(d.code.value) : d.code === undefined ? undefined : String(d.code),
      })),
    };
    const keys = Object.keys(stored);
    for (const k of keys.slice(0, Math.max(0, keys.length - MAX_DRAFTS))) delete stored[k];
    await this.state.update(KEY, stored);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.shown.dispose();
  }
}
