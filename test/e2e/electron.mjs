// The e2e suite through @vscode/test-electron (downloads VS Code: needs internet). Called by
// scripts/e2e/run-tests.mjs when GROUNDWORK_E2E=electron, with the same paths as the offline kit.
// usage: node test/e2e/electron.mjs <extensionDevelopmentPath> <extensionTestsPath.js> <workspaceFolder>
// env: VSCODE_VERSION (default "stable")
import { runTests } from "@vscode/test-electron";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const [dev, tests, workspace] = process.argv.slice(2).map((p) => resolve(p));
if (!workspace) {
  console.error("usage: node test/e2e/electron.mjs <extensionDevelopmentPath> <extensionTestsPath.js> <workspaceFolder>");
  process.exit(2);
}
try {
  await runTests({
    version: process.env.VSCODE_VERSION || "stable",
    extensionDevelopmentPath: dev,
    extensionTestsPath: tests,
    launchArgs: [
      workspace,
      "--disable-extensions",
      "--disable-workspace-trust",
      "--skip-welcome",
      "--skip-release-notes",
      "--user-data-dir",
      mkdtempSync(join(tmpdir(), "groundwork-vscode-user-")),
    ],
  });
  process.exit(0);
} catch (e) {
  console.error("[e2e:electron]", e instanceof Error ? e.message : e);
  process.exit(1);
}
