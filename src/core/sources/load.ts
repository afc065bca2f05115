// Reads a folder of sources: recursive, sorted, no symlink loops, and never throws on a bad file.

import { lstat, promises as fs } from "node:fs";
import * as path from "node:path";
import type { SkippedFile, SourceUnit } from "../types";
import { globMatcher } from "../text/glob";
import { isInsideAny } from "../files/contain";
import { DEFAULT_MAX_BYTES, notRegularReason, OUTSIDE_WORKSPACE, readBoundedFile, reasonOf, tooLargeReason } from "../files/read";
import { isSupportedSource, parseSource, uniquifyIds } from "./parse";
import { extractSource } from "./extract";
import type { ReadResult } from "../files/read";

export interface LoadOptions {
  /** Globs (relative to the root; the dialect of core/text/glob.ts) a file must match; all files when empty. */
  include?: string[];
  /** Globs of files and folders to leave out. */
  exclude?: string[];
  /** Files larger than this are skipped (default 50 MB). */
  maxBytes?: number;
  /**
   * Real paths of the only folders that may be read (Restricted Mode: the workspace folders).
   * A file or folder whose real path (links resolved) lies elsewhere is skipped and reported.
   */
  within?: readonly string[];
}

export interface LoadResult {
  units: SourceUnit[];
  skipped: SkippedFile[];
  /** Files found (loaded or skipped), not counting hidden or excluded ones. */
  fileCount: number;
}

const UTF8 = new TextDecoder("utf-8", { fatal: true });
const UTF16LE = new TextDecoder("utf-16le", { fatal: true });

/** Decodes a source file: UTF-8 (BOM stripped), or UTF-16 LE/BE with a BOM; refuses binary data. */
export function decodeSourceBytes(buf: Uint8Array): { text: string } | { error: string } {
  if (buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff))) {
    const le = buf[0] === 0xff;
    let body = buf.subarray(2);
    if (body.length % 2 === 1) return { error: "not valid UTF-16 (odd number of bytes)" };
    if (!le) {
      const swapped = new Uint8Array(body.length);
      for (let i = 0; i < body.length; i += 2) {
        swapped[i] = body[i + 1];
        swapped[i + 1] = body[i];
      }
      body = swapped;
    }
    try {
      return checkText(UTF16LE.decode(body));
    } catch {
      return { error: `not valid UTF-16${le ? "LE" : "BE"}` };
    }
  }
  let start = 0;
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) start = 3;
  const head = Math.min(buf.length, start + 8192);
  if (buf.subarray(start, head).indexOf(0) >= 0) return { error: "binary file (contains NUL bytes)" };
  let text: string;
  try {
    text = UTF8.decode(buf.subarray(start));
  } catch {
    return { error: "not valid UTF-8 text" };
  }
  return checkText(text);
}

/** The characters checkText counts as control characters (NUL among them). */
const CONTROL = /[\x00-\x08\x0b\x0e-\x1f\x7f]/;

function checkText(text: string): { text: string } | { error: string } {
  const head = Math.min(text.length, 8192);
  if (!CONTROL.test(head === text.length ? text : text.slice(0, head))) return { text };
  let control = 0;
  for (let i = 0; i < head; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return { error: "binary file (contains NUL characters)" };
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 127) control++;
  }
  if (head > 0 && control / head > 0.3) return { error: "binary file (mostly control characters)" };
  return { text };
}

/** A test for paths relative to the root, or null when no glob is given. */
function matcher(globs: string[] | undefined): ((rel: string) => boolean) | null {
  const list = (globs ?? []).map((g) => g.trim()).filter(Boolean);
  return list.length ? globMatcher(list) : null;
}

export { reasonOf };

/** lstat through the callback API (fs.promises costs several times more per call). */
const lstatOf = (p: string): Promise<import("node:fs").Stats> => new Promise((resolve, reject) => lstat(p, (err, st) => (err ? reject(err) : resolve(st))));

