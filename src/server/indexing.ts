// The sources side of the server: which folders hold sources, one engine per sources folder,
// incremental re-indexing on file changes, and the check results of each draft version.
import { promises as fsp, statSync, readdirSync } from "node:fs";
import * as path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { CHECK_SLICE_MS, Groundwork, type CheckOptions, type LineSpan } from "../core/engine";
import { nextTurn, type CancellationToken } from "../core/cancellation";
import type { CheckPacing } from "./pacing";
import { loadFolderWithCache, saveEngineCache } from "../core/cache";
import { loadResults, saveResults, type ResultsPlace } from "../core/cache/results";
import { extractSource, isSupportedSource } from "../core/sources";
import { isInside, realFolders, reallyInside } from "../core/files/contain";
import { readBoundedFile } from "../core/files/read";
import { globMatcher } from "../core/text/glob";
import type { ClaimResult, Range, SkippedFile } from "../core/types";
import type { IndexingState, StatsResult } from "./protocol";
import { defaultSettings, type Settings } from "./settings";

export interface SourceSet {
  /** Absolute path of the sources folder. */
  root: string;
  engine: Groundwork;
  skipped: SkippedFile[];
  /** Where its check results persist (with a cache folder), valid while the engine stays at `version`. */
  results?: ResultsPlace & { version: number };
}

export interface ProgressSink {
  report(message: string, percentage?: number): void;
}

/** As loadSourceFolder's default: larger files are skipped. */
const MAX_SOURCE_BYTES = 50 * 1024 * 1024;

const SKIP_DIRS = new Set(["node_modules", ".git", "dist", "out", ".vscode-test", ".groundwork-cache"]);

export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith("file:")) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export function pathToUri(p: string): string {
  return pathToFileURL(p).toString();
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/**
 * `sources` folders under `folder`, at most `depth` levels down, skipping build and VCS folders;
 * with `within` (real paths), never entering a folder that really lies elsewhere.
 */
export function findSourcesFolders(folder: string, depth = 3, within?: readonly string[]): string[] {
  const found: string[] = [];
  const walk = (dir: string, level: number): void => {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return;
    }
    for (const name of names) {
      if (SKIP_DIRS.has(name) || name.startsWith(".")) continue;
      const p = path.join(dir, name);
      if (!isDir(p)) continue;
      if (within && !reallyInside(p, within)) continue;
      if (name === "sources") {
        found.push(p);
        continue; // never look for drafts' sources inside a sources folder
      }
      if (level < depth) walk(p, level + 1);
    }
  };
  walk(folder, 1);
  return found.sort();
}

interface CachedCheck {
  version: number;
  engineVersion: number;
  root: string;
  results: ClaimResult[];
}

/** Everything the feature modules need to know about the sources and the checked drafts. */
export class SourcesWorkspace {
  folders: string[] = [];
  settings: Settings = defaultSettings();
  sets = new Map<string, SourceSet>();
  state: IndexingState = "idle";
  /** True once a first indexing has ended (or an engine was added): before, no draft can be checked. */
  indexedOnce = false;
  /** False in a Restricted Mode workspace: then only sources folders inside the workspace are read. */
  trusted = true;
  error?: string;
  private cache = new Map<string, CachedCheck>();
  /** How the last indexing loaded each sources folder from the persistent cache ("hit", "partial", "rebuilt"). */
  lastCacheStatus: string[] = [];
  /** The sources folders found at the last indexing (so that per-keystroke checks never walk the disk). */
  private knownRoots: string[] = [];
  private generation = 0;
  /**
   * Folder for the persistent index cache (the extension's storage folder), or undefined for
   * none. Indexing loads from it and saves to it after indexing and after re-indexing changes,
   * in the background (never on the typing path).
   */
  cacheDir?: string;
  private saveTimers = new Map<string, { timer: ReturnType<typeof setTimeout>; save?: () => Promise<boolean> }>();
  private resultTimers = new Map<string, ReturnType<typeof setTimeout>>();
  /** The last background save (tests wait for it). */
  saving: Promise<unknown> = Promise.resolve();
  /** How long checks run between pauses, and how they pause (the server lets requests in first: see pacing.ts). */
  pacing: CheckPacing = { sliceMs: CHECK_SLICE_MS, pause: nextTurn };

