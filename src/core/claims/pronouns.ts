// "He" and "she" in claim facts and source facts: whom a claim's pronoun stands for, whom a source's
// stands for against the claim's doer, and what a claim's unresolved pronoun says against a named
// doer of the other sex. Read by ./facts.ts when it matches facts.
import type { SentenceInfo } from "../index/corpus";
import type { NameMention } from "../entities/names";
import { genderOf, pronounGender, type Gender } from "../entities/gender";
import { predicatesOf, type Predicate } from "../meaning/facts";
import type { ClaimContext } from "./context";
import { doerOf, namesBefore, sameName, withDoer } from "./references";
import { FACT_CANDIDATES } from "./fact-candidates";

/**
 * A claim's "he" or "she" stands for the name before it that is known to be of its sex, or that says
 * it ("Adams said she has no plan to retain her crown": Adams would not retain it). Else the
 * predicate is returned as it is. (A surname alone is known by the full name its sources give:
 * "While Wang moves to Meta, he is giving up his seat", where the sources name Alexandr Wang; not
 * inside a quote, whose "he" is the quoted speaker's.)
 */
export function claimPronoun(p: Predicate, all: readonly Predicate[], text: string, names: readonly NameMention[], ctx?: Pick<ClaimContext, "candidates" | "view">): Predicate {
  const sex = p.pronoun && pronounGender(p.pronoun);
  if (!sex) return p;
  const speakers = all.filter((s) => s.speech && s.agent && s.end <= p.start).map((s) => s.agent!);
  for (const n of names.filter((n) => n.end <= p.start).reverse()) {
    // (a full name's sex the sources tell too: "Alexandr Wang … He is to lead")
    const g = genderOf(n, text) ?? (ctx ? fullNameGender(n, ctx) : undefined);
    if (g === sex || (!g && speakers.includes(n))) return withDoer(p, n);
  }
  return p;
}

/**
 * A source fact whose subject is "he" or "she", against a claim whose doer is known to be of the other
 * sex ("He was jailed" against "Karen Catherall was jailed"): the fact with the pronoun replaced by the
 * nearest name before it of the pronoun's sex (in its sentence, then the one before), or undefined
 * when there is none. Facts with a pronoun of the same or an unknown sex are returned as they are.
 */
export function resolvePronoun(ctx: ClaimContext, claim: Predicate, fact: Predicate, info: SentenceInfo, window: readonly SentenceInfo[], sentenceFacts: readonly Predicate[]): Predicate | undefined {
  const doer = doerOf(claim);
  const sex = fact.pronoun && pronounGender(fact.pronoun);
  if (!doer || !sex) return fact;
  // the speaker's own "he" or "she": "Alexandr Wang told employees in a memo that he's leaving for Meta"
  const speaker = sentenceFacts.find((p) => p.speech && p.agent && p.end <= fact.start && sameName(p.agent, doer));
  if (speaker && genderOf(speaker.agent!, info.text) !== (sex === "male" ? "female" : "male")) return withDoer(fact, speaker.agent!);
  // a "he" or "she" opening its sentence's facts with no name of that sex before it in the sentence
  // is the previous sentence's subject, not its nearest name ("Alexandr Wang … will report directly
  // to Mark Zuckerberg … He is to lead a new AI team at Meta": Wang)
  if (!info.names.some((n) => n.end <= fact.start && genderOf(n, info.text) === sex)) {
    const previous = window.filter((x) => x.doc < info.doc).pop();
    const subject = previous && firstDoer(previous);
    // (the claim's doer when of no other sex; someone else when of the pronoun's)
    if (subject && (sameName(subject, doer) ? (genderOf(subject, previous.text) ?? sex) === sex : genderOf(subject, previous.text) === sex)) return withDoer(fact, subject);
  }
  const claimed = genderOf(doer, ctx.analysed.plain) ?? genderInSources(ctx, doer);
  if (!claimed) return fact;
  for (const { name: n, text } of namesBefore(fact, info, window))
    // (of the claim's sex, it counts only when it is the claim's doer ("Alexandr Wang told
    // employees that he's leaving for Meta"); else it stays a weak "he")
    if (genderOf(n, text) === sex) return claimed !== sex || sameName(n, doer) ? withDoer(fact, n) : fact;
  return claimed === sex ? fact : undefined;
}

