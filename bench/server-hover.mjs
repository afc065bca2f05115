// The server's share of hoverDuringCheckMs_10kWords_10MB, without the editor: the built server
// (dist/server.js) over node IPC, as the client starts it, on the bench's 10 MB corpus; the
// 10,000-word draft is opened and, until its whole check is published, a hover on the first finding
// (a sentence checked already) and one on a random line further down (most not checked yet) are
// sent every 20-50 ms (with CODE_ACTIONS=1, a code action request on the finding before each, as a
// click does). Prints JSON: wall ms per request (median, p90, max), the first publication, and the
// server's CPU time from the open to the end (from /proc: Linux only). A benchmark, not a test:
// medians of several runs, interleaved with the build compared against.
// Run: npm run build && npm run bench:server-hover   (env: SERVER=path/to/other/dist/server.js, CODE_ACTIONS=1)
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import rpc from "vscode-jsonrpc/node";

const { createMessageConnection, IPCMessageReader, IPCMessageWriter } = rpc;

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const server = process.env.SERVER ?? join(repo, "dist/server.js");
const data = join(repo, "bench/.data");
if (!existsSync(join(data, "corpus-10MB")) || !existsSync(join(data, "drafts/draft-10000.md"))) {
  console.error("bench/.data/corpus-10MB is missing: run `npx tsx bench/generate.ts --sizes 10` first");
  process.exit(2);
}
const dir = mkdtempSync(join(tmpdir(), "groundwork-server-hover-"));
const folder = join(dir, "w");
cpSync(join(data, "corpus-10MB"), join(folder, "sources"), { recursive: true, dereference: true });
const text = readFileSync(join(data, "drafts/draft-10000.md"), "utf8");
const uri = pathToFileURL(join(folder, "draft.md")).href;
const lineCount = text.split("\n").length;

const proc = spawn(process.execPath, [server, "--node-ipc"], { stdio: ["ignore", "ignore", "inherit", "ipc"] });
/** The server's CPU time so far (user + system, ms). */
const cpu = () => {
  const f = readFileSync(`/proc/${proc.pid}/stat`, "utf8").split(") ")[1].split(" ");
  return (Number(f[11]) + Number(f[12])) * 10;
};
const conn = createMessageConnection(new IPCMessageReader(proc), new IPCMessageWriter(proc));
const published = [];
let openAt = 0;
conn.onNotification("textDocument/publishDiagnostics", (p) => {
  // the whole draft's publication has findings past the lines on screen
  if (p.uri === uri) published.push({ at: performance.now() - openAt, diagnostics: p.diagnostics, whole: p.diagnostics.some((d) => d.range.start.line > 100) });
});
const ready = new Promise((resolve) => conn.onNotification("groundwork/status", (s) => s.state === "ready" && resolve()));
conn.onRequest(() => null);
conn.listen();
await conn.sendRequest("initialize", { processId: null, rootUri: pathToFileURL(folder).href, capabilities: {}, workspaceFolders: [{ uri: pathToFileURL(folder).href, name: "w" }], initializationOptions: { storagePath: join(dir, "storage") } });
void conn.sendNotification("initialized", {});
await ready;
await new Promise((r) => setTimeout(r, 1500));

openAt = performance.now();
const cpuAtOpen = cpu();
void conn.sendNotification("groundwork/visibleRanges", { uri, ranges: [{ start: 0, end: 45 }] });
void conn.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "markdown", version: 1, text } });
while (!published.length) await new Promise((r) => setTimeout(r, 2));
const first = published[0];
const finding = first.diagnostics[0].range.start;
const position = { line: finding.line, character: finding.character + 1 };
const timed = async (list, method, params) => {
  const t = performance.now();
  const answer = await conn.sendRequest(method, params);
  list.push(performance.now() - t);
  return answer;
};
const checked = [];
const unchecked = [];
const actions = [];
let answered = 0;
while (!(published.length > 1 && published.at(-1).whole)) {
  if (process.env.CODE_ACTIONS === "1") await timed(actions, "textDocument/codeAction", { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: [first.diagnostics[0]] } });
  if (await timed(checked, "textDocument/hover", { textDocument: { uri }, position })) answered++;
  await timed(unchecked, "textDocument/hover", { textDocument: { uri }, position: { line: 100 + Math.floor(Math.random() * (lineCount - 100)), character: 2 } });
  await new Promise((r) => setTimeout(r, 20 + Math.random() * 30));
}
const cpuCheckMs = cpu() - cpuAtOpen;
const stats = (list) => {
  const s = [...list].sort((a, b) => a - b);
  const at = (p) => Math.round(s[Math.floor(p * (s.length - 1))] ?? NaN);
  return { n: s.length, median: at(0.5), p90: at(0.9), max: at(1) };
};
console.log(
  JSON.stringify(
    {
      server,
      firstPublicationMs: Math.round(first.at),
      wholeDraftMs: Math.round(published.at(-1).at),
      hoverOnFindingMs: { ...stats(checked), answered },
      hoverFurtherDownMs: stats(unchecked),
      ...(actions.length ? { codeActionMs: stats(actions) } : {}),
      serverCpuMs: cpuCheckMs,
    },
    null,
    2,
  ),
);
await conn.sendRequest("shutdown");
void conn.sendNotification("exit");
rmSync(dir, { recursive: true, force: true });
process.exit(0);