  constructor(folders: string[] = []) {
    this.folders = folders;
  }

  /** Use an engine that is already built (tests, or a caller that indexed itself). */
  addEngine(engine: Groundwork, skipped: SkippedFile[] = []): SourceSet {
    const set: SourceSet = { root: path.resolve(engine.root), engine, skipped };
    this.sets.set(set.root, set);
    if (this.state === "idle") this.state = "ready";
    this.indexedOnce = true;
    this.cache.clear();
    return set;
  }

  /**
   * Restricted Mode: the real paths (links resolved) of the workspace folders, the only places read.
   * Undefined in a trusted workspace.
   */
  within(): string[] | undefined {
    return this.trusted ? undefined : realFolders(this.folders);
  }

  /** The sources folders the settings name, or the `sources/` folders found in the workspace. */
  sourceRoots(): string[] {
    const within = this.within();
    const roots = new Set<string>();
    const base = this.settings.configPath ? path.dirname(this.settings.configPath) : this.folders[0];
    for (const s of this.settings.sources) {
      if (path.isAbsolute(s)) roots.add(path.resolve(s));
      else if (base) roots.add(path.resolve(base, s));
      else for (const f of this.folders) roots.add(path.resolve(f, s));
    }
    if (roots.size === 0) {
      for (const f of this.folders) for (const r of findSourcesFolders(f, 3, within)) roots.add(r);
    }
    // a folder inside the workspace may be a link to one outside: compared with links resolved
    return [...roots].filter((r) => isDir(r) && (!within || reallyInside(r, within)));
  }

  /** Index every sources folder from scratch. */
  async indexAll(progress?: ProgressSink): Promise<void> {
    const generation = ++this.generation;
    this.state = "indexing";
    this.error = undefined;
    const roots = this.sourceRoots();
    const within = this.within();
    this.knownRoots = roots;
    const sets = new Map<string, SourceSet>();
    const cacheStatus: string[] = [];
    try {
      let i = 0;
      for (const root of roots) {
        progress?.report(`Indexing ${path.basename(path.dirname(root))}/${path.basename(root)}`, Math.round((i / Math.max(roots.length, 1)) * 100));
        const exclude = { ...(this.settings.exclude.length ? { exclude: this.settings.exclude } : {}), ...(within ? { within } : {}) };
        let engine: Groundwork;
        let skipped: SkippedFile[];
        let saveCache: (() => Promise<boolean>) | undefined;
        let results: SourceSet["results"];
        if (this.cacheDir) {
          const load = await loadFolderWithCache(root, this.cacheDir, { ...exclude, save: "deferred" });
          ({ engine, skipped, saveCache } = load);
          cacheStatus.push(load.cache.status);
          // the results of the last session answer the sentences that did not change since
          await loadResults(engine, load);
          results = { cacheFile: load.cacheFile, contentKey: load.contentKey, version: engine.version };
        } else ({ engine, skipped } = await Groundwork.fromFolder(root, exclude));
        if (generation !== this.generation) return; // a newer indexing run took over
        sets.set(path.resolve(root), { root: path.resolve(root), engine, skipped, ...(results ? { results } : {}) });
        if (saveCache) this.scheduleSave(path.resolve(root), saveCache);
        i++;
      }
      this.sets = sets;
      this.lastCacheStatus = cacheStatus;
      this.state = "ready";
    } catch (e) {
      if (generation !== this.generation) return;
      this.state = "error";
      this.error = e instanceof Error ? e.message : String(e);
    }
    this.indexedOnce = true;
    this.cache.clear();
    progress?.report("Indexed", 100);
  }

  /** The source set a path belongs to (it is inside that sources folder). */
  setContaining(file: string): SourceSet | undefined {
    for (const set of this.sets.values()) if (isInside(file, set.root)) return set;
    return undefined;
  }

  /** True for files inside any sources folder: they are never checked as drafts. */
  isSourceFile(file: string): boolean {
    if (this.setContaining(file)) return true;
    return this.knownRoots.some((r) => isInside(file, r));
  }

