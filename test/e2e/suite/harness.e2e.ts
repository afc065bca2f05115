// The harness itself: a real VS Code with the workspace copy and the extension under development.
import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import { EXTENSION_ID, workspaceFolder } from "./helpers";

export default function (): void {
  suite("harness", () => {
    test("the vscode API is live", async () => {
      assert.match(vscode.version, /^1\.\d+\.\d+/);
      const doc = await vscode.workspace.openTextDocument({ language: "plaintext", content: "hello" });
      assert.equal(doc.getText(), "hello");
    });

    test("the workspace is a copy of examples/scale-ai, never the repository's own folder", async () => {
      const root = workspaceFolder();
      const repo = vscode.extensions.getExtension(EXTENSION_ID)?.extensionUri.path ?? "/nonexistent";
      assert.ok(!root.path.startsWith(repo + "/"), `workspace ${root.fsPath} is a copy outside the repository ${repo}`);
      const entries = await vscode.workspace.fs.readDirectory(root);
      const names = entries.map(([n]) => n);
      assert.ok(names.includes("draft.md"), `draft.md in ${names.join(", ")}`);
      assert.ok(names.includes("sources"), "sources/ in the workspace");
    });

    test(`the extension ${EXTENSION_ID} is present`, () => {
      const ext = vscode.extensions.getExtension(EXTENSION_ID);
      assert.ok(ext, `${EXTENSION_ID} is among ${vscode.extensions.all.length} extensions`);
      assert.equal(ext.packageJSON.name, "groundwork");
    });
  });
}
