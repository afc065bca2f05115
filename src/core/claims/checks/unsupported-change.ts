// An unstated change of magnitude: the claim says something rose or fell ("Demand for Turing's
// services dropped after the deal") where no source read speaks of a change of that magnitude (one in
// either direction would have been matched, as stated or as the opposite). Word overlap would pass it
// on sentences about the demand or the deal; a change is a fact only a source stating it supports.
// Only where the claim states the change itself: not in the passive ("the offer was extended to"),
// in a participle ("experts including exorcists"), in quoted words, or beside a figure, whose amount
// the figure checks own ("accrue five Oscar nominations").
import type { Finding } from "../../types";
import type { ClaimCheck } from "../context";
import { exactFigures } from "../context";
import { claimFacts } from "../facts";
import { inSpan } from "../spans";

/** A verb in -ing after a form of "be" is the claim's own predicate ("is expanding"); bare, a participle. */
const PROGRESSIVE = /\b(?:is|are|was|were|be|been|being|am|'s|'re)\s+(?:\w+ly\s+)?$/i;

export const unsupportedChangeCheck: ClaimCheck = {
  id: "unsupported-change",
  description: "The claim says a magnitude rose or fell where no source says it changed.",
  stage: "facts",
  run(ctx) {
    const findings: Finding[] = [];
    const a = ctx.analysed;
    if (exactFigures(a).length) return { findings, evidence: [] };
    for (const f of claimFacts(ctx)) {
      const { fact } = f;
      if (!fact.changed || fact.negated || fact.passive || fact.unasserted || f.outcome.kind !== "silent" || inSpan(fact.start, a.quotes)) continue;
      const words = a.plain.slice(fact.start, fact.end);
      if (/ing$/i.test(words.split(" ")[0]) && !PROGRESSIVE.test(a.plain.slice(0, fact.start))) continue;
      findings.push({ kind: "unsupported-part", claimed: words, message: `No source says the ${fact.changed} changed so (“${words}”).`, range: ctx.view.rangeInPlain(ctx.claim, fact.start, fact.end) });
    }
    return { findings, evidence: [], unresolved: findings.length };
  },
};
