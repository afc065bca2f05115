// The postings of the BM25 index (see bm25.ts for the layout): every term's documents and term
// frequencies, a frozen part in two flat typed arrays followed by a growable part, and the
// pending stream documents are added to until `settle()` files them. Nothing here scores: the
// search (bm25-search.ts) and the snapshot (bm25-snapshot.ts) read these fields directly, which
// is why they are public; outside the bm25 modules only Bm25Index is used.

import { contentTermIdsOf, termName, type TermIds } from "../text/tokens";

export interface Term {
  /** Offset and length of the frozen postings in `frozenDocs`/`frozenTfs`. */
  at: number;
  n: number;
  /** Postings added since the last freeze. */
  docs: number[] | null;
  tfs: number[] | null;
  /** Cached highest-impact documents (for frequent terms), valid while df is `impactDf`. */
  impact: Int32Array | undefined;
  impactDf: number | undefined;
  /** Position in `termList` (the postings map's order). */
  k: number;
  /** The last document added with this term, and its entry in the pending stream. */
  last: number;
  lastPos: number;
  /** Removed documents still in this term's postings (until the next freeze). */
  dead: number;
}

/** Live documents with the term: its postings less those of removed documents. */
export function liveDf(p: Term): number {
  return p.n + (p.docs?.length ?? 0) - p.dead;
}

export function newTerm(at: number, n: number, k: number): Term {
  return { at, n, docs: null, tfs: null, impact: undefined, impactDf: undefined, k, last: -1, lastPos: 0, dead: 0 };
}

/** Largest chunk of the pending stream (entries). */
const CHUNK_MAX = 1 << 20;

/** Scratch for the term ids of one document. */
const SCRATCH: TermIds = { ids: new Int32Array(256), count: 0 };

function grow<T extends Uint8Array | Uint16Array | Float64Array | Int32Array>(a: T, need: number): T {
  if (need <= a.length) return a;
  let size = Math.max(1024, a.length);
  while (size < need) size *= 2;
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  return b;
}

export class PostingStore {
  postings = new Map<string, Term>();
  frozenDocs: Uint32Array = new Uint32Array(0);
  frozenTfs: Uint16Array = new Uint16Array(0);
  lengths: Uint16Array = new Uint16Array(0);
  alive: Uint8Array = new Uint8Array(0);
  docCount = 0;
  live = 0;
  totalLength = 0;
  dead = 0;
  /** The terms in the postings map's order (each term's `k`). */
  termList: Term[] = [];
  /** Terms by tokenizer term id (a cache of `postings`; cleared when terms are deleted). */
  byId: (Term | undefined)[] = [];
  // Documents added since the last settle, as a stream of (term, tf) entries in document order,
  // in chunks (allocated as needed, never copied to grow); a document's entries are in one chunk.
  // Documents pendFirst, pendFirst + 1, ... end at pendEnds[0], pendEnds[1], ... in their chunks.
  pendTerm = new Int32Array(0);
  pendTf = new Uint16Array(0);
  /** Entries used in the current chunk, and documents in it. */
  pendCount = 0;
  pendChunkDocs = 0;
  /** Earlier chunks: entries, tfs, documents in each. */
  pendChunks: { term: Int32Array; tf: Uint16Array; docs: number }[] = [];
  /** Pending entries in all chunks. */
  pendTotal = 0;
  pendFirst = 0;
  pendEnds = new Int32Array(0);

  /** Adds text.slice(from, to) as a document (without cutting it out) and returns its id. */
  addSlice(text: string, from: number, to: number): number {
    const id = this.docCount++;
    const { ids, count } = contentTermIdsOf(text, SCRATCH, from, to);
    let pos = this.pendCount;
    if (pos + count > this.pendTerm.length) {
      // a new chunk: twice the last one, up to CHUNK_MAX entries (or the document's)
      if (this.pendChunkDocs) this.pendChunks.push({ term: this.pendTerm, tf: this.pendTf, docs: this.pendChunkDocs });
      const size = Math.max(count, Math.min(CHUNK_MAX, Math.max(4096, this.pendTerm.length * 2)));
      this.pendTerm = new Int32Array(size);
      this.pendTf = new Uint16Array(size);
      this.pendChunkDocs = 0;
      this.pendCount = pos = 0;
    }
    const pendTerm = this.pendTerm;
    const pendTf = this.pendTf;
    const byId = this.byId;
    // A term already seen in this document is counted in its entry (no per-document map).
    for (let i = 0; i < count; i++) {
      const gid = ids[i];
      const p = (gid < byId.length ? byId[gid] : undefined) ?? this.termFor(gid);
      if (p.last === id) {
        if (pendTf[p.lastPos] < 65535) pendTf[p.lastPos]++;
      } else {
        p.last = id;
        p.lastPos = pos;
        pendTerm[pos] = p.k;
        pendTf[pos++] = 1;
      }
    }
    this.pendTotal += pos - this.pendCount;
    this.pendCount = pos;
    this.pendChunkDocs++;
    const j = id - this.pendFirst;
    if (j >= this.pendEnds.length) this.pendEnds = grow(this.pendEnds, j + 1);
    this.pendEnds[j] = pos;
    if (id >= this.alive.length) {
      this.alive = grow(this.alive, id + 1);
      this.lengths = grow(this.lengths, id + 1);
    }
    this.alive[id] = 1;
    this.lengths[id] = Math.min(count, 65535);
    this.live++;
    this.totalLength += this.lengths[id];
    return id;
  }

