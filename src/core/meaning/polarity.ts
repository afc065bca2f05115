// Whether a predicate is said to happen: denied by a negator in its clause ("did not buy", "took no
// stake", "no longer works with"), a negative implicative ("declined to comment"), or a verb of
// refuting over its clause ("denied that it paid", "squash the idea that"); hedged by a cue before it
// ("reportedly", "plans to"). Read by ./facts.ts for each predicate it finds.
import type { TaggedToken } from "./tagger";
import { isVerb, lemma as lexiconLemma } from "./lexicon";
import { cueAt } from "./cues";
import { ASPECTUAL_VERBS, HEDGES, IMPLYING_VERBS, NEGATIVE_IMPLICATIVES, PROPOSITION_NOUNS, REFUTING_VERBS, UNASSERTING_NOUNS } from "./curated";

/** Verbs of beginning, going on and ending, whose gerund is the act ("began phasing out", "stopped testing"). */
export const ASPECTUAL_LEMMAS = new Set(ASPECTUAL_VERBS);
/** Those that end it: their gerund is denied. */
const ENDING_ASPECT = new Set(["stop", "cease", "quit"]);
/** Aspectual verbs of going on ("keep working", "continue testing"). */
const CONTINUING_ASPECT = new Set(["keep", "continue"]);

/** A verb in -ing right here: the gerund complement of the verb before it. */
export function isGerundAt(tokens: readonly TaggedToken[], k: number): boolean {
  const t = tokens[k];
  // (the tagger may read it as a noun: "stopped testing alternatives")
  // (or the copula's: "will stop being one of its customers", not a passive's "being acquired")
  if (t?.pos === "AUX" && /^being$/i.test(t.text)) return tokens[k + 1]?.pos !== "VERB";
  return !!t && (t.pos === "VERB" || t.pos === "NOUN") && /ing$/i.test(t.text) && isVerb(lexiconLemma(t.text, "verb"));
}

/** Verbs that take another verb as their complement ("agreed to take", "plans to cut"): the complement is the fact. */
export const CONTROL_LEMMAS = new Set("agree plan expect set aim intend seek try want hope look decide move prepare continue begin start poise threaten promise offer decline refuse fail manage attempt need appear seem stand".split(" "));
const NEGATOR_WORDS = new Set(["not", "n't", "never", "no", "without", "neither", "nor", "none"]);

/** The polarity of the predicate at `i` (its last word at `last`) in the clause [start, end). */
export function polarityOf(tokens: readonly TaggedToken[], words: readonly string[], i: number, last: number, [clauseStart, clauseEnd]: readonly [number, number], copula: boolean): { negated: boolean; hedged: boolean; unasserted?: string } {
  const denied = isNegated(tokens, words, i, clauseStart) || objectNegated(tokens, last, clauseEnd) || (copula && tokens.slice(i + 1, last).some((x) => NEGATOR_WORDS.has(x.text.toLowerCase())));
  // (a clause another refutes is denied, and its own denial undone: "denied that it did not pay")
  // (or a denied verb of implying says it, before the clause or the predicate's own subject: "did not mean Scale was pivoting")
  const subjectStart = subjectBefore(tokens, i, clauseStart);
  const refuted = refutedClause(tokens, words, clauseStart) || (subjectStart !== clauseStart && deniedImplication(tokens, subjectStart));
  const negated = denied !== refuted;
  const unasserted = refuted ? undefined : entertainedBy(tokens, clauseStart);
  return { negated, hedged: hasCueBefore(HEDGES, words, i, clauseStart), ...(unasserted ? { unasserted } : {}) };
}

const UNASSERTING = new Set(UNASSERTING_NOUNS);
/** Adjectives before "that" that entertain the clause after it. */
const POSSIBLE_THAT = /^(?:possible|conceivable|likely|unlikely|unclear|uncertain)$/i;

/** The noun whose "that"/"whether" clause this is, when it only entertains it ("concerns that", "speculation whether"). */
function entertainedBy(tokens: readonly TaggedToken[], clauseStart: number): string | undefined {
  if (!/^(?:that|whether)$/i.test(tokens[clauseStart - 1]?.text ?? "")) return undefined;
  // (a "whether" clause asks, it never asserts: "it is unclear whether Meta will sell its stake")
  if (/^whether$/i.test(tokens[clauseStart - 1].text)) return "question";
  const noun = tokens[clauseStart - 2];
  // ("it is possible that the authority will take a closer look": a possibility, not a fact)
  if (noun?.pos === "ADJ" && POSSIBLE_THAT.test(noun.text)) return "possibility";
  if (!noun || noun.pos !== "NOUN") return undefined;
  const lemma = lexiconLemma(noun.text, "noun");
  return UNASSERTING.has(lemma) ? lemma : undefined;
}

