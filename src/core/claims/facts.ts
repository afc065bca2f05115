// The claim's facts against its candidate passages' facts: for each predicate of the claim, the
// source facts that state it (the same predicate, participants in the same roles, the same
// polarity) and those that state something else about the same participants. Worked out once per
// claim (memoised on the analysed claim) and read by the meaning checks.
import type { SentenceInfo } from "../index/corpus";
import type { NameMention } from "../entities/names";
import type { Quantity } from "../quantities";
import { roleActs } from "../meaning/role-acts";
import { designatedCopulas } from "../meaning/designations";
import { isEnding, isLightVerb, leaves, predicatesOf, type Predicate } from "../meaning/facts";
import { changeDirection } from "../meaning/change";
import { entails, opposedAdjectives, oppositesOf, relatePredicates, type PredicateRelation } from "../meaning/lexicon";
import { CURATED_CONVERSES, sameMeasureNoun, sameObjectNoun } from "../meaning/curated";
import { exactFigures, hasShareOf, keyTermsIn, type Analysed, type ClaimContext } from "./context";
import { comparableKinds, confirms, isBound, sameBound } from "./figures";
import { namesWithSpeakersWe } from "./speaker-we";
import { alsoDoer, disjointPatients, holdingReversed, mainPatients, rolesOf, sameNounDoer, sameSubjectNoun, sharePatient, unnamedNounDoer, type Roles } from "./participants";
import { betweenSameCommas, inSpan, relativeClauseAt, singledOut, withAside } from "./spans";
import { definitelyNamed, doerOf, doersOf, joined, namedBefore, namesNotIn, resolveOrganisationSubject, sameName, unnamedParticipant } from "./references";
import { aboutParticipants, FACT_CANDIDATES, opposedRoles, sentencesWithBound } from "./fact-candidates";
import { claimPronoun, pronounRoles, resolvePronoun, speakersIt } from "./pronouns";
import { asCommonSubject, asCopula, asOpposedState, closeCopy, deniedObject, opposedObjectAdjectives, otherPosition, pluralPronounSubject, sharesObjectAdjective } from "./fact-forms";
import { accomplished, begunAfter, doneAlready, doubted, expectedOnly, futureOnly, possibleOnly } from "./aspect";
import { splicedSubject } from "./spliced";
import { withRoleHolders } from "./role-holders";
import { anchorSide, givesClaimAmount, namesPatientApart, objectPhrasesDiffer, objectsDiffer, objectUnsaid, otherAmountInClause } from "./fact-differences";
import { termOf } from "../text/tokens";

export { doerOf, doersOf, editDistance, joined, namesNotIn, sameName } from "./references";

export { FACT_CANDIDATES, statesDoersAct } from "./fact-candidates";
export { closeCopy } from "./fact-forms";

