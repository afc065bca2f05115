// Large drafts: the CLI's JSON is written in pieces (one string of a 100,000-claim draft's JSON is
// longer than JavaScript allows), byte for byte what JSON.stringify gives; a long check reports its
// progress; ignore comments are applied by lookup, as the plain search did.
import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import fc from "fast-check";
import { applyIgnores, type Block, type Directive } from "../../src/core/claims/draft/ignore";
import { Groundwork } from "../../src/core/engine";
import { writeJsonInPieces } from "../../src/core/text/json-stream";
import { FUZZ_RUNS } from "../fuzz/runs";

const ROOT = join(__dirname, "..", "..");
const CLI = join(ROOT, "dist/cli.js");
const SAMPLE = join(ROOT, "examples/scale-ai");

function inPieces(value: unknown): string {
  let out = "";
  writeJsonInPieces(value, (chunk) => (out += chunk));
  return out;
}

describe("hardening: large output", function () {
  this.timeout(120000);

  it("writeJsonInPieces gives JSON.stringify(value, null, 1) exactly", () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => assert.equal(inPieces(v), JSON.stringify(v, null, 1))), { numRuns: Math.min(FUZZ_RUNS, 2000) });
    const special = { a: undefined, b: () => 1, c: [undefined, () => 1, Symbol("s")], d: { toJSON: () => ({ e: 1 }) }, f: new Date(0), g: [], h: {}, i: [[], [{}]], j: NaN, k: -0, l: "\u2028\"\\" };
    assert.equal(inPieces(special), JSON.stringify(special, null, 1));
  });

  it("writes a value whose JSON is longer than the longest string (where JSON.stringify fails)", () => {
    const claim = { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 80 } }, text: "x".repeat(5400), verdict: "supported", citations: [{ source: "a.txt", key: "a", excerpt: "y".repeat(200) }], findings: [] };
    const n = 100_000;
    const value = { version: 1, files: [{ path: "draft.md", claims: new Array(n).fill(claim) }] };
    assert.throws(() => JSON.stringify(value, null, 1), /Invalid string length/);
    const lengthFor = (k: number) => JSON.stringify({ version: 1, files: [{ path: "draft.md", claims: new Array(k).fill(claim) }] }, null, 1).length;
    let total = 0;
    let pieces = 0;
    writeJsonInPieces(value, (chunk) => {
      total += chunk.length;
      pieces++;
    });
    assert.equal(total, lengthFor(1) + (n - 1) * (lengthFor(2) - lengthFor(1)));
    assert.ok(pieces > 500, `${pieces} pieces`); // about a megabyte each
  });

  it("the CLI's json and sarif output are what JSON.stringify would print", () => {
    for (const format of ["json", "sarif"]) {
      const r = spawnSync(process.execPath, [CLI, "check", "--fail-on", "never", "--format", format, "--sources", join(SAMPLE, "sources"), join(SAMPLE, "draft.md")], { encoding: "utf8" });
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stdout, JSON.stringify(JSON.parse(r.stdout), null, 1) + "\n", format);
    }
  });

  it("a long check tells its progress every 1,000 sentences", () => {
    const g = new Groundwork("/tmp/gw-progress");
    g.setSource("a.txt", "Scale\n\nScale AI was founded in 2016.\n");
    const draft = Array.from({ length: 2500 }, (_, i) => `Scale AI was founded in ${1900 + (i % 100)}.`).join("\n\n");
    const calls: [number, number][] = [];
    g.checkMarkdown(draft, { progress: (done, total) => calls.push([done, total]) });
    assert.deepEqual(calls, [
      [1000, 2500],
      [2000, 2500],
    ]);
  });

  it("ignore comments by lookup give what the plain search gave", () => {
    // the search applyIgnores did before (directives × blocks), as the reference
    const reference = (blocks: Block[], directives: Directive[]) => {
      for (const d of directives) {
        if (d.kind !== "ignore") continue;
        const target = blocks.find((b) => b.lines[0] === d.line + 1) ?? blocks.find((b) => b.lines[1] === d.line) ?? blocks.find((b) => b.lines[0] > d.line);
        if (target) for (const b of blocks) if (b.lines[0] === target.lines[0] && b.lines[1] === target.lines[1]) b.ignoredByComment = true;
      }
      const regions = directives.filter((d) => d.kind === "off" || d.kind === "on").sort((x, y) => x.offset - y.offset);
      const lines = new Set(directives.filter((d) => d.kind === "ignore-line").map((d) => d.line));
      for (const b of blocks)
        for (const s of b.sentences) {
          if (b.ignoredByComment) s.ignored = true;
          let off = false;
          for (const r of regions) {
            if (r.offset > s.start) break;
            off = r.kind === "off";
          }
          if (off) s.ignored = true;
          for (let l = s.range.start.line; l <= s.range.end.line; l++) if (lines.has(l)) s.ignored = true;
        }
    };
    const layout = fc.record({
      blocks: fc.array(fc.record({ from: fc.nat(30), len: fc.nat(4), sentences: fc.array(fc.record({ at: fc.nat(300), lines: fc.nat(2) }), { maxLength: 3 }) }), { maxLength: 12 }),
      directives: fc.array(fc.record({ kind: fc.constantFrom("ignore", "ignore-line", "off", "on"), line: fc.nat(35), offset: fc.nat(300) }), { maxLength: 8 }),
    });
    const make = (l: typeof layout extends fc.Arbitrary<infer T> ? T : never): Block[] =>
      l.blocks.map((b) => ({
        lines: [b.from, b.from + b.len] as [number, number],
        ignoredByComment: false,
        sentences: b.sentences.map((s) => ({ start: s.at, range: { start: { line: b.from, character: 0 }, end: { line: b.from + s.lines, character: 0 } }, ignored: false }) as unknown as Block["sentences"][number]),
      }));
    fc.assert(
      fc.property(layout, (l) => {
        const a = make(l);
        const b = make(l);
        applyIgnores(a, l.directives as Directive[]);
        reference(b, l.directives as Directive[]);
        assert.deepEqual(a, b);
      }),
      { numRuns: Math.min(FUZZ_RUNS * 10, 5000) },
    );
  });
});
