// Cancellable checks: the engine's asynchronous check stops when its token is cancelled, the
// server's check queue cancels a stale version's check, and the server answers hovers while a
// long check runs. Order of events only: no timing thresholds.
import { strict as assert } from "node:assert";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { PassThrough } from "node:stream";
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from "vscode-jsonrpc/node";
import { createConnection, ProposedFeatures } from "vscode-languageserver/node";
import type { Diagnostic } from "vscode-languageserver";
import { corpusFiles, loadTemplates, makeDraft } from "../../bench/generate";
import { CHECKED_AT_ONCE, Groundwork } from "../../src/core/engine";
import { CheckCancelledError, nextTurn, type CancellationToken } from "../../src/core/cancellation";
import { CheckQueue } from "../../src/server/checkQueue";
import { diagnosticsFor } from "../../src/server/diagnostics";
import { pathToUri, SourcesWorkspace } from "../../src/server/indexing";
import { startServer } from "../../src/server/server";
import { hoverMarkdown } from "../../src/server/hover";
import { REQUESTS_FIRST } from "../../src/server/pacing";
import { DEFAULT_SEVERITY } from "../../src/server/protocol";

/** A dozen generated news files (about 0.5 MB) and a draft of about 600 words drawn from them. */
function generated(): {
  files: { path: string; text: string }[];
  draft: string;
  longDraft: string;
  screenDraft: string;
  growingDraft: string;
  otherDraft: string;
  laterDraft: string;
  /** A sentence of the sources (supported) and the same with its figure changed (contradicted). */
  figure: { right: string; wrong: string };
} {
  const templates = loadTemplates();
  const files: { path: string; text: string }[] = [];
  const pool: string[] = [];
  for (const f of corpusFiles(7, templates)) {
    files.push({ path: f.path, text: f.text });
    pool.push(...f.sentences);
    if (files.length >= 12) break;
  }
  // the long draft keeps a check running for many time slices, so that a hover sent right after
  // it starts is answered before it ends on any machine
  const engine = engineOver(files);
  const verdict = (sentence: string) => engine.checkMarkdown(sentence).find((r) => r.verdict !== "unchecked")?.verdict;
  const figure = pool
    .filter((s) => /\$\d+(?:\.\d+)? (?:million|billion)/.test(s))
    .map((right) => ({ right, wrong: right.replace(/\$(\d+(?:\.\d+)?) (million|billion)/, (_m, n: string, unit: string) => `$${Number(n) + 7} ${unit}`) }))
    .find((f) => verdict(f.right) === "supported" && verdict(f.wrong) === "contradicted");
  assert.ok(figure, "a supported sentence with a figure that, changed, is contradicted");
  return {
    files,
    draft: makeDraft(600, 7, pool, templates).markdown,
    longDraft: makeDraft(3000, 11, pool, templates).markdown,
    screenDraft: makeDraft(1200, 13, pool, templates).markdown,
    growingDraft: makeDraft(3000, 17, pool, templates).markdown,
    otherDraft: makeDraft(3000, 19, pool, templates).markdown,
    laterDraft: makeDraft(3000, 23, pool, templates).markdown,
    figure,
  };
}

function engineOver(files: { path: string; text: string }[]): Groundwork {
  const engine = new Groundwork(join(tmpdir(), "gw-cancel", "sources"));
  for (const f of files) engine.setSource(f.path, f.text);
  return engine;
}

/** A token that reports cancellation from its `reads`-th read on. */
function cancelledAfter(reads: number): CancellationToken & { reads: number } {
  return {
    reads: 0,
    get isCancellationRequested() {
      return ++this.reads >= reads;
    },
  };
}

const claimsOf = (results: { verdict: string }[]) => results.filter((r) => r.verdict !== "unchecked").length;

