// Sentence analyses kept across processes: the tagger's tokens and the facts (predicates) of each
// sentence analysed, the names, figures and role facts of the source sentences read at check time,
// and the frames of figures (what each measures, whether it holds before an event), loaded from the
// persistent cache (../cache/analyses) and consulted when the in-memory memos miss. All are pure
// functions of the sentence (and, for facts, of its names' offsets; for frames, of the figures')
// for one build of the tagger, the lexicon and the code, which the cache file's fingerprint pins;
// so a saved analysis is exactly what analysing again would give.
//
// Kept compact (offsets and codes in typed arrays, no token text: it is a slice of the sentence)
// and bounded: the MAX_SAVED_ANALYSES of each kind most recently analysed or read from here (a
// sentence the in-memory memos answer is not read from here, so not counted as used).
import type { NameMention } from "../entities/names";
import type { RoleFact } from "../entities/roles";
import type { Quantity } from "../quantities";
import type { Predicate } from "./facts";
import type { TaggedToken } from "./tagger";
import type { FigureFrame } from "./measures";

/** Sentences of each kind (tokens, facts) kept in memory and in the cache file. */
export const MAX_SAVED_ANALYSES = 20_000;

const POS_CODES = ["NOUN", "VERB", "AUX", "PROPN", "ADJ", "ADV", "ADP", "DET", "PRON", "NUM", "PUNCT", "PART", "CCONJ", "SCONJ", "SYM", "X", "INTJ"];
const POS_INDEX = new Map(POS_CODES.map((p, i) => [p, i]));

/** A sentence's tokens: [start, end, pos (index in POS_CODES, or in `extraPos` past them), negated] per token; lemmas where they differ from the lower-cased text. */
export interface SavedTokens {
  cells: Int32Array;
  lemmas: (string | 0)[];
  extraPos?: string[];
}

/** A predicate with its names as indices into the sentence's names (-1: none). */
type SavedPredicate = Omit<Predicate, "agent" | "patients" | "coAgents" | "examples"> & { agent?: number; patients: number[]; coAgents?: number[]; examples?: number[] };

/**
 * What the index reads of a source sentence at check time (../index/corpus LazySentence): its names,
 * figures and role facts, each kept once worked out. One object graph per sentence, so that the
 * role facts point at the very name objects of `names` after a round trip too.
 */
export interface SavedSentence {
  names?: NameMention[];
  quantities?: Quantity[];
  roles?: RoleFact[];
}

export interface SavedAnalyses {
  tokens: [string, SavedTokens][];
  facts: [string, SavedPredicate[]][];
  sentences: [string, SavedSentence][];
  frames: [string, FigureFrame][];
}

// insertion order is recency: a use moves an entry to the end
const tokensByText = new Map<string, SavedTokens>();
const factsByKey = new Map<string, SavedPredicate[]>();
const sentencesByText = new Map<string, SavedSentence>();
const framesByKey = new Map<string, FigureFrame>();
let changed = false;

function touch<V>(map: Map<string, V>, key: string, value: V): void {
  map.delete(key);
  map.set(key, value);
  while (map.size > MAX_SAVED_ANALYSES) map.delete(map.keys().next().value as string);
}

// ---- tokens -------------------------------------------------------------------------------------

function packTokens(text: string, tokens: readonly TaggedToken[]): SavedTokens {
  const cells = new Int32Array(tokens.length * 4);
  const lemmas: (string | 0)[] = [];
  let extraPos: string[] | undefined;
  tokens.forEach((t, i) => {
    let pos = POS_INDEX.get(t.pos);
    if (pos === undefined) {
      extraPos ??= [];
      let k = extraPos.indexOf(t.pos);
      if (k < 0) k = extraPos.push(t.pos) - 1;
      pos = POS_CODES.length + k;
    }
    cells[i * 4] = t.start;
    cells[i * 4 + 1] = t.end;
    cells[i * 4 + 2] = pos;
    cells[i * 4 + 3] = t.negated ? 1 : 0;
    lemmas.push(t.lemma === t.text.toLowerCase() ? 0 : t.lemma);
  });
  return extraPos ? { cells, lemmas, extraPos } : { cells, lemmas };
}

