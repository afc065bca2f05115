// An ending no source states: "The US government has stopped working with Scale AI" passes on the
// words of "the company's business, which includes working with governments", yet the claim says an
// act ended, which is its whole point. An act said to have stopped ("stopped", "ceased", "quit", "no
// longer") that no sentence read states, denies or opposes, with a doer named or described, is an
// unsupported part: a change of state must be earned like any other fact. (Not a plain "not": the
// sources word denials in many ways the facts do not read, "a nonvoting stake", "no bearing on";
// a hedged or entertained act asserts nothing; a quote is the quote check's.)
import type { Finding } from "../../types";
import type { ClaimCheck } from "../context";
import { claimFacts } from "../facts";
import { inSpan } from "../spans";
import { STAYING_VERBS } from "../fact-forms";

/** Words before an act that say it ended (or will: "will stop working with", "preparing to stop using"). */
const ENDED = /\b(?:stop|stopped|stops|stopping|cease|ceased|ceases|ceasing|quit|quits|quitting|no longer)\s+$/i;

export const unstatedDenialCheck: ClaimCheck = {
  id: "unstated-denial",
  description: "The claim says an act stopped, where no source read says so.",
  stage: "facts",
  run(ctx) {
    const a = ctx.analysed;
    const findings: Finding[] = [];
    for (const { fact, outcome } of claimFacts(ctx)) {
      if (outcome.kind !== "silent" || !fact.negated || fact.unasserted || fact.speech) continue;
      if (!fact.agent && !fact.subject && !fact.pronoun) continue;
      // (a plan or a forecast of ending too, which the claim still says is under way: "preparing to
      // stop", "will not remain one"; of a copula only staying, whose denial ends a state)
      const ended = ENDED.test(a.plain.slice(Math.max(0, fact.start - 16), fact.start));
      // (verbs of staying, whose denial says a state will end: "will not remain one of its customers")
      const staying = STAYING_VERBS.has(fact.lemma);
      if (inSpan(fact.start, a.quotes) || (fact.copula && !staying) || !(ended || staying)) continue;
      const words = a.plain.slice(fact.start, fact.end);
      findings.push({ kind: "unsupported-part", claimed: words, message: `No source says this stopped (“${words}”).`, range: ctx.view.rangeInPlain(ctx.claim, fact.start, fact.end) });
    }
    return { findings, evidence: [], unresolved: findings.length };
  },
};
