// The indexing fast paths give what the reference paths give.
import { strict as assert } from "node:assert";
import fc from "fast-check";
import { Bm25Index } from "../../src/core/index/bm25";
import { Corpus } from "../../src/core/index/corpus";
import { parseSource } from "../../src/core/sources/parse";
import { splitSentences } from "../../src/core/text/sentences";
import { contentTermIdsOf, contentTermsOf, termName, type TermIds } from "../../src/core/text/tokens";

const WORDS = ["Meta", "meta's", "14.3", "billion", "the", "U.S.", "don’t", "data-labeling", "Ünïcödé", "𝐀𝐁", "shares", "said", "a", "x", "partnerships", "collaborating", "co-founded", "Investors'", "—", "…", "\n", "  "];
const textArb = fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 6 }), fc.string({ unit: "grapheme", maxLength: 4 })), { maxLength: 30 }).map((ws) => ws.join(" "));

describe("indexing fast paths", () => {
  it("contentTermIdsOf names the terms contentTermsOf gives", () => {
    const out: TermIds = { ids: new Int32Array(1), count: 0 };
    fc.assert(
      fc.property(textArb, (t) => {
        contentTermIdsOf(t, out);
        assert.deepEqual(Array.from(out.ids.subarray(0, out.count), termName), contentTermsOf(t));
      }),
      { numRuns: 2000 },
    );
  });

  it("a batch merged into the flat postings searches as documents added one by one", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(textArb, fc.constant(""), fc.constant("meta shares ".repeat(3000))), { minLength: 1, maxLength: 40 }), fc.array(fc.nat(60)), fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }), (texts, removals, query) => {
        // a: settles after every document (growable lists); b: one batch (merged)
        const a = new Bm25Index();
        const b = new Bm25Index();
        for (const t of texts) {
          a.add(t);
          a.df("x");
          b.add(t);
        }
        for (const r of removals) {
          a.remove(r % texts.length);
          b.remove(r % texts.length);
        }
        const terms = contentTermsOf(query.join(" "));
        assert.deepEqual(b.search(terms, 5), a.search(terms, 5));
        for (const t of terms) assert.equal(b.df(t), a.df(t));
        assert.deepEqual(b.snapshot(), a.snapshot());
      }),
      { numRuns: 300 },
    );
  });

  it("the splitter's fast path (Latin text, indexOf) cuts where the general path does", () => {
    const PIECES = ["Meta paid $14.3 billion.", "It closed!", "Why?", " he asked.", "Mr. Wang", "U.S.", "Inc.", "\n", "\r\n", "\n\n", "  ", "- item", "1. first", "“Quoted,” she said.", "(note)", "e.g. this", "…", "data-", "a,", "lower case", "No. 5", "Jan. 12", "ẞtraße.", "¿Qué?", "14.3"];
    const latin = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 4 }).filter((x) => !/[^\u0000-\u036f]/.test(x))), { maxLength: 30 }).map((x) => x.join(" "));
    fc.assert(
      fc.property(latin, (t) => {
        // a non-Latin block after a blank line sends the whole text down the general path
        const general = splitSentences(t + "\n\n\u3042").filter((s) => s.end <= t.length);
        assert.deepEqual(splitSentences(t), general);
      }),
      { numRuns: 3000 },
    );
  });

  it("contentTermIdsOf over a range gives what it gives over that slice", () => {
    const out: TermIds = { ids: new Int32Array(1), count: 0 };
    fc.assert(
      fc.property(textArb, fc.nat(), fc.nat(), (t, x, y) => {
        const a = t.length ? x % (t.length + 1) : 0;
        const b = a + (y % (t.length - a + 1));
        const want = Array.from(contentTermIdsOf(t.slice(a, b), out).ids.subarray(0, out.count));
        assert.deepEqual(Array.from(contentTermIdsOf(t, out, a, b).ids.subarray(0, out.count)), want);
      }),
      { numRuns: 2000 },
    );
  });

  it("parsed units index from their sentence tables as from their sentence objects", () => {
    const files: [string, string][] = [
      ["a.txt", "Title\n\nMeta paid $14.3 billion. It closed!\nShares rose 5%.\n"],
      ["b.md", "# Head\n\nSome *em* text with a [link](http://x). Another sentence.\n\n- item one\n- item two\n"],
      ["c.html", "<html><head><title>T</title></head><body><p>Wang is 28. He said so.</p></body></html>"],
      ["d.txt", "14 Sources\n\n[1]\nFirst | Reuters\nA said B. C said D.\n\n[2]\nSecond\nE did F.\n"],
    ];
    const lazy = new Corpus();
    const built = new Corpus();
    const removed = new Corpus(); // a file removed before its sentences were ever built
    for (const [name, text] of files) removed.setFile(name, parseSource(name, text));
    removed.removeFile("a.txt");
    for (const [name, text] of files) {
      lazy.setFile(name, parseSource(name, text));
      const units = parseSource(name, text);
      for (const u of units) assert.ok(u.sentences.length >= 0); // builds the sentence objects
      built.setFile(name, units);
    }
    assert.deepEqual(lazy.snapshot(), built.snapshot());
    assert.deepEqual(JSON.parse(JSON.stringify(lazy.units)), JSON.parse(JSON.stringify(built.units)));
    lazy.removeFile("a.txt");
    built.removeFile("a.txt");
    assert.deepEqual(lazy.snapshot(), built.snapshot());
    assert.deepEqual(removed.snapshot(), built.snapshot());
  });
});
