// The index after any sequence of file events equals a fresh index of the same folder (issue 13:
// sources copied over themselves left claims unsupported until a manual re-index). Random
// sequences of creates, changes, deletes, renames, overwrites with the same or other content, and
// bursts whose events arrive late, out of order or twice, go through the server's watcher path
// (SourcesWorkspace.applyChange, as onDidChangeWatchedFiles calls it); then the units, skipped
// files and a draft's check results are compared with those of a fresh workspace.
import { strict as assert } from "node:assert";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import fc from "fast-check";
import { pathToUri, SourcesWorkspace } from "../../src/server/indexing";

const CONTENTS = [
  "Scale AI Report\n\nMeta invested $14.3 billion in Scale AI for a 49% stake. Alexandr Wang, the chief executive of Scale AI, will join Meta.\n",
  "Google Report\n\nGoogle planned to pay Scale $200 million this year. Google is Scale AI's largest customer.\n",
  "2 Sources\n[1]\nOpenAI drops Scale AI as a data provider | TechCrunch\nOpenAI said it was winding down its work with Scale AI. Sarah Friar is the chief financial officer of OpenAI.\n[2]\nScale AI valued at $29 billion | Reuters\nThe deal valued Scale AI at $29 billion. Before the deal Scale was valued at $14 billion.\n",
  "---\ntitle: Handshake sees demand\npublisher: TIME\n---\n\nHandshake CEO Garrett Lord said demand tripled overnight. Turing raised $50 million in potential contracts.\n",
  "Contrary Report\n\nGoogle planned to pay Scale $300 million this year. Meta invested $15 billion in Scale AI.\n",
];

/** Files the sequences play with: two with the same base name, a subfolder, an unsupported type, a hidden file. */
const NAMES = ["a.txt", "b.txt", "a.md", "sub/c.txt", "sub/a.txt", "notes.pdf", ".hidden.txt"];

const DRAFT = [
  "Meta invested $14.3 billion in Scale AI for a 49% stake.",
  "Google planned to pay Scale $250 million this year.",
  "OpenAI said it was winding down its work with Scale AI.",
  "The deal valued Scale AI at $29 billion.",
  "Handshake CEO Garrett Lord said demand tripled overnight.",
  "Sarah Friar is the chief executive of OpenAI.",
].join(" ") + "\n";

type Op =
  | { op: "write"; name: number; content: number }
  | { op: "rewrite"; name: number } // the same bytes again
  | { op: "delete"; name: number }
  | { op: "rename"; from: number; to: number }
  | { op: "rmdir" };

type Kind = "created" | "changed" | "deleted";

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant("write" as const), name: fc.nat(NAMES.length - 1), content: fc.nat(CONTENTS.length - 1) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("rewrite" as const), name: fc.nat(NAMES.length - 1) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("delete" as const), name: fc.nat(NAMES.length - 1) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("rename" as const), from: fc.nat(NAMES.length - 1), to: fc.nat(NAMES.length - 1) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("rmdir" as const) }) },
);

/** A burst: file operations, then their events delivered in an order given by `order`, some twice. */
const burstArb = fc.record({ ops: fc.array(opArb, { minLength: 1, maxLength: 5 }), order: fc.array(fc.nat(), { maxLength: 12 }), repeat: fc.array(fc.nat(), { maxLength: 3 }) });