/** A question, or a quoted one with its attribution ("… heard about it?" his lawyer asked). */
const QUESTION = /\?(?:["”’']|\s*$)/;
/** A year, for a denial bounded in time. */
const YEAR = /\b(?:1[6-9]|20)\d\d\b/;

/** What the sources say of one predicate of the claim, by the first kind that applies. */
export type FactOutcome =
  | { kind: "stated"; source: SentenceInfo; fact: Predicate }
  | { kind: "negated"; source: SentenceInfo; fact: Predicate }
  /** (`claimSpan`: the claim's words the opposite is about, when not its predicate: an adjective of its object) */
  | { kind: "opposite"; source: SentenceInfo; fact: Predicate; claimSpan?: { start: number; end: number } }
  | { kind: "reversed"; source: SentenceInfo; fact: Predicate }
  | { kind: "other-agent"; source: SentenceInfo; fact: Predicate }
  /** Nothing states it, but a source gives its doer the same act on another participant. */
  | { kind: "other-patient"; source: SentenceInfo; fact: Predicate }
  /** A denial nothing states or contradicts, where a source states another act of the same doer on the same participant. */
  | { kind: "undenied"; source: SentenceInfo; fact: Predicate }
  /** Nothing states it, but a source says its doer is ending that act with the same participant ("phasing out its reliance on"). */
  | { kind: "other-act"; source: SentenceInfo; fact: Predicate }
  /** The same doer does another act to the same thing ("reconsidering its relationship with Scale AI" for "strengthening" it). */
  | { kind: "different-act"; source: SentenceInfo; fact: Predicate }
  /** Nothing states it, but a source gives the same act to someone of its doer's ("Scale AI, whose founder is joining Meta" for "Scale AI is joining Meta"). */
  | { kind: "owned-doer"; source: SentenceInfo; fact: Predicate }
  /** Sources give it only as something entertained, a concern or a rumour ("raised concerns that Meta would be able to access …"). */
  | { kind: "unasserted"; source: SentenceInfo; fact: Predicate }
  /** Sources tell as done or begun what the claim still expects ("will be paused" where "were paused"). */
  | { kind: "already-done"; source: SentenceInfo; fact: Predicate }
  /** Sources state it only on the other side of the event the claim places it against ("after the Meta deal" where "before Meta … took a stake"). */
  | { kind: "other-time"; source: SentenceInfo; fact: Predicate; side: "before" | "after" }
  /** Nothing states it, but a source denies the same act with the roles reversed ("Nimbus would not share data with Quarry" for "Quarry shares data with Nimbus"). */
  | { kind: "reversed-denied"; source: SentenceInfo; fact: Predicate }
  | { kind: "silent" };

export { mainPatients };

export interface ClaimFact {
  fact: Predicate;
  outcome: FactOutcome;
}

const memo = new WeakMap<Analysed, ClaimFact[]>();

/** The claim's checkable facts with what the sources say of each. */
export function claimFacts(ctx: ClaimContext): ClaimFact[] {
  let facts = memo.get(ctx.analysed);
  if (!facts) memo.set(ctx.analysed, (facts = compute(ctx)));
  return facts;
}

/** The claim's facts if a check has worked them out (undefined otherwise). */
export function knownClaimFacts(a: Analysed): readonly ClaimFact[] | undefined {
  return memo.get(a);
}

function compute(ctx: ClaimContext): ClaimFact[] {
  const { analysed: a, candidates, view } = ctx;
  // names inside quotes are quoted words, not participants
  const names = a.names.filter((n) => !inSpan(n.start, a.quotes));
  const found = predicatesOf(a.plain, names);
  // (what a verb of naming says someone is: "Reuters identified Microsoft as Scale's biggest customer")
  const all = [...found, ...designatedCopulas(a.plain, names, found)];
  // ("the company" of a claim is the organisation it names before, as in a source: "Labelbox's CEO
  // said the company would lose…")
  const claimSentence = { text: a.plain, names, doc: -1 };
  // (and one named by role at an organisation, the person the sources give it: "Scale AI's founder was poached")
  const predicates = withRoleHolders(ctx, all.map((p) => asCopula(p, a.plain) ?? p).map((p) => (p.pronoun ? claimPronoun(p, all, a.plain, names, inSpan(p.start, a.quotes) ? undefined : ctx) : speakersIt(resolveOrganisationSubject(p, claimSentence, [], all), all, a.plain))), names).filter((p) => !p.speech && (p.agent || p.patients.length || p.subject || p.pronoun || p.changed));
  if (!predicates.length) return [];
  // (and up to 2 sentences that give a bound of the claim's as it is: their act is the claim's)
  const bounds = exactFigures(a).filter((q) => isBound(q) && !q.share);
  const withBound = bounds.length ? sentencesWithBound(ctx, bounds, candidates.slice(0, FACT_CANDIDATES)) : [];
  const read = [...candidates.slice(0, FACT_CANDIDATES), ...withBound, ...aboutParticipants(ctx, predicates, candidates.slice(0, FACT_CANDIDATES))];
  // (what role nouns state too; and "us" or "our" in a speaker's words is the speaker's organisation)
  const sources = read.map((info) => {
    const names = namesWithSpeakersWe(view, info);
    // (a sentence with such names is read as naming them, in every test below; its other parts as they are)
    const named: SentenceInfo = names === info.names ? info : Object.create(info, { names: { value: names } });
    return { info: named, facts: [...predicatesOf(info.text, names), ...roleActs(info.text, info.names)], window: view.corpus.windowOf(info) };
  });
  // (the claim's bounds that some sentence read gives as written: "at least $120 million")
  const boundsGiven = bounds.filter((q) => sources.some(({ info }) => info.quantities.some((x) => sameBound(q, x))));
  // a speaker said not to have said it ("OpenAI did not say it was winding down …")
  const unsaid = all.find((p) => p.speech && p.agent && DENIED_SPEECH.test(a.plain.slice(Math.max(0, p.start - 16), p.start)));
  return predicates.map((fact) => {
    const others = predicates.filter((p) => p !== fact);
    const outcome = unsaid && fact.start >= unsaid.end ? unsaidOutcome(ctx, fact, unsaid.agent!, names, sources, others, boundsGiven) : outcomeOf(ctx, fact, names, sources, others, boundsGiven);
    if (outcome.kind === "opposite" && outcome.claimSpan) return { fact: { ...fact, ...outcome.claimSpan }, outcome };
    if (settles(outcome)) return { fact, outcome };
    // what the sources say of its converse, roles swapped ("Meta received $14.3 billion from Scale
    // AI" is "Scale AI invested $14.3 billion in Meta")
    for (const converse of conversesOf(fact)) {
      const theirs = outcomeOf(ctx, converse, names, sources, others, boundsGiven);
      if (settles(theirs)) return { fact: converse, outcome: theirs };
    }
    return { fact, outcome };
  });
}

/**
 * The source fact's own figure confirms one of the claim's exact figures (not a year or date): the
 * first of its kind after the predicate, with no other name between ("invested $14.3 billion in"),
 * or right before an event noun ("Meta's $14.3B Scale AI investment"); not the figure of a gapped
 * clause after it ("paid $140 million …, and Teluride about $20 million").
 */
function figureOfAct(figures: readonly Quantity[], info: SentenceInfo, fact: Predicate): boolean {
  const own = (n: NameMention) => fact.patients.includes(n) || fact.agent === n;
  return figures.some((q) => {
    if (q.kind === "year" || q.kind === "date") return false;
    const after = info.quantities.find((x) => !x.vague && x.start >= fact.end && comparableKinds(q, x));
    if (after && confirms(q, after) && !info.names.some((n) => n.start >= fact.end && n.end <= after.start && !own(n))) return true;
    const before = info.quantities.filter((x) => !x.vague && x.end <= fact.start && fact.start - x.end < 30).pop();
    return !!before && confirms(q, before) && !/[,;:]/.test(info.text.slice(before.end, fact.start));
  });
}

/** A negator right before a verb of speech: "did not say", "never said". */
const DENIED_SPEECH = /(?:\bnot|n['’]t|\bnever)\s+$/i;

/**
 * What the sources tell of a fact the claim says a speaker did not say: a sentence in which that
 * speaker says it denies the claim; the fact stated or denied otherwise says nothing of what was said.
 */
function unsaidOutcome(ctx: ClaimContext, fact: Predicate, speaker: NameMention, claimNames: readonly NameMention[], sources: { info: SentenceInfo; facts: Predicate[]; window: SentenceInfo[] }[], others: readonly Predicate[], boundsGiven: readonly Quantity[]): FactOutcome {
  const saying = sources.filter(({ facts }) => facts.some((p) => p.speech && !p.negated && p.agent && sameName(p.agent, speaker)));
  const found = outcomeOf(ctx, fact, claimNames, saying, others, boundsGiven);
  return found.kind === "stated" ? { kind: "negated", source: found.source, fact: found.fact } : { kind: "silent" };
}

/** Outcomes reported only when nothing settles the fact. */
const UNSETTLED = new Set<FactOutcome["kind"]>(["silent", "other-patient", "undenied", "other-act", "unasserted", "already-done", "reversed-denied", "other-time", "different-act", "owned-doer"]);

/** An outcome that settles the fact (the sources state, deny or oppose it), not one of those reported only when nothing does. */
function settles(outcome: FactOutcome): boolean {
  return !UNSETTLED.has(outcome.kind);
}

/** The fact said with each converse predicate, its agent and its one patient swapped. */
function conversesOf(p: Predicate): Predicate[] {
  if (!p.agent || p.patients.length !== 1 || p.passive) return [];
  return CURATED_CONVERSES.filter(([a]) => relatePredicates(p.lemma, a) === "same").map(([, b]) => ({ ...p, lemma: b, agent: p.patients[0], patients: [p.agent!], object: undefined }));
}

/**
 * What the sources say of one fact of the claim. Strong evidence (both agents known) outweighs
 * weak (an agent unknown on one side, its sentence naming the claim's participants): a source that
 * states the fact with the same agent settles it; otherwise a strong contradiction outweighs a weak
 * statement; another agent counts only when nothing states the fact at all.
 */
function outcomeOf(ctx: ClaimContext, claim: Predicate, claimNames: readonly NameMention[], sources: { info: SentenceInfo; facts: Predicate[]; window: SentenceInfo[] }[], others: readonly Predicate[], boundsGiven: readonly Quantity[]): FactOutcome {
  const participants = [...(claim.agent ? [claim.agent] : []), ...claim.patients];
  const strong: Partial<Record<FactOutcome["kind"], FactOutcome>> = {};
  const weak: Partial<Record<FactOutcome["kind"], FactOutcome>> = {};
  let otherPatient: FactOutcome | undefined;
  let undenied: FactOutcome | undefined;
  let relatedOtherwise: FactOutcome | undefined;
  let differentAct: FactOutcome | undefined;
  let ownedDoer: FactOutcome | undefined;
  let entertained: FactOutcome | undefined;
  let reversedDenied: FactOutcome | undefined;
  let otherTime: FactOutcome | undefined;
  let sameTime = false;
  let sameDoerUnplaced = false;
  let modifierStated = false;
  let statedWithAmount = false;
  let otherAgentWithAmount: FactOutcome | undefined;
  const figures = exactFigures(ctx.analysed);
  const storyTerms = keyTermsIn(ctx.analysed, 0);
  // (what the claim's own words say of its act, the same against every source fact)
  const claimDoubted = doubted(ctx.analysed.plain, claim);
  const claimDone = claim.hedged ? undefined : accomplished(ctx.analysed.plain, claim);
  const claimFuture = futureOnly(ctx.analysed.plain, claim);
  const claimPossible = claim.hedged || possibleOnly(ctx.analysed.plain, claim);
  // (a figure right after a possessor is that one's, not the act's: "his remarks about Meta's $100 million signing bonuses")
  const actFigures = figures.filter((q) => !/['’]s\s+$/.test(ctx.analysed.plain.slice(Math.max(0, q.start - 4), q.start)));
  for (const { info, facts, window } of sources) {
    // a question asserts nothing ("… don't you think you would have heard about it?")
    if (QUESTION.test(info.text)) continue;
    // a sentence giving another amount of the same kind tells of another act ("Google had planned to
    // pay Scale AI $200 million" is not about "Meta paid $14.3bn"): it may state the fact, not deny it
    // (a bound some source gives as it is, "at least $120 million", is that source's act: another
    // amount that merely satisfies it, "$14.3 billion", tells of another)
    // (a figure of a relative clause the claim's fact is not in is another fact's: "Scale AI, which
    // was founded in 2016, generated $870 million in sales in 2024")
    const otherAct = figures.some((q) => {
      const relative = relativeClauseAt(ctx.analysed.plain, q.start);
      if (relative && (claim.start < relative[0] || claim.start >= relative[1])) return false;
      // (nor one past the commas around what someone is: "X, Scale AI's biggest client, had planned to pay $200 million")
      if (claim.copula && !betweenSameCommas(ctx.analysed.plain, claim, q)) return false;
      const theirs = info.quantities.filter((x) => !x.vague && comparableKinds(q, x));
      return theirs.length > 0 && !theirs.some((x) => (boundsGiven.includes(q) ? sameBound(q, x) : confirms(q, x)));
    });
    const givesBound = info.quantities.some((x) => boundsGiven.some((q) => sameBound(q, x)));
    // a fact whose agent is not known on one side speaks to the claim only where its sentence names
    // the claim's participants (or, for a claim without any, its passage names the claim's names)
    // (a statement may name them in the sentences around it: "it raised $100 million" after "Scale …";
    // a contradiction must name them in its own sentence)
    const namesInSentence = participants.length ? participants.every((p) => info.names.some((n) => sameName(p, n))) : ctx.view.namesIn(claimNames, window);
    const namesAround = namesInSentence || ctx.view.namesIn(participants.length ? participants : claimNames, window);
    // (whether it names one of the claim's patients, in any place: for another patient and opposite acts below)
    const namesAPatient = claim.patients.some((p) => info.names.some((n) => sameName(p, n)));
    for (const stated of facts) {
      if (stated.speech) continue;
      // "he"/"she" is the claim's doer only if the sexes agree; otherwise it is whom it refers to
      // (and "the company" the organisation named before it)
      const resolved = stated.pronoun ? resolvePronoun(ctx, claim, stated, info, window, facts) : resolveOrganisationSubject(stated, info, window, facts);
      if (!resolved) continue;
      // (against a claim's copula, "remains strong" is "is strong")
      const fact = (claim.copula && asCopula(resolved, info.text)) || asOpposedState(claim, asCommonSubject(claim, resolved));
      // what someone is ("one of Scale AI's customers") is only stated or denied: another's being a
      // customer, or being something else, says nothing against it
      if (!!claim.copula !== !!fact.copula) continue;
      // (two adjectives of opposite meaning said of one thing oppose each other, "is weak" and
      // "remains strong", where the source's sentence names all the claim names)
      // (or two relations that exclude each other, "competitor" and "partner")
      const adjectivesOpposed = !!claim.copula && !!fact.copula && (opposedAdjectives(claim.lemma, fact.lemma) || opposedRoles(claim.lemma, fact.lemma)) && claimNames.every((n) => info.names.some((m) => sameName(n, m)));
      // (and ending a thing against making it grow: "strengthening ties" where "cutting ties")
      // (a source denying what the claim's act entails denies the act: "failed to meet" against "beat")
      const relation = adjectivesOpposed || endsWhatOtherGrows(claim, fact) ? "opposite" : (changeRelation(claim, fact) ?? (fact.negated && !claim.negated && entails(claim.lemma, fact.lemma) ? "same" : relatePredicates(claim.lemma, fact.lemma)));
      if (claim.copula && relation !== "same" && !adjectivesOpposed) continue;
      // changes of two magnitudes do not oppose each other ("increase its reliance", "reduce its expenditure")
      if (relation === "opposite" && claim.changed && fact.changed && !sameMagnitude(claim, fact)) continue;
      if (relation === "unrelated") {
        // "Meta does not own any part of Scale AI" where "Meta took a 49% stake in Scale AI"
        if (claim.agent && fact.agent && sameName(claim.agent, fact.agent) && sharePatient(claim, fact)) {
          if (claim.negated && !fact.negated) undenied ??= { kind: "undenied", source: info, fact };
          // "OpenAI began relying more on Scale AI" where OpenAI is phasing out its reliance on it
          else if (!claim.negated && !fact.negated && fact.object && isEnding(fact.lemma) && relatePredicates(fact.object, claim.lemma) === "same") relatedOtherwise ??= { kind: "other-act", source: info, fact };
          // "Microsoft is strengthening its relationship with Scale AI" where it is reconsidering it
          // (not where the sentence has the claim's word in another use, "opted to film battle scenes",
          // nor for two acts of ending or two changes one way: "end its contract", "wind down" it)
          else if (!claim.negated && !fact.negated && claim.object && claim.object === fact.object && !claim.copula && !fact.copula && !isLightVerb(claim.lemma) && !isLightVerb(fact.lemma) && !info.termSet.has(termOf(claim.lemma)) && !sameKindOfAct(claim.lemma, fact.lemma)) differentAct ??= { kind: "different-act", source: info, fact };
        }
        // (a stake held the other way round, whatever the verb: "Scale AI snaps up 49% stake in Meta")
        if (holdingReversed(claim, fact)) strong.reversed ??= { kind: "reversed", source: info, fact };
        continue;
      }
      // a doer that belongs to someone is not that someone: "Scale AI, whose founder is joining Meta"
      // does not say Scale AI is (reported where it or the sentences around name the claim's doer
      // and it names a patient of the claim's: "his sprint car hits a lapped car" may be "he hit")
      if (claim.agent && !fact.agent && fact.owned && !fact.changed) {
        if (relation === "same" && claim.negated === fact.negated && (info.names.some((n) => sameName(n, claim.agent!)) || ctx.view.namesIn([claim.agent], window)) && claim.patients.length && sharePatient(claim, fact)) ownedDoer ??= { kind: "owned-doer", source: info, fact };
        continue;
      }
      let roles = claim.pronoun ? pronounRoles(claim, fact, info) : splicedSubject(ctx.analysed, claim, fact, facts, info.text) ? "other-agent" : rolesOf(claim, fact);
      // (one doer named by one noun in a sentence that tells the claim's story: "One smaller
      // shareholder said they planned to sell off their remaining stake in Scale" for "One smaller
      // Scale shareholder said they planned to buy additional shares in the startup")
      if (roles === "open" && sameNounDoer(claim, fact) && hasShareOf(info.termSet, storyTerms, STORY_SHARE)) roles = "same";
      // a further doer the source leaves out states only part of the claim's fact; where the source
      // gives that one another act, it is another doer ("ridden by Ryan Moore and Sir Michael
      // Stoute" where "ridden by Ryan Moore and trained by Sir Michael Stoute")
      const missing = roles === "same" ? namesNotIn(claim.coAgents ?? [], doersOf(fact))[0] : undefined;
      if (missing) roles = facts.some((g) => g !== stated && g.agent && sameName(g.agent, missing)) ? "other-agent" : undefined;
      // (the act that gives the claim's bound as written is the claim's act, whoever it names as patient:
      // "Google invested at least $120 million to leverage …" for "Meta invested at least $120 million in Scale AI")
      // (likewise the act of a sentence that confirms the claim's exact figure: "$14.3 billion
      // investment was made by Microsoft" where "Meta invested $14.3 billion in Scale AI")
      if (!roles && (givesBound || (relation === "same" && figureOfAct(actFigures, info, fact))) && claim.agent && fact.agent && !sameName(claim.agent, fact.agent)) roles = "other-agent";
      if (!roles || (roles === "other-agent" && alsoDoer(info.text, fact, claim))) continue;
      // leaving a place is not leaving for it ("Wang left Meta" where he is "leaving for Meta")
      if (roles === "same" && relation === "same" && leaves(claim.lemma) && !samePatientRoles(ctx.analysed.plain, claim, info.text, fact)) roles = "other-patient";
      // the same act of the same doer on someone else does not state the claim's, nor deny it
      if (roles === "other-patient") {
        if (claim.copula) continue;
        // (only where the source, in its sentence or those around it, names the claim's participant
        // too: an act done to someone it does not name may be another event: "signed with Cavalry FC"
        // is not denied by "moved to sign with the Devonport City Strikers" years before)
        // (and only a patient in the predicate's own phrase: past a comma, "pulling back, and OpenAI,
        // despite …, continues" may start another clause)
        const ownPhrase = fact.patients.length > 0 && !info.text.slice(fact.end, fact.patients[0].start).includes(",");
        if (relation === "same" && claim.negated === fact.negated && (namesAPatient || ctx.view.namesIn(claim.patients, window)) && ownPhrase && patientsInOneRole(ctx.analysed.plain, claim, info.text, fact)) otherPatient ??= { kind: "other-patient", source: info, fact };
        continue;
      }
      // a cause speaks to the claim's only when it brought about the same thing ("led it to wind
      // down" against "its decision to wind down … was not influenced by"): not when the effects
      // differ, nor when the source's is not known ("the deal has led to a loss" says nothing of
      // what led OpenAI to wind down); a cause the claim gives without its effect is only stated
      // (a claim's bare "decision" is the source's "decision to wrap up", and the reverse)
      const sameEffect = !claim.effect || !fact.effect ? undefined : sameAct(claim.effect, fact.effect) || sameAct(claim.effect, fact.effectSubject) || sameAct(claim.effectSubject, fact.effect);
      // (unless cause and effect are swapped with the roles: "Google's decision to scale back prompted
      // Meta to acquire" where "Meta's decision to acquire prompted Google to reconsider")
      const crossed = roles === "reversed" && !!claim.effect && !!fact.cause && sameAct(claim.effect, fact.cause);
      if (!crossed && (sameEffect === false || (claim.effect && !fact.effect))) continue;
      // (a light verb is its object: "has no conceivable reason" is not denied by "holding a shiny object",
      // nor "holds 49% of Scale AI" by "will not have any voting power")
      // (nor is it done by another, or the other way round: "held talks with Scale's rivals" is not
      // "Scale has the data")
      if (isLightVerb(claim.lemma) && (claim.object || fact.object) && !(claim.object && fact.object && sameObjectNoun(claim.object, fact.object)) && !sameMagnitude(claim, fact) && (claim.negated !== fact.negated || roles === "other-agent" || roles === "reversed")) continue;
      if (otherPosition(ctx.analysed.plain, claim, info.text, fact)) continue; // (nor is staying in one position staying in another)
      if (isLightVerb(claim.lemma) && objectPhrasesDiffer(ctx.analysed.plain, claim, info.text, fact)) continue; // (nor "a role in day-to-day operations" "a key role in overseeing Meta's AI initiatives")
      const samePolarity = claim.negated === fact.negated;
      const agrees = relation === "same" ? samePolarity : !samePolarity;
      // the denial of an opposite act states the claim's ("did not leave" = "stayed") only with both
      // doers named and about the claim's own participants: "OpenAI began phasing out its reliance
      // on Scale AI" does not state "OpenAI is not phasing out its work" through begin/phase out
      if (agrees && relation === "opposite" && (roles !== "same" || (claim.patients.length && !sharePatient(claim, fact)))) continue;
      // (a change's subject may be what changes or what changes it: "Scale AI's value fell", "the deal doubles Scale AI's value")
      if (roles === "open" && (!(agrees ? namesAround : namesInSentence) || (claim.subject && fact.subject && !sameSubjectNoun(claim.subject, fact.subject) && !sameMagnitude(claim, fact)) || unnamedNounDoer(claim, fact, window))) continue;
      // (nor, for a claim's subject noun, a doer the source leaves unnamed: "it might suffer" is not "rivals suffer")
      if (roles === "open" && claim.subject && !claim.agent && !fact.subject && !fact.agent && !fact.pronoun && !fact.passive && !sameMagnitude(claim, fact)) continue;
      // a weak contradiction must be about the same thing: the same kind of participants (both with
      // names after the predicate, sharing one, or both without), the same object noun if both have
      // one, and, for a claim fact without any name, the same subject noun (and not "they" or "we": "competitors worry they can't rely on")
      if (roles === "open" && !agrees && (!sameThing(claim, fact, participants.length > 0) || pluralPronounSubject(info.text, fact))) continue;
      if (!agrees && (claim.effect || fact.effect) && !sameEffect) continue;
      // opposite acts are opposite only on the same participants, and not when the claim itself
      // states the source's act too ("leaving to join Meta" does not oppose "joined Meta")
      if (!agrees && relation === "opposite" && (disjointPatients(claim, fact) || (objectsDiffer(claim, fact, ctx.analysed) && !sharePatient(claim, fact)) || others.some((o) => relatePredicates(o.lemma, fact.lemma) === "same"))) continue;
      // nor when the source acts on something of the claim's participant ("will remain on Scale AI's
      // board" does not oppose "is leaving Scale AI")
      if (!agrees && relation === "opposite" && possessedOnly(ctx.analysed.plain, claim, info.text, fact)) continue;
      // opposite acts speak to each other only on a participant in the same role: "will not join
      // Meta" is not "leaving for Meta" (a destination), nor is "expanding its work with Scale"
      // denied by a source's act done for Scale
      if (relation === "opposite" && !samePatientRoles(ctx.analysed.plain, claim, info.text, fact)) continue;
      // nor is an act done to no one in a sentence that does not name the claim's participant: "Wang
      // will remain a director on the board of the startup" does not deny "Wang is leaving Scale AI"
      if (relation === "opposite" && claim.patients.length && !fact.patients.length && !namesPatientApart(claim, info, fact, facts)) continue;
      // likewise a denial: "Google stopped working with Scale AI" is not denied by "Google had been working
      // for more than a year to diversify" (its act on no one the sentence names, nor "the startup")
      if (!agrees && relation === "same" && claim.patients.length && !fact.patients.length && !namesAPatient && !definitelyNamed(claim.patients, fact, info, window)) continue;
      // a passive without its agent ("he will be joined by a few employees") hides who does what
      // (not in a change of one magnitude: "their relationship would be scaled down" against "the
      // agreement will expand their relationship" is about the relationship, whoever changes it)
      if (!agrees && roles === "open" && claim.passive !== fact.passive && !sameMagnitude(claim, fact)) continue;
      // a weak statement must share a named participant with the claim ("the Larkspur investment"
      // alone says nothing of who invested in whom)
      // (or, for a change of the same magnitude whose owner it leaves unnamed, name them in its
      // sentence: "Garrett Lord, CEO of Handshake, said his company saw demand triple")
      if (roles === "open" && agrees && participants.length && ![fact.agent, ...fact.patients].some((n) => n && participants.some((p) => sameName(p, n))) && !(sameMagnitude(claim, fact) && !fact.patients.length && namesInSentence)) continue;
      // a passive's other subject is another participant only when the claim's is not named before
      // the verb too ("Yom Hazikaron - or Memorial Day - is held": an alias, not another)
      // (of a subject of several names, the one the source leaves out)
      const subject = claim.agent ? undefined : (namesNotIn(claim.patients, fact.patients)[0] ?? doerOf(claim));
      if (roles === "other-agent" && subject && info.names.some((n) => n.end <= fact.start && sameName(n, subject))) continue;
      // (a claim's "he" against a named doer of the other sex, likewise: "claimed he was sleeping"
      // where "he thought Ms Catherall was sleeping")
      if (roles === "other-agent" && (claim.pronoun || !claimNames.length) && !closeCopy(ctx.analysed, info)) continue;
      if (roles === "other-agent" && !missing && !claim.patients.length && claim.agent) {
        // nor where the source joins the claim's doer to its own ("Ben, now 34, and Shelby were
        // married"; "Will Stack, 22, a U.S. Army National Guardsman, has released")
        const doer = claim.agent;
        if (fact.agent && info.names.some((n) => sameName(n, doer) && joined(info.text, n, fact.agent!))) continue;
        // without a participant in common, another doer counts only in a sentence that says all else
        // the claim says: the claim is its copy with the doer changed
        if (!closeCopy(ctx.analysed, info, withAside(ctx.analysed.plain, doer))) continue; // (the doer's aside with it: "X, Scale AI's biggest client, had planned")
      }
      // a denial bounded in time ("did not appear on any album from 1991 to 2000") does not deny
      // what the claim says without that bound ("regularly appeared on later album artwork")
      if (!agrees && fact.negated && !claim.negated && YEAR.test(info.text) && !YEAR.test(ctx.analysed.plain)) continue;
      // (one doer's not doing it says nothing of another's: "Google did not comment, nor did Scale AI" for "OpenAI did not comment")
      if (roles === "other-agent" && ((claim.negated && fact.negated) || (!claimPossible && possibleOnly(info.text, fact)))) continue; // (nor one who only may: "Scale AI may face")
      // (nor a doer found by reference where the sentences before name the claim's doer too: "the search engine giant" after Google and Microsoft)
      if (roles === "other-agent" && !stated.agent && resolved.agent && claim.agent && namedBefore(ctx.view, info, claim.agent)) continue;
      // one of a kind named by the source is not a group the claim names by a noun: "Google, the
      // largest customer of Scale AI" does not say "self-driving car makers are its largest customers"
      if (claim.copula && claim.unique && claim.unique === fact.unique && !claim.agent && claim.subject && fact.agent) continue;
      // another doer of an act on another thing is another act ("Microsoft is weighing a pullback"
      // where "Meta was weighing an investment")
      if (roles === "other-agent" && !isLightVerb(claim.lemma) && objectUnsaid(claim, info.text, fact)) continue;
      const bucket = roles === "open" ? weak : strong;
      const kind: FactOutcome["kind"] =
        roles === "same" || roles === "open" ? (agrees ? "stated" : relation === "same" ? "negated" : "opposite") : agrees ? (roles === "reversed" ? "reversed" : "other-agent") : "silent";
      // (of a copula, another's being it says nothing, unless only one can be it: "the largest customer")
      // (nor is their being it the other way round, though no source then says the claim's: "Meta is
      // one of Scale AI's customers" for "Scale AI is Meta's customer")
      const oneOfAKind = kind === "other-agent" && !!claim.unique && claim.unique === fact.unique;
      if (kind === "silent" && roles === "reversed" && relation === "same" && !claim.copula && !otherAct) reversedDenied ??= { kind: "reversed-denied", source: info, fact };
      if (kind === "silent" || (otherAct && kind !== "stated") || (claim.copula && kind !== "stated" && kind !== "negated" && kind !== "reversed" && !oneOfAKind && !(adjectivesOpposed && kind === "opposite"))) continue;
      // the same act by the same doer on a thing said to be the opposite ("accounted for a large
      // share" where "a small fraction"): opposite, the adjectives quoted
      // (a weak one only as a weak contradiction would be: its sentence names the participants and
      // is about the same thing)
      if (kind === "stated" && relation === "same" && (roles === "same" || (namesInSentence && sameThing(claim, fact, participants.length > 0)))) {
        const opposed = opposedObjectAdjectives(claim, fact);
        if (opposed) {
          bucket.opposite ??= { kind: "opposite", source: info, fact: { ...fact, ...opposed.source }, claimSpan: opposed.claim };
          continue;
        }
      }
      // an act placed on the other side of the same event does not state the claim's; a statement
      // placed on the same side outweighs one placed on none
      const side = kind === "stated" ? anchorSide(claim, fact) : undefined;
      if (side === "other") {
        otherTime ??= { kind: "other-time", source: info, fact, side: fact.anchor!.side };
        continue;
      }
      if (side === "same") sameTime = true;
      // "one of its biggest customers" does not state "its biggest customer"
      if (kind === "stated" && claim.unique && claim.unique !== fact.unique) continue;
      // (nor does "not the best fit" deny "a poor fit": its negation is of the superlative)
      if (kind === "negated" && fact.copula && fact.negated && fact.unique && claim.unique !== fact.unique) continue;
      // a statement of the act with another amount is another act ("Google invested at least $120
      // million" does not state "Google invested $14.3 billion")
      // (and where some source gives the claim's bound as written, only a sentence giving it states the act)
      // (an amount in the fact's own clause that no figure of the claim's confirms: "Google paid about $150
      // million on Scale AI's services last year, and the company generated $870 million in sales")
      if (kind === "stated" && (((otherAct || otherAmountInClause(actFigures, info, fact)) && roles === "same") || (boundsGiven.length > 0 && !givesBound))) continue;
      // an act the source does to no one it names states the claim's act on its participant only
      // where the act refers back to it: "this follows Meta's investment in the data-labeling
      // startup" after "… their ties with Scale AI" is about Scale AI, not OpenAI; "runs a rival
      // company called Snorkel AI" is about Snorkel AI (where it is someone else: the doer's same
      // act on another participant, as if named)
      if (kind === "stated" && roles === "same" && claim.patients.length && !fact.patients.length) {
        // (not for a passive, whose subject is what it was done to: "the startup, founded by Alexandr Wang")
        // (nor for a participant the claim singles out, "from Google alone": that is said outright or not at all)
        const whom = fact.passive || claim.patients.some((p) => singledOut(ctx.analysed.plain, p)) ? undefined : unnamedParticipant(doersOf(fact), fact, info, window, true);
        if (!whom || !claim.patients.some((p) => sameName(p, whom))) {
          if (whom && relation === "same" && !claim.copula) otherPatient ??= { kind: "other-patient", source: info, fact: { ...fact, patients: [whom] } };
          // (the claim's doer doing it to someone unnamed: another doer then says nothing against it)
          else if (!whom) sameDoerUnplaced = true;
          continue;
        }
      }
      // likewise its doer, unnamed ("because of its investment in Scale AI" after "… with Meta")
      if (kind === "stated" && roles === "open" && claim.agent && !fact.agent && !fact.passive && !fact.pronoun) {
        const who = unnamedParticipant(fact.patients, fact, info, window, false);
        if (!who || !sameName(who, claim.agent)) continue;
      }
      // a statement of the act on something else is not the claim's ("Meta would receive
      // preferential treatment" does not state "Meta received $14.3 billion from Scale AI")
      if (kind === "stated" && fact.object && (claim.object ? claim.object !== fact.object && !sameMagnitude(claim, fact) : figures.length > 0)) continue;
      // a light verb says little without its object: "will have Scale CEO Alexandr Wang joining"
      // does not state "Meta has full control of Scale AI"
      if (kind === "stated" && claim.object && !fact.object && isLightVerb(claim.lemma) && !sameMagnitude(claim, fact)) continue;
      // nor is an act on another thing than the magnitude the claim changes ("OpenAI drops Scale AI"
      // does not state "Scale AI's valuation dropped")
      if (kind === "stated" && claim.changed && !sameMagnitude(claim, fact)) continue;
      // what a source only entertains ("concerns that Meta would be able to access") states nothing
      // the claim asserts, and denies or opposes nothing ("was unable to access" is as unstated); it
      // may support a claim that entertains or hedges it too
      const entertainedOnly = !!fact.unasserted && !claim.unasserted;
      // (a claim that calls the fact open is wrong where a source denies it outright, as where one
      // states it: "It is unclear whether Meta will hold any voting power")
      const doubtDenied = kind === "negated" && !fact.unasserted && claimDoubted;
      if (((fact.unasserted || claim.unasserted) && kind !== "stated" && !doubtDenied) || (kind === "stated" && entertainedOnly && !claim.hedged)) {
        if (entertainedOnly) entertained ??= { kind: "unasserted", source: info, fact };
        continue;
      }
      // an act the source only expects ("will probably generate") does not state one the claim says
      // is done ("has already generated")
      const done = kind === "stated" ? claimDone : undefined;
      // (nor does a possibility state a fact: "might occur", "will probably generate" for "will occur")
      const expected = (done ? expectedOnly(info.text, fact, done === "perfect") : undefined) ?? (kind === "stated" && !claimPossible && possibleOnly(info.text, fact) ? "possibility" : undefined);
      if (expected || (kind === "stated" && claimFuture && doneAlready(info.text, fact, claimFuture))) {
        entertained ??= expected ? { kind: "unasserted", source: info, fact: { ...fact, unasserted: expected } } : { kind: "already-done", source: info, fact }; // (nor does a done act state one the claim expects)
        continue;
      }
      bucket[kind] ??= { kind, source: info, fact } as FactOutcome;
      modifierStated ||= kind === "stated" && sharesObjectAdjective(claim, fact);
      if (kind === "stated" && bucket === strong) statedWithAmount ||= givesClaimAmount(actFigures, info);
      if (kind === "other-agent" && givesClaimAmount(actFigures, info)) otherAgentWithAmount ??= { kind, source: info, fact };
    }
  }
  // (an opposite modifier outweighs statements without the claim's: "a voting stake" where "a nonvoting stake" and "a stake")
  if (strong.opposite?.kind === "opposite" && strong.opposite.claimSpan && !modifierStated) return strong.opposite;
  if (otherTime && (!sameTime || begunAfter(ctx.analysed.plain, claim)) && !strong.negated && !strong.opposite && !strong.reversed) return otherTime;
  // another doer of the act with the claim's amount outweighs the claim's doer doing it without one
  // ("Google had planned to pay Scale AI $200 million" against "OpenAI … had spent far less")
  if (strong.stated && !statedWithAmount && otherAgentWithAmount) return otherAgentWithAmount;
  return strong.stated ?? strong.negated ?? strong.opposite ?? strong.reversed ?? weak.stated ?? weak.negated ?? weak.opposite ?? (sameDoerUnplaced ? undefined : strong["other-agent"]) ?? entertained ?? otherPatient ?? reversedDenied ?? (undenied && !deniedObject(claim, sources) ? undenied : undefined) ?? relatedOtherwise ?? differentAct ?? ownedDoer ?? { kind: "silent" };
}

/**
 * Every patient the two facts share is, in the source, the possessor of what the source's act is
 * on ("Scale AI's board"), and in the claim the thing itself (not "the board of Scale AI").
 */
function possessedOnly(claimText: string, claim: Predicate, sourceText: string, source: Predicate): boolean {
  // ("Scale AI's board", or in the claim "the board of Scale AI")
  const possessive = (text: string, n: NameMention) => /^['’]s\b/.test(text.slice(n.end, n.end + 3)) || (text === claimText && !!claim.object && /\bof\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, n.start - 8), n.start)));
  const shared = source.patients.filter((q) => claim.patients.some((p) => sameName(p, q)));
  return shared.length > 0 && shared.every((q) => possessive(sourceText, q) && claim.patients.every((p) => !sameName(p, q) || !possessive(claimText, p)));
}

/**
 * The name is where the act goes ("for Meta", "to Meta", "into Meta"), past an article, rather than
 * what it is done to or at ("join Meta", "stay at Harbour City" and "leave Harbour City" alike).
 */
function isDestination(text: string, n: NameMention): boolean {
  const m = /(?:^|\s)([A-Za-z]+)\s+(?:(?:the|a|an)\s+)?$/.exec(text.slice(Math.max(0, n.start - 30), n.start));
  return DESTINATION_WORDS.has(m?.[1].toLowerCase() ?? "");
}
const DESTINATION_WORDS = new Set(["for", "to", "into", "toward", "towards"]);

/** Every patient the two facts share stands in the same role in both (a destination in both, or in neither). */
function samePatientRoles(claimText: string, claim: Predicate, sourceText: string, source: Predicate): boolean {
  for (const q of source.patients)
    for (const p of claim.patients) if (sameName(p, q) && isDestination(claimText, p) !== isDestination(sourceText, q)) return false;
  return true;
}

/**
 * A patient of each fact stands in the same role (a destination in both, or in neither): "leaving
 * Scale AI" and "leaving for Meta" name where from and where to, which do not exclude each other.
 */
function patientsInOneRole(claimText: string, claim: Predicate, sourceText: string, source: Predicate): boolean {
  return claim.patients.some((p) => source.patients.some((q) => isDestination(claimText, p) === isDestination(sourceText, q)));
}

/** The two facts name a patient in common. */
/** Two acts of ending, or two changes in one direction: paraphrases WordNet may not link. */
function sameKindOfAct(a: string, b: string): boolean {
  return (isEnding(a) && isEnding(b)) || (changeDirection(a) !== 0 && changeDirection(a) === changeDirection(b));
}

/** One act ends the thing the other makes grow, both of one object ("strengthen ties", "cut ties"; "deepen its relationship", "end its relationship"). */
function endsWhatOtherGrows(claim: Predicate, source: Predicate): boolean {
  if (!claim.object || claim.object !== source.object || relatePredicates(claim.lemma, source.lemma) !== "unrelated") return false;
  return (isEnding(claim.lemma) && grows(source.lemma)) || (isEnding(source.lemma) && grows(claim.lemma));
}

/** A change upwards: by WordNet's hierarchy, or as the antonym of one downwards ("strengthen", against "weaken"). */
function grows(lemma: string): boolean {
  return changeDirection(lemma) === 1 || oppositesOf(lemma, 5).some((o) => changeDirection(o) === -1 && !isEnding(o));
}

/**
 * Two changes of one magnitude: the same act in the same direction ("demand surged", "demand
 * tripled"), opposite ones otherwise ("demand dropped"; "reduce its expenditure" against "increase
 * its spending"); how much is the figures' business.
 */
function changeRelation(claim: Predicate, source: Predicate): PredicateRelation | undefined {
  if (!sameMagnitude(claim, source)) return undefined;
  return changeDirection(claim.lemma) === changeDirection(source.lemma) ? "same" : "opposite";
}

function sameMagnitude(claim: Predicate, source: Predicate): boolean {
  return !!claim.changed && !!source.changed && (sameMeasureNoun(claim.changed, source.changed) || sameAct(claim.changed, source.changed));
}

function sameAct(a: string | undefined, b: string | undefined): boolean {
  return !!a && !!b && relatePredicates(a, b) === "same";
}

function sameThing(claim: Predicate, source: Predicate, claimNamed: boolean): boolean {
  if (!claimNamed && !sameSubjectNoun(claim.subject, source.subject) && !sameMagnitude(claim, source)) return false;
  // a named agent on one side and a common-noun subject on the other ("Wang is leaving" vs "the
  // confirmation came") are different doers
  if ((claim.agent && source.subject) || (source.agent && claim.subject)) return false;
  if (claim.object && source.object && claim.object !== source.object) return false;
  // (a change of the same magnitude may leave its owner unnamed, "his company saw demand triple":
  // its sentence must then name the claim's, as for any weak contradiction)
  // (likewise an act on the same object noun: "scale back its relationship with Meta", "expand their relationship")
  if (!claim.patients.length !== !source.patients.length) return sameMagnitude(claim, source) || (!!claim.object && claim.object === source.object);
  return !claim.patients.length || sharePatient(claim, source);
}

/** Share of the claim's words a sentence must have for a doer named by a noun there to be the claim's. */
const STORY_SHARE = 0.5;

