// Word tokens for retrieval and alignment: lowercase, light stemming, a stop-word list, and a
// small table of synonyms that news writing uses interchangeably for the same fact.

export interface Token {
  /** Normalised form used for matching (stemmed, synonyms folded). */
  term: string;
  /** The word as written. */
  word: string;
  start: number;
  end: number;
}

// A word (what the scanner below finds): letters and digits, with inner apostrophes and periods
// between them ("14.3", "don't"), as the pattern /[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*/u.

export const STOP_WORDS = new Set(
  `a an the and or but nor so yet of in on at to for from by with about as into onto over under than then that this these those
  is are was were be been being am do does did done has have had having will would shall should can could may might must
  it its it's he she they them their theirs his her hers him we us our you your i me my mine who whom whose which what when where why how
  not no also just only very more most much many some any each every all both either neither other another such own same
  there here up down out off again further once too s t said says say told according reported report reportedly
  one's while after before during since until if because though although whether per via amid among
  isn't aren't wasn't weren't don't doesn't didn't won't wouldn't can't couldn't hasn't haven't hadn't shouldn't`
    .split(/\s+/)
    .filter(Boolean),
);

// Words that state the same fact in news text; each maps to one canonical term.
const SYNONYM_GROUPS: string[][] = [
  ["revenue", "revenues", "sales", "income", "turnover"],
  ["value", "valued", "valuation", "valuing", "values", "worth"],
  ["stake", "share", "shares", "interest", "ownership", "stakes"],
  ["customer", "customers", "client", "clients", "clientele"],
  ["ceo", "chief-executive"],
  ["cfo", "chief-financial-officer"],
  ["found", "founded", "founding", "founder", "co-founded", "cofounded"],
  ["pay", "paid", "spend", "spent", "spending", "give", "pays", "paying"],
  ["invest", "invested", "investment", "investing", "investments", "invests"],
  ["buy", "bought", "acquire", "acquired", "acquiring", "acquisition", "purchase", "purchased", "purchasing"],
  ["end", "sever", "cut", "drop", "drops", "dropping", "ending"],
  ["rival", "rivals", "competitor", "competitors"],
  // a superlative says more than its base word: "biggest customer" is not "a big customer"
  ["big", "large"],
  ["biggest", "largest", "top"],
  ["start", "started", "begin", "began", "launch", "launched"],
  ["hire", "hired", "hiring", "poach", "poached", "poaching"],
  ["employee", "employees", "staff", "worker", "workers"],
  ["triple", "tripled", "triples", "tripling"],
  ["double", "doubled", "doubles", "doubling"],
  ["quadruple", "quadrupled", "quadruples"],
  // "no longer" and "not anymore" say the same of time
  ["longer", "anymore"],
];
/** What decides the terms besides the code's shape: stop words and synonyms (part of the index cache's key). */
export function tokenizerSignature(): string {
  return JSON.stringify([[...STOP_WORDS], SYNONYM_GROUPS]);
}

const SYNONYMS = new Map<string, string>();
for (const group of SYNONYM_GROUPS) for (const w of group) SYNONYMS.set(w, group[0]);

/** A light English stemmer: enough to fold plurals and common verb endings. */
export function stem(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  if (w.endsWith("'s") || w.endsWith("’s")) w = w.slice(0, -2);
  if (w.endsWith("ies") && w.length > 4) return w.slice(0, -3) + "y";
  if (w.endsWith("sses")) return w.slice(0, -2);
  if (w.endsWith("ss") || w.endsWith("us") || w.endsWith("is")) return w;
  if (w.endsWith("es") && /(?:ch|sh|x|z)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith("s") && w.length > 3) w = w.slice(0, -1);
  if (w.endsWith("ing") && w.length > 5) {
    w = w.slice(0, -3);
    if (/([bdgmnprt])\1$/.test(w)) w = w.slice(0, -1);
    return w;
  }
  if (w.endsWith("ed") && w.length > 4) {
    w = w.slice(0, -2);
    if (/([bdgmnprt])\1$/.test(w)) w = w.slice(0, -1);
    else if (w.endsWith("i")) w = w.slice(0, -1) + "y";
    return w;
  }
  return w;
}

/**
 * Memo of `termOf` (a pure function; a corpus has far fewer distinct words than words). Only
 * short words are kept: V8 copies strings under 13 characters when slicing, so a key never pins
 * the large text it was cut from.
 */
