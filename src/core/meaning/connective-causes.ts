// Causes told by a connective rather than a verb of causing: "OpenAI is winding down its work with
// Scale AI because of Meta's deal", "… due to the Meta deal", "Meta's deal is the reason it's
// winding down", "the Meta deal is why OpenAI is winding down". Each is read as "cause" (as "led it
// to" is, ./facts.ts), its agent the named owner of the causing event ("Meta's deal", "the Meta
// deal"), its effect the act it explains, so that "was not influenced by the Meta partnership"
// denies it and a source that gives no such cause leaves it unsupported. So is an attribution, one
// who says what caused it: "attributed its decision to wind down … to the Meta partnership",
// "blamed the wind-down on Meta's investment", "the phasing-out was attributed … to the Meta deal".
import type { NameMention } from "../entities/names";
import type { Predicate } from "./facts";
import type { TaggedToken } from "./tagger";
import { lemma as lexiconLemma } from "./lexicon";

type NameAt = (t: TaggedToken) => NameMention | undefined;

/** Connectives before the causing event, with their length in words. */
const BEFORE_EVENT: readonly (readonly string[])[] = [["because", "of"], ["due", "to"], ["owing", "to"], ["as", "a", "result", "of"], ["thanks", "to"]];
/** Their first words, looked up before the rest is compared. */
const FIRST_WORDS = new Set(BEFORE_EVENT.map((c) => c[0]));
/** Words an event phrase may have before its noun: "the", "Meta's", "the Meta", "Meta's $14.3 billion". */
const EVENT_REACH = 6;

/** The named owner of the event phrase from `k` ("Meta's deal", "the Meta deal") and where its noun ends, if it has both. */
function namedEvent(tokens: readonly TaggedToken[], k: number, nameAt: NameAt): { agent: NameMention; end: number } | undefined {
  let agent: NameMention | undefined;
  for (let j = k; j < tokens.length && j < k + EVENT_REACH; j++) {
    const t = tokens[j];
    const name = nameAt(t);
    if (name) {
      agent ??= name;
      continue;
    }
    if (t.pos === "NOUN") return agent ? { agent, end: t.end } : undefined;
    if (!/^(?:DET|PART|ADJ|NUM|SYM)$/.test(t.pos)) return undefined;
  }
  return undefined;
}

function causeFact(agent: NameMention, start: number, end: number, effect: Predicate): Predicate {
  return { lemma: "cause", start, end, negated: false, hedged: false, agent, patients: effect.agent ? [effect.agent] : [], speech: false, passive: false, effect: effect.lemma, ...(effect.subject ? { effectSubject: effect.subject } : {}) };
}

/** The causes the sentence's connectives state, given its facts (in order). */
export function connectiveCauses(tokens: readonly TaggedToken[], facts: readonly Predicate[], nameAt: NameAt, isCausal: (lemma: string) => boolean): Predicate[] {
  const acts = facts.filter((p) => !p.speech && !isCausal(p.lemma) && !p.copula);
  const out: Predicate[] = attributedCauses(tokens, facts, acts, nameAt);
  for (let k = 0; k < tokens.length; k++) {
    const first = tokens[k].text.toLowerCase();
    const words = (n: number) => tokens.slice(k, k + n).map((t) => t.text.toLowerCase()).join(" ");
    // "… because of Meta's deal": the act before it
    const connective = FIRST_WORDS.has(first) ? BEFORE_EVENT.find((c) => words(c.length) === c.join(" ")) : undefined;
    if (connective) {
      const event = namedEvent(tokens, k + connective.length, nameAt);
      const effect = acts.filter((p) => p.end <= tokens[k].start).pop();
      if (event && effect) out.push(causeFact(event.agent, tokens[k].start, event.end, effect));
      continue;
    }
    // "its decision … was a direct response to Meta's deal", "was not the result of": the act before it
    const reaction = first === "is" || first === "was" ? reactionAt(tokens, k + 1) : undefined;
    if (reaction) {
      const event = namedEvent(tokens, reaction.at, nameAt);
      const effect = acts.filter((p) => p.end <= tokens[k].start).pop();
      if (event && effect) out.push({ ...causeFact(event.agent, tokens[k].start, event.end, effect), negated: reaction.negated });
      continue;
    }
    // "Meta's deal is the reason (why) it's winding down", "the Meta deal is why": the act after it
    const reason = first === "is" || first === "was" ? (/^why$/i.test(tokens[k + 1]?.text ?? "") ? 1 : words(3).endsWith(" the reason") ? 2 : 0) : 0;
    if (!reason) continue;
    let from = k - 1;
    while (from > 0 && /^(?:NOUN|PROPN|PART|ADJ|DET|NUM|SYM)$/.test(tokens[from - 1].pos) && k - from < EVENT_REACH) from--;
    const event = namedEvent(tokens, from, nameAt);
    const effect = acts.find((p) => p.start >= tokens[k + reason].end);
    if (event && event.end <= tokens[k].start && effect) out.push(causeFact(event.agent, tokens[from].start, tokens[k + reason].end, effect));
  }
  return out;
}

