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
import { contentTermIdsOf, isContentTerm, termName, termsOf, type TermIds } from "../text/tokens";

const K1 = 1.2;
const B = 0.75;
/** Terms in more documents than this are not scanned at query time. */
export const FREQUENT_DF = 2048;
/** Candidates (best partial score first) that get the frequent terms' exact contribution. */
const PROBE = 256;
/** Highest-impact documents taken from each frequent term when rarer terms found too few. */
const IMPACT_TOP = 512;

interface Term {
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
}

function newTerm(at: number, n: number, k: number): Term {
  return { at, n, docs: null, tfs: null, impact: undefined, impactDf: undefined, k, last: -1, lastPos: 0 };
}

/** Largest chunk of the pending stream (entries). */
const CHUNK_MAX = 1 << 20;

/** Scratch for the term ids of one document. */
const SCRATCH: TermIds = { ids: new Int32Array(256), count: 0 };

export interface Hit {
  doc: number;
  score: number;
}

/** Everything needed to restore an index without re-tokenising: see `snapshot()`. */
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

function grow<T extends Uint8Array | Uint16Array | Float64Array | Int32Array>(a: T, need: number): T {
  if (need <= a.length) return a;
  let size = Math.max(1024, a.length);
  while (size < need) size *= 2;
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  return b;
}

export class Bm25Index {
  private postings = new Map<string, Term>();
  private frozenDocs: Uint32Array = new Uint32Array(0);
  private frozenTfs: Uint16Array = new Uint16Array(0);
  private lengths: Uint16Array = new Uint16Array(0);
  private alive: Uint8Array = new Uint8Array(0);
  private docCount = 0;
  private live = 0;
  private totalLength = 0;
  private dead = 0;
  // query scratch, reused
  private acc = new Float64Array(0);
  private mark = new Int32Array(0);
  private stamp = 0;
  /** The terms in the postings map's order (each term's `k`). */
  private termList: Term[] = [];
  /** Terms by tokenizer term id (a cache of `postings`; cleared when terms are deleted). */
  private byId: (Term | undefined)[] = [];
  // Documents added since the last settle, as a stream of (term, tf) entries in document order,
  // in chunks (allocated as needed, never copied to grow); a document's entries are in one chunk.
  // Documents pendFirst, pendFirst + 1, ... end at pendEnds[0], pendEnds[1], ... in their chunks.
  private pendTerm = new Int32Array(0);
  private pendTf = new Uint16Array(0);
  /** Entries used in the current chunk, and documents in it. */
  private pendCount = 0;
  private pendChunkDocs = 0;
  /** Earlier chunks: entries, tfs, documents in each. */
  private pendChunks: { term: Int32Array; tf: Uint16Array; docs: number }[] = [];
  /** Pending entries in all chunks. */
  private pendTotal = 0;
  private pendFirst = 0;
  private pendEnds = new Int32Array(0);

  /** `textOf` lets `terms(id)` re-derive a document's terms (they are not stored). */
  constructor(private textOf?: (id: number) => string | undefined) {}

  get size(): number {
    return this.live;
  }

  /** Adds a document and returns its id. */
  add(text: string): number {
    return this.addSlice(text, 0, text.length);
  }

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


  remove(id: number): void {
    if (!this.has(id)) return;
    this.alive[id] = 0;
    this.live--;
    this.totalLength -= this.lengths[id];
    this.dead++;
    if (this.dead > 1000 && this.dead > this.live) this.compact();
  }

  has(id: number): boolean {
    return id >= 0 && id < this.docCount && this.alive[id] === 1;
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
    return Math.log(1 + (this.live - df + 0.5) / (df + 0.5));
  }

