// The persistent index cache: parsed units and BM25 postings of a sources folder, saved after
// indexing and loaded instead of re-indexing. Keyed by the engine's fingerprint and each file's
// content hash; only files whose content changed are parsed again. A cache that is corrupt,
// truncated, from another engine version or for another folder is discarded and rebuilt, never
// an error.
//
// File layout (one file per sources folder, in the cache folder), sealed by ./seal:
//   8 bytes  magic "GWCACHE" + format byte
//  32 bytes  SHA-256 of everything below
//   4 bytes  header length (little endian)
//   header   JSON: engine fingerprint, root, per-file size/mtime/ctime/sha1, skipped files, payload length and sha1
//   payload  v8.serialize(CorpusSnapshot): strings and typed arrays, no per-sentence objects
// A file counts as unchanged only when its size, mtime and ctime all match (an edit that keeps the
// size and puts the old mtime back still changes the ctime); otherwise its content hash decides.
import { createHash } from "node:crypto";
import { join, resolve } from "node:path";
import { deserialize, serialize } from "node:v8";
import { Groundwork } from "../engine";
import { Corpus, type CorpusSnapshot } from "../index/corpus";
import { termOf, tokenizerSignature } from "../text/tokens";
import type { SkippedFile, SourceUnit } from "../types";
import { decodeFile, listSourceFiles, parseFile, type ListOptions } from "./files";
import { EXTRACTOR_VERSION, reasonOf } from "../sources";
import { readBoundedFile, type ReadResult } from "../files/read";
import { readSealed, writeSealed } from "./seal";

export const CACHE_FORMAT = 3;
const MAGIC = Buffer.from([0x47, 0x57, 0x43, 0x41, 0x43, 0x48, 0x45, CACHE_FORMAT]); // "GWCACHE" + format

export interface CacheStats {
  /** "hit": loaded as saved; "partial": some files re-parsed; "rebuilt": no usable cache. */
  status: "hit" | "partial" | "rebuilt";
  /** Why a cache was discarded, if one was. */
  discarded?: string;
  reparsed: number;
  removed: number;
  saved: boolean;
}

export interface FolderLoad {
  engine: Groundwork;
  skipped: SkippedFile[];
  fileCount: number;
  cache: CacheStats;
  /** Identifies the indexed content (every file's hash, the folder, the options, the engine): a key for saved results. */
  contentKey: string;
  /** The index cache file (the results cache sits beside it). */
  cacheFile: string;
  /** With `save: "deferred"`, when the cache needs writing: writes it (false if it could not). */
  saveCache?: () => Promise<boolean>;
}

interface FileRecord {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  sha1: string;
  /** Ids its units had before being made unique across the folder. */
  ids?: string[];
  /** Set when the file was skipped (not indexed). */
  skipped?: string;
}

interface Header {
  engine: string;
  root: string;
  options: string;
  files: Record<string, FileRecord>;
  payloadLength: number;
  payloadSha1: string;
}

let fingerprintMemo: string | undefined;

/** Changes whenever the cache format, the tokenizer or the source parser behaves differently. */
export function engineFingerprint(): string {
  if (fingerprintMemo) return fingerprintMemo;
  const h = createHash("sha1");
  h.update(`format ${CACHE_FORMAT}\n`);
  h.update(`extractors ${EXTRACTOR_VERSION}\n`);
  h.update(tokenizerSignature());
  const probe = "Investors' valuations; shares, customers, founded, acquired, spending, employees, tripled, hiring, revenues, CEO, Meta's 14.3 billion stake data-labeling";
  h.update(probe.split(/\W+/).map((w) => termOf(w)).join(" "));
  for (const [name, text] of PROBE_SOURCES) h.update(JSON.stringify(parseFile(name, text, "")));
  fingerprintMemo = h.digest("hex").slice(0, 20);
  return fingerprintMemo;
}

