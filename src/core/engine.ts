// The one entry point that the CLI, the language server and the benchmark share.
import { resolve } from "node:path";
import type { ClaimResult, Range, SkippedFile, SourceUnit } from "./types";
import { Corpus } from "./index/corpus";
import { ClaimChecker } from "./claims/check";
import { extractDraftSentences } from "./claims/markdown";
import { parseSource, loadSourceFolder } from "./sources";
import { LineIndex } from "./text/lines";
import { collectEntities, type Entity } from "./entities/collect";

export type { Entity, EntityKind, EntityMention } from "./entities/collect";

const RELATIVE = -1;

/** Changes whenever the engine's results or cached data would change; part of every cache key. */
export const ENGINE_VERSION = "0.1.0-1";

export interface CheckOptions {
  /** Claims (exact text or /regex/) not to check. */
  ignoreClaims?: string[];
  /** Words the sources need not contain (a pseudonym, your publication's name): not required, not matched. */
  ignoreWords?: string[];
}

export class Groundwork {
  readonly root: string;
  private corpus = new Corpus();
  private entityCache?: { version: number; entities: Entity[] };
  private results = new Map<string, ClaimResult>();
  private cacheVersion = -1;
  // Ranges inside a sentence are computed relative to its start (line RELATIVE, character = offset).
  private checker = new ClaimChecker({ corpus: this.corpus, toRange: (start: number, end: number): Range => ({ start: { line: RELATIVE, character: start }, end: { line: RELATIVE, character: end } }) });

  constructor(root = "") {
    this.root = root ? resolve(root) : "";
  }

  /** Index every source file in a folder. */
  static async fromFolder(root: string, opts: { include?: string[]; exclude?: string[] } = {}): Promise<{ engine: Groundwork; skipped: SkippedFile[]; fileCount: number }> {
    const engine = new Groundwork(root);
    const loaded = await loadSourceFolder(engine.root, opts);
    const byFile = new Map<string, SourceUnit[]>();
    for (const u of loaded.units) {
      const list = byFile.get(u.file);
      if (list) list.push(u);
      else byFile.set(u.file, [u]);
    }
    for (const [file, units] of byFile) engine.corpus.setFile(file, units);
    engine.corpus.index.settle(); // the postings, built now rather than at the first check
    return { engine, skipped: loaded.skipped, fileCount: loaded.fileCount };
  }

  /** Add or replace one source file (path relative to root) from its text. */
  setSource(relPath: string, text: string): void {
    const file = relPath.replace(/\\/g, "/");
    this.corpus.setFile(file, parseSource(file, text, this.root ? resolve(this.root, file) : ""));
  }

  /** Add or replace a file's units as already parsed (e.g. from a cache). */
  setUnits(relPath: string, units: SourceUnit[]): void {
    this.corpus.setFile(relPath.replace(/\\/g, "/"), units);
  }

  removeSource(relPath: string): void {
    this.corpus.removeFile(relPath.replace(/\\/g, "/"));
  }

  get units(): readonly SourceUnit[] {
    return this.corpus.units;
  }

  get files(): readonly string[] {
    return this.corpus.files();
  }

  /** Changes whenever a source is added, changed or removed. */
  get version(): number {
    return this.corpus.version;
  }

  unit(key: string): SourceUnit | undefined {
    return this.corpus.unit(key);
  }

  /**
   * Check a Markdown draft: one result per sentence of prose. Results are cached per sentence
   * (by its text, for this version of the sources), so re-checking after an edit only checks
   * the sentences that changed.
   */
  checkMarkdown(markdown: string, opts: CheckOptions = {}): ClaimResult[] {
    const lines = new LineIndex(markdown);
    if (this.cacheVersion !== this.version) {
      this.results.clear();
      this.cacheVersion = this.version;
    }
    const ignore = compileIgnores(opts.ignoreClaims ?? []);
    const ignoreWords = (opts.ignoreWords ?? []).map((w) => w.toLowerCase()).filter(Boolean);
    const optionsKey = ignoreWords.join("\u0001");
    return extractDraftSentences(markdown).map((s) => {
      if (s.ignored || s.blockKind === "heading" || ignore(s.text)) return { range: s.range, text: s.text, verdict: "unchecked" as const, citations: [], findings: [] };
      const citedKeys = s.citations.map((c) => c.key);
      const key = s.text + "\u0000" + citedKeys.join("\u0000") + "\u0000" + optionsKey;
      let cached = this.results.get(key);
      if (!cached) {
        // checked at offset 0, so the result can be moved to wherever the sentence is
        cached = this.checker.check({ text: s.text, plain: s.plain, plainOffsets: s.plainOffsets.map((o) => o - s.start), range: s.range, citedKeys, ignoreWords });
        if (this.results.size > 20_000) this.results.clear();
        this.results.set(key, cached);
      }
      return {
        ...cached,
        range: s.range,
        findings: cached.findings.map((f) => (f.range && f.range.start.line === RELATIVE ? { ...f, range: lines.rangeOf(s.start + f.range.start.character, s.start + f.range.end.character) } : f)),
      };
    });
  }

  /** The per-sentence results checked so far against this version of the sources (for a persistent results cache). */
  exportResults(): [string, ClaimResult][] {
    return this.cacheVersion === this.version ? [...this.results] : [];
  }

  /**
   * Takes results saved by `exportResults` from an engine over the same sources and engine code
   * (the caller guarantees that: see core/cache/results.ts); they answer unchanged sentences.
   */
  importResults(entries: Iterable<[string, ClaimResult]>): void {
    if (this.cacheVersion !== this.version) {
      this.results.clear();
      this.cacheVersion = this.version;
    }
    for (const [key, result] of entries) if (this.results.size < 20_000) this.results.set(key, result);
  }

  entities(): Entity[] {
    if (this.entityCache?.version !== this.version) this.entityCache = { version: this.version, entities: collectEntities(this.corpus.units) };
    return this.entityCache.entities;
  }
}

function compileIgnores(patterns: string[]): (text: string) => boolean {
  const tests = patterns.map((p) => {
    const m = /^\/(.*)\/([a-z]*)$/.exec(p);
    if (m) {
      try {
        const re = new RegExp(m[1], m[2]);
        return (t: string) => re.test(t);
      } catch {
        return () => false;
      }
    }
    return (t: string) => t.trim() === p.trim();
  });
  return (text) => tests.some((t) => t(text));
}
