// A statement the sources say was never made, or one they say was made that the claim says was not.
// The first: "Google confirmed the report" where "Google declined
// to comment", "Microsoft confirmed to Reuters that …" where "Google, Microsoft, xAI and Scale AI did
// not immediately respond to Benzinga's request for comment". Only where no sentence read has that
// speaker saying anything, or where the refusal is about what the claim says they said ("A Scale AI
// spokesperson, who discussed the specifics of the company's relationship with Google" where one
// "declined to comment on the specifics of the company's relationship with Google"): one who
// declined to comment to one outlet may have spoken to another ("Google said it would sever ties
// …, Reuters reported"), and then the claim's words are the other checks' to judge.
import type { Finding } from "../../types";
import type { NameMention } from "../../entities/names";
import type { SentenceInfo } from "../../index/corpus";
import { hasShareOf, keyTermsIn, spoke, type ClaimCheck, type ClaimContext } from "../context";
import { FACT_CANDIDATES, sameName } from "../facts";
import { speakersOf, speaksFor } from "../references";
import { clip, inSpan, relativeClauseAt } from "../spans";
import { contentTerms, termOf } from "../../text/tokens";
import { predicatesOf, type Predicate } from "../../meaning/facts";

/** Acts of going on record: a claim that someone did one says they spoke. */
const ON_RECORD = new Set(["say", "tell", "state", "confirm", "deny", "comment", "announce", "acknowledge", "admit", "declare", "explain", "reply", "respond", "note", "add", "write", "report", "discuss"]);
/** Giving what goes on record: "gave TechCrunch details of …", "shared specifics", "provided a statement". */
const GIVING = new Set(["give", "share", "provide", "offer"]);
const GIVEN_WORDS = /^\s+(?:[\p{L}-]+\s+){0,2}?(?:details?|specifics|comments?|information|a\s+statement|figures|an?\s+account)\b/iu;

