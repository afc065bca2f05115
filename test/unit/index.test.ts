import { strict as assert } from "node:assert";
import { Bm25Index } from "../../src/core/index/bm25";
import { contentTerms, stem, termOf, tokenize } from "../../src/core/text/tokens";

describe("tokens", () => {
  it("folds plurals, verb endings and news synonyms", () => {
    assert.equal(termOf("revenues"), termOf("sales"));
    assert.equal(termOf("client"), termOf("customers"));
    assert.equal(termOf("valued"), termOf("valuation"));
    assert.equal(stem("promoting"), stem("promoted"));
    assert.equal(termOf("Scale's"), "scale");
  });
  it("keeps offsets of every word", () => {
    const text = "Meta’s $14.3 billion stake";
    for (const t of tokenize(text)) assert.equal(text.slice(t.start, t.end), t.word);
    assert.deepEqual(tokenize(text).map((t) => t.word), ["Meta’s", "14.3", "billion", "stake"]);
  });
  it("drops stop words from content terms", () => {
    assert.deepEqual(contentTerms("It was the biggest client of Scale"), ["biggest", "customer", "scale"]);
  });
  it("folds synonyms, but not a superlative into its base word", () => {
    assert.deepEqual(contentTerms("largest clients, top customer"), ["biggest", "customer", "biggest", "customer"].filter((t, i, a) => a.indexOf(t) === i));
    assert.equal(termOf("large"), termOf("big"));
    assert.notEqual(termOf("biggest"), termOf("big"));
  });
});

describe("BM25 index", () => {
  it("ranks the passage sharing the rarest words first", () => {
    const ix = new Bm25Index();
    ix.add("Google planned to pay Scale $200 million this year.");
    ix.add("Meta invested $14.3 billion in Scale AI.");
    ix.add("Scale AI was founded in 2016.");
    const hits = ix.search(["meta", "invest", "scale"], 3);
    assert.equal(hits[0].doc, 1);
    assert.equal(hits.length, 3);
  });
  it("forgets removed documents", () => {
    const ix = new Bm25Index();
    const a = ix.add("Handshake saw demand triple overnight.");
    ix.add("Snorkel AI fielded calls.");
    ix.remove(a);
    assert.equal(ix.size, 1);
    assert.deepEqual(ix.search(["handshake", "triple"], 5), []);
  });
  it("answers an empty index", () => {
    assert.deepEqual(new Bm25Index().search(["x"], 5), []);
  });
});

describe("BM25 index: documents added after a snapshot is restored", () => {
  it("finds them, also when they fill several chunks of the pending stream", () => {
    const words = (i: number) => `alpha${i} beta${i % 7} gamma${i % 11} delta${i % 13} epsilon${i % 17} zeta${i % 19}`;
    const original = new Bm25Index();
    for (let i = 0; i < 20; i++) original.add(words(i));
    const restored = Bm25Index.fromSnapshot(original.snapshot());
    restored.remove(3);
    const ids: number[] = [];
    // 6 entries per document: 2,000 documents fill more than one 4K chunk
    for (let i = 1000; i < 3000; i++) ids.push(restored.add(words(i)));
    const fresh = new Bm25Index();
    for (let i = 0; i < 20; i++) fresh.add(words(i));
    fresh.remove(3);
    for (let i = 1000; i < 3000; i++) fresh.add(words(i));
    for (const i of [1000, 1001, 1682, 2047, 2999]) {
      assert.deepEqual(restored.docsWith(termOf(`alpha${i}`)), [ids[i - 1000]]);
      assert.deepEqual(restored.search([termOf(`alpha${i}`), termOf(`beta${i % 7}`)], 3), fresh.search([termOf(`alpha${i}`), termOf(`beta${i % 7}`)], 3));
    }
    assert.deepEqual(restored.search([termOf("alpha3")], 3), []);
    assert.equal(restored.df(termOf("beta1")), fresh.df(termOf("beta1")));
  });
});
