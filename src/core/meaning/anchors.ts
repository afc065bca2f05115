// When a fact happened relative to another event, as its sentence places it: "OpenAI began phasing
// out its reliance on Scale AI after the Meta deal" (after an event of Meta's), "was already winding
// down its reliance on Scale before Meta … took a 49% stake" (before one). Figures have their own
// frames (../claims/frames.ts); this is the same for acts.
import type { NameMention } from "../entities/names";
import type { TaggedToken } from "./tagger";
import type { Predicate } from "./facts";

export interface TimeAnchor {
  side: "before" | "after";
  /** The names of the event it is placed against ("Meta" in "after the Meta deal"). */
  names: NameMention[];
  /** "since": the act has gone on from the event, so it began after it. */
  since?: true;
  /** The event's noun, as a lemma ("deal" in "after the Meta deal", "following the deal"). */
  event?: string;
}

const SIDES: readonly (readonly [RegExp, "before" | "after", number])[] = [
  [/^(?:after|following|since)$/i, "after", 1],
  [/^before$/i, "before", 1],
  [/^(?:prior|ahead)$/i, "before", 2],
];
/** Spans of time that may stand before an anchor word ("hours after", "weeks before"). */
const LEAD_SPANS = /^(?:minutes|hours|days|weeks|months|years|moments)$/i;
/** Words of an event phrase at most, past its anchor. */
const EVENT_WORDS = 12;

/** The side an anchor word at tokens[k] gives and how many words it has ("prior to", "ahead of"), if any. */
function anchorAt(tokens: readonly TaggedToken[], k: number): { side: "before" | "after"; length: number } | undefined {
  const t = tokens[k];
  // (a response follows what it answers: "in response to the Meta deal", "in the wake of")
  const phrase = tokens.slice(k, k + 4).map((x) => x.text.toLowerCase()).join(" ");
  if (phrase.startsWith("in response to ")) return { side: "after", length: 3 };
  if (phrase === "in the wake of") return { side: "after", length: 4 };
  // ("once" before a subject opens a clause of time, "once the Meta news broke"; before a
  // participle it is "formerly", "once known for")
  if (/^once$/i.test(t.text) && /^(?:DET|PROPN|PRON|NOUN)$/.test(tokens[k + 1]?.pos ?? "")) return { side: "after", length: 1 };
  for (const [re, side, length] of SIDES) {
    if (!re.test(t.text)) continue;
    if (length === 2 && !/^(?:to|of)$/i.test(tokens[k + 1]?.text ?? "")) continue;
    return { side, length };
  }
  return undefined;
}

/** Words an event phrase may open with before its noun ("the Meta deal", "Meta's investment"). */
const EVENT_NOUN_REACH = 4;

/**
 * The noun of the event phrase that starts at tokens[from], as a lemma, and whether it is definite
 * ("the deal", "the Meta deal"): past a determiner, names, adjectives and a possessive.
 */
function eventNoun(tokens: readonly TaggedToken[], from: number): { noun: string; definite: boolean } | undefined {
  const definite = /^(?:the|this|that)$/i.test(tokens[from]?.text ?? "");
  for (let k = from; k < tokens.length && k < from + EVENT_NOUN_REACH; k++) {
    const t = tokens[k];
    if (t.pos === "NOUN") return { noun: t.lemma || t.text.toLowerCase(), definite };
    if (!/^(?:DET|PROPN|ADJ|PART)$/.test(t.pos)) return undefined;
  }
  return undefined;
}

/** The names of the event phrase that starts at tokens[from], up to a clause's end or EVENT_WORDS words. */
function eventNames(tokens: readonly TaggedToken[], from: number, nameAt: (t: TaggedToken) => NameMention | undefined, stopAtComma: boolean): NameMention[] {
  const out: NameMention[] = [];
  for (let k = from; k < tokens.length && k < from + EVENT_WORDS; k++) {
    const t = tokens[k];
    if (/^[.;:!?\u2013\u2014]$/.test(t.text) || (stopAtComma && t.text === ",") || anchorAt(tokens, k)) break;
    const n = nameAt(t);
    if (n && !out.includes(n)) out.push(n);
  }
  return out;
}

/**
 * Sets each fact's `anchor`: an anchor word after it, with no other fact between them (or one
 * opening the sentence: "After the Meta deal, OpenAI began …", for the facts after its comma),
 * whose event phrase names someone.
 */
/** An auxiliary that comes before its subject after a fronted "Only after …". */
const INVERTED_AUXILIARY = /^(?:did|does|do|had|has|have|was|were|is|are|would|could)$/i;

export function anchorFacts(facts: Predicate[], tokens: readonly TaggedToken[], nameAt: (t: TaggedToken) => NameMention | undefined): void {
  let opening: TimeAnchor | undefined;
  let openingEnd = -1;
  let first = tokens.findIndex((t) => t.pos !== "PUNCT");
  // (past words that say how long before or after: "Shortly before", "Just hours after", "Two days after",
  // "Several weeks after", whose "Several" the tagger may read as a name)
  for (let k = first; k >= 0 && k < first + 3 && !anchorAt(tokens, k) && (/^(?:ADV|NUM|DET|ADJ)$/.test(tokens[k].pos) || LEAD_SPANS.test(tokens[k].text) || /^(?:several|few|many)$/i.test(tokens[k].text)); k++) if (anchorAt(tokens, k + 1)) first = k + 1;
  const lead = first >= 0 ? anchorAt(tokens, first) : undefined;
  if (lead) {
    const names = eventNames(tokens, first + lead.length, nameAt, true);
    const comma = tokens.findIndex((t, k) => k > first && t.text === ",");
    // (or, after "Only", the inverted auxiliary before the clause's subject: "Only after Meta's
    // investment was announced did OpenAI begin …")
    const inverted = comma < 0 && /^only$/i.test(tokens[first - 1]?.text ?? "") ? tokens.findIndex((t, k) => k > first + lead.length && INVERTED_AUXILIARY.test(t.text) && /^(?:PROPN|DET|PRON)$/.test(tokens[k + 1]?.pos ?? "")) : -1;
    if (names.length && (comma > 0 || inverted > 0)) {
      openingEnd = comma > 0 ? tokens[comma].end : tokens[inverted].start;
      opening = { side: lead.side, names: names.filter((n) => n.end <= openingEnd) };
    }
  }
  for (let f = 0; f < facts.length; f++) {
    const p = facts[f];
    if (p.speech) continue;
    const nextStart = facts.slice(f + 1).find((q) => q.start >= p.end && !q.speech)?.start ?? Infinity;
    for (let k = tokens.findIndex((t) => t.start >= p.end); k >= 0 && k < tokens.length; k++) {
      const t = tokens[k];
      const a = anchorAt(tokens, k);
      // (the anchor may itself be read as the next fact: "following the deal" is "follow")
      if (t.start > nextStart || (t.start === nextStart && !a) || /^[;:\u2013\u2014]$/.test(t.text)) break;
      if (!a) continue;
      const names = eventNames(tokens, k + a.length, nameAt, false);
      // (or a definite event named by its noun alone: "following the deal")
      const noun = eventNoun(tokens, k + a.length);
      if (names.length || noun?.definite) facts[f] = { ...p, anchor: { side: a.side, names, ...(noun ? { event: noun.noun } : {}), ...(/^since$/i.test(t.text) ? { since: true as const } : {}) } };
      break;
    }
    if (!facts[f].anchor && opening && p.start > openingEnd) facts[f] = { ...p, anchor: opening };
  }
}
