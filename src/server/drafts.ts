// The Markdown drafts of a workspace (Check All reads those not open in the editor).
import { promises as fsp } from "node:fs";
import * as path from "node:path";

export const MARKDOWN_EXT = /\.(md|markdown|mdown|mkd)$/i;

const SKIP = new Set(["node_modules", ".git", "dist", "out", ".vscode-test", ".groundwork-cache"]);

/** Markdown files of the workspace, outside the sources folders (at most 500). */
export async function findDrafts(folders: string[], isSource: (p: string) => boolean, max = 500): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string, depth: number): Promise<void> => {
    if (out.length >= max || depth > 8 || isSource(dir)) return;
    let entries;
    try {
      entries = await fsp.readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.name.startsWith(".") || SKIP.has(e.name)) continue;
      const p = path.join(dir, e.name);
      if (e.isDirectory()) await walk(p, depth + 1);
      else if (MARKDOWN_EXT.test(e.name) && !/^(README|CHANGELOG|LICENSE)/i.test(e.name) && !isSource(p)) out.push(p);
      if (out.length >= max) return;
    }
  };
  for (const f of folders) await walk(f, 0);
  return out;
}
