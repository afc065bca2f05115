// What the cache needs from the sources module: the folder's source files (with size and mtime,
// so unchanged files are not even read), their decoding and the parser for one file. The walk
// mirrors `loadSourceFolder` (src/core/sources/load.ts) step for step — same order (sorted per
// folder), same include/exclude globs, links followed once, same skip reasons (unsupported
// type, too large, duplicate link, unreadable; undecodable files are reported by the caller
// with `decodeSourceBytes`'s reason) — so a folder loaded through the cache gives what a fresh
// load gives.
import { promises as fs } from "node:fs";
import * as path from "node:path";
import * as sources from "../sources";
import type { SkippedFile, SourceUnit } from "../types";

export interface ListOptions {
  include?: string[];
  exclude?: string[];
  /** Files larger than this are skipped (default 50 MB, as in loadSourceFolder). */
  maxBytes?: number;
}

export interface ListedFile {
  /** Relative to the root, '/' separators. */
  rel: string;
  /** Path to read (the link's target for a link). */
  abs: string;
  size: number;
  mtimeMs: number;
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

/** Parses one file (text already decoded, BOM stripped). */
export function parseFile(rel: string, text: string, absPath: string): SourceUnit[] {
  return sources.parseSource(rel, text, absPath);
}

export function decodeFile(buf: Uint8Array): { text: string } | { error: string } {
  return sources.decodeSourceBytes(buf);
}

// the same globs, skip reasons and order as a fresh load
const { matcher, reasonOf, compareNames } = sources;

/** Source files under root in load order, with size and mtime, and the files skipped. */
export async function listSourceFiles(root: string, opts: ListOptions = {}): Promise<Listing> {
  const include = matcher(opts.include);
  const exclude = matcher(opts.exclude);
  const maxBytes = opts.maxBytes ?? 50 * 1024 * 1024;
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

  const visitFile = async (abs: string, rel: string): Promise<void> => {
    if (exclude?.(rel)) return;
    if (include && !include(rel)) return;
    fileCount++;
    if (!sources.isSupportedSource(rel)) {
      skip({ path: rel, reason: "unsupported type" });
      return;
    }
    try {
      const real = await fs.realpath(abs);
      const first = seenFiles.get(real);
      if (first !== undefined) {
        skip({ path: rel, reason: `duplicate of ${first} (link to the same file)` });
        return;
      }
      seenFiles.set(real, rel);
      const st = await fs.stat(real);
      if (st.size > maxBytes) {
        skip({ path: rel, reason: `too large (${st.size} bytes)` });
        return;
      }
      files.push({ rel, abs: real, size: st.size, mtimeMs: st.mtimeMs });
    } catch (err) {
      skip({ path: rel, reason: reasonOf(err) });
    }
  };

  const visitDir = async (abs: string, rel: string): Promise<void> => {
    let real: string;
    try {
      real = await fs.realpath(abs);
    } catch (err) {
      skip({ path: rel || ".", reason: reasonOf(err) });
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
      } else if (e.isFile() || e.isSymbolicLink()) {
        await visitFile(childAbs, childRel);
      }
    }
  };

  await visitDir(absRoot, "");
  return { files, skipped, skippedAt, fileCount };
}