const TERM_MEMO = new Map<string, string>();
const TERM_MEMO_MAX = 200_000;

/** Normalised matching term of one word (lowercase, synonyms folded, stemmed). */
export function termOf(word: string): string {
  if (word.length > 12) return computeTerm(word);
  let term = TERM_MEMO.get(word);
  if (term === undefined) {
    term = computeTerm(word);
    if (TERM_MEMO.size >= TERM_MEMO_MAX) TERM_MEMO.clear();
    TERM_MEMO.set(word, term);
  }
  return term;
}

function computeTerm(word: string): string {
  const lower = word.toLowerCase().replace(/’/g, "'");
  const bare = lower.endsWith("'s") ? lower.slice(0, -2) : lower;
  const syn = SYNONYMS.get(bare);
  if (syn) return syn;
  const stemmed = stem(bare);
  return SYNONYMS.get(stemmed) ?? stemmed;
}

/** All word tokens of a text (including stop words; callers filter with `isContentTerm`). */
export function tokenize(text: string, base = 0): Token[] {
  // the WORD pattern's matches, found by the scanner of `termsOf`
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let w = wordCharAt(text, i);
    if (!w) {
      i++;
      continue;
    }
    const start = i;
    i += w;
    for (;;) {
      while (i < n && (w = wordCharAt(text, i))) i += w;
      if (i + 1 < n) {
        const c = text.charCodeAt(i);
        if ((c === 39 || c === 0x2019 || c === 46) && wordCharAt(text, i + 1)) {
          i++;
          continue;
        }
      }
      break;
    }
    const word = text.slice(start, i);
    out.push({ term: termOf(word), word, start: base + start, end: base + i });
  }
  return out;
}

/** The term of the first word of a text ("Meta's" → "meta"), or undefined when it has no word. */
export function firstTermOf(text: string): string | undefined {
  return tokenize(text)[0]?.term;
}

// A hand-written scanner with the WORD pattern's exact matches, much faster than the regex on
// long texts: ASCII by table, other code points by the same Unicode classes.
const WORD_CHAR = /[\p{L}\p{N}]/u;
const ASCII_WORD = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_WORD[c] = 1;
for (let c = 65; c <= 90; c++) ASCII_WORD[c] = ASCII_WORD[c + 32] = 1;
/** Per BMP code unit: 0 unknown, 1 word character, 2 not. */
const BMP_WORD = new Uint8Array(65536);

/** Length (1 or 2 code units) of the word character at i (in a text ending at `end`), or 0. */
function wordCharAt(text: string, i: number, end = text.length): number {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII_WORD[c];
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  let k = BMP_WORD[c];
  if (k === 0) BMP_WORD[c] = k = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1 ? 1 : 0;
}

// Words already seen, found by a hash computed while scanning, so that indexing neither cuts
// each word out of the text nor hashes it a second time: open addressing, words up to 12 units.
let slotHash = new Int32Array(1 << 14);
let slotEntry = new Int32Array(1 << 14); // entry + 1, 0 = empty
let entryWord: string[] = [];
let entryTerm: string[] = [];
/** Per entry: 1 when its term is a content term (see isContentTerm). */
let entryContent: number[] = [];
const ENTRIES_MAX = 500_000;

// Term ids for indexers: each distinct term gets a number, kept for the life of the process (the
// table holds only what the indexes already hold: their vocabulary).
const TERM_IDS = new Map<string, number>();
const TERM_NAMES: string[] = [];

/** The id of a term (assigned on first use). */
export function termId(term: string): number {
  let id = TERM_IDS.get(term);
  if (id === undefined) {
    id = TERM_NAMES.length;
    TERM_NAMES.push(term);
    TERM_IDS.set(term, id);
  }
  return id;
}

/** The term of an id from `termId`. */
export function termName(id: number): string {
  return TERM_NAMES[id];
}

function findEntry(text: string, start: number, len: number, h: number): number {
  const mask = slotHash.length - 1;
  for (let s = h & mask; ; s = (s + 1) & mask) {
    const e = slotEntry[s];
    if (e === 0) return -1 - s;
    if (slotHash[s] === h && entryWord[e - 1].length === len && text.startsWith(entryWord[e - 1], start)) return e - 1;
  }
}