describe("cancellable checks", function () {
  this.timeout(120_000);
  const data = generated();

  describe("engine", () => {
    it("the asynchronous check gives the synchronous check's results, pausing between sentences", async () => {
      const sync = engineOver(data.files).checkMarkdown(data.draft);
      let pauses = 0;
      const counting = {
        get isCancellationRequested() {
          pauses++;
          return false;
        },
      };
      const engine = engineOver(data.files);
      const async = await engine.checkMarkdownAsync(data.draft, {}, counting, 0);
      assert.deepEqual(async, sync);
      assert.ok(claimsOf(sync) > 10, `a long draft: ${claimsOf(sync)} claims`);
      // the token is read before the first step and before each sentence checked (repeated ones are cached)
      assert.equal(pauses, engine.exportResults().length + 1);
    });

    it("a cancelled check stops early with CheckCancelledError; what it checked stays known, the rest is not reported", async () => {
      const engine = engineOver(data.files);
      const all = engineOver(data.files).checkMarkdown(data.draft);
      await assert.rejects(engine.checkMarkdownAsync(data.draft, {}, cancelledAfter(6), 0), CheckCancelledError);
      const checked = engine.exportResults().length;
      assert.ok(checked > 0 && checked < claimsOf(all), `stopped after ${checked} of ${claimsOf(all)} sentences`);
      // the known results are exactly those sentences, where they stand, as the full check has them
      const known = engine.knownResults(data.draft).filter((r) => r.verdict !== "unchecked");
      assert.equal(known.length, checked);
      const full = new Map(all.map((r) => [JSON.stringify(r.range), r]));
      for (const r of known) assert.deepEqual(r, full.get(JSON.stringify(r.range)));
    });

    it("pauses between slices with the pause it is given (the server's lets requests in first)", async () => {
      const engine = engineOver(data.files);
      let pauses = 0;
      const pause = async () => void pauses++;
      const results = await engine.checkMarkdownAsync(data.draft, {}, undefined, 0, undefined, undefined, pause);
      assert.deepEqual(results, engineOver(data.files).checkMarkdown(data.draft));
      // slices of 0 ms: a pause before each sentence checked
      assert.equal(pauses, engine.exportResults().length);
    });

    it("knownResults checks the unknown sentence at a position at once, and only that one", () => {
      const engine = engineOver(data.files);
      const all = engineOver(data.files).checkMarkdown(data.draft).filter((r) => r.verdict !== "unchecked");
      const target = all[Math.floor(all.length / 2)]!;
      assert.equal(claimsOf(engine.knownResults(data.draft)), 0, "nothing known before");
      const at = { start: target.range.end, end: target.range.end };
      const known = engine.knownResults(data.draft, {}, at);
      assert.deepEqual(known.find((r) => JSON.stringify(r.range) === JSON.stringify(target.range)), target);
      assert.equal(engine.exportResults().length, 1, "one sentence checked");
      // a whole selection: at most CHECKED_AT_ONCE sentences are checked for it
      const selection = { start: all[0]!.range.start, end: all.at(-1)!.range.end };
      engine.knownResults(data.draft, {}, selection);
      assert.equal(engine.exportResults().length, 1 + CHECKED_AT_ONCE);
    });

    it("cached results are placed where the sentence stands now (typed sentence ranges)", async () => {
      const { engine } = await Groundwork.fromFolder(join(__dirname, "../../examples/scale-ai/sources"));
      const sentence = "Meta agreed to invest $15.3 billion\nin Scale AI for a 49% stake.";
      const drafts = [sentence + "\n", "# Title\n\nIntro words here. " + sentence + "\n", "Intro.\r\n\r\nMore words. " + sentence.replace("\n", "\r\n") + "\n"];
      for (const draft of drafts) {
        const r = engine.checkMarkdown(draft).find((c) => c.text.replace(/\r/g, "") === sentence)!;
        const f = r.findings.find((x) => x.kind === "number")!;
        assert.ok(f?.range, `a contradicted figure in ${JSON.stringify(draft)}`);
        const lines = draft.split(/\r?\n/);
        assert.equal(lines[f.range.start.line].slice(f.range.start.character, f.range.end.character), "$15.3 billion", JSON.stringify(draft));
      }
      // checked once per spelling (LF, CRLF): the second draft's sentence came from the cache
      assert.equal(engine.exportResults().filter(([key]) => key.startsWith("Meta agreed")).length, 2);
    });
  });

  describe("server", () => {
    /** A workspace over the generated sources, a draft and a queue that records what happens to each check. */
    function setup() {
      const ws = new SourcesWorkspace();
      const engine = engineOver(data.files);
      ws.addEngine(engine);
      const doc = { uri: pathToUri(join(tmpdir(), "gw-cancel", "draft.md")), version: 1, text: data.draft };
      const events: string[] = [];
      const queue = new CheckQueue(
        async (target, token) => {
          try {
            const results = await ws.checkedResults(target.uri, target.version, doc.text, token, 0);
            return diagnosticsFor(results, { severity: DEFAULT_SEVERITY, sourceUri: (f) => f });
          } catch (e) {
            events.push(`v${target.version} ${e instanceof CheckCancelledError ? "cancelled" : "failed"}`);
            throw e;
          }
        },
        () => doc.version,
        (_uri, version) => events.push(`v${version} published`),
        0,
      );
      const target = () => ({ uri: doc.uri, version: doc.version, getText: () => doc.text });
      const checkedAtLeast = async (n: number) => {
        while (engine.exportResults().length < n) {
          assert.ok(queue.isBusy(doc.uri), `the check ended before ${n} sentences: ${events.join(", ")}`);
          await nextTurn();
        }
      };
      const idle = async () => {
        while (queue.isBusy(doc.uri)) await nextTurn();
      };
      return { ws, engine, doc, events, queue, target, checkedAtLeast, idle };
    }

    it("a stale version's check is cancelled when a new version arrives; only the new one is published", async () => {
      const { engine, doc, events, queue, target, checkedAtLeast, idle } = setup();
      const total = claimsOf(engineOver(data.files).checkMarkdown(data.draft));
      queue.schedule(target());
      await checkedAtLeast(3);
      doc.version = 2;
      doc.text = data.draft + "\nOne more sentence about the story.\n";
      queue.schedule(target());
      const checkedByV1 = engine.exportResults().length;
      await idle();
      assert.deepEqual(events, ["v1 cancelled", "v2 published"]);
      assert.ok(checkedByV1 < total, `v1 stopped after ${checkedByV1} of ${total} sentences`);
      queue.dispose();
    });

    it("a request during the check gets its sentence checked at once, the check goes on, and a new version still cancels it", async () => {
      const { ws, engine, doc, events, queue, target, checkedAtLeast, idle } = setup();
      const all = engineOver(data.files).checkMarkdown(data.draft).filter((r) => r.verdict !== "unchecked");
      const last = all.at(-1)!;
      queue.schedule(target());
      await checkedAtLeast(3);
      const checked = engine.exportResults().length;
      const answer = ws.knownResults(doc.uri, doc.version, doc.text, { start: last.range.start, end: last.range.start });
      assert.ok(queue.isBusy(doc.uri), "answered during the check");
      assert.deepEqual(answer.find((r) => r.range.start.line === last.range.start.line && r.range.start.character === last.range.start.character), last);
      assert.equal(engine.exportResults().length, checked + 1, "that sentence alone was checked for the request");
      doc.version = 2;
      doc.text = data.draft + "\nOne more sentence about the story.\n";
      queue.schedule(target());
      await idle();
      assert.deepEqual(events, ["v1 cancelled", "v2 published"]);
      queue.dispose();
    });

    it("a check's pause lets a request read meanwhile be answered before the next slice", async () => {
      // vscode-jsonrpc dispatches a message read from the client on an immediate, queued after the
      // pause's own: one turn (nextTurn) would run the next slice first
      const order: string[] = [];
      const slice = REQUESTS_FIRST.pause().then(() => order.push("next slice"));
      setImmediate(() => order.push("request"));
      await slice;
      assert.deepEqual(order, ["request", "next slice"]);
      const oneTurn: string[] = [];
      const next = nextTurn().then(() => oneTurn.push("next slice"));
      setImmediate(() => oneTurn.push("request"));
      await next;
      await nextTurn();
      assert.deepEqual(oneTurn, ["next slice", "request"], "why one turn is not enough");
    });

    it("a check whose document changes stops even when no new check is scheduled (checkOn: save)", async () => {
      const { engine, doc, events, queue, target, checkedAtLeast, idle } = setup();
      queue.schedule(target());
      await checkedAtLeast(3);
      doc.version = 2; // an edit, and nothing scheduled
      await idle();
      assert.deepEqual(events, ["v1 cancelled"]);
      assert.ok(engine.knownResults(data.draft).some((r) => r.verdict !== "unchecked"), "what it checked stays cached");
      queue.dispose();
    });

    describe("over a connection", () => {
      let dir: string;
      let client: MessageConnection;
      const diagnostics: { uri: string; version?: number; diagnostics: Diagnostic[] }[] = [];
      const order: string[] = [];

      before(async () => {
        dir = mkdtempSync(join(tmpdir(), "gw-cancel-"));
        for (const f of data.files) {
          const p = join(dir, "sources", f.path);
          mkdirSync(dirname(p), { recursive: true });
          writeFileSync(p, f.text);
        }
        const toServer = new PassThrough();
        const toClient = new PassThrough();
        startServer(createConnection(ProposedFeatures.all, new StreamMessageReader(toServer), new StreamMessageWriter(toClient)));
        client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
        client.onNotification("textDocument/publishDiagnostics", (p: { uri: string; version?: number; diagnostics: Diagnostic[] }) => {
          diagnostics.push(p);
          // "all": the whole draft's, past the top of the draft checked first
          order.push(`diagnostics v${p.version}${p.diagnostics.some((d) => d.range.start.line > 30) ? " all" : ""}`);
        });
        const ready = new Promise<void>((resolve) => client.onNotification("groundwork/status", (s: { state: string }) => {
          if (s.state === "ready") resolve();
        }));
        client.onRequest(() => null);
        client.listen();
        await client.sendRequest("initialize", { processId: null, rootUri: pathToUri(dir), capabilities: {}, workspaceFolders: [{ uri: pathToUri(dir), name: "w" }] });
        void client.sendNotification("initialized", {});
        await ready;
      });

      after(async () => {
        // shutting down stops the server's pending checks and timers (a later test file's trace would see them)
        await client?.sendRequest("shutdown").catch(() => undefined);
        client?.dispose();
        rmSync(dir, { recursive: true, force: true });
      });

      it("checks the lines on screen first and publishes them before the rest of the draft", async () => {
        const uri = pathToUri(join(dir, "screen.md"));
        const text = data.screenDraft;
        const expected = engineOver(data.files).checkMarkdown(text).filter((r) => r.findings.length);
        // on screen: the paragraph of the last claim with a finding (the check would reach it last)
        const line = expected.at(-1)!.range.start.line;
        const screen = { start: line, end: line };
        assert.ok(expected.some((r) => r.range.end.line < line), "findings before the screen too");
        await client.sendNotification("groundwork/visibleRanges", { uri, ranges: [screen] });
        await client.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "markdown", version: 1, text } });
        const published = () => diagnostics.filter((d) => d.uri === uri);
        const lines = (d: { diagnostics: Diagnostic[] }) => d.diagnostics.map((x) => x.range.start.line);
        while (!published().some((d) => lines(d).some((l) => l < line))) await new Promise((r) => setTimeout(r, 5));
        const whole = published().findIndex((d) => lines(d).some((l) => l < line));
        // the screen's (as its findings come, then once it is done), then the whole draft
        assert.ok(whole >= 1, "the whole draft comes last");
        for (const first of published().slice(0, whole)) assert.ok(lines(first).length > 0 && lines(first).every((l) => l === line), `the first publications are the screen's: ${lines(first)}`);
      });

      it("shows the findings on screen as they are checked, growing, before the screen is done", async () => {
        const uri = pathToUri(join(dir, "growing.md"));
        const text = data.growingDraft; // not the long draft: the hover test needs its sentences unchecked
        const lines = text.split("\n").length;
        const screen = { start: 0, end: Math.floor((lines * 2) / 3) };
        await client.sendNotification("groundwork/visibleRanges", { uri, ranges: [screen] });
        await client.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "markdown", version: 1, text } });
        const published = () => diagnostics.filter((d) => d.uri === uri);
        const expected = diagnosticsFor(engineOver(data.files).checkMarkdown(text), { severity: DEFAULT_SEVERITY, sourceUri: (f) => f }).length;
        while (published().at(-1)?.diagnostics.length !== expected) await new Promise((r) => setTimeout(r, 5));
        const counts = published().map((d) => d.diagnostics.length);
        // the first publications hold part of the screen: more and more findings, then the whole draft's
        assert.ok(counts.length >= 3, `publications: ${counts.join(", ")}`);
        assert.ok(counts[0]! > 0 && counts[0]! < counts.at(-2)!, `the first shows part of the screen: ${counts.join(", ")}`);
        assert.ok(counts.every((n, i) => i === 0 || n >= counts[i - 1]!), `never fewer: ${counts.join(", ")}`);
        assert.ok(published()[0]!.diagnostics.every((d) => d.range.start.line <= screen.end), "the first ones are on screen");
      });

      it("answers hovers from the sentences already checked while a long check runs", async () => {
        const uri = pathToUri(join(dir, "draft.md"));
        order.length = 0; // this draft's events only
        const first = data.draft.split("\n\n")[1].split(/(?<=\.) /)[0];
        await client.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "markdown", version: 1, text: first + "\n" } });
        while (!order.includes("diagnostics v1")) await new Promise((r) => setTimeout(r, 5));
        // v2: the same first sentence, then the long draft; saving checks it at once
        const v2 = first + "\n\n" + data.longDraft;
        const lastLine = v2.trimEnd().split("\n").length - 1;
        const hoverAt = async (line: number) => !!((await client.sendRequest("textDocument/hover", { textDocument: { uri }, position: { line, character: 1 } })) as { contents?: unknown } | null)?.contents;
        await client.sendNotification("textDocument/didChange", { textDocument: { uri, version: 2 }, contentChanges: [{ text: v2 }] });
        await client.sendNotification("textDocument/didSave", { textDocument: { uri } });
        // (the lines on screen, the draft's top, are published first, as they are checked; the last paragraph comes last)
        while (!order.includes("diagnostics v2 all")) order.push(`first ${await hoverAt(0)}, last ${await hoverAt(lastLine)}`);
        const during = order.slice(order.indexOf("diagnostics v1") + 1, order.indexOf("diagnostics v2 all")).filter((e) => e.startsWith("first"));
        assert.equal(order.filter((e) => e === "diagnostics v1").length, 1, `a draft all on screen is published once: ${order.join("; ")}`);
        // answered while the check had not reached the last paragraph (a blocking check would answer
        // the first hover only after checking everything); the hovered sentence is checked at once
        assert.equal(during[0], "first true, last true", order.join("; "));
        assert.ok(during.every((e) => e.startsWith("first true")), "every hover has the first sentence's earlier result");
        assert.ok(await hoverAt(lastLine), "after the check, the last paragraph has its result");
        assert.ok(diagnostics.at(-1)!.diagnostics.length > 0, "the long check published");
      });

      it("a hover sent right after a code action request is answered first (code actions may re-check a fixed sentence)", async () => {
        const uri = pathToUri(join(dir, "screen.md")); // opened and checked by the first test above
        const position = { line: 0, character: 1 };
        const answered: string[] = [];
        await Promise.all([
          client.sendRequest("textDocument/codeAction", { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: [] } }).then(() => answered.push("code actions")),
          client.sendRequest("textDocument/hover", { textDocument: { uri }, position }).then(() => answered.push("hover")),
        ]);
        assert.deepEqual(answered, ["hover", "code actions"]);
      });

      describe("a hover on a sentence the running check has not reached", () => {
        const uri = () => pathToUri(join(dir, "far.md"));
        const fresh = () => engineOver(data.files);
        /** The hover's first line (verdict and what the sources say) for a sentence, as a fresh check gives it. */
        const headOf = (engine: Groundwork, sentence: string) => hoverMarkdown(engine.checkMarkdown(sentence).find((r) => r.verdict !== "unchecked")!, { sourceUri: (f) => f }).split("\n")[0];
        const hoverHead = async (line: number) => {
          const hover = (await client.sendRequest("textDocument/hover", { textDocument: { uri: uri() }, position: { line, character: 2 } })) as { contents: { value: string } } | null;
          return hover?.contents.value.split("\n")[0];
        };
        /** Publications of the draft with a finding on `line` (the last paragraph: the check reaches it last). */
        const reached = (line: number, version: number) => diagnostics.filter((d) => d.uri === uri() && d.version === version && d.diagnostics.some((x) => x.range.start.line === line));
        const lastLine = (text: string) => text.trimEnd().split("\n").length - 1;

        it("is answered with that sentence's own result, checked at once, before the check gets there", async () => {
          const text = data.otherDraft + "\n\n" + data.figure.wrong + "\n";
          await client.sendNotification("textDocument/didOpen", { textDocument: { uri: uri(), languageId: "markdown", version: 1, text } });
          const head = await hoverHead(lastLine(text));
          assert.equal(reached(lastLine(text), 1).length, 0, "answered before the check reached the last paragraph");
          assert.equal(head, headOf(fresh(), data.figure.wrong));
          assert.match(head!, /Contradicted/);
          while (!reached(lastLine(text), 1).length) await new Promise((r) => setTimeout(r, 5));
        });

        it("after an edit, answers for the new text while the new version is checked, never with the old text's finding", async () => {
          const engine = fresh();
          // the same sentence with another wrong figure: a finding that differs from the old text's
          const changed = data.figure.right.replace(/\$(\d+(?:\.\d+)?) (million|billion)/, (_m, n: string, unit: string) => `$${Number(n) + 14} ${unit}`);
          assert.notEqual(headOf(engine, changed), headOf(engine, data.figure.wrong));
          const text = data.laterDraft + "\n\n" + changed + "\n";
          await client.sendNotification("textDocument/didChange", { textDocument: { uri: uri(), version: 2 }, contentChanges: [{ text }] });
          const head = await hoverHead(lastLine(text));
          assert.equal(reached(lastLine(text), 2).length, 0, "answered while version 2 was checked");
          assert.equal(head, headOf(engine, changed));
          while (!reached(lastLine(text), 2).length) await new Promise((r) => setTimeout(r, 5));
        });
      });
    });
  });
});
