// What follows a predicate in its clause: the noun it acts on, the adjectives it says of it, the
// noun or adjective a copula says its subject is, the expletive "there", a gerund with "of", and
// what a verb of change changes. Read from the tagger's tokens by ./facts.ts for each predicate
// it finds.
import type { TaggedToken } from "./tagger";
import { isVerb, lemma as lexiconLemma } from "./lexicon";
import { sizeSynonym } from "./curated";

/** A gerund heading a noun phrase with "of" ("hiring of Wang"), not a verb after an auxiliary ("is hiring of all people"). */
export function isGerundOf(tokens: readonly TaggedToken[], k: number): boolean {
  const t = tokens[k];
  return t?.pos === "VERB" && /ing$/i.test(t.text) && tokens[k + 1]?.text.toLowerCase() === "of" && tokens[k - 1]?.pos !== "AUX";
}

/** "there" right before the copula, past auxiliaries and adverbs ("there will not be"). */
export function isExpletiveThere(tokens: readonly TaggedToken[], i: number, clauseStart: number): boolean {
  let k = i - 1;
  while (k >= clauseStart && (tokens[k].pos === "AUX" || tokens[k].pos === "ADV" || tokens[k].pos === "PART")) {
    if (/^there$/i.test(tokens[k].text)) return true;
    k--;
  }
  return k >= clauseStart && /^there$/i.test(tokens[k].text);
}

/**
 * The noun a copula says its subject is ("one of Scale AI's biggest customers", "not a pivot"): the
 * last of the first run of nouns after it, past determiners, figures, adjectives, adverbs, names
 * and "of"; none when a verb comes first ("is expected to", "was acquired").
 */