function unpackTokens(text: string, saved: SavedTokens): TaggedToken[] {
  const out: TaggedToken[] = [];
  const { cells, lemmas, extraPos } = saved;
  for (let i = 0; i < lemmas.length; i++) {
    const start = cells[i * 4]!;
    const end = cells[i * 4 + 1]!;
    const code = cells[i * 4 + 2]!;
    const word = text.slice(start, end);
    const lemma = lemmas[i];
    out.push(Object.freeze({ text: word, start, end, pos: POS_CODES[code] ?? extraPos?.[code - POS_CODES.length] ?? "X", lemma: lemma === 0 ? word.toLowerCase() : lemma!, negated: cells[i * 4 + 3] === 1 }));
  }
  return Object.freeze(out) as TaggedToken[];
}

/** The saved tokens of a sentence, if it was tagged before (in this process or one whose cache was loaded). */
export function savedTokens(text: string): TaggedToken[] | undefined {
  const hit = tokensByText.get(text);
  if (!hit) return undefined;
  touch(tokensByText, text, hit);
  return unpackTokens(text, hit);
}

/** Keeps a sentence's tokens for the cache. */
export function saveTokens(text: string, tokens: readonly TaggedToken[]): void {
  touch(tokensByText, text, packTokens(text, tokens));
  changed = true;
}

// ---- facts --------------------------------------------------------------------------------------

/** The key of a sentence's facts: its text and its names' offsets (all that extraction reads of them). */
function factsKey(text: string, names: readonly NameMention[]): string {
  return text + "\u0000" + names.map((n) => `${n.start}:${n.end}`).join(",");
}

/** The saved facts of a sentence with these names, bound to these name objects. */
export function savedFacts(text: string, names: readonly NameMention[]): Predicate[] | undefined {
  const key = factsKey(text, names);
  const hit = factsByKey.get(key);
  if (!hit) return undefined;
  touch(factsByKey, key, hit);
  return hit.map((p) => {
    const out = { ...p } as unknown as Predicate;
    if ("agent" in p) out.agent = p.agent === undefined || p.agent < 0 ? undefined : names[p.agent];
    out.patients = p.patients.map((k) => names[k]!);
    if (p.coAgents) out.coAgents = p.coAgents.map((k) => names[k]!);
    if (p.examples) out.examples = p.examples.map((k) => names[k]!);
    return out;
  });
}

/** Keeps a sentence's facts for the cache (names as indices into `names`). */
export function saveFacts(text: string, names: readonly NameMention[], facts: readonly Predicate[]): void {
  const indexOf = (n: NameMention) => {
    const k = names.indexOf(n);
    if (k < 0) throw new Error("a fact names a mention not among the sentence's names");
    return k;
  };
  let packed: SavedPredicate[];
  try {
    packed = facts.map((p) => {
      const out = { ...p } as unknown as SavedPredicate;
      if ("agent" in p) out.agent = p.agent ? indexOf(p.agent) : -1;
      out.patients = p.patients.map(indexOf);
      if (p.coAgents) out.coAgents = p.coAgents.map(indexOf);
      if (p.examples) out.examples = p.examples.map(indexOf);
      return out;
    });
  } catch {
    // (a mention from elsewhere cannot be bound again: such a sentence is not kept)
    return;
  }
  touch(factsByKey, factsKey(text, names), packed);
  changed = true;
}

// ---- source sentences ---------------------------------------------------------------------------

/**
 * The saved analysis of a source sentence's `part`, or, the first time, `analyse()`'s, kept for the
 * cache (a pure function of the text).
 */
export function savedSentencePart<K extends "names" | "quantities">(text: string, part: K, analyse: () => NonNullable<SavedSentence[K]>): NonNullable<SavedSentence[K]> {
  let record = sentencesByText.get(text);
  if (!record) record = {};
  touch(sentencesByText, text, record);
  let value = record[part];
  if (value === undefined) {
    value = record[part] = analyse();
    changed = true;
  }
  return value as NonNullable<SavedSentence[K]>;
}

