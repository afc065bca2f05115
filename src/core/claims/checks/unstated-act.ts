// The main act of a claim whose sources state only its background: "Meta, which took a 49% stake in
// Scale AI, is selling it" passes on the relative clause's words, but no source read says Meta sells
// anything (only a shareholder that "planned to sell off" its stake). The stated fact, set off as a
// relative clause, explains the words the passage shares; the act the claim asserts is an
// unsupported part. Only for an act with a named doer outside that clause, where no sentence read has
// that act (or its opposite) done by that doer or by someone it does not name ("he", "they", a
// passive); a change, a copula or a quote has its own check. (Not for any act beside a stated one:
// WiCE's true claims put many in other words, "teamed with" for "partnered with".)
import type { Finding } from "../../types";
import type { ClaimCheck } from "../context";
import { claimFacts, FACT_CANDIDATES } from "../facts";
import { inSpan } from "../spans";
import { predicatesOf } from "../../meaning/facts";
import { relatePredicates } from "../../meaning/lexicon";
import { sameName } from "../references";

/** Non-restrictive relative clauses, set off by commas: ", which took a 49% stake in Scale AI,". */
const RELATIVE_CLAUSE = /,\s+(?:which|who)\s[^,]{1,200},/g;
function relativeClauses(text: string): [number, number][] {
  return [...text.matchAll(RELATIVE_CLAUSE)].map((m) => [m.index!, m.index! + m[0].length]);
}

export const unstatedActCheck: ClaimCheck = {
  id: "unstated-act",
  description: "The claim gives a named doer an act no source read gives them, beside a fact the sources state.",
  stage: "facts",
  run(ctx) {
    const findings: Finding[] = [];
    const a = ctx.analysed;
    const facts = claimFacts(ctx);
    const background = relativeClauses(a.plain);
    const inBackground = (start: number) => background.some(([s, e]) => start >= s && start < e);
    if (!facts.some((f) => f.outcome.kind === "stated" && inBackground(f.fact.start))) return { findings, evidence: [] };
    const read = ctx.candidates.slice(0, FACT_CANDIDATES);
    for (const { fact, outcome } of facts) {
      if (outcome.kind !== "silent" || !fact.agent || inBackground(fact.start) || fact.copula || fact.changed || fact.speech || fact.passive || fact.negated || fact.hedged || fact.unasserted || inSpan(fact.start, a.quotes)) continue;
      const doer = fact.agent;
      const told = read.some((info) =>
        predicatesOf(info.text, info.names).some((q) => relatePredicates(q.lemma, fact.lemma) !== "unrelated" && (q.agent ? sameName(q.agent, doer) : !q.subject || q.passive)),
      );
      if (told) continue;
      const words = a.plain.slice(fact.start, fact.end);
      findings.push({ kind: "unsupported-part", claimed: words, message: `No source says ${doer.text} did this (“${words}”).`, range: ctx.view.rangeInPlain(ctx.claim, fact.start, fact.end) });
    }
    return { findings, evidence: [], unresolved: findings.length };
  },
};
