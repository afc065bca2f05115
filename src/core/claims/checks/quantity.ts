// Figures: each figure of the claim is compared only with source figures of the same kind whose
// surrounding words say they count the same thing. The values found are grouped and the source
// units behind each counted: the claim's value in the majority is confirmed, in a minority
// disputed, absent while another is strongly aligned contradicted.
import type { Finding, ValueSupport } from "../../types";
import type { SentenceInfo } from "../../index/corpus";
import { formatQuantity, sameQuantity, type Quantity } from "../../quantities";
import { MEASURE_NAMES } from "../../meaning/measures";
import { mentionsName, wordBases, type NameMention } from "../../entities/names";
import { sameEntity, sameOrg } from "../../entities/roles";
import { firstTermOf, isContentTerm, tokenize } from "../../text/tokens";
import {
  ANCHOR_BONUS,
  CONTENDER_MARGIN,
  DISPUTE_MARGIN,
  LOW_ALIGN,
  MIN_ALIGN,
  STRONG_ALIGN,
  dedupeCitations,
  exactFigures,
  type Analysed,
  type CheckOutput,
  type ClaimCheck,
  type ClaimContext,
  type CorpusView,
} from "../context";
import { comparableKinds, comparableVague, confirms, isBound, speaksTo } from "../figures";
import { claimFrame, claimPeriodsFor, datesOfRelatedEvents, sameFrame, sameFrameStated, sameMeasure, sourceFrame, unitYears, yearOfOtherAct, type Frame } from "../frames";
import { clauseOf, clip, inSpan, plural, relativeClauseAt } from "../spans";
import { doerOfFigure, sameName, speakersOf } from "../references";
import { predicatesOf } from "../../meaning/facts";
import { differenceOf, type Difference } from "../figure-differences";
import { citedPublication } from "../../text/speech";

/** Nouns for a report and where it ran. */
const REPORT_NOUNS = String.raw`reports?|outlets?|sources?|articles?|accounts?|publications?|stor(?:y|ies)|coverage`;
/** The claim gives a figure as a minority's, in its clause: "one report described it as", "another outlet put it at", "some reports say". */
const MINORITY_REPORT = new RegExp(`\\b(?:one|another|a single|a few|some|other|a minority of)\\s+(?:other\\s+)?(?:${REPORT_NOUNS})\\b[^.;]*$`, "i");

/** Sentences a search by a figure's digits ranks, for a value the claim sets beside the sources'. */
const FIGURE_SEARCH = 32;
/** Kinds of figure whose values reports may give differently side by side (not dates or ages). */
const AMOUNT_KINDS_SET = new Set(["money", "count", "percent"]);
/** The two figures are the ends of a change: "from $9 billion to $4 billion", "rose from … to". */
function changeBetween(text: string, x: Quantity, y: Quantity): boolean {
  const [first, second] = x.start < y.start ? [x, y] : [y, x];
  return /\bfrom\s+(?:\S+\s+){0,3}$/i.test(text.slice(Math.max(0, first.start - 30), first.start)) && /\bto\b/i.test(text.slice(first.end, second.start));
}
/** Words after a figure that make it a part of another: "about $200 million of that came from Google". */
const PART_OF_OTHER = /^\s+(?:of\s+(?:that|it|this|which|those|them)|thereof)\b/i;
/** Words before a figure that deny it: "not $14.3 billion", "rather than $14.3 billion". */
const DENIED_FIGURE = /\b(?:not|rather\s+than|instead\s+of|never)\s+(?:\w+\s+)?$/i;
/** A report, unnamed or named by its outlet, and its verb of saying: "One report says", "The heise article is inconsistent …, first saying". */
const REPORT_FRAME = new RegExp(`\\b(?:(?:one|another|some|other|an?|the)\\s+)?(?:[\\p{L}-]+\\s+)?(?:${REPORT_NOUNS})\\b[^.;"“”]{0,80}?\\b(?:says?|said|saying|reported|reports|reporting|cites?|cited|citing|puts?|putting|gives?|gave|giving|states?|stated|stating)\\b`, "giu");
/** Verbs and nouns that introduce a figure without saying what it counts. */
const MEASURE_WORDS = new Set(["total", "amount", "reach", "stand", "stood", "come", "came", "figure", "sum", "tally", "approximately", "roughly", "about", "around", "nearly", "almost", "least", "over", "more", "less", "than", "some", "estimate", "estimated"]);

