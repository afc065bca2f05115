// Metamorphic mutants of source sentences (issue 11, "Tests"): a sentence quoted verbatim should be
// supported; the same sentence with its agent and patient swapped, negated, with a figure moved to
// another value, with its year changed or with a change of magnitude turned the other way should not be, unless another source sentence says the
// mutant. Shared by scripts/eval-mutations.ts (npm run eval:mutations) and
// test/unit/metamorphic.test.ts.
import { Groundwork } from "../src/core/engine";
import { containsWord, findNames, type NameMention } from "../src/core/entities/names";
import { predicatesOf, type Predicate } from "../src/core/meaning/facts";
import { relatePredicates } from "../src/core/meaning/lexicon";
import { changeDirection } from "../src/core/meaning/change";
import { tagSentence } from "../src/core/meaning/tagger";
import { extractQuantities } from "../src/core/quantities";
import type { ClaimResult } from "../src/core/types";

export type MutationKind = "swap" | "negate" | "figure" | "year" | "direction";
export const MUTATION_KINDS: readonly MutationKind[] = ["swap", "negate", "figure", "year", "direction"];

export interface Mutant {
  kind: MutationKind;
  source: string;
  text: string;
  /** Offsets of the changed words in `text`. */
  start: number;
  end: number;
  /** What changed, for the report ("Meta <-> Scale AI", "$14.3 billion -> $21.5 billion"). */
  change: string;
}

/** A fact predicate: not a verb of speech, with a named agent and a named patient other than it. */
export function clearFact(text: string): Predicate | undefined {
  const names = findNames(text);
  return predicatesOf(text, names).find((p) => !p.speech && p.agent && entityLike(p.agent) && p.patients.some((x) => swappable(p.agent!, x)));
}

/** A name that can stand for an organisation or a person: not an acronym in capitals ("AI", "CEO", "U.S.", a ticker). */
const entityLike = (n: NameMention) => /[a-z]/.test(n.text);
const swappable = (agent: NameMention, x: NameMention) => entityLike(x) && x.text.toLowerCase() !== agent.text.toLowerCase() && !overlaps(x, agent);

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

const MEASURED = new Set(["money", "percent"]);

/** Whether the sentence states a fact worth mutating: a clear fact, or a money or percent figure. */
export function hasClearFact(text: string): boolean {
  return !!clearFact(text) || extractQuantities(text).some((q) => MEASURED.has(q.kind) && /\d/.test(q.text));
}

function splice(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end);
}

/** Agent and first patient exchanged in place. */
export function swapMutant(text: string): Mutant | undefined {
  const p = clearFact(text);
  if (!p?.agent) return undefined;
  const patient = p.patients.find((x) => swappable(p.agent!, x))!;
  const [first, second] = p.agent.start < patient.start ? [p.agent, patient] : [patient, p.agent];
  const out = text.slice(0, first.start) + second.text + text.slice(first.end, second.start) + first.text + text.slice(second.end);
  return { kind: "swap", source: text, text: out, start: first.start, end: second.end, change: `${p.agent.text} <-> ${patient.text}` };
}

const MODALS = new Set(["will", "would", "can", "could", "shall", "should", "may", "might", "must"]);

