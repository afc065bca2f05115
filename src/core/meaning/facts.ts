// Facts from one sentence: each predicate (a main verb, a multi-word verb or an event noun, as a
// lemma) with who did it (agent) and to whom (patients), the noun it acts on, and whether it is
// negated or hedged. Built on the tagger's parts of speech and the WordNet lexicon; run lazily,
// for a claim and its candidate passages only, and memoised per sentence.
import { isTimeName, type NameMention } from "../entities/names";
import { pronounGender } from "../entities/gender";
import { speakersOwnIt } from "./speakers-it";
import { anchorFacts, type TimeAnchor } from "./anchors";
import { tagSentence, type TaggedToken } from "./tagger";
import { changeDirection, changedMagnitude, comparativeChanges } from "./change";
import { cueAt, isNoun, isVerb, lemmaCandidates, lemma as lexiconLemma, phrasalPredicateAt, relatePredicates, verbsOf } from "./lexicon";
import { adjectivesAfter, adjectivesBetween, copulaAdjective, copulaComplement, isExpletiveThere, isGerundOf, nextContent, nextWord, objectOf, uniqueSuperlative, verbSoon } from "./phrases";
import { ASPECTUAL_LEMMAS, CONTROL_LEMMAS, gerundSubjectClause, isGerundAt, polarityOf } from "./polarity";
import { VERB_TAKING_ADJECTIVES } from "./curated";
import { appositiveFacts } from "./appositives";
import { isOwnedNoun, modifierName, nameAfter, possessorBefore } from "./name-phrases";
import { savedFacts, saveFacts } from "./saved";

export interface Predicate {
  /** The predicate's lemma: "take", "wind down", "invest" (for "investment"). */
  lemma: string;
  /** Lemma of the noun it acts on ("stake" in "took a 49% stake"), when there is one. */
  object?: string;
  /** Adjectives right after it, before any noun ("small" in "accounted for a small fraction", "strong" in "remains strong"), with their offsets. */
  objectAdjectives?: { word: string; start: number; end: number }[];
  /** Indices of the patients that only qualify a noun ("AI" in "to lead a new AI team at Meta"). */
  qualifying?: number[];
  /** Offsets of the predicate's words in the sentence. */
  start: number;
  end: number;
  /** Said not to happen: "not", "never", "wasn't", "declined to", "no stake". */
  negated: boolean;
  /** Said with a hedge: "reportedly", "may", "plans to". */
  hedged: boolean;
  /** Only entertained, in the clause of this noun: "concern" in "raised concerns that Meta would be able to access …". */
  unasserted?: string;
  /** Who did it: the name heading its subject (or "by X" in the passive); absent when the subject is not a name. */
  agent?: NameMention;
  /** Lemma of a common-noun subject ("demand" in "demand tripled"), when the subject is not a name. */
  subject?: string;
  /** The common-noun subject belongs to someone ("whose founder", "Scale AI's CEO"): it is not its possessor. */
  owned?: boolean;
  /** The subject when it is "he" or "she" (resolved against names by the fact matching). */
  pronoun?: "he" | "she";
  /** Further names of a passive's "by" phrase ("ridden by Ryan Moore and Sir Michael Stoute"). */
  coAgents?: NameMention[];
  /** Names it acts on or with, after it in its clause. */
  patients: NameMention[];
  /** A copula with a noun ("has been one of its customers") or an adjective ("is no longer optional"): `lemma` is that word; only stated or denied, never another doer's. */
  copula?: boolean;
  /** Verbs of speech ("said", "told") report facts rather than state one. */
  speech: boolean;
  /** Passive voice ("was acquired by", "will be joined by"): its subject is what is acted on. */
  passive: boolean;
  /**
   * For a predicate of causing ("led it to", "prompted", "was not influenced by"): the lemma of what
   * was caused, the predicate it brought about ("wind down" in "led it to wind down its work", or in
   * "its decision to wind down … wasn't influenced by").
   */
  effect?: string;
  /** The common-noun subject of that effect ("decision" in "its decision to wind down … was not influenced"). */
  effectSubject?: string;
  /** When it happened relative to another event ("after the Meta deal"), when its sentence says. */
  anchor?: TimeAnchor;
  /** For a verb of change ("drop", "double"), the magnitude it changes, as a noun lemma ("demand", "value"). */
  changed?: string;
  /** For a copula's noun made one of a kind by a superlative ("the largest customer of"), that superlative's lemma ("large"): no one else is it. */
  unique?: string;
}

/** A predicate of causing: cause, lead to, prompt, trigger, influence (WordNet and curated synonyms). */
export function isCausal(lemma: string): boolean {
  return relatePredicates(lemma, "cause") === "same";
}