const PROBE_SOURCES: [string, string][] = [
  ["probe.txt", "Probe Title\n\nMeta agreed to put $14.3 billion into Scale AI. It was announced on June 12, 2025 by Mr. Wang.\n\nA second paragraph: “quoted words,” she said.\n"],
  ["probe.md", "---\ntitle: Probe\nauthor: A. Writer\ndate: 2025-06-12\n---\n\n# Probe\n\nScale generated $870 million in revenue in 2024. Google spent about $150 million.\n"],
  ["probe.html", "<html><head><title>Probe</title></head><body><p>Google, Scale AI's largest client, plans to end its relationship.</p><p>OpenAI said so.</p></body></html>"],
];

function sha1(data: Buffer | Uint8Array): string {
  return createHash("sha1").update(data).digest("hex");
}

/** The cache file of a sources folder (one cache folder can serve several). */
export function cacheFileFor(root: string, cacheDir: string, opts: ListOptions = {}): string {
  return join(cacheDir, `index-${sha1(Buffer.from(resolve(root) + "\0" + optionsKey(opts))).slice(0, 16)}.gwcache`);
}

function optionsKey(opts: ListOptions): string {
  // a Restricted Mode load (`within`) indexes less than a trusted one: kept apart
  return JSON.stringify({ include: opts.include ?? [], exclude: opts.exclude ?? [], ...(opts.within ? { within: opts.within } : {}) });
}

/** Reads a cache file; undefined (with the reason) if missing, corrupt, truncated or foreign. */
async function readCache(path: string, root: string, opts: ListOptions): Promise<{ header: Header; payload: Buffer } | { reason: string }> {
  const sealed = await readSealed(path, MAGIC);
  if ("reason" in sealed) return sealed;
  const buf = sealed.body;
  try {
    if (buf.length < 4) return { reason: "truncated header" };
    const hlen = buf.readUInt32LE(0);
    if (4 + hlen > buf.length) return { reason: "truncated header" };
    const header = JSON.parse(buf.subarray(4, 4 + hlen).toString("utf8")) as Header;
    if (typeof header !== "object" || !header || typeof header.files !== "object" || !header.files) return { reason: "bad header" };
    if (header.engine !== engineFingerprint()) return { reason: "another engine version" };
    if (header.root !== resolve(root) || header.options !== optionsKey(opts)) return { reason: "another folder" };
    const payload = buf.subarray(4 + hlen);
    if (payload.length !== header.payloadLength) return { reason: "truncated payload" };
    if (sha1(payload) !== header.payloadSha1) return { reason: "payload checksum" };
    return { header, payload };
  } catch (e) {
    return { reason: `unreadable (${(e as Error).message})` };
  }
}

/** Writes atomically and exclusively (./seal, ../files/write), so a crash never leaves a half-written cache. */
async function writeCache(path: string, header: Omit<Header, "payloadLength" | "payloadSha1">, snapshot: CorpusSnapshot): Promise<void> {
  const payload = serialize(snapshot);
  const full: Header = { ...header, payloadLength: payload.length, payloadSha1: sha1(payload) };
  const head = Buffer.from(JSON.stringify(full), "utf8");
  const len = Buffer.alloc(4);
  len.writeUInt32LE(head.length, 0);
  await writeSealed(path, MAGIC, Buffer.concat([len, head, payload]));
}

function bytesOrReason(read: ReadResult): Buffer | string {
  return "bytes" in read ? read.bytes : read.skip;
}

function engineAround(root: string, corpus: Corpus): Groundwork {
  return Groundwork.withCorpus(root, corpus);
}

function corpusOf(engine: Groundwork): Corpus {
  return (engine as unknown as { corpus: Corpus }).corpus;
}

/**
 * Loads a sources folder like `Groundwork.fromFolder`, from the cache in `cacheDir` when it is
 * valid: unchanged files come from the cache, changed and new files are parsed, deleted files
 * dropped; the cache is then brought up to date (or, with `save: "deferred"`, the returned
 * `saveCache` does it when the caller likes). Never throws because of the cache.
 *
 * Units, ids, skipped files and results equal a fresh load's; after a partial update the changed
 * files' sentences come after the others' (as after `setSource`), which can only reorder exact
 * ties between passages.
 */
