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
  const names = namesOf(plain, ignoreWords);
  return { plain, tokens, lowerWords: tokens.map((t) => t.word.toLowerCase()), exactIn: new Map(), terms, quantities, quotes: quotesIn(plain, true), names };
}

/** The names of a claim, less those the writer asked not to check. */
export function namesOf(plain: string, ignoreWords: ReadonlySet<string>): NameMention[] {
  return findNames(plain).filter((n) => n.text.length > 1 && !ignoreWords.has(n.text.toLowerCase()) && !n.core.some((w) => ignoreWords.has(w.toLowerCase())));
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
    // a word the sources write as a name inside a sentence is one ("Scale, an OpenAI competitor,")
    // (a sentence without the word as written cannot name it: no need to find its names)
    // (a source sentence opening with the word proves nothing: "People say …")
    if (namedInside(word, candidates)) return true;
    // else an opener set off by a comma ("Instead, …") or an adverb or gerund is not a name (one
    // that a relative clause is about is: "Harvel, whose chief executive spoke to the Ledger, …")
    if (n.initial && ((a.plain[n.end] === "," && !/^,\s+(?:who|whose|which)\s/i.test(a.plain.slice(n.end, n.end + 8))) || /(?:ly|ing)$/.test(word))) return false;
    return !writtenLowerCase(word, candidates);
  });
}

/** The sources write the word as a name inside a sentence, not only opening one. */
function namedInside(word: string, candidates: readonly SentenceInfo[]): boolean {
  return candidates.some((c) => c.text.includes(word) && c.names.some((m) => m.core.some((w) => w === word) && !m.initial));
}

/** The sources write the word (in any inflection) in lower case. */
function writtenLowerCase(word: string, candidates: readonly SentenceInfo[]): boolean {
  const term = firstTermOf(word);
  return !!term && candidates.some((c) => c.termSet.has(term) && c.tokens.some((t) => t.term === term && /^\p{Ll}/u.test(t.word)));
}

/**
 * A source's name that is only a common word opening its sentence or a quotation ('"Work has been
 * scarce," one contractor said'): the sources write it in lower case and never as a name inside a sentence.
 */
export function commonWordOpener(n: NameMention, candidates: readonly SentenceInfo[]): boolean {
  return n.initial && n.core.length === 1 && !namedInside(n.core[0], candidates) && writtenLowerCase(n.core[0], candidates);
}

/** A name the sources write as one: of several words, or inside a sentence. */
export function nameInSources(n: NameMention, candidates: readonly SentenceInfo[]): boolean {
  return n.core.length > 1 || namedInside(n.core[0], candidates);
}

const MONTHS = new Set("january february march april may june july august september october november december".split(" "));

/** A word is written capitalised in the sources this many times at least (not opening a sentence)… */
const TRUECASE_MIN = 2;
/** …and this many times as often as in lower case, to be capitalised in an all-lower-case claim. */
const TRUECASE_RATIO = 4;

/**
 * An all-lower-case claim ("lauren hill was diagnosed …", as typed quickly or as some tools write
 * it) with its words cased as the candidate passages write them, so that names are found. The
 * text keeps its length and offsets: only the case of letters changes. A claim with any capital
 * letter is left as written.
 */
export function truecase(plain: string, candidates: readonly SentenceInfo[]): string {
  if (/\p{Lu}/u.test(plain)) return plain;
  const words = new Set(plain.match(/[\p{L}](?:[\p{L}\p{N}'’-]|\.(?=\p{L}))*/gu) ?? []);
  const seen = new Map<string, { capitalised: number; lower: number; form: string }>();
  // two capitalised words in a row, not opening a sentence, are a name however rarely they occur
  // ("ridden by Ryan Moore"): keyed by the pair in lower case
  const pairs = new Map<string, string>();
  const openingPairs = new Map<string, string>();
  for (const c of candidates)
    c.tokens.forEach((t, i) => {
      const next = c.tokens[i + 1];
      // (opening a sentence, only if the first word is never written in lower case: "Capel Path, ridden")
      if (next && next.start - t.end <= 1 && /^\p{Lu}\p{Ll}/u.test(t.word) && /^\p{Lu}\p{Ll}/u.test(next.word)) (i > 0 ? pairs : openingPairs).set(`${t.word} ${next.word}`.toLowerCase(), `${t.word} ${next.word}`);
      const lower = t.word.toLowerCase();
      // a word opening its sentence is capitalised anyway, unless a capitalised word follows it: then
      // it starts a name ("Maria Kukucova, 25, was arrested")
      if ((i === 0 && !/^\p{Lu}/u.test(c.tokens[1]?.word ?? "")) || !words.has(lower) || t.word.length !== lower.length) return;
      let entry = seen.get(lower);
      if (!entry) seen.set(lower, (entry = { capitalised: 0, lower: 0, form: t.word }));
      if (/^\p{Lu}/u.test(t.word)) {
        entry.capitalised++;
        entry.form = t.word;
      } else entry.lower++;
    });
  let cased = plain.replace(/[\p{L}](?:[\p{L}\p{N}'’-]|\.(?=\p{L}))*/gu, (word, at: number) => {
    // a month beside a day or a year is a date ("the april 6 video", "6 april 2015")
    if (MONTHS.has(word) && (/^\s+\d/.test(plain.slice(at + word.length, at + word.length + 3)) || /\d\s+$/.test(plain.slice(Math.max(0, at - 3), at)))) return word[0].toUpperCase() + word.slice(1);
    const entry = seen.get(word);
    return entry && entry.capitalised >= TRUECASE_MIN && entry.capitalised >= TRUECASE_RATIO * entry.lower ? entry.form : word;
  });
  // (a word cased alone is kept as it is; both words of a pair the sources capitalise are cased)
  for (const [key, form] of openingPairs) if (!pairs.has(key) && !(seen.get(key.split(" ")[0])?.lower ?? 0)) pairs.set(key, form);
  if (pairs.size) {
    const runs = [...cased.matchAll(/\p{L}+/gu)];
    const out = cased.split("");
    for (let k = 0; k + 1 < runs.length; k++) {
      const [a, b] = [runs[k], runs[k + 1]];
      if (b.index !== a.index! + a[0].length + 1 || cased[a.index! + a[0].length] !== " ") continue;
      const form = pairs.get(`${a[0]} ${b[0]}`.toLowerCase());
      if (form) out.splice(a.index!, form.length, ...form);
    }
    cased = out.join("");
  }
  // the sentence opens with a capital, as findNames expects
  return cased.replace(/^(\P{L}*)(\p{Ll})/u, (_, lead: string, first: string) => lead + first.toUpperCase());
}
