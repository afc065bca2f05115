// An ending no source states: "The US government has stopped working with Scale AI" passes on the
// words of "the company's business, which includes working with governments", yet the claim says an
// act ended, which is its whole point. An act said to have stopped ("stopped", "ceased", "quit", "no
// longer") that no sentence read states, denies or opposes, with a doer named or described, is an
// unsupported part: a change of state must be earned like any other fact. (Not a plain "not": the
// sources word denials in many ways the facts do not read, "a nonvoting stake", "no bearing on";
// a hedged or entertained act asserts nothing; a quote is the quote check's.) Likewise a doer
// denied by "no" ("with no other Scale employees joining him") where a sentence read has that noun
// do the act ("will be joined by a small number of employees"). And an act of ending or leaving by a
// named doer that no sentence read states ("The U.S. government also backed out as a Scale AI customer").
import type { Finding } from "../../types";
import type { ClaimCheck, ClaimContext } from "../context";
import type { SentenceInfo } from "../../index/corpus";
import { isEnding, predicatesOf, type Predicate } from "../../meaning/facts";
import { sameName } from "../references";
import { lemma, relatePredicates } from "../../meaning/lexicon";
import { termOf } from "../../text/tokens";
import { claimFacts, FACT_CANDIDATES } from "../facts";
import { clip, inSpan } from "../spans";
import { STAYING_VERBS } from "../../meaning/curated";

/** Acts of leaving a party that WordNet does not oppose to continuing (isEnding has end, quit, cut ties, wind down, pull back, phase out). */
const LEAVING = new Set(["back out", "walk away", "withdraw", "abandon", "sever", "sever ties", "drop", "exit"]);

function endsOrLeaves(lemma: string): boolean {
  // (not a sale, which hands a thing to another rather than ending a tie: "sells 30% stake to Harrow")
  if (lemma === "divest" || relatePredicates(lemma, "sell") === "same") return false;
  return isEnding(lemma) || LEAVING.has(lemma);
}

/** A sentence read that names the fact's doer and has it (or a doer it leaves unnamed) end or leave something ("pulling back from the startup"). */
function endedOtherwise(ctx: ClaimContext, fact: Predicate): boolean {
  return ctx.candidates.slice(0, FACT_CANDIDATES).some((info) => info.names.some((n) => sameName(n, fact.agent!)) && predicatesOf(info.text, info.names).some((p) => !p.negated && endsOrLeaves(p.lemma) && (!p.agent || sameName(p.agent, fact.agent!))));
}

/** Words before an act that say it ended (or will: "will stop working with", "preparing to stop using"). */
const ENDED = /\b(?:stop|stopped|stops|stopping|cease|ceased|ceases|ceasing|quit|quits|quitting|no longer)\s+$/i;

/** "no" (and "no other") heading the doer right before the act, past up to three words of it: "no other Scale employees"; the last word is the doer's noun. */
const NO_DOER = /\bno\s+(?:other\s+)?(?:[\w-]+\s+){0,2}([\w-]+)\s+$/i;

/** A sentence read in which the act is done (not denied) by someone the doer's noun names. */
function doneByThem(ctx: ClaimContext, act: string, subject: string): { info: SentenceInfo; noun: string } | undefined {
  for (const info of ctx.candidates.slice(0, FACT_CANDIDATES)) {
    if (!info.termSet.has(termOf(subject))) continue;
    if (predicatesOf(info.text, info.names).some((p) => !p.negated && !p.hedged && relatePredicates(p.lemma, act) === "same")) return { info, noun: subject };
  }
  return undefined;
}

export const unstatedDenialCheck: ClaimCheck = {
  id: "unstated-denial",
  description: "The claim says an act stopped, where no source read says so.",
  stage: "facts",
  run(ctx) {
    const a = ctx.analysed;
    const findings: Finding[] = [];
    for (const { fact, outcome } of claimFacts(ctx)) {
      // (an act of ending or leaving, by a named doer, is a change of state as much: "The U.S.
      // government also backed out as a Scale AI customer", "ended its contracts with Scale AI")
      // (another act of ending by the same doer states it in other words: "had been
      // scaling back its work with Scale" where "has been pulling back from the startup")
      if (outcome.kind === "silent" && !fact.negated && !fact.unasserted && !fact.speech && !fact.copula && fact.agent && (fact.patients.length || fact.object) && endsOrLeaves(fact.lemma) && !inSpan(fact.start, a.quotes) && !endedOtherwise(ctx, fact)) {
        const words = a.plain.slice(fact.start, fact.end);
        findings.push({ kind: "unsupported-part", claimed: words, message: `No source says this ended (“${words}”).`, range: ctx.view.rangeInPlain(ctx.claim, fact.start, fact.end) });
        continue;
      }
      if (outcome.kind !== "silent" || !fact.negated || fact.unasserted || fact.speech) continue;
      if (!fact.agent && !fact.subject && !fact.pronoun) continue;
      // (a plan or a forecast of ending too, which the claim still says is under way: "preparing to
      // stop", "will not remain one"; of a copula only staying, whose denial ends a state)
      const ended = ENDED.test(a.plain.slice(Math.max(0, fact.start - 16), fact.start));
      // (verbs of staying, whose denial says a state will end: "will not remain one of its customers")
      const staying = STAYING_VERBS.has(fact.lemma);
      if (inSpan(fact.start, a.quotes) || fact.copula) continue;
      // (a doer denied by "no": "with no other Scale employees joining him" where a sentence read
      // has "employees" do it, "will be joined by a small number of employees")
      const doer = NO_DOER.exec(a.plain.slice(Math.max(0, fact.start - 48), fact.start))?.[1];
      const none = !ended && !staying && fact.subject && doer && lemma(doer.toLowerCase(), "noun") === fact.subject ? doneByThem(ctx, fact.lemma, fact.subject) : undefined;
      if (none) {
        const words = a.plain.slice(fact.start, fact.end);
        findings.push({ kind: "unsupported-part", claimed: words, message: `Sources say ${fact.subject === none.noun ? "they" : none.noun} did: “${clip(none.info.text.trim(), 160)}”`, range: ctx.view.rangeInPlain(ctx.claim, fact.start, fact.end), evidence: [ctx.view.citation(none.info, 1, [])] });
        continue;
      }
      if (!(ended || staying)) continue;
      const words = a.plain.slice(fact.start, fact.end);
      findings.push({ kind: "unsupported-part", claimed: words, message: `No source says this stopped (“${words}”).`, range: ctx.view.rangeInPlain(ctx.claim, fact.start, fact.end) });
    }
    return { findings, evidence: [], unresolved: findings.length };
  },
};