  /** The sources for a draft: the nearest sources folder beside the draft or an ancestor of it. */
  setForDraft(draftPath: string | undefined): SourceSet | undefined {
    const sets = [...this.sets.values()];
    if (sets.length === 0) return undefined;
    if (draftPath) {
      if (this.setContaining(draftPath)) return undefined;
      let best: SourceSet | undefined;
      let bestLen = -1;
      for (const set of sets) {
        const home = path.dirname(set.root);
        if (isInside(draftPath, home) && home.length > bestLen) {
          best = set;
          bestLen = home.length;
        }
      }
      if (best) return best;
    }
    return sets[0];
  }

  setForUri(uri: string | undefined): SourceSet | undefined {
    return this.setForDraft(uri ? uriToPath(uri) : undefined);
  }

  /** True when a path is excluded by the settings' exclude globs (relative to the sources root). */
  private excluded(set: SourceSet, file: string): boolean {
    const rel = path.relative(set.root, file).split(path.sep).join("/");
    // the same matcher as full indexing (loadSourceFolder), so a watched change never re-adds an excluded file
    return globMatcher(this.settings.exclude)(rel);
  }

  /**
   * Apply one file event inside a sources folder: re-read that path only. The event's kind is a
   * hint; what is on disk now decides (watchers deliver events late, merged, out of order or
   * twice: a "deleted" for a file written again since must not drop it), and the same rules as
   * a fresh index apply (hidden files, unsupported types, excluded paths, unique ids).
   * Returns the source set that changed, or undefined when the path is not a source.
   */
  async applyChange(file: string, _kind: "created" | "changed" | "deleted"): Promise<SourceSet | undefined> {
    const set = this.setContaining(file);
    if (!set) return undefined;
    const rel = path.relative(set.root, file).split(path.sep).join("/");
    if (rel === "" || rel.split("/").some((part) => part.startsWith(".") || part === "node_modules")) return undefined;
    const changed = await this.syncPath(set, file, rel);
    if (!changed) return undefined;
    set.engine.uniquifyIds();
    this.cache.clear();
    this.scheduleSave(set.root);
    return set;
  }

  /** Brings the index of one path (a file or a folder) in line with the disk; true when it is a source path. */
  private async syncPath(set: SourceSet, file: string, rel: string): Promise<boolean> {
    let stat;
    try {
      stat = await fsp.lstat(file);
      if (stat.isSymbolicLink()) stat = await fsp.stat(file);
    } catch {
      stat = undefined;
    }
    const prefix = rel + "/";
    const indexedUnder = () => new Set(set.engine.units.filter((u) => u.file.startsWith(prefix)).map((u) => u.file));
    const forget = (f: string) => {
      set.engine.removeSource(f);
      set.skipped = set.skipped.filter((s) => s.path !== f && !s.path.startsWith(f + "/"));
    };
    if (!stat) {
      // gone: the file, or a folder and everything indexed under it
      const known = set.engine.files.includes(rel) || set.skipped.some((s) => s.path === rel || s.path.startsWith(prefix)) || indexedUnder().size > 0;
      forget(rel);
      for (const f of indexedUnder()) forget(f);
      return known || isSupportedSource(rel);
    }
    if (stat.isDirectory()) {
      // a folder appeared or changed (moved in, unpacked): what is inside it now, and nothing else
      if (this.excluded(set, file)) {
        for (const f of indexedUnder()) forget(f);
        return true;
      }
      forget(rel);
      // in Restricted Mode, only a folder really inside the workspace (not a link out of it)
      const within = this.within();
      if (within && !reallyInside(file, within)) {
        for (const f of indexedUnder()) forget(f);
        return true;
      }
      const names = await fsp.readdir(file);
      const present = new Set(names.filter((n) => !n.startsWith(".") && n !== "node_modules").map((n) => `${prefix}${n}`));
      for (const f of indexedUnder()) if (![...present].some((p) => f === p || f.startsWith(p + "/"))) forget(f);
      for (const name of names) {
        if (name.startsWith(".") || name === "node_modules") continue;
        await this.syncPath(set, path.join(file, name), `${prefix}${name}`);
      }
      return true;
    }
    if (this.excluded(set, file)) {
      const known = set.engine.files.includes(rel);
      forget(rel);
      return known;
    }
    forget(rel);
    if (!isSupportedSource(rel)) {
      set.skipped = [...set.skipped, { path: rel, reason: "unsupported type" }];
      return true;
    }
    if (stat.size > MAX_SOURCE_BYTES) {
      set.skipped = [...set.skipped, { path: rel, reason: `too large (${stat.size} bytes)` }];
      return true;
    }
    // one bounded read of a regular file (in Restricted Mode, only one really inside the workspace)
    const read = await readBoundedFile(file, { within: this.within() });
    const decoded = "skip" in read ? { error: read.skip } : await extractSource(rel, read.bytes);
    // as at startup: not indexed, and reported
    if ("error" in decoded) set.skipped = [...set.skipped, { path: rel, reason: decoded.error }];
    else set.engine.setSource(rel, decoded.text, decoded);
    return true;
  }

