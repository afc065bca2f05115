// A BM25 inverted index over source sentences. Hand-written because it builds at tens of MB/s
// and answers in well under a millisecond, where general-purpose search libraries are 50-1000x
// slower on this workload (see DEVELOPERS.md). Documents can be removed (a file changed or was
// deleted) without rebuilding: removed ids are skipped at query time and compacted lazily.
//
// Layout: every term's postings (document ids ascending, with term frequencies) live in a
// frozen part (slices of two flat typed arrays: what a snapshot restores, and what compaction
// produces) followed by a growable part (documents added since). Six bytes per posting once
// frozen, and a snapshot is a handful of typed arrays that load without parsing.
//
// Adding is cheap: a document's (term id, tf) entries are appended to a pending stream, which
// the first query (or `settle()`) files into the postings: a large batch (a folder being
// indexed) merged into the flat arrays in one pass, a few documents (a changed file) appended to
// the growable parts.
//
// Query cost stays flat as the corpus grows: terms found in more than FREQUENT_DF documents are
// not scanned. Their exact contribution is added (by binary search in their doc-sorted postings)
// to the best candidates the rarer terms found; when the rarer terms find too few candidates,
// the frequent terms' highest-impact documents are brought in as well.
//
// Modules: bm25-postings.ts (adding, settling, removing, freezing), bm25-search.ts (scoring),
// bm25-snapshot.ts (snapshot and restore). This class is the one entry point.
import { isContentTerm, termsOf } from "../text/tokens";
import { PostingStore } from "./bm25-postings";
import { searchPostings, SearchScratch, type Hit } from "./bm25-search";
import { postingsFromSnapshot, snapshotOf, type Bm25Snapshot } from "./bm25-snapshot";

export { FREQUENT_DF, type Hit } from "./bm25-search";
export type { Bm25Snapshot } from "./bm25-snapshot";

/** Queries whose results are kept until the index changes (a draft asks the same ones again and again). */
const KEPT_QUERIES = 512;

export class Bm25Index {
  private store = new PostingStore();
  private scratch = new SearchScratch();
  // results of recent queries, valid for these documents and this ranking only
  private kept = new Map<string, readonly Hit[]>();
  private keptRanks: Int32Array | undefined;

  /**
   * `textOf` lets `terms(id)` re-derive a document's terms (they are not stored). `rankOf` gives
   * each document its place for breaking ties between equal scores (default: the order added),
   * so that results do not depend on the order files were added or replaced in.
   */
  constructor(
    private textOf?: (id: number) => string | undefined,
    private rankOf?: () => Int32Array | undefined,
  ) {}

  get size(): number {
    return this.store.live;
  }

  /** Adds a document and returns its id. */
  add(text: string): number {
    if (this.kept.size) this.kept.clear();
    return this.store.addSlice(text, 0, text.length);
  }

  /** Adds text.slice(from, to) as a document (without cutting it out) and returns its id. */
  addSlice(text: string, from: number, to: number): number {
    // (called for every sentence while a folder is indexed)
    if (this.kept.size) this.kept.clear();
    return this.store.addSlice(text, from, to);
  }

  /**
   * Files the documents added since the last call into the postings (every query does this
   * first), so that the first check does not pay for it.
   */
  settle(): void {
    this.store.settle();
  }

  remove(id: number): void {
    if (this.kept.size) this.kept.clear();
    this.store.remove(id, this.has(id) ? this.textOf?.(id) : undefined);
  }

  has(id: number): boolean {
    return this.store.has(id);
  }

  /** Content terms of a document (re-derived from its text; empty once removed). */
  terms(id: number): readonly string[] {
    if (!this.has(id)) return [];
    const text = this.textOf?.(id);
    if (text === undefined) return [];
    return [...new Set(termsOf(text).filter(isContentTerm))];
  }

  /** Inverse document frequency of a term (0 for an unknown term is wrong: unknown terms are rare). */
  idf(term: string): number {
    const df = this.df(term);
    return Math.log(1 + (this.store.live - df + 0.5) / (df + 0.5));
  }

  /** Number of live documents containing the term (approximate after removals until compaction). */
  df(term: string): number {
    return this.store.df(term);
  }

  /** Documents containing a term, ascending (may include removed ones until compaction); the first `limit`. */
  docsWith(term: string, limit = Infinity): readonly number[] {
    return this.store.docsWith(term, limit);
  }

  /** Whether a live document in [lo, hi) contains the term. */
  hasInRange(term: string, lo: number, hi: number): boolean {
    return this.store.hasInRange(term, lo, hi);
  }

  /** The k best documents for the query terms, best first. */
  search(queryTerms: readonly string[], k: number): Hit[] {
    const ranks = this.rankOf?.();
    if (ranks !== this.keptRanks) {
      this.kept.clear();
      this.keptRanks = ranks;
    }
    // (the terms in their order: equal document frequencies are summed in query order)
    const key = k + "\u0000" + queryTerms.join("\u0000");
    let hits = this.kept.get(key);
    if (!hits) {
      hits = searchPostings(this.store, this.scratch, queryTerms, k, ranks).map((h) => Object.freeze(h));
      if (this.kept.size >= KEPT_QUERIES) this.kept.clear();
      this.kept.set(key, hits);
    }
    return hits.slice();
  }

  /** Moves every posting into the flat frozen arrays, dropping removed documents. */
  freeze(): void {
    this.store.freeze();
  }

  /** A compact copy of the index (freezes it first). */
  snapshot(): Bm25Snapshot {
    return snapshotOf(this.store);
  }

  /** Restores a snapshot; throws if it is inconsistent (the caller then rebuilds). */
  static fromSnapshot(s: Bm25Snapshot, textOf?: (id: number) => string | undefined, rankOf?: () => Int32Array | undefined): Bm25Index {
    const index = new Bm25Index(textOf, rankOf);
    index.store = postingsFromSnapshot(s);
    return index;
  }
}