/** The sex the candidate passages give a name ("Ms Catherall" in another sentence), if any. */
function genderInSources(ctx: ClaimContext, name: NameMention): Gender | undefined {
  for (const { mention, info } of mentionsRead(ctx, name)) {
    const g = genderOf(mention, info.text);
    if (g) return g;
  }
  return undefined;
}

/** The mentions of `name` in the candidate passages the facts read, with their sentences. */
function* mentionsRead(ctx: Pick<ClaimContext, "candidates">, name: NameMention): Generator<{ mention: NameMention; info: SentenceInfo }> {
  for (const info of ctx.candidates.slice(0, FACT_CANDIDATES)) for (const mention of info.names) if (sameName(mention, name)) yield { mention, info };
}

/** The doer of a sentence's first active act: its subject, for a "he" or "she" opening the next. */
function firstDoer(info: Pick<SentenceInfo, "text" | "names">): NameMention | undefined {
  return predicatesOf(info.text, info.names).find((p) => p.agent && !p.passive)?.agent;
}

/**
 * A claim fact whose doer is "he" or "she" (unresolved in the claim) speaks to a source fact only
 * when the source's doer is a name known to be of the other sex: another doer of the same act.
 */
export function pronounRoles(claim: Predicate, source: Predicate, info: SentenceInfo): "other-agent" | undefined {
  const doer = claim.passive === source.passive ? doerOf(source) : undefined;
  const sex = doer && genderOf(doer, info.text);
  return sex && sex !== pronounGender(claim.pronoun!) && !claim.patients.length ? "other-agent" : undefined;
}

/** "It" as a clause's subject, right before its verb group ("it had not held talks"). */
const IT_SUBJECT = /\bit\s+(?:(?:had|has|have|would|will|was|is|did|does|could|can|may|might|should|been|also|already|still|not|never|n['’]t)\s+)*$/i;

/**
 * A claim's "it" after a verb of speech stands for the organisation that speaks: "Google told Reuters
 * it had not held talks with any of Scale AI's rivals" (Google had not). Not for a person, whom
 * "he" or "she" stands for.
 */
export function speakersIt(p: Predicate, all: readonly Predicate[], text: string): Predicate {
  if (p.agent || p.subject || p.pronoun || p.passive || !IT_SUBJECT.test(text.slice(Math.max(0, p.start - 60), p.start))) return p;
  const speech = all.filter((s) => s.speech && s.agent && s.end <= p.start).pop();
  return speech?.agent && !genderOf(speech.agent, text) ? withDoer(p, speech.agent) : p;
}

/**
 * The sex of the full name the sources give for a surname, when all such names agree: by its first
 * name, or by "He"/"She" opening the sentence after one where it is the first doer ("Alexandr Wang …
 * will remain on Scale AI's board. He is to lead a new AI team at Meta").
 */
function fullNameGender(n: NameMention, ctx: Pick<ClaimContext, "candidates" | "view">): Gender | undefined {
  let found: Gender | undefined;
  for (const { mention, info } of mentionsRead(ctx, n)) {
    if (mention.core.length < 2) continue;
    const g = genderOf(mention, info.text) ?? pronounAfter(ctx.view, info, mention);
    if (!g) continue;
    if (found && found !== g) return undefined;
    found = g;
  }
  return found;
}

function pronounAfter(view: ClaimContext["view"], info: SentenceInfo, m: NameMention): Gender | undefined {
  const doer = firstDoer(info);
  if (!doer || !sameName(doer, m)) return undefined;
  const next = view.corpus.windowOf(info).find((x) => x.doc > info.doc);
  const word = next && /^(He|She)\s/.exec(next.text)?.[1];
  return word ? pronounGender(word) : undefined;
}