  /**
   * Saves a sources folder's index to the persistent cache a little later (a burst of file
   * changes gives one save), off the typing path.
   */
  private scheduleSave(root: string, save?: () => Promise<boolean>, delayMs = 2000): void {
    if (!this.cacheDir) return;
    const old = this.saveTimers.get(root);
    if (old) clearTimeout(old.timer);
    // a change after indexing makes the loader's own save stale: then save the engine as it is
    const pending = { save: old ? undefined : save, timer: setTimeout(() => this.runSave(root), delayMs) };
    pending.timer.unref?.();
    this.saveTimers.set(root, pending);
  }

  /** Whether a draft is being checked (set by the server): cache saves wait, the writer comes first. */
  checking: () => boolean = () => false;

  private runSave(root: string, now = false): void {
    if (!now && this.checking()) {
      const waiting = this.saveTimers.get(root);
      this.saveTimers.delete(root);
      return this.scheduleSave(root, waiting?.save);
    }
    const pending = this.saveTimers.get(root);
    this.saveTimers.delete(root);
    const set = this.sets.get(root);
    const cacheDir = this.cacheDir;
    if (!pending || !set || !cacheDir) return;
    // the same options as the load (the cache file is keyed by them)
    const within = this.within();
    const opts = { ...(this.settings.exclude.length ? { exclude: this.settings.exclude } : {}), ...(within ? { within } : {}) };
    const save = pending.save;
    this.saving = this.saving.then(() => (save ? save() : saveEngineCache(set.engine, cacheDir, opts))).catch(() => false);
  }

  /** Runs pending cache saves now (tests, shutdown). */
  async flushSaves(): Promise<void> {
    for (const [root, pending] of [...this.saveTimers]) {
      clearTimeout(pending.timer);
      this.runSave(root, true);
    }
    for (const [root, timer] of [...this.resultTimers]) {
      clearTimeout(timer);
      this.runResultsSave(root, true);
    }
    await this.saving;
  }

  /** Saves a set's check results a little after the last check (while its sources are as loaded). */
  private scheduleResultsSave(set: SourceSet, delayMs = 3000): void {
    if (!set.results || set.engine.version !== set.results.version) return;
    clearTimeout(this.resultTimers.get(set.root));
    const timer = setTimeout(() => this.runResultsSave(set.root), delayMs);
    timer.unref?.();
    this.resultTimers.set(set.root, timer);
  }

  private runResultsSave(root: string, now = false): void {
    this.resultTimers.delete(root);
    if (!now && this.checking()) {
      const set = this.sets.get(root);
      if (set) this.scheduleResultsSave(set);
      return;
    }
    const set = this.sets.get(root);
    const place = set?.results;
    // results after a source changed belong to other content than the key says: not saved
    if (!set || !place || set.engine.version !== place.version) return;
    this.saving = this.saving.then(() => saveResults(set.engine, place)).catch(() => false);
  }

  /** Check results for one version of a draft, computed once per (version, sources version). */
  results(uri: string, version: number, text: string): ClaimResult[] {
    const set = this.setForUri(uri);
    if (!set) return [];
    const cached = this.resultsOf(set, uri, version);
    if (cached) return cached;
    const results = set.engine.checkMarkdown(text, this.checkOptions());
    this.cache.set(uri, { version, engineVersion: set.engine.version, root: set.root, results });
    this.scheduleResultsSave(set);
    return results;
  }