const SPEECH_LEMMAS = new Set(
  "say tell write state add note explain call describe tweet post ask reply declare announce argue insist claim admit warn recall quip remark quote emphasize emphasise report confirm according accord cite".split(" "),
);
const VERB_TAKING = new Set(VERB_TAKING_ADJECTIVES);
/** A verb of leaving (leave, quit, exit…): the opposite of joining. */
export function leaves(lemma: string): boolean {
  return relatePredicates(lemma, "join") === "opposite";
}
/** Light verbs say little by themselves: their object noun names the event ("take a stake", "make an investment"). */
const LIGHT_VERBS = new Set(["take", "make", "have", "hold", "get", "acquire", "buy", "sell", "give", "own"]);
/** A verb that says little without its object ("have control", "take a stake"). */
export const isLightVerb = (lemma: string): boolean => LIGHT_VERBS.has(lemma);
/** Endings of nouns that name an event or a measure derived from a verb (investment, acquisition, valuation). */
const EVENT_NOUN = /(?:ment|tion|sion|ance|ence|ure|al|age)s?$/i;
/** Words that start a new clause: a new subject may follow. */
const CLAUSE_WORDS = new Set(["that", "which", "who", "whom", "whose", "because", "while", "whereas", "although", "though", "when", "if", "after", "before", "since", "until", "as"]);
const COORDINATORS = new Set(["and", "but", "or", "then"]);
const TIME_WORDS = new Set(["after", "before", "following", "since", "until", "during", "amid"]);
const CLAUSE_PUNCT = /^(?:[;:()\u2013\u2014]|--)$/;

const MEMO = new Map<string, Predicate[]>();
const MEMO_MAX = 20_000;

/** The predicates of a sentence, in order. `names` are the sentence's name mentions (entities/names). */
export function predicatesOf(text: string, names: readonly NameMention[]): Predicate[] {
  // (the names are part of the key: a claim leaves out the names inside its quotes)
  const key = text + "\u0000" + names.map((n) => n.start).join(",");
  const cached = MEMO.get(key);
  if (cached) return cached;
  // (analysed by an earlier process: ./saved, kept by the persistent cache)
  let result = savedFacts(text, names);
  if (!result) saveFacts(text, names, (result = extract(text, names)));
  if (MEMO.size >= MEMO_MAX) MEMO.clear();
  MEMO.set(key, result);
  return result;
}