/** The main fact's verb negated: "not" after its auxiliary, else "did/does/do not" and the base form. */
export function negateMutant(text: string): Mutant | undefined {
  const tokens = tagSentence(text);
  const fact = clearFact(text);
  const names = findNames(text);
  const candidates = fact ? [fact] : predicatesOf(text, names).filter((p) => !p.speech);
  for (const p of candidates) {
    const i = tokens.findIndex((t) => t.start === p.start);
    if (i < 0 || tokens[i].pos !== "VERB" || p.negated) continue;
    // the auxiliary before it, past adverbs ("has already taken", "is reportedly taking")
    let k = i - 1;
    while (k >= 0 && (tokens[k].pos === "ADV" || tokens[k].pos === "PART") && tokens[k].text.toLowerCase() !== "to") k--;
    const aux = k >= 0 && (tokens[k].pos === "AUX" || MODALS.has(tokens[k].text.toLowerCase())) ? tokens[k] : undefined;
    if (aux && /n['’]t$/i.test(aux.text)) continue;
    // "agreed to take": negate the control verb instead is another sentence; leave it
    if (!aux && tokens[k]?.text.toLowerCase() === "to") continue;
    if (aux) {
      const out = splice(text, aux.end, aux.end, " not");
      return { kind: "negate", source: text, text: out, start: aux.start, end: aux.end + 4, change: `${aux.text} -> ${aux.text} not` };
    }
    const verb = tokens[i];
    const base = verb.lemma;
    const lower = verb.text.toLowerCase();
    // only a finite verb of a clause: not a participle or gerund ("including", "founded by"), an
    // imperative or a headline in capitals ("SEE ALSO"), nor one right after a comma (a participle clause)
    if (!base || !/^[a-z]+$/.test(base) || verb.text !== lower || /ing$/.test(lower) || (lower === base && i === 0)) continue;
    if (tokens[i + 1]?.text.toLowerCase() === "by" || tokens[k]?.text === "," || k < 0) continue;
    const auxWord = lower === base ? "do" : lower === base + "s" || lower === base + "es" || (base.endsWith("y") && lower === base.slice(0, -1) + "ies") ? "does" : "did";
    const insert = `${auxWord} not ${base}`;
    const out = splice(text, verb.start, verb.end, insert);
    return { kind: "negate", source: text, text: out, start: verb.start, end: verb.start + insert.length, change: `${verb.text} -> ${insert}` };
  }
  return undefined;
}

/** The number of a figure ×1.5, rounded to as many decimals as it had. */
export function movedNumber(digits: string): string | undefined {
  const plain = digits.replace(/,/g, "");
  const value = Number(plain);
  if (!Number.isFinite(value) || value === 0) return undefined;
  const decimals = plain.includes(".") ? plain.split(".")[1].length : 0;
  let moved = (value * 1.5).toFixed(decimals);
  if (Number(moved) === value) moved = (value * 1.5).toFixed(decimals + 1);
  if (digits.includes(",")) moved = Number(moved).toLocaleString("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  return moved;
}

/** The first money, percent or count figure written in digits moved to ×1.5 of its value. */
export function figureMutant(text: string): Mutant | undefined {
  const quantities = extractQuantities(text);
  const ordered = [...quantities.filter((q) => MEASURED.has(q.kind)), ...quantities.filter((q) => q.kind === "count")];
  for (const q of ordered) {
    const m = /\d[\d,]*(?:\.\d+)?/.exec(q.text);
    if (!m) continue;
    const moved = movedNumber(m[0]);
    if (!moved) continue;
    const start = q.start + m.index;
    const end = start + m[0].length;
    const newFigure = q.text.slice(0, m.index) + moved + q.text.slice(m.index + m[0].length);
    return { kind: "figure", source: text, text: splice(text, start, end, moved), start: q.start, end: q.start + newFigure.length, change: `${q.text} -> ${newFigure}` };
  }
  return undefined;
}

/** The first year (1900–2099, alone or in a date) one later. */
export function yearMutant(text: string): Mutant | undefined {
  for (const q of extractQuantities(text)) {
    if (q.kind !== "year" && q.kind !== "date") continue;
    const m = /\b(?:19|20)\d{2}\b/.exec(q.text);
    if (!m) continue;
    const start = q.start + m.index;
    const year = String(Number(m[0]) + 1);
    return { kind: "year", source: text, text: splice(text, start, start + 4, year), start, end: start + 4, change: `${m[0]} -> ${year}` };
  }
  return undefined;
}

/** A verb of change turned the other way ("doubles" -> "reduces", "fell" -> "increased"), inflected alike. */
export function directionMutant(text: string): Mutant | undefined {
  const tokens = tagSentence(text);
  const fact = predicatesOf(text, findNames(text)).find((p) => p.changed && !p.speech && !p.negated);
  const verb = fact && tokens.find((t) => t.start === fact.start && t.pos === "VERB");
  if (!fact || !verb || !verb.lemma || verb.text !== verb.text.toLowerCase()) return undefined;
  const other = changeDirection(verb.lemma) > 0 ? "reduce" : "increase";
  const w = verb.text;
  const form = w === verb.lemma ? other : /ing$/.test(w) ? `${other.slice(0, -1)}ing` : /s$/.test(w) && w.startsWith(verb.lemma.slice(0, -1)) ? `${other}s` : `${other}d`;
  return { kind: "direction", source: text, text: splice(text, verb.start, verb.end, form), start: verb.start, end: verb.start + form.length, change: `${w} -> ${form}` };
}

export function mutantsOf(text: string): Mutant[] {
  return [swapMutant(text), negateMutant(text), figureMutant(text), yearMutant(text), directionMutant(text)].filter((m): m is Mutant => !!m);
}

/** The claims of a one-line check that cover [start, end) of it (all checked claims when no range is given). */
function covering(results: ClaimResult[], start?: number, end?: number): ClaimResult[] {
  const checked = results.filter((r) => r.verdict !== "unchecked");
  if (start === undefined || end === undefined) return checked;
  return checked.filter((r) => r.range.start.line === 0 && r.range.start.character < end && start < (r.range.end.line > 0 ? Infinity : r.range.end.character));
}

/** Supported: every checked claim covering the span is (at least one). */
export function isSupported(engine: Groundwork, text: string, start?: number, end?: number): boolean {
  const claims = covering(engine.checkMarkdown(text + "\n"), start, end);
  return claims.length > 0 && claims.every((r) => r.verdict === "supported");
}

export function verdictsOf(engine: Groundwork, text: string, start?: number, end?: number): string[] {
  return covering(engine.checkMarkdown(text + "\n"), start, end).map((r) => r.verdict);
}

const sameName = (a: NameMention, b: NameMention) =>
  a.text.toLowerCase() === b.text.toLowerCase() || a.core.some((w) => b.core.some((v) => v.toLowerCase() === w.toLowerCase()));

const NEGATOR = /\b(?:not|never|no|none|without)\b|n['’]t\b/i;

/**
 * Another source sentence that says the mutant (simply): for a figure or a year, one containing the
 * new figure and every name of the mutant; for a swap, one with a related predicate whose agent and
 * patient are the swapped ones; for a negation, one with the same names and a negated related predicate.
 */
export function supportedElsewhere(m: Mutant, sentences: readonly string[]): string | undefined {
  const names = findNames(m.text);
  const lower = (s: string) => s.toLowerCase();
  const hasNames = (s: string) => names.every((n) => n.core.some((w) => containsWord(lower(s), w.toLowerCase())));
  const others = sentences.filter((s) => s !== m.source);
  if (m.kind === "figure" || m.kind === "year") {
    const figure = m.text.slice(m.start, m.end);
    const number = /\d[\d,]*(?:\.\d+)?/.exec(figure)?.[0] ?? figure;
    return others.find((s) => containsWord(lower(s), lower(number)) && hasNames(s));
  }
  const fact = clearFact(m.source);
  if (!fact) return undefined;
  const mutated = predicatesOf(m.text, names).find((p) => !p.speech && relatePredicates(p.lemma, fact.lemma) === "same");
  if (!mutated) return undefined;
  return others.find((s) => {
    if (!hasNames(s)) return false;
    if (m.kind === "negate" && !NEGATOR.test(s)) return false;
    return predicatesOf(s, findNames(s)).some(
      (p) =>
        !p.speech &&
        relatePredicates(p.lemma, mutated.lemma) === "same" &&
        (m.kind === "negate" ? p.negated === mutated.negated || p.negated : true) &&
        (!mutated.agent || (p.agent && sameName(p.agent, mutated.agent))) &&
        mutated.patients.every((x) => p.patients.some((y) => sameName(x, y))),
    );
  });
}

/** Source sentences in a deterministic order (by a hash of the text), deduplicated. */
export function sampleSentences(engine: Groundwork, max: number, filter: (text: string) => boolean = hasClearFact): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const u of engine.units)
    for (const s of u.sentences) {
      const text = s.text.replace(/\s+/g, " ").trim();
      if (text.length < 25 || text.length > 400 || seen.has(text)) continue;
      seen.add(text);
      if (filter(text)) out.push(text);
    }
  const hash = (s: string) => {
    let h = 0x811c9dc5;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
    return h;
  };
  return out.sort((a, b) => hash(a) - hash(b) || (a < b ? -1 : 1)).slice(0, max);
}

export function allSentences(engine: Groundwork): string[] {
  return engine.units.flatMap((u) => u.sentences.map((s) => s.text.replace(/\s+/g, " ").trim()));
}