function addEntry(slot: number, word: string, h: number): string {
  const term = termOf(word);
  if (entryWord.length >= ENTRIES_MAX) {
    slotHash = new Int32Array(1 << 14);
    slotEntry = new Int32Array(1 << 14);
    entryWord = [];
    entryTerm = [];
    entryContent = [];
    slot = findEntry(word, 0, word.length, h);
    slot = -1 - slot;
  }
  entryWord.push(word);
  entryTerm.push(term);
  entryContent.push(isContentTerm(term) ? 1 : 0);
  slotHash[slot] = h;
  slotEntry[slot] = entryWord.length;
  if (entryWord.length * 2 > slotHash.length) [slotHash, slotEntry] = grownTable(slotHash, slotEntry);
  return term;
}

/** An open-addressing table of twice the size with the same (hash, entry) slots re-inserted (entry 0 = empty). */
function grownTable(hashes: Int32Array, entries: Int32Array): [Int32Array<ArrayBuffer>, Int32Array<ArrayBuffer>] {
  const newHashes = new Int32Array(hashes.length * 2);
  const newEntries = new Int32Array(hashes.length * 2);
  const mask = newHashes.length - 1;
  for (let i = 0; i < hashes.length; i++) {
    if (!entries[i]) continue;
    let s = hashes[i] & mask;
    while (newEntries[s]) s = (s + 1) & mask;
    newHashes[s] = hashes[i];
    newEntries[s] = entries[i];
  }
  return [newHashes, newEntries];
}

/** The term of every word of a text, in order (as `tokenize(text).map((t) => t.term)`). */
export function termsOf(text: string): string[] {
  return scanTerms(text, false);
}

/** The content terms of a text, in order (as `termsOf(text).filter(isContentTerm)`). */
export function contentTermsOf(text: string): string[] {
  return scanTerms(text, true);
}

function scanTerms(text: string, contentOnly: boolean): string[] {
  const out: string[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let w = wordCharAt(text, i);
    if (!w) {
      i++;
      continue;
    }
    const start = i;
    let h = 0x811c9dc5;
    for (;;) {
      while (i < n && (w = wordCharAt(text, i))) {
        h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
        if (w === 2) h = Math.imul(h ^ text.charCodeAt(i + 1), 0x01000193);
        i += w;
      }
      if (i + 1 < n) {
        const c = text.charCodeAt(i);
        if ((c === 39 || c === 0x2019 || c === 46) && wordCharAt(text, i + 1)) {
          h = Math.imul(h ^ c, 0x01000193);
          i++;
          continue;
        }
      }
      break;
    }
    const len = i - start;
    if (len > 12) {
      const term = termOf(text.slice(start, i));
      if (!contentOnly || isContentTerm(term)) out.push(term);
      continue;
    }
    const e = findEntry(text, start, len, h);
    if (e >= 0) {
      if (!contentOnly || entryContent[e] === 1) out.push(entryTerm[e]);
    } else {
      const term = addEntry(-1 - e, text.slice(start, i), h);
      if (!contentOnly || isContentTerm(term)) out.push(term);
    }
  }
  return out;
}

/** Ids of the content terms of a text (as `contentTermsOf(text).map(termId)`), for indexers. */
export interface TermIds {
  ids: Int32Array;
  /** Number of ids written. */
  count: number;
}

// The indexer's own word table: words (any length up to WORD_MAX) as runs of a flat character
// pool, each with its content term's id (-1 for a stop word). A word is copied into `wordBuf` as
// it is scanned, so matching it against the table reads no character of the text twice.
const WORD_MAX = 4096;
const wordBuf = new Uint16Array(WORD_MAX);
let idSlotHash = new Int32Array(1 << 14);
let idSlotEntry = new Int32Array(1 << 14); // entry + 1, 0 = empty
let idPool = new Uint16Array(1 << 16);
let idPoolTop = 0;
let idEntryAt = new Int32Array(1 << 13);
let idEntryLen = new Int32Array(1 << 13);
let idEntryTerm = new Int32Array(1 << 13);
let idEntries = 0;
const ID_POOL_MAX = 1 << 22;

