// Lexical relations between predicates, from the compact WordNet 3.1 table built by
// scripts/build-lexicon.mjs (npm run lexicon) plus the curated entries of curated.ts.
// "same" is deliberately narrow: a predicate wrongly judged the same lets a wrong claim pass as
// supported, the worst error Groundwork can make. So synonymy and derivation are read only between
// the first (most frequent) senses WordNet lists for each word.
import { CURATED_DERIVATIONS, CURATED_ENTAILMENTS, CURATED_EQUIVALENTS, CURATED_OPPOSITES, CURATED_PHRASES, adjectiveHead, negatedByNon, sizeSynonym } from "./curated";

export type PartOfSpeech = "verb" | "noun" | "adj";
export type PredicateRelation = "same" | "opposite" | "unrelated";

/** lexicon-data.json: every table a sorted list of [key, value] pairs, read straight into Maps. */
interface LexiconData {
  verbs: [string, number[]][];
  nouns: [string, number[]][];
  adjectives: string[];
  antonyms: [string, string][];
  /** Adjective antonyms, direct and through a similar head adjective (huge ~ large ! small). */
  adjectiveAntonyms: [string, string][];
  antonymSynsets: [number, number][];
  /** [a specific sense, the antonym of its hypernym] ("reduce" under "decrease", against "increase"). */
  inheritedAntonymSynsets: [number, number][];
  /** [verb, +1 or -1]: the direction of a change of magnitude ("double" +1, "drop" -1). */
  changeDirections: [string, number][];
  /** [event noun, [verb, ids of the verb synsets it derives from][]] */
  derivedFrom: [string, [string, number[]][]][];
  exceptions: Record<PartOfSpeech, [string, string][]>;
}

interface Phrase {
  lemma: string;
  /** Words after the first: literal words, or "*" for a gap of up to GAP_WORDS words. */
  rest: string[];
  /** A verb and a particle that is also a preposition ("carry on", "go on"): the phrase only with no object after it. */
  intransitive?: true;
}

/** What may follow an intransitive verb-and-particle phrase: an adjunct, not an object ("carried on after the deal", "carried on uninterrupted"). */
const AFTER_INTRANSITIVE = /^(?:after|since|until|till|despite|as|while|when|because|regardless|unabated|uninterrupted|normally|[.,;:!?]|\w+ly)$/i;

const GAP_WORDS = 3;
// A gap never spans these: past them the words belong to another clause or phrase.
const GAP_STOPS = new Set([".", ",", ";", ":", "!", "?", "and", "but", "or", "that", "which", "who", "because"]);
const OBJECT_PRONOUNS = new Set(["it", "them", "this", "that", "him", "her", "us", "me", "these", "those"]);
const PREPOSITIONS = new Set([
  "to", "on", "in", "at", "for", "of", "as", "after", "into", "with", "from", "about", "by", "upon", "against",
  "onto", "across", "like", "than", "within", "without", "under", "between", "among", "toward", "towards",
]);
const PARTICLES = new Set(["up", "down", "out", "off", "over", "in", "on", "away", "back", "through"]);

/**
 * The lookup tables, each built on its first use (measured in bench/lexicon.ts and bench/startup.ts):
 * the JSON is read when a lexicon function is first called, not at import, and a function that needs
 * only the verbs does not pay for the derivations or the phrases.
 */
class Tables {
  #raw: LexiconData | undefined;
  #verbs: Map<string, readonly number[]> | undefined;
  #nouns: Map<string, readonly number[]> | undefined;
  #adjectives: Set<string> | undefined;
  #exceptions: Partial<Record<PartOfSpeech, Map<string, string>>> = {};
  #derivedFrom: Map<string, Map<string, readonly number[]>> | undefined;
  #nounsOf: Map<string, string[]> | undefined;
  #antonyms: Map<string, Set<string>> | undefined;
  #antonymSynsets: Map<number, Set<number>> | undefined;
  #adjectiveAntonyms: Set<string> | undefined;
  #inheritedAntonyms: Map<number, Set<number>> | undefined;
  #canonical: Map<string, string> | undefined;
  #phrases: Map<string, Phrase[]> | undefined;
  #verbsByFirstSense: Map<number, string[]> | undefined;

