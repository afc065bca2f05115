// One phrase put in for another in an otherwise copied sentence: "Reuters identifies self-driving car
// companies as Scale AI's largest clients" where a source says "Reuters identifies generative AI
// companies as Scale AI's largest clients". The claim's words are all in the sources (another
// sentence names self-driving car companies among the clients), so the words tick it; but the
// sentence it copies says something else in that very place. Where a candidate sentence has the
// claim's content words in order except one run of up to four words, and has other words (not a
// synonym of them) in that same place between the same neighbours, the run is an unsupported part.
// (Names and figures have their own checks; a run at either end, with no neighbour on one side,
// may be an addition rather than a substitution, and is left alone.)
import type { Finding } from "../../types";
import type { Token } from "../../text/tokens";
import { isContentTerm } from "../../text/tokens";
import type { ClaimCheck } from "../context";
import { FACT_CANDIDATES } from "../facts";
import { clip, inSpan } from "../spans";
import { lemma, relatePredicates } from "../../meaning/lexicon";
import { sizeSynonym } from "../../meaning/curated";
import { tagSentence } from "../../meaning/tagger";
import { ROLE_PATTERN } from "../../entities/roles";

/** Share of the claim's content words the copied sentence must have, in order. */
const COPY_SHARE = 0.7;
/** Longest run of words put in. */
const MAX_RUN = 4;
/** Fewest content words a claim needs for a copy to tell. */
const MIN_WORDS = 6;
/** Role words ("chief executive"): the role check's. */
const ROLE = new RegExp(ROLE_PATTERN, "i");

export const substitutedWordsCheck: ClaimCheck = {
  id: "substituted-words",
  description: "The claim copies a source sentence but puts other words in one place.",
  stage: "unexplained",
  run(ctx) {
    const a = ctx.analysed;
    const mine = a.tokens.filter((t) => isContentTerm(t.term) && !inSpan(t.start, a.quotes));
    if (mine.length < MIN_WORDS) return { findings: [], evidence: [] };
    for (const info of ctx.candidates.slice(0, FACT_CANDIDATES)) {
      const theirs = info.tokens.filter((t) => isContentTerm(t.term));
      const pairs = alignment(mine, theirs);
      if (pairs.length < COPY_SHARE * mine.length || pairs.length === mine.length) continue;
      // the claim's words left out of the alignment: one run, with aligned neighbours on both sides
      const unmatched = mine.map((_, i) => i).filter((i) => !pairs.some(([c]) => c === i));
      const first = unmatched[0];
      const last = unmatched[unmatched.length - 1];
      if (last - first + 1 !== unmatched.length || unmatched.length > MAX_RUN) continue;
      const before = pairs.filter(([c]) => c < first).pop();
      const after = pairs.find(([c]) => c > last);
      if (!before || !after || after[1] - before[1] < 2 || after[1] - before[1] - 1 > MAX_RUN + 1) continue;
      const run = mine.slice(first, last + 1);
      const put = theirs.slice(before[1] + 1, after[1]);
      // (only a compound's modifier, right before the same noun on both sides, for one of about as
      // many words: another verb or head noun may be a paraphrase the lexicon does not list,
      // "poured" for "paid", "a small share" for "a small fraction")
      if (put.length > run.length + 1 || !modifier(a.plain, run, mine[after[0]]) || !modifier(info.text, put, theirs[after[1]])) continue;
      // (words the copied sentence has elsewhere are moved or repeated, not put in: "fantasy, sci-fi
      // and sci-fi film directors" for "fantasy, sci-fi and action film directors")
      if (run.every((t) => info.termSet.has(t.term))) continue;
      const claimed = a.plain.slice(run[0].start, run[run.length - 1].end);
      // (roles, figures and names are their own checks'; a synonym is the same word)
      if (ROLE.test(claimed) || run.some((t) => /\d/.test(t.word) || a.names.some((n) => t.start >= n.start && t.end <= n.end)) || put.some((t) => /\d/.test(t.word)) || related(run, put)) continue;
      // (the claim's words in that place elsewhere in the sources leave it stated: "its biggest customers")
      const phrase = claimed.toLowerCase();
      if (ctx.candidates.slice(0, FACT_CANDIDATES).some((s) => s !== info && s.lower.includes(phrase) && hasNeighbours(s, mine[before[0]], mine[after[0]]))) continue;
      const written = info.text.slice(put[0].start, put[put.length - 1].end);
      const finding: Finding = {
        kind: "unsupported-part",
        claimed,
        message: `The source this copies says “${written}” here, not “${claimed}”: “${clip(info.text.trim(), 160)}”`,
        range: ctx.view.rangeInPlain(ctx.claim, run[0].start, run[run.length - 1].end),
        evidence: [ctx.view.citation(info, 1, [])],
      };
      return { findings: [finding], evidence: [], unresolved: 1 };
    }
    return { findings: [], evidence: [] };
  },
};

/**
 * The run modifies the noun right after it: every word a noun or an adjective (or a name), at least
 * one a noun or a name, and only a space or hyphen between it and that noun.
 */
function modifier(text: string, run: readonly Token[], head: Token): boolean {
  const tags = tagSentence(text);
  const posOf = (t: Token) => (tags.find((x) => x.start <= t.start && x.end >= t.end) ?? tags.find((x) => x.start >= t.start && x.start < t.end))?.pos;
  const pos = run.map(posOf);
  if (!pos.every((p) => p === "NOUN" || p === "ADJ" || p === "PROPN") || !pos.some((p) => p === "NOUN" || p === "PROPN")) return false;
  return posOf(head) === "NOUN" && /^[\s-]+$/.test(text.slice(run[run.length - 1].end, head.start));
}

/** The longest common subsequence of two token lists by term, as index pairs in order. */
function alignment(a: readonly Token[], b: readonly Token[]): [number, number][] {
  const n = a.length;
  const m = b.length;
  const table: Uint16Array[] = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) table[i][j] = a[i].term === b[j].term ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (a[i].term === b[j].term) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (table[i + 1][j] >= table[i][j + 1]) i++;
    else j++;
  }
  return pairs;
}

/** Some word of one run is the same as, or a synonym of, some word of the other. */
function related(run: readonly Token[], put: readonly Token[]): boolean {
  for (const x of run)
    for (const y of put) {
      const a = x.word.toLowerCase();
      const b = y.word.toLowerCase();
      if (x.term === y.term || sizeSynonym(lemma(a, "adj")) === sizeSynonym(lemma(b, "adj")) || relatePredicates(lemma(a), lemma(b)) === "same") return true;
    }
  return false;
}

/** The sentence has both neighbour words of the run. */
function hasNeighbours(s: { termSet: ReadonlySet<string> }, left: Token, right: Token): boolean {
  return s.termSet.has(left.term) && s.termSet.has(right.term);
}
