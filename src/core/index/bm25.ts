// A BM25 inverted index over source sentences. Hand-written because it builds at tens of MB/s
// and answers in well under a millisecond, where general-purpose search libraries are 50-1000x
// slower on this workload (see DEVELOPERS.md). Documents can be removed (a file changed or was
// deleted) without rebuilding: removed ids are skipped at query time and compacted lazily.
import { isContentTerm, tokenize } from "../text/tokens";

const K1 = 1.2;
const B = 0.75;

interface Posting {
  docs: number[];
  tfs: number[];
}

export interface Hit {
  doc: number;
  score: number;
}

export class Bm25Index {
  private postings = new Map<string, Posting>();
  /** Content terms of each document (undefined once removed). */
  private docTerms: (string[] | undefined)[] = [];
  private lengths: number[] = [];
  private live = 0;
  private totalLength = 0;
  private dead = 0;

  get size(): number {
    return this.live;
  }

  /** Adds a document and returns its id. */
  add(text: string): number {
    const id = this.docTerms.length;
    const counts = new Map<string, number>();
    for (const t of tokenize(text)) if (isContentTerm(t.term)) counts.set(t.term, (counts.get(t.term) ?? 0) + 1);
    let length = 0;
    for (const [term, tf] of counts) {
      length += tf;
      let p = this.postings.get(term);
      if (!p) this.postings.set(term, (p = { docs: [], tfs: [] }));
      p.docs.push(id);
      p.tfs.push(tf);
    }
    this.docTerms.push([...counts.keys()]);
    this.lengths.push(length);
    this.live++;
    this.totalLength += length;
    return id;
  }

  remove(id: number): void {
    const terms = this.docTerms[id];
    if (!terms) return;
    this.docTerms[id] = undefined;
    this.live--;
    this.totalLength -= this.lengths[id];
    this.dead++;
    if (this.dead > 1000 && this.dead > this.live) this.compact();
  }

  has(id: number): boolean {
    return this.docTerms[id] !== undefined;
  }

  terms(id: number): readonly string[] {
    return this.docTerms[id] ?? [];
  }

  /** Inverse document frequency of a term (0 for an unknown term is wrong: unknown terms are rare). */
  idf(term: string): number {
    const df = this.postings.get(term)?.docs.length ?? 0;
    return Math.log(1 + (this.live - df + 0.5) / (df + 0.5));
  }

  /** Number of live documents containing the term (approximate after removals until compaction). */
  df(term: string): number {
    return this.postings.get(term)?.docs.length ?? 0;
  }

  /** Documents containing a term. */
  docsWith(term: string): readonly number[] {
    return this.postings.get(term)?.docs ?? [];
  }

  search(queryTerms: readonly string[], k: number): Hit[] {
    if (this.live === 0) return [];
    const avgdl = this.totalLength / this.live || 1;
    const scores = new Map<number, number>();
    for (const term of new Set(queryTerms)) {
      const p = this.postings.get(term);
      if (!p) continue;
      const idf = this.idf(term);
      const { docs, tfs } = p;
      for (let i = 0; i < docs.length; i++) {
        const d = docs[i];
        if (this.docTerms[d] === undefined) continue;
        const tf = tfs[i];
        const s = (idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * this.lengths[d]) / avgdl));
        scores.set(d, (scores.get(d) ?? 0) + s);
      }
    }
    const hits: Hit[] = [];
    for (const [doc, score] of scores) hits.push({ doc, score });
    hits.sort((a, b) => b.score - a.score || a.doc - b.doc);
    return hits.slice(0, k);
  }

  private compact(): void {
    for (const [term, p] of this.postings) {
      const docs: number[] = [];
      const tfs: number[] = [];
      for (let i = 0; i < p.docs.length; i++) {
        if (this.docTerms[p.docs[i]] !== undefined) {
          docs.push(p.docs[i]);
          tfs.push(p.tfs[i]);
        }
      }
      if (docs.length) this.postings.set(term, { docs, tfs });
      else this.postings.delete(term);
    }
    this.dead = 0;
  }
}