  /** Number of live documents containing the term (approximate after removals until compaction). */
  df(term: string): number {
    this.settle();
    const p = this.postings.get(term);
    return p ? p.n + (p.docs?.length ?? 0) : 0;
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

  search(queryTerms: readonly string[], k: number): Hit[] {
    if (this.live === 0 || k <= 0) return [];
    this.settle();
    const avgdl = this.totalLength / this.live || 1;
    const lengths = this.lengths;
    const alive = this.alive;
    if (this.acc.length < this.docCount) {
      this.acc = new Float64Array(this.alive.length);
      this.mark = new Int32Array(this.alive.length);
    }
    const acc = this.acc;
    const mark = this.mark;
    const touched: number[] = [];
    const norm = K1 / avgdl;
    const base = K1 * (1 - B);

    const terms: { p: Term; df: number; idf: number }[] = [];
    for (const term of new Set(queryTerms)) {
      const p = this.postings.get(term);
      if (!p) continue;
      const df = p.n + (p.docs?.length ?? 0);
      if (df) terms.push({ p, df, idf: Math.log(1 + (this.live - df + 0.5) / (df + 0.5)) });
    }
    terms.sort((x, y) => x.df - y.df);

    // 1. rare terms: scan every posting
    let r = 0;
    for (; r < terms.length && terms[r].df <= FREQUENT_DF; r++) {
      const { p, idf } = terms[r];
      const w = idf * (K1 + 1);
      const fd = this.frozenDocs;
      const ft = this.frozenTfs;
      for (let i = p.at, end = p.at + p.n; i < end; i++) {
        const d = fd[i];
        if (!alive[d]) continue;
        const tf = ft[i];
        if (acc[d] === 0) touched.push(d);
        acc[d] += (w * tf) / (tf + base + B * norm * lengths[d]);
      }
      if (p.docs) {
        const docs = p.docs;
        const tfs = p.tfs!;
        for (let i = 0; i < docs.length; i++) {
          const d = docs[i];
          if (!alive[d]) continue;
          const tf = tfs[i];
          if (acc[d] === 0) touched.push(d);
          acc[d] += (w * tf) / (tf + base + B * norm * lengths[d]);
        }
      }
    }

    // 2. frequent terms: exact contribution for the best candidates only
    if (r < terms.length) {
      let probe: number[];
      if (touched.length > PROBE) {
        const scores = new Float64Array(touched.length);
        for (let i = 0; i < touched.length; i++) scores[i] = acc[touched[i]];
        const cut = kthLargest(scores, PROBE);
        probe = [];
        for (const d of touched) if (acc[d] > cut) probe.push(d);
        for (let i = 0; i < touched.length && probe.length < PROBE; i++) if (acc[touched[i]] === cut) probe.push(touched[i]);
      } else probe = touched.slice();
      if (touched.length < k) {
        // too few candidates: the frequent terms' highest-impact documents compete as well
        const stamp = ++this.stamp;
        for (const d of probe) mark[d] = stamp;
        for (let t = r; t < terms.length; t++) {
          for (const d of this.impactOf(terms[t].p, terms[t].df, avgdl)) {
            if (mark[d] === stamp || !alive[d]) continue;
            mark[d] = stamp;
            probe.push(d);
            touched.push(d);
          }
        }
      }
      // ascending, so each term's postings are walked forward (galloping), not searched from scratch
      probe.sort((a, b) => a - b);
      for (let t = r; t < terms.length; t++) {
        const { p, idf } = terms[t];
        const w = idf * (K1 + 1);
        this.forEachTf(p, probe, (d, tf) => {
          acc[d] += (w * tf) / (tf + base + B * norm * lengths[d]);
        });
      }
    }

    // 3. top k
    const hits: Hit[] = [];
    let min = -Infinity;
    for (const d of touched) {
      const score = acc[d];
      acc[d] = 0;
      if (score <= 0) continue;
      if (hits.length < k) {
        hits.push({ doc: d, score });
        if (hits.length === k) {
          hits.sort(byScore);
          min = hits[k - 1].score;
        }
      } else if (score > min || (score === min && d < hits[k - 1].doc)) {
        const hit = { doc: d, score };
        let i = k - 1;
        while (i > 0 && byScore(hit, hits[i - 1]) < 0) {
          hits[i] = hits[i - 1];
          i--;
        }
        hits[i] = hit;
        min = hits[k - 1].score;
      }
    }
    if (hits.length < k) hits.sort(byScore);
    return hits;
  }

  /** Calls `f` for each of the (ascending) documents that contain the term, with its frequency. */
  private forEachTf(p: Term, docs: readonly number[], f: (d: number, tf: number) => void): void {
    let lo = p.at;
    const end = p.at + p.n;
    const fd = this.frozenDocs;
    let i = 0;
    for (; i < docs.length && lo < end; i++) {
      const d = docs[i];
      // gallop from the last position, then binary search in the bracket
      let step = 1;
      let hi = lo;
      while (hi < end && fd[hi] < d) {
        lo = hi + 1;
        hi += step;
        step *= 2;
      }
      if (hi >= end) hi = end - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >>> 1;
        const v = fd[mid];
        if (v < d) lo = mid + 1;
        else if (v > d) hi = mid - 1;
        else {
          f(d, this.frozenTfs[mid]);
          lo = mid + 1;
          break;
        }
      }
    }
    if (!p.docs || !p.docs.length) return;
    const od = p.docs;
    let j = 0;
    for (i = 0; i < docs.length && j < od.length; i++) {
      const d = docs[i];
      let step = 1;
      let hi = j;
      while (hi < od.length && od[hi] < d) {
        j = hi + 1;
        hi += step;
        step *= 2;
      }
      if (hi >= od.length) hi = od.length - 1;
      while (j <= hi) {
        const mid = (j + hi) >>> 1;
        const v = od[mid];
        if (v < d) j = mid + 1;
        else if (v > d) hi = mid - 1;
        else {
          f(d, p.tfs![mid]);
          j = mid + 1;
          break;
        }
      }
    }
  }

