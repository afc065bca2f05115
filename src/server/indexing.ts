// The sources side of the server: which folders hold sources, one engine per sources folder,
// incremental re-indexing on file changes, and the check results of each draft version.
import { promises as fsp, statSync, readdirSync } from "node:fs";
import * as path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Groundwork, type CheckOptions, type LineSpan } from "../core/engine";
import type { CancellationToken } from "../core/cancellation";
import { loadFolderWithCache, saveEngineCache } from "../core/cache";
import { loadResults, saveResults, type ResultsPlace } from "../core/cache/results";
import { decodeSourceBytes } from "../core/sources";
import { globMatcher } from "../core/text/glob";
import type { ClaimResult, SkippedFile } from "../core/types";
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

function isInside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel === "" || (!!rel && !rel.startsWith("..") && !path.isAbsolute(rel));
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** `sources` folders under `folder`, at most `depth` levels down, skipping build and VCS folders. */
export function findSourcesFolders(folder: string, depth = 3): string[] {
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
  /** False in a Restricted Mode workspace: then only sources folders inside the workspace are read. */
  trusted = true;
  error?: string;
  private cache = new Map<string, CachedCheck>();
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

  constructor(folders: string[] = []) {
    this.folders = folders;
  }

  /** Use an engine that is already built (tests, or a caller that indexed itself). */
  addEngine(engine: Groundwork, skipped: SkippedFile[] = []): SourceSet {
    const set: SourceSet = { root: path.resolve(engine.root), engine, skipped };
    this.sets.set(set.root, set);
    if (this.state === "idle") this.state = "ready";
    this.cache.clear();
    return set;
  }

  /** The sources folders the settings name, or the `sources/` folders found in the workspace. */
  sourceRoots(): string[] {
    const roots = new Set<string>();
    const base = this.settings.configPath ? path.dirname(this.settings.configPath) : this.folders[0];
    for (const s of this.settings.sources) {
      if (path.isAbsolute(s)) roots.add(path.resolve(s));
      else if (base) roots.add(path.resolve(base, s));
      else for (const f of this.folders) roots.add(path.resolve(f, s));
    }
    if (roots.size === 0) {
      for (const f of this.folders) for (const r of findSourcesFolders(f)) roots.add(r);
    }
    return [...roots].filter((r) => isDir(r) && (this.trusted || this.folders.some((f) => isInside(r, f))));
  }

  /** Index every sources folder from scratch. */
  async indexAll(progress?: ProgressSink): Promise<void> {
    const generation = ++this.generation;
    this.state = "indexing";
    this.error = undefined;
    const roots = this.sourceRoots();
    this.knownRoots = roots;
    const sets = new Map<string, SourceSet>();
    try {
      let i = 0;
      for (const root of roots) {
        progress?.report(`Indexing ${path.basename(path.dirname(root))}/${path.basename(root)}`, Math.round((i / Math.max(roots.length, 1)) * 100));
        const exclude = this.settings.exclude.length ? { exclude: this.settings.exclude } : undefined;
        let engine: Groundwork;
        let skipped: SkippedFile[];
        let saveCache: (() => Promise<boolean>) | undefined;
        let results: SourceSet["results"];
        if (this.cacheDir) {
          const load = await loadFolderWithCache(root, this.cacheDir, { ...exclude, save: "deferred" });
          ({ engine, skipped, saveCache } = load);
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
      this.state = "ready";
    } catch (e) {
      if (generation !== this.generation) return;
      this.state = "error";
      this.error = e instanceof Error ? e.message : String(e);
    }
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
   * Apply one file change inside a sources folder: re-read that file only.
   * Returns the source set that changed, or undefined when the file is not a source.
   */
  async applyChange(file: string, kind: "created" | "changed" | "deleted"): Promise<SourceSet | undefined> {
    const set = this.setContaining(file);
    if (!set) return undefined;
    const rel = path.relative(set.root, file).split(path.sep).join("/");
    if (rel === "" || rel.split("/").some((part) => part.startsWith("."))) return undefined;
    if (kind === "deleted") {
      const prefix = rel + "/";
      const files = new Set(set.engine.units.filter((u) => u.file === rel || u.file.startsWith(prefix)).map((u) => u.file));
      if (files.size === 0) files.add(rel);
      for (const f of files) set.engine.removeSource(f);
      set.skipped = set.skipped.filter((s) => s.path !== rel && !s.path.startsWith(prefix));
      this.cache.clear();
      this.scheduleSave(set.root);
      return set;
    }
    if (this.excluded(set, file)) return undefined;
    let stat;
    try {
      stat = await fsp.stat(file);
    } catch {
      return undefined;
    }
    if (stat.isDirectory()) {
      // A folder appeared (moved in, unpacked): index what is inside it.
      for (const name of await fsp.readdir(file)) await this.applyChange(path.join(file, name), "created");
      return set;
    }
    const decoded = decodeSourceBytes(await fsp.readFile(file));
    if ("error" in decoded) {
      // as at startup: not indexed, and reported (a file that was indexed before is dropped)
      set.engine.removeSource(rel);
      set.skipped = [...set.skipped.filter((s) => s.path !== rel), { path: rel, reason: decoded.error }];
      this.cache.clear();
      this.scheduleSave(set.root);
      return set;
    }
    set.engine.setSource(rel, decoded.text);
    set.skipped = set.skipped.filter((s) => s.path !== rel);
    this.cache.clear();
    this.scheduleSave(set.root);
    return set;
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
    const exclude = this.settings.exclude.length ? { exclude: this.settings.exclude } : {};
    const save = pending.save;
    this.saving = this.saving.then(() => (save ? save() : saveEngineCache(set.engine, cacheDir, exclude))).catch(() => false);
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
    const results = await set.engine.checkMarkdownAsync(text, this.checkOptions(), token, sliceMs);
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
   */
  async visibleResults(uri: string, version: number, text: string, within: LineSpan[], token?: CancellationToken): Promise<(ClaimResult[] & { unchecked?: number }) | undefined> {
    const set = this.setForUri(uri);
    if (!set || this.resultsOf(set, uri, version)) return undefined;
    return set.engine.checkMarkdownAsync(text, this.checkOptions(), token, undefined, within);
  }

  /**
   * Results to answer a request with at once, while a check of this version is pending or running:
   * the version's results if done, otherwise the sentences already checked (see Groundwork.knownResults).
   */
  knownResults(uri: string, version: number, text: string): ClaimResult[] {
    const set = this.setForUri(uri);
    if (!set) return [];
    return this.resultsOf(set, uri, version) ?? set.engine.knownResults(text, this.checkOptions());
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
