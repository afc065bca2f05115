// Helpers shared by the e2e suites: polling, the extension's API, the sample workspace.
import * as assert from "node:assert/strict";
import * as vscode from "vscode";

export const EXTENSION_ID = "groundwork.groundwork"; // package.json publisher.name

/** The extension's exports (src/client/extension.ts GroundworkApi), typed loosely: the suite must not bundle the client. */
export interface GroundworkApi {
  client: { isRunning(): boolean; sendRequest<R>(method: string, params?: unknown): Promise<R> };
  entityTree: {
    groups: Array<{ kind: string; label: string; entities: Array<{ name: string; kind: string; aliases: string[]; roles: string[]; mentions: unknown[] }> }>;
    refresh(): Promise<void>;
    getChildren(node?: unknown): unknown[];
    getTreeItem(node: unknown): vscode.TreeItem;
  };
  ready: Promise<void>;
  lastDiagnostics: { showForOpenDrafts(): void; showFor(doc: vscode.TextDocument): boolean };
}

/**
 * Polls fn (every 100 ms) until it returns a truthy value, and returns that value. Exceptions count
 * as "not yet". On timeout, fails with the message and the last value or error seen.
 */
export async function waitFor<T>(fn: () => T | undefined | null | false | Promise<T | undefined | null | false>, timeoutMs = 30_000, what = "condition"): Promise<T> {
  const t0 = Date.now();
  let last: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
      last = v;
    } catch (e) {
      last = e;
    }
    if (Date.now() - t0 > timeoutMs) {
      const detail = last instanceof Error ? last.message : JSON.stringify(last);
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what} (last: ${detail})`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

export function workspaceFolder(): vscode.Uri {
  const f = vscode.workspace.workspaceFolders?.[0];
  assert.ok(f, "a workspace folder (the copy of examples/scale-ai) is open");
  return f.uri;
}

export function draftUri(): vscode.Uri {
  return vscode.Uri.joinPath(workspaceFolder(), "draft.md");
}

/** Opens draft.md in an editor (activating the extension through onLanguage:markdown). */
export async function openDraft(): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(draftUri());
  return vscode.window.showTextDocument(doc, { preview: false });
}

/** Activates the extension (if needed), returns its API once the first indexing is done. */
export async function api(): Promise<GroundworkApi> {
  const ext = vscode.extensions.getExtension<GroundworkApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is installed`);
  let exports: GroundworkApi | undefined;
  try {
    exports = ext.isActive ? ext.exports : await ext.activate();
  } catch (e) {
    throw new Error(`activating ${EXTENSION_ID} failed: ${e instanceof Error ? e.message : String(e)}`);
  }
  assert.ok(exports && exports.client && exports.entityTree && exports.ready, `the extension exports { client, entityTree, ready } (got ${exports === undefined ? "undefined: did activate() throw? is dist/server.js built?" : Object.keys(exports).join(", ")})`);
  await exports.ready;
  return exports;
}

export function groundworkDiagnostics(uri: vscode.Uri = draftUri()): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === "groundwork");
}

/** Waits until the draft has groundwork diagnostics that satisfy pred (default: at least one). */
export function waitForDiagnostics(pred: (ds: vscode.Diagnostic[]) => boolean = (ds) => ds.length > 0, timeoutMs = 60_000, what = "groundwork diagnostics on draft.md"): Promise<vscode.Diagnostic[]> {
  return waitFor(() => {
    const ds = groundworkDiagnostics();
    return pred(ds) ? ds : undefined;
  }, timeoutMs, what);
}

export function codeOf(d: vscode.Diagnostic): string {
  const c = d.code;
  return typeof c === "object" && c !== null ? String(c.value) : String(c ?? "");
}

export function diagnosticText(doc: vscode.TextDocument, d: vscode.Diagnostic): string {
  return doc.getText(d.range);
}

/** The position of the first occurrence of needle in the document (after `after`, if given). */
export function positionOf(doc: vscode.TextDocument, needle: string, after?: string): vscode.Position {
  const text = doc.getText();
  const from = after ? text.indexOf(after) : 0;
  assert.ok(from >= 0, `"${after}" is in the draft`);
  const i = text.indexOf(needle, from);
  assert.ok(i >= 0, `"${needle}" is in the draft`);
  return doc.positionAt(i);
}

export function rangeOf(doc: vscode.TextDocument, needle: string, after?: string): vscode.Range {
  const start = positionOf(doc, needle, after);
  return new vscode.Range(start, start.translate(0, needle.length));
}

/** Throws away unsaved changes to the draft (tests that edit it call this to leave it as they found it). */
export async function revertDraft(): Promise<void> {
  const doc = await vscode.workspace.openTextDocument(draftUri());
  if (!doc.isDirty) return;
  await vscode.window.showTextDocument(doc, { preview: false });
  await vscode.commands.executeCommand("workbench.action.files.revert");
  await waitFor(() => !doc.isDirty, 10_000, "draft.md to be reverted");
}

/**
 * The sample draft as the suites start from it: unsaved changes thrown away, opened, the extension
 * active, and checked (a diagnostic on the words `checked` names is there).
 */
export async function openCheckedDraft(checked: string): Promise<vscode.TextDocument> {
  await revertDraft();
  const doc = (await openDraft()).document;
  await api();
  await waitForDiagnostics((ds) => ds.some((d) => doc.getText(d.range).includes(checked)));
  return doc;
}

/** The plain text of hovers / markdown strings. */
export function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === "string" ? c : "value" in c ? c.value : ""))
    .join("\n");
}

/** Undoes Markdown backslash escapes (the hover escapes every punctuation character of source text). */
export function unescapeMarkdown(s: string): string {
  return s.replace(/\\([!-/:-@[-`{-~])/g, "$1");
}

/** The groundwork hovers at a position, as plain text ("" if none). */
export async function groundworkHoverAt(uri: vscode.Uri, pos: vscode.Position): Promise<string> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>("vscode.executeHoverProvider", uri, pos)) ?? [];
  return hovers
    .map((h) => unescapeMarkdown(hoverText([h])))
    .filter((t) => t.includes("Groundwork"))
    .join("\n");
}

/** The draft's diagnostics whose range covers the given text (the first occurrence after `after`). */
export function diagnosticsOn(doc: vscode.TextDocument, needle: string, after?: string, ds = groundworkDiagnostics(doc.uri)): vscode.Diagnostic[] {
  const r = rangeOf(doc, needle, after);
  return ds.filter((d) => d.range.intersection(r) !== undefined && !d.range.intersection(r)!.isEmpty);
}

/** The draft's text at the start of the run (the copy of examples/scale-ai/draft.md on disk). */
export async function draftOnDisk(): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(draftUri()));
}

/** A range's text, for assertion messages. */
export function listDiagnostics(doc: vscode.TextDocument, ds: readonly vscode.Diagnostic[]): string {
  return ds.map((d) => `${codeOf(d)}@${d.range.start.line + 1}:${d.range.start.character + 1} "${doc.getText(d.range).slice(0, 60)}" ${d.message.slice(0, 140)}`).join("\n  ") || "(none)";
}