/** An apposition set off by commas right after a name: ", the company at the center of all this,". */
const APPOSITION = /^,\s+(?:the|a|an)\s[^,;]{1,80},/;
/** Weight of a claim word in an apposition to a name, outside the figure's own words. */
const APPOSITION_WEIGHT = 0.25;
/** Alignment added to a source figure that names the same measure as the claim's ("investment" and "invested"). */
const MEASURE_BONUS = 0.2;
/** Weight of a source word by its distance (in words) from the source figure, inside its clause. */
const NEAR_WEIGHT = { within5: 1, within10: 0.85, further: 0.7, otherClause: 0.6 };
/** Weight of a claim word outside the clause of the claim's figure. */
const OTHER_CLAUSE_WEIGHT = 0.6;
/** Weight of a claim word outside the relative clause of the claim's figure ("…, which was founded in 2016, generated …"): another fact's. */
const RELATIVE_OUTSIDE_WEIGHT = 0.1;
/** Weight of a claim word found only in a neighbouring sentence of the source figure. */
const NEIGHBOUR_SENTENCE_WEIGHT = 0.35;
/** Words this close to the source figure, in its clause, count for the precision of the alignment. */
const PRECISION_WINDOW = 8;
/** How much the precision of the alignment (source words the claim shares) weighs against recall. */
const PRECISION_SHARE = 0.3;

interface Group {
  rep: Quantity;
  members: Quantity[];
  units: Set<string>;
  docs: number[];
  align: number;
  surfaces: Map<string, number>;
  /** Some member names the time the claim names ("in 2024"), not just the measure. */
  timed: boolean;
}

type QuantityOutcome =
  | { kind: "match"; docs: number[]; split: Group[]; anchorDocs: number[] }
  | { kind: "disputed"; docs: number[]; split: Group[]; expected: Group }
  | { kind: "contradicted"; docs: number[]; split: Group[]; expected: Group }
  | { kind: "unknown" };

/**
 * Whose age the claim gives: the name written right before it, or, for "At 28, Alexandr Wang was …",
 * the name right after its comma, past a possessor and a title ("At 28, Scale's interim chief
 * executive Jason Droege is …").
 */
