// Editing a claim updates its diagnostics (checkOn "type": no save needed).
import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import { api, codeOf, listDiagnostics, diagnosticsOn, groundworkDiagnostics, openDraft, rangeOf, revertDraft, waitFor, waitForDiagnostics, workspaceFolder } from "./helpers";
import { FIGURE_RANGE, UNSUPPORTED, WRONG_FIGURE } from "./diagnostics.e2e";

export default function (): void {
  suite("editing", () => {
    let editor: vscode.TextEditor;
    let doc: vscode.TextDocument;

    suiteSetup(async () => {
      await revertDraft();
      editor = await openDraft();
      doc = editor.document;
      await api();
      await waitForDiagnostics((ds) => ds.some((d) => doc.getText(d.range).endsWith(WRONG_FIGURE)));
    });
    suiteTeardown(revertDraft);

    test("correcting the wrong figure clears its diagnostic and keeps the others", async () => {
      const line = rangeOf(doc, WRONG_FIGURE).start.line;
      const othersBefore = groundworkDiagnostics().filter((d) => d.range.start.line !== line).length;
      assert.ok(await editor.edit((e) => e.replace(rangeOf(doc, WRONG_FIGURE), "$200 million")));
      await waitFor(
        () => !groundworkDiagnostics().some((d) => d.range.start.line === line && codeOf(d) === "contradicted"),
        20_000,
        "the contradicted diagnostic on the corrected claim to disappear",
      );
      assert.equal(diagnosticsOn(doc, UNSUPPORTED).length, 1, `the unrelated claims keep theirs:\n  ${listDiagnostics(doc, groundworkDiagnostics())}`);
      assert.ok(groundworkDiagnostics().length >= othersBefore, "no other diagnostic was lost");
    });

    test("making a true figure wrong adds a diagnostic on it", async () => {
      const r = rangeOf(doc, "$870 million");
      assert.ok(await editor.edit((e) => e.replace(r, "$970 million")));
      const d = await waitFor(() => diagnosticsOn(doc, "$970 million").find((x) => codeOf(x) === "contradicted"), 20_000, 'a contradicted diagnostic on "$970 million"');
      assert.match(doc.getText(d.range), FIGURE_RANGE("$970 million"));
      assert.match(d.message, /\$870 million/);
    });

    test("reverting brings the original diagnostics back", async () => {
      await revertDraft();
      await waitForDiagnostics((ds) => ds.some((d) => doc.getText(d.range).endsWith(WRONG_FIGURE) && codeOf(d) === "contradicted") && !ds.some((d) => doc.getText(d.range).includes("$970")), 20_000, "the original diagnostics");
    });

    test("sources copied over themselves while the draft is open leave its diagnostics as they were", async () => {
      const gw = await api();
      const stats = () => gw.client.sendRequest<{ files: number }>("groundwork/stats", {});
      const snapshot = () =>
        groundworkDiagnostics()
          .map((d) => `${d.range.start.line}:${d.range.start.character} ${codeOf(d)} ${d.message}`)
          .sort()
          .join("\n");
      const before = snapshot();
      assert.ok(before.includes("contradicted"), before);
      const sources = vscode.Uri.joinPath(workspaceFolder(), "sources");
      const files = (await vscode.workspace.fs.readDirectory(sources)).filter(([, type]) => type === vscode.FileType.File);
      assert.equal(files.length, 5);
      // the same five files written again, as a copy over the folder does (delete, then write)
      for (const [name] of files) {
        const uri = vscode.Uri.joinPath(sources, name);
        const bytes = await vscode.workspace.fs.readFile(uri);
        await vscode.workspace.fs.delete(uri);
        await vscode.workspace.fs.writeFile(uri, bytes);
      }
      // a sixth file written after them: once it is indexed, the copies' events have been handled
      const marker = vscode.Uri.joinPath(sources, "zz-marker.txt");
      await vscode.workspace.fs.writeFile(marker, new TextEncoder().encode("Marker note\n\nThis file marks the end of the copy.\n"));
      await waitFor(async () => (await stats()).files === 6, 30_000, "the marker file to be indexed");
      await vscode.workspace.fs.delete(marker);
      await waitFor(async () => (await stats()).files === 5, 30_000, "the marker file to be dropped");
      await waitFor(() => snapshot() === before, 30_000, `the diagnostics of before the copy:\n${before}`);
      // and the index answers as a fresh one does
      const fresh = await vscode.commands.executeCommand<{ files: number }>("groundwork.reindex");
      assert.equal(fresh?.files, 5);
      await waitFor(() => snapshot() === before, 30_000, "the same diagnostics after a full re-index");
    });
  });
}
