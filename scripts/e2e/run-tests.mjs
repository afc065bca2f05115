// Runs the e2e suite (dist/test/e2e/index.js, built by `npm run build`) inside a real VS Code, on a
// throwaway copy of examples/scale-ai so that tests which edit files never touch the repository.
//   default:                  the offline kit (code-server + headless chromium; `npm run e2e:setup` once)
//   GROUNDWORK_E2E=electron:  @vscode/test-electron (downloads VS Code; needs internet)
// Builds nothing; runs scripts/e2e/setup.sh first (idempotent, skip with GROUNDWORK_E2E_SETUP=0).
// env: GROUNDWORK_E2E_GREP (mocha grep), KEEP_DATA=1, TEST_TIMEOUT (s), VERBOSE=1
import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const testsPath = join(repo, "dist/test/e2e/index.js");
const sample = join(repo, "examples/scale-ai");

for (const f of ["dist/extension.js", "dist/test/e2e/index.js"]) {
  if (!existsSync(join(repo, f))) {
    console.error(`[e2e] ${f} is missing: run \`npm run build\` first`);
    process.exit(2);
  }
}
if (!existsSync(join(repo, "dist/server.js"))) console.warn("[e2e] warning: dist/server.js is missing (the language server will not start)");
try {
  // the bundle keeps mocha external: it must resolve from the repository at run time
  (await import("node:module")).createRequire(testsPath).resolve("mocha");
} catch {
  console.error("[e2e] mocha does not resolve from dist/test/e2e: run `npm ci`");
  process.exit(2);
}

const mode = (process.env.GROUNDWORK_E2E || "offline").toLowerCase();
if (mode !== "electron" && process.env.GROUNDWORK_E2E_SETUP !== "0") {
  // idempotent: a few file checks (~0.3 s) when the kit is installed, the full install otherwise
  const setup = spawnSync("bash", [join(repo, "scripts/e2e/setup.sh")], { stdio: "inherit" });
  if (setup.status !== 0) process.exit(setup.status ?? 2);
}

const tmp = mkdtempSync(join(tmpdir(), "groundwork-ws-"));
const workspace = join(tmp, "scale-ai");
cpSync(sample, workspace, { recursive: true });

const [cmd, args] =
  mode === "electron"
    ? [process.execPath, [join(repo, "test/e2e/electron.mjs"), repo, testsPath, workspace]]
    : ["bash", [join(repo, "scripts/e2e/run.sh"), repo, testsPath, workspace]];

const t0 = Date.now();
console.log(`[e2e] ${mode}: ${testsPath} on ${workspace}`);
const child = spawn(cmd, args, { stdio: "inherit", env: { ...process.env, GROUNDWORK_E2E_WORKSPACE: workspace } });
const forward = (sig) => child.kill(sig);
process.on("SIGINT", forward);
process.on("SIGTERM", forward);
child.on("exit", (code, signal) => {
  const rc = code ?? (signal ? 1 : 0);
  console.log(`[e2e] ${rc === 0 ? "passed" : `FAILED (rc=${rc})`} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  if (process.env.KEEP_DATA === "1") console.log(`[e2e] workspace copy kept in ${workspace}`);
  else rmSync(tmp, { recursive: true, force: true });
  process.exit(rc);
});
