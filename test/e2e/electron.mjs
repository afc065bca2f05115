// The e2e suite through @vscode/test-electron (downloads VS Code: needs internet). Called by
// scripts/e2e/run-tests.mjs when GROUNDWORK_E2E=electron, with the same paths as the offline kit.
// usage: node test/e2e/electron.mjs <extensionDevelopmentPath> <extensionTestsPath.js> <workspaceFolder>
// env: VSCODE_VERSION (default "stable")
import { runTests } from "@vscode/test-electron";
import { copyFileSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const [dev, tests, workspace] = process.argv.slice(2).map((p) => resolve(p));
if (!workspace) {
  console.error("usage: node test/e2e/electron.mjs <extensionDevelopmentPath> <extensionTestsPath.js> <workspaceFolder>");
  process.exit(2);
}
// the same user settings as the offline kit (telemetry, updates, workspace trust off…)
const userData = mkdtempSync(join(tmpdir(), "groundwork-vscode-user-"));
mkdirSync(join(userData, "User"), { recursive: true });
copyFileSync(join(dirname(fileURLToPath(import.meta.url)), "../../scripts/e2e/settings.json"), join(userData, "User/settings.json"));
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
      userData,
    ],
  });
  process.exit(0);
} catch (e) {
  console.error("[e2e:electron]", e instanceof Error ? e.message : e);
  process.exit(1);
}