function extract(text: string, allNames: readonly NameMention[]): Predicate[] {
  const names = allNames.filter((n) => !isTimeName(n.text));
  const nameAt = (t: TaggedToken) => names.find((n) => t.start >= n.start && t.end <= n.end);
  // a name is no verb, whatever the tagger read ("Anthropic, Cohere and Google": Cohere/VERB would
  // end the list as if a clause began)
  const tokens = tagSentence(text).map((t) => ((t.pos === "VERB" || t.pos === "AUX") && nameAt(t) ? { ...t, pos: "PROPN" } : t));
  const words = tokens.map((t) => t.text);
  const clauseStarts = clauseStartsOf(tokens);
  const clauseOf = (i: number) => {
    let start = 0;
    for (const c of clauseStarts) if (c <= i) start = c;
    const next = clauseStarts.find((c) => c > i);
    return [start, next ?? tokens.length] as const;
  };
  const out: Predicate[] = [];
  let lastAgent: NameMention | undefined;
  let lastPassive: Predicate | undefined;
  let lastClause = -1;
  for (let i = 0; i < tokens.length; i++) {
    let t = tokens[i];
    if (nameAt(t)) continue;
    const verbLemma = lexiconLemma(t.text, "verb");
    // after an auxiliary and a negator, a verb the tagger read as an adjective ("does not secure")
    // (or a participle after "be": "Ben and Shelby were married", a passive)
    if (t.pos === "ADJ" && (afterAuxiliary(tokens, i) || (/(?:ed|en)$/i.test(t.text) && isPassive({ ...t, pos: "VERB" }, tokens, i))) && isVerb(verbLemma)) t = { ...t, pos: "VERB", lemma: verbLemma };
    // a participle before "by" after a comma or "and" is a reduced passive, whatever the tagger read
    // ("Capel Path, ridden by Ryan Moore and trained by Sir Michael Stoute")
    const reduced = /^by$/i.test(tokens[i + 1]?.text ?? "") && /^(?:,|and)$/i.test(tokens[i - 1]?.text ?? "") && /(?:ed|en|wn|ne)$/i.test(t.text) && isVerb(verbLemma);
    if (reduced && t.pos !== "VERB") t = { ...t, pos: "VERB", lemma: verbLemma };
    const phrase = t.pos === "VERB" || t.pos === "NOUN" ? phrasalPredicateAt(words, i) : undefined;
    let lemma: string | undefined;
    let length = 1;
    if (phrase && (t.pos === "VERB" || isVerb(verbLemma))) {
      lemma = phrase.lemma;
      length = phrase.length;
    } else if (t.pos === "VERB") lemma = t.lemma || verbLemma;
    else if (t.pos === "NOUN" && EVENT_NOUN.test(t.text)) {
      const verbs = verbsOf(lexiconLemma(t.text, "noun"));
      if (verbs.length) lemma = verbs[0];
    }
    // a noun of change with what it changes: "a surge in inquiries", "a drop in demand"
    else if (t.pos === "NOUN" && /^in$/i.test(tokens[i + 1]?.text ?? "") && changeDirection(lexiconLemma(t.text, "noun"))) lemma = lexiconLemma(t.text, "noun");
    // "Meta has been one of Scale AI's customers", "this is not a pivot": a copula with a noun
    // complement is a fact named by the noun
    let copula = false;
    // (the tagger gives "being" as its own lemma: "will stop being one of its customers")
    if ((!lemma || lemma === "be") && (t.lemma === "be" || /^being$/i.test(t.text)) && (t.pos === "AUX" || t.pos === "VERB")) {
      // (or with an adjective: "neutrality is no longer optional")
      const noun = copulaComplement(tokens, i, clauseOf(i)[1]);
      const adjective = noun === undefined ? copulaAdjective(tokens, i, clauseOf(i)[1]) : undefined;
      const complement = noun ?? adjective;
      lemma = noun !== undefined ? lexiconLemma(tokens[noun].text, "noun") : adjective !== undefined ? tokens[adjective].text.toLowerCase() : undefined;
      if (complement !== undefined) {
        copula = true;
        length = complement - i + 1;
      }
    }
    if (!lemma) continue;
    // an act that something ends does not hold any more: "phasing out its reliance on Scale AI"
    // states no reliance on Scale AI, nor "reduce its spending" spending
    if (t.pos === "NOUN" && endsIt(out[out.length - 1], t, text)) continue;
    // a participle before a noun is an adjective ("a 49% nonvoting stake", "the acquired company")
    if (isParticipleModifier(tokens, i)) continue;
    // a control verb's complement is the fact: "agreed to take a stake" states "take a stake"
    if (tokens[i + 1]?.text.toLowerCase() === "to" && CONTROL_LEMMAS.has(lemma) && nextWord(tokens, i + 2)?.pos === "VERB") continue;
    // as is an aspectual verb's gerund: "stopped testing alternatives" denies testing them (polarity.ts)
    if (ASPECTUAL_LEMMAS.has(lemma) && isGerundAt(tokens, i + 1)) continue;
    const [clauseStart, clauseEnd] = clauseOf(i);
    const last = i + length - 1;
    const polarity = polarityOf(tokens, words, i, last, [clauseStart, clauseEnd], !!copula);
    const { negated, hedged } = polarity;
    // a gerund clause that is a subject asserts nothing: "Google continuing to work with Scale AI would be like …"
    const unasserted = polarity.unasserted ?? (gerundSubjectClause(tokens, i, clauseStart) ? "supposition" : undefined);
    let agent: NameMention | undefined;
    let patients: NameMention[] = [];
    let qualifierNames: NameMention[] = [];
    const passive = reduced || isPassive(t, tokens, i);
    let coAgents: NameMention[] = [];
    // a participle after a comma is a free adjunct: its subject is the clause's before it ("OpenAI is
    // phasing out its work with Scale AI, cutting ties": OpenAI cuts the ties, not Scale AI)
    const adjunct = t.pos === "VERB" && /ing$/i.test(t.text) && tokens[i - 1]?.text === "," && lastClause >= 0;
    const subject = adjunct ? { common: false } : (relativeAntecedent(tokens, i, clauseStart, nameAt) ?? subjectOf(tokens, i, subjectStart(tokens, clauseStart, clauseOf, nameAt), nameAt));
    let subjectNoun = subject.noun;
    // "there will be no shifts": the expletive is the subject, so that such facts compare
    if (copula && !subject.name && isExpletiveThere(tokens, i, clauseStart)) subjectNoun = "there";
    if (passive) {
      // the subject is acted on; "by X" names the agent
      const by = tokens.findIndex((x, k) => k > last && k < clauseEnd && x.text.toLowerCase() === "by");
      agent = by >= 0 ? nameAfter(tokens, by, clauseEnd, nameAt) : undefined;
      if (agent) coAgents = namesJoinedAfter(tokens, agent, clauseEnd, nameAt);
      patients = subject.name ? [...(subject.joined ?? []), subject.name] : [];
      // a passive coordinated with one before it shares its subject ("ridden by X and trained by Y")
      if (!patients.length && !subject.common && /^and$/i.test(tokens[i - 1]?.text ?? "") && lastPassive) patients = lastPassive.patients;
    } else {
      agent = subject.name;
      // (all of a coordinated subject do it: "Nimbus Labs and Harlow Partners are testing")
      if (agent && subject.joined?.length) coAgents = subject.joined;
      // an event noun's agent is its possessor ("Meta's investment"), never a name compounded with
      // it ("Meta's $14.3B Scale AI investment": Scale AI is what is invested in)
      // (a gerund with "of" is an event noun too: "Meta's investment and hiring of Wang")
      if (t.pos === "NOUN" || isGerundOf(tokens, i)) {
        agent = possessorBefore(tokens, i, nameAt, names);
        subjectNoun = undefined;
      }
      // what causes is an event, its agent the event's possessor ("Meta's investment led it to")
      // (or the name that modifies it: "the Meta partnership", as in "influenced by the Meta partnership")
      else if (!agent && subject.at !== undefined && isCausal(lemma)) agent = possessorBefore(tokens, subject.at, nameAt, names) ?? modifierName(tokens, subject.at, nameAt);
      // a coordinated predicate without a subject of its own shares the previous one's ("Meta took
      // a stake and hired its founder", ", cutting ties"); a relative clause's subject is the noun
      // it follows ("a stake that carries no voting rights")
      else if (!agent && !subject.common && lastClause >= 0 && (clauseStart === lastClause || COORDINATORS.has(tokens[clauseStart - 1]?.text.toLowerCase() ?? ""))) agent = lastAgent;
      const after = namesAfter(tokens, copula ? i : last, clauseEnd, nameAt);
      patients = after.names;
      qualifierNames = after.qualifiers.map((k) => after.names[k]);
    }
    // (a phrase ending in its noun has that object: "cut ties", "end * relationship")
    const object = copula ? undefined : length > 1 && tokens[last].pos === "NOUN" ? tokens[last].lemma || lexiconLemma(tokens[last].text, "noun") : objectOf(tokens, last, clauseEnd);
    // (a copula's noun has its adjectives before it: "the largest customer", and may be one of a kind)
    const nounCopula = copula && tokens[last].pos === "NOUN";
    const objectAdjectives = nounCopula ? adjectivesBetween(tokens, i, last) : adjectivesAfter(tokens, last, clauseEnd);
    const unique = nounCopula ? uniqueSuperlative(tokens, i, last) : undefined;
    // a light verb with its object noun is one predicate ("took a 49% nonvoting stake" = "take a stake")
    if (object && LIGHT_VERBS.has(lemma)) {
      const light = phrasalPredicateAt([lemma, "a", object], 0);
      if (light) lemma = light.lemma;
    }
    // what a predicate of change changes; a changed subject's owner is what the change is about ("Scale AI's value fell")
    const changed = copula ? undefined : changedMagnitude(tokens, i, last, clauseEnd, lemma, { passive, objectNamed: patients.length > 0, subjectNoun, subjectAt: subject.at });
    // (or the name its phrase is for: "demand for Handshake's services")
    if (changed && changed === subjectNoun && subject.at !== undefined && !agent && !patients.length) {
      const owner = possessorBefore(tokens, subject.at, nameAt, names) ?? (/^(?:for|of)$/i.test(tokens[subject.at + 1]?.text ?? "") ? nameAfter(tokens, subject.at + 1, i, nameAt) : undefined);
      patients = owner ? [owner] : [];
    }
    // a noun of change is about the names of its own phrase ("a surge in demand for Handshake's
    // services"), not of a phrase after it ("a surge in interest from customers uneasy about Meta")
    if (changed && t.pos === "NOUN") {
      const end = tokens.findIndex((x, k) => k > last + 1 && x.pos === "ADP" && !/^(?:in|of|for)$/i.test(x.text));
      if (end >= 0) patients = patients.filter((n) => n.end <= tokens[end].start);
    }
    // ("report to" someone is to answer to them, not to say something: "Wang will report directly to
    // Mark Zuckerberg")
    const speech = SPEECH_LEMMAS.has(lemma) && !(lemma === "report" && /^to$/i.test(nextContent(tokens, last + 1)?.text ?? ""));
    // (in the passive the subject is the one acted on, so "he" stands where its patient would)
    const pronoun = (passive ? !patients.length : !agent && t.pos !== "NOUN") ? subject.pronoun : undefined;
    const qualifying = patients.flatMap((n, k) => (qualifierNames.includes(n) ? [k] : []));
    out.push({ lemma, ...(qualifying.length ? { qualifying } : {}), ...(copula ? { copula } : {}), object, ...(objectAdjectives.length ? { objectAdjectives } : {}), start: t.start, end: tokens[last].end, negated, hedged, agent, ...(coAgents.length ? { coAgents } : {}), patients, speech, passive, ...(subjectNoun && !agent ? { subject: subjectNoun } : {}), ...(subject.owned && !agent && !passive ? { owned: true } : {}), ...(pronoun ? { pronoun } : {}), ...(changed ? { changed } : {}), ...(unique ? { unique } : {}), ...(unasserted ? { unasserted } : {}) });
    if (passive) lastPassive = out[out.length - 1];
    if (t.pos === "VERB" && !speech) {
      // (a reduced passive modifies its subject, which the clause's verb then has: "Capel Path,
      // ridden by Ryan Moore, finished third")
      lastAgent = reduced ? patients[0] : agent;
      lastClause = clauseStart;
    }
    i = last;
  }
  linkEffects(out);
  speakersOwnIt(out, text, names);
  anchorFacts(out, tokens, nameAt);
  out.push(...appositiveFacts(tokens, nameAt));
  out.push(...comparativeChanges(tokens, out));
  return out;
}

