// Whether passages of the sources say what the claim says: the best passages for a set of key
// words, the passage that supports the whole claim, one per part of a long claim, and what is
// left that nothing supports.
import type { Finding } from "../types";
import type { SentenceInfo } from "../index/corpus";
import type { Quantity } from "../quantities";
import { textMentions } from "../entities/names";
import { firstTermOf, isContentTerm, termOf, tokenize } from "../text/tokens";
import { isLightVerb, predicatesOf, type Predicate } from "../meaning/facts";
import { relatePredicates } from "../meaning/lexicon";
import {
  ARTICLE_COVERAGE,
  ARTICLE_SLACK,
  EVIDENCE_BONUS,
  EXACT_WORDS_BONUS,
  NEIGHBOUR_WEIGHT,
  PART_COVERAGE,
  PART_RETRIEVE,
  SUPPORT_COVERAGE,
  SUPPORT_COVERAGE_WITH_VALUES,
  exactFigures,
  hasShareOf,
  keyTermsIn,
  spoke,
  type Analysed,
  type ClaimInput,
  type CorpusView,
  type Passage,
} from "./context";
import { datedInUnit, sameCount, states } from "./figures";
import { claimFrame, datesOfRelatedEvents, sameFrameStated, sourceFrame, unitYears, yearOfOtherAct } from "./frames";
import { knownClaimFacts } from "./facts";
import { splitClaimParts } from "./parts";
import { sameName, speakersOf, speaksFor } from "./references";
import { clip } from "./spans";

/** Verbs of speech whose object is the statement itself ("confirmed the report", "announced the deal"). */
const STATING = new Set(["confirm", "deny", "announce", "acknowledge", "admit", "state", "declare", "reveal", "disclose"]);
/** Share of what a claim says was stated that a sentence beside the passage must have to be where it was stated. */
const STATED_SHARE = 0.5;
/** Verbs of stating that say no more than "said" with a clause ("the court declared that all schools must desegregate" where "the justices ruled that"). */
const SAYING = new Set(["state", "declare"]);
/** What follows a verb of stating before the clause it states: "to Reuters that", "on Monday that", "that". */
const STATED_CLAUSE = /^(?:\s+to\s+(?:the\s+)?[\p{Lu}][^\s,]*(?:\s+[\p{Lu}][^\s,]*){0,3})?(?:\s+on\s+\p{L}+)?\s+that\b/u;

