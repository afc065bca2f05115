// The indexing fast paths give what the reference paths give.
import { strict as assert } from "node:assert";
import fc from "fast-check";
import { Bm25Index } from "../../src/core/index/bm25";
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
      fc.property(fc.array(textArb, { minLength: 1, maxLength: 40 }), fc.array(fc.nat(60)), fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }), (texts, removals, query) => {
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
});
