// An act placed after an event that the sources say has gone on for months: "Google began working to
// diversify its providers only after Meta's deal was announced" where "Google had been working for
// more than a year to diversify"; "OpenAI had been wrapping up its work with Scale AI since the Meta
// deal" where "over the past six to 12 months". A news article reports the events it names as news,
// so an act it says has lasted months or years (or began months ago) began before them. Where the
// sentence that states the claim's act gives it such a span, and its article names the claim's
// event, the placing is an unsupported part (not a contradiction: the event's date is inferred).
import type { Finding } from "../../types";
import type { ClaimCheck, ClaimContext } from "../context";
import { claimFacts, FACT_CANDIDATES, sameName } from "../facts";
import type { SentenceInfo } from "../../index/corpus";
import { predicatesOf, type Predicate } from "../../meaning/facts";
import { relatePredicates } from "../../meaning/lexicon";
import { clauseOf, clip } from "../spans";

/** A span of months or years the act has lasted, or how long ago it began. */
const LONG_SPAN =
  /\b(?:for\s+(?:(?:more than|over|nearly|almost|about|at least)\s+)?(?:a|one|two|three|several|many|\d+)\s+(?:years?|months)|for (?:months|years)|over the (?:past|last)\s+(?:(?:several|few|\w+(?:\s+to\s+\w+)?)\s+)?(?:years?|months)|(?:months|years|a year)\s+ago)\b/i;

export const begunBeforeCheck: ClaimCheck = {
  id: "begun-before",
  description: "The claim places an act after an event; the sources say it has gone on for months.",
  stage: "facts",
  run(ctx) {
    const findings: Finding[] = [];
    const facts = claimFacts(ctx);
    const reported = new Set<SentenceInfo>();
    for (const { fact, outcome } of facts) {
      // (the anchor of the clause: "began working to diversify … only after" places the working too;
      // not an act of the event phrase itself, "comes after OpenAI began phasing out …")
      const [clauseStart, clauseEnd] = clauseOf(ctx.analysed.plain, fact.start);
      const anchor = fact.anchor ?? facts.find((f) => f.fact.anchor && f.fact.start >= clauseStart && f.fact.end <= clauseEnd && fact.end <= (f.fact.anchor.names[0]?.start ?? 0))?.fact.anchor;
      if (anchor?.side !== "after") continue;
      // (the sentence that states the act; or, where the facts found none, one that has the act and
      // its doer: "Google had been working for more than a year to diversify", whose "diversify"
      // the facts give no doer)
      const found = outcome.kind === "stated" ? outcome : outcome.kind === "silent" && fact.agent ? withAct(ctx, fact) : undefined;
      // (one finding per sentence: "began working to diversify" has two acts it states)
      if (!found || reported.has(found.source)) continue;
      const { source, fact: stated } = found;
      // (a sentence that places the act as the claim does states the placing: "the shakeup comes
      // after OpenAI began phasing out … months ago", whose span is the event's)
      if (stated.anchor?.side === anchor.side && stated.anchor.names.some((n) => anchor.names.some((m) => sameName(n, m)))) continue;
      // (the span in the clause of the stated act: "Google had been working for more than a year")
      const [start, end] = clauseOf(source.text, stated.start);
      const span = LONG_SPAN.exec(source.text.slice(start, end));
      if (!span) continue;
      // (its article names the event: what it reports as news)
      const article = [...ctx.view.articleOf(source)];
      if (!anchor.names.some((n) => article.some((s) => s.names.some((m) => sameName(m, n))))) continue;
      reported.add(source);
      const words = ctx.analysed.plain.slice(fact.start, fact.end);
      findings.push({
        kind: "unsupported-part",
        claimed: words,
        message: `Sources say this has gone on “${span[0]}”, from before the event the claim places it after: “${clip(source.text.trim(), 160)}”`,
        range: ctx.view.rangeInPlain(ctx.claim, fact.start, fact.end),
        evidence: [ctx.view.citation(source, 1, [])],
      });
    }
    return { findings, evidence: [], unresolved: findings.length };
  },
};

/** A sentence read with the claim fact's act (or a synonym) and its doer named. */
function withAct(ctx: ClaimContext, fact: Predicate): { source: SentenceInfo; fact: Predicate } | undefined {
  for (const info of ctx.candidates.slice(0, FACT_CANDIDATES)) {
    if (!info.names.some((n) => sameName(n, fact.agent!))) continue;
    const stated = predicatesOf(info.text, info.names).find((p) => !p.negated && !p.hedged && relatePredicates(p.lemma, fact.lemma) === "same");
    if (stated) return { source: info, fact: stated };
  }
  return undefined;
}
