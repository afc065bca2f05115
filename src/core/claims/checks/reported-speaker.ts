// Another speaker of reported words: "Alexandr Wang said Scale AI remains an independent company"
// where the sources give those words to Jason Droege ("Scale remains, unequivocally, an independent
// company," Droege wrote). Quoted words are the quote check's; this one reads what a claim reports
// without quotation marks, by its content words. Words the sources give only to someone they do not
// name ("the spokesperson said", "the company said") are not the claim's speaker's either, unless
// the article describes that speaker with the same noun ("OpenAI CEO Sam Altman" … "the CEO said"):
// an unsupported part, not a contradiction, since the sources do not say who else it was.
import type { Finding } from "../../types";
import type { NameMention } from "../../entities/names";
import { SPEAKER_AFTER_VERBS, SPEECH_VERBS, SPOKEN_BY, hasShareOf, keyTermsIn, reportsAfter, spoke, type Analysed, type ClaimCheck, type ClaimContext } from "../context";
import { quoteWords, type SentenceInfo } from "../../index/corpus";
import { claimFacts, FACT_CANDIDATES, sameName } from "../facts";
import { clip, closesQuotationOf, continuesQuotationOf, relativeClauseAt } from "../spans";
import { predicatesOf } from "../../meaning/facts";
import { relatePredicates } from "../../meaning/lexicon";
import { DESCRIBING } from "../../meaning/appositives";
import { citedPublication } from "../../text/speech";
import { canonicalRole, ROLE_PATTERN, sameOrg, type RoleFact } from "../../entities/roles";
import { genderOf } from "../../entities/gender";
import { sameQuantity, type Quantity } from "../../quantities";
import { sentencesOnRole } from "../role-holders";
import { SPEAKER_KINDS, describedSpeaker } from "../speaker-kinds";

/** A clause of another report joined after the first: ", and its executives said …", "; the company added …". */
// (not a relative clause, whose verb of speech is the one the speaker's: ", not Turing's CEO, who declared")
const OTHER_REPORT = new RegExp(`[,;]\\s+(?:and\\s+|but\\s+|while\\s+|whereas\\s+)?(?!(?:who|which|that)\\b)(?:[\\p{L}'’-]+\\s+){1,5}?(?:${SPEECH_VERBS})\\b`, "iu");
/** Where what is reported from `from` ends: at another report joined to it, or at the end. */
function otherReportAt(text: string, from: number): number {
  const m = OTHER_REPORT.exec(text.slice(from));
  return m ? from + m.index : text.length;
}

/** Words that give what was said its speaker after it: "came from", "was made by". */
const SAID_BY = new RegExp(`\\b(?:${SPOKEN_BY})\\b`, "gi");
/** Verbs of likening, which report a comparison their doer made. */
const LIKENING = new Set(["liken", "compare"]);

/** Share of the reported words' content terms a source sentence must have to report the same. */
const REPORTED_COVERAGE = 0.75;
/** The same, where the sentence gives an exact figure of the reported words. */
const FIGURE_REPORTED_COVERAGE = 0.5;
/** Quoted words this long are speech, which the quote check holds to its speaker (as it does). */
const MIN_QUOTE_WORDS = 3;
/** Fewer content words than this say too little to tell who said them. */
const MIN_REPORTED_TERMS = 3;

export const reportedSpeakerCheck: ClaimCheck = {
  id: "reported-speaker",
  description: "The sources give the reported words to someone else.",
  stage: "facts",
  run(ctx) {
    const found = otherSpeaker(ctx);
    return { findings: found ? [found] : [], evidence: [], unresolved: found?.kind === "unsupported-part" ? 1 : 0 };
  },
};

