// Facts from one sentence: each predicate (a main verb, a multi-word verb or an event noun, as a
// lemma) with who did it (agent) and to whom (patients), the noun it acts on, and whether it is
// negated or hedged. Built on the tagger's parts of speech and the WordNet lexicon; run lazily,
// for a claim and its candidate passages only, and memoised per sentence.
import { isTimeName, type NameMention } from "../entities/names";
import { speakersOwnIt } from "./speakers-it";
import { anchorFacts, type TimeAnchor } from "./anchors";
import { tagSentence, type TaggedToken } from "./tagger";
import { changeDirection, changedMagnitude, comparativeChanges, copulaChange } from "./change";
import { isVerb, lemmaCandidates, lemma as lexiconLemma, phrasalPredicateAt, relatePredicates, verbsOf } from "./lexicon";
import { cueAt } from "./cues";
import { STAYING_VERBS } from "./curated";
import { adjectivesAfter, adjectivesBetween, copulaAdjective, copulaComplement, isExpletiveThere, isGerundOf, nextContent, nextWord, objectOf, uniqueSuperlative, verbBeforePunctuation, verbSoon } from "./phrases";
import { ASPECTUAL_LEMMAS, CONTROL_LEMMAS, gerundSubjectClause, isGerundAt, polarityOf } from "./polarity";
import { appositiveFacts } from "./appositives";
import { connectiveCauses } from "./connective-causes";
import { modifierName, nameAfter, possessorBefore } from "./name-phrases";
import { appositiveName, relativeAntecedent, subjectOf, subjectStart } from "./subjects";
import { recipientHas } from "./possession";
import { savedFacts, saveFacts } from "./saved";
import { accusedOf, reportsSpeech, SPEECH_LEMMAS } from "./reporting";

export { leaves } from "./subjects";

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
  /** Names given as examples of its subject noun, each a doer: "Scale AI's investors, including Accel and Index Ventures, will benefit". */
  examples?: NameMention[];
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
  /** For an active predicate of causing, the act its subject names ("acquire" in "Meta's decision to acquire … prompted Google"). */
  cause?: string;
  /** When it happened relative to another event ("after the Meta deal"), when its sentence says. */
  anchor?: TimeAnchor;
  /** For a verb of change ("drop", "double"), the magnitude it changes, as a noun lemma ("demand", "value"). */
  changed?: string;
  /** For a copula's noun made one of a kind by a superlative ("the largest customer of"), that superlative's lemma ("large"): no one else is it. */
  unique?: string;
}

/** Verbs that, before "a"/"an", say what their subject is, as "is" does ("the deal marks a winding down"). */
const COPULAR_VERBS = new Set(["mark", "represent", "constitute", "signal"]);
/** A noun joined to the copula's complement before it: "is not a pivot or a winding down" says of both (a verb in -ing is the progressive's: "were either empty or showing fewer"). */
function coordinatedComplement(previous: Predicate | undefined, t: TaggedToken, text: string): boolean {
  return !!previous?.copula && !(t.pos === "VERB" && /ing$/i.test(t.text)) && /^\s*(?:,\s*)?(?:or|and|nor)\s+(?:an?\s+|the\s+)?$/i.test(text.slice(previous.end, t.start));
}

/** A predicate of causing: cause, lead to, prompt, trigger, influence (WordNet and curated synonyms). */
export function isCausal(lemma: string): boolean {
  return relatePredicates(lemma, "cause") === "same";
}

/** Light verbs say little by themselves: their object noun names the event ("take a stake", "make an investment"). */
const LIGHT_VERBS = new Set(["take", "make", "have", "hold", "get", "acquire", "buy", "sell", "give", "own"]);
/** A verb that says little without its object ("have control", "take a stake"). */
export const isLightVerb = (lemma: string): boolean => LIGHT_VERBS.has(lemma);
/** Endings of nouns that name an event or a measure derived from a verb (investment, acquisition, valuation). */
const EVENT_NOUN = /(?:ment|tion|sion|ance|ence|ure|al|age)s?$/i;
/** Words that start a new clause: a new subject may follow. */
const CLAUSE_WORDS = new Set(["that", "which", "who", "whom", "whose", "because", "while", "whereas", "although", "though", "when", "if", "whether", "after", "before", "since", "until", "as"]);
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