  /**
   * The same, checked asynchronously: other requests are answered while it runs. Throws
   * CheckCancelledError when `token` is cancelled (a newer version arrived).
   */
  async checkedResults(uri: string, version: number, text: string, token?: CancellationToken, sliceMs?: number): Promise<ClaimResult[]> {
    const set = this.setForUri(uri);
    if (!set) return [];
    const cached = this.resultsOf(set, uri, version);
    if (cached) return cached;
    const engineVersion = set.engine.version;
    const results = await set.engine.checkMarkdownAsync(text, this.checkOptions(), token, sliceMs ?? this.pacing.sliceMs, undefined, undefined, this.pacing.pause);
    // kept under the sources version it started with: if a source changed meanwhile, the next
    // request checks again; an engine replaced by a re-indexing meanwhile keeps nothing
    if (this.sets.get(set.root) === set) {
      this.cache.set(uri, { version, engineVersion, root: set.root, results });
      this.scheduleResultsSave(set);
    }
    return results;
  }

  /**
   * The sentences touching `within` (the part of the draft on screen) checked, with every other
   * sentence already known: what to show while the rest is checked. Nothing is cached as the
   * version's result; the sentences checked stay in the engine's cache for the full check.
   * `onSlice` sees the results passed so far between slices (see Groundwork.checkMarkdownAsync).
   */
  async visibleResults(
    uri: string,
    version: number,
    text: string,
    within: LineSpan[],
    token?: CancellationToken,
    onSlice?: (sofar: readonly ClaimResult[]) => void,
  ): Promise<(ClaimResult[] & { unchecked?: number }) | undefined> {
    const set = this.setForUri(uri);
    if (!set || this.resultsOf(set, uri, version)) return undefined;
    return set.engine.checkMarkdownAsync(text, this.checkOptions(), token, this.pacing.sliceMs, within, onSlice, this.pacing.pause);
  }

  /**
   * Results to answer a request with at once, while a check of this version is pending or running:
   * the version's results if done, otherwise the sentences already checked, with the sentences
   * touching `at` (the request's position or range) checked now if they were not (see
   * Groundwork.knownResults): never a result of another text.
   */
  knownResults(uri: string, version: number, text: string, at?: Range): ClaimResult[] {
    const set = this.setForUri(uri);
    if (!set) return [];
    return this.resultsOf(set, uri, version) ?? set.engine.knownResults(text, this.checkOptions(), at);
  }

  private resultsOf(set: SourceSet, uri: string, version: number): ClaimResult[] | undefined {
    const cached = this.cache.get(uri);
    return cached && cached.version === version && cached.engineVersion === set.engine.version && cached.root === set.root ? cached.results : undefined;
  }

  private checkOptions(): CheckOptions {
    return { ignoreClaims: this.settings.ignore, ignoreWords: this.settings.ignoreWords };
  }

  /** Cached results, only if they belong to exactly this version. */
  cachedResults(uri: string, version: number): ClaimResult[] | undefined {
    const c = this.cache.get(uri);
    return c && c.version === version ? c.results : undefined;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  forgetAll(): void {
    this.cache.clear();
  }

  stats(): StatsResult {
    const sets = [...this.sets.values()];
    return {
      state: this.state,
      roots: sets.length ? sets.map((s) => s.root) : this.knownRoots,
      files: sets.reduce((n, s) => n + new Set(s.engine.units.map((u) => u.file)).size, 0),
      units: sets.reduce((n, s) => n + s.engine.units.length, 0),
      skipped: sets.flatMap((s) => s.skipped),
      indexVersion: sets.reduce((n, s) => n + s.engine.version, 0),
      configPath: this.settings.configPath,
      configProblems: this.settings.configProblems,
      error: this.error,
    };
  }

  /** file:// URI of a source file given its path relative to a sources root. */
  sourceUri(set: SourceSet, relFile: string): string {
    return pathToUri(path.join(set.root, ...relFile.split("/")));
  }
}
