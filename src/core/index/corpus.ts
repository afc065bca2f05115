// The indexed sources: units, their sentences as BM25 documents, and per-sentence analysis
// (quantities, names, roles) computed lazily, only for sentences a claim retrieves.
import { citationKeys } from "../citations/keys";
import type { SourceSentence, SourceUnit } from "../types";
import { Bm25Index, type Bm25Snapshot } from "./bm25";
import { baseId, sentenceCount, sentenceRanges, sentenceTable } from "../sources/parse";
import { extractQuantities, type Quantity } from "../quantities";
import { findNames, type NameMention } from "../entities/names";
import { findRoleFacts, type RoleFact } from "../entities/roles";
import { savedSentencePart, savedSentenceRoles } from "../meaning/saved";
import { termsOf, tokenize, type Token } from "../text/tokens";

export interface SentenceInfo {
  doc: number;
  unit: SourceUnit;
  sentence: number;
  text: string;
  lower: string;
  /** Lower-cased words joined by single spaces, padded with a space at both ends (for quotes). */
  words: string;
  tokens: Token[];
  /** The terms of `tokens`, as a set. */
  termSet: Set<string>;
  quantities: Quantity[];
  names: NameMention[];
  roles: RoleFact[];
}

/** Words of a text for verbatim comparison of quotes: lower case, punctuation and quote style ignored. */
export function quoteWords(text: string): string {
  return (
    " " +
    text
      .toLowerCase()
      .replace(/[’‘`]/g, "'")
      .replace(/[^\p{L}\p{N}'$%]+/gu, " ")
      .replace(/(^| )'+|'+(?= |$)/g, "$1")
      .trim() +
    " "
  );
}

/** Per-sentence analysis, each part computed on first use (a quote search needs only `words`). */
class LazySentence implements SentenceInfo {
  private _lower?: string;
  private _words?: string;
  private _tokens?: Token[];
  private _termSet?: Set<string>;
  private _quantities?: Quantity[];
  /** The sentences around this one (see Corpus.windowOf). */
  _window?: SentenceInfo[];
  private _names?: NameMention[];
  private _roles?: RoleFact[];
  constructor(
    readonly doc: number,
    readonly unit: SourceUnit,
    readonly sentence: number,
    readonly text: string,
  ) {}
  get lower(): string {
    return (this._lower ??= this.text.toLowerCase().replace(/’/g, "'"));
  }
  get words(): string {
    return (this._words ??= quoteWords(this.text));
  }
  get tokens(): Token[] {
    return (this._tokens ??= tokenize(this.text));
  }
  get termSet(): Set<string> {
    if (!this._termSet) {
      // from the tokens when they exist; otherwise by the scanner that makes no token objects
      // (most neighbours of a candidate are only ever asked for their terms)
      const set = new Set<string>();
      if (this._tokens) for (const t of this._tokens) set.add(t.term);
      else for (const t of termsOf(this.text)) set.add(t);
      this._termSet = set;
    }
    return this._termSet;
  }
  // (worked out at check time, for candidates and their neighbours only; kept across processes by
  // the persistent analyses cache, ../meaning/saved)
  get quantities(): Quantity[] {
    return (this._quantities ??= savedSentencePart(this.text, "quantities", () => extractQuantities(this.text)));
  }
  get names(): NameMention[] {
    return (this._names ??= savedSentencePart(this.text, "names", () => findNames(this.text)));
  }
  get roles(): RoleFact[] {
    const names = this.names;
    return (this._roles ??= savedSentenceRoles(this.text, names, () => findRoleFacts(this.text, names)));
  }
}

/** A corpus as plain strings and typed arrays (v8.serialize stores these without per-object cost). */
export interface CorpusSnapshot {
  format: 1;
  files: string[];
  /** Units per file, in file order. */
  unitCounts: Uint32Array;
  /** JSON array of the units without their sentences. */
  units: string;
  /** Per unit: document id of its first sentence, and its number of sentences. */
  firstDocs: Uint32Array;
  sentenceCounts: Uint32Array;
  /** All sentence texts, concatenated. */
  text: string;
  /** Per sentence: text length, index, start, end, range (start line, character, end line, character). */
  nums: Int32Array;
  /** JSON array of any extra per-sentence fields (null for none), when some sentence has them. */
  extra?: string;
  index: Bm25Snapshot;
}

const SENTENCE_KEYS = new Set(["index", "text", "start", "end", "range"]);

/** The order a folder walk visits paths in: folder by folder, names in code-unit order. */
export function walkOrder(a: string, b: string): number {
  const x = a.split("/");
  const y = b.split("/");
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
  return x.length - y.length;
}

export class Corpus {
  readonly index: Bm25Index = new Bm25Index(
    (doc) => this.docUnit[doc]?.sentences[this.docSentence[doc]]?.text,
    () => this.docRanks(),
  );
  private unitsByFile = new Map<string, SourceUnit[]>();
  private docUnit: (SourceUnit | undefined)[] = [];
  private docSentence: number[] = [];
  private firstDoc = new Map<SourceUnit, number>();
  private info = new Map<number, SentenceInfo>();
  private byKey = new Map<string, SourceUnit>();
  version = 0;

  get units(): SourceUnit[] {
    return [...this.unitsByFile.values()].flat();
  }

  /** A unit by its id or by its citation key. */
  unit(key: string): SourceUnit | undefined {
    return this.byKey.get(key) ?? this.citations().byKey.get(key);
  }

  private citationMaps?: { version: number; byUnit: Map<SourceUnit, string>; byKey: Map<string, SourceUnit> };

  /** Citation keys of this version of the corpus (computed on first use after a change). */
  private citations(): { byUnit: Map<SourceUnit, string>; byKey: Map<string, SourceUnit> } {
    if (this.citationMaps?.version !== this.version) {
      const byUnit = citationKeys(this.units);
      const byKey = new Map<string, SourceUnit>();
      for (const [u, k] of byUnit) byKey.set(k, u);
      this.citationMaps = { version: this.version, byUnit, byKey };
    }
    return this.citationMaps;
  }

  /** The readable citation key of a unit of this corpus ("google-drops-scale-ai"). */
  citationKey(unit: SourceUnit): string {
    return this.citations().byUnit.get(unit) ?? unit.id;
  }

  files(): string[] {
    return [...this.unitsByFile.keys()];
  }

  setFile(file: string, units: SourceUnit[]): void {
    this.removeFile(file);
    for (const unit of units) {
      this.firstDoc.set(unit, this.docUnit.length);
      this.byKey.set(unit.id, unit);
      const table = sentenceTable(unit);
      if (table) {
        // freshly parsed: the texts are read from the table, the sentence objects not built
        const { base, textStarts, textEnds } = table;
        for (let j = 0; j < textStarts.length; j++) {
          const doc = this.index.addSlice(base, textStarts[j], textEnds[j]);
          this.docUnit[doc] = unit;
          this.docSentence[doc] = j;
        }
        continue;
      }
      for (const s of unit.sentences) {
        const doc = this.index.add(s.text);
        this.docUnit[doc] = unit;
        this.docSentence[doc] = s.index;
      }
    }
    this.unitsByFile.set(file, units);
    this.version++;
  }

  removeFile(file: string): void {
    const old = this.unitsByFile.get(file);
    if (!old) return;
    for (const unit of old) {
      const first = this.firstDoc.get(unit)!;
      for (let i = 0, n = sentenceCount(unit); i < n; i++) {
        this.index.remove(first + i);
        this.docUnit[first + i] = undefined;
        this.info.delete(first + i);
      }
      this.firstDoc.delete(unit);
      if (this.byKey.get(unit.id) === unit) this.byKey.delete(unit.id);
    }
    this.unitsByFile.delete(file);
    this.version++;
  }

  unitOf(doc: number): SourceUnit | undefined {
    return this.docUnit[doc];
  }

  /** Document id of a unit's sentence, or -1. */
  docOf(unit: SourceUnit, sentence: number): number {
    const first = this.firstDoc.get(unit);
    return first === undefined || sentence < 0 || sentence >= unit.sentences.length ? -1 : first + sentence;
  }

  /** The documents of the sentences around `doc` in the same unit, `radius` each side. */
  window(doc: number, radius: number): number[] {
    const unit = this.docUnit[doc];
    if (!unit) return [];
    const s = this.docSentence[doc];
    const out: number[] = [];
    for (let i = Math.max(0, s - radius); i <= Math.min(unit.sentences.length - 1, s + radius); i++) out.push(doc - s + i);
    return out;
  }

  /**
   * `window(info.doc, 1)` as sentences, computed once per sentence; `info` itself stands at its
   * own place (callers compare by identity).
   */
  windowOf(info: SentenceInfo): SentenceInfo[] {
    const lazy = info as LazySentence;
    if (lazy._window) return lazy._window;
    const out: SentenceInfo[] = [];
    for (const d of this.window(info.doc, 1)) {
      const s = d === info.doc ? info : this.sentence(d);
      if (s) out.push(s);
    }
    if (info instanceof LazySentence) lazy._window = out;
    return out;
  }

  /** The sentence right before this one in its unit, if any. */
  sentenceBefore(info: SentenceInfo): SentenceInfo | undefined {
    return this.windowOf(info).find((w) => w.doc === info.doc - 1);
  }

  /** Whether any sentence of a unit contains a content term (one the index knows). */
  unitHasTerm(unit: SourceUnit, term: string): boolean {
    const first = this.firstDoc.get(unit);
    if (first === undefined) return false;
    return this.index.hasInRange(term, first, first + unit.sentences.length);
  }

  sentence(doc: number): SentenceInfo | undefined {
    const cached = this.info.get(doc);
    if (cached) return cached;
    const unit = this.docUnit[doc];
    if (!unit) return undefined;
    const s = unit.sentences[this.docSentence[doc]];
    const info = new LazySentence(doc, unit, s.index, s.text);
    if (this.info.size > 50_000) this.info.clear();
    this.info.set(doc, info);
    return info;
  }

  // ---- persistence (src/core/cache) -----------------------------------------------------

  private ranks?: { version: number; ranks: Int32Array | undefined };

  /**
   * Each document's place in the folder (files in walk order, then sentence order), for ties
   * between equal scores; undefined while documents were only ever added in that order.
   */
  docRanks(): Int32Array | undefined {
    if (this.ranks?.version === this.version) return this.ranks.ranks;
    const files = [...this.unitsByFile.keys()];
    const sorted = [...files].sort(walkOrder);
    let ranks: Int32Array | undefined;
    if (files.some((f, i) => f !== sorted[i])) {
      ranks = new Int32Array(this.docUnit.length);
      let next = 0;
      for (const file of sorted) {
        for (const unit of this.unitsByFile.get(file)!) {
          const first = this.firstDoc.get(unit)!;
          for (let i = 0, n = sentenceCount(unit); i < n; i++) ranks[first + i] = next++;
        }
      }
    }
    this.ranks = { version: this.version, ranks };
    return ranks;
  }

  /**
   * Makes unit ids unique as a fresh load of the folder does (uniquifyIds in load order: paths
   * compared folder by folder, as the walk visits them), after files were set one at a time.
   */
  uniquifyIds(): void {
    const seen = new Set<string>();
    for (const file of [...this.unitsByFile.keys()].sort(walkOrder)) {
      const units = this.unitsByFile.get(file)!;
      const digest = units.some((u) => u.section);
      for (const u of units) {
        const base = baseId(file) + (u.section ? `-${/\d+/.exec(u.section)?.[0]}` : digest ? "-intro" : "");
        let id = base;
        for (let k = 2; seen.has(id); k++) id = `${base}-${k}`;
        seen.add(id);
        if (u.id !== id) this.renameUnit(u, id);
      }
    }
  }

  /** Gives a unit another id (the cache makes ids unique across a folder as a fresh load does). */
  renameUnit(unit: SourceUnit, id: string): void {
    if (this.byKey.get(unit.id) === unit) this.byKey.delete(unit.id);
    unit.id = id;
    this.byKey.set(id, unit);
    this.version++;
  }

  /** Files in order with their units (as given to setFile). */
  fileUnits(): [string, SourceUnit[]][] {
    return [...this.unitsByFile];
  }

  /** A compact copy of the whole corpus with its index (freezes the index). */
  snapshot(): CorpusSnapshot {
    const files: string[] = [];
    const unitCounts: number[] = [];
    const meta: unknown[] = [];
    const firstDocs: number[] = [];
    const sentenceCounts: number[] = [];
    const texts: string[] = [];
    let nSentences = 0;
    for (const units of this.unitsByFile.values()) for (const u of units) nSentences += sentenceCount(u);
    const nums = new Int32Array(nSentences * 8);
    let extra: unknown[] | undefined;
    let k = 0;
    for (const [file, units] of this.unitsByFile) {
      files.push(file);
      unitCounts.push(units.length);
      for (const u of units) {
        // the unit without its sentences (not read: a parsed unit's are written from its table)
        const rest: Record<string, unknown> = {};
        for (const key of Object.keys(u)) if (key !== "sentences") rest[key] = (u as unknown as Record<string, unknown>)[key];
        meta.push(rest);
        firstDocs.push(this.firstDoc.get(u)!);
        const table = sentenceTable(u);
        if (table) {
          const n = table.textStarts.length;
          sentenceCounts.push(n);
          const ranges = sentenceRanges(table);
          for (let j = 0; j < n; j++, k++) {
            texts.push(table.base.slice(table.textStarts[j], table.textEnds[j]));
            const o = k * 8;
            nums[o] = table.textEnds[j] - table.textStarts[j];
            nums[o + 1] = j;
            nums[o + 2] = table.starts[j];
            nums[o + 3] = table.ends[j];
            nums.set(ranges.subarray(j * 4, j * 4 + 4), o + 4);
            if (extra) extra[k] = null;
          }
          continue;
        }
        const sentences = u.sentences;
        sentenceCounts.push(sentences.length);
        for (const s of sentences) {
          texts.push(s.text);
          const o = k * 8;
          nums[o] = s.text.length;
          nums[o + 1] = s.index;
          nums[o + 2] = s.start;
          nums[o + 3] = s.end;
          nums[o + 4] = s.range.start.line;
          nums[o + 5] = s.range.start.character;
          nums[o + 6] = s.range.end.line;
          nums[o + 7] = s.range.end.character;
          let more: Record<string, unknown> | null = null;
          for (const key in s) if (!SENTENCE_KEYS.has(key)) (more ??= {})[key] = (s as unknown as Record<string, unknown>)[key];
          if (more) (extra ??= new Array(nSentences).fill(null))[k] = more;
          else if (extra) extra[k] = null;
          k++;
        }
      }
    }
    return {
      format: 1,
      files,
      unitCounts: Uint32Array.from(unitCounts),
      units: JSON.stringify(meta),
      firstDocs: Uint32Array.from(firstDocs),
      sentenceCounts: Uint32Array.from(sentenceCounts),
      text: texts.join(""),
      nums,
      ...(extra ? { extra: JSON.stringify(extra) } : {}),
      index: this.index.snapshot(),
    };
  }

  /** Restores a snapshot; `absPath(file)` gives the current absolute path of a file. Throws if inconsistent. */
  static fromSnapshot(s: CorpusSnapshot, absPath: (file: string) => string): Corpus {
    if (s?.format !== 1) throw new Error("corpus snapshot: unknown format");
    const meta = JSON.parse(s.units) as Omit<SourceUnit, "sentences">[];
    const extra = s.extra ? (JSON.parse(s.extra) as (Record<string, unknown> | null)[]) : undefined;
    const { unitCounts, firstDocs, sentenceCounts, nums, text } = s;
    if (!Array.isArray(meta) || !Array.isArray(s.files) || unitCounts.length !== s.files.length || meta.length !== firstDocs.length || meta.length !== sentenceCounts.length) throw new Error("corpus snapshot: counts differ");
    const corpus = new Corpus();
    (corpus as { index: Bm25Index }).index = Bm25Index.fromSnapshot(
      s.index,
      (doc) => corpus.docUnit[doc]?.sentences[corpus.docSentence[doc]]?.text,
      () => corpus.docRanks(),
    );
    const docCount = s.index.alive.length;
    corpus.docUnit = new Array(docCount).fill(undefined);
    corpus.docSentence = new Array(docCount).fill(0);
    let u = 0;
    let k = 0;
    let pos = 0;
    const paths = new Map<string, string>();
    for (let f = 0; f < s.files.length; f++) {
      const file = s.files[f];
      const units: SourceUnit[] = [];
      for (let i = 0; i < unitCounts[f]; i++, u++) {
        const m = meta[u];
        if (u >= meta.length || typeof m?.id !== "string") throw new Error("corpus snapshot: bad unit");
        const n = sentenceCounts[u];
        const first = firstDocs[u];
        if (first + n > docCount || (k + n) * 8 > nums.length) throw new Error("corpus snapshot: bad sentence table");
        // checked now (a corrupt cache must fail here), built on first use: a check reads the
        // sentences of the units its candidates come from, a start answered by saved results none
        const rowStart = k;
        const textStart = pos;
        for (let j = 0; j < n; j++, k++) {
          const len = nums[k * 8];
          if (len < 0 || pos + len > text.length) throw new Error("corpus snapshot: bad text table");
          pos += len;
          if (!corpus.index.has(first + j)) throw new Error("corpus snapshot: sentence without document");
          corpus.docSentence[first + j] = j;
        }
        const buildSentences = (): SourceSentence[] => {
          const sentences: SourceSentence[] = new Array(n);
          let at = textStart;
          for (let j = 0, r = rowStart; j < n; j++, r++) {
            const o = r * 8;
            const len = nums[o];
            const sentence: SourceSentence = {
              index: nums[o + 1],
              text: text.slice(at, at + len),
              start: nums[o + 2],
              end: nums[o + 3],
              range: { start: { line: nums[o + 4], character: nums[o + 5] }, end: { line: nums[o + 6], character: nums[o + 7] } },
            };
            if (extra?.[r]) Object.assign(sentence, extra[r]);
            sentences[j] = sentence;
            at += len;
          }
          return sentences;
        };
        let abs = "";
        if (m.absPath) {
          abs = paths.get(m.file) ?? absPath(m.file);
          paths.set(m.file, abs);
        }
        const unit = { ...m, absPath: abs } as SourceUnit;
        let built: SourceSentence[] | undefined;
        Object.defineProperty(unit, "sentences", {
          enumerable: true,
          configurable: true,
          get: () => (built ??= buildSentences()),
          set: (v: SourceSentence[]) => {
            built = v;
          },
        });
        for (let j = 0; j < n; j++) corpus.docUnit[first + j] = unit;
        corpus.firstDoc.set(unit, first);
        corpus.byKey.set(unit.id, unit);
        units.push(unit);
      }
      corpus.unitsByFile.set(file, units);
    }
    if (u !== meta.length || k * 8 !== nums.length || pos !== text.length) throw new Error("corpus snapshot: trailing data");
    corpus.version = 1;
    return corpus;
  }
}
