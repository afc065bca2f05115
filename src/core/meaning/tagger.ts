// Part-of-speech tagging for the meaning layer: wink-nlp with its English "lite web" model, plus
// a few tested corrections for the errors that matter when finding a sentence's main verb and its
// subject and object in news prose (headline-style "X values Y", company names, money figures).
//
// The model (about 3.5 MB of JSON) is loaded on the first call, not at import, so the language
// server starts as fast as before. Results are memoised per sentence text in a bounded LRU, and
// kept across processes by the persistent cache (./saved, ../cache/analyses): TAGGER_VERSION names
// what the tokens depend on besides the code (a test checks it against the installed packages).
import type { ItsFunction, ItsHelpers, WinkMethods } from "wink-nlp";
import { savedTokens, saveTokens } from "./saved";
import { readCoreModel } from "./wink-model";
import { ACCUSING_VERBS, ASPECTUAL_VERBS, STAYING_VERBS } from "./curated";

export interface TaggedToken {
  text: string;
  /** UTF-16 offsets in the input: input.slice(start, end) === text. */
  start: number;
  end: number;
  /** Universal POS: NOUN VERB AUX PROPN ADJ ADV ADP DET PRON NUM PUNCT PART CCONJ SCONJ SYM X (and INTJ). */
  pos: string;
  /** Lower-case lemma. */
  lemma: string;
  /** wink's negation flag: the token is in the scope of a negation ("not", "no", "never"...). */
  negated: boolean;
}

/** The parts of wink's lexicon cache used here (internal to wink-nlp, captured at load). */
interface WinkCache {
  hasSamePOS(word: string, pos: string): boolean;
}
type Lemmatize = (value: string, pos: string, cache: WinkCache) => string;

interface Engine {
  nlp: WinkMethods;
  its: ItsHelpers;
  lemmatize: Lemmatize;
  cache: WinkCache | undefined;
}

/** The tagger's packages and the revision of its corrections: saved tokens of another are not reused. */
export const TAGGER_VERSION = "wink-nlp 2.4.0, wink-eng-lite-web-model 1.8.1, corrections 8";

let engine: Engine | undefined;
let engineFailed = false;

function loadEngine(): Engine | undefined {
  if (engine || engineFailed) return engine;
  try {
    // require, not import: the bundle evaluates the model only when a sentence is first tagged.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const winkNLP = require("wink-nlp") as typeof import("wink-nlp").default;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const model = require("wink-eng-lite-web-model") as Record<string, unknown> & { addons: Record<string, unknown> };
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const coreJson = require("wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json") as Parameters<typeof readCoreModel>[0];
    const lemmatize = model.addons.lemmatize as Lemmatize;
    const loaded: Engine = { nlp: undefined as unknown as WinkMethods, its: undefined as unknown as ItsHelpers, lemmatize, cache: undefined };
    // wink does not expose its lexicon; its lemmatizer add-on receives it, so a wrapping add-on
    // captures it. It tells whether a word can be a verb, which the corrections below need.
    const addons = {
      ...model.addons,
      lemmatize: (value: string, pos: string, cache: WinkCache) => {
        loaded.cache = cache;
        return lemmatize(value, pos, cache);
      },
    };
    // Named entities and sentiment are not used: leaving them out of the pipe halves the work.
    // (the core model prepared without wink's deep copy of its JSON: ./wink-model)
    loaded.nlp = winkNLP({ ...model, core: () => readCoreModel(coreJson), addons } as unknown as Parameters<typeof winkNLP>[0], ["sbd", "negation", "pos"]);
    loaded.its = loaded.nlp.its;
    loaded.nlp.readDoc("values").tokens().out(lemmaOf(loaded.its));
    engine = loaded;
  } catch {
    engineFailed = true;
  }
  return engine;
}

/** wink's typings declare its.lemma with a signature its own out() does not accept. */
const lemmaOf = (its: ItsHelpers): ItsFunction<string> => its.lemma as unknown as ItsFunction<string>;

/** Whether the model is loaded (or failed to load): a first tagging costs nothing more. */
export function taggerLoaded(): boolean {
  return engine !== undefined || engineFailed;
}

/** Milliseconds spent loading the model, or 0 if it was already loaded (for the benchmark). */
export function loadTagger(): number {
  const t0 = performance.now();
  if (engine) return 0;
  loadEngine();
  return performance.now() - t0;
}