function otherSpeaker(ctx: ClaimContext): Finding | undefined {
  const { analysed: a, candidates, view, claim } = ctx;
  const byRole = otherThanRole(ctx);
  if (byRole) return byRole;
  // (quoted speech is the quote check's; a quoted word or two is the claim's own wording: "would
  // "double down" on")
  if (a.quotes.some((q) => quoteWords(q.text).trim().split(" ").length >= MIN_QUOTE_WORDS)) return undefined;
  // the claim's speaker: a person's name right before or after a verb of speech, before what is reported
  // (or a one-word name heading the subject of one, an organisation or a surname: "Google cited a
  // need for …"; a one-word name right after a verb, "told Bloomberg", is whom it was said to)
  // (one who likens or compares one thing to another says so: "Siddharth compared Google staying with Scale to Ford letting …")
  // (so does one who describes something as something: "Garrett Lord characterised the deal as a turning point")
  const speakerFact = predicatesOf(a.plain, a.names).find((p) => (p.speech || LIKENING.has(p.lemma) || DESCRIBING.has(p.lemma)) && !p.negated && p.agent);
  // (a name the claim rules out is no speaker: "Turing's Jonathan Siddharth, not Handshake's Garrett Lord, said …")
  const ruledOut = (n: NameMention) => RULED_OUT.test(a.plain.slice(Math.max(0, n.start - 40), n.start));
  const speaker = a.names.find((n) => n.core.length >= 2 && !ruledOut(n) && spoke(a.plain, n)) ?? speakerFact?.agent;
  if (!speaker) return describedOther(ctx);
  const oneWordSpeaker = speaker.core.length < 2;
  // (for such a speaker, the sources must state what the claim reports, not merely have its words:
  // "Teluride said it was winding down its work with Nimbus" is not "Nimbus is not winding down")
  // (a report relays what the parties of its facts say: "Bloomberg reported that OpenAI was winding
  // down …" against "OpenAI said it was already winding down …" is no other speaker)
  const reporting = /^\s+report(?:ed|s)?\b/i.test(a.plain.slice(speaker.end, speaker.end + 12));
  const facts = oneWordSpeaker || reporting ? claimFacts(ctx) : [];
  const reportedStated = facts.length > 0 && facts.every((f) => f.outcome.kind === "stated");
  const participants = reporting ? facts.filter((f) => !f.fact.speech).flatMap((f) => [...(f.fact.agent ? [f.fact.agent] : []), ...f.fact.patients]) : [];
  const relayed = (n: NameMention) => participants.some((p) => sameName(p, n));
  // (the names in what is reported count too: "said Scale AI will remain independent")
  // (what a relative clause reports ends with it: "Wang, who said … that Scale would "double down" on
  // its applications business, is leaving Scale")
  // (unless the main clause says something too: "Siddharth, who called neutrality essential, said
  // demand at his firm tripled": what it says is what the speaker is held to)
  const relative = relativeClauseAt(a.plain, speaker.end + 7);
  const ownRelative = relative && relative[0] === speaker.end;
  const mainSays = ownRelative && MAIN_SAYS.test(a.plain.slice(relative[1] + 1, relative[1] + 20));
  // (a speaker named last reports what comes before: "Many AI labs now want …, according to Mercor CEO Brendan Foody")
  // (or with only a verb of speech after them: "Demand at Labelbox tripled overnight, Labelbox CEO Manu Sharma said")
  // (or what was said by them, before it: "The declaration that … was made by Turing CEO Jonathan Siddharth")
  const atEnd = /^[\s.!?"”’]*$/.test(a.plain.slice(speaker.end));
  const spokenBy = atEnd ? [...a.plain.slice(0, speaker.start).matchAll(SAID_BY)].pop()?.index : undefined;
  const last = spokenBy ?? (atEnd || SAID_LAST.test(a.plain.slice(speaker.end)) ? a.plain.lastIndexOf(",", speaker.start) : -1);
  // (what the speaker reports ends where another speaker's words begin: "…, while Labelbox CEO Manu Sharma said …")
  const next = a.names.find((n) => n.start > speaker.end + 6 && !sameName(n, speaker) && n.core.length >= 2 && !ruledOut(n) && spoke(a.plain, n));
  const reportEnd = ownRelative ? relative[1] : next ? Math.max(speaker.end + 6, a.plain.lastIndexOf(",", next.start)) : otherReportAt(a.plain, speaker.end + 6);
  // (the reported words' span, read for their terms past the verb of speech and for their figures)
  // (past the verb of speech where it stands further on: "Garrett Lord was the one who called …")
  // (and past the name it rules out: "Jonathan Siddharth, not Handshake's Garrett Lord, said")
  const asideEnd = speaker.end + (/^,\s+not\s+[^,]{1,60},/.exec(a.plain.slice(speaker.end))?.[0].length ?? 0);
  const spokeAt = speakerFact && speakerFact.agent === speaker && speakerFact.end > speaker.end + 6 && speakerFact.end < reportEnd ? speakerFact.end - 6 : asideEnd;
  const [from, to] = mainSays ? [relative[1] + 1, a.plain.length] : last > 0 ? [0, last] : [spokeAt, reportEnd];
  const terms = keyTermsIn(a, mainSays || last > 0 ? from : from + 6, to);
  if (terms.length < MIN_REPORTED_TERMS) return undefined;
  let other: { name: NameMention; info: (typeof candidates)[number] } | undefined;
  let unnamed: { speaker: string; info: SentenceInfo } | undefined;
  const figures = reportedFigures(a, from, to);
  for (const info of candidates.slice(0, FACT_CANDIDATES)) {
    if (!reportsTerms(quotedTerms(view, info), terms, coverageNeeded(figures, info))) continue;
    // the claim's speaker speaking in a sentence that reports the words, or beside it (the sentence
    // says "he said"): the claim stands (named there without speaking, "Scale AI's founder Alexandr
    // Wang will join Meta", it says nothing of who said the words)
    if (info.names.some((n) => sameName(n, speaker) && (spoke(info.text, n) || !info.names.some((m) => spoke(info.text, m))))) return undefined;
    if (oneWordSpeaker) {
      // (for a one-word speaker, only the doer of a verb of speech speaks: "citing" after "OpenAI is phasing out …")
      // (or that a verb of reporting follows: "Reuters reports that …", which the tagger may read as a noun)
      const speakers = [...predicatesOf(info.text, info.names).filter((p) => p.speech && p.agent).map((p) => p.agent!), ...info.names.filter((n) => reportsAfter(info.text, n))];
      // (the claim names the source's speaker too: "Handshake saw demand triple …, according to its CEO Garrett Lord")
      if (speakers.some((n) => sameName(n, speaker) || a.names.some((m) => sameName(m, n)))) return undefined;
      // (one publication's report of an event for another's is the other-publication check's, an
      // unsupported part, as several may report it: "Dailyline reported" where "…, Wirepost reported,
      // citing people familiar"; a figure is the report's own: "Reuters reports … $200 million")
      if (!figures.length && citedPublication(a.plain, speaker.start, speaker.end) && speakers.every((n) => citedPublication(info.text, n.start, n.end))) continue;
      // (a report with no act of its own, "cited a need for more specialized suppliers", is stated
      // by a sentence with all its words)
      const stated = reportedStated || (!facts.length && hasShareOf(quotedTerms(view, info), terms, 1));
      if (speakers.length && stated && !speakers.every(relayed)) other ??= { name: speakers[0], info };
      continue;
    }
    // (beside it only when the sentence leaves its speaker to them: "he said", or quoted words; a
    // sentence of the article's own after "…," Droege wrote" is not his, nor one naming its own
    // speaker: "Garrett Lord … said his company saw demand triple "overnight"")
    // (not where the quote it ends was opened in the sentence before: those words are that speaker's)
    const opened = quoteOpenedBefore(ctx, info);
    if (!opened && (PRONOUN_SPEAKS.test(info.text) || /["“”]/.test(info.text)) && !info.names.some((n) => spoke(info.text, n)))
      if (view.corpus.windowOf(info).some((w) => w.names.some((n) => sameName(n, speaker) && spoke(w.text, n)))) return undefined;
    const theirs = info.names.find((n) => !sameName(n, speaker) && spoke(info.text, n)) ?? opened ?? pronounSpeaker(ctx, info);
    if (theirs && !sameName(theirs, speaker) && !relayed(theirs)) other ??= { name: theirs, info };
    const noun = theirs ? undefined : unnamedSpeaker(info.text);
    if (noun && !describedAs(ctx, info, speaker, noun.head)) unnamed ??= { speaker: noun.text, info };
  }
  if (!other && unnamed)
    return {
      kind: "unsupported-part",
      claimed: speaker.text,
      message: `No source gives these words to ${speaker.text}; they give them to ${unnamed.speaker.replace(/^(?:The|A|An)\b/, (w) => w.toLowerCase())}: “${clip(unnamed.info.text.trim(), 160)}”`,
      range: view.rangeInPlain(claim, speaker.start, speaker.end),
      evidence: [view.citation(unnamed.info, 1, [])],
    };
  if (!other) return undefined;
  return {
    kind: "person",
    claimed: speaker.text,
    expected: other.name.text,
    support: 1,
    message: `Sources give these words to ${other.name.text}, not ${speaker.text}: “${clip(other.info.text.trim(), 160)}”`,
    range: view.rangeInPlain(claim, speaker.start, speaker.end),
    evidence: [view.citation(other.info, 1, [])],
  };
}

/**
 * A speaker the claim names only by what they are ("A Google spokesperson likened …") where the
 * sentence that reports the words gives them to one of another kind ("As one Nasdaq analyst
 * described, …"), named by no one: an unsupported part, as the sources do not say who that is.
 */
function describedOther(ctx: ClaimContext): Finding | undefined {
  const { analysed: a, candidates, view, claim } = ctx;
  const ours = describedSpeaker(a.plain, a.quotes);
  if (!ours) return undefined;
  const terms = keyTermsIn(a, ours.end);
  if (terms.length < MIN_REPORTED_TERMS) return undefined;
  for (const info of candidates.slice(0, FACT_CANDIDATES)) {
    if (!hasShareOf(quotedTerms(view, info), terms, REPORTED_COVERAGE) || info.names.some((n) => spoke(info.text, n))) continue;
    const theirs = describedSpeaker(info.text, []);
    if (!theirs) continue;
    if (SPEAKER_KINDS[theirs.noun] === SPEAKER_KINDS[ours.noun]) return undefined;
    return {
      kind: "unsupported-part",
      claimed: ours.text,
      message: `No source gives these words to ${ours.text.replace(/^(?:The|A|An)\b/, (w) => w.toLowerCase())}; they give them to ${theirs.text.replace(/^(?:The|A|An|One)\b/, (w) => w.toLowerCase())}: “${clip(info.text.trim(), 160)}”`,
      range: view.rangeInPlain(claim, ours.start, ours.start + ours.text.length),
      evidence: [view.citation(info, 1, [])],
    };
  }
  return undefined;
}

/** Words of polarity tell how something was said of a thing, not which thing: "Scale remained,
 * without any doubt, independent" reports what "Scale remains, unequivocally, independent" does. */
const POLARITY_TERMS = new Set(["not", "no", "never", "nor", "without"]);

/**
 * A sentence has `share` of the reported words' content terms, a verb or noun of the same meaning
 * standing for one of them ("Meta regards OpenAI as its biggest competitor" where "Meta thinks of us
 * as their biggest competitor"). Synonyms are looked for only when one term is all that is missing.
 */
function reportsTerms(termSet: ReadonlySet<string>, terms: readonly string[], share: number): boolean {
  const content = terms.filter((t) => !POLARITY_TERMS.has(t));
  const needed = share * content.length;
  const missing = content.filter((t) => !termSet.has(t));
  const covered = content.length - missing.length;
  if (covered >= needed) return true;
  if (covered + 1 < needed) return false;
  return missing.some((t) => [...termSet].some((s) => relatePredicates(t, s) === "same"));
}

/** The exact figures of the reported words in [start, end), not dates: "$50 million", "tripled". */
function reportedFigures(a: Analysed, start: number, end = a.plain.length): Quantity[] {
  return a.quantities.filter((q) => q.start >= start && q.end <= end && !q.vague && q.kind !== "year" && q.kind !== "date");
}

/**
 * The share of the reported words a sentence must have to report them: half when it gives one of
 * their exact figures too ("his company had secured $50 million in potential contracts", "his
 * company's demand tripled overnight"), which is half the proof.
 */
function coverageNeeded(figures: readonly Quantity[], info: SentenceInfo): number {
  return figures.some((q) => info.quantities.some((s) => !s.vague && sameQuantity(q, s))) ? FIGURE_REPORTED_COVERAGE : REPORTED_COVERAGE;
}

/**
 * The terms of a sentence and, where its quotation goes on into the next sentence, of that one too:
 * `Siddharth explains, "The Meta-Scale deal marks a turning point. Leading AI labs are realizing …`
 * (a quotation left open, or the next sentence opening one right after this one closed its own).
 */
function quotedTerms(view: ClaimContext["view"], info: SentenceInfo): ReadonlySet<string> {
  const window = view.corpus.windowOf(info);
  const next = window[window.indexOf(info) + 1];
  if (!next) return info.termSet;
  const straight = (info.text.match(/"/g) ?? []).length;
  const opened = (info.text.match(/“/g) ?? []).length;
  const closed = (info.text.match(/”/g) ?? []).length;
  const leftOpen = straight % 2 === 1 || opened > closed;
  const goesOn = /["”]\s*$/.test(info.text.trimEnd()) && /^\s*["“]/.test(next.text);
  return leftOpen || goesOn ? new Set([...info.termSet, ...next.termSet]) : info.termSet;
}

/** The verbs of speech a speaker does ("according" names a source, not an act of speaking). */
const SAYING = SPEECH_VERBS.replace("according|", "");
/** Nothing but a verb of speech after a speaker who ends the claim: "…, Manu Sharma said." */
const SAID_LAST = new RegExp(`^\\s+(?:${SAYING})[\\s.!?"”’]*$`, "i");
/** A verb of speech opening the main clause after a speaker's relative clause. */
const MAIN_SAYS = new RegExp(`^\\s*(?:also\\s+)?(?:${SAYING})\\b`, "i");
/** A speaker named by an organisation's role, right before a verb of speech: "Scale AI's general counsel said", "A Google spokesperson told", "It was Scale's general counsel who wrote". */
const ROLE_SPEAKER = new RegExp(`([\\p{Lu}][\\p{L}\\p{N}.&-]*(?:\\s[\\p{Lu}][\\p{L}\\p{N}.&-]*)*)(?:['’]s)?\\s+${ROLE_PATTERN}\\s+(?:who\\s+|that\\s+)?(?:${SAYING})\\b`, "iu");
/** Verbs with which a source's unnamed speaker states what it reports ("a Scale spokesperson, speaking to TechCrunch, emphasized …"). */
const STATING_VERBS = `${SAYING}|emphasi[sz]ed|stressed|asserted|confirmed|denied|maintained|insisted`;
/** After an organisation's name: its role, an optional aside, then a verb of speech ("'s CFO, Sarah Friar, said"). */
const ORG_ROLE_SPEAKS = new RegExp(`^(?:['’]s)?\\s+${ROLE_PATTERN}(?:,[^,;.]{1,60},)?\\s+(?:also\\s+)?(?:${STATING_VERBS})\\b`, "i");

interface RoleSpeaker {
  /** Who they are: "Sarah Friar", "a Scale spokesperson". */
  name: string;
  /** With their role, for a message: "Sarah Friar (CFO)". */
  text: string;
  role: string;
  org?: NameMention;
}

/** Who speaks a sentence by a role: a named holder of one ("OpenAI's CFO, Sarah Friar, said") or an organisation's unnamed one ("a Scale AI spokesperson said"). */
function roleSpeakers(info: SentenceInfo): RoleSpeaker[] {
  const out: RoleSpeaker[] = info.roles.filter((r) => spoke(info.text, r.person)).map((r) => holderSpeaking(r));
  for (const n of info.names) {
    const m = ORG_ROLE_SPEAKS.exec(info.text.slice(n.end, n.end + 120));
    if (!m) continue;
    const text = `${/^an?\s+$/i.test(info.text.slice(Math.max(0, n.start - 3), n.start)) ? "a " : ""}${n.text} ${m[2]}`;
    out.push({ name: text, text, role: canonicalRole(m[2]), org: n });
  }
  // ("its CFO clarified": the organisation named last before it, "…, while OpenAI … began pulling
  // back months ago, though its CFO clarified that …")
  for (const m of info.text.matchAll(ITS_ROLE_SPEAKS)) {
    const org = info.names.filter((n) => n.end <= m.index! && !genderOf(n, info.text)).pop();
    if (org) out.push({ name: `${org.text}’s ${m[2]}`, text: `${org.text}’s ${m[2]}`, role: canonicalRole(m[2]), org });
  }
  return out;
}
/** "the spokesperson said": a spokesperson named before by organisation. */
const THE_SPOKESPERSON_SPEAKS = new RegExp(`\\bthe\\s+(?:spokesperson|spokesman|spokeswoman)\\s+(?:also\\s+)?(?:${STATING_VERBS})\\b|,\\s+(?:${STATING_VERBS})\\s+the\\s+(?:spokesperson|spokesman|spokeswoman)\\b`, "i");
/** An organisation's spokesperson introduced in an earlier sentence: "Acme spokesperson", "an OpenAI spokesperson". */
const ORG_SPOKESPERSON = /^(?:['’]s)?\s+(?:spokesperson|spokesman|spokeswoman)\b/i;
/** Sentences before a definite "the spokesperson" that may introduce them. */
const SPOKESPERSON_REACH = 8;

/**
 * The organisation's spokesperson a sentence's "the spokesperson said" is: the one its article
 * introduced last, a few sentences before ("… according to an OpenAI spokesperson who confirmed …"
 * then "…, the spokesperson said").
 */
function definiteSpokesperson(view: ClaimContext["view"], info: SentenceInfo): RoleSpeaker[] {
  if (!THE_SPOKESPERSON_SPEAKS.test(info.text)) return [];
  const before = [...view.articleOf(info)].filter((s) => s.sentence < info.sentence && s.sentence >= info.sentence - SPOKESPERSON_REACH);
  for (const s of before.reverse()) {
    const org = s.names.filter((n) => ORG_SPOKESPERSON.test(s.text.slice(n.end, n.end + 16))).pop();
    if (org) return [{ name: `the ${org.text} spokesperson`, text: `the ${org.text} spokesperson`, role: "spokesperson", org }];
  }
  return [];
}

/** A role of "its" or "their" before a verb of speech: "its CFO clarified". */
const ITS_ROLE_SPEAKS = new RegExp(`\\b(?:its|their)\\s+${ROLE_PATTERN}(?:,[^,;.]{1,60},)?\\s+(?:also\\s+)?(?:${STATING_VERBS}|clarified|explained|noted|added)\\b`, "gi");

/**
 * The words reported (quoted or not) are given by the sources to a person who holds another role, or
 * the same role at another organisation: "Scale AI's general counsel said the company would "double
 * down" on …" where "Scale AI's interim CEO Jason Droege said the company would "double down" on …";
 * "A Google spokesperson told TechCrunch that Scale's business remains robust" where "a Scale
 * spokesperson". Only where the sentence that reports the words names its speaker with a role and
 * no one there holds the claim's at the claim's organisation.
 */
function otherThanRole(ctx: ClaimContext): Finding | undefined {
  const { analysed: a, candidates, view, claim } = ctx;
  const m = ROLE_SPEAKER.exec(a.plain);
  if (!m) return undefined;
  const role = canonicalRole(m[3]);
  const end = m.index + m[0].length;
  // (the organisation: the name that ends where the group before the role does)
  const orgEnd = m.index + m[1].length;
  const org = a.names.find((n) => n.end === orgEnd && n.start >= m.index);
  // (a role with a named holder is the name's to answer for: "Google spokesperson Ana Lee said")
  if (a.names.some((n) => n.start >= orgEnd && n.end <= end && n !== org)) return undefined;
  const until = otherReportAt(a.plain, end);
  const terms = keyTermsIn(a, end, until);
  if (terms.length < MIN_REPORTED_TERMS) return undefined;
  const claimsOrg = (o: NameMention | undefined) => !org || !o || sameOrg(o, org);
  const figures = reportedFigures(a, end, until);
  for (const info of candidates.slice(0, FACT_CANDIDATES)) {
    if (!hasShareOf(info.termSet, terms, coverageNeeded(figures, info))) continue;
    if (info.roles.some((r) => r.role === role && claimsOrg(r.org))) return undefined;
    const speakers = [...roleSpeakers(info), ...definiteSpokesperson(view, info)];
    if (speakers.some((s) => s.role === role && claimsOrg(s.org))) return undefined;
    // (or a person the sentence has speak, whom their article never gives the claimed role:
    // "“… this is not a pivot or a winding down,” Droege wrote" for "Scale's general counsel wrote")
    const theirs = speakers[0] ?? namedSpeaker(ctx, info, role);
    if (!theirs) continue;
    // (the words before the verb of speech)
    // (not a cleft's "It was" and "who": "It was Scale's general counsel who wrote")
    const matched = a.plain.slice(m.index, end);
    const cleft = /^It\s+(?:was|is)\s+/i.exec(matched)?.[0].length ?? 0;
    const claimed = matched.slice(cleft, matched.lastIndexOf(" ")).trimEnd().replace(/(?:^|\s)(?:who|that)$/i, "").trimEnd();
    return {
      kind: "person",
      claimed,
      expected: theirs.name,
      support: 1,
      message: `Sources give these words to ${theirs.text}, not ${claimed.replace(/^(?:The|A|An)\b/, (w) => w.toLowerCase())}: “${clip(info.text.trim(), 160)}”`,
      range: view.rangeInPlain(claim, m.index + cleft, m.index + cleft + claimed.length),
      evidence: [view.citation(info, 1, [])],
    };
  }
  // (a role no source gives anyone at that organisation speaks nowhere: "Google's CFO said"; not a
  // spokesperson, whom every organisation has and sources call by many names, "the representative")
  if (org && role !== "spokesperson" && !roleHeldAt(ctx, role, org)) {
    const said = a.plain.slice(m.index, end);
    const words = said.slice(0, said.lastIndexOf(" ")).trimEnd();
    return { kind: "unsupported-part", claimed: words, message: `No source names a ${role} of ${org.text} (“${words}”).`, range: view.rangeInPlain(claim, m.index, m.index + words.length) };
  }
  return undefined;
}

/** Some sentence gives the role to someone at the organisation (named, unnamed or as "its"). */
function roleHeldAt(ctx: ClaimContext, role: string, org: NameMention): boolean {
  return sentencesOnRole(ctx, org, [...role.split(/\s+/), ...(ROLE_WORDS[role] ?? [])]).some(
    (info) =>
      info.roles.some((r) => r.role === role && !!r.org && sameOrg(r.org, org)) ||
      roleSpeakers(info).some((r) => r.role === role && !!r.org && sameOrg(r.org, org)) ||
      // (or the organisation's role named, whatever it does: "Scale AI's general counsel tried to squash")
      info.names.some((n) => sameOrg(n, org) && roleAfter(info.text, n) === role),
  );
}
/** The canonical role written right after a name, if any. */
function roleAfter(text: string, n: NameMention): string | undefined {
  const m = ORG_ROLE.exec(text.slice(n.end, n.end + 60));
  return m ? canonicalRole(m[2]) : undefined;
}
/** An organisation's role right after its name: "'s general counsel", " CEO". */
const ORG_ROLE = new RegExp(`^(?:['’]s)?\\s+${ROLE_PATTERN}`, "i");
/** Words a canonical role is written with besides its own ("chief financial officer" for CFO). */
const ROLE_WORDS: Record<string, string[]> = { CEO: ["chief", "executive"], CFO: ["chief", "financial", "officer"], COO: ["chief", "operating", "officer"], CTO: ["chief", "technology", "officer"] };

/** A name the sentence has speak whom their article (or the sentences read) gives another role than `role`, and never that one. */
function namedSpeaker(ctx: ClaimContext, info: SentenceInfo, role: string): RoleSpeaker | undefined {
  const person = info.names.find((n) => spoke(info.text, n));
  if (!person) return undefined;
  const held = [...ctx.view.articleOf(info), ...ctx.candidates.slice(0, FACT_CANDIDATES)].flatMap((s) => s.roles.filter((r) => sameName(r.person, person)));
  if (!held.length || held.some((r) => r.role === role)) return undefined;
  return holderSpeaking(held[0], person);
}

/** The holder of a role as a speaker, by the name the sentence gives them: "Sarah Friar (OpenAI’s CFO)". */
function holderSpeaking(r: RoleFact, person = r.person): RoleSpeaker {
  return { name: person.text, text: `${person.text} (${r.org ? r.org.text + "’s " : ""}${r.modifier ? r.modifier + " " : ""}${r.role})`, role: r.role, org: r.org };
}

/** A sentence whose speaker is a pronoun ("he said", "said she"). */
/** Right before a name the claim rules out: ", not Handshake's ". */
const RULED_OUT = /,\s+not\s+(?:[\p{L}'’.-]+\s+){0,3}$/u;
const PRONOUN_SPEAKS = new RegExp(`\\b(?:he|she|they)\\s+(?:${SPEECH_VERBS})\\b|\\b(?:${SPEAKER_AFTER_VERBS})\\s+(?:he|she)\\b`, "i");

/**
 * A speaker named by a common noun, before its verb of speech ("the spokesperson said", "Scale AI's
 * general counsel wrote") or after it ("said a representative"). (Determiners are spelt in both
 * cases: under the "i" flag a capital-letter class would match any letter.) Up to four words after
 * the determiner: "a former senior Scale employee said".
 */
const NOUN_SPEAKER_BEFORE = new RegExp(`(?:^|[^\\p{L}])((?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ne|[Tt]wo|[Ss]everal|[\\p{Lu}][\\p{L}\\p{N}.&-]*(?:\\s[\\p{Lu}][\\p{L}\\p{N}.&-]*)*['’]s)(?:\\s+[\\p{L}-]+){1,4}?),?\\s+(?:${SAYING})\\b`, "u");
const NOUN_SPEAKER_AFTER = new RegExp(`\\b(?:${SPEAKER_AFTER_VERBS})\\s+((?:the|a|an)(?:\\s+[\\p{L}-]+){1,4}?)(?:\\s*(?:[,.;]|$)|\\s+(?:who|that)\\b)`, "u");
/** Words that may head a speaker's phrase without naming one. */
const NOT_A_SPEAKER_NOUN = /^(?:he|she|they|it|we|i|you|who|which|that|and|or|but|has|have|had|is|was|also|then|later|recently|previously|once|further)$/i;

function unnamedSpeaker(text: string): { text: string; head: string } | undefined {
  const m = NOUN_SPEAKER_BEFORE.exec(text) ?? NOUN_SPEAKER_AFTER.exec(text);
  const phrase = m?.[1];
  if (!phrase) return undefined;
  const head = phrase.split(/\s+/).pop()!;
  // (a capitalised head is a name, whose speaking `spoke` reads, unless it is a title: "its CFO";
  // a pronoun or a verb is no noun)
  if (!/^(?:\p{Ll}|\p{Lu}{2,4}$)/u.test(head) || NOT_A_SPEAKER_NOUN.test(head)) return undefined;
  return { text: phrase, head };
}

/** The source's article describes the speaker with this noun near their name ("OpenAI CEO Sam Altman", "Altman, the chief executive"): the unnamed speaker may be them. */
function describedAs(ctx: ClaimContext, info: SentenceInfo, speaker: NameMention, head: string): boolean {
  const near = new RegExp(`\\b${head.replace(/[^\p{L}-]/gu, "")}\\b`, "i");
  for (const s of ctx.view.articleOf(info)) if (s.names.some((n) => sameName(n, speaker) && near.test(s.text.slice(Math.max(0, n.start - 40), n.end + 40)))) return true;
  return false;
}

/**
 * Who speaks a sentence that closes a quotation opened in the sentence before, by the name that
 * speaks there ("As Jonathan Siddharth, Turing CEO, explains, "The deal marks a turning point.
 * Leading AI labs are realizing neutrality is no longer optional."").
 */
/**
 * Who "he noted" is, in a sentence that names no speaker: the speaking name of the sentence right
 * before it ("Garrett Lord, CEO of Handshake, … said his company saw demand triple … "If you're
 * General Motors or Toyota, …," he noted").
 */
function pronounSpeaker(ctx: ClaimContext, info: SentenceInfo): NameMention | undefined {
  if (!PRONOUN_SPEAKS.test(info.text) || info.names.some((n) => spoke(info.text, n))) return undefined;
  const before = ctx.view.corpus.sentenceBefore(info);
  return before && speakerNamed(before);
}

/** A full name that speaks in the sentence. */
function speakerNamed(info: SentenceInfo): NameMention | undefined {
  return info.names.find((n) => spoke(info.text, n) && n.core.length >= 2);
}

function quoteOpenedBefore(ctx: ClaimContext, info: SentenceInfo): NameMention | undefined {
  const before = ctx.view.corpus.sentenceBefore(info);
  return before && (closesQuotationOf(info.text, before.text) || continuesQuotationOf(info.text, before.text)) ? speakerNamed(before) : undefined;
}
