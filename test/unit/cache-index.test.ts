import { strict as assert } from "node:assert";
import { deserialize, serialize } from "node:v8";
import { Bm25Index, FREQUENT_DF, type Bm25Snapshot } from "../../src/core/index/bm25";
import { Corpus, type CorpusSnapshot } from "../../src/core/index/corpus";
import type { SourceUnit } from "../../src/core/types";
import { isContentTerm, tokenize } from "../../src/core/text/tokens";

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Plain BM25 over every posting: the reference the index must agree with. */
function naive(docs: (string | undefined)[], query: string[], k: number, removed: string[] = []): number[] {
  const terms = docs.map((d) => (d === undefined ? undefined : tokenize(d).map((t) => t.term).filter(isContentTerm)));
  // document frequencies count live documents only, removed ones never (as the index does)
  void removed;
  const live = terms.filter(Boolean).length;
  const avgdl = terms.reduce((n, t) => n + (t?.length ?? 0), 0) / live;
  const scores: [number, number][] = [];
  terms.forEach((t, d) => {
    if (!t) return;
    let s = 0;
    for (const q of new Set(query)) {
      const tf = t.filter((x) => x === q).length;
      if (!tf) continue;
      const df = terms.filter((x) => x?.includes(q)).length;
      const idf = Math.log(1 + (live - df + 0.5) / (df + 0.5));
      s += (idf * tf * 2.2) / (tf + 1.2 * (0.25 + (0.75 * t.length) / avgdl));
    }
    if (s > 0) scores.push([d, s]);
  });
  return scores.sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, k).map((x) => x[0]);
}

const WORDS = "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu".split(" ");

describe("BM25 index layout", () => {
  it("ranks like plain BM25 on a small corpus, before and after removals", () => {
    const r = rng(1);
    const docs: (string | undefined)[] = [];
    const ix = new Bm25Index();
    for (let i = 0; i < 300; i++) {
      const text = Array.from({ length: 4 + Math.floor(r() * 10) }, () => WORDS[Math.floor(r() * r() * WORDS.length)]).join(" ");
      docs.push(text);
      assert.equal(ix.add(text), i);
    }
    const queries = [["alpha", "bravo"], ["zulu", "yankee", "alpha"], ["kilo"], ["nothing"]];
    for (const q of queries) assert.deepEqual(ix.search(q, 10).map((h) => h.doc), naive(docs, q, 10), q.join(" "));
    const removed: string[] = [];
    for (let i = 0; i < 300; i += 7) {
      ix.remove(i);
      removed.push(docs[i]!);
      docs[i] = undefined;
    }
    for (const q of queries) assert.deepEqual(ix.search(q, 10).map((h) => h.doc), naive(docs, q, 10, removed), q.join(" "));
  });

  it("keeps exact scores for candidates when a term is too frequent to scan", () => {
    const ix = new Bm25Index();
    const docs: string[] = [];
    const n = FREQUENT_DF + 500;
    for (let i = 0; i < n; i++) {
      const text = `common words here ${i % 50 === 0 ? "rare" : "filler"} ${i % 3 === 0 ? "common" : "other"} item${i}`;
      docs.push(text);
      ix.add(text);
    }
    assert.ok(ix.df("common") > FREQUENT_DF);
    const got = ix.search(["rare", "common"], 20);
    const want = naive(docs, ["rare", "common"], 20);
    assert.deepEqual(got.map((h) => h.doc), want);
    // only frequent terms: still finds documents
    assert.equal(ix.search(["common", "word"], 5).length, 5);
  });

  it("survives a snapshot round trip through v8.serialize, then keeps indexing", () => {
    const ix = new Bm25Index();
    const texts = ["Meta invested $14.3 billion in Scale AI.", "Google planned to pay Scale $200 million.", "Scale AI was founded in 2016.", "Handshake saw demand triple."];
    texts.forEach((t) => ix.add(t));
    ix.remove(1);
    ix.add("OpenAI drops Scale AI as a data provider.");
    const snap = ix.snapshot(); // compacts: removed documents no longer count in df
    const before = ix.search(["scale", "meta", "openai"], 10);
    const copy = Bm25Index.fromSnapshot(deserialize(serialize(snap)) as Bm25Snapshot);
    assert.deepEqual(copy.search(["scale", "meta", "openai"], 10), before);
    assert.equal(copy.size, ix.size);
    const id = copy.add("Meta hired Alexandr Wang.");
    assert.equal(id, 5);
    assert.equal(copy.search(["wang"], 3)[0].doc, 5);
    copy.remove(0);
    assert.ok(!copy.search(["meta"], 5).some((h) => h.doc === 0));
    // without the documents' texts the search freezes the postings first (exact frequencies): 0 is gone
    assert.deepEqual([...copy.docsWith("scale")], [2, 4]);
  });

  it("refuses inconsistent snapshots", () => {
    const ix = new Bm25Index();
    ix.add("alpha bravo");
    ix.add("bravo charlie");
    const s = ix.snapshot();
    assert.throws(() => Bm25Index.fromSnapshot({ ...s, terms: "alpha" }));
    assert.throws(() => Bm25Index.fromSnapshot({ ...s, docs: Uint32Array.from([9, 9, 9, 9]) }));
    assert.throws(() => Bm25Index.fromSnapshot({ ...s, counts: new Uint32Array(s.counts.length) }));
    assert.throws(() => Bm25Index.fromSnapshot(null as unknown as Bm25Snapshot));
  });
});

function unit(id: string, file: string, sentences: string[]): SourceUnit {
  let pos = 0;
  return {
    id,
    file,
    absPath: "/old/root/" + file,
    title: id.toUpperCase(),
    sentences: sentences.map((text, index) => {
      const start = pos;
      pos += text.length + 1;
      return { index, text, start, end: start + text.length, range: { start: { line: index, character: 0 }, end: { line: index, character: text.length } } };
    }),
  };
}

describe("corpus snapshot", () => {
  it("restores units, documents and sentence analysis", () => {
    const c = new Corpus();
    c.setFile("a.txt", [unit("a", "a.txt", ["Meta invested $14.3 billion in Scale AI.", "Alexandr Wang joined Meta."])]);
    c.setFile("b.txt", [unit("b", "b.txt", ["Google planned to pay Scale $200 million."])]);
    c.setFile("a.txt", [unit("a", "a.txt", ["Meta invested $14.3 billion in Scale AI in June.", "Wang joined Meta."]), unit("a2", "a.txt", ["Second article."])]);
    const copy = Corpus.fromSnapshot(deserialize(serialize(c.snapshot())) as CorpusSnapshot, (f) => "/new/root/" + f);
    assert.deepEqual(copy.files(), c.files());
    assert.deepEqual(
      copy.units.map((u) => ({ ...u, absPath: "" })),
      c.units.map((u) => ({ ...u, absPath: "" })),
    );
    assert.equal(copy.unit("a")!.absPath, "/new/root/a.txt");
    const hits = copy.index.search(["meta", "invest"], 5);
    assert.deepEqual(hits, c.index.search(["meta", "invest"], 5));
    const s = copy.sentence(hits[0].doc)!;
    assert.equal(s.text, "Meta invested $14.3 billion in Scale AI in June.");
    assert.ok(s.quantities.length >= 1);
    assert.deepEqual(copy.window(hits[0].doc, 1).map((d) => copy.sentence(d)!.text), ["Meta invested $14.3 billion in Scale AI in June.", "Wang joined Meta."]);
    copy.removeFile("b.txt");
    assert.deepEqual(copy.files(), ["a.txt"]);
    assert.equal(copy.index.search(["google"], 5).length, 0);
  });
});

