// Nothing leaked, nothing written: the CLI and the language server run with every network entry
// point trapped, over sources whose hash and mtime are checked afterwards.
import { strict as assert } from "node:assert";
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { changedFiles, remove, snapshot, tempDir, write } from "../fixtures/helpers/tree";
import { lspOverStdio } from "../fixtures/helpers/lspStdio";

const ROOT = join(__dirname, "../..");
const CLI = join(ROOT, "dist/cli.js");
const SERVER = join(ROOT, "dist/server.js");
const PRELOAD = join(ROOT, "test/fixtures/no-network.cjs");
const SAMPLE = join(ROOT, "examples/scale-ai");

function ensureBuilt(): void {
  if (!existsSync(CLI) || !existsSync(SERVER)) spawnSync(process.execPath, ["esbuild.mjs"], { cwd: ROOT, stdio: "ignore" });
}

function fuzzedCorpus(root: string): void {
  let seed = 7;
  const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const bits = ["Scale AI ", "raised ", "$1.5 billion ", "in 2024. ", "[1] ", "<b>", "# ", "\r\n", "\n\n", "😀", "“quoted” ", "command:x ", "[a](command:evil) ", "49% ", "\u0000"];
  for (let i = 0; i < 40; i++) {
    let s = "";
    for (let j = 0; j < 60; j++) s += bits[Math.floor(rnd() * bits.length)];
    write(root, `sources/f${i}.${["txt", "md", "html"][i % 3]}`, s);
  }
  write(root, "draft.md", "Scale AI raised $1.5 billion in 2024. Wang said “we grew”.\n");
}

describe("privacy: no network, sources never written", function () {
  this.timeout(60_000);
  let work: string;
  before(() => {
    ensureBuilt();
    work = tempDir("gw-privacy-");
    fuzzedCorpus(work);
  });
  after(() => remove(work));

  for (const [name, dir, draft] of [
    ["the sample", join(SAMPLE, "sources"), join(SAMPLE, "draft.md")],
    ["a fuzzed corpus", "", ""],
  ] as const) {
    it(`the CLI (check, entities, bib) on ${name}: no network attempt, no source changed`, () => {
      const sources = dir || join(work, "sources");
      const d = draft || join(work, "draft.md");
      const before = snapshot(sources);
      const log = join(work, `net-${name.length}.log`);
      for (const args of [["check", "--sources", sources, "--format", "json", d], ["entities", "--sources", sources, "--format", "json"], ["bib", "--sources", sources]]) {
        const r = spawnSync(process.execPath, ["--require", PRELOAD, CLI, ...args], { env: { ...process.env, GW_NET_LOG: log }, encoding: "utf8" });
        assert.ok(r.status === 0 || r.status === 1, `${args[0]} exit ${r.status}: ${r.stderr}`);
        assert.ok(!r.stderr.includes("internal error"), r.stderr);
      }
      assert.equal(existsSync(log) ? readFileSync(log, "utf8") : "", "", "network attempts");
      assert.deepEqual(changedFiles(before, snapshot(sources)), []);
    });
  }

  it("the language server over stdio (index, open, hover, code actions, check all): no network, no source changed", async () => {
    const folder = work;
    const before = snapshot(folder);
    const log = join(work, "net-server.log");
    const child = spawn(process.execPath, ["--require", PRELOAD, SERVER, "--stdio"], { env: { ...process.env, GW_NET_LOG: log }, stdio: ["pipe", "pipe", "pipe"] });
    const pending = new Map<number, (v: unknown) => void>();
    const { send } = lspOverStdio(child, (msg) => {
      if (msg.id !== undefined) pending.get(msg.id)?.(msg.result ?? msg.error);
    });
    let id = 0;
    const request = (method: string, params: unknown) => new Promise((res) => {
      pending.set(++id, res);
      send({ jsonrpc: "2.0", id, method, params });
    });
    try {
      const uri = pathToFileURL(join(folder, "draft.md")).toString();
      await request("initialize", { processId: null, rootUri: pathToFileURL(folder).toString(), capabilities: {}, workspaceFolders: [{ uri: pathToFileURL(folder).toString(), name: "w" }] });
      send({ jsonrpc: "2.0", method: "initialized", params: {} });
      await request("groundwork/reindex", {});
      send({ jsonrpc: "2.0", method: "textDocument/didOpen", params: { textDocument: { uri, languageId: "markdown", version: 1, text: readFileSync(join(folder, "draft.md"), "utf8") } } });
      await request("textDocument/hover", { textDocument: { uri }, position: { line: 0, character: 3 } });
      await request("textDocument/codeAction", { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 10 } }, context: { diagnostics: [] } });
      await request("groundwork/checkAll", {});
      await request("shutdown", null);
      send({ jsonrpc: "2.0", method: "exit" });
    } finally {
      child.kill();
    }
    assert.equal(existsSync(log) ? readFileSync(log, "utf8") : "", "", "network attempts");
    assert.deepEqual(changedFiles(before, snapshot(folder)).filter((f) => !f.startsWith("net-")), []);
  });

  it("the manifest declares restricted-mode support and nothing in src/ phones home", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
    const u = pkg.capabilities?.untrustedWorkspaces;
    assert.ok(u && (u.supported === "limited" || u.supported === true), "capabilities.untrustedWorkspaces");
    assert.ok(typeof u.description === "string" && u.description.length > 20);
    assert.deepEqual(u.restrictedConfigurations, ["groundwork.sources"]);
    const deps = Object.keys(pkg.dependencies ?? {});
    assert.ok(!deps.some((d) => /telemetry|analytics|sentry|applicationinsights/i.test(d)), `telemetry dependency in ${deps}`);
    const bundle = readFileSync(CLI, "utf8") + readFileSync(SERVER, "utf8");
    assert.ok(!/applicationinsights|telemetryReporter|sendTelemetry/i.test(bundle), "no telemetry in the bundles");
  });
});