export async function loadFolderWithCache(root: string, cacheDir: string, opts: ListOptions & { save?: boolean | "deferred" } = {}): Promise<FolderLoad> {
  const absRoot = resolve(root);
  const path = cacheFileFor(absRoot, cacheDir, opts);
  const [listing, cached] = await Promise.all([listSourceFiles(absRoot, opts), readCache(path, absRoot, opts)]);
  const old = "header" in cached ? cached.header : undefined;
  const stats: CacheStats = { status: "rebuilt", reparsed: 0, removed: 0, saved: false };
  if (!old && cached && "reason" in cached && cached.reason !== "missing") stats.discarded = cached.reason;

  let corpus: Corpus | undefined;
  if (old && "payload" in cached) {
    try {
      corpus = Corpus.fromSnapshot(deserialize(cached.payload) as CorpusSnapshot, (file) => resolve(absRoot, file));
    } catch (e) {
      stats.discarded = `unreadable payload (${(e as Error).message})`;
      corpus = undefined;
    }
  }
  const around = corpus && old ? engineAround(absRoot, corpus) : undefined;
  const prevFiles = around ? old!.files : {};

  // Which files changed? size+mtime first, then the content hash; changed files are decoded
  // and parsed (in load order, so that parsing errors and ids come out as in a fresh load).
  const records: Record<string, FileRecord> = {};
  const parsed = new Map<string, SourceUnit[]>();
  const datas = await Promise.all(
    listing.files.map(async (f): Promise<Buffer | string | undefined> => {
      const prev = prevFiles[f.rel];
      if (prev && prev.size === f.size && prev.mtimeMs === f.mtimeMs && prev.ctimeMs === f.ctimeMs) return undefined;
      return bytesOrReason(await readBoundedFile(f.abs, { maxBytes: opts.maxBytes, within: opts.within, listedAsRegular: true }));
    }),
  );
  for (const [i, f] of listing.files.entries()) {
    const data = datas[i];
    const prev = prevFiles[f.rel];
    if (data === undefined) {
      records[f.rel] = prev;
      continue;
    }
    if (typeof data === "string") {
      records[f.rel] = { size: f.size, mtimeMs: f.mtimeMs, ctimeMs: f.ctimeMs, sha1: "", skipped: data };
      continue;
    }
    const hash = sha1(data);
    if (prev && prev.sha1 === hash) {
      records[f.rel] = { ...prev, size: f.size, mtimeMs: f.mtimeMs, ctimeMs: f.ctimeMs };
      continue;
    }
    const record: FileRecord = { size: f.size, mtimeMs: f.mtimeMs, ctimeMs: f.ctimeMs, sha1: hash };
    records[f.rel] = record;
    const decoded = await decodeFile(f.rel, data);
    if ("error" in decoded) {
      record.skipped = decoded.error;
      continue;
    }
    try {
      const units = parseFile(f.rel, decoded.text, resolve(absRoot, f.rel), decoded);
      record.ids = units.map((u) => u.id);
      parsed.set(f.rel, units);
    } catch (e) {
      record.skipped = `unreadable (${e instanceof Error ? e.message : String(e)})`;
    }
  }

  // Final ids: unique across the folder in load order, as loadSourceFolder's uniquifyIds makes them.
  const finalIds = new Map<string, string[]>();
  const seen = new Set<string>();
  for (const f of listing.files) {
    const r = records[f.rel];
    if (!r || r.skipped || !r.ids) continue;
    finalIds.set(
      f.rel,
      r.ids.map((base) => {
        let id = base;
        for (let k = 2; seen.has(id); k++) id = `${base}-${k}`;
        seen.add(id);
        return id;
      }),
    );
  }
  const withIds = (rel: string, units: SourceUnit[]): SourceUnit[] => {
    const ids = finalIds.get(rel)!;
    units.forEach((u, i) => (u.id = ids[i]));
    return units;
  };

  let engine: Groundwork;
  if (around) {
    engine = around;
    const c = corpusOf(engine);
    const keep = new Set(listing.files.filter((f) => records[f.rel] && !records[f.rel].skipped && !parsed.has(f.rel)).map((f) => f.rel));
    const removed = Object.keys(old!.files).filter((f) => !(f in records));
    for (const f of engine.files) if (!keep.has(f)) engine.removeSource(f);
    // ids of kept units change only when a file with the same base name came or went before them
    for (const f of listing.files) {
      if (!keep.has(f.rel)) continue;
      const ids = finalIds.get(f.rel);
      const units = c.fileUnits().find(([file]) => file === f.rel)?.[1] ?? [];
      units.forEach((u, i) => {
        if (ids && ids[i] !== undefined && u.id !== ids[i]) c.renameUnit(u, ids[i]);
      });
    }
    for (const [rel, units] of parsed) if (units.length) engine.setUnits(rel, withIds(rel, units));
    stats.status = parsed.size || removed.length || datas.some((d) => d !== undefined) ? "partial" : "hit";
    stats.reparsed = parsed.size;
    stats.removed = removed.length;
  } else {
    engine = new Groundwork(absRoot);
    for (const f of listing.files) {
      const units = parsed.get(f.rel);
      if (units?.length) engine.setUnits(f.rel, withIds(f.rel, units));
    }
    stats.reparsed = parsed.size;
  }

  // skipped files in walk order, as a fresh load lists them
  const skipped: SkippedFile[] = [];
  let k = 0;
  listing.files.forEach((f, i) => {
    while (k < listing.skipped.length && listing.skippedAt[k] <= i) skipped.push(listing.skipped[k++]);
    const reason = records[f.rel]?.skipped;
    if (reason) skipped.push({ path: f.rel, reason });
  });
  while (k < listing.skipped.length) skipped.push(listing.skipped[k++]);

  const header = { engine: engineFingerprint(), root: absRoot, options: optionsKey(opts), files: records };
  const save = async (): Promise<boolean> => {
    try {
      await writeCache(path, header, corpusOf(engine).snapshot());
      return true;
    } catch {
      // a read-only or full disk only costs the next start its speed
      return false;
    }
  };
  let saveCache: (() => Promise<boolean>) | undefined;
  if (stats.status !== "hit") {
    if (opts.save === "deferred") saveCache = save;
    else if (opts.save !== false) stats.saved = await save();
  }
  const contentKey = sha1(Buffer.from(JSON.stringify([header.engine, header.root, header.options, listing.files.map((f) => [f.rel, records[f.rel]?.sha1 ?? "", records[f.rel]?.skipped ?? ""])])));
  return { engine, skipped, fileCount: listing.fileCount, cache: stats, contentKey, cacheFile: path, ...(saveCache ? { saveCache } : {}) };
}

