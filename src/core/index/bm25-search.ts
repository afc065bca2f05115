// Scoring and search over the postings (see bm25.ts for why frequent terms are treated apart):
// rare terms scanned in full, frequent terms' exact contribution added to the best candidates
// only, and their highest-impact documents brought in when the rare terms find too few.

import { liveDf, type PostingStore, type Term } from "./bm25-postings";

const K1 = 1.2;
const B = 0.75;
/** Terms in more documents than this are not scanned at query time. */
export const FREQUENT_DF = 2048;
/** Candidates (best partial score first) that get the frequent terms' exact contribution. */
const PROBE = 256;
/** Highest-impact documents taken from each frequent term when rarer terms found too few. */
const IMPACT_TOP = 512;

export interface Hit {
  doc: number;
  score: number;
}

/** Query scratch, reused from query to query (sized to the documents, reset after each use). */
export class SearchScratch {
  acc = new Float64Array(0);
  mark = new Int32Array(0);
  /** The documents scored so far, in the order first scored (its first `touchedCount` entries). */
  touched: Int32Array<ArrayBuffer> = new Int32Array(0);
  stamp = 0;
}

/** The k best documents for the query terms, best first (ties: lower document id first). */
export function searchPostings(store: PostingStore, scratch: SearchScratch, queryTerms: readonly string[], k: number, rank?: Int32Array): Hit[] {
  const place = (d: number) => (rank && d < rank.length ? rank[d] : d);
  const byScore = (a: Hit, b: Hit) => b.score - a.score || place(a.doc) - place(b.doc);
  if (store.live === 0 || k <= 0) return [];
  store.ready();
  const avgdl = store.totalLength / store.live || 1;
  const lengths = store.lengths;
  const alive = store.alive;
  if (scratch.acc.length < store.docCount) {
    scratch.acc = new Float64Array(store.alive.length);
    scratch.mark = new Int32Array(store.alive.length);
    scratch.touched = new Int32Array(store.alive.length);
  }
  const acc = scratch.acc;
  const mark = scratch.mark;
  // (each document enters once, so the documents' count bounds it: no array grown posting by posting)
  let touched = scratch.touched;
  let touchedCount = 0;
  const norm = K1 / avgdl;
  const base = K1 * (1 - B);

  const terms: { p: Term; df: number; idf: number }[] = [];
  for (const term of new Set(queryTerms)) {
    const p = store.postings.get(term);
    if (!p) continue;
    const df = liveDf(p);
    if (df > 0) terms.push({ p, df, idf: Math.log(1 + (store.live - df + 0.5) / (df + 0.5)) });
  }
  terms.sort((x, y) => x.df - y.df);

  // 1. rare terms: scan every posting
  let r = 0;
  for (; r < terms.length && terms[r].df <= FREQUENT_DF; r++) {
    const { p, idf } = terms[r];
    const w = idf * (K1 + 1);
    const fd = store.frozenDocs;
    const ft = store.frozenTfs;
    for (let i = p.at, end = p.at + p.n; i < end; i++) {
      const d = fd[i];
      if (!alive[d]) continue;
      const tf = ft[i];
      if (acc[d] === 0) touched[touchedCount++] = d;
      acc[d] += (w * tf) / (tf + base + B * norm * lengths[d]);
    }
    if (p.docs) {
      const docs = p.docs;
      const tfs = p.tfs!;
      for (let i = 0; i < docs.length; i++) {
        const d = docs[i];
        if (!alive[d]) continue;
        const tf = tfs[i];
        if (acc[d] === 0) touched[touchedCount++] = d;
        acc[d] += (w * tf) / (tf + base + B * norm * lengths[d]);
      }
    }
  }

  // 2. frequent terms: exact contribution for the best candidates only
  if (r < terms.length) {
    let probe: number[];
    if (touchedCount > PROBE) {
      const scores = new Float64Array(touchedCount);
      for (let i = 0; i < touchedCount; i++) scores[i] = acc[touched[i]];
      const cut = kthLargest(scores, PROBE);
      probe = [];
      const tied: number[] = [];
      for (let i = 0; i < touchedCount; i++) {
        const d = touched[i];
        if (acc[d] > cut) probe.push(d);
        else if (acc[d] === cut) tied.push(d);
      }
      tied.sort((a, b) => place(a) - place(b));
      for (let i = 0; i < tied.length && probe.length < PROBE; i++) probe.push(tied[i]);
    } else probe = Array.from(touched.subarray(0, touchedCount));
    if (touchedCount < k) {
      // too few candidates: the frequent terms' highest-impact documents compete as well
      const stamp = ++scratch.stamp;
      for (const d of probe) mark[d] = stamp;
      for (let t = r; t < terms.length; t++) {
        for (const d of impactOf(store, terms[t].p, terms[t].df, avgdl)) {
          if (mark[d] === stamp || !alive[d]) continue;
          mark[d] = stamp;
          probe.push(d);
          // (only a k above PROBE could bring in a document already scored and overfill the scratch)
          if (touchedCount === touched.length) scratch.touched = touched = grown(touched);
          touched[touchedCount++] = d;
        }
      }
    }
    // ascending, so each term's postings are walked forward (galloping), not searched from scratch
    probe.sort((a, b) => a - b);
    for (let t = r; t < terms.length; t++) {
      const { p, idf } = terms[t];
      const w = idf * (K1 + 1);
      addToProbed(store, p, probe, acc, w, base, norm);
    }
  }

  // 3. top k
  const hits: Hit[] = [];
  let min = -Infinity;
  for (let i = 0; i < touchedCount; i++) {
    const d = touched[i];
    const score = acc[d];
    acc[d] = 0;
    if (score <= 0) continue;
    if (hits.length < k) {
      hits.push({ doc: d, score });
      if (hits.length === k) {
        hits.sort(byScore);
        min = hits[k - 1].score;
      }
    } else if (score > min || (score === min && place(d) < place(hits[k - 1].doc))) {
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

function grown(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2 + 16);
  b.set(a);
  return b;
}

/**
 * Adds a term's BM25 contribution to each of the (ascending) probed documents that contain it,
 * finding them by galloping through its postings. Written out rather than through a callback per
 * document (the 374 searches of the bench's second draft: 4-9% less time, same results).
 */
function addToProbed(store: PostingStore, p: Term, docs: readonly number[], acc: Float64Array, w: number, base: number, norm: number): void {
  const lengths = store.lengths;
  let lo = p.at;
  const end = p.at + p.n;
  const fd = store.frozenDocs;
  const ft = store.frozenTfs;
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
        const tf = ft[mid];
        acc[d] += (w * tf) / (tf + base + B * norm * lengths[d]);
        lo = mid + 1;
        break;
      }
    }
  }
  if (!p.docs || !p.docs.length) return;
  const od = p.docs;
  const tfs = p.tfs!;
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
        const tf = tfs[mid];
        acc[d] += (w * tf) / (tf + base + B * norm * lengths[d]);
        j = mid + 1;
        break;
      }
    }
  }
}

/** The IMPACT_TOP documents where a frequent term weighs most (high tf, short sentence), cached. */
export function impactOf(store: PostingStore, p: Term, df: number, avgdl: number): Int32Array {
  if (p.impact && p.impactDf === df) return p.impact;
  const n = p.n + (p.docs?.length ?? 0);
  const docs = new Int32Array(n);
  const imp = new Float64Array(n);
  const kb = K1 * (1 - B);
  const kl = (K1 * B) / avgdl;
  let m = 0;
  const fd = store.frozenDocs;
  const ft = store.frozenTfs;
  for (let i = p.at, end = p.at + p.n; i < end; i++) {
    const d = fd[i];
    if (!store.alive[d]) continue;
    const tf = ft[i];
    docs[m] = d;
    imp[m++] = tf / (tf + kb + kl * store.lengths[d]);
  }
  if (p.docs) {
    for (let i = 0; i < p.docs.length; i++) {
      const d = p.docs[i];
      if (!store.alive[d]) continue;
      const tf = p.tfs![i];
      docs[m] = d;
      imp[m++] = tf / (tf + kb + kl * store.lengths[d]);
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