export function copulaComplement(tokens: readonly TaggedToken[], i: number, clauseEnd: number): number | undefined {
  for (let k = i + 1; k < clauseEnd && k <= i + 8; k++) {
    const t = tokens[k];
    if (t.pos === "NOUN") {
      // (a possessor is not the head: "the world's youngest billionaire" is a billionaire)
      if (/^['’]s?$/.test(tokens[k + 1]?.text ?? "") && tokens[k + 1].pos === "PART") {
        k++;
        continue;
      }
      // (through hyphens: "a data-labeling startup" is a startup)
      let head = k;
      for (let j = k + 1; j < clauseEnd; j++) {
        const u = tokens[j];
        if (u.pos === "NOUN") head = j;
        else if (!(u.text === "-" || (tokens[j - 1].text === "-" && (u.pos === "VERB" || u.pos === "ADJ")))) break;
      }
      return head;
    }
    // (and possessive pronouns: "is no longer one of its vendors")
    const passes = t.pos === "DET" || t.pos === "NUM" || t.pos === "ADJ" || t.pos === "ADV" || t.pos === "PART" || t.pos === "PROPN" || (t.pos === "ADP" && /^(?:of|among)$/i.test(t.text)) || (t.pos === "PRON" && /^(?:its|their|his|her|our)$/i.test(t.text));
    if (!passes) return undefined;
  }
  return undefined;
}

/**
 * The adjective a copula says its subject is ("neutrality is no longer optional"), past adverbs and
 * negators; none before a noun (the noun is the complement), nor in "able to", "likely that".
 */
export function copulaAdjective(tokens: readonly TaggedToken[], i: number, clauseEnd: number): number | undefined {
  for (let k = i + 1; k < clauseEnd && k <= i + 4; k++) {
    const t = tokens[k];
    if (t.pos === "ADJ") {
      // (a participle is the passive of its verb: "were married")
      if (/(?:ed|en)$/i.test(t.text) && isVerb(lexiconLemma(t.text, "verb"))) return undefined;
      const next = tokens[k + 1];
      if (next && (next.pos === "NOUN" || next.pos === "PROPN" || next.pos === "ADJ" || next.pos === "SCONJ" || /^(?:to|that|of)$/i.test(next.text))) return undefined;
      return k;
    }
    // ("were either empty or showing …": the first of two alternatives)
    if (t.pos !== "ADV" && t.pos !== "PART" && !/^(?:no|either)$/i.test(t.text)) return undefined;
  }
  return undefined;
}

/**
 * The adjectives that follow the predicate up to its first noun, past one preposition: what it says
 * of its object ("accounted for a small fraction") or its subject ("remains strong").
 */
export function adjectivesAfter(tokens: readonly TaggedToken[], last: number, clauseEnd: number): { word: string; start: number; end: number }[] {
  const out: { word: string; start: number; end: number }[] = [];
  let k = last + 1;
  if (tokens[k]?.pos === "ADP") k++;
  for (; k < clauseEnd && k <= last + 6; k++) {
    const t = tokens[k];
    // (and a participle or a "non" word the tagger reads as a noun or verb before the noun: "a 49% voting stake", "nonvoting")
    if (t.pos === "ADJ" || ((t.pos === "NOUN" || t.pos === "VERB") && /^non-?\p{Ll}|\p{Ll}ing$/u.test(t.text) && tokens[k + 1]?.pos === "NOUN")) out.push({ word: t.text.toLowerCase(), start: t.start, end: t.end });
    else if (t.pos !== "DET" && t.pos !== "ADV" && t.pos !== "NUM" && t.pos !== "SYM") break;
  }
  return out;
}

/** The first noun phrase's head after the predicate (past determiners, figures and adjectives), as a lemma: the last noun of a compound ("voting power", "data needs"), past a possessor. */
export function objectOf(tokens: readonly TaggedToken[], last: number, clauseEnd: number): string | undefined {
  for (let k = last + 1; k < clauseEnd && k <= last + 6; k++) {
    let t = tokens[k];
    if (t.pos === "NOUN") {
      while (k + 1 < clauseEnd && tokens[k + 1].pos === "NOUN") t = tokens[++k];
      // a possessor is not the head: "the startup's customers" are customers (and "other customers'
      // confidential information" is information)
      if (k + 2 < clauseEnd && (tokens[k + 1].pos === "PART" || /s$/i.test(t.text)) && /^['’]s?$/i.test(tokens[k + 1].text)) {
        const head = objectOf(tokens, k + 1, clauseEnd);
        if (head) return head;
      }
      return t.lemma || lexiconLemma(t.text, "noun");
    }
    const participle = t.pos === "VERB" && /(?:ing|ed)$/i.test(t.text) && tokens[k + 1]?.pos === "NOUN";
    // (past an adverb set off by commas, "remains, unequivocally, an independent company", and the
    // "of" of "one of several vendors")
    if (t.text === "," && tokens[k + 1]?.pos === "ADV" && tokens[k + 2]?.text === ",") {
      k += 2;
      continue;
    }
    if (/^of$/i.test(t.text) && /^one$/i.test(tokens[k - 1]?.text ?? "")) continue;
    if (t.pos !== "DET" && t.pos !== "NUM" && t.pos !== "SYM" && t.pos !== "ADJ" && t.pos !== "PRON" && t.pos !== "PART" && !participle) return undefined;
  }
  return undefined;
}

/** What a verb of change changes when it has an object: its head past possessors, names included ("doubles Scale AI's value", "cut its spending"). */
export function changedObject(tokens: readonly TaggedToken[], last: number, clauseEnd: number): string | undefined {
  let figure = false;
  for (let k = last + 1; k < clauseEnd && k <= last + 8; k++) {
    const t = tokens[k];
    // (a figure right after the verb is the change's extent: "rose 7.74% this year", "fell 3 percent
    // last week" change their subject, not the year; its unit is not a thing changed)
    // (nor a unit of time after it, "rose 7.74% year to date", "fell 3% week on week")
    if (figure && (t.pos === "DET" || /^(?:percent|per|cent|points?|percentage)$/i.test(t.text) || /^(?:years?|months?|weeks?|quarters?|days?)$/i.test(t.text))) {
      if (t.pos === "DET" || /^(?:years?|months?|weeks?|quarters?|days?)$/i.test(t.text)) return undefined;
      continue;
    }
    if (t.pos === "NUM" || t.text === "%") figure = true;
    if (t.pos === "NOUN") {
      while (k + 1 < clauseEnd && tokens[k + 1].pos === "NOUN") k++;
      if (/^['’]s?$/.test(tokens[k + 1]?.text ?? "")) continue;
      return tokens[k].lemma || lexiconLemma(tokens[k].text, "noun");
    }
    if (!/^(?:DET|NUM|SYM|ADJ|PRON|PART|PROPN)$/.test(t.pos) && !/^['’]$/.test(t.text)) return undefined;
  }
  return undefined;
}

/** The adjectives before a copula's noun ("the largest customer"), from `from` (exclusive) to `to` (exclusive). */
export function adjectivesBetween(tokens: readonly TaggedToken[], from: number, to: number): { word: string; start: number; end: number }[] {
  return tokens.slice(from + 1, to).filter((t) => t.pos === "ADJ").map((t) => ({ word: t.text, start: t.start, end: t.end }));
}

const IRREGULAR_SUPERLATIVES: Readonly<Record<string, string>> = { best: "good", worst: "bad", most: "many", least: "little" };

/** The adjective a superlative is of ("large" for "largest", "good" for "best"); undefined for any other word. */
export function superlativeBase(word: string): string | undefined {
  const w = word.toLowerCase();
  const base = IRREGULAR_SUPERLATIVES[w] ?? (/est$/.test(w) ? lexiconLemma(w, "adj") : undefined);
  return base && base !== w ? base : undefined;
}

/**
 * The superlative that makes a copula's noun one of a kind ("the largest customer of Scale AI",
 * "Scale AI's biggest client"), as its adjective's lemma with sizes made one ("biggest" = "largest"):
 * only one can be it. None for "one of the largest customers" or "among the largest", a member of a group.
 */
export function uniqueSuperlative(tokens: readonly TaggedToken[], from: number, to: number): string | undefined {
  for (let k = from + 1; k < to; k++) if ((/^one$/i.test(tokens[k].text) && /^of$/i.test(tokens[k + 1]?.text ?? "")) || /^among$/i.test(tokens[k].text)) return undefined;
  for (let k = from + 1; k < to; k++) {
    const t = tokens[k];
    if (t.pos !== "ADJ") continue;
    const base = superlativeBase(t.text);
    if (base) return sizeSynonym(base);
  }
  return undefined;
}

/** How far a subject after "but" or "yet" may reach before its verb ("yet the startup's biggest customers already seemed"). */
const LONG_SUBJECT = 9;

/** A verb (or auxiliary) within a long subject's reach from `from`, before any punctuation. */
export function verbBeforePunctuation(tokens: readonly TaggedToken[], from: number, reach = LONG_SUBJECT): boolean {
  for (let k = from; k < tokens.length && k < from + reach; k++) {
    if (tokens[k].pos === "VERB" || tokens[k].pos === "AUX") return true;
    if (tokens[k].pos === "PUNCT") return false;
  }
  return false;
}

/** A verb within a few words, before any punctuation: what follows is a clause, not a phrase ("after Meta took"). */
export function verbSoon(tokens: readonly TaggedToken[], from: number): boolean {
  for (let k = from; k < tokens.length && k < from + 5; k++) {
    if (tokens[k].pos === "VERB" || tokens[k].pos === "AUX") return true;
    if (tokens[k].pos === "PUNCT" || tokens[k].pos === "ADP") return false;
  }
  return false;
}

/** The next token that is not punctuation ("want to "ice" the ecosystem"). */
export function nextWord(tokens: readonly TaggedToken[], from: number): TaggedToken | undefined {
  for (let k = from; k < tokens.length; k++) if (tokens[k].pos !== "PUNCT") return tokens[k];
  return undefined;
}

/** The next token that is not an adverb, auxiliary or particle ("report directly to"). */
export function nextContent(tokens: readonly TaggedToken[], from: number): TaggedToken | undefined {
  for (let k = from; k < tokens.length; k++) if (tokens[k].pos !== "ADV" && tokens[k].pos !== "AUX" && tokens[k].pos !== "PART") return tokens[k];
  return undefined;
}