/**
 * A few words quoted inside a sentence are still its words: 'would "double down" on its
 * applications business' doubles down. Their quotation marks, which the tagger reads as the end of
 * a clause, become spaces (offsets kept); a quoted sentence or a long quotation keeps them.
 */
export function withoutScareQuotes(text: string): string {
  return text.replace(SCARE_QUOTE, (m) => " " + m.slice(1, -1) + " ");
}
/** Up to four words in straight or curly double quotes, with no sentence punctuation inside. */
const SCARE_QUOTE = /["“](?:[\p{L}\p{N}'’-]+\s+){0,3}[\p{L}\p{N}'’-]+["”]/gu;

/** Phrases of purpose before an infinitive: "in an effort to", "in a bid to", "in order to", "so as to". */
const PURPOSE_BEFORE = /\b(?:in\s+(?:an?\s+)?(?:effort|bid|attempt|push|order)|so\s+as)\s+to\s+$/i;
/** Acts whose infinitive after the object is their doer's purpose ("paid $14.3 billion to gain"), not the object's act (as "hired Wang to lead"). */
const SUBJECT_PURPOSE = new Set(["offer", "dangle", "pay", "spend", "invest", "use", "raise", "sell", "buy", "acquire", "take a stake", "launch", "build", "cut"]);

/** The infinitive at `start` tells why `doer` acted, by the last act before it (not "intends to sever", whose infinitive is what is intended). */
function isPurpose(text: string, start: number, before: readonly Predicate[], doer: NameMention, tokens: readonly TaggedToken[]): boolean {
  if (PURPOSE_BEFORE.test(text.slice(Math.max(0, start - 40), start))) return true;
  // (an "-ing" word before a noun is no act of its own: "offered signing bonuses … to lure")
  const modifier = (p: Predicate) => {
    const k = tokens.findIndex((t) => t.start === p.start);
    return k >= 0 && /ing$/i.test(tokens[k].text) && tokens[k + 1]?.pos === "NOUN";
  };
  const last = before.filter((p) => !modifier(p)).pop();
  if (!last || last.agent !== doer || last.speech || last.passive || !SUBJECT_PURPOSE.has(last.lemma)) return false;
  // (right after that act's phrase: no other verb between, as "intends" in "Meta is acquiring a share …, Google intends to sever")
  return !tokens.some((t) => t.start >= last.end && t.end < start - 3 && (t.pos === "VERB" || t.pos === "AUX") && !(/ing$/i.test(t.text) && before.some((p) => p.start === t.start && modifier(p))));
}

