// Cold start-up of the bundles: each figure is the median wall time of 5 fresh node processes.
//   - cli help: node dist/cli.js --help (loading the bundle and nothing else)
//   - cli check (sample, and the shared dev / meaning drafts when present): a full `check --format json`
//   - cli entities: `entities --format json` over the sample sources (no tagger, no lexicon)
//   - server first diagnostics: spawn dist/server.js --stdio, initialize, open the sample draft,
//     until its first textDocument/publishDiagnostics
// Wall times swing with the machine's load, so each CLI run also reports its own CPU time (user +
// system, all threads, from a preload printing process.cpuUsage() at exit).
// Also the bundle sizes and the data files beside them. Prints JSON.
// Run: npm run build && npx tsx bench/startup.ts [--dist DIR] [--runs N]
import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { lspOverStdio } from "../test/fixtures/helpers/lspStdio";

const root = join(__dirname, "..");
const argValue = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const dist = resolve(argValue("--dist") ?? join(root, "dist"));
const RUNS = Number(argValue("--runs") ?? 5);
const SAMPLE = join(root, "examples/scale-ai");
const SEEDS = "/work/shared/seeds";
const DRAFTS = "/tmp/gw/drafts";

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return +s[Math.floor(s.length / 2)]!.toFixed(1);
};

const CPU_MARK = "GW_STARTUP_CPU_MS=";
const preload = join(mkdtempSync(join(tmpdir(), "gw-startup-preload-")), "cpu.cjs");
writeFileSync(preload, `process.on("exit", () => { const c = process.cpuUsage(); process.stderr.write("\\n${CPU_MARK}" + (c.user + c.system) / 1000 + "\\n"); });\n`);

interface Timing {
  medianMs: number;
  medianCpuMs?: number;
  runsMs: number[];
}

function cli(args: string[]): Timing {
  const runsMs: number[] = [];
  const cpuMs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, ["--require", preload, join(dist, "cli.js"), ...args], { encoding: "utf8", maxBuffer: 64 << 20 });
    const ms = performance.now() - t0;
    if (r.status !== 0 && r.status !== 1) throw new Error(`cli ${args.join(" ")}: exit ${r.status}\n${r.stderr}`);
    runsMs.push(+ms.toFixed(1));
    const cpu = r.stderr.split("\n").find((l) => l.startsWith(CPU_MARK));
    if (cpu) cpuMs.push(Number(cpu.slice(CPU_MARK.length)));
  }
  return { medianMs: median(runsMs), medianCpuMs: cpuMs.length === RUNS ? median(cpuMs) : undefined, runsMs };
}

/** Time from spawning the server to the first diagnostics of the opened sample draft. */
function serverOnce(folder: string): Promise<number> {
  return new Promise((resolveRun, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [join(dist, "server.js"), "--stdio"], { stdio: ["pipe", "pipe", "ignore"] });
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error("server: no diagnostics within 60 s"));
    }, 60_000);
    const uri = pathToFileURL(join(folder, "draft.md")).toString();
    const { send } = lspOverStdio(child, (msg) => {
      if (msg.id === 1) {
        send({ jsonrpc: "2.0", method: "initialized", params: {} });
        send({ jsonrpc: "2.0", method: "textDocument/didOpen", params: { textDocument: { uri, languageId: "markdown", version: 1, text: readFileSync(join(folder, "draft.md"), "utf8") } } });
      } else if (msg.method === "textDocument/publishDiagnostics" && msg.params?.uri === uri && msg.params.diagnostics.length > 0) {
        const ms = performance.now() - t0;
        clearTimeout(timer);
        child.kill();
        resolveRun(+ms.toFixed(1));
      }
    });
    child.on("error", reject);
    const folderUri = pathToFileURL(folder).toString();
    send({ jsonrpc: "2.0", id: 1, method: "initialize", params: { processId: null, rootUri: folderUri, capabilities: {}, workspaceFolders: [{ uri: folderUri, name: "w" }] } });
  });
}

async function server(): Promise<Timing> {
  const folder = mkdtempSync(join(tmpdir(), "gw-startup-"));
  try {
    cpSync(join(SAMPLE, "sources"), join(folder, "sources"), { recursive: true });
    cpSync(join(SAMPLE, "draft.md"), join(folder, "draft.md"));
    const runsMs: number[] = [];
    for (let i = 0; i < RUNS; i++) runsMs.push(await serverOnce(folder));
    return { medianMs: median(runsMs), runsMs };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const sizes: Record<string, number> = {};
  for (const f of readdirSync(dist)) {
    const p = join(dist, f);
    if (statSync(p).isFile() && !f.endsWith(".map")) sizes[f] = statSync(p).size;
  }
  const cliRuns: Record<string, Timing> = {
    help: cli(["--help"]),
    checkSample: cli(["check", "--format", "json", "--sources", join(SAMPLE, "sources"), join(SAMPLE, "draft.md")]),
    entities: cli(["entities", "--format", "json", "--sources", join(SAMPLE, "sources")]),
  };
  for (const name of ["dev-claims", "meaning-claims"]) {
    const draft = join(DRAFTS, `${name}.md`);
    if (existsSync(SEEDS) && existsSync(draft)) cliRuns[`check ${name}`] = cli(["check", "--format", "json", "--sources", SEEDS, draft]);
  }
  console.log(JSON.stringify({
    node: process.version, cpus: cpus().length, load: +loadavg()[0]!.toFixed(2), runs: RUNS, dist,
    bytes: sizes,
    cli: cliRuns,
    serverFirstDiagnostics: await server(),
  }, null, 2));
}

void main();
