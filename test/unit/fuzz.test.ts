// Property tests of the parsers that see untrusted text: the quantity parser, the sentence splitter,
// Markdown claim extraction and citation insertion. FUZZ_RUNS sets the number of cases (default 200;
// `npm run fuzz` runs 100,000 of each and prints the counts).
import { strict as assert } from "node:assert";
import fc from "fast-check";
import { extractQuantities, formatQuantity, normalizeQuantity } from "../../src/core/quantities";
import { splitSentences, isSpaceCode } from "../../src/core/text/sentences";
import { extractDraftSentences } from "../../src/core/claims/markdown";
import { applyEdits, citeEdits, replaceValue, type CitationStyle, type TextEdit } from "../../src/core/citations/insert";
import { LineIndex } from "../../src/core/text/lines";
import { FUZZ_RUNS, counted, fuzzCounts } from "../fuzz/runs";

const runs = { numRuns: FUZZ_RUNS };

const NASTY = ["\uD83D", "\uDE00", "😀", "👩‍👩‍👧", "\u0000", "\u200B", "\u00A0", "\r", "\r\n", "\n", "\t", "\uFEFF", "e\u0301", "ﷺ", "中文。", "Привет.", "مرحبا.", "$", "%", ".", ",", "…", "\"", "“", "”", "'", "’"];
const prose = fc.constantFrom("Scale AI raised $1.5 billion in 2024.", "It grew 49% to about 200 people.", "Dr. Wang, 28, said \"we tripled\".", "On June 8, 2025, Meta paid $14.3B.", "U.S. revenue was $870M.", "e.g. half of them", "nearly a third", "1,000,000", "3.14.15", "$$$", "...", "  ");
const mdBits = fc.constantFrom("# ", "- ", "1. ", "> ", "> > ", "   - ", "```\n", "~~~\n", "`", "**", "_", "[", "](", ")", "[^a]", "[^a]: note\n", "[@k]", "<!-- ", " -->", "<div>", "</div>", "---\n", "| a | b |\n|---|---|\n", "|", "\\", "&amp;", "\n", "\n\n", "\r\n", "    ", "<!-- groundwork-ignore -->");
const text = fc.oneof(
  { weight: 2, arbitrary: fc.array(fc.oneof(prose, fc.constantFrom(...NASTY), fc.string({ maxLength: 6 })), { maxLength: 16 }).map((a) => a.join(" ")) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 60 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 60 }) },
);
const markdown = fc.array(fc.oneof(prose, mdBits, fc.constantFrom(...NASTY), fc.string({ maxLength: 6 })), { maxLength: 30 }).map((a) => a.join(""));

function sameRange(lines: LineIndex, start: number, end: number, r: { start: { line: number; character: number }; end: { line: number; character: number } }) {
  assert.deepEqual(r, lines.rangeOf(start, end));
}

describe(`fuzz (FUZZ_RUNS=${FUZZ_RUNS})`, function () {
  this.timeout(0);
  after(() => {
    if (process.env.FUZZ_REPORT) for (const [name, n] of fuzzCounts) console.log(`fuzz: ${name}: ${n} cases`);
  });

  it("quantities: never throw, spans slice their text, normalising twice changes nothing", () => {
    fc.assert(
      fc.property(
        text,
        counted("quantities", (s: string) => {
          let last = 0;
          for (const q of extractQuantities(s)) {
            assert.equal(s.slice(q.start, q.end), q.text);
            assert.ok(q.start >= last && q.end > q.start && q.end <= s.length);
            last = q.end;
            const n = normalizeQuantity(q);
            assert.deepEqual(normalizeQuantity(n), n);
            assert.equal(typeof formatQuantity(q), "string");
          }
        }),
      ),
      runs,
    );
  });

  it("sentence splitter: never throws; trimmed, ordered, in-bounds spans", () => {
    fc.assert(
      fc.property(
        text,
        fc.nat(),
        fc.nat(),
        counted("sentences", (s: string, a: number, b: number) => {
          const from = s.length ? a % (s.length + 1) : 0;
          const to = from + (s.length - from ? b % (s.length - from + 1) : 0);
          let last = from;
          for (const sp of splitSentences(s, from, to)) {
            assert.ok(sp.start >= last && sp.end > sp.start && sp.end <= to, `span ${sp.start}-${sp.end} in ${from}-${to}`);
            assert.ok(!isSpaceCode(s.charCodeAt(sp.start)) && !isSpaceCode(s.charCodeAt(sp.end - 1)), "trimmed");
            last = sp.end;
          }
        }),
      ),
      runs,
    );
  });

  it("Markdown extraction: never throws; text, range and plain offsets are exact", () => {
    fc.assert(
      fc.property(
        markdown,
        counted("markdown", (md: string) => {
          const lines = new LineIndex(md);
          let lastEnd = 0;
          for (const s of extractDraftSentences(md)) {
            assert.equal(md.slice(s.start, s.end), s.text);
            assert.ok(s.start >= lastEnd && s.start < s.end && s.end <= md.length);
            lastEnd = s.end;
            sameRange(lines, s.start, s.end, s.range);
            assert.equal(s.plainOffsets.length, s.plain.length);
            for (let i = 0; i < s.plainOffsets.length; i++) {
              assert.ok(s.plainOffsets[i] >= s.start && s.plainOffsets[i] < s.end);
              if (i) assert.ok(s.plainOffsets[i] > s.plainOffsets[i - 1]);
            }
            for (const c of s.citations) assert.ok(c.start >= 0 && c.end <= md.length && c.start <= c.end);
          }
        }),
      ),
      runs,
    );
  });

  it("citation insertion: changes nothing but the inserted text", () => {
    const undo = (out: string, edits: TextEdit[]) => {
      const sorted = edits.map((e, i) => ({ e, i })).sort((x, y) => x.e.start - y.e.start || x.i - y.i);
      let shift = 0;
      const spans = sorted.map(({ e }) => {
        const at = e.start + shift;
        shift += e.newText.length;
        return { at, len: e.newText.length };
      });
      for (const sp of spans.reverse()) out = out.slice(0, sp.at) + out.slice(sp.at + sp.len);
      return out;
    };
    fc.assert(
      fc.property(
        markdown,
        fc.nat(),
        fc.constantFrom<CitationStyle>("footnote", "pandoc", "link"),
        fc.string({ maxLength: 12 }),
        fc.string({ maxLength: 20 }),
        counted("citations", (d: string, n: number, style: CitationStyle, key: string, title: string) => {
          const sentences = extractDraftSentences(d);
          const end = sentences.length ? sentences[n % sentences.length].end : n % (d.length + 1);
          const edits = citeEdits(d, end, { key, title, file: "../sources/a b.txt", line: n % 50 }, style);
          for (const e of edits) assert.equal(e.start, e.end, "only insertions");
          const out = applyEdits(d, edits);
          assert.equal(undo(out, edits), d);
          // a replacement is one edit of exactly its range
          const r = replaceValue(d, n % (d.length + 1), (n % (d.length + 1)) + 3, "X");
          assert.equal(r.length, 1);
          const replaced = applyEdits(d, r);
          assert.equal(replaced.slice(0, r[0].start) + d.slice(r[0].end), replaced.slice(0, r[0].start) + replaced.slice(r[0].start + 1));
        }),
      ),
      runs,
    );
  });
});
