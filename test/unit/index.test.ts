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
    assert.deepEqual(contentTerms("It was the biggest client of Scale"), ["big", "customer", "scale"]);
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
