// The server's share of textToDiagnosticsMs_open_sample, without the editor: the built server
// (dist/server.js) forked over node IPC as the client forks it, by the Node that code-server's
// extension host runs (the e2e kit's Node 24; NODE= another), on a fresh copy of the sample with no
// index cache. As the client does with a draft already on screen: initialize (asking for the
// editor's configuration and a progress bar, answered after CLIENT_DELAY_MS, default 0), initialized,
// the lines on screen and didOpen at once. Each run reports, in ms from the fork, the server's traced
// steps (GROUNDWORK_TRACE), the first publication with findings, the whole draft's, and the server's
// CPU time at the first findings (from /proc: Linux only). Prints JSON with medians over RUNS runs
// (default 5). A benchmark, not a test.
// Run: npm run build && npm run bench:server-open   (env: RUNS, NODE, SERVER, CLIENT_DELAY_MS,
// NODE_ARGS, e.g. --cpu-prof --cpu-prof-dir=DIR; COMPILE_CACHE=dir: the server's compile cache, as the
// client names it, emptied before the first run and kept between runs: the first run is cold, the others warm)
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { homedir, loadavg, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import rpc from "vscode-jsonrpc/node";

const { createMessageConnection, IPCMessageReader, IPCMessageWriter } = rpc;
const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const server = resolve(process.env.SERVER ?? join(repo, "dist/server.js"));
const kitNode = () => {
  const dir = join(process.env.VSC_E2E_DIR || join(homedir(), ".cache/vscode-e2e"), "node24/node_modules");
  const pkg = existsSync(dir) ? readdirSync(dir).find((d) => d.startsWith("node-linux-")) : undefined;
  return pkg ? join(dir, pkg, "bin/node") : process.execPath;
};
const node = process.env.NODE ?? kitNode();
const RUNS = Number(process.env.RUNS ?? 5);
const CLIENT_DELAY_MS = Number(process.env.CLIENT_DELAY_MS ?? 0);

const compileCache = process.env.COMPILE_CACHE;
if (compileCache) rmSync(compileCache, { recursive: true, force: true });

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function once() {
  const dir = mkdtempSync(join(tmpdir(), "groundwork-server-open-"));
  const folder = join(dir, "scale-ai");
  cpSync(join(repo, "examples/scale-ai"), folder, { recursive: true });
  const text = readFileSync(join(folder, "draft.md"), "utf8");
  const uri = pathToFileURL(join(folder, "draft.md")).href;
  const trace = join(dir, "trace.jsonl");
  const env = { ...process.env, GROUNDWORK_TRACE: trace };
  delete env.NODE_COMPILE_CACHE;
  delete env.GROUNDWORK_COMPILE_CACHE;
  if (compileCache) env.GROUNDWORK_COMPILE_CACHE = compileCache;
  const forkAt = Date.now();
  const t0 = performance.now();
  const proc = spawn(node, [...(process.env.NODE_ARGS?.split(" ").filter(Boolean) ?? []), server, "--node-ipc"], { stdio: ["ignore", "ignore", "inherit", "ipc"], env });
  const cpu = () => {
    const f = readFileSync(`/proc/${proc.pid}/stat`, "utf8").split(") ")[1].split(" ");
    return (Number(f[11]) + Number(f[12])) * 10;
  };
  const conn = createMessageConnection(new IPCMessageReader(proc), new IPCMessageWriter(proc));
  const out = {};
  let resolveAll;
  const all = new Promise((r) => (resolveAll = r));
  conn.onNotification("textDocument/publishDiagnostics", (p) => {
    if (p.uri !== uri) return;
    const ms = Math.round(performance.now() - t0);
    if (p.diagnostics.length && out.firstFindingsMs === undefined) {
      out.firstFindingsMs = ms;
      out.cpuAtFirstFindingsMs = cpu();
    }
    if (p.diagnostics.length >= 6) {
      out.allMs ??= ms;
      resolveAll();
    }
  });
  conn.onRequest("workspace/configuration", async (p) => (await sleep(CLIENT_DELAY_MS), p.items.map(() => ({}))));
  conn.onRequest(async () => (await sleep(CLIENT_DELAY_MS), null));
  conn.onNotification(() => {});
  conn.listen();
  const folderUri = pathToFileURL(folder).href;
  const capabilities = { workspace: { configuration: true, workspaceFolders: true, codeLens: { refreshSupport: true } }, window: { workDoneProgress: true } };
  await conn.sendRequest("initialize", { processId: process.pid, rootUri: folderUri, capabilities, workspaceFolders: [{ uri: folderUri, name: "scale-ai" }], initializationOptions: { trusted: true, storagePath: join(dir, "storage"), settings: {} } });
  void conn.sendNotification("initialized", {});
  void conn.sendNotification("groundwork/visibleRanges", { uri, ranges: [{ start: 0, end: 45 }] });
  void conn.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "markdown", version: 1, text } });
  await Promise.race([all, sleep(60_000)]);
  out.cpuAtAllMs = cpu();
  const steps = {};
  for (const l of readFileSync(trace, "utf8").split("\n").filter(Boolean)) {
    const t = JSON.parse(l);
    const k = `${t.step}${t.part ? "." + t.part : ""}`;
    if (!(k in steps)) steps[k] = Math.round(t.at - forkAt);
  }
  await conn.sendRequest("shutdown").catch(() => {});
  void conn.sendNotification("exit");
  await sleep(100);
  proc.kill();
  rmSync(dir, { recursive: true, force: true });
  return { ...out, steps };
}

const runs = [];
for (let i = 0; i < RUNS; i++) runs.push(await once());
const median = (xs) => {
  const s = xs.filter((x) => typeof x === "number").sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : undefined;
};
const keys = [...new Set(runs.flatMap((r) => Object.keys(r.steps)))];
console.log(
  JSON.stringify(
    {
      node,
      server,
      clientDelayMs: CLIENT_DELAY_MS,
      compileCache: compileCache ?? null,
      median: {
        firstFindingsMs: median(runs.map((r) => r.firstFindingsMs)),
        cpuAtFirstFindingsMs: median(runs.map((r) => r.cpuAtFirstFindingsMs)),
        allMs: median(runs.map((r) => r.allMs)),
        cpuAtAllMs: median(runs.map((r) => r.cpuAtAllMs)),
        steps: Object.fromEntries(keys.map((k) => [k, median(runs.map((r) => r.steps[k]))])),
      },
      runs: runs.map((r) => ({ firstFindingsMs: r.firstFindingsMs, cpuAtFirstFindingsMs: r.cpuAtFirstFindingsMs, allMs: r.allMs, cpuAtAllMs: r.cpuAtAllMs })),
      firstRunSteps: runs[0]?.steps,
      load: loadavg().map((x) => Math.round(x * 100) / 100),
    },
    null,
    2,
  ),
);