/** Acts that end, stop or lessen what they act on: opposite to continuing, starting, expanding or increasing. */
const CONTINUING = ["continue", "start", "expand", "increase"];
export function isEnding(lemma: string): boolean {
  return CONTINUING.some((c) => relatePredicates(lemma, c) === "opposite");
}
function endsIt(before: Predicate | undefined, noun: TaggedToken, text: string): boolean {
  if (!before || before.object !== lexiconLemma(noun.text, "noun") || noun.start - before.end > 30 || /[,;:]/.test(text.slice(before.end, noun.start))) return false;
  return isEnding(before.lemma);
}

/**
 * What each predicate of causing brought about: the first other predicate after it ("led it to wind
 * down"), or in the passive the last one before it, in its subject ("its decision to wind down …
 * was not influenced by").
 */
function linkEffects(predicates: Predicate[]): void {
  predicates.forEach((p, j) => {
    if (!isCausal(p.lemma)) return;
    const effect = p.passive ? predicates.slice(0, j).reverse().find((x) => !x.speech && !isCausal(x.lemma)) : predicates.slice(j + 1).find((x) => !x.speech && !isCausal(x.lemma));
    if (effect) p.effect = effect.lemma;
    if (effect?.subject) p.effectSubject = effect.subject;
  });
}