// ---- memo ---------------------------------------------------------------------------------------

const MEMO_CAPACITY = 5000;
// Longer texts are not sentences; tagging them is allowed but not worth keeping.
const MEMO_MAX_CHARS = 4000;
const memo = new Map<string, readonly TaggedToken[]>();

/**
 * Tags one sentence (any string is accepted; several sentences are tagged in one sequence).
 * Never throws. The returned array and tokens are frozen: they are shared by later calls.
 */
export function tagSentence(text: string): TaggedToken[] {
  if (typeof text !== "string" || text.length === 0) return [];
  const hit = memo.get(text);
  if (hit) {
    memo.delete(text);
    memo.set(text, hit);
    return hit as TaggedToken[];
  }
  // a sentence tagged by an earlier process (the persistent cache, ./saved) needs no model
  let tokens = text.length <= MEMO_MAX_CHARS ? savedTokens(text) : undefined;
  if (!tokens) {
    try {
      tokens = tagUncached(text);
    } catch {
      tokens = fallbackTokens(text);
    }
    for (const t of tokens) Object.freeze(t);
    Object.freeze(tokens);
    // (not without the model: a fallback is no analysis to keep)
    if (text.length <= MEMO_MAX_CHARS && engine) saveTokens(text, tokens);
  }
  if (text.length <= MEMO_MAX_CHARS) {
    memo.set(text, tokens);
    if (memo.size > MEMO_CAPACITY) memo.delete(memo.keys().next().value as string);
  }
  return tokens;
}

/** Number of memoised sentences (for tests of the bound). */
export function taggerMemoSize(): number {
  return memo.size;
}

// ---- tagging ------------------------------------------------------------------------------------

/** Mutable working copy of a token while the corrections run. */
interface Work extends TaggedToken {
  lower: string;
}

function tagUncached(text: string): TaggedToken[] {
  const e = loadEngine();
  if (!e) return fallbackTokens(text);
  const doc = e.nlp.readDoc(text);
  const tokens = doc.tokens();
  const values = tokens.out(e.its.value) as string[];
  const spaces = tokens.out(e.its.precedingSpaces) as string[];
  const tags = tokens.out(e.its.pos) as string[];
  const lemmas = tokens.out(lemmaOf(e.its)) as string[];
  const negations = tokens.out(e.its.negationFlag) as boolean[];
  const work: Work[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    let start = cursor + (spaces[i]?.length ?? 0);
    // wink's tokens and spaces rebuild the input exactly; search only if a future version does not.
    if (text.startsWith(value, start) === false) {
      start = text.indexOf(value, cursor);
      if (start < 0 || value.length === 0) continue;
    }
    cursor = start + value.length;
    const pos = tags[i]!;
    if (pos === "SPACE") continue;
    work.push({ text: value, start, end: cursor, pos, lemma: (lemmas[i] ?? value).toLowerCase(), negated: negations[i] === true, lower: value.toLowerCase() });
  }
  correct(work, e);
  return work.map(({ text: t, start, end, pos, lemma, negated }) => ({ text: t, start, end, pos, lemma, negated }));
}

/** Without the model (it failed to load): words, numbers and symbols, all tagged X. */
function fallbackTokens(text: string): TaggedToken[] {
  const out: TaggedToken[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu)) {
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length, pos: "X", lemma: m[0].toLowerCase(), negated: false });
  }
  return out;
}

// ---- corrections --------------------------------------------------------------------------------

const MAGNITUDES = new Set(["thousand", "million", "billion", "trillion", "k", "m", "mn", "mln", "b", "bn", "bln", "t", "tn", "trn"]);
const POSSESSIVE_PRONOUNS = new Set(["its", "their", "his", "our", "my", "your"]);
const SUBJECT_PRONOUNS = new Set(["it", "he", "she", "they", "we", "i", "you", "this", "that", "which", "who"]);
// Verbs taking an object and a bare infinitive: "saw demand triple", "let Meta take".
const BARE_INFINITIVE_VERBS = new Set(["see", "watch", "hear", "make", "let", "help", "have", "feel"]);
const CURRENCY = /^(?:[A-Z]{1,3})?[$€£¥₹]$/;
// Verbs of beginning, going on and ending, that take a gerund: "stopped testing".
const ASPECTUAL = new Set(ASPECTUAL_VERBS);

