// What a claim says, worked out once per claim: its words and their weights, figures, quotes and
// names; and whether it is a claim at all.
import type { SentenceInfo } from "../index/corpus";
import { extractQuantities } from "../quantities";
import { findNames, type NameMention } from "../entities/names";
import { firstTermOf, isContentTerm, tokenize } from "../text/tokens";
import { exactFigures, type Analysed, type CorpusView } from "./context";
import { quotesIn } from "./spans";

const OPINION =
  /\b(?:I|we) (?:think|believe|feel|suspect|doubt|guess|reckon|wonder|fear|bet)\b|\b(?:frankly|honestly|personally)\b|\banyone'?s guess\b|\bremains? to be seen\b|\bsays? a lot about\b|\bin my (?:view|opinion)\b|\barguably\b|\bit seems\b|\bperhaps\b|\bwho knows\b|\btime will tell\b|\bshould (?:have|be)\b|\bclearly\b|\bof course\b/i;

export function analyseClaim(plain: string, ignoreWords: ReadonlySet<string>, view: CorpusView): Analysed {
  const tokens = tokenize(plain);
  // the second number of "2018–19" or "24/7" is part of the first figure, not a figure of its own
  const quantities = extractQuantities(plain).filter((q) => !/\d[-–/]$/.test(plain.slice(Math.max(0, q.start - 2), q.start)));
  const terms = new Map<string, number>();
  for (const t of tokens) {
    // the words of a figure ("$14.3 bn") are matched as a quantity, not as words
    if (!isContentTerm(t.term) || /^\d/.test(t.term) || ignoreWords.has(t.word.toLowerCase()) || quantities.some((q) => !q.vague && t.start >= q.start && t.end <= q.end)) continue;
    // dampened rarity: one rare paraphrase word must not outweigh the names and figures
    terms.set(t.term, view.weightOf(t.term));
  }
  const names = findNames(plain).filter((n) => n.text.length > 1 && !ignoreWords.has(n.text.toLowerCase()) && !n.core.some((w) => ignoreWords.has(w.toLowerCase())));
  return { plain, tokens, lowerWords: tokens.map((t) => t.word.toLowerCase()), exactIn: new Map(), terms, quantities, quotes: quotesIn(plain), names };
}

/** Cheap test before retrieval: questions, fragments and opinions are not claims. */
export function worthChecking(a: Analysed): boolean {
  const plain = a.plain.trim();
  if (a.tokens.length < 4 || a.terms.size < 2) return false;
  if (/\?["”']?$/.test(plain)) return false;
  return !OPINION.test(plain) || hasValue(a);
}

/** A factual claim states a figure, a quote or something about a named person or organisation. */
export function checkable(a: Analysed): boolean {
  return hasValue(a) || a.names.length > 0;
}

function hasValue(a: Analysed): boolean {
  return exactFigures(a).length > 0 || a.quotes.length > 0;
}

/**
 * Drops capitalised sentence openers, and single capitalised words, that the sources only use as
 * common words (in any inflection: "Workshops" / "workshop", "People's Flag" / "people's flag").
 */
export function keepRealNames(a: Analysed, candidates: readonly SentenceInfo[]): NameMention[] {
  return a.names.filter((n) => {
    if (n.core.length > 1) return true;
    const word = n.core[0];
    // an opener set off by a comma ("Instead, …") or an adverb or gerund is not a name
    if (n.initial && (a.plain[n.end] === "," || /(?:ly|ing)$/.test(word))) return false;
    const term = firstTermOf(word);
    let seenLower = false;
    for (const c of candidates) {
      // (a sentence without the word as written cannot name it: no need to find its names)
      if (c.text.includes(word) && c.names.some((m) => m.core.some((w) => w === word) && (!m.initial || !n.initial))) return true;
      if (!seenLower && term && c.termSet.has(term) && c.tokens.some((t) => t.term === term && /^\p{Ll}/u.test(t.word))) seenLower = true;
    }
    return !seenLower;
  });
}
