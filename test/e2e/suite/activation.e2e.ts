// Activation on opening the sample draft, the exported API, and the registered commands.
import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import { EXTENSION_ID, api, openDraft, waitFor, workspaceFolder } from "./helpers";

export const COMMANDS = [
  "groundwork.reindex",
  "groundwork.checkAll",
  "groundwork.insertCitation",
  "groundwork.exportBibliography",
  "groundwork.showClaimSources",
  "groundwork.openConfig",
  "groundwork.findEntity",
  "groundwork.showProblems",
];

export default function (): void {
  suite("activation", () => {
    test("opening draft.md activates the extension", async () => {
      const ext = vscode.extensions.getExtension(EXTENSION_ID);
      assert.ok(ext, `${EXTENSION_ID} is installed`);
      const editor = await openDraft();
      assert.equal(editor.document.languageId, "markdown");
      await waitFor(() => ext.isActive, 30_000, "the extension to activate on a Markdown document");
    });

    test("exports { client, entityTree, ready } and the language server runs", async () => {
      const gw = await api();
      assert.equal(typeof gw.client.sendRequest, "function");
      assert.ok(Array.isArray(gw.entityTree.groups), "entityTree.groups is an array");
      await waitFor(() => gw.client.isRunning(), 30_000, "the language client to be running");
    });

    test("the language server indexed the sample's sources", async () => {
      const gw = await api();
      const stats = await gw.client.sendRequest<{ state: string; files: number; units: number; roots: string[] }>("groundwork/stats", {});
      assert.equal(stats.state, "ready", JSON.stringify(stats));
      assert.equal(stats.files, 5, `5 source files in sources/ (${JSON.stringify(stats)})`);
      assert.ok(stats.units >= 5, `at least one citable unit per file (${stats.units})`);
      assert.ok(stats.roots.some((r) => r.replace(/\\/g, "/").endsWith("/sources")), `roots ${stats.roots.join(", ")}`);
    });

    test("every command is registered", async () => {
      await openDraft();
      await waitFor(() => vscode.extensions.getExtension(EXTENSION_ID)?.isActive, 30_000, "activation");
      const all = new Set(await vscode.commands.getCommands(true));
      const missing = COMMANDS.filter((c) => !all.has(c));
      assert.deepEqual(missing, [], `missing commands: ${missing.join(", ")}`);
    });

    test("groundwork.exportBibliography writes CSL-JSON and BibTeX of the sources", async () => {
      await api();
      const folder = workspaceFolder();
      const json = vscode.Uri.joinPath(folder, "bibliography.json");
      const out = await vscode.commands.executeCommand<vscode.Uri>("groundwork.exportBibliography", "csl-json", json);
      assert.equal(out?.toString(), json.toString());
      const jsonText = new TextDecoder().decode(await vscode.workspace.fs.readFile(json));
      const items = JSON.parse(jsonText) as Array<{ id: string; type: string; title?: string; publisher?: string }>;
      // one entry per article: 4 files and the 14 articles of the digest
      assert.equal(items.length, 18, `one entry per article (${items.length})`);
      assert.ok(items.every((i) => i.id && i.title && i.type === "webpage"), "each entry is a webpage with a key and a title");
      assert.ok(items.every((i) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(i.id)), `readable keys: ${items.map((i) => i.id).join(", ")}`);
      assert.ok(items.some((i) => i.id === "google-drops-scale-ai"), "the key of 'Google Drops Scale AI: …'");
      assert.ok(items.some((i) => i.title === "OpenAI drops Scale AI as a data provider following Meta deal" && i.publisher === "TechCrunch"), "a digest article is its own entry, with its publisher");
      assert.ok(!/sources\/|\.txt/.test(jsonText), "no local paths");
      const bib = vscode.Uri.joinPath(folder, "bibliography.bib");
      await vscode.commands.executeCommand("groundwork.exportBibliography", "bibtex", bib);
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(bib));
      assert.equal((text.match(/^@online\{/gm) ?? []).length, items.length, "as many BibTeX @online entries as CSL items");
      assert.ok(!/sources\/|\.txt|howpublished/.test(text), "no local paths in the BibTeX");
      await vscode.workspace.fs.delete(json);
      await vscode.workspace.fs.delete(bib);
    });

    test("groundwork.reindex and groundwork.checkAll run and report the sample", async () => {
      await api();
      const s = await vscode.commands.executeCommand<{ state: string; files: number }>("groundwork.reindex");
      assert.equal(s?.state, "ready");
      assert.equal(s?.files, 5);
      const r = await vscode.commands.executeCommand<{ drafts: number; issues: number }>("groundwork.checkAll");
      assert.ok(r && r.drafts >= 1, `checkAll found the draft (${JSON.stringify(r)})`);
      assert.ok(r.issues >= 4, `checkAll counted the sample's issues (${JSON.stringify(r)})`);
    });
  });
}