/** Nouns of reacting, before "to" the event reacted to, and of resulting, before "of" the event that brought it. */
const REACTION_NOUNS: Record<string, string> = { response: "to", reaction: "to", answer: "to", retaliation: "for", result: "of", consequence: "of", outcome: "of", product: "of" };

/** "(not) a direct response to", "the result of" from tokens[k]: where the event begins and whether it is denied. */
function reactionAt(tokens: readonly TaggedToken[], k: number): { at: number; negated: boolean } | undefined {
  let j = k;
  const negated = /^(?:not|n['’]t)$/i.test(tokens[j]?.text ?? "");
  if (negated) j++;
  if (!/^(?:a|an|the)$/i.test(tokens[j]?.text ?? "")) return undefined;
  j++;
  while (tokens[j]?.pos === "ADJ" || tokens[j]?.pos === "ADV") j++;
  const preposition = REACTION_NOUNS[tokens[j]?.text.toLowerCase() ?? ""];
  return preposition && tokens[j + 1]?.text.toLowerCase() === preposition ? { at: j + 2, negated } : undefined;
}

/** Verbs that give something a cause, with the preposition before the cause: "attribute X to Y", "blame X on Y". */
const ATTRIBUTING: Readonly<Record<string, string>> = { attribute: "to", ascribe: "to", credit: "to", blame: "on" };

/** The causes that verbs of attributing give, each with the act or event attributed as its effect. */
function attributedCauses(tokens: readonly TaggedToken[], facts: readonly Predicate[], acts: readonly Predicate[], nameAt: NameAt): Predicate[] {
  const out: Predicate[] = [];
  for (const p of facts) {
    const preposition = ATTRIBUTING[p.lemma];
    const at = preposition ? tokens.findIndex((t) => t.start === p.start) : -1;
    if (at < 0) continue;
    // the cause: the first named event after the preposition, in the verb's clause ("to" before a
    // verb is an infinitive's: "its decision to wind down")
    let event: { agent: NameMention; end: number } | undefined;
    let to = at + 1;
    for (; to < tokens.length && !/^[.;:!?]$/.test(tokens[to].text); to++) if (tokens[to].text.toLowerCase() === preposition && (event = namedEvent(tokens, to + 1, nameAt))) break;
    if (!event) continue;
    // what is attributed: the object between the verb and the cause, or the passive's subject before it
    const [from, until] = p.passive ? [clauseStartBefore(tokens, at), tokens[at].start] : [tokens[at].end, tokens[to].start];
    const effect = acts.find((x) => x.start >= from && x.end <= until) ?? eventNounIn(tokens, from, until);
    if (effect) out.push({ ...causeFact(event.agent, tokens[to].start, event.end, effect), negated: p.negated, hedged: p.hedged });
  }
  return out;
}

/** Where the clause before tokens[at] begins. */
function clauseStartBefore(tokens: readonly TaggedToken[], at: number): number {
  let k = at;
  while (k > 0 && !/^[,;:]$/.test(tokens[k - 1].text) && !/^(?:that|which)$/i.test(tokens[k - 1].text)) k--;
  return tokens[k].start;
}

/** An event named by a noun between two offsets, as the act it names: "the wind-down of" is "wind down", "its phasing-out" "phase out", "the decision" "decision". */
function eventNounIn(tokens: readonly TaggedToken[], from: number, until: number): Predicate | undefined {
  const k = tokens.findIndex((t) => t.start >= from && t.end <= until && t.pos === "NOUN");
  if (k < 0) return undefined;
  const particle = tokens[k + 1]?.text === "-" && /^(?:down|out|up|off)$/i.test(tokens[k + 2]?.text ?? "") ? tokens[k + 2].text.toLowerCase() : undefined;
  const word = tokens[k].text.toLowerCase();
  const lemma = particle ? `${lexiconLemma(word, "verb")} ${particle}` : lexiconLemma(word, "noun");
  return { lemma, start: tokens[k].start, end: tokens[k].end, negated: false, hedged: false, patients: [], speech: false, passive: false };
}
