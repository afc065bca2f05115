// One glob dialect for `sources`, `exclude` and `drafts`, used by the config file, the source
// loader and the server's file-watch filter alike, so they never disagree about a path.
//
// Semantics (paths are posix, relative to the workspace or sources root):
// - `*` any characters but '/', `?` one, `**` any folders, `{a,b}` either, `[abc]` one of;
// - a pattern without '/' (`old`, `*.html`) matches a file or folder name at any depth, as in .gitignore;
// - a pattern with '/' (`sources/old`, `docs/*.md`) is anchored at the root;
// - a pattern that matches a folder matches everything under it (`old` = `**/old/**`);
// - a trailing '/', a leading './' or '/' and backslashes are ignored; case matters.
import picomatch from "picomatch/posix";

/**
 * Patterns compile to a regular expression, whose backtracking grows with every wildcard that can
 * span the same characters. Measured worst cases (npx tsx bench/glob-cost.ts) on adversarial paths:
 * within these limits at most ~60 ms per path (2 separate `**` and 2 stars per name on a 4,000-character
 * path, the longest Linux allows), well under 1 ms on ordinary ones; 3 stars in one 255-character
 * name take ~70 ms, 3 separate `**` ~200 ms on a 200-deep path, and each wildcard more multiplies that.
 * Beyond the limits a pattern is refused (and the config file reports it).
 */
export const GLOB_LIMITS = { maxLength: 256, maxStarsPerName: 2, maxGlobstars: 2 } as const;

const OPTIONS: picomatch.PicomatchOptions = {
  dot: true, // the loader already skips hidden files; a pattern should not silently differ on them
  nonegate: true, // '!' is a literal: one list, no order-dependent re-inclusion
  noextglob: true, // +(a|aa) compiles to nested quantifiers, the classic catastrophic regex
  fastpaths: false,
};

/** The pattern as matched: trimmed, '/' separators, no './' or '/' prefix, no trailing '/' or '/**'. */
export function normalizeGlob(pattern: string): string {
  let g = pattern.trim().replace(/\\/g, "/").replace(/\/{2,}/g, "/");
  while (g.startsWith("./")) g = g.slice(2);
  g = g.replace(/^\/+/, "");
  // what is under a match matches anyway, so a trailing "/**" adds nothing but cost
  for (;;) {
    const next = withoutTrailingSlashes(g);
    g = next.endsWith("/**") ? next.slice(0, -3) : next;
    if (g === next) break;
  }
  return g;
}

/** A path relative to a root, with '/' separators and no './' prefix. */
export function normalizeRelPath(rel: string): string {
  let p = rel.replace(/\\/g, "/");
  while (p.startsWith("./")) p = p.slice(2);
  return withoutTrailingSlashes(p);
}

// a loop, not /\/+$/: that regex retries from every '/' of a long run of them (quadratic)
function withoutTrailingSlashes(s: string): string {
  let end = s.length;
  while (end > 0 && s[end - 1] === "/") end--;
  return s.slice(0, end);
}

/** A run of two or more stars: a globstar wherever picomatch may read one. */
const GLOBSTAR = /\*\*+/g;

/** The names of a pattern with runs of `**` collapsed into one (they match the same). */
function namesOf(g: string): string[] {
  const names: string[] = [];
  for (const n of g.split("/")) if (!(n === "**" && names[names.length - 1] === "**")) names.push(n);
  return names;
}

/** Why a pattern is refused (too costly to match), or undefined when it is usable. */
export function globProblem(pattern: string): string | undefined {
  const g = normalizeGlob(pattern);
  if (!g) return "is empty";
  if (g.length > GLOB_LIMITS.maxLength) return `is longer than ${GLOB_LIMITS.maxLength} characters`;
  const names = namesOf(g);
  const starry = names.find((n) => n !== "**" && (n.match(/\*/g)?.length ?? 0) > GLOB_LIMITS.maxStarsPerName);
  if (starry !== undefined) return `has more than ${GLOB_LIMITS.maxStarsPerName} '*' in one name ("${starry}")`;
  // every `**` counts, not only whole names: inside braces or parentheses picomatch makes it a
  // globstar too ("{**,x}/{**,x}/{**,x}/{**,x}/x" or "(**)/(**)/(**)/(**)/x" took seconds on a
  // 200-deep path); a pattern without '/' is matched at any depth, which costs one `**` more
  const globstars = (names.join("/").match(GLOBSTAR)?.length ?? 0) + (names.length === 1 && g !== "**" ? 1 : 0);
  if (globstars > GLOB_LIMITS.maxGlobstars) return `has more than ${GLOB_LIMITS.maxGlobstars} separate '**'`;
  return undefined;
}

/** The regular expression of a usable pattern, or undefined when it is refused (see globProblem). */
export function compileGlob(pattern: string): RegExp | undefined {
  if (globProblem(pattern) !== undefined) return undefined;
  const g = normalizeGlob(pattern);
  if (g === "**") return /^/;
  const anyDepth = !g.includes("/");
  const body = picomatch.makeRe(anyDepth ? `**/${g}` : g, OPTIONS, true) as unknown as string;
  // anchored, and everything under a matching folder matches too
  return new RegExp(`^(?:${body})(?:/.*)?$`);
}

/**
 * A test of relative paths against a list of patterns: true when any usable pattern matches.
 * Refused patterns are left out (the config file reports them); with none left, nothing matches.
 */
export function globMatcher(patterns: readonly string[]): (relPath: string) => boolean {
  const res = patterns.map(compileGlob).filter((r): r is RegExp => r !== undefined);
  if (res.length === 0) return () => false;
  return (relPath) => {
    const p = normalizeRelPath(relPath);
    return res.some((r) => r.test(p));
  };
}

/** Whether one relative path matches one pattern. */
export function matchesGlob(relPath: string, pattern: string): boolean {
  return compileGlob(pattern)?.test(normalizeRelPath(relPath)) ?? false;
}
