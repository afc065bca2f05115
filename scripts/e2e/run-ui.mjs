// User-level UI test: code-server (the offline kit) with the built extension installed in its
// extensions dir (a symlink to the repository), the sample workspace copied to a temp dir, headless
// chromium driven by playwright-core. Runs test/e2e/ui/*.ui.mjs; screenshots go to test-results/ui/.
// Builds nothing (run `npm run build` first); runs setup.sh first (idempotent; GROUNDWORK_E2E_SETUP=0 skips).
// env: CHROMIUM, VSC_E2E_DIR, KEEP_DATA=1, HEADED=1, UI_TIMEOUT (s, default 240),
// UPDATE_SCREENSHOTS=1 (copy the README's screenshots to media/screenshots/)
import { spawnSync } from "node:child_process";
import { chromium } from "playwright-core";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { startCodeServer } from "./code-server.mjs";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const pkg = JSON.parse(readFileSync(join(repo, "package.json"), "utf8"));
const shots = join(repo, "test-results/ui");
const t0 = Date.now();
const log = (m) => console.log(`[ui ${((Date.now() - t0) / 1000).toFixed(1)}s] ${m}`);

if (!existsSync(join(repo, "dist/extension.js"))) {
  console.error("[ui] dist/extension.js is missing: run `npm run build` first");
  process.exit(2);
}
if (!existsSync(join(repo, "dist/server.js"))) console.warn("[ui] warning: dist/server.js is missing (the language server will not start)");
if (process.env.GROUNDWORK_E2E_SETUP !== "0") {
  // idempotent: a few file checks when the kit is installed, the full install otherwise
  const setup = spawnSync("bash", [join(repo, "scripts/e2e/setup.sh")], { stdio: "inherit" });
  if (setup.status !== 0) process.exit(setup.status ?? 2);
}
rmSync(shots, { recursive: true, force: true }); // only this run's screenshots
mkdirSync(shots, { recursive: true });
const tmp = mkdtempSync(join(tmpdir(), "groundwork-ui-"));
const workspace = join(tmp, "scale-ai");
cpSync(join(repo, "examples/scale-ai"), workspace, { recursive: true });

let server;
let context;
let rc = 0;
const watchdog = setTimeout(() => {
  log("TIMEOUT");
  process.exit(124);
}, Number(process.env.UI_TIMEOUT || 240) * 1000);
try {
  server = await startCodeServer({
    // installed like a user's extension: <extensions-dir>/<publisher>.<name>-<version> -> the repository
    prepareExtensions: (ext) => symlinkSync(repo, join(ext, `${pkg.publisher}.${pkg.name}-${pkg.version}`), "dir"),
    settings: { "workbench.colorTheme": "Default Light Modern", "editor.fontSize": 14, "window.commandCenter": false, "workbench.secondarySideBar.defaultVisibility": "hidden" },
  });
  log(`code-server at ${server.url}`);
  context = await chromium.launchPersistentContext(join(tmp, "chromium"), {
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: process.env.HEADED !== "1",
    args: [
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ].filter((a) => a !== "--headless" || process.env.HEADED !== "1"),
    viewport: { width: 1600, height: 1000 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on("pageerror", (e) => log(`pageerror: ${e.message}`));
  const files = readdirSync(join(repo, "test/e2e/ui")).filter((f) => f.endsWith(".ui.mjs")).sort();
  for (const f of files) {
    log(`running ${f}`);
    const mod = await import(pathToFileURL(join(repo, "test/e2e/ui", f)).href);
    const failures = await mod.run({ page, url: server.url, workspace, shots, log });
    rc ||= failures ? 1 : 0;
  }
} catch (e) {
  rc = 1;
  console.error("[ui] error:", e instanceof Error ? e.stack : e);
  if (server) console.error(`[ui] server log tail:\n${readFileSync(server.log, "utf8").split("\n").slice(-30).join("\n")}`);
} finally {
  clearTimeout(watchdog);
  await context?.close().catch(() => {});
  await server?.stop();
  if (process.env.KEEP_DATA === "1") log(`workspace copy kept in ${workspace}`);
  else rmSync(tmp, { recursive: true, force: true });
}
// UPDATE_SCREENSHOTS=1: the README's three screenshots (a hover, the lenses, a quick fix) from this run
if (rc === 0 && process.env.UPDATE_SCREENSHOTS === "1") {
  const readme = join(repo, "media/screenshots");
  mkdirSync(readme, { recursive: true });
  for (const [from, to] of [["02-hover", "hover"], ["04-codelens", "lenses"], ["05-quickfix-menu", "quick-fix"]]) cpSync(join(shots, `${from}.png`), join(readme, `${to}.png`));
  log(`README screenshots updated in ${readme}`);
}
log(`${rc === 0 ? "passed" : "FAILED"}; screenshots in ${shots}`);
process.exit(rc);
