// The wrong person or organisation in an otherwise exact statement: a passage says everything the
// claim says but names someone else where the claim names X, and X is nowhere near it
// ("Microsoft was Scale AI's biggest customer" against "Alphabet's Google, Scale AI's biggest client").
import type { Finding } from "../../types";
import type { SentenceInfo } from "../../index/corpus";
import { isTimeName } from "../../entities/names";
import { sameName } from "../facts";
import { termOf } from "../../text/tokens";
import { SWAP_COVERAGE, exactFigures, reportsAfter, type CheckOutput, type ClaimCheck, type ClaimContext } from "../context";
import { confirms } from "../figures";
import { bestPassages } from "../support";
import { clip, inSpan } from "../spans";
import { tagSentence } from "../../meaning/tagger";
import { commonWordOpener, nameInSources } from "../analysis";
import type { Quantity } from "../../quantities";

/** A predicate several can share ("is an investor", "was one of the customers"). */
const NOT_EXCLUSIVE = /\b(?:is|was|are|were|has been|have been|had been|became|becomes|remains?|remained)\s+(?:also\s+)?(?:an?|one of|among)\s/i;
/** The weight of a claim's word found only in the sentences around a passage. */
const AROUND_SHARE = 0.5;
/** A claim needs this many key words besides the name for a sentence to show a swap. */
const MIN_OTHER_TERMS = 3;

export const swappedNameCheck: ClaimCheck = {
  id: "swapped-name",
  description: "A passage says everything the claim says, but of someone else.",
  stage: "unexplained",
  run(ctx: ClaimContext): CheckOutput {
    const found = swappedName(ctx);
    return { findings: found ? [found] : [], evidence: [] };
  },
};