/** The term of the content word right after a figure ("performance" after "24-hour"), if any. */
function wordAfter(text: string, end: number): string | undefined {
  const next = /^[\s-]*([\p{L}][\p{L}'’-]*)/u.exec(text.slice(end, end + 40))?.[1];
  const term = next && firstTermOf(next);
  return term && isContentTerm(term) ? term : undefined;
}

/** Some content word of the fact's verb or object ("control" of "has full control") is one `has` holds. */
function namesAct(f: Predicate, has: (term: string) => boolean): boolean {
  return [f.lemma, f.object].some((w) => w !== undefined && w.split(" ").map(termOf).some((t) => isContentTerm(t) && has(t)));
}

/** Candidates ranked by how much of `terms` (some of the claim's, with their weights) they and their neighbours cover. */
export function bestPassages(view: CorpusView, a: Analysed, terms: Map<string, number>, candidates: readonly SentenceInfo[], evidence: ReadonlySet<number>): Passage[] {
  const keys = [...terms.keys()];
  const weights = [...terms.values()];
  let total = 0;
  for (const w of weights) total += w;
  // the claim's words whose term is weighed here: only they count as the source's own wording
  const counted: number[] = [];
  for (let i = 0; i < a.tokens.length; i++) if (terms.has(a.tokens[i].term)) counted.push(i);
  const out: Passage[] = [];
  for (const info of candidates) {
    const window = view.corpus.windowOf(info);
    const own = info.termSet;
    let got = 0;
    let gotOwn = 0;
    const matched: string[] = [];
    for (let k = 0; k < keys.length; k++) {
      const term = keys[k];
      const w = weights[k];
      if (own.has(term)) {
        got += w;
        gotOwn += w;
        matched.push(term);
      } else
        for (const x of window)
          if (x !== info && x.termSet.has(term)) {
            got += w * NEIGHBOUR_WEIGHT;
            break;
          }
    }
    const coverage = total ? got / total : 0;
    const ownCoverage = total ? gotOwn / total : 0;
    // the sources' own wording is better evidence than a synonym or another inflection
    // which of the claim's words the sentence has as written, worked out once per claim and sentence
    // (words of the claim's terms only: `terms` is always some of them, so no other word counts)
    let exactWords = a.exactIn.get(info.doc);
    if (!exactWords) {
      exactWords = new Uint8Array(a.tokens.length);
      for (let i = 0; i < a.tokens.length; i++) if (a.terms.has(a.tokens[i].term) && info.lower.includes(a.lowerWords[i])) exactWords[i] = 1;
      a.exactIn.set(info.doc, exactWords);
    }
    let exactCount = 0;
    for (const i of counted) exactCount += exactWords[i];
    const exact = exactCount / Math.max(1, a.tokens.length);
    out.push({ info, window, coverage, ownCoverage, rank: ownCoverage + coverage + EXACT_WORDS_BONUS * exact + (evidence.has(info.doc) ? EVIDENCE_BONUS : 0), matched });
  }
  const place = view.corpus.docRanks();
  out.sort((x, y) => y.rank - x.rank || (place ? place[x.info.doc] - place[y.info.doc] : x.info.doc - y.info.doc));
  return out;
}

export interface PartSupport {
  start: number;
  end: number;
  passage?: Passage;
}

/** What the sources say for the claim as a whole, and for each of its parts. */
export interface Support {
  /** Candidates ranked for the whole claim. */
  best: Passage[];
  /** Coverage a passage needs to support the claim. */
  needed: number;
  /** The passage that supports the whole claim, if any. */
  supporting?: Passage;
  /** The claim's parts, each with the passage that supports it (one part: the whole claim). */
  parts: PartSupport[];
  /** A long claim every part of which some passage supports. */
  partsOk: boolean;
  /** Figures no aligned source figure confirmed and no supporting passage states. */
  unstated: Quantity[];
}

export function findSupport(view: CorpusView, a: Analysed, candidates: readonly SentenceInfo[], evidence: ReadonlySet<number>, unknownFigures: readonly Quantity[]): Support {
  const best = bestPassages(view, a, a.terms, candidates, evidence);
  const needed = exactFigures(a).length ? SUPPORT_COVERAGE_WITH_VALUES : SUPPORT_COVERAGE;
  // a passage supports the claim when it covers its key words, or nearly so while the rest of
  // the same article states the remaining ones (a name in one sentence, a date in another)
  // what the claim says about its names must be there too, not the names alone
  const nameTerms = new Set(a.names.flatMap((n) => tokenize(n.text).map((t) => t.term)));
  const said = [...a.terms.keys()].filter((t) => !nameTerms.has(t));
  const saysSomething = (p: Passage) => !said.length || said.some((t) => p.window.some((w) => w.termSet.has(t)) || view.corpus.unitHasTerm(p.info.unit, t));
  // a passage short of the coverage needed may be completed by its article only where the article
  // tells of the claim's act: for each fact of the claim no source fact states, its verb or object
  // word in the article, or a related act in the passage's own sentence ("Meta has full control of
  // Scale AI" is not supported by a market-data line naming Meta and Scale AI in an article that
  // never says "control")
  const unstatedActs = (knownClaimFacts(a) ?? []).filter((f) => f.outcome.kind === "silent").map((f) => f.fact);
  const tellsOfActs = (p: Passage) =>
    unstatedActs.every(
      (f) =>
        namesAct(f, (t) => view.corpus.unitHasTerm(p.info.unit, t)) ||
        predicatesOf(p.info.text, p.info.names).some((q) => relatePredicates(q.lemma, f.lemma) !== "unrelated"),
    );
  // a passage whose sentence, or one beside it, relates the doer and the patient of an act no source states the
  // other way round, by another act, and never names the claim's (its verb, or a light verb's object:
  // "employees" are what "lure" and "poach" both act on), is not its words: "Meta has tried
  // to poach OpenAI employees" does not support "OpenAI tried to lure Meta employees", nor "Scale AI
  // is promoting Jason Droege" "Scale AI was founded by Jason Droege" (the same roles by another act
  // may be a paraphrase: "earned its seventh trophy" for "won")
  const reversedOtherwise = (p: Passage) =>
    unstatedActs.some(
      (f) =>
        !!f.agent &&
        f.patients.length > 0 &&
        !p.window.some((w) => namesAct(isLightVerb(f.lemma) ? f : { ...f, object: undefined }, (t) => w.termSet.has(t))) &&
        p.window.some((w) => predicatesOf(w.text, w.names).some((q) => !!q.agent && f.patients.some((n) => sameName(n, q.agent!)) && q.patients.some((n) => sameName(n, f.agent!)) && relatePredicates(q.lemma, f.lemma) === "unrelated")),
    );
  // a claim that someone made a statement, named by its noun ("Google confirmed the report"), is
  // supported only where they make it, by its verb or a related one: not by the words of another's
  // ("an OpenAI spokesperson who confirmed the firm's decision"), nor by a report about them
  // ("Google plans to cut ties with Scale, Reuters reported")
  // (verbs whose object is what is stated: not "called the video mature", "told Reuters"; or
  // followed by its clause, where the verb says more than "said": "Google confirmed to Reuters that
  // it plans to cut ties")
  const statements = predicatesOf(a.plain, a.names).filter((f) => f.speech && STATING.has(f.lemma) && !f.negated && f.agent && (f.object || (!SAYING.has(f.lemma) && STATED_CLAUSE.test(a.plain.slice(f.end)))));
  // (in the passage, or a sentence beside it that has most of what the claim says was stated: not
  // the same speaker stating another thing beside it)
  const saidOf = new Map(statements.map((f) => [f, keyTermsIn(a, f.end)]));
  const statedHere = (f: Predicate, p: Passage, w: SentenceInfo) => w === p.info || hasShareOf(w.termSet, saidOf.get(f)!, STATED_SHARE);
  const madeBy = (p: Passage) =>
    statements.every((f) =>
      p.window.some(
        (w) =>
          statedHere(f, p, w) &&
          (predicatesOf(w.text, w.names).some((q) => q.speech && !q.negated && speaksFor(q, w, f.agent!) && relatePredicates(q.lemma, f.lemma) !== "unrelated") ||
            (w.termSet.has(termOf(f.lemma)) && w.names.some((n) => sameName(n, f.agent!) && spoke(w.text, n)))),
      ),
    );
  const supporting = best.find(
    (p) =>
      (p.coverage >= needed || (p.coverage >= needed - ARTICLE_SLACK && view.unitCoverage(a.terms, p.info.unit) >= ARTICLE_COVERAGE && tellsOfActs(p))) &&
      view.namesInUnit(a.names, p.info.unit) &&
      saysSomething(p) &&
      !reversedOtherwise(p) &&
      madeBy(p),
  );
  const parts = supportParts(view, a, candidates, evidence, needed);
  const partsOk = parts.length > 1 && parts.every((p) => p.passage);
  // a figure that no aligned source figure confirmed still counts when a supporting passage states it
  const passages = [supporting, ...parts.map((p) => p.passage)].filter((p): p is Passage => !!p);
  const unstated: Quantity[] = [];
  for (const q of unknownFigures) {
    const frame = claimFrame(a, q);
    // (not a year the article gives another act: "founded in 2019" where "raised … in 2019")
    // (nor a date given for another event, where a source dates the claim's: "It was reported June 8
    // that Meta was weighing an investment" for "a press release dated June 8", where "a June 12 press release")
    const datedOtherwise = q.kind === "date" && candidates.some((info) => info.quantities.some((s) => s.kind === "date" && !states(s, q) && datesOfRelatedEvents(frame, sourceFrame(info, s)) === true));
    const sameAct = frame.act
      ? (info: SentenceInfo, s: Quantity) => !yearOfOtherAct(frame, sourceFrame(info, s), unitYears(view, info), q)
      : datedOtherwise
        ? (info: SentenceInfo, s: Quantity) => datesOfRelatedEvents(frame, sourceFrame(info, s)) !== false
        : undefined;
    const stated = passages.some((p) => p.window.some((w) => w.quantities.some((s) => (states(datedInUnit(s, w.unit), q) || sameCount(s, q)) && sameFrameStated(frame, sourceFrame(w, s)) && !(sameAct && !sameAct(w, s)))));
    if (stated) continue;
    // a date or year may be given once for a whole article (its dateline); another figure further on
    // in the same article, of the same thing: the same word after it, in the same frame ("the Bush
    // Theatre's 24-hour performance" and, six sentences on, "two exhilarating 24-hour performances")
    const dateline = q.kind === "year" || q.kind === "date";
    const measured = dateline ? undefined : wordAfter(a.plain, q.end);
    const sameThing = (info: SentenceInfo, s: Quantity) => wordAfter(info.text, s.end) === measured && sameFrameStated(frame, sourceFrame(info, s));
    const inArticle = (dateline || measured !== undefined) && passages.some((p) => view.unitStates(p.info.unit, q, dateline ? sameAct : sameThing));
    if (!inArticle && !splitDateStated(view, q, passages)) unstated.push(q);
  }
  return { best, needed, supporting, parts, partsOk, unstated };
}

/**
 * A full date given in two pieces: its day and month somewhere in the article without a year
 * ("It's Oct. 6 and here are some reasons why this day matters"), its year in the supporting
 * passage ("In 1995, the band released …"). A day given with another year is not this one.
 */
function splitDateStated(view: CorpusView, q: Quantity, passages: readonly Passage[]): boolean {
  const d = q.kind === "date" ? q.date : undefined;
  if (d?.year === undefined || d.month === undefined || d.day === undefined) return false;
  const sameDay = (s: Quantity) => s.kind === "date" && s.date?.year === undefined && s.date?.month === d.month && s.date?.day === d.day;
  for (const p of passages) {
    if (!p.window.some((w) => w.quantities.some((s) => s.kind === "year" && s.value === d.year))) continue;
    for (const info of view.unitSentences(p.info.unit)) if (info.quantities.some(sameDay)) return true;
  }
  return false;
}

/** Each fact of a long claim with the passage that supports it, if any. */
function supportParts(view: CorpusView, a: Analysed, candidates: readonly SentenceInfo[], evidence: ReadonlySet<number>, needed: number): PartSupport[] {
  const spans = splitClaimParts(a.plain);
  if (spans.length < 2) return spans;
  return spans.map((span) => {
    const terms = new Map<string, number>();
    for (const t of a.tokens) if (t.start >= span.start && t.end <= span.end && a.terms.has(t.term)) terms.set(t.term, a.terms.get(t.term)!);
    const names = a.names.filter((n) => n.start >= span.start && n.end <= span.end);
    const supports = (p: Passage) => p.coverage >= Math.max(needed, PART_COVERAGE) && view.namesInUnit(names, p.info.unit);
    // the claim's candidates first; the part's own retrieval only when none of them supports it
    const passage =
      bestPassages(view, a, terms, candidates, evidence).find(supports) ??
      bestPassages(view, a, terms, view.sentences(view.corpus.index.search([...terms.keys()], PART_RETRIEVE).map((h) => h.doc)), evidence).find(supports);
    return { ...span, passage };
  });
}

/**
 * The findings of an unsupported claim: just what nothing supports (the parts without a passage,
 * the figures no source gives) when the rest is supported, else the whole claim.
 */
export function unsupportedFindings(view: CorpusView, claim: ClaimInput, a: Analysed, support: Support, unresolved: number, partsReported = false): Finding[] {
  const { supporting, parts, unstated } = support;
  const someSupport = !!supporting || parts.some((p) => p.passage);
  const missing = parts.length > 1 && someSupport ? parts.filter((p) => !p.passage) : [];
  const partFindings: Finding[] = missing.map((p) => {
    const words = a.plain.slice(p.start, p.end);
    return { kind: "unsupported-part", claimed: words, message: `No source supports this part: “${clip(words, 120)}”`, range: view.rangeInPlain(claim, p.start, p.end) };
  });
  if (someSupport)
    for (const q of unstated)
      if (!missing.some((p) => q.start >= p.start && q.end <= p.end))
        partFindings.push({ kind: "unsupported-part", claimed: q.text, message: `No source gives “${q.text}” here.`, range: view.rangeInPlain(claim, q.start, q.end) });
  if ((partFindings.length || (partsReported && someSupport)) && unresolved === unstated.length) return partFindings;
  return [{ kind: "unsupported", claimed: claim.text, message: unsupportedMessage(view, a, support) }];
}

function unsupportedMessage(view: CorpusView, a: Analysed, support: Support): string {
  const top = support.supporting ?? support.best[0];
  const namesOk = !!support.supporting || support.partsOk || (top ? view.namesIn(a.names, top.window) : false);
  if (top && !namesOk) {
    const text = top.window.map((w) => w.lower).join(" ");
    const missing = a.names.filter((n) => !textMentions(text, n.core, n.core.length >= 2)).map((n) => n.text);
    if (missing.length) return `No source supports this claim (nothing about ${missing.join(", ")} here).`;
  }
  return "No source supports this claim.";
}