  /** The term of a tokenizer term id, created (at the end of the map) when new. */
  private termFor(gid: number): Term {
    const name = termName(gid);
    let p = this.postings.get(name);
    if (!p) {
      p = newTerm(0, 0, this.termList.length);
      this.postings.set(name, p);
      this.termList.push(p);
    }
    while (this.byId.length <= gid) this.byId.push(undefined);
    this.byId[gid] = p;
    return p;
  }

  /**
   * Files the documents added since the last call into the postings (every query does this
   * first). A large batch is merged into the flat arrays in one pass; a few documents (a changed
   * file) go to the terms' growable lists. Either way nothing else changes: removed documents
   * stay until compaction, as before.
   */
  settle(): void {
    const count = this.pendTotal;
    const docs = this.docCount - this.pendFirst;
    if (docs === 0) return;
    const first = this.pendFirst;
    const ends = this.pendEnds;
    const chunks = [...this.pendChunks, { term: this.pendTerm, tf: this.pendTf, docs: this.pendChunkDocs }];
    const terms = this.termList;
    if (count * 4 < this.frozenDocs.length) {
      let j = 0;
      for (const { term: pendTerm, tf: pendTf, docs: n } of chunks) {
        let pos = 0;
        for (const last = j + n; j < last; j++) {
          const d = first + j;
          for (const end = ends[j]; pos < end; pos++) {
            const p = terms[pendTerm[pos]];
            if (p.docs) {
              p.docs.push(d);
              p.tfs!.push(pendTf[pos]);
            } else {
              p.docs = [d];
              p.tfs = [pendTf[pos]];
            }
          }
        }
      }
    } else {
      const nt = terms.length;
      const cursor = new Int32Array(nt);
      let j = 0;
      for (const { term: pendTerm, docs: n } of chunks) {
        j += n;
        for (let pos = 0, end = n ? ends[j - 1] : 0; pos < end; pos++) cursor[pendTerm[pos]]++;
      }
      let total = 0;
      for (let t = 0; t < nt; t++) total += terms[t].n + (terms[t].docs?.length ?? 0) + cursor[t];
      const fd = this.frozenDocs;
      const ft = this.frozenTfs;
      const nd = new Uint32Array(total);
      const nf = new Uint16Array(total);
      let at = 0;
      for (let t = 0; t < nt; t++) {
        const p = terms[t];
        const start = at;
        nd.set(fd.subarray(p.at, p.at + p.n), at);
        nf.set(ft.subarray(p.at, p.at + p.n), at);
        at += p.n;
        if (p.docs) {
          for (let i = 0; i < p.docs.length; i++) {
            nd[at] = p.docs[i];
            nf[at++] = Math.min(p.tfs![i], 65535);
          }
        }
        const added = cursor[t];
        cursor[t] = at;
        at += added;
        p.at = start;
        p.n = at - start;
        p.docs = p.tfs = null;
      }
      j = 0;
      for (const { term: pendTerm, tf: pendTf, docs: n } of chunks) {
        let pos = 0;
        for (const last = j + n; j < last; j++) {
          const d = first + j;
          for (const end = ends[j]; pos < end; pos++) {
            const c = cursor[pendTerm[pos]]++;
            nd[c] = d;
            nf[c] = pendTf[pos];
          }
        }
      }
      this.frozenDocs = nd;
      this.frozenTfs = nf;
    }
    this.pendChunks = [];
    this.pendTotal = 0;
    this.pendCount = 0;
    this.pendChunkDocs = 0;
    this.pendFirst = this.docCount;
    this.pendTerm = new Int32Array(0);
    this.pendTf = new Uint16Array(0);
    if (this.pendEnds.length > 1 << 16) this.pendEnds = new Int32Array(0);
  }


