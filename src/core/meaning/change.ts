// The direction of a change of magnitude ("demand dropped" against "demand tripled"), from the
// lexicon's `changeDirections` table: WordNet verbs whose frequent senses of change or motion fall
// under increase/rise (+1) or decrease/descend (-1); see scripts/build-lexicon.mjs. Curated
// directions (./curated) fill what WordNet lacks.
import { lemma, lexiconTable } from "./lexicon";
import { changedObject } from "./phrases";
import { CURATED_CHANGE_DIRECTIONS } from "./curated";
import type { TaggedToken } from "./tagger";
import type { Predicate } from "./facts";

let directions: Map<string, number> | undefined;
const table = () => (directions ??= new Map([...lexiconTable("changeDirections"), ...CURATED_CHANGE_DIRECTIONS]));

/** +1 for a verb of increase ("double", "surge"), -1 of decrease ("drop", "slash"), 0 otherwise; inflected or not. */
export function changeDirection(verb: string): number {
  const v = verb.toLowerCase();
  return table().get(v) ?? table().get(lemma(v, "verb")) ?? 0;
}

const byDirection = new Map<number, readonly string[]>();

/** The verbs of change in the other direction than `verb`'s ("reduce", "cut"… for "increase"). */
export function oppositeChanges(verb: string): readonly string[] {
  const d = -changeDirection(verb);
  if (!d) return [];
  let verbs = byDirection.get(d);
  if (!verbs) byDirection.set(d, (verbs = [...table()].filter(([, e]) => e === d).map(([v]) => v)));
  return verbs;
}

/**
 * What a predicate of change at tokens[i..last] changes, as a noun lemma: after an event noun its
 * "in"/"of" noun ("surges in demand"); after a verb its object past possessors ("doubles Scale AI's
 * value", "cut its spending"), else, with no object, its subject ("demand dropped": in the passive too).
 */
export function changedMagnitude(tokens: readonly TaggedToken[], i: number, last: number, clauseEnd: number, lemmaText: string, p: { passive: boolean; objectNamed: boolean; subjectNoun: string | undefined; subjectAt: number | undefined }): string | undefined {
  if (!changeDirection(lemmaText)) return undefined;
  // (a noun told up or down changes itself: "shares up 7.74%")
  if (tokens[i].pos === "NOUN" && /^(?:up|down)$/i.test(tokens[i + 1]?.text ?? "")) return tokens[i].lemma;
  if (tokens[i].pos === "NOUN") return /^(?:in|of)$/i.test(tokens[last + 1]?.text ?? "") ? changedObject(tokens, last + 1, clauseEnd) : undefined;
  return (p.passive ? undefined : changedObject(tokens, last, clauseEnd)) ?? (p.passive || !p.objectNamed ? headOfOf(tokens, p.subjectAt) ?? p.subjectNoun : undefined);
}

/** The head of "X of Y" when the subject noun is Y ("backlog" in "its backlog of orders increased"). */
function headOfOf(tokens: readonly TaggedToken[], at: number | undefined): string | undefined {
  if (at === undefined) return undefined;
  let k = at - 1;
  while (k > 0 && /^(?:DET|ADJ|NUM|PRON|PROPN)$/.test(tokens[k].pos)) k--;
  return /^of$/i.test(tokens[k]?.text ?? "") && tokens[k - 1]?.pos === "NOUN" ? tokens[k - 1].lemma : undefined;
}

/** Verbs whose object is wanted, not had. */
const WANTING = new Set(["need", "want", "require", "seek", "demand", "lack", "desire", "request"]);

/**
 * Changes a comparative states on a verb's object ("saw fewer inquiries", "showing much fewer
 * available projects", "attracted more customers"): a decrease or increase of the noun, by whoever
 * the verb's subject is. Not "more than" (a bound on a figure).
 */
export function comparativeChanges(tokens: readonly TaggedToken[], facts: readonly Predicate[]): Predicate[] {
  const out: Predicate[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const w = tokens[k].text.toLowerCase();
    if (w !== "more" && w !== "fewer" && w !== "less") continue;
    let n = k + 1;
    while (n < tokens.length && n <= k + 3 && tokens[n].pos === "ADJ") n++;
    if (tokens[n]?.pos !== "NOUN") continue;
    // (the head of a compound: "more data expertise" is more expertise)
    while (tokens[n + 1]?.pos === "NOUN") n++;
    const noun = tokens[n];
    // (the verb it is the object of, in the same clause: nothing but adverbs and determiners between)
    const verb = [...facts].reverse().find((p) => p.end <= tokens[k].start && !p.copula && !p.speech);
    if (!verb) continue;
    const between = tokens.filter((t) => t.start >= verb.end && t.end <= tokens[k].start);
    if (between.some((t) => t.pos !== "ADV" && t.pos !== "DET")) continue;
    out.push({
      lemma: w === "more" ? "increase" : "decrease",
      changed: lemma(noun.text, "noun"),
      start: tokens[k].start,
      end: noun.end,
      negated: verb.negated,
      hedged: verb.hedged,
      // (what one needs or wants more of is not what one has more of: "needed more data expertise"
      // states a need, which only a need states)
      ...(WANTING.has(verb.lemma) ? { unasserted: verb.lemma } : verb.unasserted ? { unasserted: verb.unasserted } : {}),
      ...(verb.agent ? { agent: verb.agent } : {}),
      ...(verb.subject ? { subject: verb.subject } : {}),
      ...(verb.pronoun ? { pronoun: verb.pronoun } : {}),
      patients: [],
      speech: false,
      passive: false,
    });
  }
  return out;
}

/** Words that hedge a figure right before it: "up nearly 8%", "down about 10%". */
const FIGURE_HEDGES = new Set(["nearly", "almost", "about", "around", "roughly", "some", "approximately", "over", "just", "more", "less"]);

/**
 * A change told with the copula at `i`: "shares were up 7.74%", "sales are down 10%", past a hedge
 * before the figure ("were up nearly 8%"): "rise" or "fall".
 */
export function copulaChange(tokens: readonly TaggedToken[], i: number): "rise" | "fall" | undefined {
  // (or a noun with it, as a small clause or a headline has it: "showed Alphabet shares up 7.74%")
  if ((tokens[i].lemma !== "be" && tokens[i].pos !== "NOUN") || !/^(?:up|down)$/i.test(tokens[i + 1]?.text ?? "")) return undefined;
  const figure = FIGURE_HEDGES.has(tokens[i + 2]?.text.toLowerCase() ?? "") ? i + 3 : i + 2;
  if (!/^(?:NUM|SYM)$/.test(tokens[figure]?.pos ?? "")) return undefined;
  return /^up$/i.test(tokens[i + 1].text) ? "rise" : "fall";
}
