// The language server against a careless or hostile client (the real bundle over stdio): a
// document opened without text, malformed requests, closing a draft, a draft nested deeper than
// markdown-it parses, and the CLI's report of the same.
import { strict as assert } from "node:assert";
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { remove, tempDir, write } from "../fixtures/helpers/tree";
import { lspOverStdio, type LspMessage } from "../fixtures/helpers/lspStdio";

const ROOT = join(__dirname, "../..");
const SERVER = join(ROOT, "dist/server.js");
const CLI = join(ROOT, "dist/cli.js");
const DEEP = "> ".repeat(150) + "Scale AI was founded in 2019.\n";

describe("hardening: the server and a careless client (LSP over stdio)", function () {
  this.timeout(60_000);
  let dir: string;
  let child: ChildProcessWithoutNullStreams;
  let messages: LspMessage[];
  let send: (m: object) => void;
  let request: (method: string, params: unknown) => Promise<LspMessage>;
  const uri = (name: string) => pathToFileURL(join(dir, name)).toString();
  /** The next publishDiagnostics for `u` that `accept` takes. */
  const diagnosticsFor = (u: string, accept: (d: { code?: string }[]) => boolean = () => true) =>
    new Promise<{ code?: string; message: string }[]>((res) => {
      const seen = () => messages.find((m) => m.method === "textDocument/publishDiagnostics" && m.params.uri === u && accept(m.params.diagnostics));
      const poll = setInterval(() => {
        const m = seen();
        if (m) {
          clearInterval(poll);
          res(m.params.diagnostics);
        }
      }, 20);
    });

  before(async () => {
    if (!existsSync(SERVER)) spawnSync(process.execPath, ["esbuild.mjs"], { cwd: ROOT, stdio: "ignore" });
    dir = tempDir("gw-careless-");
    write(dir, "sources/a.txt", "Scale\n\nScale AI was founded in 2016.\n");
    write(dir, "draft.md", "Scale AI was founded in 2019.\n");
    write(dir, "sources/evil\nGroundwork: indexed 999 units.bin", "x");
    child = spawn(process.execPath, [SERVER, "--stdio"], { stdio: ["pipe", "pipe", "pipe"] });
    messages = [];
    const pending = new Map<number, (m: LspMessage) => void>();
    ({ send } = lspOverStdio(child, (msg) => {
      messages.push(msg);
      if (msg.id !== undefined) pending.get(msg.id)?.(msg);
    }));
    let id = 0;
    request = (method, params) =>
      new Promise((res) => {
        pending.set(++id, res);
        send({ jsonrpc: "2.0", id, method, params });
      });
    const folder = pathToFileURL(dir).toString();
    await request("initialize", { processId: null, rootUri: folder, capabilities: {}, workspaceFolders: [{ uri: folder, name: "w" }] });
    send({ jsonrpc: "2.0", method: "initialized", params: {} });
    await request("groundwork/reindex", {});
  });
  after(() => {
    child.kill();
    remove(dir);
  });

  it("a document opened without text: no stack trace logged, the server goes on", async () => {
    send({ jsonrpc: "2.0", method: "textDocument/didOpen", params: { textDocument: { uri: uri("notext.md"), languageId: "markdown", version: 1 } } });
    await request("textDocument/hover", { textDocument: { uri: uri("notext.md") }, position: { line: 0, character: 0 } });
    // a draft opened after it is checked after it: by its diagnostics, a failed check has been logged
    send({ jsonrpc: "2.0", method: "textDocument/didOpen", params: { textDocument: { uri: uri("after.md"), languageId: "markdown", version: 1, text: "Scale AI was founded in 2019.\n" } } });
    await diagnosticsFor(uri("after.md"));
    const stats = await request("groundwork/stats", {});
    assert.equal((stats.result as { state: string }).state, "ready");
    const logs = messages.filter((m) => m.method === "window/logMessage").map((m) => m.params.message as string);
    assert.ok(!logs.some((l) => /\n\s+at /.test(l)), `a stack trace was logged:\n${logs.join("\n")}`);
  });

  it("a file name cannot forge a line of the server's log", () => {
    const logs = messages.filter((m) => m.method === "window/logMessage").map((m) => m.params.message as string);
    assert.ok(logs.some((l) => l.includes("skipped evil\\nGroundwork: indexed 999 units.bin: unsupported type")), logs.join("\n"));
    assert.ok(!logs.some((l) => l.includes("\nGroundwork: indexed 999")), "a forged log line");
  });

  it("malformed requests get a generic error, never the internal message", async () => {
    let errors = 0;
    for (const [method, params] of [
      ["textDocument/hover", {}],
      ["textDocument/codeAction", { textDocument: { uri: uri("draft.md") } }],
      ["groundwork/claimSources", null],
      ["groundwork/citationEdit", { uri: 42 }],
    ] as const) {
      const r = await request(method, params);
      if (!r.error) continue; // answered (with nothing): fine
      errors++;
      const message = (r.error as { message: string }).message;
      assert.doesNotMatch(message, /Cannot read|undefined|TypeError|\/tmp\/|at /, `${method}: ${message}`);
      assert.match(message, /^Groundwork could not answer/, `${method}: ${message}`);
    }
    assert.ok(errors >= 2, "the malformed requests failed");
  });

  it("closing a draft clears its diagnostics", async () => {
    send({ jsonrpc: "2.0", method: "textDocument/didOpen", params: { textDocument: { uri: uri("draft.md"), languageId: "markdown", version: 1, text: "Scale AI was founded in 2019.\n" } } });
    const open = await diagnosticsFor(uri("draft.md"), (d) => d.length > 0);
    assert.ok(open.length > 0);
    send({ jsonrpc: "2.0", method: "textDocument/didClose", params: { textDocument: { uri: uri("draft.md") } } });
    await request("groundwork/stats", {});
    const last = messages.filter((m) => m.method === "textDocument/publishDiagnostics" && m.params.uri === uri("draft.md")).pop();
    assert.deepEqual(last?.params.diagnostics, []);
  });

  it("a draft nested deeper than 100 levels gets a warning where the skipped text starts", async () => {
    send({ jsonrpc: "2.0", method: "textDocument/didOpen", params: { textDocument: { uri: uri("deep.md"), languageId: "markdown", version: 1, text: "Intro.\n\n" + DEEP } } });
    const diags = await diagnosticsFor(uri("deep.md"));
    const deep = diags.find((d) => d.code === "nesting-limit") as { range: { start: { line: number } }; message: string } | undefined;
    assert.ok(deep, JSON.stringify(diags));
    assert.equal(deep.range.start.line, 2);
    assert.match(deep.message, /nested deeper than 100 levels/);
  });

  it("the CLI reports the same on stderr", () => {
    const draft = write(dir, "deep-cli.md", DEEP);
    const r = spawnSync(process.execPath, [CLI, "check", "--fail-on", "never", "--sources", join(dir, "sources"), draft], { encoding: "utf8" });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /deep-cli\.md:1: Markdown nested deeper than 100 levels/);
  });
});