  /**
   * Removes a document. With its text, each of its terms counts one removed posting, so document
   * frequencies stay exact (a file replaced by the same text must score as before: counting the
   * removed copies made idf negative and every passage of the file unfindable). Without it, the
   * next query freezes the postings first.
   */
  remove(id: number, text?: string): void {
    if (!this.has(id)) return;
    this.settle();
    if (text === undefined) this.untracked++;
    else {
      const { ids, count } = contentTermIdsOf(text, SCRATCH, 0, text.length);
      const seen = new Set<Term>();
      for (let i = 0; i < count; i++) {
        const p = this.postings.get(termName(ids[i]));
        if (!p || seen.has(p)) continue;
        seen.add(p);
        p.dead++;
        p.impact = undefined;
      }
    }
    this.alive[id] = 0;
    this.live--;
    this.totalLength -= this.lengths[id];
    this.dead++;
    if (this.dead > 1000 && this.dead > this.live) this.compact();
  }

  /** Removed documents whose terms are not known: document frequencies are exact again after a freeze. */
  untracked = 0;

  /** Settles, and freezes when removals left document frequencies inexact. */
  ready(): void {
    this.settle();
    if (this.untracked) this.freeze();
  }

  has(id: number): boolean {
    return id >= 0 && id < this.docCount && this.alive[id] === 1;
  }



  /** Number of live documents containing the term (approximate after removals until compaction). */
  df(term: string): number {
    this.ready();
    const p = this.postings.get(term);
    return p ? liveDf(p) : 0;
  }

  /** Documents containing a term, ascending (may include removed ones until compaction); the first `limit`. */
  docsWith(term: string, limit = Infinity): readonly number[] {
    this.settle();
    const p = this.postings.get(term);
    if (!p) return [];
    const nf = Math.min(p.n, limit);
    const out = new Array<number>(nf);
    for (let i = 0; i < nf; i++) out[i] = this.frozenDocs[p.at + i];
    if (!p.docs || nf >= limit) return out;
    return out.concat(p.docs.length > limit - nf ? p.docs.slice(0, limit - nf) : p.docs);
  }

  /** Whether a live document in [lo, hi) contains the term. */
  hasInRange(term: string, lo: number, hi: number): boolean {
    this.settle();
    const p = this.postings.get(term);
    if (!p) return false;
    const alive = this.alive;
    const fd = this.frozenDocs;
    // first frozen posting >= lo
    let a = p.at;
    let b = p.at + p.n;
    while (a < b) {
      const m = (a + b) >>> 1;
      if (fd[m] < lo) a = m + 1;
      else b = m;
    }
    for (let i = a, end = p.at + p.n; i < end && fd[i] < hi; i++) if (alive[fd[i]]) return true;
    const docs = p.docs;
    if (docs) {
      a = 0;
      b = docs.length;
      while (a < b) {
        const m = (a + b) >>> 1;
        if (docs[m] < lo) a = m + 1;
        else b = m;
      }
      for (let i = a; i < docs.length && docs[i] < hi; i++) if (alive[docs[i]]) return true;
    }
    return false;
  }

  /** Moves every posting into the flat frozen arrays, dropping removed documents. */
  freeze(): void {
    this.settle();
    // nothing to do when every posting is already in the flat arrays and none is of a removed
    // document (only removals since the last freeze leave such postings)
    if (this.dead === 0 && !this.termList.some((p) => p.docs)) return;
    let total = 0;
    for (const p of this.postings.values()) total += p.n + (p.docs?.length ?? 0);
    const docs = new Uint32Array(total);
    const tfs = new Uint16Array(total);
    let at = 0;
    const fd = this.frozenDocs;
    const ft = this.frozenTfs;
    const alive = this.alive;
    for (const [term, p] of this.postings) {
      const start = at;
      for (let i = p.at, end = p.at + p.n; i < end; i++) {
        if (!alive[fd[i]]) continue;
        docs[at] = fd[i];
        tfs[at++] = ft[i];
      }
      if (p.docs) {
        for (let i = 0; i < p.docs.length; i++) {
          if (!alive[p.docs[i]]) continue;
          docs[at] = p.docs[i];
          tfs[at++] = Math.min(p.tfs![i], 65535);
        }
      }
      if (at === start) this.postings.delete(term);
      else {
        p.at = start;
        p.n = at - start;
        p.docs = p.tfs = null;
        p.impact = undefined;
        p.dead = 0;
      }
    }
    this.frozenDocs = docs.length === at ? docs : docs.slice(0, at);
    this.frozenTfs = tfs.length === at ? tfs : tfs.slice(0, at);
    this.dead = 0;
    this.untracked = 0;
    if (this.termList.length !== this.postings.size) this.renumber();
  }

  /** Rebuilds `termList` from the postings map (after terms were deleted). */
  private renumber(): void {
    this.termList = [...this.postings.values()];
    this.termList.forEach((p, k) => (p.k = k));
    this.byId = [];
  }

  private compact(): void {
    this.freeze();
  }

}
