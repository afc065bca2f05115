// Last suite: after every other suite has indexed, checked, hovered, fixed and edited, the sources
// in the workspace are byte for byte the sample's (Groundwork never writes a source).
import * as assert from "node:assert";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as vscode from "vscode";
import { EXTENSION_ID, workspaceFolder } from "./helpers";

const sha = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

export default function (): void {
  suite("sources untouched", () => {
    test("every source file of the workspace equals the sample's, after all suites", () => {
      const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
      const original = join(ext.extensionPath, "examples/scale-ai/sources");
      const inWorkspace = join(workspaceFolder().fsPath, "sources");
      const names = readdirSync(original).sort();
      assert.deepEqual(readdirSync(inWorkspace).sort(), names, "the same files");
      for (const name of names) assert.equal(sha(join(inWorkspace, name)), sha(join(original, name)), `${name} unchanged`);
    });
  });
}