const MODALS = new Set(["do", "does", "did", "will", "would", "can", "could", "may", "might", "shall", "should", "must"]);

/** Right after "does not", "will never", "can't": where a verb's base form stands. */
function afterAuxiliary(tokens: readonly TaggedToken[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && (tokens[k].pos === "PART" || tokens[k].pos === "ADV")) k--;
  // (right after a modal too: "would slow down" is a verb; "would be slow" has "be" between)
  return k >= 0 && MODALS.has(tokens[k].text.toLowerCase());
}

/**
 * Where a clause's subject may be: the clause's start, or where a parenthesis after a name closes
 * right before it, the start of the clause the parenthesis interrupts ("Adams (right, pictured …)
 * is hoping to"; not "the video, which debuted on Friday morning (Feb. 13), is mature").
 */
function subjectStart(tokens: readonly TaggedToken[], clauseStart: number, clauseOf: (i: number) => readonly [number, number], nameAt: (t: TaggedToken) => NameMention | undefined): number {
  if (tokens[clauseStart - 1]?.text !== ")") return clauseStart;
  let open = clauseStart - 2;
  while (open >= 0 && tokens[open].text !== "(" && tokens[open].text !== ")") open--;
  return open > 0 && tokens[open].text === "(" && nameAt(tokens[open - 1]) ? clauseOf(open - 1)[0] : clauseStart;
}

/** A participle used as an adjective before a noun ("a nonvoting stake", "the acquired company"). */
function isParticipleModifier(tokens: readonly TaggedToken[], k: number): boolean {
  const t = tokens[k];
  if (t.pos !== "VERB" || !/(?:ing|ed)$/i.test(t.text)) return false;
  const next = tokens[k + 1]?.pos;
  const prev = tokens[k - 1]?.pos ?? "";
  if (next === "NOUN" && /^(?:DET|NUM|SYM|ADJ|PRON)$/.test(prev)) return true;
  // after a preposition, an -ing word that is an adjective of its own ("for leading AI labs"),
  // unlike a gerund taking its object ("for buying shares"); a verb of change is a change either
  // way ("despite reducing reliance", "despite increasing reliance")
  return (next === "NOUN" || next === "PROPN") && (prev === "ADP" || prev === "SCONJ") && /ing$/i.test(t.text) && lemmaCandidates(t.text, "adj").includes(t.text.toLowerCase()) && !changeDirection(t.text);
}

/** Token indices where a clause starts. */
function clauseStartsOf(tokens: readonly TaggedToken[]): number[] {
  const starts = [0];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const w = t.text.toLowerCase();
    if (CLAUSE_PUNCT.test(t.text) || (CLAUSE_WORDS.has(w) && (t.pos === "SCONJ" || verbSoon(tokens, i + 1)))) starts.push(i + 1);
    // "and"/"but" before a verb: a coordinated predicate; "but" before a subject and its verb: a
    // new clause ("It wasn't romantic, but Ben managed to …": the negation stays in the first)
    // (not before a gerund with "of", a noun joined to the subject: "Meta's investment and hiring of Wang will")
    else if ((t.pos === "CCONJ" || w === "and" || w === "but") && nextContent(tokens, i + 1)?.pos === "VERB" && !isGerundOf(tokens, i + 1)) starts.push(i + 1);
    else if (w === "but" && verbSoon(tokens, i + 1)) starts.push(i + 1);
  }
  return [...new Set(starts)].sort((a, b) => a - b);
}

