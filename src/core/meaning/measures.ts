// What a figure measures and when: "$14.3 billion investment" is a payment, "values Scale AI at
// $29 billion" a valuation, "$870 million in sales" revenue; "$14 billion before the deal" holds
// before an event. Figures of different measures, or one before an event and one not, are
// never compared.
import { tagSentence, type TaggedToken } from "./tagger";
import { lemma as lexiconLemma, phrasalPredicateAt } from "./lexicon";
import { cueAt } from "./cues";
import { savedFrame } from "./saved";

/**
 * Measure families: words (lemmas) naming the same measure of money or people. WordNet has no
 * such grouping (it puts "value" and "price" in one sense but "investment" elsewhere), so it is
 * curated; every word is covered by test/unit/measures.test.ts.
 */
export const MEASURE_FAMILIES: Readonly<Record<string, readonly string[]>> = {
  valuation: ["value", "valuation", "worth", "valued", "market cap", "capitalization", "capitalisation"],
  payment: ["invest", "investment", "pay", "payment", "spend", "spending", "outlay", "expenditure", "pour", "price", "cost", "buy", "purchase", "acquire", "acquisition", "funding", "fund", "raise", "round", "inject", "commit", "commitment"],
  revenue: ["revenue", "sale", "sales", "earn", "earnings", "income", "turnover", "generate", "bring in"],
  profit: ["profit", "net income"],
  loss: ["loss", "lose"],
  headcount: ["employee", "employ", "staff", "worker", "workforce", "headcount", "contractor", "people", "hire"],
  stake: ["stake", "share", "holding", "interest", "ownership"],
  contract: ["contract", "order", "backlog"],
};

/** How each family is named in a message ("$14.3 billion is the investment"). */
export const MEASURE_NAMES: Readonly<Record<string, string>> = {
  valuation: "valuation",
  payment: "investment",
  revenue: "revenue",
  profit: "profit",
  loss: "loss",
  headcount: "headcount",
  stake: "stake",
  contract: "contract value",
};

/** The families a figure of each kind can measure: a percentage is a stake, not a payment ("buy 35% of X"). */
export const FAMILIES_OF_KIND: Readonly<Record<string, readonly string[]>> = {
  money: ["valuation", "payment", "revenue", "profit", "loss", "contract"],
  count: ["headcount", "contract"],
  percent: ["stake"],
};

const FAMILY_OF = new Map<string, string>();
for (const [family, words] of Object.entries(MEASURE_FAMILIES)) for (const w of words) FAMILY_OF.set(w, family);

/** Words that place a figure before an event ("$14 billion before the deal", "up from $14 billion"). */
// ("going in": what it was worth going into the deal)
const BEFORE_CUES = ["before", "beforehand", "prior to", "ahead of", "previously", "previous", "earlier", "up from", "pre-deal", "formerly", "former", "going in", "going into"];

/** Verbs of planning, whose time an adverb of "before" may tell: "had previously planned to". */
const PLANNING = /^(?:planned|intended|expected|agreed|hoped|aimed|committed|pledged|promised)$/i;

export interface FigureFrame {
  /** The measure family, when a word near the figure names one. */
  measure?: string;
  /** The figure holds before an event the sentence names. */
  before: boolean;
}

export function measureFamily(word: string): string | undefined {
  const w = word.toLowerCase();
  return FAMILY_OF.get(w) ?? FAMILY_OF.get(lexiconLemma(w, "noun")) ?? FAMILY_OF.get(lexiconLemma(w, "verb"));
}

/** Words skipped between a figure and the noun it qualifies ("$14.3 billion cash investment"). */
const MODIFIER = new Set(["ADJ", "NOUN", "PROPN", "PUNCT"]);

/**
 * The frame of the figure at [start, end) of a sentence. `figures` are the offsets of all the
 * sentence's figures: a cue or a measure word beyond another figure belongs to that one.
 */
export function figureFrame(text: string, kind: string, start: number, end: number, figures: readonly { start: number; end: number }[]): FigureFrame {
  // (a pure function of its arguments: kept across processes by the analyses cache, ./saved)
  return savedFrame(text, kind, start, end, figures, () => frameUncached(text, kind, start, end, figures));
}