const compareNames = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export type ListOptions = LoadOptions;

export interface ListedFile {
  /** Relative to the root, '/' separators. */
  rel: string;
  /** Path to read (the link's target for a link). */
  abs: string;
  /** Path as found in the folder (the link itself for a link). */
  at: string;
  size: number;
  mtimeMs: number;
  /** Changes with any write or timestamp change, unlike mtime, which can be set back. */
  ctimeMs: number;
}

export interface Listing {
  /** In load order (the order loadSourceFolder gives units). */
  files: ListedFile[];
  skipped: SkippedFile[];
  /** Per skipped file: how many files were listed before it (to merge both in walk order). */
  skippedAt: number[];
  /** Files found (loaded or skipped), not counting hidden or excluded ones. */
  fileCount: number;
}


/** Files read ahead of the one being parsed. */
const READ_AHEAD = 8;

/** Loads every supported file under `root` into source units, in sorted path order. */
export async function loadSourceFolder(root: string, opts: LoadOptions = {}): Promise<LoadResult> {
  const listing = await listSourceFiles(root, opts);
  const units: SourceUnit[] = [];
  const skipped: SkippedFile[] = [];
  // the walk's skips and the read/decode failures, merged in walk order
  let next = 0;
  const skipsBefore = (i: number) => {
    while (next < listing.skipped.length && listing.skippedAt[next] <= i) skipped.push(listing.skipped[next++]);
  };
  // Reads run ahead of parsing (a few files at a time), so the disk and the parser overlap.
  const files = listing.files;
  const reads: (Promise<ReadResult> | undefined)[] = [];
  const read = (i: number): void => {
    if (i >= files.length) return;
    // the listing has just stat'ed every listed file and found it regular
    reads[i] = readBoundedFile(files[i].abs, { maxBytes: opts.maxBytes, within: opts.within, listedAsRegular: true });
  };
  for (let i = 0; i < READ_AHEAD; i++) read(i);
  for (let i = 0; i < files.length; i++) {
    skipsBefore(i);
    const f = files[i];
    read(i + READ_AHEAD);
    try {
      const pending = reads[i]!;
      reads[i] = undefined;
      const got = await pending;
      if ("skip" in got) {
        skipped.push({ path: f.rel, reason: got.skip });
        continue;
      }
      const decoded = await extractSource(f.rel, got.bytes);
      if ("error" in decoded) skipped.push({ path: f.rel, reason: decoded.error });
      else units.push(...parseSource(f.rel, decoded.text, f.at, decoded));
    } catch (err) {
      skipped.push({ path: f.rel, reason: reasonOf(err) });
    }
  }
  skipsBefore(Infinity);
  uniquifyIds(units);
  return { units, skipped, fileCount: listing.fileCount };
}

