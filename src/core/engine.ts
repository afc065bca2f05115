// The one entry point that the CLI, the language server and the benchmark share.
import { resolve } from "node:path";
import type { Citation, ClaimResult, Finding, Position, Range, SkippedFile, SourceSentence, SourceUnit, Verdict } from "./types";
import { Corpus } from "./index/corpus";
import { attributesTo, relevantPassages, type RelevantPassage } from "./index/relevant";
import { ClaimChecker } from "./claims/check";
import { extractDraftSentences, type DraftSentence } from "./claims/markdown";
import { sentencesAfterEdit } from "./claims/draft-edit";
import { CheckCancelledError, nextTurn, type CancellationToken } from "./cancellation";
import { parseSource, loadSourceFolder, type DocumentInfo, type LoadOptions } from "./sources";
import { LineIndex } from "./text/lines";
import { compileUserRegex, parseSlashRegex } from "./text/user-regex";
import { collectEntities, type Entity } from "./entities/collect";

export type { Entity, EntityKind, EntityMention } from "./entities/collect";
export type { CancellationToken } from "./cancellation";
export type { RelevantPassage } from "./index/relevant";

/** Fitting sentences taken from one unit at most, for warmUpTexts. */
const WARM_UP_PER_UNIT = 8;

/** Changes whenever the engine's results or cached data would change; part of every cache key. */
export const ENGINE_VERSION = "0.1.0-2";

/** How long an asynchronous check runs before it lets other work (hovers, edits) in. */
export const CHECK_SLICE_MS = 15;

/** Texts at least this long keep their parse (see Groundwork.parsed); shorter ones parse in well under a millisecond. */
const KEEP_PARSED_FROM = 2_000;

interface ParsedDraft {
  markdown: string;
  sentences: readonly DraftSentence[];
  lines: LineIndex;
}

/** How many unknown sentences `knownResults` checks at once for the range asked about (a hover's sentence, a selection's first ones). */
export const CHECKED_AT_ONCE = 4;

declare const inSentence: unique symbol;
/**
 * A range inside one sentence. The engine checks each sentence as if it stood alone on line 0 at
 * offset 0, so both characters are UTF-16 offsets from the sentence's first character; `placed`
 * turns it into a range of the draft wherever the sentence stands.
 */
export type SentenceRange = Range & { readonly [inSentence]: true };

/** A finding of one sentence, placed inside the sentence rather than in a draft. */
export type SentenceFinding = Omit<Finding, "range"> & { range?: SentenceRange };

/** What the sources say about one sentence, wherever it stands: what the results cache keeps. */
export interface SentenceResult {
  text: string;
  verdict: Verdict;
  citations: Citation[];
  findings: SentenceFinding[];
}

/** Lines start..end (0-based, inclusive) of a draft: the part on screen, checked first. */
export interface LineSpan {
  start: number;
  end: number;
}

export interface CheckOptions {
  /** Claims (exact text or /regex/) not to check. */
  ignoreClaims?: string[];
  /** Words the sources need not contain (a pseudonym, your publication's name): not required, not matched. */
  ignoreWords?: string[];
  /** Told every 1,000 sentences how many of the draft's sentences are done (long runs show progress). */
  progress?: (done: number, total: number) => void;
}

export class Groundwork {
  readonly root: string;
  private corpus = new Corpus();
  private entityCache?: { version: number; entities: Entity[] };
  private cacheVersion = -1;
  private results = new Map<string, SentenceResult>();
  private checker = new ClaimChecker({ corpus: this.corpus, toRange: sentenceRange });
  private lastParsed: ParsedDraft[] = [];

  constructor(root = "") {
    this.root = root ? resolve(root) : "";
  }

  /** An engine over a corpus restored from the index cache (core/cache), instead of an empty one. */
  static withCorpus(root: string, corpus: Corpus): Groundwork {
    const engine = new Groundwork(root);
    engine.corpus = corpus;
    engine.checker = new ClaimChecker({ corpus, toRange: sentenceRange });
    return engine;
  }