function frameUncached(text: string, kind: string, start: number, end: number, figures: readonly { start: number; end: number }[]): FigureFrame {
  const tokens = tagSentence(text);
  const allowed = FAMILIES_OF_KIND[kind] ?? [];
  const familyOf = (word: string) => {
    const family = measureFamily(word);
    return family && allowed.includes(family) ? family : undefined;
  };
  const after = tokens.findIndex((t) => t.start >= end);
  let before = -1;
  for (let k = 0; k < tokens.length; k++) if (tokens[k].end <= start) before = k;
  const figureAt = (t: TaggedToken) => figures.some((f) => (f.start !== start || f.end !== end) && t.start >= f.start && t.end <= f.end);
  // "for $2.4 billion": the price of what the clause buys or sells
  const price = kind === "money" && tokens[before]?.text.toLowerCase() === "for" ? "payment" : undefined;
  const measure = measureAfter(tokens, after, figureAt, familyOf) ?? gappedMeasure(text, kind, tokens, before, figures) ?? price ?? relativeMeasure(tokens, after, familyOf) ?? measureBefore(tokens, before, figureAt, familyOf);
  // what a stake is worth is what was paid for it, not the company's valuation ("Meta's stake in
  // Scale AI is worth $14.3 billion")
  const ofStake = measure === "valuation" && kind === "money" && stakeIsSubject(tokens, before);
  return { measure: ofStake ? "payment" : measure, before: cueNear(tokens, before, after, figureAt) };
}

/**
 * The measure of a figure in the second half of a gapped coordination, after "and" and the
 * preposition the first figure has: "valued at $14 billion before Meta's investment and at $29
 * billion after it" (a valuation, not the investment named between).
 */
function gappedMeasure(text: string, kind: string, tokens: readonly TaggedToken[], before: number, figures: readonly { start: number; end: number }[]): string | undefined {
  const preposition = tokens[before];
  if (!preposition || preposition.pos !== "ADP" || !/^and$/i.test(tokens[before - 1]?.text ?? "")) return undefined;
  const first = figures.filter((f) => f.end <= tokens[before - 1].start).pop();
  const ahead = first && tokens.filter((t) => t.end <= first.start).pop();
  if (!first || !ahead || ahead.text.toLowerCase() !== preposition.text.toLowerCase()) return undefined;
  return frameUncached(text, kind, first.start, first.end, figures).measure;
}

/** Nouns for a part of a company's shares. */
const STAKE_NOUNS = new Set(["stake", "holding", "shareholding"]);

/**
 * The subject of the valuation word before the figure is a stake: walking back from the figure
 * past the valuation word, auxiliaries, adverbs and a prepositional phrase of names ("in Scale
 * AI"), the first noun is "stake" (not past a comma or another clause).
 */
function stakeIsSubject(tokens: readonly TaggedToken[], from: number): boolean {
  for (let k = from; k >= 0 && k > from - 10; k--) {
    const t = tokens[k];
    if (t.pos === "NOUN") {
      if (STAKE_NOUNS.has(t.lemma || t.text.toLowerCase())) return true;
      // (the valuation noun itself may come first: "a valuation of")
      if (measureFamily(t.text) === "valuation") continue;
      return false;
    }
    if (t.pos === "PUNCT" || t.pos === "SCONJ" || t.pos === "CCONJ" || t.pos === "PRON") return false;
  }
  return false;
}

/** A noun right after the figure ("$14.3 billion investment"), or after "in"/"of" ("$870 million in sales"). */
function measureAfter(tokens: readonly TaggedToken[], from: number, figureAt: (t: TaggedToken) => boolean, familyOf: (word: string) => string | undefined): string | undefined {
  if (from < 0) return undefined;
  for (let k = from; k < tokens.length && k < from + 4; k++) {
    const t = tokens[k];
    if (figureAt(t) || /^[,;:.]$/.test(t.text)) return undefined;
    const family = t.pos === "NOUN" || t.pos === "VERB" ? familyOf(t.text) : undefined;
    if (family) return family;
    // (a deal the figure qualifies is its price, "a $14.3 billion deal"; "the deal" elsewhere is an event)
    if (k === from && /^deals?$/i.test(t.text)) return familyOf("payment");
    const w = t.text.toLowerCase();
    if (k === from && (w === "in" || w === "of" || w === "worth")) continue;
    // (a passive's auxiliary before its participle: "$870 million was paid by Google")
    if (k === from && t.pos === "AUX" && t.lemma === "be" && tokens[k + 1]?.pos === "VERB") continue;
    if (t.pos === "NOUN" && k > from) return undefined;
    if (!MODIFIER.has(t.pos) && t.pos !== "DET") return undefined;
  }
  return undefined;
}