/** Source files under root in load order, with size and mtime, and the files skipped. */
export async function listSourceFiles(root: string, opts: ListOptions = {}): Promise<Listing> {
  const include = matcher(opts.include);
  const exclude = matcher(opts.exclude);
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const within = opts.within;
  const files: ListedFile[] = [];
  const skipped: SkippedFile[] = [];
  const skippedAt: number[] = [];
  const skip = (s: SkippedFile): void => {
    skipped.push(s);
    skippedAt.push(files.length);
  };
  let fileCount = 0;
  const seenDirs = new Set<string>();
  const seenFiles = new Map<string, string>();
  const absRoot = path.resolve(root);

  /** A file's real path and stats (or why not), looked up ahead of its turn in the walk. */
  type Probe = { real: string; st?: import("node:fs").Stats; err?: unknown };
  const probe = async (abs: string): Promise<Probe> => {
    let real: string;
    try {
      real = await fs.realpath(abs);
    } catch (err) {
      return { real: "", err };
    }
    try {
      return { real, st: await fs.stat(real) };
    } catch (err) {
      return { real, err };
    }
  };
  /**
   * The same for an entry the folder listed as a plain file (not a link): inside a folder whose
   * real path is known, its real path is that folder's joined with its name, and one lstat gives
   * its stats. Should it have become a link since the listing, the full probe above decides.
   */
  const probeListedFile = async (realDir: string, abs: string, name: string): Promise<Probe> => {
    const real = path.join(realDir, name);
    let st: import("node:fs").Stats;
    try {
      st = await lstatOf(real);
    } catch (err) {
      return { real, err };
    }
    return st.isSymbolicLink() ? probe(abs) : { real, st };
  };
  const wanted = (rel: string): boolean => !exclude?.(rel) && (!include || include(rel));

  const visitFile = async (abs: string, rel: string, ahead?: Promise<Probe>): Promise<void> => {
    if (!wanted(rel)) return;
    fileCount++;
    if (!isSupportedSource(rel)) {
      skip({ path: rel, reason: "unsupported type" });
      return;
    }
    const { real, st, err } = await (ahead ?? probe(abs));
    if (!real) {
      skip({ path: rel, reason: reasonOf(err) });
      return;
    }
    if (within && !isInsideAny(real, within)) {
      skip({ path: rel, reason: OUTSIDE_WORKSPACE });
      return;
    }
    const first = seenFiles.get(real);
    if (first !== undefined) {
      skip({ path: rel, reason: `duplicate of ${first} (link to the same file)` });
      return;
    }
    seenFiles.set(real, rel);
    if (!st) {
      skip({ path: rel, reason: reasonOf(err) });
      return;
    }
    const irregular = notRegularReason(st);
    if (irregular) {
      skip({ path: rel, reason: irregular });
      return;
    }
    if (st.size > maxBytes) {
      skip({ path: rel, reason: tooLargeReason(st.size, maxBytes) });
      return;
    }
    files.push({ rel, abs: real, at: abs, size: st.size, mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs });
  };

  const visitDir = async (abs: string, rel: string): Promise<void> => {
    let real: string;
    try {
      real = await fs.realpath(abs);
    } catch (err) {
      skip({ path: rel || ".", reason: reasonOf(err) });
      return;
    }
    if (within && !isInsideAny(real, within)) {
      skip({ path: rel || ".", reason: OUTSIDE_WORKSPACE });
      return;
    }
    if (seenDirs.has(real)) return;
    seenDirs.add(real);
    let entries;
    try {
      entries = await fs.readdir(abs, { withFileTypes: true });
    } catch (err) {
      skip({ path: rel || ".", reason: reasonOf(err) });
      return;
    }
    entries.sort((a, b) => compareNames(a.name, b.name));
    // the plain files' lookups all start now (they are consumed in order below)
    const ahead = new Map<string, Promise<Probe>>();
    for (const e of entries) {
      if (e.name.startsWith(".") || e.name === "node_modules" || !e.isFile() || e.isSymbolicLink()) continue;
      const childRel = rel ? `${rel}/${e.name}` : e.name;
      if (wanted(childRel) && isSupportedSource(childRel)) ahead.set(e.name, probeListedFile(real, path.join(abs, e.name), e.name));
    }
    for (const e of entries) {
      if (e.name.startsWith(".") || e.name === "node_modules") continue;
      const childAbs = path.join(abs, e.name);
      const childRel = rel ? `${rel}/${e.name}` : e.name;
      let isDir = e.isDirectory();
      if (e.isSymbolicLink()) {
        try {
          isDir = (await fs.stat(childAbs)).isDirectory();
        } catch (err) {
          fileCount++;
          skip({ path: childRel, reason: reasonOf(err) });
          continue;
        }
      }
      if (isDir) {
        if (exclude?.(childRel)) continue;
        await visitDir(childAbs, childRel);
      } else {
        // FIFOs, devices and sockets too: visitFile reports them (a supported name) or counts them
        await visitFile(childAbs, childRel, ahead.get(e.name));
      }
    }
  };

  await visitDir(absRoot, "");
  return { files, skipped, skippedAt, fileCount };
}