/** Adds word (in wordBuf[0, len)) to the indexer's table at a free slot; returns its term id. */
function addIdEntry(slot: number, len: number, h: number, word: string): number {
  const term = termOf(word);
  const id = isContentTerm(term) ? termId(term) : -1;
  if (idEntries >= ENTRIES_MAX || idPoolTop + len > ID_POOL_MAX) {
    idSlotHash = new Int32Array(1 << 14);
    idSlotEntry = new Int32Array(1 << 14);
    idPool = new Uint16Array(1 << 16);
    idPoolTop = 0;
    idEntries = 0;
    slot = h & ((1 << 14) - 1);
  }
  if (idPoolTop + len > idPool.length) {
    let size = idPool.length * 2;
    while (size < idPoolTop + len) size *= 2;
    const bigger = new Uint16Array(size);
    bigger.set(idPool.subarray(0, idPoolTop));
    idPool = bigger;
  }
  if (idEntries === idEntryAt.length) {
    const grow = (a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> => {
      const b = new Int32Array(a.length * 2);
      b.set(a);
      return b;
    };
    idEntryAt = grow(idEntryAt);
    idEntryLen = grow(idEntryLen);
    idEntryTerm = grow(idEntryTerm);
  }
  const e = idEntries++;
  idEntryAt[e] = idPoolTop;
  idEntryLen[e] = len;
  idEntryTerm[e] = id;
  idPool.set(wordBuf.subarray(0, len), idPoolTop);
  idPoolTop += len;
  idSlotHash[slot] = h;
  idSlotEntry[slot] = e + 1;
  if (idEntries * 2 > idSlotHash.length) [idSlotHash, idSlotEntry] = grownTable(idSlotHash, idSlotEntry);
  return id;
}

/**
 * Writes the ids of the content terms of text.slice(from, to), in order, into `out` (grown as
 * needed).
 */
export function contentTermIdsOf(text: string, out: TermIds, from = 0, to = text.length): TermIds {
  let ids = out.ids;
  let count = 0;
  const n = to;
  const buf = wordBuf;
  let i = from;
  while (i < n) {
    let c = text.charCodeAt(i);
    let w = c < 128 ? ASCII_WORD[c] : wordCharAt(text, i, n);
    if (w === 0) {
      i++;
      continue;
    }
    const start = i;
    let len = 0;
    let h = 0x811c9dc5;
    for (;;) {
      for (;;) {
        if (len < WORD_MAX) buf[len] = c;
        len++;
        h = Math.imul(h ^ c, 0x01000193);
        if (w === 2) {
          const d = text.charCodeAt(i + 1);
          if (len < WORD_MAX) buf[len] = d;
          len++;
          h = Math.imul(h ^ d, 0x01000193);
        }
        i += w;
        if (i >= n) break;
        c = text.charCodeAt(i);
        w = c < 128 ? ASCII_WORD[c] : wordCharAt(text, i, n);
        if (w === 0) break;
      }
      if (i + 1 < n && (c === 39 || c === 0x2019 || c === 46)) {
        const d = text.charCodeAt(i + 1);
        if ((d < 128 ? ASCII_WORD[d] : wordCharAt(text, i + 1, n)) !== 0) {
          if (len < WORD_MAX) buf[len] = c;
          len++;
          h = Math.imul(h ^ c, 0x01000193);
          i++;
          c = d;
          w = d < 128 ? ASCII_WORD[d] : wordCharAt(text, i, n);
          continue;
        }
      }
      break;
    }
    let id: number;
    if (len > WORD_MAX) {
      const term = termOf(text.slice(start, i));
      id = isContentTerm(term) ? termId(term) : -1;
    } else {
      const mask = idSlotHash.length - 1;
      let slot = h & mask;
      let e = 0;
      for (;;) {
        e = idSlotEntry[slot];
        if (e === 0) break;
        if (idSlotHash[slot] === h && idEntryLen[e - 1] === len) {
          const at = idEntryAt[e - 1];
          let k = 0;
          while (k < len && idPool[at + k] === buf[k]) k++;
          if (k === len) break;
        }
        slot = (slot + 1) & mask;
      }
      id = e !== 0 ? idEntryTerm[e - 1] : addIdEntry(slot, len, h, text.slice(start, i));
    }
    if (id >= 0) {
      if (count === ids.length) {
        const bigger = new Int32Array(Math.max(64, ids.length * 2));
        bigger.set(ids);
        out.ids = ids = bigger;
      }
      ids[count++] = id;
    }
  }
  out.count = count;
  return out;
}

export function isContentTerm(term: string): boolean {
  return term.length > 1 && !STOP_WORDS.has(term);
}

/** Distinct content terms of a text, in order of first appearance. */
export function contentTerms(text: string): string[] {
  const seen = new Set<string>();
  for (const t of tokenize(text)) if (isContentTerm(t.term)) seen.add(t.term);
  return [...seen];
}