function swappedName(ctx: ClaimContext): Finding | undefined {
  const { claim, analysed: a, candidates, view, evidence } = ctx;
  // "X is an investor in Y", "X was one of Y's customers": others can be so too, so a source
  // naming someone else says nothing against X
  if (NOT_EXCLUSIVE.test(a.plain)) return undefined;
  const figures = exactFigures(a);
  for (const n of a.names) {
    if (inSpan(n.start, a.quotes)) continue;
    const own = new Set(n.core.map((w) => termOf(w)));
    const rest = new Map([...a.terms].filter(([t]) => !own.has(t)));
    if (rest.size < MIN_OTHER_TERMS) continue;
    // sentences that say everything else the claim says; if any of them names X, the claim stands
    // (only sentences that alone have that share of the words can qualify: ranked are just those)
    let restTotal = 0;
    for (const w of rest.values()) restTotal += w;
    // (a word the sentences around give counts half, when they do not name X either: "Three others
    // working on Xylophone projects …" after a sentence about "Scale contractors")
    const fromAround = (c: SentenceInfo) => {
      const around = view.corpus.windowOf(c).filter((w) => w !== c);
      if (!around.length || view.namesIn([n], around)) return 0;
      let got = 0;
      for (const [t, w] of rest) if (!c.termSet.has(t) && around.some((x) => x.termSet.has(t))) got += w;
      return (AROUND_SHARE * got) / restTotal;
    };
    const able = candidates.filter((c) => {
      let got = 0;
      for (const [t, w] of rest) if (c.termSet.has(t)) got += w;
      return got / restTotal >= SWAP_COVERAGE || got / restTotal + fromAround(c) >= SWAP_COVERAGE;
    });
    // …figures included: a sentence with another amount says something else
    const strong = able.length ? bestPassages(view, a, rest, able, evidence).filter((p) => (p.ownCoverage >= SWAP_COVERAGE || p.ownCoverage + fromAround(p.info) >= SWAP_COVERAGE) && figures.every((q) => p.info.quantities.some((x) => confirms(q, x) || sameCount(q, x)))) : [];
    // (and standing as the claim's does: "the AI space" qualifies a noun, Scale AI in "Scale AI is
    // not winding down" is a participant)
    const qualifies = qualifiesNoun(a.plain, n, true);
    // (a short form counts: "Atletico" names "Atletico Madrid", "Wang" names "Alexandr Wang"; a
    // name that only qualifies a noun there does not name the claim's participant: "projects for
    // Meta" against "projects for Elon Musk's xAI … since the Meta deal")
    const namesIt = (info: SentenceInfo) => {
      const mentions = info.names.filter((m) => sameName(m, n));
      return mentions.length ? qualifies || mentions.some((m) => !qualifiesNoun(info.text, m)) : view.namesIn([n], [info]);
    };
    if (!strong.length || strong.some((p) => namesIt(p.info))) continue;
    const passage = strong[0];
    const s = passage.info;
    // the names of that sentence the claim does not have, of the same shape as X (a full name for a
    // full name); "Alphabet's Google" names Google
    // (a source the sentence cites, "according to Reuters", "Reuters reported", is no one the claim
    // swapped, unless the claim's name is cited so too, for quoted words; who reported words without
    // quotation marks is the reported-speaker check's, by facts, not words: "Bloomberg reported
    // that …" is not swapped with the Meta of what it reported)
    const cited = citedSource(a.plain, n);
    if (cited && !a.quotes.length) continue;
    // (and a possessor where the claim's is one: "Meta's powerful supercomputers" for "Google's";
    // a claim's doer is not thereby told from the possessors around: "Droege said" keeps "OpenAI" and "Meta's")
    const possessor = isPossessor(a.plain, n);
    // (nor a day or a month, which names a time, not a participant: "confirmed … on Monday")
    // (nor a word the claim has, in any case: "arson, vandalism …" has the source's "Arson, vandalism …")
    // (a common word opening a sentence or a quotation is no one a name was swapped with, "Work has
    // been scarce" for "Scale", though common words are compared with each other: "Theatres and
    // cinemas are closed" against "shoppers closed")
    const others = s.names.filter(
      (m, i) => m.core.length === n.core.length && !isTimeName(m.text) && !a.names.some((x) => sameName(x, m)) && !(m.core.length === 1 && a.lowerWords.includes(m.core[0].toLowerCase())) && !(commonWordOpener(m, candidates) && nameInSources(n, candidates)) && !(s.names[i + 1] && /^['’]s\s$/.test(s.text.slice(m.end, s.names[i + 1].start))) && qualifiesNoun(s.text, m) === qualifies && (!qualifies || sameQualifiedNoun(a.plain, n, s.text, m)) && (cited || !citedSource(s.text, m)) && (!possessor || isPossessor(s.text, m)),
    );
    if (others.length !== 1) continue;
    const m = others[0];
    return {
      kind: "person",
      claimed: n.text,
      expected: m.text,
      support: 1,
      message: `Sources say ${m.text}, not ${n.text}: “${clip(s.text, 160)}”`,
      range: view.rangeInPlain(claim, n.start, n.end),
      evidence: [view.citation(s, passage.coverage, passage.matched)],
    };
  }
  return undefined;
}

/**
 * A name between "the" (or a lower-case modifier) and a lower-case word other than a function word
 * qualifies that noun ("in the AI space", "the Meta deal", "building custom AI applications"; not
 * "the Dubai Duty Free Full of Surprises").
 */
function qualifiesNoun(text: string, n: { start: number; end: number }, claimSide = false): boolean {
  const next = /^\s+(\p{Ll}+)/u.exec(text.slice(n.end, n.end + 30))?.[1];
  if (!next || FUNCTION_WORDS.has(next)) return false;
  // (in the claim, after an indefinite article too: "A Scale contractor said" qualifies the
  // contractor; a source's "A Brightline spokesperson confirmed" still names Brightline's act)
  if ((claimSide ? /\b(?:the|an?)\s+$/i : /\bthe\s+$/i).test(text.slice(Math.max(0, n.start - 5), n.start))) return true;
  // (a lower-case adjective or noun before it and a noun after: the tagger tells "custom AI applications" from "said Google plans", "officer Devin Okafor wrote")
  const tokens = tagSentence(text);
  const k = tokens.findIndex((t) => t.start >= n.start);
  const after = tokens.find((t) => t.start >= n.end);
  return k > 0 && (tokens[k - 1].pos === "ADJ" || tokens[k - 1].pos === "NOUN") && /^\p{Ll}/u.test(tokens[k - 1].text) && after?.pos === "NOUN";
}

/** A name a preposition governs, past a possessor, is not the subject of the verb after it ("projects for Google said", "for Elon Musk's xAI said"). */
const AFTER_PREPOSITION = /\b(?:for|of|on|in|at|with|from|to|by|about)\s+(?:(?:\p{Lu}[\p{L}\p{N}.&-]*\s+){0,2}\p{Lu}[\p{L}\p{N}.&-]*['’]s\s+)?$/u;

/** A name the sentence cites as its source: "according to Reuters", "Reuters reported", "reports the news agency Reuters". */
function citedSource(text: string, n: { start: number; end: number }): boolean {
  return /\b(?:according to|reported by|reports|reported|told)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}$/i.test(text.slice(Math.max(0, n.start - 40), n.start)) || (reportsAfter(text, n) && !AFTER_PREPOSITION.test(text.slice(Math.max(0, n.start - 40), n.start)));
}

/** Two names that qualify nouns qualify the same one: "the Meta deal" is not swapped with "the AI space". */
function sameQualifiedNoun(text: string, n: { end: number }, other: string, m: { end: number }): boolean {
  const noun = (t: string, end: number) => /^\s+(\p{Ll}+)/u.exec(t.slice(end, end + 30))?.[1];
  const [x, y] = [noun(text, n.end), noun(other, m.end)];
  return !!x && !!y && termOf(x) === termOf(y);
}

const FUNCTION_WORDS = new Set(["of", "in", "on", "at", "to", "for", "and", "or", "with", "by", "from", "as", "is", "was", "are", "were", "has", "had", "have", "will", "would", "that", "which", "who"]);

/** The same number of things, whatever each calls them ("three contractors" and "three others"). */
function sameCount(q: Quantity, x: Quantity): boolean {
  return q.kind === "count" && x.kind === "count" && !q.vague && !x.vague && q.value === x.value;
}

/** A name followed by "'s": what follows is its own. */
function isPossessor(text: string, n: { end: number }): boolean {
  return /^['’]s?\b/.test(text.slice(n.end, n.end + 3));
}