  get raw(): LexiconData {
    // Read on first use, not at import: the bundles keep the table beside them (see esbuild.mjs).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return (this.#raw ??= require("./lexicon-data.json") as LexiconData);
  }

  get verbs(): Map<string, readonly number[]> {
    return (this.#verbs ??= new Map(this.raw.verbs));
  }

  get nouns(): Map<string, readonly number[]> {
    return (this.#nouns ??= new Map(this.raw.nouns));
  }

  get adjectives(): Set<string> {
    return (this.#adjectives ??= new Set(this.raw.adjectives));
  }

  exceptions(pos: PartOfSpeech): Map<string, string> {
    return (this.#exceptions[pos] ??= new Map(this.raw.exceptions[pos]));
  }

  /** Event noun -> verb -> the verb synsets it derives from (WordNet and curated). */
  get derivedFrom(): Map<string, Map<string, readonly number[]>> {
    if (this.#derivedFrom) return this.#derivedFrom;
    const derivedFrom = new Map<string, Map<string, readonly number[]>>();
    for (const [noun, byVerb] of this.raw.derivedFrom) derivedFrom.set(noun, new Map(byVerb));
    for (const [noun, verb] of CURATED_DERIVATIONS) {
      // A curated derivation is to the verb's first, most frequent sense ("sell": exchange for money),
      // and comes first: it is the link WordNet missed (valuation -> value before valuate).
      const first = this.verbs.get(verb)?.[0];
      if (first === undefined) continue;
      derivedFrom.set(noun, new Map([[verb, [first]], ...(derivedFrom.get(noun) ?? [])]));
    }
    return (this.#derivedFrom = derivedFrom);
  }

  /** Verb -> the event nouns derived from it. */
  get nounsOf(): Map<string, string[]> {
    if (this.#nounsOf) return this.#nounsOf;
    const nounsOf = new Map<string, string[]>();
    for (const [noun, byVerb] of this.derivedFrom) {
      for (const verb of byVerb.keys()) nounsOf.set(verb, [...(nounsOf.get(verb) ?? []), noun]);
    }
    return (this.#nounsOf = nounsOf);
  }

  get antonyms(): Map<string, Set<string>> {
    if (this.#antonyms) return this.#antonyms;
    const antonyms = new Map<string, Set<string>>();
    const addAntonym = (a: string, b: string) => {
      antonyms.set(a, (antonyms.get(a) ?? new Set()).add(b));
      antonyms.set(b, (antonyms.get(b) ?? new Set()).add(a));
    };
    for (const [a, b] of this.raw.antonyms) addAntonym(a, b);
    for (const [a, b] of CURATED_OPPOSITES) addAntonym(a, b);
    return (this.#antonyms = antonyms);
  }

  /** Specific sense -> the antonyms of its hypernym. */
  get inheritedAntonyms(): Map<number, Set<number>> {
    if (this.#inheritedAntonyms) return this.#inheritedAntonyms;
    const map = new Map<number, Set<number>>();
    for (const [a, b] of this.raw.inheritedAntonymSynsets) map.set(a, (map.get(a) ?? new Set()).add(b));
    return (this.#inheritedAntonyms = map);
  }

  /** "a\tb" for each adjective antonym pair, both orders. */
  get adjectiveAntonyms(): Set<string> {
    if (this.#adjectiveAntonyms) return this.#adjectiveAntonyms;
    const pairs = new Set<string>();
    for (const [a, b] of this.raw.adjectiveAntonyms) pairs.add(`${a}\t${b}`).add(`${b}\t${a}`);
    return (this.#adjectiveAntonyms = pairs);
  }

  get antonymSynsets(): Map<number, Set<number>> {
    if (this.#antonymSynsets) return this.#antonymSynsets;
    const antonymSynsets = new Map<number, Set<number>>();
    for (const [a, b] of this.raw.antonymSynsets) {
      antonymSynsets.set(a, (antonymSynsets.get(a) ?? new Set()).add(b));
      antonymSynsets.set(b, (antonymSynsets.get(b) ?? new Set()).add(a));
    }
    return (this.#antonymSynsets = antonymSynsets);
  }

  /** Synset id -> the verbs whose first (dominant) sense it is, in table order. */
  get verbsByFirstSense(): Map<number, string[]> {
    if (this.#verbsByFirstSense) return this.#verbsByFirstSense;
    const byFirst = new Map<number, string[]>();
    for (const [lemma, synsets] of this.verbs) {
      if (synsets.length === 0) continue;
      const list = byFirst.get(synsets[0]);
      if (!list) byFirst.set(synsets[0], [lemma]);
      else list.push(lemma);
    }
    return (this.#verbsByFirstSense = byFirst);
  }

  /** Curated phrase -> the first predicate of its equivalence group. */
  get canonical(): Map<string, string> {
    if (this.#canonical) return this.#canonical;
    const canonical = new Map<string, string>();
    for (const group of CURATED_EQUIVALENTS) for (const p of group) canonical.set(p, group[0]);
    return (this.#canonical = canonical);
  }

  /** First word (base form) -> multi-word predicates starting with it. */
  get phrases(): Map<string, Phrase[]> {
    if (this.#phrases) return this.#phrases;
    const phrases = new Map<string, Phrase[]>();
    const addPhrase = (lemma: string, pattern: string, intransitive = false) => {
      const [first, ...rest] = pattern.split(" ");
      phrases.set(first, [...(phrases.get(first) ?? []), { lemma, rest, ...(intransitive ? { intransitive: true as const } : {}) }]);
    };
    for (const [lemma] of this.raw.verbs) {
      if (!lemma.includes(" ")) continue;
      // "go to", "be on", "come after": a verb and a preposition read as an idiom would swallow the
      // predicate of "is going to invest" or "was on the board"; the verb alone serves those. But
      // one particle with no object after it is the idiom: "their work carried on after the deal".
      const rest = lemma.split(" ").slice(1);
      if (!rest.every((w) => PREPOSITIONS.has(w))) addPhrase(lemma, lemma);
      else if (rest.length === 1 && PARTICLES.has(rest[0]) && lemma.split(" ")[0] !== "be") addPhrase(lemma, lemma, true);
    }
    for (const { lemma, pattern } of CURATED_PHRASES) addPhrase(lemma, pattern);
    return (this.#phrases = phrases);
  }
}

const tables = new Tables();

function load(): Tables {
  return tables;
}

const MEMO_LIMIT = 50_000;

/** Caches a pure function of a string; the analysis asks about the same few hundred words again and again. */
function memo<T>(fn: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined && !cache.has(key)) {
      if (cache.size >= MEMO_LIMIT) cache.clear();
      value = fn(key);
      cache.set(key, value);
    }
    return value as T;
  };
}

// WordNet's morphy suffix rules, in its order.
const SUFFIX_RULES: Record<PartOfSpeech, readonly [string, string][]> = {
  noun: [["s", ""], ["ses", "s"], ["xes", "x"], ["zes", "z"], ["ches", "ch"], ["shes", "sh"], ["men", "man"], ["ies", "y"]],
  verb: [["s", ""], ["ies", "y"], ["es", "e"], ["es", ""], ["ed", "e"], ["ed", ""], ["ing", "e"], ["ing", ""]],
  adj: [["er", ""], ["est", ""], ["er", "e"], ["est", "e"]],
};

function isLemma(word: string, pos: PartOfSpeech): boolean {
  const t = load();
  if (pos === "verb") return t.verbs.has(word);
  if (pos === "noun") return t.nouns.has(word) || t.derivedFrom.has(word);
  return t.adjectives.has(word);
}

/**
 * Every base form WordNet's morphy finds for `word` as `pos`, best first: the exception list
 * ("took" -> take); for verbs then the word itself if it is a lemma, then the suffix rules; for
 * nouns and adjectives the suffix rules first ("sales" -> sale, "higher" -> high), then the word.
 */
export function lemmaCandidates(word: string, pos: PartOfSpeech): string[] {
  return [...candidatesByPos[pos](word.toLowerCase().replace(/_/g, " "))];
}

const candidatesByPos: Record<PartOfSpeech, (word: string) => readonly string[]> = {
  verb: memo((w) => findCandidates(w, "verb")),
  noun: memo((w) => findCandidates(w, "noun")),
  adj: memo((w) => findCandidates(w, "adj")),
};

function findCandidates(w: string, pos: PartOfSpeech): string[] {
  const found: string[] = [];
  const add = (l: string) => {
    if (!found.includes(l) && isLemma(l, pos)) found.push(l);
  };
  const exception = load().exceptions(pos).get(w);
  if (exception) add(exception);
  const byRule = () => {
    for (const [suffix, ending] of SUFFIX_RULES[pos]) {
      if (w.endsWith(suffix) && w.length > suffix.length + 1) add(w.slice(0, w.length - suffix.length) + ending);
    }
  };
  if (pos !== "verb") {
    byRule();
    add(w);
  } else {
    add(w);
    byRule();
  }
  return found;
}

/**
 * The base form of `word` (lower case). Without `pos`, a verb reading is preferred, then noun,
 * then adjective; a word WordNet does not know comes back lower-cased, unchanged.
 */
export function lemma(word: string, pos?: PartOfSpeech): string {
  const w = word.toLowerCase().replace(/_/g, " ");
  for (const p of pos ? [pos] : (["verb", "noun", "adj"] as const)) {
    const first = candidatesByPos[p](w)[0];
    if (first) return first;
  }
  return word.toLowerCase();
}

export function isVerb(lemmaText: string): boolean {
  return load().verbs.has(normalise(lemmaText));
}

/** True for nouns the table carries: event nouns derived from verbs and the common nouns of WordNet's tagged corpus. */
export function isNoun(lemmaText: string): boolean {
  return isLemma(normalise(lemmaText), "noun");
}

/**
 * The verbs an event noun names (valuation -> value, purchase -> purchase, buy): the verbs it is
 * derived from, then their synonyms in that same frequent sense.
 */
export function verbsOf(nounLemma: string): string[] {
  const t = load();
  const byVerb = t.derivedFrom.get(normalise(nounLemma));
  if (!byVerb) return [];
  const verbs = [...byVerb.keys()];
  // Synonyms only where the shared sense is their dominant one (purchase -> buy, not departure -> start).
  for (const synsets of byVerb.values()) {
    for (const id of synsets) {
      // The verbs that keep this sense first (every verb keeping it among its senses, filtered on
      // that, gave the same list in the same order, at the cost of indexing all 24,000 lemmas).
      for (const m of t.verbsByFirstSense.get(id) ?? []) if (!verbs.includes(m)) verbs.push(m);
    }
  }
  return verbs;
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/_/g, " ").trim().replace(/\s+/g, " ");
}

/** The lemma of a predicate given as a lemma or inflected ("winding down" -> "wind down", "bought" -> "buy"). */
const predicateLemma = memo(findPredicateLemma);
function findPredicateLemma(text: string): string {
  const t = load();
  const p = normalise(text);
  if (t.verbs.has(p) || t.nouns.has(p) || t.derivedFrom.has(p) || t.canonical.has(p)) return p;
  const words = p.split(" ");
  if (words.length > 1) {
    const found = phrasalPredicateAt(words, 0);
    return found && found.length === words.length ? found.lemma : p;
  }
  return lemma(p);
}

/** A predicate's kept senses: its first verb and noun synsets, plus the verb senses an event noun derives from. */
const senses: (p: string) => ReadonlySet<number> = memo(findSenses);
function findSenses(p: string): Set<number> {
  const t = load();
  const ids = new Set<number>([...(t.verbs.get(p) ?? []), ...(t.nouns.get(p) ?? [])]);
  for (const synsets of t.derivedFrom.get(p)?.values() ?? []) for (const id of synsets) ids.add(id);
  return ids;
}

/**
 * A predicate's dominant senses: its first verb and noun synsets, and for an event noun the first
 * sense of each verb it derives from, when that is the sense it derives from.
 */
const dominantSenses: (p: string) => ReadonlySet<number> = memo(findDominantSenses);
function findDominantSenses(p: string): Set<number> {
  const t = load();
  const ids = new Set<number>();
  for (const first of [t.verbs.get(p)?.[0], t.nouns.get(p)?.[0]]) if (first !== undefined) ids.add(first);
  for (const [verb, synsets] of t.derivedFrom.get(p) ?? []) {
    const first = t.verbs.get(verb)?.[0];
    if (first !== undefined && synsets.includes(first)) ids.add(first);
  }
  return ids;
}

/**
 * One step from a predicate for word-level antonyms: itself and its derivations. Not its synonyms:
 * a word-level antonym belongs to one sense, and "refuse" -> "decline" -> ! "improve" would cross
 * senses. Synonyms reach an antonym through the synset-level pairs instead (purchase is in buy's synset).
 */
const neighbours: (p: string) => ReadonlySet<string> = memo(findNeighbours);
function findNeighbours(p: string): Set<string> {
  const t = load();
  const out = new Set<string>([p]);
  for (const v of t.derivedFrom.get(p)?.keys() ?? []) out.add(v);
  for (const n of t.nounsOf.get(p) ?? []) out.add(n);
  return out;
}

/**
 * Same meaning: a direct derivation (invest/investment), or a sense both keep among their first ones
 * that is the dominant sense of at least one of them (buy/purchase; "make" and "do" share only
 * secondary senses, so they are not the same).
 */
function sameMeaning(a: string, b: string): boolean {
  const t = load();
  if (t.derivedFrom.get(a)?.has(b) || t.derivedFrom.get(b)?.has(a)) return true;
  const sa = senses(a);
  const da = dominantSenses(a);
  const db = dominantSenses(b);
  for (const id of senses(b)) if (sa.has(id) && (da.has(id) || db.has(id))) return true;
  return false;
}

function opposed(a: string, b: string): boolean {
  const t = load();
  const sb = senses(b);
  for (const id of senses(a)) {
    for (const other of t.antonymSynsets.get(id) ?? []) if (sb.has(other)) return true;
  }
  // (a specific verb against its general verb's antonym, for its dominant sense only)
  const sa = senses(a);
  for (const id of dominantSenses(a)) for (const other of t.inheritedAntonyms.get(id) ?? []) if (sb.has(other)) return true;
  for (const id of dominantSenses(b)) for (const other of t.inheritedAntonyms.get(id) ?? []) if (sa.has(other)) return true;
  const nb = neighbours(b);
  for (const x of neighbours(a)) {
    for (const y of t.antonyms.get(x) ?? []) if (nb.has(y)) return true;
  }
  return false;
}

/** One table of the lexicon as stored, for modules that index it their own way (./change.ts). */
export function lexiconTable<K extends keyof LexiconData>(key: K): LexiconData[K] {
  return load().raw[key];
}

/** Two adjectives of opposite meaning ("large"/"small", "huge"/"small"), by their base forms. */
export function opposedAdjectives(a: string, b: string): boolean {
  const [la, lb] = [lemma(a, "adj"), lemma(b, "adj")];
  // (sizes through their curated synonyms: "biggest" against "smallest" is big = large ! small)
  return negatedByNon(la, lb) || [[la, lb], [sizeSynonym(la), sizeSynonym(lb)], [adjectiveHead(la), adjectiveHead(lb)], [adjectiveHead(a.toLowerCase()), adjectiveHead(b.toLowerCase())], [a.toLowerCase(), b.toLowerCase()]].some(([x, y]) => load().adjectiveAntonyms.has(`${x}\t${y}`));
}

/**
 * Predicates opposite to `p` that a source may use instead of it, to look for them: its antonyms
 * and curated opposites, and the verbs whose dominant sense is opposite to one of its senses
 * ("reduce" and "cut" for "increase"). At most `max`, antonyms first.
 */
export function oppositesOf(p: string, max = 40): string[] {
  const t = load();
  const lemmaOfP = predicateLemma(p);
  const out: string[] = [];
  const add = (x: string) => {
    if (out.length < max && x !== lemmaOfP && !out.includes(x)) out.push(x);
  };
  for (const x of neighbours(t.canonical.get(lemmaOfP) ?? lemmaOfP)) for (const y of t.antonyms.get(x) ?? []) add(y);
  for (const id of senses(lemmaOfP)) for (const other of t.antonymSynsets.get(id) ?? []) for (const v of t.verbsByFirstSense.get(other) ?? []) add(v);
  for (const id of dominantSenses(lemmaOfP)) for (const other of t.inheritedAntonyms.get(id) ?? []) for (const v of t.verbsByFirstSense.get(other) ?? []) add(v);
  return out;
}

/**
 * How two predicates (verbs, event nouns or multi-word verbs written with spaces) relate:
 * "same" for the same lemma, a derivation (invest/investment), a shared frequent sense that is the
 * dominant sense of one of the two (buy/purchase) or such a synonym of a derivation (purchase/buy);
 * "opposite" for an antonym (buy/sell) or a curated opposite, also through one step on either side:
 * a synonym in the antonym's synset or a derivation (purchase/sell, sale/buy, expansion/contraction).
 * A pair that WordNet both relates and opposes counts as opposite: it may not pass as supported.
 */
// (a -> b -> relation: asked for every fact of every candidate, so no key string is built per call)
const RELATION_MEMO = new Map<string, Map<string, PredicateRelation>>();
const RELATION_MEMO_MAX = 100_000;
let relationMemoSize = 0;

/** Whether act `a` entails act `b` (or a synonym of each): "exceed" entails "meet". */
export function entails(a: string, b: string): boolean {
  return CURATED_ENTAILMENTS.some(([x, y]) => relatePredicates(a, x) === "same" && relatePredicates(b, y) === "same");
}

export function relatePredicates(a: string, b: string): PredicateRelation {
  let ofA = RELATION_MEMO.get(a);
  let relation = ofA?.get(b);
  if (relation === undefined) {
    if (relationMemoSize >= RELATION_MEMO_MAX) {
      RELATION_MEMO.clear();
      relationMemoSize = 0;
      ofA = undefined;
    }
    if (!ofA) RELATION_MEMO.set(a, (ofA = new Map()));
    ofA.set(b, (relation = relateUncached(a, b)));
    relationMemoSize++;
  }
  return relation;
}

function relateUncached(a: string, b: string): PredicateRelation {
  const t = load();
  const pa = predicateLemma(a);
  const pb = predicateLemma(b);
  if (pa === pb) return "same";
  const ca = t.canonical.get(pa) ?? pa;
  const cb = t.canonical.get(pb) ?? pb;
  if (opposed(pa, pb) || opposed(ca, cb)) return "opposite";
  // (a curated equivalent adds a meaning to a word, it keeps WordNet's: get = receive and get = acquire)
  if (ca === cb || sameMeaning(ca, cb) || sameMeaning(pa, pb)) return "same";
  if (curatedOppositeOfSame(ca, cb)) return "opposite";
  return "unrelated";
}

/** Whether a and b mean the two sides of a curated opposite: "leave" vs "remain" through stay/leave (remain = stay). */
function curatedOppositeOfSame(a: string, b: string): boolean {
  const t = load();
  const same = (x: string, y: string) => {
    const cy = t.canonical.get(y) ?? y;
    return x === cy || sameMeaning(x, cy);
  };
  for (const [x, y] of CURATED_OPPOSITES) if ((same(a, x) && same(b, y)) || (same(a, y) && same(b, x))) return true;
  return false;
}

function matchesWord(word: string, expected: string): boolean {
  const w = word.toLowerCase();
  return w === expected || candidatesByPos.noun(w).includes(expected);
}

/** A pattern's "$": a sum of money ("$14.3 billion", tokens "$", "14.3", "B"). */
const MONEY = "$";
const SCALE_WORDS = /^(?:thousand|million|billion|trillion|[kmb]n?)$/i;

/** How many words the sum of money at words[at] takes, or 0. */
function moneyLength(words: readonly string[], at: number): number {
  const first = words[at] ?? "";
  if (!/^[$€£]/.test(first)) return 0;
  let k = at + 1;
  if (first.length === 1) {
    if (!/^\d[\d.,]*$/.test(words[k] ?? "")) return 0;
    k++;
  } else if (!/^[$€£]\d[\d.,]*[kmb]?n?$/i.test(first)) return 0;
  while (k < words.length && k < at + 4 && SCALE_WORDS.test(words[k])) k++;
  return k - at;
}

/** Matches rest[r..] against words from `at`; returns how many words it used, or -1. */
function matchRest(words: readonly string[], at: number, rest: readonly string[], r = 0): number {
  if (r >= rest.length) return 0;
  const head = rest[r];
  if (head === "*") {
    for (let gap = 0; gap <= GAP_WORDS && at + gap <= words.length; gap++) {
      if (gap > 0 && GAP_STOPS.has(words[at + gap - 1].toLowerCase())) break;
      const used = matchRest(words, at + gap, rest, r + 1);
      if (used >= 0) return gap + used;
    }
    return -1;
  }
  if (head === MONEY) {
    const length = moneyLength(words, at);
    const used = length ? matchRest(words, at + length, rest, r + 1) : -1;
    return used < 0 ? -1 : used + length;
  }
  if (at >= words.length || !matchesWord(words[at], head)) return -1;
  const used = matchRest(words, at + 1, rest, r + 1);
  return used < 0 ? -1 : used + 1;
}

/** A word that opens an object: a determiner, a possessive, a figure. */
const OBJECT_AFTER_IT = /^(?:a|an|the|its|their|his|her|our|\$|\d)/i;

/**
 * The multi-word predicate starting at words[i], longest first: WordNet's multi-word verbs (but not
 * a verb with prepositions only, such as "go to") and the curated phrases, with the first word inflected ("winding down", "gave up", "cutting ties",
 * "taking a 49% stake"), and a pronoun object inside a verb-particle pair ("gave it up").
 */
export function phrasalPredicateAt(words: readonly string[], i: number): { lemma: string; length: number } | undefined {
  if (i < 0 || i >= words.length) return undefined;
  const t = load();
  const first = words[i].toLowerCase();
  let best: { lemma: string; length: number } | undefined;
  // (the word's base forms, then the word itself unless it is one of them)
  const bases = candidatesByPos.verb(first);
  for (let b = 0; b <= bases.length; b++) {
    const base = b < bases.length ? bases[b] : first;
    if (b === bases.length && bases.includes(first)) break;
    for (const phrase of t.phrases.get(base) ?? []) {
      let used = matchRest(words, i + 1, phrase.rest);
      if (used >= 0 && phrase.intransitive && i + 1 + used < words.length && !AFTER_INTRANSITIVE.test(words[i + 1 + used])) continue;
      // (an idiom ending in "it", "buy it" for dying, not before an object: "buys it a 49% stake")
      if (used >= 0 && phrase.rest[phrase.rest.length - 1] === "it" && OBJECT_AFTER_IT.test(words[i + 1 + used] ?? "")) continue;
      const separable = phrase.rest.length === 1 && PARTICLES.has(phrase.rest[0]);
      if (used < 0 && separable && i + 2 < words.length && OBJECT_PRONOUNS.has(words[i + 1].toLowerCase())) {
        used = matchRest(words, i + 2, phrase.rest) < 0 ? -1 : 2;
      }
      if (used >= 0 && (!best || used + 1 > best.length)) best = { lemma: phrase.lemma, length: used + 1 };
    }
  }
  return best;
}

/** The base forms WordNet's morphy finds for `word` as a verb (memoised, not copied: do not change). */
export function verbBases(word: string): readonly string[] {
  return candidatesByPos.verb(word);
}
