// A fact the claim calls open that the sources settle: "It remains unconfirmed whether OpenAI is
// winding down its work with Scale AI" where OpenAI confirmed it. The fact matched
// (stated by a source that does not hedge it) makes the claim's doubt wrong; one that hedges it
// ("reportedly") leaves the doubt standing. (A source that denies it is not held against the doubt
// yet: a "whether" clause's fact is unasserted, and ../facts.ts skips denials of those.)
import type { ClaimCheck } from "../context";
import { factFinding, findingsForOutcome } from "../fact-findings";
import { inSpan } from "../spans";

/** "is unclear whether", "remains unconfirmed if", "no one knows whether" before the fact, in its clause. */
const DOUBTED = /\b(?:(?:is|was|remains|remained|it['’]s)\s+(?:still\s+)?(?:unclear|uncertain|unknown|unconfirmed|not\s+(?:clear|known|confirmed))|no\s+one\s+knows)\s+(?:whether|if)\s+(?:[\w'’-]+\s+){0,12}$/i;

export const doubtedFactCheck: ClaimCheck = {
  id: "doubted-fact",
  description: "The claim says a fact is unclear where the sources state it plainly.",
  stage: "facts",
  run: (ctx) =>
    findingsForOutcome(ctx, "stated", (f) => {
      const { plain, quotes } = ctx.analysed;
      if (f.outcome.kind !== "stated" || f.outcome.fact.hedged || f.outcome.fact.unasserted || inSpan(f.fact.start, quotes)) return undefined;
      if (!DOUBTED.test(plain.slice(Math.max(0, f.fact.start - 120), f.fact.start))) return undefined;
      return factFinding(ctx, f, "polarity", (quote) => `Sources say this plainly: ${quote}`);
    }),
};