/** The verb of a relative clause the figure heads, with its subject named: "the $14 billion Scale was valued at", "the $200 million it spent". */
function relativeMeasure(tokens: readonly TaggedToken[], from: number, familyOf: (word: string) => string | undefined): string | undefined {
  let k = from;
  if (k < 0) return undefined;
  if (tokens[k]?.pos === "DET" && tokens[k + 1]?.pos === "NOUN") k += 2;
  else if (tokens[k]?.pos === "PRON") k++;
  else while (tokens[k]?.pos === "PROPN" && k < from + 3) k++;
  if (k === from) return undefined;
  while (tokens[k]?.pos === "AUX" || tokens[k]?.pos === "ADV") k++;
  return tokens[k]?.pos === "VERB" ? familyOf(tokens[k].text) : undefined;
}

/** The nearest measure word before the figure in its clause ("valued at", "valuation of", "invested"). */
function measureBefore(tokens: readonly TaggedToken[], from: number, figureAt: (t: TaggedToken) => boolean, familyOf: (word: string) => string | undefined): string | undefined {
  const words = tokens.map((t) => t.text);
  let limit = from - 8;
  for (let k = from; k >= 0 && k > limit; k--) {
    const t = tokens[k];
    // (past the first end of a change: "doubled Scale's valuation, from $14 billion to $29 billion")
    // (or past the first end's own time: "from $14 billion before the transaction to $29 billion")
    if (figureAt(t) && tokens.slice(k + 1, from + 1).some((x) => /^to$/i.test(x.text))) {
      let j = k;
      while (j > 0 && figureAt(tokens[j - 1])) j--;
      // (its measure may stand between: "from a valuation of $14 billion to $29 billion")
      if (changeFrom(tokens, j - 1, figureAt) >= 0) {
        k = j;
        limit = Math.min(limit, j - 8);
        continue;
      }
    }
    if (figureAt(t) || /^[;:()—–]$/.test(t.text)) return undefined;
    // (the value of a deal is its price: "put the value of Meta's deal for its stake at $14.8 billion")
    if (t.pos === "NOUN" && DEAL_NOUNS.has(t.text.toLowerCase()) && valueOf(tokens, k)) return familyOf("payment");
    // ("worth" is an adjective: "Scale AI is worth $29 billion")
    if (t.pos === "NOUN" || t.pos === "VERB" || (t.pos === "ADJ" && t.text.toLowerCase() === "worth")) {
      // (what is worth it is the measure: "a contract worth $40 million" is a contract's value)
      const worthOf = t.text.toLowerCase() === "worth" && tokens[k - 1]?.pos === "NOUN" ? familyOf(tokens[k - 1].text) : undefined;
      if (worthOf) return worthOf;
      // (a multi-word predicate names its own measure: "dropped $14.3B on" spends, "bring in $40 million")
      const phrase = t.pos === "VERB" ? phrasalPredicateAt(words, k) : undefined;
      const family = (phrase && familyOf(phrase.lemma)) || familyOf(t.text);
      if (family) return family;
    }
  }
  return undefined;
}

/** Where "from" opens a change right before a figure, past its measure's noun phrase ("from a
 * valuation of"): its index, or -1. */
function changeFrom(tokens: readonly TaggedToken[], before: number, figureAt: (t: TaggedToken) => boolean): number {
  for (let k = before; k >= 0 && k > before - 5; k--) {
    if (/^from$/i.test(tokens[k].text)) return k;
    if (figureAt(tokens[k]) || /^(?:VERB|AUX|PUNCT|PRON|PROPN)$/.test(tokens[k].pos) || /^[,;:.]$/.test(tokens[k].text)) return -1;
  }
  return -1;
}

/** Nouns for an agreement whose value is what is paid under it. */
const DEAL_NOUNS = new Set(["deal", "transaction", "agreement"]);

/** The noun at `k` is what "the value of" or "the size of" measures (past its possessor). */
function valueOf(tokens: readonly TaggedToken[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && j > k - 5 && /^(?:DET|PROPN|PART|ADJ)$/.test(tokens[j].pos)) j--;
  return /^of$/i.test(tokens[j]?.text ?? "") && /^(?:value|size|worth)$/i.test(tokens[j - 1]?.text ?? "");
}

