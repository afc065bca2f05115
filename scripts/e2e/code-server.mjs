// Starts the offline kit's code-server (see setup.sh) on 127.0.0.1 with the same flags as run.sh, in a
// throwaway data dir, and stops its whole process group. Used by run-ui.mjs.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { homedir, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
export const kitDir = process.env.VSC_E2E_DIR || join(homedir(), ".cache/vscode-e2e");

export function kitPaths() {
  const nodeDir = join(kitDir, "node24/node_modules");
  const pkg = existsSync(nodeDir) ? readdirSync(nodeDir).find((d) => d.startsWith("node-linux-")) : undefined;
  const node = pkg && join(nodeDir, pkg, "bin/node");
  const entry = join(kitDir, "cs/node_modules/code-server/out/node/entry.js");
  if (!node || !existsSync(node) || !existsSync(entry)) throw new Error("the offline VS Code kit is not set up: run `npm run e2e:setup` (scripts/e2e/setup.sh)");
  return { node, entry };
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
    s.on("error", reject);
  });
}

/**
 * @param {{ settings?: object, prepareExtensions?: (extDir: string) => void, smokeTestDriver?: boolean }} opts
 * @returns {Promise<{ url: string, data: string, log: string, stop: () => Promise<void> }>}
 */
export async function startCodeServer(opts = {}) {
  const { node, entry } = kitPaths();
  const port = await freePort();
  const data = mkdtempSync(join(tmpdir(), "groundwork-cs-"));
  for (const d of ["user/User", "ext", "config", "home", "xdg"]) mkdirSync(join(data, d), { recursive: true });
  const settings = { ...JSON.parse(readFileSync(join(here, "settings.json"), "utf8")), ...(opts.settings ?? {}) };
  writeFileSync(join(data, "user/User/settings.json"), JSON.stringify(settings, null, 2));
  opts.prepareExtensions?.(join(data, "ext"));
  const log = join(data, "server.log");
  const out = openSync(log, "a");
  const args = [
    entry,
    "--config", join(data, "config.yaml"),
    "--bind-addr", `127.0.0.1:${port}`,
    "--auth", "none",
    "--disable-telemetry", "--disable-update-check", "--disable-workspace-trust", "--disable-getting-started-override",
    "--user-data-dir", join(data, "user"),
    "--extensions-dir", join(data, "ext"),
  ];
  if (opts.smokeTestDriver) args.push("--vscode-option", "enable-smoke-test-driver");
  // its own process group (detached), so that stop() also ends the language servers it spawned
  const child = spawn(node, args, {
    detached: true,
    stdio: ["ignore", out, out],
    env: { ...process.env, HOME: join(data, "home"), XDG_CONFIG_HOME: join(data, "config"), XDG_DATA_HOME: join(data, "xdg") },
  });
  let exited = false;
  child.on("exit", () => (exited = true));
  const url = `http://127.0.0.1:${port}`;
  const t0 = Date.now();
  for (;;) {
    if (exited) throw new Error(`code-server exited at start; log:\n${readFileSync(log, "utf8").slice(-3000)}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {}
    if (Date.now() - t0 > 60_000) throw new Error("code-server did not answer /healthz within 60 s");
    await new Promise((r) => setTimeout(r, 200));
  }
  const stop = async () => {
    const kill = (sig) => {
      try {
        process.kill(-child.pid, sig);
        return true;
      } catch {
        return false;
      }
    };
    kill("SIGTERM");
    for (let i = 0; i < 50 && kill(0); i++) await new Promise((r) => setTimeout(r, 100));
    kill("SIGKILL");
    if (process.env.KEEP_DATA === "1") console.log(`[ui] code-server data kept in ${data}`);
    else rmSync(data, { recursive: true, force: true });
  };
  return { url, data, log, stop };
}
