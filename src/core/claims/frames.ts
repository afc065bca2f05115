// The frame of a figure (what it measures, whether it holds before an event, the periods its
// clause names) on both sides: a claimed figure is compared only with source figures of the same
// frame. Shared by the quantity check and by support (a figure "stated" in another frame is not).
import type { SentenceInfo } from "../index/corpus";
import type { Quantity } from "../quantities";
import { figureFrame, type FigureFrame } from "../meaning/measures";
import type { Analysed, CorpusView } from "./context";
import { clauseOf, periodsIn } from "./spans";
import { tagSentence, type TaggedToken } from "../meaning/tagger";
import { termOf } from "../text/tokens";
import { lemma, relatePredicates, verbsOf } from "../meaning/lexicon";

export interface Frame extends FigureFrame {
  periods: Set<string>;
  /**
   * A source figure's own subject in a gapped clause ("goldfish up to 2kg and koi carp up to 8kg":
   * 8kg is the carp's), as a term; a claim without that word is not about this figure.
   */
  owner?: string;
  /** A claim figure's: the terms of its claim. */
  claimTerms?: ReadonlyMap<string, number>;
  /** An age's event, as a verb lemma: "was 19 when he founded Scale AI" (found); none for an age given of now ("Wang, 28,"). */
  event?: string;
  /** A source figure's: the year its source is dated, which its "this year" was read in. */
  year?: number;
  /** A year's act, as a verb lemma: "founded in 2016" (found); a year of another act says nothing of it. */
  act?: string;
  /** A date's events, as lemmas: the verb before it and the noun after it ("reported on June 18", "a June 12 press release"). */
  events?: string[];
}

/** Kinds of figure that measure something (a date or an age is its own measure). */
const MEASURED = new Set(["money", "count", "percent"]);

const sourceFrames = new WeakMap<SentenceInfo, Map<number, Frame>>();

function frameOf(text: string, q: Quantity, all: readonly Quantity[]): Frame {
  const periods = q.kind === "year" || q.kind === "date" ? new Set<string>() : attachedPeriods(text, q, all);
  if (q.kind === "date") return { periods, before: false, events: dateEvents(text, q) };
  if (q.kind === "year") {
    const act = yearAct(text, q);
    return { periods, before: false, ...(act ? { act } : {}) };
  }
  if (q.kind === "age") {
    const event = ageEvent(text, q);
    return { periods, before: false, ...(event ? { event } : {}) };
  }
  if (q.kind === "duration") {
    const measure = durationMeasure(text, q);
    return { periods, before: false, ...(measure ? { measure } : {}) };
  }
  if (!MEASURED.has(q.kind)) return { periods, before: false };
  // (a year or a date between an amount and its measure word does not part them: "revenue in 2024 was about $150 million")
  return { ...figureFrame(text, q.kind, q.start, q.end, all.filter((x) => x.kind !== "year" && x.kind !== "date")), periods };
}

/** A verb right after a span: the span is its subject. */
const SUBJECT_AFTER = /^\s+(?:has|have|had|is|was|were|will)\b/i;
/** A span of time that separates two events: "six days after the announcement", "a year ago". ("Within two weeks" may be either.) */
const OFFSET_AFTER = /^\s+(?:after|before|later|earlier|ago|since|from)\b/i;
/** A span of time something lasts or a figure covers: "over the past six to 12 months", "for a year", "the last two weeks". */
const SPAN_BEFORE = /(?:\b(?:for|over|during|throughout)\s+|\b(?:past|last|next|first)\s+)(?:(?:about|around|roughly|nearly|almost|some|more than|less than)\s+)?$/i;
const SPAN_TEXT = /^(?:the\s+)?(?:past|last|next|first)\s/i;

/**
 * What a span of time measures: the time between two events ("offset") or how long something lasts
 * ("span"); undefined when its words do not say. "Six days after Scale's announcement" is not the
 * "six to 12 months" over which a relationship wound down.
 */
