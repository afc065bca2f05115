// A figure told as done that the sources give only as expected: "customers leaving Scale have
// already brought his company hundreds of millions of dollars in new revenue" where Labelbox's CEO
// said the company "will probably generate hundreds of millions" by the end of the year. The figure
// and its words match, and the claim's act ("bring") is not the source's ("generate"), so neither the
// quantity check nor the facts see the tense (an act the facts do match is theirs to judge). Where the act that governs the claim's figure is done
// (a past or perfect) and every sentence read that gives the figure with most of the claim's words
// governs it by a forecast or a plan ("will", "plans to"), the figure is an unsupported part.
import type { Finding } from "../../types";
import type { Quantity } from "../../quantities";
import { sameQuantity } from "../../quantities";
import { hasShareOf, keyTermsIn, type ClaimCheck } from "../context";
import { claimFacts, FACT_CANDIDATES } from "../facts";
import { accomplished, expectedOnly } from "../aspect";
import { clauseOf, clip, inSpan } from "../spans";
import { predicatesOf, type Predicate } from "../../meaning/facts";

/** Share of the claim's key words a sentence giving the figure must have to speak of it. */
const SENTENCE_COVERAGE = 0.5;
/** A forecast or a plan among the words before a figure. */
const EXPECTED = /\b(?:will|would|could|might|may|plans? to|planned to|intends? to|expects? to|expected to|aims? to|hopes? to)\b/i;
/** A participle before a figure that makes it a plan or an expectation. */
const PLANNED_BEFORE = /\b(?:planned|expected|projected|proposed|budgeted|intended|forecast|anticipated)\s+$/i;
/** Kinds of figure an act can bring about (not dates, ages or spans of time). */
const AMOUNTS = new Set(["money", "count", "percent", "multiplier"]);

export const forecastFigureCheck: ClaimCheck = {
  id: "forecast-figure",
  description: "A figure told as done that the sources give only as a forecast or a plan.",
  stage: "facts",
  run(ctx) {
    const a = ctx.analysed;
    const findings: Finding[] = [];
    const figures = a.quantities.filter((q) => AMOUNTS.has(q.kind) && !inSpan(q.start, a.quotes));
    if (!figures.length) return { findings, evidence: [] };
    const mine = predicatesOf(a.plain, a.names);
    const terms = keyTermsIn(a, 0);
    for (const q of figures) {
      // (a figure the claim itself calls planned or expected: "Kestrel's planned $200 million spend")
      if (PLANNED_BEFORE.test(a.plain.slice(Math.max(0, q.start - 14), q.start))) continue;
      const act = governing(mine, a.plain, q);
      if (!act || act.negated || act.hedged || !accomplished(a.plain, act)) continue;
      // (an act the facts found a source for is theirs to judge, tense included: "has generated" against "will generate")
      if (claimFacts(ctx).some((f) => f.fact.start === act.start && f.outcome.kind !== "silent")) continue;
      let forecast: (typeof ctx.candidates)[number] | undefined;
      let done = false;
      for (const info of ctx.candidates.slice(0, FACT_CANDIDATES)) {
        const theirs = info.quantities.filter((s) => s.kind === q.kind && !!s.vague === !!q.vague && sameQuantity(q, s));
        if (!theirs.length || !hasShareOf(info.termSet, terms, SENTENCE_COVERAGE)) continue;
        const facts = predicatesOf(info.text, info.names);
        for (const s of theirs) {
          const source = governing(facts, info.text, s);
          // (an act the tagger missed inside quotation marks: the clause's words before the figure,
          // 'will "probably generate')
          const [clauseStart] = clauseOf(info.text, s.start);
          if (source ? expectedOnly(info.text, source) : EXPECTED.test(info.text.slice(Math.max(clauseStart, s.start - 50), s.start))) forecast ??= info;
          else if (source) done = true;
        }
        if (done) break;
      }
      if (done || !forecast) continue;
      findings.push({
        kind: "unsupported-part",
        claimed: q.text,
        message: `Sources give “${q.text}” only as expected, not as done: “${clip(forecast.text.trim(), 160)}”`,
        range: ctx.view.rangeInPlain(ctx.claim, q.start, q.end),
        evidence: [ctx.view.citation(forecast, 1, [])],
      });
    }
    return { findings, evidence: [], unresolved: findings.length };
  },
};

/** The act that governs a figure: the last predicate before it in its clause (not a verb of speech, nor a copula of an apposition). */
function governing(facts: readonly Predicate[], text: string, q: Quantity): Predicate | undefined {
  const [start] = clauseOf(text, q.start);
  return facts.filter((p) => !p.speech && !p.copula && p.end <= q.start && p.start >= start).pop();
}