/**
 * The saved role facts of a source sentence whose names are `names`, or `analyse()`'s. Role facts
 * point at name objects (checks compare them by identity), so saved ones are used only beside the
 * very `names` array they were worked out with (one object graph in the cache file).
 */
export function savedSentenceRoles(text: string, names: NameMention[], analyse: () => RoleFact[]): RoleFact[] {
  const record = sentencesByText.get(text);
  if (record?.roles && record.names === names) {
    touch(sentencesByText, text, record);
    return record.roles;
  }
  const roles = analyse();
  if (!record || record.names === names || record.names === undefined) {
    touch(sentencesByText, text, { ...record, names, roles });
    changed = true;
  }
  return roles;
}

// ---- figure frames ------------------------------------------------------------------------------

/** The frame of a figure (./measures figureFrame, a pure function of these arguments), saved or `analyse()`'s. */
export function savedFrame(text: string, kind: string, start: number, end: number, figures: readonly { start: number; end: number }[], analyse: () => FigureFrame): FigureFrame {
  const key = `${text}\u0000${kind}\u0000${start}:${end}\u0000${figures.map((f) => `${f.start}:${f.end}`).join(",")}`;
  const hit = framesByKey.get(key);
  if (hit) {
    touch(framesByKey, key, hit);
    return { ...hit };
  }
  const frame = analyse();
  touch(framesByKey, key, { ...frame });
  changed = true;
  return frame;
}

// ---- the cache's view ---------------------------------------------------------------------------

/** Everything kept, most recently used last (what the cache file holds). */
export function exportSavedAnalyses(): SavedAnalyses {
  return {
    tokens: [...tokensByText],
    facts: [...factsByKey],
    sentences: [...sentencesByText],
    frames: [...framesByKey],
  };
}

/** Adds analyses read from the cache (older than any made in this process: those stay). Returns how many. */
export function importSavedAnalyses(data: SavedAnalyses): number {
  let n = 0;
  const older = (map: Map<string, unknown>, entries: [string, unknown][]) => {
    const mine = [...map];
    map.clear();
    for (const [k, v] of entries) if (typeof k === "string" && v) map.set(k, v);
    for (const [k, v] of mine) map.set(k, v);
    while (map.size > MAX_SAVED_ANALYSES) map.delete(map.keys().next().value as string);
    n += entries.length;
  };
  older(tokensByText as Map<string, unknown>, data.tokens.filter(([, t]) => t && t.cells instanceof Int32Array && Array.isArray(t.lemmas) && t.cells.length === t.lemmas.length * 4));
  older(factsByKey as Map<string, unknown>, data.facts.filter(([, f]) => Array.isArray(f)));
  older(framesByKey as Map<string, unknown>, (data.frames ?? []).filter(([, f]) => f && typeof f === "object" && typeof f.before === "boolean"));
  older(sentencesByText as Map<string, unknown>, (data.sentences ?? []).filter(([, r]) => r && typeof r === "object" && (["names", "quantities", "roles"] as const).every((k) => r[k] === undefined || Array.isArray(r[k]))));
  return n;
}

/** Whether analyses were made since the cache was last loaded or saved (nothing to write otherwise). */
export function savedAnalysesChanged(): boolean {
  return changed;
}

export function markSavedAnalysesWritten(): void {
  changed = false;
}

/** Sizes, for tests and the benchmark. */
export function savedAnalysesSize(): { tokens: number; facts: number; sentences: number; frames: number } {
  return { tokens: tokensByText.size, facts: factsByKey.size, sentences: sentencesByText.size, frames: framesByKey.size };
}

let generation = 0;

/** Changes when everything kept is forgotten (a file read before must then be read again). */
export function savedAnalysesGeneration(): number {
  return generation;
}

/** Forgets everything (tests). */
export function clearSavedAnalyses(): void {
  generation++;
  tokensByText.clear();
  factsByKey.clear();
  sentencesByText.clear();
  framesByKey.clear();
  changed = false;
}