  /** Index every source file in a folder. */
  static async fromFolder(root: string, opts: LoadOptions = {}): Promise<{ engine: Groundwork; skipped: SkippedFile[]; fileCount: number }> {
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

  /** Add or replace one source file (path relative to root) from its text (and, for a PDF or Word file, what its extractor gave). */
  setSource(relPath: string, text: string, doc?: DocumentInfo): void {
    const file = relPath.replace(/\\/g, "/");
    this.corpus.setFile(file, parseSource(file, text, this.root ? resolve(this.root, file) : "", doc));
  }

  /** Add or replace a file's units as already parsed (e.g. from a cache). */
  setUnits(relPath: string, units: SourceUnit[]): void {
    this.corpus.setFile(relPath.replace(/\\/g, "/"), units);
  }

  /** Makes unit ids unique as loading the whole folder does (after sources were set one by one). */
  uniquifyIds(): void {
    this.corpus.uniquifyIds();
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

  /** A unit by its id or its citation key. */
  unit(key: string): SourceUnit | undefined {
    return this.corpus.unit(key);
  }

  /** The source passages most relevant to a sentence, best first, cut where relevance falls off. */
  relevantPassages(text: string, limit = 10): RelevantPassage[] {
    return relevantPassages(this.corpus, text, limit);
  }

  /** Whether the sources attribute `statement` (a sentence's words) to `speaker`. */
  attributesTo(speaker: string, statement: string): boolean {
    return attributesTo(this.corpus, speaker, statement);
  }

  /** The unit's readable citation key, unique among the sources ("google-drops-scale-ai", "doe-2024"). */
  citationKey(unit: SourceUnit): string {
    return this.corpus.citationKey(unit);
  }

  /**
   * Sentences of the sources to check while the writer is not waiting (see warmUp), up to `count`:
   * sentences of 8 words or more, at most 400 characters, with a figure, from units spread over the
   * corpus, each followed by itself with its first figure changed (so that the checks of a wrong
   * figure run too).
   */
  warmUpTexts(count: number): string[] {
    const units = this.units;
    const step = Math.max(1, Math.floor(units.length / count));
    const spread = units.filter((_, i) => i % step === 0);
    const fit = (text: string) => /\d/.test(text) && text.length <= 400 && text.split(/\s+/).length >= 8;
    // the n-th fitting sentence of each spread unit in turn: a small corpus gives several per unit
    // (each unit's fitting sentences found once, when first needed)
    const fitting: SourceSentence[][] = [];
    const out: string[] = [];
    for (let n = 0; out.length < count && n < WARM_UP_PER_UNIT; n++) {
      for (let k = 0; k < spread.length; k++) {
        const s = (fitting[k] ??= spread[k].sentences.filter((x) => fit(x.text)))[n];
        if (!s) continue;
        out.push(s.text, s.text.replace(/\d+/, (d) => String(Number(d) + 1)));
        if (out.length >= count) break;
      }
    }
    return out.slice(0, count);
  }

  /**
   * Checks text as a draft's sentences are checked, keeping no result: a check in a new process
   * runs interpreted and loads the tagger and lexicons, several times slower than once the code is
   * optimised, so a server checks a few sentences while idle (the index built, no draft open).
   */
  warmUp(text: string): void {
    for (const s of extractDraftSentences(text)) if (!s.ignored && s.blockKind !== "heading") this.checkSentence(s, [], []);
  }

  /**
   * Check a Markdown draft: one result per sentence of prose. Results are cached per sentence
   * (by its text, for this version of the sources), so re-checking after an edit only checks
   * the sentences that changed.
   */
  checkMarkdown(markdown: string, opts: CheckOptions = {}): ClaimResult[] {
    const steps = this.checking(markdown, opts, true);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  }

  /**
   * The same check, in slices of `sliceMs` between which other work of the process runs (0: after
   * every sentence checked). Throws CheckCancelledError, having stopped early, once `token` is
   * cancelled; the sentences checked until then stay cached. With `within`, only the sentences
   * touching those lines are checked (the visible part first); others are returned only if known,
   * and the result's `unchecked` says how many were left out. `onSlice` is shown, at the end of
   * each slice, the results of the sentences passed so far (in draft order; do not keep the array).
   * `pause` is how a slice lets other work in (by default, one turn of the event loop).
   */
  async checkMarkdownAsync(
    markdown: string,
    opts: CheckOptions = {},
    token?: CancellationToken,
    sliceMs = CHECK_SLICE_MS,
    within?: LineSpan[],
    onSlice?: (sofar: readonly ClaimResult[]) => void,
    pause: () => Promise<void> = nextTurn,
  ): Promise<ClaimResult[] & { unchecked?: number }> {
    const steps = this.checking(markdown, opts, true, within && ((r) => within.some((w) => r.end.line >= w.start && r.start.line <= w.end)));
    let sliceEnd = performance.now() + sliceMs;
    for (;;) {
      if (token?.isCancellationRequested) {
        steps.return([]);
        throw new CheckCancelledError();
      }
      const step = steps.next();
      if (step.done) return step.value;
      if (performance.now() >= sliceEnd) {
        onSlice?.(step.value);
        await pause();
        sliceEnd = performance.now() + sliceMs;
      }
    }
  }

  /**
   * The results of a draft's sentences checked before against these sources, placed where they
   * stand now; sentences not checked yet are left out. It answers at once (hovers while a check of
   * the draft runs): it checks nothing, except, with `at`, the unknown sentences touching that
   * range (at most CHECKED_AT_ONCE of them, each a few milliseconds), checked now.
   */
  knownResults(markdown: string, opts: CheckOptions = {}, at?: Range): ClaimResult[] {
    let left = at ? CHECKED_AT_ONCE : 0;
    const touching = (r: Range) => !!at && left > 0 && overlaps(r, at) && left-- > 0;
    const steps = this.checking(markdown, opts, !!at, touching);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  }

  /**
   * The one check loop behind the methods above. It pauses (yields) before checking each sentence
   * whose result is not cached, so that its driver can let other work in or stop; with
   * `checkUnknown` false it checks nothing and skips those sentences (it never pauses then).
   */
  private *checking(markdown: string, opts: CheckOptions, checkUnknown: boolean, wanted: (r: Range) => boolean = () => true): Generator<readonly ClaimResult[], ClaimResult[] & { unchecked?: number }, void> {
    const { sentences, lines } = this.parsed(markdown);
    const ignore = compileIgnores(opts.ignoreClaims ?? []);
    const ignoreWords = (opts.ignoreWords ?? []).map((w) => w.toLowerCase()).filter(Boolean);
    const optionsKey = ignoreWords.join("\u0001");
    const out: ClaimResult[] = [];
    let left = 0;
    let done = 0;
    for (const s of sentences) {
      if (opts.progress && ++done % 1000 === 0) opts.progress(done, sentences.length);
      if (s.ignored || s.blockKind === "heading" || ignore(s.text)) {
        out.push({ range: s.range, text: s.text, verdict: "unchecked", citations: [], findings: [] });
        continue;
      }
      const citedKeys = s.citations.map((c) => c.key);
      const key = s.text + "\u0000" + citedKeys.join("\u0000") + "\u0000" + optionsKey;
      this.keepResultsOfThisVersion();
      let known = this.results.get(key);
      if (!known) {
        if (!checkUnknown || !wanted(s.range)) {
          left++;
          continue;
        }
        yield out;
        // while paused, the sources may have changed or another check may have done this sentence
        this.keepResultsOfThisVersion();
        known = this.results.get(key) ?? this.checkSentence(s, citedKeys, ignoreWords);
        if (this.results.size > 20_000) this.results.clear();
        this.results.set(key, known);
      }
      out.push(placed(known, s, lines));
    }
    return left ? Object.assign(out, { unchecked: left }) : out;
  }

  /**
   * The draft's sentences and lines, parsed once per text: a hover or a lens during a check of a
   * long draft asks for the same text again (10,000 words take about 30 ms to parse). The last two
   * long texts are kept; a short one (a quick fix's re-checked sentence) is parsed each time and
   * never pushes a draft out.
   */
  private parsed(markdown: string): ParsedDraft {
    const kept = this.lastParsed.find((p) => p.markdown === markdown);
    if (kept) return kept;
    // after an edit of a few paragraphs of the last text, only those are parsed again (when that is sure to give the same)
    const last = this.lastParsed[0];
    const sentences = (last && markdown.length >= KEEP_PARSED_FROM && sentencesAfterEdit(last.markdown, last.sentences, markdown)) || extractDraftSentences(markdown);
    const parsed = { markdown, sentences, lines: new LineIndex(markdown) };
    if (markdown.length >= KEEP_PARSED_FROM) this.lastParsed = [parsed, ...this.lastParsed.slice(0, 1)];
    return parsed;
  }

  /** Checks one sentence as if it stood alone at offset 0 (see SentenceRange). */
  private checkSentence(s: DraftSentence, citedKeys: string[], ignoreWords: string[]): SentenceResult {
    const r = this.checker.check({ text: s.text, plain: s.plain, plainOffsets: s.plainOffsets.map((o) => o - s.start), range: sentenceRange(0, s.text.length), citedKeys, ignoreWords });
    return { text: r.text, verdict: r.verdict, citations: r.citations, findings: r.findings.map((f) => (f.range ? { ...f, range: asSentenceRange(f.range) } : (f as SentenceFinding))) };
  }

  private keepResultsOfThisVersion(): void {
    if (this.cacheVersion !== this.version) {
      this.results.clear();
      this.cacheVersion = this.version;
    }
  }

  /** The per-sentence results checked so far against this version of the sources (for a persistent results cache). */
  exportResults(): [string, SentenceResult][] {
    return this.cacheVersion === this.version ? [...this.results] : [];
  }

  /**
   * Takes results saved by `exportResults` from an engine over the same sources and engine code
   * (the caller guarantees that: see core/cache/results.ts); they answer unchanged sentences.
   */
  importResults(entries: Iterable<[string, SentenceResult]>): void {
    this.keepResultsOfThisVersion();
    for (const [key, result] of entries) if (this.results.size < 20_000) this.results.set(key, result);
  }

  entities(): Entity[] {
    if (this.entityCache?.version !== this.version) this.entityCache = { version: this.version, entities: collectEntities(this.corpus.units) };
    return this.entityCache.entities;
  }
}

/** The checker's ranges (CheckContext.toRange) for a sentence checked at offset 0 of line 0. */
function sentenceRange(start: number, end: number): SentenceRange {
  return { start: { line: 0, character: start }, end: { line: 0, character: end } } as SentenceRange;
}

function asSentenceRange(range: Range): SentenceRange {
  // every range in a finding comes from sentenceRange (toRange or the claim's own range)
  if (range.start.line !== 0 || range.end.line !== 0) throw new Error(`a finding's range is not inside its sentence: ${JSON.stringify(range)}`);
  return range as SentenceRange;
}

/** Whether two ranges share a character (or touch, for an empty one: a cursor). */
function overlaps(a: Range, b: Range): boolean {
  const before = (p: Position, q: Position) => p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}

/** A sentence's result where the sentence stands in the draft (fields in ClaimResult's order, as the JSON output shows them). */
function placed(known: SentenceResult, s: DraftSentence, lines: LineIndex): ClaimResult {
  return {
    range: s.range,
    text: known.text,
    verdict: known.verdict,
    citations: known.citations,
    findings: known.findings.map((f) => (f.range ? { ...f, range: lines.rangeOf(s.start + f.range.start.character, s.start + f.range.end.character) } : f)),
  };
}

function compileIgnores(patterns: string[]): (text: string) => boolean {
  const tests = patterns.map((p) => {
    const slash = parseSlashRegex(p);
    if (slash) {
      // linear time whatever the pattern (user-regex.ts); a refused one (reported by the config) matches nothing
      const re = compileUserRegex(slash.source, slash.flags);
      return "error" in re ? () => false : (t: string) => re.test(t);
    }
    return (t: string) => t.trim() === p.trim();
  });
  return (text) => tests.some((t) => t(text));
}