/** Performs one operation on disk; returns the events a watcher reports for it. */
function perform(root: string, op: Op): [string, Kind][] {
  const at = (i: number) => join(root, NAMES[i]!);
  switch (op.op) {
    case "write": {
      const p = at(op.name);
      const existed = existsSync(p);
      mkdirSync(dirname(p), { recursive: true });
      writeFileSync(p, CONTENTS[op.content]!);
      return [[p, existed ? "changed" : "created"]];
    }
    case "rewrite": {
      const p = at(op.name);
      if (!existsSync(p)) return [];
      // copied over itself: the same bytes, reported as a delete and a create (as a copy that replaces does)
      const bytes = readFileSync(p);
      unlinkSync(p);
      writeFileSync(p, bytes);
      return [
        [p, "deleted"],
        [p, "created"],
      ];
    }
    case "delete": {
      const p = at(op.name);
      if (!existsSync(p)) return [];
      unlinkSync(p);
      return [[p, "deleted"]];
    }
    case "rename": {
      const from = at(op.from);
      const to = at(op.to);
      if (!existsSync(from) || from === to) return [];
      const existed = existsSync(to);
      mkdirSync(dirname(to), { recursive: true });
      renameSync(from, to);
      return [
        [from, "deleted"],
        [to, existed ? "changed" : "created"],
      ];
    }
    case "rmdir": {
      const p = join(root, "sub");
      if (!existsSync(p)) return [];
      rmSync(p, { recursive: true, force: true });
      return [[p, "deleted"]];
    }
  }
}

/** What a workspace knows about its sources and what it says about the draft. */
function state(ws: SourcesWorkspace, draftUri: string) {
  const set = [...ws.sets.values()][0]!;
  const units = set.engine.units
    .map((u) => ({ file: u.file, id: u.id, key: set.engine.citationKey(u), title: u.title, section: u.section ?? "", publisher: u.publisher ?? "", sentences: u.sentences.map((s) => [s.text, s.start, s.end]) }))
    .sort((x, y) => (x.file + "\0" + x.id < y.file + "\0" + y.id ? -1 : 1));
  const skipped = set.skipped.map((s) => `${s.path}: ${s.reason}`).sort();
  const results = ws.results(draftUri, Number.MAX_SAFE_INTEGER - Math.floor(Math.random() * 1000), DRAFT).map((r) => ({
    text: r.text,
    verdict: r.verdict,
    findings: r.findings.map((f) => `${f.kind}: ${f.message}`),
    citations: r.citations.map((c) => `${c.key} ${c.range.start.line}`),
  }));
  return { units, skipped, results };
}

describe("server: the index after file events equals a fresh index", function () {
  this.timeout(240000);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "gw-events-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  for (const withCache of [false, true]) {
    it(`random event sequences${withCache ? " (with the persistent cache)" : ""}`, async () => {
      let run = 0;
      await fc.assert(
        fc.asyncProperty(fc.array(fc.nat(CONTENTS.length - 1), { minLength: 1, maxLength: 3 }), fc.array(burstArb, { minLength: 1, maxLength: 4 }), async (initial, bursts) => {
          const project = join(dir, `p${run++}`);
          const root = join(project, "sources");
          mkdirSync(root, { recursive: true });
          initial.forEach((c, i) => writeFileSync(join(root, NAMES[i]!), CONTENTS[c]!));
          const ws = new SourcesWorkspace([project]);
          if (withCache) ws.cacheDir = join(project, ".cache");
          await ws.indexAll();
          const draftUri = pathToUri(join(project, "draft.md"));
          for (const burst of bursts) {
            const events = burst.ops.flatMap((op) => perform(root, op));
            // late, reordered and repeated delivery, as watchers do under load
            const delivered = [...events];
            burst.order.forEach((n, i) => {
              if (delivered.length < 2) return;
              const a = i % delivered.length;
              const b = n % delivered.length;
              [delivered[a], delivered[b]] = [delivered[b]!, delivered[a]!];
            });
            for (const n of burst.repeat) if (events.length) delivered.push(events[n % events.length]!);
            for (const [p, kind] of delivered) await ws.applyChange(p, kind);
          }
          const fresh = new SourcesWorkspace([project]);
          await fresh.indexAll();
          const expected = state(fresh, draftUri);
          assert.deepEqual(state(ws, draftUri), expected);
          await ws.flushSaves();
          if (withCache) {
            // the index saved after the events loads as the same index in the next session
            const next = new SourcesWorkspace([project]);
            next.cacheDir = ws.cacheDir;
            await next.indexAll();
            assert.deepEqual(state(next, draftUri), expected);
            await next.flushSaves();
          }
        }),
        { numRuns: withCache ? 25 : 60 },
      );
    });
  }
});