/** Verbs that link their subject to a participle after them, which they pass their negation to. */
const LINKING_PARTICIPLE = new Set(["stay", "remain", "become", "get"]);

/** A negator before the predicate in its clause, with no other verb between them; or a negative implicative. */
function isNegated(tokens: readonly TaggedToken[], words: readonly string[], i: number, clauseStart: number): boolean {
  // (an event noun in the phrase of a denied copula's noun is not denied with it: "was not a result
  // of Meta's investment" denies the result, not the investment)
  let phraseOfNoun = false;
  for (let k = i - 1; k >= clauseStart; k--) {
    const t = tokens[k];
    const w = t.text.toLowerCase();
    if (tokens[i].pos === "NOUN" && t.pos === "ADP" && tokens[k - 1]?.pos === "NOUN") phraseOfNoun = true;
    if (phraseOfNoun && (w === "not" || w === "n't") && /^(?:is|was|are|were|be|been|['’]s)$/i.test(tokens[k - 1]?.text ?? "")) return false;
    // "no plan to retain", "no intention of selling": the act is denied with the noun
    if ((w === "to" || w === "of") && tokens[k - 1]?.pos === "NOUN" && /^no$/i.test(tokens[k - 2]?.text ?? "")) return true;
    // ("not only … but" adds, it does not deny)
    // ("without" denies only what follows it: "escaped without any injury, Bennett suffered cuts")
    // (and the gerund of a subject of its own after it: "without any other Scale employees following him")
    if (w === "without" && /ing$/i.test(tokens[i].text) && tokens.slice(k + 1, i).every((x) => /^(?:DET|ADJ|PROPN|NOUN|NUM)$/.test(x.pos))) return true;
    if (w === "without" && tokens.slice(k + 1, i).some((x) => x.pos !== "ADV" && x.pos !== "PART")) continue;
    if (NEGATOR_WORDS.has(w) && w !== "no" && w !== "none" && !(w === "not" && /^(?:only|just|merely)$/i.test(tokens[k + 1]?.text ?? ""))) return true;
    // ("none of" heading the subject denies the act of each: "None of Google, Microsoft or xAI answered")
    if (w === "none" && /^of$/i.test(tokens[k + 1]?.text ?? "")) return true;
    // (as "no" determining it does: "No Scale employees will join him", "with no other employees joining him")
    if (w === "no" && subjectDeterminer(tokens, k, i)) return true;
    // ("no longer" is an adverb of negation, "no" alone a determiner)
    if (w === "no" && /^longer$/i.test(tokens[k + 1]?.text ?? "")) return true;
    // (unless the implicative is itself denied: "declined to rule out sharing" does not deny sharing)
    if (cueAt(NEGATIVE_IMPLICATIVES, words, k)) return !isNegated(tokens, words, k, clauseStart);
    // "stopped testing": the act is ended, so no longer done (the ending verb right before the gerund)
    // (unless itself denied: "has not stopped working")
    if (k === i - 1 && ENDING_ASPECT.has(t.lemma) && isGerundAt(tokens, i)) return !tokens.slice(clauseStart, k).some((x) => NEGATOR_WORDS.has(x.text.toLowerCase()));
    // (a verb of going on passes it to its gerund: "would not keep working with Scale" denies working on)
    if (k === i - 1 && CONTINUING_ASPECT.has(t.lemma) && isGerundAt(tokens, i)) continue;
    // another verb between: the negation is its own ("did not say it was expanding")
    // (but not a linking verb before the participle it links: "would not stay (closely) involved")
    if (t.pos === "VERB" && !CONTROL_LEMMAS.has(t.lemma) && !(LINKING_PARTICIPLE.has(t.lemma) && /(?:ed|en)$/i.test(tokens[i].text) && tokens.slice(k + 1, i).every((x) => x.pos === "ADV"))) return false;
  }
  return false;
}

/** "no" at `k` opens the noun phrase right before the predicate at `i` (past its auxiliaries): its subject. */
function subjectDeterminer(tokens: readonly TaggedToken[], k: number, i: number): boolean {
  let j = i - 1;
  while (j > k && (tokens[j].pos === "AUX" || tokens[j].pos === "PART" || tokens[j].pos === "ADV")) j--;
  if (j <= k || tokens[j].pos !== "NOUN") return false;
  for (let m = k + 1; m < j; m++) if (!/^(?:ADJ|NOUN|PROPN|NUM)$/.test(tokens[m].pos)) return false;
  return true;
}

/** "took no stake": a negator determines the predicate's object. */
function objectNegated(tokens: readonly TaggedToken[], last: number, clauseEnd: number): boolean {
  for (let k = last + 1; k < Math.min(clauseEnd, last + 3); k++) {
    const w = tokens[k].text.toLowerCase();
    if (w === "no" || w === "none") return true;
    if (tokens[k].pos === "NOUN" || tokens[k].pos === "VERB") return false;
  }
  return false;
}

function hasCueBefore(list: readonly string[], words: readonly string[], i: number, clauseStart: number): boolean {
  for (let k = Math.max(clauseStart, i - 5); k < i; k++) if (cueAt(list, words, k)) return true;
  return false;
}

const PROPOSITIONS = new Set(PROPOSITION_NOUNS);

/**
 * A clause opened by "that" after a verb of refuting, directly or through the idea it refutes
 * ("denied that it paid", "tried to squash the idea that Meta would receive", "dismissed reports
 * that"): what it says is denied by the one refuting it.
 */
export function refutedClause(tokens: readonly TaggedToken[], words: readonly string[], clauseStart: number): boolean {
  if (deniedImplication(tokens, clauseStart)) return true;
  const that = clauseStart - 1;
  if (tokens[that]?.text.toLowerCase() !== "that") return false;
  const refutesUpTo = (end: number) => {
    for (let j = Math.max(0, end - 3); j < end; j++) if (cueAt(REFUTING_VERBS, words, j)?.length === end - j) return true;
    return false;
  };
  // (past whom it was said to: "denied to CNBC that")
  let told = that;
  while (told > 0 && tokens[told - 1].pos === "PROPN") told--;
  if (told < that && /^the$/i.test(tokens[told - 1]?.text ?? "")) told--;
  if (told < that && /^to$/i.test(tokens[told - 1]?.text ?? "") && refutesUpTo(told - 1)) return true;
  if (refutesUpTo(that)) return true;
  // (the idea, past its determiner and adjectives: "any suggestion", "the widespread concerns")
  if (!PROPOSITIONS.has(lexiconLemma(tokens[that - 1]?.text ?? "", "noun"))) return false;
  let k = that - 2;
  while (k >= 0 && k > that - 5 && /^(?:DET|ADJ|ADV|NUM)$/.test(tokens[k].pos)) k--;
  return refutesUpTo(k + 1);
}

const IMPLYING = new Set(IMPLYING_VERBS);
/** The clause is what a denied verb of implying said, "that" or not: "did not mean (that) Scale was pivoting". */
function deniedImplication(tokens: readonly TaggedToken[], clauseStart: number): boolean {
  let verb = clauseStart - 1;
  if (/^that$/i.test(tokens[verb]?.text ?? "")) verb--;
  const t = tokens[verb];
  if (!t || t.pos !== "VERB" || !IMPLYING.has(lexiconLemma(t.text, "verb"))) return false;
  return /^(?:not|n['’]t|never)$/i.test(tokens[verb - 1]?.text ?? "");
}

/** Where the predicate's own subject begins, past its auxiliaries, when that is after the clause's start ("mean Scale was pivoting": "Scale"). */
function subjectBefore(tokens: readonly TaggedToken[], i: number, clauseStart: number): number {
  let k = i;
  while (k > clauseStart && /^(?:AUX|ADV|PART)$/.test(tokens[k - 1].pos)) k--;
  const verbAt = k;
  while (k > clauseStart && /^(?:PROPN|NOUN|DET|ADJ|PRON)$/.test(tokens[k - 1].pos)) k--;
  return k < verbAt ? k : clauseStart;
}

/**
 * The predicate at i heads (through "to" after a control or aspectual verb) a gerund right after
 * the name opening its clause, with a verb of its own later ("Google continuing to work with
 * Scale AI would be like …"): a clause used as a subject, not a statement.
 */
export function gerundSubjectClause(tokens: readonly TaggedToken[], i: number, clauseStart: number): boolean {
  let k = i;
  while (k >= 2 && /^to$/i.test(tokens[k - 1].text) && tokens[k - 2].pos === "VERB" && (CONTROL_LEMMAS.has(tokens[k - 2].lemma) || ASPECTUAL_LEMMAS.has(tokens[k - 2].lemma))) k -= 2;
  const head = tokens[k];
  // (past an opening quote: Google "continuing to work …")
  const name = /^["“]$/.test(tokens[k - 1]?.text ?? "") ? k - 2 : k - 1;
  if (!head || head.pos !== "VERB" || !/ing$/i.test(head.text) || tokens[name]?.pos !== "PROPN") return false;
  let n = name;
  while (n > clauseStart && tokens[n - 1].pos === "PROPN") n--;
  if (n > clauseStart && !/^(?:["“,]|that)$/i.test(tokens[n - 1].text)) return false;
  return tokens.slice(i + 1).some((t) => t.pos === "AUX" && /^(?:would|could|might|will|is|was)$/i.test(t.text));
}
