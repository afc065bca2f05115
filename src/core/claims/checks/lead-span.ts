// How long after (or before) an event an act came, where the sentence that states the act says
// otherwise: "Google waited several weeks after Meta unveiled its deal before saying it would sever
// ties" where "Just hours after Meta announced the deal, Google said it would sever ties". The act and
// the event match, so the facts pass; the lag is one word. Compared only with the sentences that
// state the claim's act of its doer, by the unit of the lag (minutes, hours, days, weeks, months, years): an
// unsupported part, since a lag is told loosely ("days" may be "hours" to another writer, but not
// "weeks").
import type { Finding } from "../../types";
import type { ClaimCheck } from "../context";
import { claimFacts, FACT_CANDIDATES, statesDoersAct } from "../facts";
import { clip } from "../spans";

/** A lag before an anchor word: "just hours after", "several weeks after", "two days before". */
const LAG = /\b(minute|hour|day|week|month|year)s?\s+(after|before|later|earlier)\b/gi;
const UNITS = ["minute", "hour", "day", "week", "month", "year"];

function lagsIn(text: string): { unit: number; side: string; start: number; end: number; text: string }[] {
  return [...text.matchAll(LAG)].map((m) => ({ unit: UNITS.indexOf(m[1].toLowerCase()), side: /^(?:after|later)$/i.test(m[2]) ? "after" : "before", start: m.index, end: m.index + m[0].length, text: m[0] }));
}

export const leadSpanCheck: ClaimCheck = {
  id: "lead-span",
  description: "The claim puts an act minutes, hours, days or weeks after an event where the sentence stating it says another span.",
  stage: "facts",
  run(ctx) {
    const findings: Finding[] = [];
    const mine = lagsIn(ctx.analysed.plain);
    if (mine.length !== 1) return { findings, evidence: [] };
    const lag = mine[0];
    for (const { fact, outcome } of claimFacts(ctx)) {
      if (outcome.kind !== "stated" || !fact.agent || fact.negated || fact.speech) continue;
      // the sentences read that state the act of the claim's doer, with the lag each gives
      const stating = ctx.candidates.slice(0, FACT_CANDIDATES).filter((info) => statesDoersAct(info, fact));
      const given = stating.flatMap((info) => lagsIn(info.text).filter((l) => l.side === lag.side).map((l) => ({ info, l })));
      // (a unit apart or more: "days" for "hours" is loose talk, "weeks" for "hours" is not)
      if (!given.length || given.some(({ l }) => Math.abs(l.unit - lag.unit) < 2)) continue;
      const { info, l } = given[0];
      findings.push({
        kind: "unsupported-part",
        claimed: lag.text,
        expected: l.text,
        message: `Sources say “${l.text}”, not “${lag.text}”: “${clip(info.text.trim(), 160)}”`,
        range: ctx.view.rangeInPlain(ctx.claim, lag.start, lag.end),
        evidence: [ctx.view.citation(info, 1, [])],
      });
      break;
    }
    return { findings, evidence: [], unresolved: findings.length };
  },
};
