// Snapshots of the postings: a handful of typed arrays (frozen postings in term order, lengths,
// live flags, the frequent terms' highest-impact documents) that the index cache stores and
// restores without re-tokenising. Restoring checks every invariant the search relies on, so a
// damaged cache file is rebuilt rather than answered from.

import { newTerm, PostingStore } from "./bm25-postings";
import { FREQUENT_DF, impactOf } from "./bm25-search";

/** Everything needed to restore an index without re-tokenising: see `Bm25Index.snapshot()`. */
export interface Bm25Snapshot {
  format: 1;
  terms: string; // "\n"-joined, in the order of `counts`
  counts: Uint32Array; // postings per term
  docs: Uint32Array; // all postings, term by term, doc ids ascending
  tfs: Uint16Array;
  lengths: Uint16Array; // per doc
  alive: Uint8Array; // per doc
  /** Highest-impact documents of the frequent terms: term positions, counts, documents. */
  impactTerms?: Uint32Array;
  impactCounts?: Uint16Array;
  impactDocs?: Int32Array;
}

/** A compact copy of the postings (freezes them first). */
export function snapshotOf(store: PostingStore): Bm25Snapshot {
  store.freeze();
  const terms: string[] = [];
  const counts = new Uint32Array(store.postings.size);
  let i = 0;
  const avgdl = store.totalLength / store.live || 1;
  const impactTerms: number[] = [];
  const impactCounts: number[] = [];
  const impactLists: Int32Array[] = [];
  // frozen slices are laid out in Map order, so the flat arrays can be written as they are
  for (const [term, p] of store.postings) {
    if (p.n > FREQUENT_DF) {
      const list = impactOf(store, p, p.n, avgdl);
      impactTerms.push(i);
      impactCounts.push(list.length);
      impactLists.push(list);
    }
    terms.push(term);
    counts[i++] = p.n;
  }
  const impactDocs = new Int32Array(impactLists.reduce((n, l) => n + l.length, 0));
  let at = 0;
  for (const l of impactLists) {
    impactDocs.set(l, at);
    at += l.length;
  }
  return {
    format: 1,
    terms: terms.join("\n"),
    counts,
    docs: store.frozenDocs,
    tfs: store.frozenTfs,
    lengths: store.lengths.slice(0, store.docCount),
    alive: store.alive.slice(0, store.docCount),
    impactTerms: Uint32Array.from(impactTerms),
    impactCounts: Uint16Array.from(impactCounts),
    impactDocs,
  };
}

/** Postings restored from a snapshot; throws if it is inconsistent (the caller then rebuilds). */
export function postingsFromSnapshot(s: Bm25Snapshot): PostingStore {
  if (s?.format !== 1) throw new Error("bm25 snapshot: unknown format");
  const { counts, docs, tfs, lengths, alive } = s;
  if (!(counts instanceof Uint32Array && docs instanceof Uint32Array && tfs instanceof Uint16Array && lengths instanceof Uint16Array && alive instanceof Uint8Array)) throw new Error("bm25 snapshot: bad arrays");
  if (docs.length !== tfs.length || lengths.length !== alive.length) throw new Error("bm25 snapshot: lengths differ");
  const terms = s.terms === "" ? [] : s.terms.split("\n");
  if (terms.length !== counts.length) throw new Error("bm25 snapshot: term count");
  const store = new PostingStore();
  const n = lengths.length;
  let at = 0;
  for (let i = 0; i < terms.length; i++) {
    const c = counts[i];
    if (c === 0 || store.postings.has(terms[i])) throw new Error("bm25 snapshot: bad term table");
    const p = newTerm(at, c, i);
    store.postings.set(terms[i], p);
    store.termList.push(p);
    at += c;
  }
  if (at !== docs.length) throw new Error("bm25 snapshot: posting count");
  let prev = -1;
  let t = 0;
  let end = counts.length ? counts[0] : 0;
  for (let i = 0; i < docs.length; i++) {
    while (i >= end) {
      prev = -1;
      end += counts[++t];
    }
    const d = docs[i];
    if (d >= n || d <= prev) throw new Error("bm25 snapshot: bad postings");
    prev = d;
  }
  store.frozenDocs = docs;
  store.frozenTfs = tfs;
  store.lengths = lengths;
  store.alive = alive;
  store.docCount = n;
  // documents added later are pending from here (settle walks only those)
  store.pendFirst = n;
  if (s.impactTerms && s.impactCounts && s.impactDocs) {
    const list = [...store.postings.values()];
    let o = 0;
    for (let i = 0; i < s.impactTerms.length; i++) {
      const p = list[s.impactTerms[i]];
      const c = s.impactCounts[i];
      if (!p || o + c > s.impactDocs.length) throw new Error("bm25 snapshot: bad impact table");
      p.impact = s.impactDocs.subarray(o, o + c);
      p.impactDf = p.n;
      o += c;
    }
    for (let i = 0; i < s.impactDocs.length; i++) if (s.impactDocs[i] < 0 || s.impactDocs[i] >= n) throw new Error("bm25 snapshot: bad impact docs");
  }
  for (let d = 0; d < n; d++) {
    if (alive[d] > 1) throw new Error("bm25 snapshot: bad alive flag");
    if (alive[d]) {
      store.live++;
      store.totalLength += lengths[d];
    }
  }
  return store;
}
