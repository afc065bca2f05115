// Restricted Mode over the real server bundle: a scripted LSP client opens an untrusted workspace
// whose sources reach outside it through links, in each layout an attacker could use, and checks
// that nothing of the outside file reaches the client (hover, passages, diagnostics, stats, logs).
// The same workspace trusted shows the outside text: the probe can see a leak when there is one.
import { strict as assert } from "node:assert";
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { remove, tempDir, write } from "../fixtures/helpers/tree";
import { lspOverStdio, type LspMessage } from "../fixtures/helpers/lspStdio";

const ROOT = join(__dirname, "../..");
const SERVER = join(ROOT, "dist/server.js");
const SECRET = "Quentin Secretsource";
const OUTSIDE_TEXT = `Outside report\n\nZorblax Corp raised $777 million in 2031, said ${SECRET} of the fund.\n`;
const DRAFT = "Zorblax Corp raised $777 million in 2031.\n\nScale AI was founded in 2016.\n";

interface Layout {
  name: string;
  /** Builds the workspace in `ws`, with `outside` a folder beside it holding the secret. */
  make(ws: string, outside: string): void;
}

const LAYOUTS: Layout[] = [
  {
    name: "sources/x.txt → outside file",
    make(ws, outside) {
      write(ws, "sources/inside.txt", "Inside\n\nScale AI was founded in 2016.\n");
      symlinkSync(join(outside, "secret.txt"), join(ws, "sources/x.txt"));
    },
  },
  {
    name: "sources → outside folder",
    make(ws, outside) {
      symlinkSync(outside, join(ws, "sources"));
    },
  },
  {
    name: "sources/sub → outside folder",
    make(ws, outside) {
      write(ws, "sources/inside.txt", "Inside\n\nScale AI was founded in 2016.\n");
      symlinkSync(outside, join(ws, "sources/sub"));
    },
  },
  {
    name: "a configured sources folder that is a link to an outside folder",
    make(ws, outside) {
      write(ws, "groundwork.json", JSON.stringify({ sources: ["refs"] }));
      symlinkSync(outside, join(ws, "refs"));
    },
  },
  {
    // the config's own text reaches the client through its problems ("unknown key ...")
    name: "groundwork.json a link to an outside config",
    make(ws, outside) {
      write(ws, "sources/inside.txt", "Inside\n\nScale AI was founded in 2016.\n");
      write(outside, "config/groundwork.json", JSON.stringify({ sources: [outside], [SECRET]: true }));
      symlinkSync(join(outside, "config/groundwork.json"), join(ws, "groundwork.json"));
    },
  },
];

/** Runs the server on `ws` (trusted or not), drives it like an editor, returns every message it sent. */
async function session(ws: string, trusted: boolean): Promise<{ messages: string[]; skipped: { path: string; reason: string }[] }> {
  const child = spawn(process.execPath, [SERVER, "--stdio"], { stdio: ["pipe", "pipe", "pipe"] });
  const messages: string[] = [];
  const pending = new Map<number, (m: LspMessage) => void>();
  const { send } = lspOverStdio(child, (msg) => {
    messages.push(JSON.stringify(msg));
    if (msg.id !== undefined) pending.get(msg.id)?.(msg);
  });
  let id = 0;
  const request = (method: string, params: unknown) =>
    new Promise<LspMessage>((res) => {
      pending.set(++id, res);
      send({ jsonrpc: "2.0", id, method, params });
    });
  try {
    const folder = pathToFileURL(ws).toString();
    const uri = pathToFileURL(join(ws, "draft.md")).toString();
    await request("initialize", { processId: null, rootUri: folder, capabilities: {}, workspaceFolders: [{ uri: folder, name: "w" }], initializationOptions: { trusted } });
    send({ jsonrpc: "2.0", method: "initialized", params: {} });
    const stats = (await request("groundwork/reindex", { trusted })).result as { skipped: { path: string; reason: string }[] };
    send({ jsonrpc: "2.0", method: "textDocument/didOpen", params: { textDocument: { uri, languageId: "markdown", version: 1, text: DRAFT } } });
    await request("textDocument/hover", { textDocument: { uri }, position: { line: 0, character: 3 } });
    await request("groundwork/passages", { uri, position: { line: 0, character: 3 } });
    await request("groundwork/passages", {});
    await request("groundwork/entities", {});
    await request("groundwork/checkAll", {});
    await request("shutdown", null);
    send({ jsonrpc: "2.0", method: "exit" });
    return { messages, skipped: stats.skipped };
  } finally {
    child.kill();
  }
}

describe("Restricted Mode: nothing outside the workspace folders through links (LSP over stdio)", function () {
  this.timeout(60_000);
  let base: string;
  before(() => {
    if (!existsSync(SERVER)) spawnSync(process.execPath, ["esbuild.mjs"], { cwd: ROOT, stdio: "ignore" });
    base = tempDir("gw-restricted-");
  });
  after(() => remove(base));

  LAYOUTS.forEach((layout, i) => {
    it(`${layout.name}: untrusted shows nothing of the outside file, trusted does`, async () => {
      const ws = join(base, `ws${i}`);
      const outside = join(base, `outside${i}`);
      mkdirSync(ws, { recursive: true });
      write(outside, "secret.txt", OUTSIDE_TEXT);
      write(ws, "draft.md", DRAFT);
      layout.make(ws, outside);

      const untrusted = await session(ws, false);
      const leaks = untrusted.messages.filter((m) => m.includes("Secretsource"));
      assert.deepEqual(leaks, [], "the outside text reached the client");
      assert.ok(!untrusted.messages.some((m) => m.includes(`outside${i}`)), "an outside path reached the client");

      const trusted = await session(ws, true);
      assert.ok(trusted.messages.some((m) => m.includes("Secretsource")), "trusted: the outside source is indexed and shown");
    });
  });

  it("a link inside the sources that points outside is reported as skipped, with the reason", async () => {
    const ws = join(base, "report");
    const outside = join(base, "report-outside");
    mkdirSync(ws, { recursive: true });
    write(outside, "secret.txt", OUTSIDE_TEXT);
    write(ws, "draft.md", DRAFT);
    LAYOUTS[0].make(ws, outside);
    const { skipped } = await session(ws, false);
    assert.deepEqual(skipped, [{ path: "x.txt", reason: "outside the workspace folders (Restricted Mode)" }]);
  });
});