function cueNear(tokens: readonly TaggedToken[], before: number, after: number, figureAt: (t: TaggedToken) => boolean): boolean {
  // (the tagger keeps a sentence's full stop on an abbreviation it knows: "going in." as "in." for inches)
  const words = tokens.map((t) => (t.end === tokens[tokens.length - 1].end ? t.text.replace(/\.$/, "") : t.text));
  const isCue = (k: number) => cueAt(BEFORE_CUES, words, k) !== undefined;
  // the first end of a change, "from $14 billion to $29 billion", "from a valuation of about $14
  // billion to $29 billion": the value before it
  if (changeFrom(tokens, before, figureAt) >= 0 && /^to$/i.test(words[after] ?? "") && tokens[after + 1] && figureAt(tokens[after + 1])) return true;
  // (or its second: "rose to $29 billion from $14 billion")
  if (/^from$/i.test(words[before] ?? "")) {
    let k = before - 1;
    while (k >= 0 && k > before - 5 && figureAt(tokens[k])) k--;
    if (k < before - 1 && /^to$/i.test(words[k] ?? "")) return true;
  }
  // right after the figure ("$14 billion before the deal"), or at the end of a relative clause
  // that the figure heads, with or without its pronoun ("the $14 billion it was worth beforehand",
  // "the $14 billion at which the startup was valued before the transaction")
  // (its subject a pronoun or a noun with its article: "the $14 billion the startup was worth beforehand")
  // (or a name: "the $29 billion Scale was valued at before the deal")
  let subjectNoun = after >= 0 && tokens[after].pos === "DET" && tokens[after + 1]?.pos === "NOUN" ? 1 : 0;
  if (after >= 0 && tokens[after].pos === "PROPN") while (subjectNoun < 3 && tokens[after + subjectNoun + 1]?.pos === "PROPN") subjectNoun++;
  const reducedRelative = after >= 0 && (tokens[after].pos === "PRON" || tokens[after].pos === "PROPN" || subjectNoun > 0) && /^(?:AUX|VERB)$/.test(tokens[after + 1 + subjectNoun]?.pos ?? "");
  const relative = after >= 0 && (/^(?:which|that)$/i.test(words[after]) || (tokens[after].pos === "ADP" && /^which$/i.test(words[after + 1] ?? "")));
  if (after >= 0) for (let k = after; k < tokens.length && k < after + (relative ? 10 : reducedRelative ? 6 + subjectNoun : 3); k++) {
    if (figureAt(tokens[k]) || /^[,;:.]$/.test(tokens[k].text)) break;
    if (isCue(k)) return true;
  }
  // a past perfect of being right before the figure places it before the time told ("Scale had been
  // worth $14 billion", "had been valued at")
  for (let k = before; k >= 0 && k > before - 4; k--) {
    if (figureAt(tokens[k]) || /^[,;:.]$/.test(tokens[k].text)) break;
    if (/^had$/i.test(tokens[k].text) && /^been$/i.test(tokens[k + 1]?.text ?? "")) return true;
  }
  // (the second end of a change is the value after it, whatever the first's cue: "from a $14 billion
  // valuation beforehand to $29 billion")
  if (/^to$/i.test(words[before] ?? "")) for (let k = before - 1; k >= 0 && k > before - 8; k--) {
    if (/^[,;:.]$/.test(words[k])) break;
    if (/^from$/i.test(words[k]) && tokens.slice(k + 1, before).some(figureAt)) return false;
  }
  // before it in its clause, with no other figure between ("Prior to the transaction, Scale was valued at $14 billion"; "up from $14 billion")
  // (a cue right after another figure is that one's: "from $14 billion before the transaction to $29 billion")
  for (let k = before; k >= 0; k--) {
    if (figureAt(tokens[k]) || /^[;:()—–]$/.test(tokens[k].text)) return false;
    // (a plan made earlier is not a value before an event: "had previously planned to spend $200 million this year")
    if (isCue(k) && PLANNING.test(words[k + 1] ?? "")) continue;
    if (isCue(k)) return !(k > 0 && figureAt(tokens[k - 1]));
  }
  return false;
}