function durationMeasure(text: string, q: Quantity): "offset" | "span" | "topic" | undefined {
  // (a span that is its clause's subject is talked about, not the time an act took: "The last week
  // has been completely insane", beside "secured $50 million … over the last two weeks")
  if (SUBJECT_AFTER.test(text.slice(q.end, q.end + 12))) return "topic";
  const before = text.slice(Math.max(0, q.start - 30), q.start);
  // (a preposition of span comes first: "suspended for one week after the video surfaced")
  if (SPAN_TEXT.test(q.text) || SPAN_BEFORE.test(before)) return "span";
  if (OFFSET_AFTER.test(text.slice(q.end, q.end + 10))) return "offset";
  return undefined;
}

/** Tokens a year may stand past its verb, in its clause: "raised $100 million in a Series C round in 2019". */
const YEAR_ACT_REACH = 10;

/** The act a year dates: the nearest verb before it in its clause ("founded in 2016", "raised … in 2019"), or a possessed event noun ("its founding in 2019"), if any. */
function yearAct(text: string, q: Quantity): string | undefined {
  const tokens = tagSentence(text);
  let k = -1;
  for (let j = 0; j < tokens.length && tokens[j].end <= q.start; j++) k = j;
  for (let n = 0; k >= 0 && n < YEAR_ACT_REACH; k--, n++) {
    const t = tokens[k];
    if (/^[,;:.()]$/.test(t.text) || t.pos === "SCONJ" || t.pos === "CCONJ" || /^(?:which|who|that)$/i.test(t.text)) return undefined;
    if (t.pos === "VERB") return foundingIdiom(tokens, k) ?? lemma(t.text, "verb");
    // (an event noun its possessor did: "since its founding in 2019", "the company's launch in 2016")
    // (not a verb's object, whose verb says it: "got its start in 2018")
    if (t.pos === "NOUN" && /^(?:its|their|his|her|['’]s)$/i.test(tokens[k - 1]?.text ?? "") && tokens[k - 2]?.pos !== "VERB") return verbsOf(lemma(t.text, "noun"))[0];
  }
  return undefined;
}

/** A company's beginning in other words: "was started in 2019", "was launched in", "got its start in" date its founding. */
function foundingIdiom(tokens: readonly TaggedToken[], k: number): string | undefined {
  const verb = lemma(tokens[k].text, "verb");
  if ((verb === "start" || verb === "launch") && tokens[k - 1]?.lemma === "be") return "found";
  if (verb === "get" && /^(?:its|their)$/i.test(tokens[k + 1]?.text ?? "") && /^start$/i.test(tokens[k + 2]?.text ?? "")) return "found";
  return undefined;
}

/** Words between a verb and its date ("reported Wednesday (June 18)", "announced in a June 12 press release", "announced the deal on June 12"). */
const DATE_GAP = new Set(["ADP", "DET", "PROPN", "PUNCT", "NUM", "NOUN", "ADJ"]);
/** Words between a date and the noun it dates ("June 12 press release"). */
const DATE_MODIFIER = new Set(["NOUN", "PROPN", "ADJ"]);

/** The events a date is given for: the nearest verb before it, past prepositions and names, and the head noun it modifies. */
function dateEvents(text: string, q: Quantity): string[] {
  const tokens = tagSentence(text);
  const events: string[] = [];
  const firstAfter = tokens.findIndex((t) => t.start >= q.end);
  let lastBefore = -1;
  for (let k = 0; k < tokens.length && tokens[k].end <= q.start; k++) lastBefore = k;
  for (let k = lastBefore; k >= 0 && k > lastBefore - 5; k--) {
    const t = tokens[k];
    if (t.pos === "VERB") {
      // (what "dated" follows is the event: "a press release dated June 8")
      const dated = /^dated$/i.test(t.text) && tokens[k - 1]?.pos === "NOUN" ? tokens[k - 1] : undefined;
      events.push(dated ? lemma(dated.text, "noun") : lemma(t.text, "verb"));
      break;
    }
    if (!DATE_GAP.has(t.pos) || /^[,;:.]$/.test(t.text)) break;
  }
  let head: string | undefined;
  for (let k = firstAfter; k >= 0 && k < tokens.length && k < firstAfter + 3 && DATE_MODIFIER.has(tokens[k].pos); k++) if (tokens[k].pos === "NOUN") head = tokens[k].text;
  if (head) events.push(lemma(head, "noun"));
  return events;
}

/** "when he founded" after an age; "at (the age of)" or "when he was" before it, whose event is the verb before. */
const AGE_WHEN_AFTER = /^(?:\s+years?[\s-]old)?(?:\s*,)?\s+(?:when|as)\s+(?:he|she|they|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)\s+([a-z]+)/;
const AGE_AT_BEFORE = /\b(?:at|when\s+(?:he|she|they)\s+(?:was|were))\s+(?:the\s+)?(?:age\s+)?(?:of\s+)?$/i;

/** The event an age holds at ("was 28 when he founded Scale AI", "founded Scale AI at age 19"): another time than an age given of now. */
function ageEvent(text: string, q: Quantity): string | undefined {
  const after = AGE_WHEN_AFTER.exec(text.slice(q.end, q.end + 80));
  if (after) return lemma(after[1], "verb");
  const before = text.slice(0, q.start);
  if (!AGE_AT_BEFORE.test(before)) return undefined;
  // (set off after a name, "Alexandr Wang, at 32, as", it is the age of now, as "Wang, 32," is)
  if (/\p{Lu}[\p{L}'’.-]{0,30},\s+at\s+$/u.test(before) && /^\s*,/.test(text.slice(q.end))) return undefined;
  const verbs = tagSentence(before).filter((t) => t.pos === "VERB");
  const verb = verbs[verbs.length - 1];
  if (verb) return lemma(verb.text, "verb");
  // (opening the sentence, "At 19, he founded Scale AI": the act after it; not an auxiliary, "At 28,
  // Wang is poised to become …", "was already being described as", which tells the age of its time)
  const next = tagSentence(text).find((t) => t.start >= q.end && (t.pos === "VERB" || t.pos === "AUX"));
  return next?.pos === "VERB" && !/[^s]s$/i.test(next.text) && !/^(?:be|have)$/.test(next.lemma) ? lemma(next.text, "verb") : undefined;
}

/**
 * The periods a figure holds for: those after it up to the next figure of its clause ("$410 million
 * in 2024, up from $305 million in 2023"), else those before it back to the previous one.
 */
function attachedPeriods(text: string, q: Quantity, all: readonly Quantity[]): Set<string> {
  const [start, end] = clauseOf(text, q.start);
  // (a span of time before "ago" dates the clause, "over a year ago": a period, not another figure)
  const others = all.filter((x) => x !== q && x.kind !== "year" && x.kind !== "date" && !/^\s+ago\b/.test(text.slice(x.end, x.end + 5)) && x.start >= start && x.end <= end);
  const next = Math.min(end, ...others.filter((x) => x.start >= q.end).map((x) => x.start));
  // (not back into a relative clause set off before it: "Google, which had put $150 million into
  // Scale's services in 2024, had intended to spend $200 million": 2024 is the relative clause's)
  // (the clause may open inside it, past its pronoun: then its first comma closes it)
  const before = text.slice(start, q.start);
  const opensInside = /,\s*(?:which|who)\s*$/i.test(text.slice(Math.max(0, start - 12), start)) && before.includes(",");
  const relatives = [...(opensInside ? [start + before.indexOf(",") + 1] : []), ...[...before.matchAll(/,\s*(?:which|who)\b[^,]{0,200},/g)].map((m) => start + m.index + m[0].length)];
  const previous = Math.max(start, ...relatives, ...others.filter((x) => x.end <= q.start).map((x) => x.end));
  const after = periodsIn(text.slice(q.end, next));
  const own = after.size ? after : periodsIn(text.slice(previous, q.start));
  // ("that year" is the year named last before it: "sales in 2024, while Google paid it around $150 million that year")
  if (own.size || !THAT_YEAR.test(text.slice(previous, next))) return own;
  const year = text.slice(0, q.start).match(/\b(?:19|20)\d\d\b/g)?.pop();
  return year ? new Set([year]) : own;
}
const THAT_YEAR = /\b(?:that|the same) year\b/i;

const claimFrames = new WeakMap<Quantity, { plain: string; frame: Frame }>();

export function claimFrame(a: Analysed, q: Quantity): Frame {
  // (memoised per figure and text: the quantity check, its anchors and support all ask)
  const memo = claimFrames.get(q);
  if (memo && memo.plain === a.plain) return memo.frame;
  const frame: Frame = { ...frameOf(a.plain, q, a.quantities), claimTerms: a.terms };
  claimFrames.set(q, { plain: a.plain, frame });
  return frame;
}

export function sourceFrame(info: SentenceInfo, s: Quantity): Frame {
  let byStart = sourceFrames.get(info);
  if (!byStart) sourceFrames.set(info, (byStart = new Map()));
  let frame = byStart.get(s.start);
  if (!frame) {
    frame = frameOf(info.text, s, info.quantities);
    const owner = s.kind === "year" || s.kind === "date" ? undefined : gappedOwner(info.text, s, info.quantities);
    if (owner) frame.owner = owner;
    // "this year" in a source dated 2025 is 2025
    const year = /^(?:19|20)\d\d/.exec(info.unit.date ?? "")?.[0];
    if (year) {
      frame.periods = new Set([...frame.periods].map((p) => datedPeriod(p, Number(year))));
      frame.year = Number(year);
    }
    byStart.set(s.start, frame);
  }
  return frame;
}

/**
 * Whether a source figure can speak to a claimed one: the same measure, and the same time: a shared
 * period when both name one, else the same side of an event ("before the deal").
 */
export function sameFrame(claim: Frame, source: Frame): boolean {
  // (an age at an event is not the age now, nor at another event)
  if (claim.event !== source.event) return false;
  if (claim.measure && source.measure && claim.measure !== source.measure) return false;
  if (source.owner && claim.claimTerms && !claim.claimTerms.has(source.owner)) return false;
  if (claim.periods.size && source.periods.size) return periodsMeet(claimPeriodsFor(claim, source), source.periods);
  return claim.before === source.before;
}

/**
 * Whether a source figure confirms the claimed one's time, not merely may share it: every period
 * the claim names must be one the source names too ("this year" in an undated source may or may
 * not be the claim's 2024, so it can neither confirm nor contradict it).
 */
export function sameFrameStated(claim: Frame, source: Frame): boolean {
  if (!sameFrame(claim, source)) return false;
  // (a claim's own "this year" is relative to a date the draft does not give: it may be any)
  const years = [...claimPeriodsFor(claim, source)].filter(isAbsolute);
  if (!years.length || !source.periods.size) return true;
  return years.some((c) => source.periods.has(c));
}

/**
 * Whether two dates are given for related events (a shared lemma, a synonym or a derivation:
 * "announcement" and "announced"); undefined when either date's words name none.
 */
export function datesOfRelatedEvents(x: Frame, y: Frame): boolean | undefined {
  if (!x.events?.length || !y.events?.length) return undefined;
  return x.events.some((e) => y.events!.some((f) => relatePredicates(e, f) === "same"));
}

/**
 * A year given for another act than the claim's, where the same source gives the claim's act a
 * year: "raised … in a Series C round in 2019" for "founded in 2019" where "founded in 2016" (or
 * for "founded in 2016": that year is the one to compare). (Without such a year, acts in other
 * words, "brought in" for "generated", may be one.)
 */
export function yearOfOtherAct(claim: Frame, source: Frame, yearsOfUnit: Iterable<{ q: Quantity; frame: Frame }>, q: Quantity): boolean {
  if (!claim.act || !source.act || relatePredicates(claim.act, source.act) !== "unrelated") return false;
  for (const y of yearsOfUnit) if (y.frame.act && relatePredicates(claim.act, y.frame.act) !== "unrelated") return true;
  return false;
}

/** The years of a sentence's article (its source unit), with their frames. */
export function* unitYears(view: Pick<CorpusView, "unitSentences">, info: SentenceInfo): Generator<{ q: Quantity; frame: Frame }> {
  for (const w of view.unitSentences(info.unit)) for (const s of w.quantities) if (s.kind === "year") yield { q: s, frame: sourceFrame(w, s) };
}

/** Both figures name the same measure ("investment" and "invested"): evidence they count the same thing. */
export function sameMeasure(claim: Frame, source: Frame): boolean {
  return !!claim.measure && claim.measure === source.measure;
}

/** "and koi carp up to": a conjunction, one to three words, an optional "up to"/"about", then the figure. */
const GAPPED_BEFORE = /(?:\band|\bwhile|\bwhereas|,)\s+((?:(?!(?:and|while|whereas)\s)[A-Za-z][\w'’-]*\s+){1,3}?)(?:(?:up to|about|around|nearly|almost|roughly|just over|just under|over|under|more than|less than)\s+)?$/i;

/**
 * The noun a figure of a gapped clause is stated of ("koi carp up to 8kg" after "goldfish up to
 * 2kg and"), as a term: the last noun of the words between the conjunction and the figure, when
 * they are all nouns, adjectives or determiners (a verb there, "and weighs up to 8kg", makes it an
 * ordinary clause).
 */
function gappedOwner(text: string, q: Quantity, all: readonly Quantity[]): string | undefined {
  // a figure joined by "and" to the one before it is stated of the same thing ("koi carp up to 8kg
  // and one metre in length": both the carp's)
  const previous = all.find((x) => x.end <= q.start && /^\s*(?:,\s*)?and\s+$/.test(text.slice(x.end, q.start)));
  if (previous && previous.kind !== "year" && previous.kind !== "date") return gappedOwner(text, previous, all);
  const m = GAPPED_BEFORE.exec(text.slice(Math.max(0, q.start - 60), q.start));
  if (!m) return undefined;
  const words = m[1].trim().split(/\s+/);
  const tokens = tagSentence(words.join(" "));
  if (!tokens.length || tokens.some((t) => t.pos !== "NOUN" && t.pos !== "PROPN" && t.pos !== "ADJ" && t.pos !== "DET")) return undefined;
  const last = tokens[tokens.length - 1];
  return last.pos === "NOUN" || last.pos === "PROPN" ? termOf(last.text) : undefined;
}

const RELATIVE_YEAR: Record<string, number> = { "this year": 0, "last year": -1, "next year": 1 };

/**
 * A claim's periods as the source's time reads them: a draft is written in its sources' time, so
 * its "last year" is the year before a source's date ("$200 million last year" is not the 2025
 * source's "$200 million this year", but its 2024 figure). Undated sources leave them relative.
 */
export function claimPeriodsFor(claim: Frame, source: Frame): Set<string> {
  if (source.year === undefined) return claim.periods;
  return new Set([...claim.periods].map((p) => datedPeriod(p, source.year!)));
}

function datedPeriod(period: string, year: number): string {
  const offset = RELATIVE_YEAR[period];
  return offset === undefined ? period : String(year + offset);
}

/**
 * Two sets of periods can name the same time: they share one, or the claim names a period relative
 * to its own date ("this year": a draft is written in its sources' time) and the source a year. A
 * claim's year and an undated source's "this year" may or may not be the same, so neither confirms
 * nor contradicts the other: a figure of one is never compared with the other's ("poured $150
 * million … in 2024 and had planned to spend $200 million this year").
 */
function periodsMeet(claim: Set<string>, source: Set<string>): boolean {
  for (const c of claim) for (const s of source) if (c === s || (!isAbsolute(c) && isAbsolute(s))) return true;
  return false;
}

/** A period named by its year ("2024"), not relative to a date ("this year"). */
function isAbsolute(period: string): boolean {
  return /^\d{4}$/.test(period);
}