function ageOwnerOf(a: Analysed, q: Quantity): NameMention | undefined {
  return nameBefore(a.names, a.plain, q.start) ?? a.names.find((n) => n.start >= q.end && /^,\s*(?:[^,.;]{0,60}\s)?$/.test(a.plain.slice(q.end, n.start)) && !/^['’]s?\b/.test(a.plain.slice(n.end, n.end + 2)));
}

/** The claim's age as the sources give it of another person, named right before it, where the claim names whose it is. */
function otherOwnersAge(a: Analysed, q: Quantity, read: readonly SentenceInfo[]): { info: SentenceInfo; owner: NameMention; claimed: NameMention } | undefined {
  const claimed = ageOwnerOf(a, q);
  if (!claimed) return undefined;
  for (const info of read)
    for (const s of info.quantities) {
      if (s.kind !== "age" || !sameQuantity(s, q)) continue;
      const owner = nameBefore(info.names, info.text, s.start);
      if (owner && !sameEntity(owner, claimed)) return { info, owner, claimed };
    }
  return undefined;
}

/**
 * The claim's value where the claim itself sets it beside the value the sources give (`expected`),
 * as another figure of the same kind, measure and time ("Most reports put Meta's investment at $14.3
 * billion, while one says $14.1 billion"), and a sentence read gives it as that measure: a match. Not
 * a value the claim denies ("$15.1 billion, not $14.3 billion"), a change's two ends, a part of the
 * other ("$200 million of that"), nor a valuation beside an investment.
 */
function valueSetBeside(view: CorpusView, a: Analysed, q: Quantity, figures: readonly Quantity[], candidates: readonly SentenceInfo[], expected: Quantity): QuantityOutcome | undefined {
  if (!AMOUNT_KINDS_SET.has(q.kind) || PART_OF_OTHER.test(a.plain.slice(q.end, q.end + 16))) return undefined;
  const frame = claimFrame(a, q);
  const other = figures.find((f) => f !== q && f.kind === q.kind && sameQuantity(f, expected) && (!frame.measure || claimFrame(a, f).measure === frame.measure) && sameFrame(frame, claimFrame(a, f)) && !changeBetween(a.plain, f, q) && !DENIED_FIGURE.test(a.plain.slice(Math.max(0, f.start - 16), f.start)));
  if (!other) return undefined;
  // (found by its digits too, where the candidates lack it; given as the other's measure: "for a
  // total of 14.1 billion US dollars" is a price as the claim's $14.3 billion investment is)
  const digits = tokenize(q.text).map((t) => t.term).filter((t) => /\d/.test(t));
  const read = [...candidates, ...view.sentences(view.corpus.index.search(digits, FIGURE_SEARCH).map((h) => h.doc))];
  const measures = [undefined, claimFrame(a, other).measure];
  const giving = read.filter((info) => info.quantities.some((x) => x.kind === q.kind && !x.vague && !isBound(x) && confirms(q, x) && sameFrameStated(frame, sourceFrame(info, x)) && measures.includes(sourceFrame(info, x).measure))).map((info) => info.doc);
  return giving.length ? { kind: "match", docs: giving, split: [], anchorDocs: [] } : undefined;
}

/** Sentences read per age for its owner's name. */
const AGE_SEARCH_LIMIT = 200;

/** Sentences naming the owner of the claim's age that give an age, or are followed by one that does ("The 31-year-old …"). */
function ageSentences(view: CorpusView, a: Analysed, q: Quantity): SentenceInfo[] {
  const owner = ageOwnerOf(a, q);
  const term = owner ? firstTermOf(owner.core[owner.core.length - 1]) : undefined;
  if (!term) return [];
  const out: SentenceInfo[] = [];
  for (const doc of view.corpus.index.docsWith(term, AGE_SEARCH_LIMIT)) {
    const s = view.corpus.sentence(doc);
    if (!s) continue;
    for (const w of view.corpus.windowOf(s)) if (w.doc >= s.doc && w.quantities.some((x) => x.kind === "age")) out.push(w);
  }
  return out;
}

/** "The 31-year-old": an age standing for a person. */
const AGED_NOUN = /\b(?:the|a)\s+$/i;

/** An aside set off by commas between a name and its age's copula: ", the Scale founder Meta hired, is ". */
const AGE_PAST_ASIDE = /^,[^,;]{1,120},\s+(?:is|was|turned|turns)\s+(?:(?:now|just|only)\s+)?$/;

/** How many times larger one sum must be than another to be the price of another thing. */
const OTHER_SCALE = 1e5;

export const quantityCheck: ClaimCheck = {
  id: "quantity",
  description: "A figure, percentage, count, age or date that the sources give otherwise, or disagree about.",
  stage: "facts",
  run(ctx: ClaimContext): CheckOutput {
    const { analysed: a, candidates, view } = ctx;
    const findings: Finding[] = [];
    const evidence: number[] = [];
    const unknownFigures: Quantity[] = [];
    let unresolved = 0;
    // Sentences where one figure of the claim is confirmed state the same fact: the claim's other
    // figures are then compared with the figures of those sentences first (shared anchors).
    // (and its orders of magnitude, "hundreds of millions of dollars": left to its words when no
    // source figure speaks to them, as before, but contradicted by a source's "tens of millions")
    const figures = [...exactFigures(a), ...a.quantities.filter(comparableVague)].sort((x, y) => x.start - y.start);
    // (an age is looked for where its owner is named too, and in the sentences right after: "Kate
    // Winslet has yet to win … The 31-year-old has delivered …" for "Winslet, at 31, became …")
    const forAge = (q: Quantity) => (q.kind === "age" ? [...candidates, ...ageSentences(view, a, q)] : candidates);
    // (a difference between two figures is checked by arithmetic, never against a source's figure)
    const differences = new Map(figures.map((q) => [q, differenceOf(a.plain, q, figures)] as const));
    const outcomes = figures.map((q) => (differences.get(q) ? ({ kind: "unknown" } as const) : checkFigure(view, a, q, forAge(q), new Set())));
    // (a figure in a relative clause set off by commas is another fact's: "Scale AI, which was
    // founded in 2016, brought in $870 million in 2024" does not date the founding by the revenue's
    // sentence; it shares anchors only with figures of its own clause)
    const relatives = figures.map((q) => relativeClauseAt(a.plain, q.start)?.[0] ?? -1);
    const anchorsOf = (i: number) => new Set(outcomes.flatMap((o, j) => (o.kind === "match" && relatives[j] === relatives[i] ? o.anchorDocs : [])));
    for (let i = 0; i < figures.length; i++) {
      const q = figures[i];
      const difference = differences.get(q);
      if (difference) {
        if (difference.consistent === false) findings.push(differenceFinding(ctx, q, difference));
        else if (difference.consistent === undefined && !q.vague) unknownFigures.push(q);
        continue;
      }
      let outcome = outcomes[i];
      const anchors = anchorsOf(i);
      if (outcome.kind === "unknown" && anchors.size) outcome = checkFigure(view, a, q, forAge(q), anchors);
      // a sentence that confirms another figure of the claim and states this one too gives both
      // ("scheduled for December 2019 and January 2020"), whatever figure sits nearer its words
      if (outcome.kind === "contradicted") {
        // (anchors come from the other figures: this one has not matched)
        const frame = claimFrame(a, q);
        const both = view.sentences(anchors).filter((info) => info.quantities.some((s) => confirms(q, s) && sameFrameStated(frame, sourceFrame(info, s)))).map((info) => info.doc);
        if (both.length) outcome = { kind: "match", docs: both, split: [], anchorDocs: both };
      }
      // a value the claim itself gives as a minority's ("one report described it as a $14.8 billion
      // deal") is what the sources say when a few of them give it
      if (outcome.kind === "disputed" && MINORITY_REPORT.test(a.plain.slice(Math.max(0, q.start - 60), q.start))) outcome = { kind: "match", docs: outcome.docs, split: outcome.split, anchorDocs: [] };
      // (nor is a value the claim itself sets beside the one the sources give: "first saying Meta paid
      // $14.1 billion and later citing a $14.3 billion investment")
      if (outcome.kind === "contradicted" || outcome.kind === "disputed") outcome = valueSetBeside(view, a, q, figures, candidates, outcome.expected.rep) ?? outcome;
      if (outcome.kind === "match") evidence.push(...outcome.docs);
      else if (outcome.kind === "unknown") {
        // (an age the sources give someone else, never the claim's person: "At 28, Scale's interim
        // chief executive Jason Droege …" where "Wang, 28,")
        const other = q.kind === "age" ? otherOwnersAge(a, q, forAge(q)) : undefined;
        if (other) {
          findings.push({ kind: "unsupported-part", claimed: q.text, message: `Sources give ${q.text} as the age of ${other.owner.text}, not of ${other.claimed.text}: “${clip(other.info.text.trim(), 160)}”`, range: ctx.view.rangeInPlain(ctx.claim, q.start, q.end), evidence: [ctx.view.citation(other.info, 1, [])] });
          unresolved++;
        } else if (!q.vague) unknownFigures.push(q);
      }
      else {
        findings.push(figureFinding(ctx, q, outcome));
        if (outcome.kind === "disputed") evidence.push(...outcome.docs);
      }
    }
    return { findings, evidence, unknownFigures, unresolved };
  },
};

/** The claim gives the source date `s` for another of its dates, of the source date's event and not of this one's. */
function otherEventsDate(a: Analysed, q: Quantity, frame: Frame, s: Quantity, theirs: Frame): boolean {
  if (datesOfRelatedEvents(frame, theirs) !== false) return false;
  return a.quantities.some((x) => x !== q && x.kind === "date" && sameQuantity(x, s) && datesOfRelatedEvents(claimFrame(a, x), theirs) === true);
}

/** The name written right before an age ("Wang, 28,", "Wang aged 28", "Wang is 28", "Wang was 28 when"). */
function nameBefore(names: readonly NameMention[], text: string, pos: number): NameMention | undefined {
  for (let i = names.length - 1; i >= 0; i--) {
    if (names[i].end > pos) continue;
    if (/^(?:,?\s*(?:aged\s*)?|(?:(?:,\s+who)?\s+(?:is|was|turned|turns|at)|,\s+who['’]s|,\s+at)\s+(?:(?:now|just|only)\s+)?)$/.test(text.slice(names[i].end, pos))) return names[i];
    // (or the subject before an aside set off by commas: "Alexandr Wang, the Scale founder Meta hired, is 28")
    return names.find((n) => n.end <= names[i].start && AGE_PAST_ASIDE.test(text.slice(n.end, pos)));
  }
  return undefined;
}

function checkFigure(view: CorpusView, a: Analysed, q: Quantity, candidates: readonly SentenceInfo[], anchors: Set<number>): QuantityOutcome {
  // (a relative clause set off by commas is the figure's whole clause: "…, which was founded in 2016,")
  const relative = relativeClauseAt(a.plain, q.start);
  const [clauseStart, clauseEnd] = relative ?? clauseOf(a.plain, q.start);
  // The claim's key words, weighted by rarity (dampened so one rare word cannot decide alone)
  // and by closeness to the figure.
  const weights = new Map<string, number>();
  let total = 0;
  // (the name a relative clause is said of is its subject: "Scale AI, which was founded in 2019,")
  const antecedent = relative ? a.names.find((n) => n.end === relative[0]) : undefined;
  // (an apposition after a name describes it, another fact's words: "Scale AI, the company at the
  // center of all this, was founded in 2019")
  const appositions = a.names.map((n) => [n.end, n.end + (APPOSITION.exec(a.plain.slice(n.end))?.[0].length ?? 0)]).filter(([s, e]) => e > s && !(q.start >= s && q.start < e));
  const inApposition = (t: { start: number }) => appositions.some(([s, e]) => t.start >= s && t.start < e);
  // (the words that give the figure to a report are no words of its fact: "One report says",
  // "The heise article …, first saying")
  const framing = [...a.plain.slice(0, q.start).matchAll(REPORT_FRAME)].map((m) => [m.index!, m.index! + m[0].length]);
  for (const t of a.tokens) {
    if ((t.end > q.start && t.start < q.end) || framing.some(([s, e]) => t.start >= s && t.end <= e)) continue;
    const weight = a.terms.get(t.term);
    if (weight === undefined || weights.has(t.term) || MEASURE_WORDS.has(t.term)) continue;
    const own = (t.start >= clauseStart && t.end <= clauseEnd) || (!!antecedent && t.start >= antecedent.start && t.end <= antecedent.end);
    const w = weight * (inApposition(t) ? APPOSITION_WEIGHT : own ? 1 : relative ? RELATIVE_OUTSIDE_WEIGHT : OTHER_CLAUSE_WEIGHT);
    weights.set(t.term, w);
    total += w;
  }
  const frame = claimFrame(a, q);
  const ageOwner = q.kind === "age" ? ageOwnerOf(a, q) : undefined;
  // (a name that only qualifies an event, "after the Meta news", need not be named where the figure is)
  const claimNames = a.names.filter((n) => !inSpan(n.start, a.quotes) && !namesAnEvent(a.plain, n));
  // who the figure is about: the nearest name before it in its clause ("Meta paid $14.3bn",
  // "Altman said Meta offered bonuses as high as $100 million")
  // (amounts only: a date or a span of time belongs to an event rather than to whoever is named)
  const agent = q.kind === "money" || q.kind === "count" || q.kind === "percent" ? claimNames.filter((n) => n.start >= clauseStart && n.end <= q.start).pop() : undefined;
  // who gives the figure, when the claim reports it ("Alex Ratner said the inquiries added up to …")
  // (the nearest before it: in "PYMNTS reported that Scale announced … in a June 18 press release"
  // the date is in Scale's announcement, which the sources tell without PYMNTS beside it)
  const speaker = predicatesOf(a.plain, claimNames).filter((p) => p.speech && !p.negated && p.end <= q.start && p.start > (relativeClauseAt(a.plain, p.start)?.[1] ?? -1)).pop();
  const claimSpeakers = speaker ? speakersOf(speaker, { text: a.plain, names: claimNames }) : [];
  // (the agent does an act of the claim, not only stands before the figure: "acquired its stake in Scale AI for …")
  const agentActs = !!agent && predicatesOf(a.plain, claimNames).some((p) => !p.speech && p.agent && sameName(p.agent, agent));

  interface Aligned {
    info: SentenceInfo;
    q: Quantity;
    align: number;
    timed: boolean;
    /** It reports the words of the claim's speaker. */
    bySpeaker?: boolean;
  }
  let aligned: Aligned[] = [];
  const seen = new Set<number>();
  for (const info of candidates) {
    if (seen.has(info.doc)) continue;
    seen.add(info.doc);
    // (vague amounts, "billions of dollars", speak only to vague ones: see speaksTo)
    const sourceQs = info.quantities.filter((s) => speaksTo(q, s));
    if (!sourceQs.length) continue;
    const window = view.corpus.windowOf(info);
    // (a publication the claim cites, "Reuters' sources said", "according to Reuters", need not be named there)
    // (an age's owner alone, for an age: "With another Academy Award nomination, Winslet, at 31, became")
    if (!view.namesIn(ageOwner ? [ageOwner] : claimNames.filter((n) => !citedPublication(a.plain, n.start, n.end)), window)) continue;
    // the neighbours' words (their term sets: no token objects needed)
    const neighbours = window.filter((w) => w !== info);
    const around = { has: (term: string) => neighbours.some((w) => w.termSet.has(term)) };
    // a sentence that gives the claimed value (even as a bound) does not dispute it with its
    // other figures: they count other things ("$14.3 billion … boosts its valuation to over $29 billion")
    // (only in the claim's frame: "$29 billion … up from $14 billion before the deal" gives $14 billion as the value before it)
    const agreeing = sourceQs.some((s) => sameQuantity(q, s) && sameFrameStated(frame, sourceFrame(info, s)));
    for (const s of sourceQs) {
      if (agreeing && !sameQuantity(q, s)) continue;
      // (a sum a hundred thousand times another, or as small, is the price of another thing: "$100"
      // an annotation against "$200 million" a year; a million for a billion is still a wrong figure)
      if (q.kind === "money" && s.kind === "money" && q.value > 0 && s.value > 0 && Math.max(q.value / s.value, s.value / q.value) >= OTHER_SCALE) continue;
      // (a value the claim gives for another of its figures is that one's: "Scale AI, founded in
      // 2016, generated $870 million in 2024" against "generated $870 million in sales in 2024")
      // (years only: amounts swapped between two measures must still be caught)
      if (q.kind === "year" && !sameQuantity(q, s) && a.quantities.some((x) => x !== q && x.kind === "year" && sameQuantity(x, s))) continue;
      // (and a date the claim gives for another event, when the source gives it for that event too:
      // "reported on June 18 …, six days after Scale's June 12 announcement" against "reported
      // Wednesday (June 18)"; dates swapped between the two events are still compared)
      if (q.kind === "date" && !sameQuantity(q, s) && otherEventsDate(a, q, frame, s, sourceFrame(info, s))) continue;
      let align: number;
      let timed = false;
      let bySpeaker = false;
      if (q.kind === "age") {
        // (or "the 31-year-old" standing for the person named just before: the claim's, if named there)
        const owner = nameBefore(info.names, info.text, s.start) ?? (ageOwner && AGED_NOUN.test(info.text.slice(Math.max(0, s.start - 5), s.start)) && /year-old/i.test(s.text) ? window.filter((w) => w.doc < info.doc && w.unit === info.unit).flatMap((w) => w.names).find((n) => sameEntity(n, ageOwner)) : undefined);
        align = ageOwner && owner && sameEntity(ageOwner, owner) ? 1 : 0;
        // (an age at an event, "was 19 when he founded", is not the age now: "Wang, 28,")
        if (align > 0 && !sameFrame(frame, sourceFrame(info, s))) align = 0;
      } else {
        align = total > 0 ? alignment(view, weights, total, info, s, around) : 0;
        if (anchors.has(info.doc)) align += ANCHOR_BONUS;
        // a source figure whose clause names others and not the claim's agent counts something
        // of someone else ("Google had intended to pay Scale AI $200 million" for "Meta paid …")
        if (agent && align > 0 && aboutOthers(view, info, s, agent, agentActs)) align = 0;
        // a figure another named speaker gives is theirs ("hundreds of millions" from Labelbox's
        // CEO is not what Snorkel AI's said), unless the claim's speaker is named beside it
        if (claimSpeakers.length && align > 0) {
          const by = speakersIn(view, info, claimSpeakers);
          if (by === "others") align = 0;
          // (and a sentence with the claim's speaker's words is where to look: "dozens of them, he
          // said, resulting in "tens of millions of dollars"", after "Ratner")
          else if (by === "speaker") {
            align += MEASURE_BONUS;
            bySpeaker = true;
          }
        }
        // a figure of another measure, or of another time, counts something else; one of the same
        // named measure ("investment" and "invested") counts the same thing
        if (align > 0) {
          const theirs = sourceFrame(info, s);
          // (the claim's value at a time the source may not mean confirms nothing)
          if (!sameFrame(frame, theirs) || (confirms(q, s) && !sameFrameStated(frame, theirs))) align = 0;
          // (a year of another act, where the article gives the claim's act another: "raised … in 2019" for "founded in 2019")
          else if (q.kind === "year" && frame.act && yearOfOtherAct(frame, theirs, unitYears(view, info), q)) align = 0;
          else if (sameMeasure(frame, theirs)) align += MEASURE_BONUS;
          timed = align > 0 && [...claimPeriodsFor(frame, theirs)].some((p) => theirs.periods.has(p));
        }
      }
      if (align >= LOW_ALIGN) aligned.push({ info, q: s, align, timed, bySpeaker });
    }
  }
  // a date some source gives for the claim's event outweighs dates given for other events ("It was
  // reported June 8 that Meta was weighing an investment" for "a press release dated June 8", where
  // "a June 12 press release")
  if (q.kind === "date" && aligned.length > 1) {
    const related = aligned.map((al) => datesOfRelatedEvents(frame, sourceFrame(al.info, al.q)));
    if (related.includes(true)) aligned = aligned.filter((_, k) => related[k] !== false);
  }
  if (!aligned.length) return { kind: "unknown" };
  aligned.sort((x, y) => y.align - x.align);
  const bestAlign = aligned[0].align;

  // Group the aligned values; count the source units that give each.
  const groups: Group[] = [];
  for (const al of aligned) {
    let g = groups.find((g) => sameGroup(g.rep, al.q));
    if (!g) groups.push((g = { rep: al.q, members: [], units: new Set(), docs: [], align: al.align, surfaces: new Map(), timed: false }));
    g.members.push(al.q);
    g.timed ||= al.timed;
    // show a group by a figure the sources state exactly, not by a bound ("over $29 billion")
    if (isBound(g.rep) && !isBound(al.q)) g.rep = al.q;
    g.units.add(al.info.unit.id);
    g.docs.push(al.info.doc);
    g.surfaces.set(al.q.text, (g.surfaces.get(al.q.text) ?? 0) + 1);
  }
  const bySupport = (x: Group, y: Group) => y.units.size - x.units.size || y.align - x.align;
  // The claim's value, stated by sources in words not much further from the claim's than the best.
  const mine = groups.filter((g) => g.align >= bestAlign - DISPUTE_MARGIN && g.members.some((m) => confirms(q, m)));
  if (mine.length) {
    const myAlign = Math.max(...mine.map((g) => g.align));
    const mySupport = Math.max(...mine.map((g) => g.units.size));
    const rivals = groups.filter((g) => !mine.includes(g) && g.align >= Math.max(MIN_ALIGN, myAlign - DISPUTE_MARGIN)).sort(bySupport);
    // a value given for the claim's very time outweighs values given without one ("$150 million
    // in 2024" against "$200 million" for "$200 million in 2024")
    const timedRivals = rivals.filter((g) => g.timed);
    if (frame.periods.size && timedRivals.length && !mine.some((g) => g.timed)) return { kind: "contradicted", docs: timedRivals[0].docs, split: timedRivals, expected: timedRivals[0] };
    const anchorDocs = aligned.filter((al) => al.align >= MIN_ALIGN && confirms(q, al.q)).map((al) => al.info.doc);
    if (!rivals.length || mySupport >= rivals[0].units.size) return { kind: "match", docs: mine.flatMap((g) => g.docs), split: [...mine, ...rivals].sort(bySupport), anchorDocs };
    // the whole split, every value that a source gives for this
    return { kind: "disputed", docs: mine.flatMap((g) => g.docs), split: [...mine, ...rivals].sort(bySupport), expected: rivals[0] };
  }
  // (the speaker's own words need less: they are what the claim reports)
  if (bestAlign < (aligned[0].bySpeaker ? MIN_ALIGN : STRONG_ALIGN)) return { kind: "unknown" };
  const near = groups.filter((g) => g.align >= bestAlign - CONTENDER_MARGIN);
  // (here too a value given for the claim's very time outweighs values given without one)
  const timedNear = frame.periods.size ? near.filter((g) => g.timed) : [];
  const contenders = (timedNear.length ? timedNear : near).sort(bySupport);
  // (a bound the claimed value lies within does not contradict it: "at least $120 million" for
  // "$200 million" leaves it unconfirmed)
  if (!isBound(q) && isBound(contenders[0].rep) && sameQuantity(q, contenders[0].rep)) return { kind: "unknown" };
  return { kind: "contradicted", docs: contenders[0].docs, split: contenders, expected: contenders[0] };
}

/** "the NAME news", "the Meta deal": a name between "the" and a lower-case noun that it qualifies. */
function namesAnEvent(text: string, n: NameMention): boolean {
  return /\bthe\s$/i.test(text.slice(Math.max(0, n.start - 4), n.start)) && /^\s(?:deal|news|announcement|investment|acquisition|agreement|transaction|takeover|move|stake|tie-up)\b/.test(text.slice(n.end, n.end + 16));
}

/** The share a bound and an exact value of one group may differ by. */
const BOUND_GROUP_SPREAD = 0.1;

/**
 * Two source values give the same figure: they agree, and a bound's value is near an exact one's
 * ("over $29 billion" and "$29 billion"; not "at least $120 million" and "$14.3 billion", which
 * agree only as far as the bound goes).
 */
function sameGroup(a: Quantity, b: Quantity): boolean {
  if (!sameQuantity(a, b)) return false;
  if (isBound(a) === isBound(b)) return true;
  return Math.abs(a.value - b.value) <= BOUND_GROUP_SPREAD * Math.max(Math.abs(a.value), Math.abs(b.value));
}

/**
 * Whose words a source sentence reports, for a claim that reports `speakers`' words: "others" when
 * it names speakers, none of them theirs, and none of theirs is named beside it; "speaker" when it
 * reports theirs (named, or "he said" beside their name); else undefined.
 */
function speakersIn(view: CorpusView, info: SentenceInfo, speakers: readonly NameMention[]): "others" | "speaker" | undefined {
  const speech = predicatesOf(info.text, info.names).filter((p) => p.speech);
  if (!speech.length) return undefined;
  const theirs = speech.flatMap((p) => speakersOf(p, info));
  if (theirs.some((n) => speakers.some((m) => sameName(n, m)))) return "speaker";
  const besideThem = view.namesIn(speakers, view.corpus.windowOf(info));
  if (theirs.length) return besideThem ? undefined : "others";
  return besideThem && speech.some((p) => p.pronoun) ? "speaker" : undefined;
}

/** Whether the clause of a source figure names people or organisations, none of them `agent`. */
function aboutOthers(view: CorpusView, info: SentenceInfo, s: Quantity, agent: NameMention, agentActs: boolean): boolean {
  // (a figure with a possessor is the possessor's: "Google may cut ties with Scale AI after Meta's $14.3B stake")
  const owner = info.names.find((m) => m.end <= s.start && /^['’]s\s*$/.test(info.text.slice(m.end, s.start)));
  if (owner) return !(sameEntity(owner, agent) || sameOrg(owner, agent));
  const [clauseStart, clauseEnd] = clauseOf(info.text, s.start);
  const names = info.names.filter((m) => m.start >= clauseStart && m.end <= clauseEnd && !(m.end > s.start && m.start < s.end));
  // (or of whom its act's subject stands for: "The tech giant, Scale's top client, poured $150
  // million … and had previously planned to spend $200 million" is Google's, named before)
  if (!names.length && agentActs) {
    // (a coordinated act without a subject of its own has the first one's: "poured … and had planned to spend")
    const doer = doerOfFigure(info, s.start, view.corpus.windowOf(info));
    return !!doer && !(sameEntity(doer, agent) || sameOrg(doer, agent));
  }
  if (!names.length) return false;
  if (names.some((m) => sameEntity(m, agent) || sameOrg(m, agent))) return false;
  const clause = info.lower.slice(clauseStart, clauseEnd);
  return !mentionsName(clause, agent.core, () => wordBases(clause));
}

/**
 * How well the words around a source figure match the claim's words around its figure:
 * recall of the claim's key words (nearer the source figure counts more), damped when the
 * source figure's own neighbours are words the claim does not use ("valued" vs "invested").
 */
function alignment(view: CorpusView, weights: Map<string, number>, total: number, info: SentenceInfo, s: Quantity, around: { has(term: string): boolean }): number {
  const [clauseStart, clauseEnd] = clauseOf(info.text, s.start);
  const near = new Map<string, number>();
  const tokens = info.tokens;
  const at = tokens.findIndex((t) => t.start >= s.start);
  const figureIndex = at < 0 ? tokens.length : at;
  let precisionGot = 0;
  let precisionAll = 0;
  tokens.forEach((t, i) => {
    if (t.end > s.start && t.start < s.end) return;
    const inClause = t.start >= clauseStart && t.end <= clauseEnd;
    const distance = Math.abs(i - figureIndex);
    const p = inClause ? (distance <= 5 ? NEAR_WEIGHT.within5 : distance <= 10 ? NEAR_WEIGHT.within10 : NEAR_WEIGHT.further) : NEAR_WEIGHT.otherClause;
    if (p > (near.get(t.term) ?? 0)) near.set(t.term, p);
    if (inClause && distance <= PRECISION_WINDOW && isContentTerm(t.term) && !/^\d/.test(t.term) && !MEASURE_WORDS.has(t.term)) {
      const w = view.weightOf(t.term);
      precisionAll += w;
      if (weights.has(t.term)) precisionGot += w;
    }
  });
  let got = 0;
  for (const [term, w] of weights) got += w * (near.get(term) ?? (around.has(term) ? NEIGHBOUR_SENTENCE_WEIGHT : 0));
  const recall = got / total;
  const precision = precisionAll ? precisionGot / precisionAll : 1;
  return recall * (1 - PRECISION_SHARE + PRECISION_SHARE * precision);
}

/** How a value is shown: canonical for amounts, the sources' own words for spans of time. */
function displayValue(g: Group): string {
  if (g.rep.kind === "duration") {
    const [surface] = [...g.surfaces.entries()].sort((x, y) => y[1] - x[1])[0];
    return surface.replace(/^(?:over|about|roughly|around|nearly|the (?:last|past)|last|past)\s+/i, "").replace(/^(?:the (?:last|past))\s+/i, "");
  }
  return formatQuantity(g.rep);
}

/** A difference the claim's two figures do not make: "$80 million more than $150 million" where it says $200 million. */
function differenceFinding(ctx: ClaimContext, q: Quantity, d: Difference): Finding {
  const [x, y] = d.between!;
  const expected = formatQuantity({ ...q, value: d.value!, low: d.value!, high: d.value!, hedge: undefined, vague: false });
  return { kind: "number", claimed: q.text, expected, message: `${x.text} and ${y.text} differ by ${expected}, not ${q.text}.`, range: ctx.view.rangeInPlain(ctx.claim, q.start, q.end) };
}

function figureFinding(ctx: ClaimContext, q: Quantity, outcome: Exclude<QuantityOutcome, { kind: "match" | "unknown" }>): Finding {
  const { view, claim } = ctx;
  const exp = outcome.expected;
  const expectedText = displayValue(exp);
  const split: ValueSupport[] = outcome.split.map((g) => ({ value: displayValue(g), support: g.units.size, keys: [...g.units] }));
  const n = exp.units.size;
  const claimed = q.text;
  const kind = q.kind === "date" || q.kind === "year" ? "date" : "number";
  const evidence = dedupeCitations(view.sentences(exp.docs).map((s) => view.citation(s, 1, [])));
  const range = view.rangeInPlain(claim, q.start, q.end);
  if (outcome.kind === "disputed") {
    const parts = split.map((s) => `${s.value} (${plural(s.support, "article")})`).join(", ");
    return { kind: "disputed", claimed, expected: expectedText, support: n, split, message: `“${claimed}”: sources disagree: ${parts}; most say ${expectedText}.`, range, evidence };
  }
  const others = split.filter((s) => s.value !== expectedText);
  const rest = others.length ? ` Other values: ${others.map((s) => `${s.value} (${plural(s.support, "article")})`).join(", ")}.` : "";
  // a value the sources give for another measure is named as such ("$14.3 billion is the investment")
  const measures = kind === "number" ? measuresOf(ctx, q) : undefined;
  const message = measures
    ? `“${claimed}”: sources give ${expectedText} as the ${MEASURE_NAMES[measures.claimed]} (${plural(n, "article")}); ${claimed} is the ${MEASURE_NAMES[measures.other]}.${rest}`
    : `“${claimed}”: sources say ${expectedText} (${plural(n, "article")}).${rest}`;
  return { kind, claimed, expected: expectedText, support: n, split, message, range, evidence };
}

/** The claim's measure for the figure, and another measure the sources give its very value for, if any. */
function measuresOf(ctx: ClaimContext, q: Quantity): { claimed: string; other: string } | undefined {
  // (an order of magnitude takes in figures of many measures: naming one of them says nothing)
  if (q.vague) return undefined;
  const claimed = claimFrame(ctx.analysed, q).measure;
  if (!claimed || !MEASURE_NAMES[claimed]) return undefined;
  for (const info of ctx.candidates)
    for (const s of info.quantities) {
      if (s.vague || !comparableKinds(q, s) || !confirms(q, s)) continue;
      const other = sourceFrame(info, s).measure;
      if (other && other !== claimed && MEASURE_NAMES[other]) return { claimed, other };
    }
  return undefined;
}