/** An act of going on record, or of giving what goes on record. */
function onRecord(p: Predicate, text: string): boolean {
  return ON_RECORD.has(p.lemma) || (GIVING.has(p.lemma) && GIVEN_WORDS.test(text.slice(p.end, p.end + 60)));
}
/** A refusal to go on record: "declined to comment", "did not immediately respond to … request for comment". */
const REFUSAL = /\b(?:(?:has|have|had)\s+)?(?:all\s+|both\s+)?(?:declined|refused|did\s+not|didn['’]t|would\s+not|wouldn['’]t|could\s+not|couldn['’]t)\s+(?:immediately\s+)?(?:to\s+)?(?:comment|respond|reply|return|be\s+reached)\b/i;
/** The same in the passive, its refusers named in it: "A request for comment from xAI was not answered". */
const PASSIVE_REFUSAL = /\brequests?\s+for\s+comments?\s+(?:from|to)\s+([^.;]{1,80}?)\s+(?:was|were|went|has\s+not\s+been|have\s+not\s+been)\s+(?:not\s+(?:immediately\s+)?|un)(?:answered|returned)\b/i;
/** A refusal the claim itself reports: "would not discuss", "declined to comment on", "While declining to discuss". */
const CLAIMED_REFUSAL = /\b(?:declined|declining|refused|refusing|did\s+not|didn['’]t|would\s+not|wouldn['’]t)\s+(?:to\s+)?(?:comment|discuss|address|elaborate|respond|say)\b/i;
/** After a verb of speech, the speaker's side willing to do what follows: "that the company was happy to". */
const WILLING = /^\s+(?:[\p{L}-]+\s+){0,2}?(?:that\s+)?(?:the\s+company|the\s+firm|the\s+startup|it|they|we|he|she)\s+(?:was|were|is|are|would\s+be)\s+(?:happy|willing|glad|eager|ready|keen|open)\s+to\s+$/iu;
/** Nouns by which an organisation's own statements name it. */
const ORGANISATION_NOUNS = new Set(["company", "firm", "startup"].map(termOf));
/** What may stand beside the names of a refusal's subject: "Microsoft, OpenAI, and Google all", "A Scale AI spokesperson". */
const SUBJECT_GLUE = /^(?:[\s,]|\b(?:and|or|both|all|a|an|the|its|their|for|of|spokesperson|spokespeople|spokesman|spokeswoman|representatives?)\b)*$/i;
/** Sentences each search for the speaker's statements or refusals ranks. */
const SPEAKER_SEARCH = 16;

export const declinedCommentCheck: ClaimCheck = {
  id: "declined-comment",
  description: "The claim has someone speak where the sources say they declined to comment.",
  stage: "facts",
  run(ctx) {
    const found = declined(ctx) ?? unmadeStatement(ctx);
    return { findings: found ? [found] : [], evidence: [], unresolved: 0 };
  },
};

/** Share of the content words after the claim's verb that a source statement must have to be the same one. */
const STATEMENT_COVERAGE = 0.6;

/**
 * The reverse: the claim has someone decline to confirm (or not confirm, deny) what the sources
 * have them confirm: "An OpenAI spokesperson declined to confirm the firm's decision to phase out
 * work" where "an OpenAI spokesperson who confirmed the firm's decision to phase out work". The
 * same speaker (or their organisation's spokesperson), a related verb of statement, not denied,
 * and most of the claim's words after its verb.
 */
function unmadeStatement(ctx: ClaimContext): Finding | undefined {
  const { analysed: a, candidates, view, claim } = ctx;
  const claimInfo = { text: a.plain, names: a.names };
  // ("say" only after a refusal, "declined to say": "did not say" is the facts' denied speech)
  const denied = predicatesOf(a.plain, a.names).find((p) => STATED_ACTS.has(p.lemma) && (p.lemma !== "say" || REFUSED_TO.test(a.plain.slice(Math.max(0, p.start - 20), p.start))) && p.negated && !p.passive && speakersOf(p, claimInfo).length === 1 && !inSpan(p.start, a.quotes));
  if (!denied) return undefined;
  const speaker = speakersOf(denied, claimInfo)[0];
  const content = keyTermsIn(a, denied.end);
  if (content.length < 2) return undefined;
  for (const info of candidates.slice(0, FACT_CANDIDATES)) {
    if (!hasShareOf(info.termSet, content, STATEMENT_COVERAGE)) continue;
    // (a refusal to say or comment is answered by any statement: "declined to comment on whether the
    // business remains strong" where the spokesperson "said the company's business remains strong")
    // (not in a sentence that has a refusal too: "Although he declined to comment on the partnership,
    // a Scale representative told TechCrunch …" says what was refused)
    // (and only a refusal about a matter, "to comment on whether …", not to an outlet: "did not comment to Reuters")
    const anyStatement = ANY_STATEMENT.has(denied.lemma) && ON_MATTER.test(a.plain.slice(denied.end, denied.end + 12)) && !CLAIMED_REFUSAL.test(info.text);
    const made = predicatesOf(info.text, info.names).find((p) => !p.negated && (p.lemma === denied.lemma || (anyStatement && p.speech)) && speakersOf(p, info).some((n) => sameName(n, speaker)));
    if (!made) continue;
    return {
      kind: "polarity",
      claimed: a.plain.slice(denied.start, denied.end),
      support: 1,
      message: `Sources say ${speaker.text}${/spokes|representative|executive|official/i.test(denied.subject ?? "") ? `${/s$/.test(speaker.text) ? "'" : "'s"} ${denied.subject}` : ""} ${info.text.slice(made.start, made.end)} it: “${clip(info.text.trim(), 160)}”`,
      range: view.rangeInPlain(claim, denied.start, denied.end),
      evidence: [view.citation(info, 1, [])],
    };
  }
  return undefined;
}
/** What opens the matter a refusal is about: "comment on", "say whether". */
const ON_MATTER = /^\s+(?:on|about|whether)\b/i;
/** Refusals that any statement on the matter contradicts. */
const ANY_STATEMENT = new Set(["say", "comment"]);
/** A refusal right before the verb: "declined to", "refused to". */
const REFUSED_TO = /\b(?:declined|refused)\s+to\s+$/i;
/** Verbs whose denial says a statement was not made ("declined to confirm", "did not announce"). */
const STATED_ACTS = new Set(["confirm", "announce", "acknowledge", "admit", "disclose", "reveal", "comment", "say"]);

function declined(ctx: ClaimContext): Finding | undefined {
  const { analysed: a } = ctx;
  // (quoted words are the quote check's)
  const claimInfo = { text: a.plain, names: a.names };
  // (the speaker of each act: its own, or for "he" or "she" the one who spoke before it in the claim,
  // "A Scale spokesperson told TechCrunch …, and he went on to discuss …")
  const facts = predicatesOf(a.plain, a.names);
  // (an act after "went on to" has that verb's subject; one the speaker reports their organisation
  // willing to do is theirs too: "told TechCrunch that the company was happy to discuss …")
  const subjectOf = (p: Predicate) => {
    const prev = facts.filter((q) => q.end <= p.start).pop();
    const between = a.plain.slice(prev?.end ?? 0, p.start);
    return prev && (/^\s+(?:on\s+)?to\s+$/.test(between) || (prev.speech && WILLING.test(between))) ? prev : p;
  };
  const speakersOfAct = (p: Predicate) => {
    const s = subjectOf(p);
    const own = speakersOf(s, claimInfo);
    const before = s.pronoun && !own.length ? facts.filter((q) => q.speech && q.end <= s.start).pop() : undefined;
    return before ? speakersOf(before, claimInfo) : own;
  };
  // (each act of going on record: "told TechCrunch that …, and he went on to discuss …" has two)
  for (const said of facts.filter((p) => onRecord(p, a.plain) && !p.negated && !p.hedged && !p.unasserted && !p.passive && speakersOfAct(p).length === 1 && !inSpan(p.start, a.quotes))) {
    const found = declinedAct(ctx, said, speakersOfAct(said)[0]);
    if (found) return found;
  }
  return undefined;
}

/** The sources say the speaker did not comment on what the claim has them say by this act. */
function declinedAct(ctx: ClaimContext, said: Predicate, speaker: NameMention): Finding | undefined {
  const { analysed: a, candidates, view, claim } = ctx;
  // (a claim that has the speaker refuse too tells both, as a source that "declined to comment on
  // the partnership" but "told TechCrunch" the rest: "…, though he would not discuss the Google relationship")
  // (before its verb of speech too: "While declining to discuss its ties with Google, a Scale representative told …")
  if (CLAIMED_REFUSAL.test(a.plain)) return undefined;
  // (besides the claim's candidates, the sentences naming the speaker with a word of commenting or
  // of speaking: a refusal or a statement may share no other word with the claim)
  const core = speaker.core.map(termOf);
  const search = (terms: string[]) => view.sentences(view.corpus.index.search([...core, ...terms.map(termOf)], SPEAKER_SEARCH).map((h) => h.doc)).filter((info) => info.names.some((n) => sameName(n, speaker)));
  const read = [...candidates.slice(0, FACT_CANDIDATES), ...search(["comment", "respond"]), ...search(["said", "say", "told", "confirmed", a.plain.slice(said.start, said.end)])];
  // (what the claim says was said: its content words after the verb, to the end of a relative
  // clause it stands in: "A Scale AI spokesperson, who discussed the specifics …, said …")
  const end = relativeClauseAt(a.plain, said.start)?.[1] ?? a.plain.length;
  const content = keyTermsIn(a, said.end, end);
  const onTopic = (info: SentenceInfo) => content.length >= 2 && hasShareOf(info.termSet, content, STATEMENT_COVERAGE);
  let refusal: SentenceInfo | undefined;
  let topical: SentenceInfo | undefined;
  let spokeElsewhere = false;
  for (const info of read) {
    const facts = predicatesOf(info.text, info.names);
    // the speaker speaks here: on the claim's topic, the claim stands; on another, a refusal
    // settles the claim only where it is about the claim's topic ("declined to comment on the
    // specifics of the company's relationship with Google")
    const speaks =
      info.names.some((n) => sameName(n, speaker) && spoke(info.text, n)) ||
      facts.some((p) => !p.negated && ON_RECORD.has(p.lemma) && speaksFor(p, info, speaker));
    // (a sentence that both refuses and speaks, "Although he declined to comment on the company's
    // partnership with Google, a Scale representative told TechCrunch …", refuses the topic it names)
    const refuses = REFUSAL.test(info.text) || PASSIVE_REFUSAL.test(info.text);
    if (speaks && (!content.length || (onTopic(info) && (!refuses || statedBesideRefusal(info.text, content))))) return undefined;
    if (speaks) spokeElsewhere = true;
    if (refusers(info).some((n) => sameName(n, speaker)) || (speaks && refuses)) {
      refusal ??= info;
      if (onTopic(info)) topical ??= info;
    }
  }
  refusal = topical ?? (spokeElsewhere ? undefined : refusal);
  if (!refusal) return undefined;
  return {
    kind: "polarity",
    claimed: a.plain.slice(said.start, said.end),
    support: 1,
    message: `Sources say ${speaker.text} did not comment: “${clip(refusal.text.trim(), 160)}”`,
    range: view.rangeInPlain(claim, said.start, said.end),
    evidence: [view.citation(refusal, 1, [])],
  };
}

/**
 * The claim's words are what a sentence that refuses says besides its refusal ("Although he declined
 * to comment on the company's partnership with Google, a Scale representative told TechCrunch that
 * Scale's business is still doing well"), and nothing of the refusal's own topic, which ends at its comma.
 */
function statedBesideRefusal(text: string, content: readonly string[]): boolean {
  const m = REFUSAL.exec(text);
  if (!m) return false;
  const end = text.indexOf(",", m.index);
  // (none of the claim's words may be the refusal's topic: "confirmed that the partnership was
  // ending, while insisting the business was doing well" speaks of the partnership it refused)
  // (a noun for the organisation itself is no topic: "the company's partnership with Google" refuses
  // the partnership, not "the company's business")
  const refused = new Set(contentTerms(text.slice(m.index + m[0].length, end > 0 ? end : text.length)).filter((t) => !ORGANISATION_NOUNS.has(t)));
  const stated = text.slice(0, m.index) + " " + (end > 0 ? text.slice(end) : "");
  return hasShareOf(new Set(contentTerms(stated)), content, STATEMENT_COVERAGE) && !content.some((t) => refused.has(t));
}

/** Who refuses to comment in a source sentence: every name of the refusal's subject, a list or one name. */
function refusers(info: SentenceInfo): NameMention[] {
  const m = REFUSAL.exec(info.text);
  if (!m) {
    const passive = PASSIVE_REFUSAL.exec(info.text);
    if (!passive) return [];
    const from = passive.index + passive[0].indexOf(passive[1]);
    return info.names.filter((n) => n.start >= from && n.end <= from + passive[1].length);
  }
  const before = info.names.filter((n) => n.end <= m.index);
  // (the subject's names, back from the refusal to the first word that is no name and no glue)
  const out: NameMention[] = [];
  let end = m.index;
  for (let k = before.length - 1; k >= 0 && SUBJECT_GLUE.test(info.text.slice(before[k].end, end)); k--) {
    out.push(before[k]);
    end = before[k].start;
  }
  // (the subject starts the sentence or its clause)
  return out.length && SUBJECT_GLUE.test(info.text.slice(0, end).replace(/^.*[;:]|^.*,\s*(?:but|while|and)\s/s, "")) ? out : [];
}