/**
 * Saves an engine's index (e.g. one the language server built and then updated) to the cache.
 * Files are hashed as they are on disk now; a file that changed since it was indexed is caught
 * by the next load only if its size or mtime changed too, so call this soon after re-indexing.
 */
export async function saveEngineCache(engine: Groundwork, cacheDir: string, opts: ListOptions = {}): Promise<boolean> {
  try {
    const root = engine.root;
    const listing = await listSourceFiles(root, opts);
    const files: Record<string, FileRecord> = {};
    const units = new Map(corpusOf(engine).fileUnits());
    await Promise.all(
      listing.files.map(async (f) => {
        const list = units.get(f.rel);
        if (!list) return;
        const data = bytesOrReason(await readBoundedFile(f.abs, { maxBytes: opts.maxBytes, within: opts.within, listedAsRegular: true }));
        if (typeof data === "string") throw new Error(`${f.rel}: ${data}`);
        // base ids are not kept apart from the final ones here: a later load re-derives them only
        // for files it parses again
        files[f.rel] = { size: f.size, mtimeMs: f.mtimeMs, ctimeMs: f.ctimeMs, sha1: sha1(data), ids: list.map((u) => u.id) };
      }),
    );
    await writeCache(cacheFileFor(root, cacheDir, opts), { engine: engineFingerprint(), root: resolve(root), options: optionsKey(opts), files }, corpusOf(engine).snapshot());
    return true;
  } catch {
    return false;
  }
}