/** "was acquired by", "is valued": a form of "be" (or "get") right before a participle. */
function isPassive(t: TaggedToken, tokens: readonly TaggedToken[], i: number): boolean {
  if (t.pos !== "VERB" || !/(?:ed|en|wn|ld|ht|id)$/i.test(t.text)) return false;
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const p = tokens[k];
    if (p.pos === "AUX" && (p.lemma === "be" || p.lemma === "get")) return true;
    if (p.pos !== "ADV" && p.pos !== "PART") return false;
  }
  return false;
}

/** What stands before a predicate as its subject: a name, a common noun, "he"/"she", or nothing known. */
interface Subject {
  name?: NameMention;
  /** Names joined to it before it ("Ben, now 34, and Shelby"): the subject is all of them. */
  joined?: NameMention[];
  common: boolean;
  noun?: string;
  at?: number;
  /** Possessed: "its founder", "Scale AI's CEO". */
  owned?: boolean;
  pronoun?: "he" | "she";
}

const RELATIVE_PRONOUNS = new Set(["who", "which", "that"]);

/**
 * A relative clause whose pronoun is its subject acts for the noun the pronoun follows: in "Jodie
 * said of the Duchess, who is expecting her second child", the Duchess is expecting, not Jodie; in
 * "a stake that carries no voting rights", the stake carries them. Undefined when the clause has a
 * subject of its own ("the deal that Meta signed") or does not follow a noun.
 */
function relativeAntecedent(tokens: readonly TaggedToken[], i: number, clauseStart: number, nameAt: (t: TaggedToken) => NameMention | undefined): Subject | undefined {
  const pronoun = tokens[clauseStart - 1];
  if (!pronoun || !RELATIVE_PRONOUNS.has(pronoun.text.toLowerCase())) return undefined;
  // the pronoun is the subject only when nothing but auxiliaries and adverbs stand before the verb
  for (let k = clauseStart; k < i; k++) if (!/^(?:AUX|ADV|PART)$/.test(tokens[k].pos)) return undefined;
  let a = clauseStart - 2;
  if (tokens[a]?.text === ",") a--;
  const before = tokens[a];
  if (!before) return undefined;
  // "the only member of the Exchange who voted": the pronoun may stand for the phrase's head, not
  // the name that ends it
  let first = a;
  while (first > 0 && (tokens[first - 1].pos === "PROPN" || tokens[first - 1].pos === "DET" || (nameAt(before) && nameAt(tokens[first - 1]) === nameAt(before)))) first--;
  // (then it stands for that head, when it is a noun: "a 49% stake in Scale AI that carries no
  // voting rights": the stake carries none)
  if (tokens[first - 1]?.pos === "ADP") {
    const head = tokens[first - 2];
    return head?.pos === "NOUN" && !nameAt(head) ? { common: true, noun: head.lemma, at: first - 2 } : undefined;
  }
  const name = nameAt(before);
  if (name) return { name, common: false };
  return before.pos === "NOUN" ? { common: true, noun: before.lemma, at: a } : undefined;
}

/**
 * The subject before the predicate in its clause: a name heading it (not one inside a
 * prepositional phrase, "the deal with Meta"), or a common noun or pronoun (`common`).
 */
