// What the cache needs from the sources module: the folder's source files (with size and mtime,
// so unchanged files are not even read) and the parser for one file. Uses the sources module's
// own listing when it exports one, so both agree on which files are sources.
import { promises as fsp } from "node:fs";
import { extname, join, relative } from "node:path";
import * as sources from "../sources";
import type { SkippedFile, SourceUnit } from "../types";

export interface ListOptions {
  include?: string[];
  exclude?: string[];
}

export interface ListedFile {
  /** Relative to the root, '/' separators. */
  rel: string;
  abs: string;
  size: number;
  mtimeMs: number;
}

export const SOURCE_EXTENSIONS = new Set([".txt", ".md", ".markdown", ".html", ".htm"]);
const SKIP_DIRS = new Set(["node_modules", ".git", "dist", "out", ".vscode-test", ".groundwork-cache"]);

type Lister = (root: string, opts: ListOptions) => Promise<{ files: { rel?: string; path?: string; abs?: string }[]; skipped?: SkippedFile[] }> | { files: { rel?: string; path?: string }[]; skipped?: SkippedFile[] };

export function parseFile(rel: string, text: string, absPath: string): SourceUnit[] {
  return sources.parseSource(rel, text, absPath);
}

function globToRegExp(glob: string): RegExp {
  let re = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === "*") {
      if (glob[i + 1] === "*") {
        re += glob[i + 2] === "/" ? "(?:.*/)?" : ".*";
        i += glob[i + 2] === "/" ? 2 : 1;
      } else re += "[^/]*";
    } else if (c === "?") re += "[^/]";
    else re += c.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`);
}

/** Source files under root, sorted, with size and mtime. */
export async function listSourceFiles(root: string, opts: ListOptions = {}): Promise<{ files: ListedFile[]; skipped: SkippedFile[] }> {
  const external = (sources as unknown as { listSourceFiles?: Lister }).listSourceFiles;
  let rels: string[];
  const skipped: SkippedFile[] = [];
  if (typeof external === "function") {
    const listed = await external(root, opts);
    rels = listed.files.map((f) => (f.rel ?? f.path ?? "").replace(/\\/g, "/"));
    skipped.push(...(listed.skipped ?? []));
  } else {
    const include = (opts.include ?? []).map(globToRegExp);
    const exclude = (opts.exclude ?? []).map(globToRegExp);
    rels = [];
    const walk = async (dir: string): Promise<void> => {
      let entries;
      try {
        entries = await fsp.readdir(dir, { withFileTypes: true });
      } catch {
        return;
      }
      await Promise.all(
        entries.map(async (e) => {
          if (e.name.startsWith(".") || SKIP_DIRS.has(e.name)) return;
          const abs = join(dir, e.name);
          const rel = relative(root, abs).replace(/\\/g, "/");
          if (e.isDirectory()) return walk(abs);
          if (!e.isFile() || !SOURCE_EXTENSIONS.has(extname(e.name).toLowerCase())) return;
          if (include.length && !include.some((r) => r.test(rel))) return;
          if (exclude.some((r) => r.test(rel) || r.test(e.name))) return;
          rels.push(rel);
        }),
      );
    };
    await walk(root);
  }
  rels.sort();
  const files: ListedFile[] = [];
  await Promise.all(
    rels.map(async (rel, i) => {
      const abs = join(root, rel);
      try {
        const st = await fsp.stat(abs);
        files[i] = { rel, abs, size: st.size, mtimeMs: st.mtimeMs };
      } catch (e) {
        skipped.push({ path: rel, reason: `unreadable: ${(e as Error).message}` });
      }
    }),
  );
  return { files: files.filter(Boolean), skipped };
}