function extract(text: string, allNames: readonly NameMention[]): Predicate[] {
  const names = allNames.filter((n) => !isTimeName(n.text));
  const nameAt = (t: TaggedToken) => names.find((n) => t.start >= n.start && t.end <= n.end);
  // a name is no verb, whatever the tagger read ("Anthropic, Cohere and Google": Cohere/VERB would
  // end the list as if a clause began)
  const tagged = tagSentence(withoutScareQuotes(text));
  const tokens = tagged.map((t) => ((t.pos === "VERB" || t.pos === "AUX") && nameAt(t) ? { ...t, pos: "PROPN" } : t));
  const words = tokens.map((t) => t.text);
  // (the opening word as the tagger read it: a capitalised "Citing" may have been taken for a name)
  const clauseStarts = clauseStartsOf(tokens, tagged[0]?.pos);
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
    // (what is asked for is not done: "did not respond to requests for comment" states no comment)
    if (/^requests?$/i.test(tokens[i - 2]?.text ?? "") && /^for$/i.test(tokens[i - 1]?.text ?? "")) continue;
    const verbLemma = lexiconLemma(t.text, "verb");
    // after an auxiliary and a negator, a verb the tagger read as an adjective ("does not secure")
    // (or a participle after "be": "Ben and Shelby were married", a passive)
    if (t.pos === "ADJ" && (afterAuxiliary(tokens, i) || (/(?:ed|en)$/i.test(t.text) && isPassive({ ...t, pos: "VERB" }, tokens, i))) && isVerb(verbLemma)) t = { ...t, pos: "VERB", lemma: verbLemma };
    // a participle before "by" or "as" after a comma or "and" is a reduced passive, whatever the tagger
    // read ("Capel Path, ridden by Ryan Moore and trained by Sir Michael Stoute", "Google, identified as")
    const reduced = /^(?:by|as)$/i.test(tokens[i + 1]?.text ?? "") && /^(?:,|and)$/i.test(tokens[i - 1]?.text ?? "") && /(?:ed|en|wn|ne)$/i.test(t.text) && isVerb(verbLemma);
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
    // ("marks a winding down", "represents a turning point": a verb that says what its subject is)
    // (and "ranks as", "amounts to": "Google ranked as Scale's second-biggest customer")
    // (the tagger may read "ranks" as a noun)
    const rankedAs = (/^rank(?:s|ed)?$/i.test(t.text) && tokens[i - 1]?.pos !== "DET" && /^as$/i.test(tokens[i + 1]?.text ?? "")) || (t.pos === "VERB" && t.lemma === "amount" && /^to$/i.test(tokens[i + 1]?.text ?? "") && /^an?$/i.test(tokens[i + 2]?.text ?? ""));
    const copular = (t.pos === "VERB" && COPULAR_VERBS.has(t.lemma) && /^an?$/i.test(tokens[i + 1]?.text ?? "")) || rankedAs;
    if (((!lemma || lemma === "be") && (t.lemma === "be" || /^being$/i.test(t.text)) && (t.pos === "AUX" || t.pos === "VERB")) || copular) {
      // (or with an adjective: "neutrality is no longer optional")
      const noun = copulaComplement(tokens, rankedAs ? i + 1 : i, clauseOf(i)[1]);
      const adjective = noun === undefined && !rankedAs ? copulaAdjective(tokens, i, clauseOf(i)[1]) : undefined;
      const complement = noun ?? adjective;
      // (a noun of a phrasal verb is that verb's act: "is not a winding down")
      const phrasal = noun !== undefined ? phrasalPredicateAt(words, noun) : undefined;
      lemma = phrasal && phrasal.length > 1 ? phrasal.lemma : noun !== undefined ? lexiconLemma(tokens[noun].text, "noun") : adjective !== undefined ? tokens[adjective].text.toLowerCase() : undefined;
      if (complement !== undefined) {
        copula = true;
        length = complement - i + 1 + (phrasal && phrasal.length > 1 ? phrasal.length - 1 : 0);
      }
    }
    // ("remains optional", "stays strong": a verb of staying with an adjective says it as "is" does)
    else if (t.pos === "VERB" && STAYING_VERBS.has(t.lemma)) {
      // (past adverbs; not an adjective of a noun after it, "remains a strong company", nor a participle)
      let adjective: number | undefined = i + 1;
      while (tokens[adjective]?.pos === "ADV") adjective++;
      const after = tokens[adjective + 1];
      if (tokens[adjective]?.pos !== "ADJ" || /(?:ed|en)$/i.test(tokens[adjective].text) || (after && /^(?:NOUN|PROPN|ADJ)$/.test(after.pos))) adjective = undefined;
      if (adjective !== undefined) {
        lemma = tokens[adjective].text.toLowerCase();
        copula = true;
        length = adjective - i + 1;
      }
    }
    // "shares were up 7.74%", "sales are down 10%": a change told with the copula (./change)
    const copulaChanged = lemma ? undefined : copulaChange(tokens, i);
    if (copulaChanged) [lemma, length] = [copulaChanged, 2];
    // (said of the same subject, with the same polarity)
    const joinedTo = !copula && lemma && coordinatedComplement(out[out.length - 1], t, text) ? out[out.length - 1] : undefined;
    if (joinedTo) copula = true;
    if (!lemma) continue;
    // an act that something ends does not hold any more: "phasing out its reliance on Scale AI"
    // states no reliance on Scale AI, nor "reduce its spending" spending
    if (t.pos === "NOUN" && endsIt(out[out.length - 1], t, text)) continue;
    // a participle before a noun is an adjective ("a 49% nonvoting stake", "the acquired company")
    if (isParticipleModifier(tokens, i)) continue;
    // a control verb's complement is the fact: "agreed to take a stake" states "take a stake"
    if (tokens[i + 1]?.text.toLowerCase() === "to" && CONTROL_LEMMAS.has(lemma) && nextWord(tokens, i + 2)?.pos === "VERB") continue;
    // (as is a copula after a verb of going on: "will continue to be a Scale customer" says it is one)
    if (lemma === "continue" && /^to$/i.test(tokens[i + 1]?.text ?? "") && /^be$/i.test(tokens[i + 2]?.text ?? "")) continue;
    // as is an aspectual verb's gerund: "stopped testing alternatives" denies testing them (polarity.ts)
    if (ASPECTUAL_LEMMAS.has(lemma) && isGerundAt(tokens, i + 1)) continue;
    const [clauseStart, clauseEnd] = clauseOf(i);
    const last = i + length - 1;
    const polarity = polarityOf(tokens, words, i, last, [clauseStart, clauseEnd], !!copula);
    const { hedged } = polarity;
    // "is not pivoting or scaling back operations": a negation holds over the acts "or" joins to it
    const negated = polarity.negated || (!!out[out.length - 1]?.negated && /^\s*or\s+$/i.test(text.slice(out[out.length - 1]!.end, t.start)));
    // a gerund clause that is a subject asserts nothing: "Google continuing to work with Scale AI would be like …"
    const unasserted = polarity.unasserted ?? (gerundSubjectClause(tokens, i, clauseStart) ? "supposition" : undefined);
    let agent: NameMention | undefined;
    let patients: NameMention[] = [];
    let qualifierNames: NameMention[] = [];
    let passive = reduced || isPassive(t, tokens, i);
    let coAgents: NameMention[] = [];
    let passiveObject: string | undefined;
    // a participle after a comma is a free adjunct: its subject is the clause's before it ("OpenAI is
    // phasing out its work with Scale AI, cutting ties": OpenAI cuts the ties, not Scale AI)
    const adjunct = t.pos === "VERB" && /ing$/i.test(t.text) && tokens[i - 1]?.text === "," && lastClause >= 0;
    // (a participle after a verb of staying, past an adverb, has that verb's subject: "Wang would stay involved")
    const at = (passive ? [i - 1, i - 2].find((k) => tokens[k]?.pos === "VERB" && STAYING_VERBS.has(tokens[k].lemma) && (k === i - 1 || tokens[i - 1].pos === "ADV")) : undefined) ?? i;
    const subject = adjunct ? { common: false } : (relativeAntecedent(tokens, at, clauseStart, nameAt) ?? appositiveName(tokens, subjectOf(tokens, at, subjectStart(tokens, at, clauseStart, clauseOf, nameAt), nameAt), at, nameAt));
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
      // a subject noun with whose it is: that name is acted on, the noun is the object ("a 49% stake
      // in Meta was acquired by …" as "… acquired a 49% stake in Meta")
      if (!patients.length && subject.noun && subject.at !== undefined && /^(?:in|of)$/i.test(tokens[subject.at + 1]?.text ?? "")) {
        const owner = nameAfter(tokens, subject.at + 1, i, nameAt);
        if (owner) {
          patients = [owner];
          passiveObject = subject.noun;
        }
      }
      // one it is given to, where the subject names no one: "voting power … is to be granted to Meta"
      const recipient = !patients.length && subject.noun && /^to$/i.test(tokens[last + 1]?.text ?? "") ? nameAfter(tokens, last + 1, clauseEnd, nameAt) : undefined;
      if (recipient) [patients, passiveObject] = [[recipient], subject.noun];
      // a light verb's subject names the event ("the investment was made by Microsoft": Microsoft invested)
      const eventVerb = LIGHT_VERBS.has(lemma) && subject.noun && subject.at !== undefined && EVENT_NOUN.test(tokens[subject.at].text) ? verbsOf(subject.noun)[0] : undefined;
      if (eventVerb) {
        lemma = eventVerb;
        passive = false;
      }
    } else {
      agent = subject.name;
      // (all of a coordinated subject do it: "Nimbus Labs and Harlow Partners are testing")
      if (agent && subject.joined?.length) coAgents = subject.joined;
      // (and one echoed after it: "Google did not comment, nor did Scale AI", "…, as did OpenAI")
      const echoed = agent ? echoedAgent(tokens, last, nameAt) : undefined;
      if (echoed) coAgents = [...coAgents, echoed];
      // an event noun's agent is its possessor ("Meta's investment"), never a name compounded with
      // it ("Meta's $14.3B Scale AI investment": Scale AI is what is invested in)
      // (a gerund with "of" is an event noun too: "Meta's investment and hiring of Wang")
      if ((t.pos === "NOUN" && !rankedAs) || isGerundOf(tokens, i)) {
        agent = possessorBefore(tokens, i, nameAt, names);
        subjectNoun = undefined;
      }
      // what causes is an event, its agent the event's possessor ("Meta's investment led it to")
      // (or the name that modifies it: "the Meta partnership", as in "influenced by the Meta partnership")
      else if (!agent && subject.at !== undefined && isCausal(lemma)) agent = possessorBefore(tokens, subject.at, nameAt, names) ?? modifierName(tokens, subject.at, nameAt);
      // a coordinated predicate without a subject of its own shares the previous one's ("Meta took
      // a stake and hired its founder", ", cutting ties"); a relative clause's subject is the noun
      // it follows ("a stake that carries no voting rights")
      // (but the infinitive after a passive may be its subject's act or the agent's purpose: "Droege
      // was appointed by Scale AI to serve" (Droege serves), "Scale was bought by Meta to gain" (Meta))
      // (a participle right after a reporting verb is the reporter's: "…, Reuters reported, citing unnamed people")
      else if (!agent && adjunct && out[out.length - 1]?.speech && out[out.length - 1]?.agent && /^\s*,\s*$/.test(text.slice(out[out.length - 1].end, t.start))) agent = out[out.length - 1].agent;
      else if (!agent && !subject.common && lastClause >= 0 && (clauseStart === lastClause || COORDINATORS.has(tokens[clauseStart - 1]?.text.toLowerCase() ?? "")) && !(/^to$/i.test(tokens[i - 1]?.text ?? "") && lastPassive && lastPassive === out[out.length - 1])) agent = lastAgent;
      // (an infinitive of purpose is its doer's act, past the object: "Meta offered bonuses as high as
      // $100 million to lure away OpenAI staff", "… in an effort to lure")
      if (!agent && t.pos === "VERB" && lastAgent && /^to$/i.test(tokens[i - 1]?.text ?? "") && isPurpose(text, t.start, out, lastAgent, tokens)) agent = lastAgent;
      // (a gerund of means is its clause's doer's act, done to whom that act is: "Meta has tried to
      // poach OpenAI employees by offering bonuses" offers them to OpenAI's employees)
      const means = !agent && t.pos === "VERB" && lastAgent && /ing$/i.test(t.text) && /^by$/i.test(tokens[i - 1]?.text ?? "") ? out[out.length - 1] : undefined;
      if (means) agent = lastAgent;
      // (the one accused of a gerund's act did it: "accused OpenAI of dangling bonuses")
      else if (!agent && t.pos === "VERB") agent = accusedOf(tokens, i, nameAt);
      // (a verb's, not an event noun's, whose phrase the sentence's verb follows: "Nimbus's investment in Quarry surprised")
      const after = namesAfter(tokens, copula ? i : last, clauseEnd, nameAt, t.pos === "VERB" && !isGerundOf(tokens, i) && !SPEECH_LEMMAS.has(lemma));
      patients = after.names.length || !means || means.agent !== agent ? after.names : means.patients;
      qualifierNames = after.qualifiers.map((k) => after.names[k]);
      // (an adjective's copula is said of its subject; a name that only qualifies a noun after it is
      // none of its participants: "neutrality remains essential for leading AI labs")
      if (copula && tokens[last].pos === "ADJ") {
        patients = patients.filter((n) => !qualifierNames.includes(n));
        qualifierNames = [];
      }
    }
    // (a phrase ending in its noun has that object: "cut ties", "end * relationship")
    const object = copula ? undefined : (passiveObject ?? (length > 1 && tokens[last].pos === "NOUN" ? tokens[last].lemma || lexiconLemma(tokens[last].text, "noun") : objectOf(tokens, last, clauseEnd)));
    // (a copula's noun has its adjectives before it: "the largest customer", and may be one of a kind)
    const nounCopula = copula && tokens[last].pos === "NOUN";
    const objectAdjectives = nounCopula ? adjectivesBetween(tokens, i, last) : adjectivesAfter(tokens, last, clauseEnd);
    const unique = nounCopula ? uniqueSuperlative(tokens, i, last) : undefined;
    // a light verb with its object noun is one predicate ("took a 49% nonvoting stake" = "take a stake")
    if (object && (LIGHT_VERBS.has(lemma) || passiveObject)) {
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
    // (a passive of record or belief before "as"/"to" reports the act after it: "is recorded as
    // having enlisted", "is believed to have")
    const speech = reportsSpeech(lemma, tokens, last, clauseEnd, passive);
    // (in the passive the subject is the one acted on, so "he" stands where its patient would)
    const pronoun = (passive ? !patients.length : !agent && t.pos !== "NOUN") ? subject.pronoun : undefined;
    const qualifying = patients.flatMap((n, k) => (qualifierNames.includes(n) ? [k] : []));
    out.push({ lemma, ...(qualifying.length ? { qualifying } : {}), ...(copula ? { copula } : {}), object, ...(objectAdjectives.length ? { objectAdjectives } : {}), start: t.start, end: tokens[last].end, negated, hedged, agent, ...(coAgents.length ? { coAgents } : {}), patients, speech, passive, ...(subjectNoun && !agent ? { subject: subjectNoun } : {}), ...(subject.owned && !agent && !passive ? { owned: true } : {}), ...(subject.examples && !agent && !passive && subjectNoun ? { examples: subject.examples } : {}), ...(pronoun ? { pronoun } : {}), ...(changed ? { changed } : {}), ...(unique ? { unique } : {}), ...(unasserted ? { unasserted } : {}) });
    if (joinedTo) {
      const { agent, subject, owned, pronoun, patients, negated, hedged } = joinedTo;
      Object.assign(out[out.length - 1], { agent, subject, owned, pronoun, patients, negated, hedged });
    }
    const had = recipientHas(tokens, i, last, clauseEnd, out[out.length - 1], subject.at, nameAt, names);
    if (had) out.push(had);
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
  out.push(...connectiveCauses(tokens, out, nameAt, isCausal));
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
    const before = predicates[j - 1];
    if (!p.passive && before && before.owned && before.subject && !isCausal(before.lemma)) p.cause = before.lemma;
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

/** A participle used as an adjective before a noun ("a nonvoting stake", "the acquired company"). */
function isParticipleModifier(tokens: readonly TaggedToken[], k: number): boolean {
  const t = tokens[k];
  if (t.pos !== "VERB" || !/(?:ing|ed)$/i.test(t.text)) return false;
  const next = tokens[k + 1]?.pos;
  const prev = tokens[k - 1]?.pos ?? "";
  // (a possessive pronoun's, "its acquired company"; a relative pronoun's is its verb: "which reported revenues")
  if (next === "NOUN" && /^(?:DET|NUM|SYM|ADJ|PRON)$/.test(prev) && !/^(?:which|who|that)$/i.test(tokens[k - 1].text)) return true;
  // after a preposition, an -ing word that is an adjective of its own ("for leading AI labs"),
  // unlike a gerund taking its object ("for buying shares"); a verb of change is a change either
  // way ("despite reducing reliance", "despite increasing reliance")
  return (next === "NOUN" || next === "PROPN") && (prev === "ADP" || prev === "SCONJ") && /ing$/i.test(t.text) && lemmaCandidates(t.text, "adj").includes(t.text.toLowerCase()) && !changeDirection(t.text);
}

/** Token indices where a clause starts. */
/** Words that open a sentence with a subordinate clause or phrase, however the tagger reads them ("After Meta took its stake, …"). */
const OPENING_SUBORDINATORS = /^(?:after|before|since|following|despite|while|although|though|because|if|when|unless|once|until)$/i;

function clauseStartsOf(tokens: readonly TaggedToken[], firstPos = tokens[0]?.pos): number[] {
  const starts = [0];
  // (a sentence opened by a participle or a subordinator has its main clause after the first comma
  // with a verb soon after: "Citing doubts that Meta's backing could offset …, one shareholder sold
  // its stake" — the doubt is not the selling's)
  let opener = (firstPos === "VERB" && /ing$/i.test(tokens[0].text)) || firstPos === "SCONJ" || OPENING_SUBORDINATORS.test(tokens[0]?.text ?? "");
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const w = t.text.toLowerCase();
    if (opener && t.text === "," && i > 1 && verbSoon(tokens, i + 1)) {
      starts.push(i + 1);
      opener = false;
    } else if (CLAUSE_PUNCT.test(t.text) || (CLAUSE_WORDS.has(w) && (t.pos === "SCONJ" || verbSoon(tokens, i + 1)))) starts.push(i + 1);
    // a quotation closed by a comma ends its clause: '"This is not a winding down," Droege wrote'
    // (its negation and its names are not the reporting verb's)
    else if (/^["“”]$/.test(t.text) && (tokens[i - 1]?.text === "," || tokens[i + 1]?.text === ",")) starts.push(i + 1);
    // "and"/"but" before a verb: a coordinated predicate; "but" before a subject and its verb: a
    // new clause ("It wasn't romantic, but Ben managed to …": the negation stays in the first)
    // (not before a gerund with "of", a noun joined to the subject: "Meta's investment and hiring of Wang will")
    else if ((t.pos === "CCONJ" || w === "and" || w === "but") && nextContent(tokens, i + 1)?.pos === "VERB" && !isGerundOf(tokens, i + 1)) starts.push(i + 1);
    // (as is "yet" after a comma, and a subject may be a long phrase: ", yet the startup's biggest customers already seemed")
    else if ((w === "but" || (w === "yet" && tokens[i - 1]?.text === ",")) && (verbSoon(tokens, i + 1) || verbBeforePunctuation(tokens, i + 1))) starts.push(i + 1);
    // (and "and" before a name and its verb, after a verb of its own clause: "Microsoft is considering
    // similar plans and OpenAI is said to have …"; not a subject's "Meta and Scale AI announced")
    else if (w === "and" && namedSubjectAt(tokens, i + 1) && tokens.slice(starts[starts.length - 1], i).some((x) => x.pos === "VERB")) starts.push(i + 1);
  }
  return [...new Set(starts)].sort((a, b) => a - b);
}

/** A name then its verb from `k` ("OpenAI is said"). */
function namedSubjectAt(tokens: readonly TaggedToken[], k: number): boolean {
  if (tokens[k]?.pos !== "PROPN") return false;
  while (tokens[k]?.pos === "PROPN") k++;
  return tokens[k]?.pos === "AUX" || tokens[k]?.pos === "VERB";
}

/** "was acquired by", "is valued": a form of "be" (or "get") right before a participle. */
/** "nor", "as", "so": with an auxiliary after them they echo the predicate before for another subject. */
const ECHO = /^(?:nor|neither|as|so)$/i;
/** The auxiliary of the echo ("nor did X", "as has Y"). */
const ECHO_AUXILIARY = /^(?:did|does|do|was|were|is|are|has|have|had|will|would|could|can)$/i;

/** The name of "…, nor did X" (or "as did X", "and so did X") right after the predicate ending at `last`. */
function echoedAgent(tokens: readonly TaggedToken[], last: number, nameAt: (t: TaggedToken) => NameMention | undefined): NameMention | undefined {
  for (let k = last + 1; k < tokens.length - 2; k++) {
    if (CLAUSE_PUNCT.test(tokens[k].text)) return undefined;
    if (!ECHO.test(tokens[k].text) || (tokens[k - 1]?.text !== "," && !/^and$/i.test(tokens[k - 1]?.text ?? ""))) continue;
    if (!ECHO_AUXILIARY.test(tokens[k + 1].text)) return undefined;
    return nameAt(tokens[k + 2]);
  }
  return undefined;
}

function isPassive(t: TaggedToken, tokens: readonly TaggedToken[], i: number): boolean {
  // (a participle: a regular ending, or an irregular form other than the base, "-s" and "-ing": "kept", "left")
  if (t.pos !== "VERB" || !(/(?:ed|en|wn|ld|ht|id|ade|won)$/i.test(t.text) || (!/(?:s|ing)$/i.test(t.text) && lexiconLemma(t.text, "verb") !== t.text.toLowerCase()))) return false;
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const p = tokens[k];
    if (p.pos === "AUX" && (p.lemma === "be" || p.lemma === "get")) return true;
    // ("would stay involved", "remains committed": a participle after a verb of staying is one after "be")
    if (p.pos === "VERB" && STAYING_VERBS.has(p.lemma) && tokens.slice(k + 1, i).every((x) => x.pos === "ADV")) return true;
    if (p.pos !== "ADV" && p.pos !== "PART") return false;
  }
  return false;
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

/** An auxiliary or an inflected verb (not an -ing form): a clause's own verb. */
const finiteAt = (t: TaggedToken | undefined): boolean => !!t && (t.pos === "AUX" || (t.pos === "VERB" && t.lemma !== t.text.toLowerCase() && !/ing$/i.test(t.text)));

/** The names after a predicate in its clause, with which of them qualify a noun ("a new AI team"), by index. */
const PERSON_OBJECTS = /^(?:him|her|them|me|us)$/i;

function namesAfter(tokens: readonly TaggedToken[], last: number, clauseEnd: number, nameAt: (t: TaggedToken) => NameMention | undefined, verbal = false): { names: NameMention[]; qualifiers: number[] } {
  const out: NameMention[] = [];
  const qualifiers = new Set<NameMention>();
  // (a relative clause set off by commas ends at its comma: "The deal, which valued Scale at $29
  // billion, marks a win for Meta" values Scale only)
  let relative = false;
  for (let k = last; k >= 1 && k >= last - 12 && tokens[k].text !== ","; k--)
    if (/^(?:which|who)$/i.test(tokens[k].text)) {
      relative = tokens[k - 1].text === ",";
      break;
    }
  for (let k = last + 1; k < clauseEnd; k++) {
    const t = tokens[k];
    if (relative && t.text === ",") break;
    // (past a person acted on, "from" names where they came from: "hired him away from Scale")
    if (verbal && /^from$/i.test(t.text) && (out.length > 0 || PERSON_OBJECTS.test(tokens[last + 1]?.text ?? ""))) break;
    const name = nameAt(t);
    if (name) {
      // (what it is compared with is no participant: "spent far less than Google with Scale")
      if (!out.includes(name) && !/^than$/i.test(tokens[k - 1]?.text ?? "")) out.push(name);
      while (nameAt(tokens[k + 1] ?? t) === name && k + 1 < clauseEnd) k++;
      const next = tokens[k + 1];
      // a name with a finite verb after it is the subject of a clause without its "that", not a
      // participant ("Scale determined OpenAI was not the best fit"; "help OpenAI train" keeps it)
      if (verbal && finiteAt(tokens[k + 1])) {
        out.splice(out.indexOf(name), 1);
        break;
      }
      if (next && next.pos === "NOUN" && /^\p{Ll}/u.test(next.text)) qualifiers.add(name);
      continue;
    }
    // (as is a common noun: "believes the welshman is to Real Madrid")
    if (verbal && t.pos === "NOUN" && finiteAt(tokens[k + 1])) break;
    // "after Meta's investment" places the fact in time: its names are not participants; a comma
    // before a new subject and its verb ends the phrase ("By acquiring 49% of Scale AI, Meta secures")
    // (an infinitive's "be" too: "leaving to be head of Meta's unit" leaves no Meta)
    if ((t.pos === "VERB" && !isParticipleModifier(tokens, k)) || (t.pos === "AUX" && /^to$/i.test(tokens[k - 1]?.text ?? "")) || TIME_WORDS.has(t.text.toLowerCase())) break;
    // (a spaced dash ends a headline before its publisher: "… Alexandr Wang - VnExpress International")
    if (/^[-–—|]$/.test(t.text) && t.start > (tokens[k - 1]?.end ?? t.start)) break;
    if (t.text === "," && verbSoon(tokens, k + 1)) break;
  }
  return { names: out, qualifiers: out.flatMap((n, k) => (qualifiers.has(n) ? [k] : [])) };
}
