// Containment of paths in folders. Lexical (`isInside`) only answers for paths whose links are
// already resolved: Restricted Mode resolves both sides (`realFolders`, fs.realpath) first.
import { realpathSync } from "node:fs";
import * as path from "node:path";

/** Whether `child` is `parent` or lies under it, comparing the paths as written. */
export function isInside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel === "" || (rel !== ".." && !rel.startsWith(".." + path.sep) && !path.isAbsolute(rel));
}

export function isInsideAny(child: string, parents: readonly string[]): boolean {
  return parents.some((p) => isInside(child, p));
}

/** The real path of a path (links resolved), or undefined when it does not resolve. */
export function realPathOf(p: string): string | undefined {
  try {
    return realpathSync(p);
  } catch {
    return undefined;
  }
}

/** The real paths of folders (the ones that exist), for `within` checks. */
export function realFolders(folders: readonly string[]): string[] {
  return folders.map(realPathOf).filter((p): p is string => p !== undefined);
}

/** Whether a path, links resolved, lies inside one of `within` (real paths); false when it does not resolve. */
export function reallyInside(p: string, within: readonly string[]): boolean {
  const real = realPathOf(p);
  return real !== undefined && isInsideAny(real, within);
}