  /** The IMPACT_TOP documents where a frequent term weighs most (high tf, short sentence), cached. */
  private impactOf(p: Term, df: number, avgdl: number): Int32Array {
    if (p.impact && p.impactDf === df) return p.impact;
    const n = p.n + (p.docs?.length ?? 0);
    const docs = new Int32Array(n);
    const imp = new Float64Array(n);
    const kb = K1 * (1 - B);
    const kl = (K1 * B) / avgdl;
    let m = 0;
    const fd = this.frozenDocs;
    const ft = this.frozenTfs;
    for (let i = p.at, end = p.at + p.n; i < end; i++) {
      const d = fd[i];
      if (!this.alive[d]) continue;
      const tf = ft[i];
      docs[m] = d;
      imp[m++] = tf / (tf + kb + kl * this.lengths[d]);
    }
    if (p.docs) {
      for (let i = 0; i < p.docs.length; i++) {
        const d = p.docs[i];
        if (!this.alive[d]) continue;
        const tf = p.tfs![i];
        docs[m] = d;
        imp[m++] = tf / (tf + kb + kl * this.lengths[d]);
      }
    }
    let out: Int32Array;
    if (m <= IMPACT_TOP) out = docs.slice(0, m);
    else {
      const cut = kthLargest(imp.slice(0, m), IMPACT_TOP);
      out = new Int32Array(IMPACT_TOP);
      let o = 0;
      for (let i = 0; i < m && o < IMPACT_TOP; i++) if (imp[i] > cut) out[o++] = docs[i];
      for (let i = 0; i < m && o < IMPACT_TOP; i++) if (imp[i] === cut) out[o++] = docs[i];
    }
    p.impact = out;
    p.impactDf = df;
    return out;
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
      }
    }
    this.frozenDocs = docs.length === at ? docs : docs.slice(0, at);
    this.frozenTfs = tfs.length === at ? tfs : tfs.slice(0, at);
    this.dead = 0;
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

  /** A compact copy of the index (freezes it first). */
  snapshot(): Bm25Snapshot {
    this.freeze();
    const terms: string[] = [];
    const counts = new Uint32Array(this.postings.size);
    let i = 0;
    const avgdl = this.totalLength / this.live || 1;
    const impactTerms: number[] = [];
    const impactCounts: number[] = [];
    const impactLists: Int32Array[] = [];
    // frozen slices are laid out in Map order, so the flat arrays can be written as they are
    for (const [term, p] of this.postings) {
      if (p.n > FREQUENT_DF) {
        const list = this.impactOf(p, p.n, avgdl);
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
      docs: this.frozenDocs,
      tfs: this.frozenTfs,
      lengths: this.lengths.slice(0, this.docCount),
      alive: this.alive.slice(0, this.docCount),
      impactTerms: Uint32Array.from(impactTerms),
      impactCounts: Uint16Array.from(impactCounts),
      impactDocs,
    };
  }

  /** Restores a snapshot; throws if it is inconsistent (the caller then rebuilds). */
  static fromSnapshot(s: Bm25Snapshot, textOf?: (id: number) => string | undefined): Bm25Index {
    if (s?.format !== 1) throw new Error("bm25 snapshot: unknown format");
    const { counts, docs, tfs, lengths, alive } = s;
    if (!(counts instanceof Uint32Array && docs instanceof Uint32Array && tfs instanceof Uint16Array && lengths instanceof Uint16Array && alive instanceof Uint8Array)) throw new Error("bm25 snapshot: bad arrays");
    if (docs.length !== tfs.length || lengths.length !== alive.length) throw new Error("bm25 snapshot: lengths differ");
    const terms = s.terms === "" ? [] : s.terms.split("\n");
    if (terms.length !== counts.length) throw new Error("bm25 snapshot: term count");
    const index = new Bm25Index(textOf);
    const n = lengths.length;
    let at = 0;
    for (let i = 0; i < terms.length; i++) {
      const c = counts[i];
      if (c === 0 || index.postings.has(terms[i])) throw new Error("bm25 snapshot: bad term table");
      const p = newTerm(at, c, i);
      index.postings.set(terms[i], p);
      index.termList.push(p);
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
    index.frozenDocs = docs;
    index.frozenTfs = tfs;
    index.lengths = lengths;
    index.alive = alive;
    index.docCount = n;
    // documents added later are pending from here (settle walks only those)
    index.pendFirst = n;
    if (s.impactTerms && s.impactCounts && s.impactDocs) {
      const list = [...index.postings.values()];
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
        index.live++;
        index.totalLength += lengths[d];
      }
    }
    return index;
  }
}

/** The k-th largest value (1-based) of `a` (reordered in place): quickselect. */
function kthLargest(a: Float64Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  const want = k - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >>> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] > pivot) i++;
      while (a[j] < pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
        i++;
        j--;
      }
    }
    if (want <= j) hi = j;
    else if (want >= i) lo = i;
    else return a[want];
  }
  return a[want];
}

function byScore(a: Hit, b: Hit): number {
  return b.score - a.score || a.doc - b.doc;
}