function subjectOf(tokens: readonly TaggedToken[], i: number, clauseStart: number, nameAt: (t: TaggedToken) => NameMention | undefined): Subject {
  for (let k = i - 1; k >= clauseStart; k--) {
    const t = tokens[k];
    const name = nameAt(t);
    if (name) {
      // the name's first token: is it the object of a preposition, or a possessor ("Meta's deal")?
      let first = k;
      while (first > clauseStart && nameAt(tokens[first - 1]) === name) first--;
      // (past a determiner and the rest of a compound name: "to the UK", "at St Mary's Hospital")
      let b = first - 1;
      // (and past names coordinated before it: "between OpenAI and Scale")
      let coordinated = -1;
      while (b > clauseStart && (tokens[b].pos === "DET" || tokens[b].pos === "PROPN" || /^['’]s$/.test(tokens[b].text) || nameAt(tokens[b]) || (/^(?:and|or)$/i.test(tokens[b].text) && nameAt(tokens[b - 1])))) {
        if (/^(?:and|or)$/i.test(tokens[b].text)) coordinated = b - 1;
        b--;
      }
      const before = b >= clauseStart ? tokens[b] : undefined;
      const after = tokens[k + 1];
      if (before && (before.pos === "ADP" || before.text.toLowerCase() === "to")) {
        k = coordinated >= 0 ? b + 1 : first;
        continue;
      }
      // what a verb of leaving leaves is a place, not who does what follows: "Wang left Meta to join
      // Scale AI" (Wang joins)
      if (before?.pos === "VERB" && tokens[k + 1]?.text.toLowerCase() === "to" && leaves(before.lemma)) {
        k = b;
        continue;
      }
      if (after && /^['’]s$/.test(after.text) && k + 2 < i) return { common: true, ...(ownedHeadBefore(tokens, k + 2, i) ? { owned: true } : {}) };
      const joined = namesJoinedBefore(tokens, first, clauseStart, nameAt);
      return { name, common: false, ...(joined.length ? { joined } : {}) };
    }
    // an aside in parentheses ("Adams (right, pictured during her final win over Ren) is hoping to"): skip to before it
    if (t.text === ")") {
      let open = k - 1;
      while (open >= clauseStart && tokens[open].text !== "(") open--;
      if (open >= clauseStart) k = open;
      continue;
    }
    // an appositive or aside between commas ("Mara Quinlan, 41, the founder of Pinecrest, will remain"): skip to before it
    if (t.text === ",") {
      let open = -1;
      for (let j = k - 1; j >= clauseStart && j >= k - 12; j--)
        if (tokens[j].text === ",") {
          open = j;
          break;
        }
      if (open >= 0 && !(tokens[open + 1] && /^(?:and|but|or)$/i.test(tokens[open + 1].text))) k = open;
      continue;
    }
    // auxiliaries, adverbs ("no longer"), "to", figures and dates ("agreed on March 14 to buy"), prepositions of an aside
    if (/^no$/i.test(t.text) && /^longer$/i.test(tokens[k + 1]?.text ?? "")) continue;
    if (t.pos === "AUX" || t.pos === "ADV" || t.pos === "PART" || t.pos === "PUNCT" || t.pos === "NUM" || t.pos === "SYM" || t.pos === "ADP" || t.text.toLowerCase() === "to") continue;
    if (t.pos === "VERB") {
      // (and "have" of a control noun: "has no plan to retain")
      if (CONTROL_LEMMAS.has(t.lemma) || t.lemma === "have" || tokens[k + 1]?.text.toLowerCase() === "to" || (ASPECTUAL_LEMMAS.has(t.lemma) && isGerundAt(tokens, k + 1))) continue;
      // a gerund joined to a noun is part of a coordinated subject: the first conjunct heads it
      // ("Meta's investment and hiring of Wang will not impact")
      if (isGerundOf(tokens, k) && /^(?:and|or)$/i.test(tokens[k - 1]?.text ?? "")) {
        k--;
        continue;
      }
      return { common: false };
    }
    // a control verb the tagger read as a noun ("Harlow, its largest customer, plans to wind down")
    // (or a control noun denied: "Adams has no plan to retain her crown": Adams would retain it)
    if (t.pos === "NOUN" && /^(?:to|of)$/i.test(tokens[k + 1]?.text ?? "") && CONTROL_LEMMAS.has(lexiconLemma(t.text, "verb"))) {
      if (/^no$/i.test(tokens[k - 1]?.text ?? "")) k--;
      continue;
    }
    // an adjective that takes a verb, like a control verb ("Meta would be able to access", "is likely to buy")
    if (t.pos === "ADJ" && /^to$/i.test(tokens[k + 1]?.text ?? "") && VERB_TAKING.has(t.text.toLowerCase())) continue;
    // a pseudo-cleft names its subject before the copula ("the investment was what led it to")
    if (t.text.toLowerCase() === "what" && tokens[k - 1]?.pos === "AUX" && tokens[k - 1].lemma === "be") continue;
    if (t.pos === "PRON" && pronounGender(t.text)) return { common: true, pronoun: t.text.toLowerCase() as "he" | "she" };
    // (a capitalised common noun the tagger took for a name, "Demand for its services")
    const commonProper = t.pos === "PROPN" && isNoun(t.text.toLowerCase());
    if (t.pos === "NOUN" || t.pos === "PRON" || t.pos === "DET" || t.pos === "ADJ" || commonProper) {
      // a date's month ("on March 14") is not a subject
      if (tokens[k + 1]?.pos === "NUM" && tokens[k - 1]?.pos === "ADP") continue;
      // nor is a preposition's object ("Kukucova, 48, from bristol was found": the subject is before it)
      if (t.pos === "NOUN") {
        let b = k - 1;
        while (b > clauseStart && (tokens[b].pos === "DET" || tokens[b].pos === "ADJ" || tokens[b].pos === "NUM" || tokens[b].pos === "PROPN" || tokens[b].pos === "PRON" || /^['’]s?$/.test(tokens[b].text))) b--;
        if (b >= clauseStart && tokens[b].pos === "ADP" && tokens[b].text.toLowerCase() !== "of") {
          k = b;
          continue;
        }
      }
      // (an adjective right before the verb's auxiliary stands as a noun: "concrete was embedded")
      const noun = t.pos === "NOUN" || (t.pos === "ADJ" && tokens[k + 1]?.pos === "AUX" && (k === clauseStart || /^(?:and|or|but|,)$/i.test(tokens[k - 1].text)));
      return { common: true, ...(noun || commonProper ? { noun: t.pos === "NOUN" ? t.lemma : t.text.toLowerCase(), at: k } : {}), ...(noun && isOwnedNoun(tokens, k) && ownedHeadBefore(tokens, k, i) ? { owned: true } : {}) };
    }
    if (t.pos === "CCONJ" || t.pos === "SCONJ") return { common: false };
  }
  return { common: false };
}

/** The noun phrase from `from` ends right before the verb at `i`, past auxiliaries and adverbs: it is the verb's subject ("its founder will join"), not "Google's lunch by purchasing". */
function ownedHeadBefore(tokens: readonly TaggedToken[], from: number, i: number): boolean {
  let k = from;
  while (k < i && /^(?:NOUN|ADJ|NUM)$/.test(tokens[k].pos)) k++;
  while (k < i && /^(?:AUX|ADV|PART)$/.test(tokens[k].pos)) k++;
  return k === i;
}

/**
 * The names joined by "and" to the name whose first token is `first`, nearest last: "Ben, now 34,
 * and baby Shelby" gives Ben (past an aside between commas and a noun or two before the name).
 */
function namesJoinedBefore(tokens: readonly TaggedToken[], first: number, clauseStart: number, nameAt: (t: TaggedToken) => NameMention | undefined): NameMention[] {
  let k = first - 1;
  for (let n = 0; n < 2 && k > clauseStart && /^(?:NOUN|ADJ|DET)$/.test(tokens[k].pos); n++) k--;
  if (k <= clauseStart || !/^(?:and|&)$/i.test(tokens[k].text)) return [];
  k--;
  if (tokens[k]?.text === ",") {
    // an aside closed by this comma: the name is before the comma that opens it
    let open = k - 1;
    while (open > clauseStart && open >= k - 8 && tokens[open].text !== ",") open--;
    if (open > clauseStart && tokens[open].text === ",") k = open - 1;
    else k--;
  }
  const name = k >= clauseStart ? nameAt(tokens[k]) : undefined;
  if (!name) return [];
  let start = k;
  while (start > clauseStart && nameAt(tokens[start - 1]) === name) start--;
  return [...namesJoinedBefore(tokens, start, clauseStart, nameAt), name];
}

/** The names joined by "and" (or a comma) after `first`: "by Ryan Moore and Sir Michael Stoute" gives Stoute. */
function namesJoinedAfter(tokens: readonly TaggedToken[], first: NameMention, end: number, nameAt: (t: TaggedToken) => NameMention | undefined): NameMention[] {
  const out: NameMention[] = [];
  let k = tokens.findIndex((t) => t.start >= first.end);
  while (k >= 0 && k < end && /^(?:and|,)$/i.test(tokens[k].text)) {
    let j = k + 1;
    while (j < end && (tokens[j].pos === "DET" || (tokens[j].pos === "PROPN" && !nameAt(tokens[j])))) j++;
    const name = j < end ? nameAt(tokens[j]) : undefined;
    if (!name) break;
    out.push(name);
    while (j < end && nameAt(tokens[j]) === name) j++;
    k = j;
  }
  return out;
}

/** The names after a predicate in its clause, with which of them qualify a noun ("a new AI team"), by index. */
function namesAfter(tokens: readonly TaggedToken[], last: number, clauseEnd: number, nameAt: (t: TaggedToken) => NameMention | undefined): { names: NameMention[]; qualifiers: number[] } {
  const out: NameMention[] = [];
  const qualifiers = new Set<NameMention>();
  for (let k = last + 1; k < clauseEnd; k++) {
    const t = tokens[k];
    const name = nameAt(t);
    if (name) {
      // (what it is compared with is no participant: "spent far less than Google with Scale")
      if (!out.includes(name) && !/^than$/i.test(tokens[k - 1]?.text ?? "")) out.push(name);
      while (nameAt(tokens[k + 1] ?? t) === name && k + 1 < clauseEnd) k++;
      const next = tokens[k + 1];
      if (next && next.pos === "NOUN" && /^\p{Ll}/u.test(next.text)) qualifiers.add(name);
      continue;
    }
    // "after Meta's investment" places the fact in time: its names are not participants; a comma
    // before a new subject and its verb ends the phrase ("By acquiring 49% of Scale AI, Meta secures")
    if ((t.pos === "VERB" && !isParticipleModifier(tokens, k)) || TIME_WORDS.has(t.text.toLowerCase())) break;
    if (t.text === "," && verbSoon(tokens, k + 1)) break;
  }
  return { names: out, qualifiers: out.flatMap((n, k) => (qualifiers.has(n) ? [k] : [])) };
}