function canBeVerb(word: string, e: Engine): string | undefined {
  const cache = e.cache;
  if (!cache || !/^[a-z]+$/.test(word)) return undefined;
  // The lemmatizer first: wink's lexicon marks some inflected forms ("values") as base forms.
  const lemma = e.lemmatize(word, "VERB", cache);
  if (lemma !== word && cache.hasSamePOS(lemma, "VERB")) return lemma;
  return cache.hasSamePOS(word, "VERB") ? word : undefined;
}

function nounLemma(word: string, e: Engine): string {
  return e.cache ? e.lemmatize(word, "NOUN", e.cache).toLowerCase() : word;
}

const isCapitalised = (s: string): boolean => /^\p{Lu}/u.test(s);
const isNominal = (t: Work | undefined): boolean => t !== undefined && (t.pos === "NOUN" || t.pos === "PROPN");
/** Tokens that can start an object noun phrase (or a figure) right after a transitive verb. */
const startsObject = (t: Work | undefined): boolean =>
  t !== undefined && (t.pos === "DET" || t.pos === "PROPN" || t.pos === "NUM" || (t.pos === "SYM" && CURRENCY.test(t.text)) || (t.pos === "PRON" && !SUBJECT_PRONOUNS.has(t.lower)));
const isPossessive = (t: Work | undefined): boolean =>
  t !== undefined && ((t.pos === "PART" && /^['’]s$/i.test(t.text)) || (t.pos === "PRON" && POSSESSIVE_PRONOUNS.has(t.lower)));

/** Applies each correction in turn; every rule is covered by a test in test/unit/tagger.test.ts. */
function correct(ts: Work[], e: Engine): void {
  // (most words capitalised: a headline, whose verbs are capitalised too)
  const words = ts.filter((t) => /^\p{L}/u.test(t.text));
  const titleCase = words.filter((t) => isCapitalised(t.text)).length * 2 > words.length;
  for (let i = 0; i < ts.length; i++) {
    const t = ts[i]!;
    const prev = ts[i - 1];
    const next = ts[i + 1];

    // Figures: the magnitude of "$14.3 billion", "$29bn", "$200M", "€5m" is part of the number,
    // and a currency written "US$" is a symbol like "$".
    // wink keeps a sentence's last period on an abbreviation-like token: "$200M." is "M.".
    const bare = t.lower.endsWith(".") ? t.lower.slice(0, -1) : t.lower;
    if (prev?.pos === "NUM" && MAGNITUDES.has(bare) && t.pos !== "NUM") {
      t.pos = "NUM";
      t.lemma = bare;
    } else if (CURRENCY.test(t.text) && t.pos !== "SYM" && next?.pos === "NUM") {
      t.pos = "SYM";
    }

    // A plural common noun capitalised at the start of a sentence is not a name: "Investors
    // value the company", "Analysts said". (Singular ones may be names: "Scale", "Apple".)
    if (t.pos === "PROPN" && next?.pos !== "PROPN" && /^\p{Lu}\p{Ll}+s$/u.test(t.text) && isSentenceStart(ts, i)) {
      const lemma = nounLemma(t.lower, e);
      if (lemma !== t.lower && e.cache?.hasSamePOS(lemma, "NOUN")) {
        t.pos = "NOUN";
        t.lemma = lemma;
      }
    }

    // Names: a capitalised common noun or adjective next to a proper noun, not first in the
    // sentence, belongs to the name ("Scale AI", "New York", "Google Cloud").
    if ((t.pos === "NOUN" || t.pos === "ADJ" || t.pos === "X") && isCapitalised(t.text)) {
      if (prev?.pos === "PROPN" || (next?.pos === "PROPN" && !isSentenceStart(ts, i))) t.pos = "PROPN";
    }
    // A capitalised verb inside a sentence that is not written in title case is a name ("to
    // Anthropic, Cohere and Adept"); in a headline ("Google Cuts Ties With Scale AI") it is a verb.
    if (t.pos === "VERB" && isCapitalised(t.text) && !isSentenceStart(ts, i) && !titleCase) {
      t.pos = "PROPN";
      t.lemma = t.lower;
    }
  }
  // A second pass sees the names fixed above ("Scale AI plans an offering": AI is now PROPN).
  for (let i = 0; i < ts.length; i++) {
    const t = ts[i]!;
    const prev = ts[i - 1];
    const next = ts[i + 1];

    // "Microsoft's already come out", "Microsoft's confirmed it": after a name, "'s" before an adverb
    // and a verb, or before a participle taking no noun, is "has" or "is" (the name is the subject),
    // not a possessive ("Meta's acquired company", "Meta's decision")
    if (t.pos === "PART" && /^['’]s$/.test(t.text) && prev?.pos === "PROPN") {
      let j = i + 1;
      while (ts[j]?.pos === "ADV" && j < i + 3) j++;
      const verb = ts[j];
      // (a participle before a noun qualifies it, past an adverb too: "Meta's newly acquired company")
      const qualifies = verb !== undefined && /(?:ed|en)$/.test(verb.lower) && /^(?:NOUN|ADJ|PROPN)$/.test(ts[j + 1]?.pos ?? "");
      const participle = verb !== undefined && /(?:ed|en)$/.test(verb.lower) && !qualifies && canBeVerb(verb.lower, e) !== undefined;
      if (verb && !qualifies && ((j > i + 1 && verb.pos === "VERB") || participle)) {
        t.pos = "AUX";
        t.lemma = /ing$/.test(verb.lower) ? "be" : "have";
        verb.pos = "VERB";
        continue;
      }
    }

    // A participle after an adverb of degree, before its noun, is an adjective: "more specialized
    // data", "highly skilled workers" (no act of specializing or skilling)
    // (or after a preposition or an article: "in completed deals", "the signed contracts")
    if (t.pos === "VERB" && /(?:ed|en)$/.test(t.lower) && (DEGREE_ADVERBS.has(prev?.lower ?? "") || (prev?.pos === "ADP" && prev.lower !== "to") || /^(?:a|an|the)$/.test(prev?.lower ?? "")) && next?.pos === "NOUN") {
      t.pos = "ADJ";
      continue;
    }

    // The -ing form after "accused NAME of" is the act the one accused did, a verb, though wink reads
    // a noun or an adjective before the noun it takes: "accused OpenAI of offering signing bonuses"
    if (t.pos !== "VERB" && /ing$/.test(t.lower) && prev?.lower === "of" && ts[i - 2]?.pos === "PROPN") {
      let j = i - 2;
      while (j > 0 && ts[j - 1]!.pos === "PROPN") j--;
      const lemma = ts[j - 1]?.pos === "VERB" && ACCUSING_VERBS.has(ts[j - 1]!.lemma) ? canBeVerb(t.lower, e) : undefined;
      if (lemma) {
        t.pos = "VERB";
        t.lemma = lemma;
        if (next && /ing$/.test(next.lower) && ts[i + 2]?.pos === "NOUN") next.pos = "ADJ";
        continue;
      }
    }

    // An -ing form between an article's (or a possessor's) adjectives and its noun is an adjective:
    // "the single largest paying customer", "its fastest growing unit" (no act of paying or growing)
    if (t.pos === "VERB" && /ing$/.test(t.lower) && prev?.pos === "ADJ" && next?.pos === "NOUN") {
      let j = i - 1;
      while (j > 0 && ts[j]!.pos === "ADJ") j--;
      if (ts[j]?.pos === "DET" || isPossessive(ts[j])) {
        t.pos = "ADJ";
        continue;
      }
    }

    // A participle after a verb of staying, past an adverb, is that verb's complement as after "be",
    // a verb, though wink reads it as an adjective past the adverb: "would remain closely involved"
    if (t.pos === "ADJ" && /(?:ed|en)$/.test(t.lower) && canBeVerb(t.lower, e) !== undefined && prev?.pos === "ADV" && ts[i - 2]?.pos === "VERB" && STAYING_VERBS.has(ts[i - 2].lemma)) {
      t.pos = "VERB";
      continue;
    }

    // Headline verbs tagged as nouns: "Meta's investment values Scale AI at $29 billion",
    // "Google plans to cut ties", "The deal marks a turning point". A noun (or adjective) after a
    // subject and before an object is the verb when it is a known verb form: an -s form, or a
    // base form after a plural or pronoun subject ("investors value the company").
    if ((t.pos === "NOUN" || t.pos === "ADJ") && nounPhraseIsSubject(ts, i)) {
      const subject = isNominal(prev) || (prev?.pos === "PRON" && SUBJECT_PRONOUNS.has(prev.lower));
      const sForm = /[^s]s$/.test(t.lower);
      const baseAfterPlural = !sForm && (prev?.pos === "PRON" || /s$/.test(prev?.lower ?? ""));
      // In a headline with no verb at all, a bare plural object also follows: "OpenAI cuts ties".
      const followsAsVerb =
        startsObject(next) ||
        // (a verb of motion after a name, its particle or preposition after it: "Wang moves over to lead", "Wang moves to Meta")
        (sForm && prev?.pos === "PROPN" && next?.pos === "ADP" && MOTION_PARTICLES.has(next.lower) && (ts[i + 2]?.pos === "PROPN" || ts[i + 2]?.lower === "to")) ||
        (sForm && next?.lower === "to" && ts[i + 2]?.pos === "VERB") ||
        (sForm && next?.pos === "NOUN" && !ts.some((u) => u.pos === "VERB" || u.pos === "AUX"));
      // "OpenAI poached Meta employees": a past form right after a name or pronoun subject and
      // before its object is the verb (wink reads "poached" as in "poached eggs"); after a
      // common noun it may qualify the next one ("the company's poached engineers")
      const pastAfterName = t.pos === "ADJ" && /ed$/.test(t.lower) && (prev?.pos === "PROPN" || prev?.pos === "PRON") && startsObject(next);
      const lemma = subject && (((sForm || baseAfterPlural) && followsAsVerb) || pastAfterName) ? canBeVerb(t.lower, e) : undefined;
      if (lemma && (!pastAfterName || lemma !== t.lower)) {
        t.pos = "VERB";
        t.lemma = lemma;
        if (next?.lower === "to") next.pos = "PART";
        continue;
      }
    }

    // "the deal amounts to a pivot": "amounts to" after a subject and before a determiner is the verb
    // (wink reads a noun), and a base form after an article, before a preposition or the end, a noun
    if (t.pos === "NOUN" && /^amount(?:s|ed)$/.test(t.lower) && isNominal(prev) && next?.lower === "to" && ts[i + 2]?.pos === "DET") {
      t.pos = "VERB";
      t.lemma = "amount";
      continue;
    }
    if (t.pos === "VERB" && /^(?:a|an|the)$/.test(prev?.lower ?? "") && !/(?:ed|ing)$/.test(t.lower) && (!next || next.pos === "ADP" || next.pos === "PUNCT")) {
      t.pos = "NOUN";
      t.lemma = nounLemma(t.lower, e);
      continue;
    }

    // "have stopped testing alternatives", "began phasing out": an -ing word right after a verb of
    // beginning, going on or ending is its gerund complement, a verb (wink may tag it a noun).
    if (t.pos === "NOUN" && /ing$/.test(t.lower) && prev?.pos === "VERB" && ASPECTUAL.has(prev.lemma)) {
      const lemma = canBeVerb(t.lower, e);
      if (lemma) {
        t.pos = "VERB";
        t.lemma = lemma;
        continue;
      }
    }

    // "did not want to 'ice the ecosystem'": after a verb and "to", a noun that can be a verb and
    // is followed by an object is an infinitive; "to" is then its marker, not a preposition.
    if (t.lower === "to" && prev?.pos === "VERB") {
      let j = i + 1;
      while (ts[j]?.pos === "PUNCT" && /^["“'‘]$/.test(ts[j]!.text)) j++;
      const verb = ts[j];
      const lemma = verb && verb.pos === "NOUN" && startsObject(ts[j + 1]) ? canBeVerb(verb.lower, e) : undefined;
      if (verb && lemma === verb.lower) {
        t.pos = "PART";
        verb.pos = "VERB";
        verb.lemma = lemma;
      }
    }

    // "would no longer be model agnostic": a base form right after "be" and before a noun or an
    // adjective is no verb (a passive has a participle: "be cut back"), but a noun that qualifies
    if (t.pos === "VERB" && prev?.lower === "be" && t.lemma === t.lower && !/(?:ed|en|ing)$/.test(t.lower) && (next?.pos === "NOUN" || next?.pos === "ADJ")) {
      t.pos = "NOUN";
      continue;
    }

    // "has no stake", "had 500 staff", "has its own board": wink tags every "have" AUX; before a
    // noun phrase rather than a verb it is the verb itself.
    if (t.pos === "AUX" && t.lemma === "have" && (next?.pos === "DET" || next?.pos === "NUM" || next?.pos === "NOUN" || next?.pos === "PROPN" || (next?.pos === "PRON" && POSSESSIVE_PRONOUNS.has(next.lower)))) t.pos = "VERB";
    else if (t.pos === "AUX" && t.lemma === "have") {
      // "will have voting power", "will have full control", "has full voting power": adjectives
      // and an -ing form right after "have" and before a noun qualify the noun (a perfect
      // progressive needs "been"), and "have" is the verb.
      let j = i + 1;
      while (ts[j]?.pos === "ADJ") j++;
      const ing = ts[j]?.pos === "VERB" && /ing$/.test(ts[j]!.lower) ? ts[j] : undefined;
      if (ing) j++;
      if ((j > i + 1) && ts[j]?.pos === "NOUN") {
        t.pos = "VERB";
        if (ing) {
          ing.pos = "ADJ";
          ing.lemma = ing.lower;
        }
      }
    }

    // "has poached the startup's chief executive": after the perfect's "have" (past adverbs and
    // "not"), a participle wink read as an adjective is the verb (an adjective there would need a
    // noun after it, and "have" was then made the verb above).
    if (t.pos === "ADJ" && /(?:ed|en|wn|ne)$/.test(t.lower)) {
      let j = i - 1;
      while (ts[j]?.pos === "ADV" || ts[j]?.pos === "PART") j--;
      const lemma = ts[j]?.pos === "AUX" && ts[j]!.lemma === "have" ? canBeVerb(t.lower, e) : undefined;
      if (lemma && lemma !== t.lower) {
        t.pos = "VERB";
        t.lemma = lemma;
        continue;
      }
    }

    // "will stop being one of its customers": after a modal (past "not", "also"), a noun or
    // adjective that is a verb's base form is that verb.
    if ((t.pos === "NOUN" || t.pos === "ADJ") && afterModal(ts, i) && canBeVerb(t.lower, e) === t.lower) {
      t.pos = "VERB";
      t.lemma = t.lower;
    }

    // "to" before a figure is a preposition: "doubled to $29bn", "rose to 49%".
    if (t.lower === "to" && t.pos === "PART" && (next?.pos === "NUM" || (next?.pos === "SYM" && CURRENCY.test(next.text)))) t.pos = "ADP";

    // "saw demand triple overnight": a bare infinitive after a perception/causative verb's object.
    if ((t.pos === "ADJ" || t.pos === "NOUN") && isNominal(prev) && ts[i - 2]?.pos === "VERB" && BARE_INFINITIVE_VERBS.has(ts[i - 2]!.lemma)) {
      const lemma = canBeVerb(t.lower, e);
      if (lemma === t.lower) {
        t.pos = "VERB";
        t.lemma = lemma;
      }
    }

    // "by offering signing bonuses", "after paying its staff": an -ing word right after a
    // preposition of means or time, before its object, is a gerund (wink may read it as a noun);
    // an -ing word between that gerund and a noun qualifies the noun ("signing bonuses": the rule
    // after this one, at the next word)
    if (t.pos === "NOUN" && /ing$/.test(t.lower) && prev?.pos === "ADP" && GERUND_PREPOSITIONS.has(prev.lower) && (startsObject(next) || next?.pos === "ADJ" || next?.pos === "NOUN" || (next?.pos === "VERB" && /ing$/.test(next.lower)))) {
      const lemma = canBeVerb(t.lower, e);
      if (lemma && lemma !== t.lower) {
        t.pos = "VERB";
        t.lemma = lemma;
        continue;
      }
    }

    if (t.pos === "VERB" && /ing$/.test(t.lower) && prev?.pos === "VERB" && /ing$/.test(prev.lower) && GERUND_PREPOSITIONS.has(ts[i - 2]?.lower ?? "") && next?.pos === "NOUN") {
      t.pos = "ADJ";
      t.lemma = t.lower;
    }

    // A participle closing a hyphenated compound before a noun is an adjective: "self-made
    // billionaire", "human-reviewed datasets" (not the sentence's verb).
    if (t.pos === "VERB" && /(?:ed|en|de|wn|ng)$/.test(t.lower) && prev?.text === "-" && prev.end === t.start && ts[i - 2]?.end === prev.start && (next?.pos === "NOUN" || next?.pos === "PROPN")) {
      t.pos = "ADJ";
      t.lemma = t.lower;
    }

    // "anyone's guess", "its report": after a possessive, a verb is a noun (not an -ing form:
    // "Meta's taking" has "'s" as "is", which wink tags AUX, but "its funding" is a noun anyway).
    // (an -ing form after a possessive or a determiner, past its adjectives, with no object of its
    // own is a noun too, its participles adjectives: "add to its holding", "their remaining holding in
    // Scale", "Meta's 49% holding,"; "their hiring of Wang" keeps its "of" for the event reading)
    if (t.pos === "VERB" && /ing$/.test(t.lower) && (!next || next.pos === "PUNCT" || (next.pos === "ADP" && next.lower !== "of"))) {
      let j = i - 1;
      while (j > 0 && (ts[j]!.pos === "ADJ" || ts[j]!.pos === "NUM" || ts[j]!.pos === "SYM" || (ts[j]!.pos === "VERB" && /(?:ing|ed)$/.test(ts[j]!.lower))) && i - j < 4) j--;
      if (isPossessive(ts[j]) || ts[j]?.pos === "DET") {
        t.pos = "NOUN";
        t.lemma = nounLemma(t.lower, e);
        for (let k = j + 1; k < i; k++) if (ts[k]!.pos === "VERB") ts[k]!.pos = "ADJ";
      }
    }
    if (t.pos === "VERB" && isPossessive(prev) && !/ing$/.test(t.lower)) {
      // A participle there describes the noun that follows: "Scale's continued independence".
      if (/ed$/.test(t.lower) && (next?.pos === "NOUN" || next?.pos === "ADJ")) t.pos = "ADJ";
      else {
        t.pos = "NOUN";
        t.lemma = nounLemma(t.lower, e);
      }
    }
  }
}

/** Particles and prepositions of direction after a verb of motion: "moves over to", "heads to Meta". */
const MOTION_PARTICLES = new Set(["to", "into", "over", "out", "back", "away", "toward", "towards"]);

/** Prepositions that take a gerund with its object: "by offering bonuses", "after signing the deal". */
const GERUND_PREPOSITIONS = new Set(["by", "after", "before", "without", "upon", "through", "since"]);

const MODALS = new Set(["will", "would", "can", "could", "may", "might", "shall", "should", "must"]);

/** Right after a modal auxiliary, past adverbs and "not". */
/** Adverbs of degree, which make a participle after them an adjective before a noun. */
const DEGREE_ADVERBS = new Set(["more", "less", "most", "least", "very", "highly", "increasingly", "heavily", "well", "poorly", "better", "best"]);

function afterModal(ts: Work[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && (ts[j]!.pos === "ADV" || ts[j]!.pos === "PART")) j--;
  return j >= 0 && ts[j]!.pos === "AUX" && MODALS.has(ts[j]!.lower);
}

function isSentenceStart(ts: Work[], i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const p = ts[j]!;
    if (p.pos === "PUNCT" && /^["“'‘(\[]$/.test(p.text)) continue;
    return p.pos === "PUNCT" && /[.!?]$/.test(p.text);
  }
  return true;
}

/**
 * The noun phrase ending just before i opens its clause: nothing before it but punctuation, a
 * subordinating word or a reporting verb ("Droege said the deal values..."), so it can be a
 * subject. After a verb or preposition it is an object ("reassessing their data sources to...").
 */
function nounPhraseIsSubject(ts: Work[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && isInNounPhrase(ts[j]!)) j--;
  if (j === i - 1) return false;
  const before = ts[j];
  if (!before) return true;
  if (before.pos === "PUNCT") return true;
  if (before.pos === "SCONJ" || ["that", "which", "who", "while", "as", "when"].includes(before.lower)) return true;
  return before.pos === "VERB" && REPORTING_VERBS.has(before.lemma);
}

const REPORTING_VERBS = new Set(["say", "tell", "write", "add", "note", "argue", "claim", "believe", "think", "report", "explain", "state"]);

function isInNounPhrase(t: Work): boolean {
  switch (t.pos) {
    case "NOUN":
    case "PROPN":
    case "ADJ":
    case "DET":
    case "NUM":
    case "SYM":
      return true;
    case "PART":
      return /^['’]s$/i.test(t.text);
    case "PRON":
      return POSSESSIVE_PRONOUNS.has(t.lower) || SUBJECT_PRONOUNS.has(t.lower);
    case "PUNCT":
      return t.text === "-";
    default:
      return false;
  }
}
