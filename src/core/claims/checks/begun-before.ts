// An act placed after an event that the sources say has gone on for months: "Google began working to
// diversify its providers only after Meta's deal was announced" where "Google had been working for
// more than a year to diversify"; "OpenAI had been wrapping up its work with Scale AI since the Meta
// deal" where "over the past six to 12 months". A news article reports the events it names as news,
// so an act it says has lasted months or years (or began months ago) began before them. Where the
// sentence that states the claim's act gives it such a span, and its article names the claim's
// event, the placing is an unsupported part (not a contradiction: the event's date is inferred).
import type { Finding } from "../../types";
import type { ClaimCheck, ClaimContext } from "../context";
import { claimFacts, closeCopy, FACT_CANDIDATES, sameName } from "../facts";
import type { SentenceInfo } from "../../index/corpus";
import type { NameMention } from "../../entities/names";
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
      if (anchor?.side !== "after" || !anchor.names.length) continue;
      // (the sentence that states the act; or, where the facts found none, one that has the act and
      // its doer: "Google had been working for more than a year to diversify", whose "diversify"
      // the facts give no doer)
      // (and the other sentences read that state it of its doer: a headline, "OpenAI is phasing out
      // Scale AI work following startup's Meta deal", is not the only one)
      const stating = [...(outcome.kind === "stated" ? [outcome] : []), ...(fact.agent && (outcome.kind === "stated" || outcome.kind === "silent") ? withAct(ctx, fact) : [])];
      // (a sentence that places the act as the claim does states the placing: "the shakeup comes
      // after OpenAI began phasing out … months ago", whose span is the event's; not a headline,
      // whose "following" the body's "months ago" makes precise)
      // (or by another of its acts in the same clause, as the claim does: "is winding down its
      // contracts with Scale, cutting ties just days after the announcement")
      const placesIt = (stated: Predicate) => stated.anchor?.side === anchor.side && stated.anchor.names.some((n) => anchor.names.some((m) => sameName(n, m)));
      const placing = (x: { source: SentenceInfo; fact: Predicate }) => placesIt(x.fact) || closeCopy(ctx.analysed, x.source) || predicatesOf(x.source.text, x.source.names).some((p) => placesIt(p) && sameClause(x.source.text, p, x.fact));
      if (stating.some((x) => placing(x) && !isHeadline(x.source))) continue;
      // (one finding per sentence: "began working to diversify" has two acts it states)
      const found = stating.find((x) => !placing(x) && spanOf(x) && !reported.has(x.source) && namesEvent(ctx, x.source, anchor.names));
      if (!found) continue;
      const { source } = found;
      const span = spanOf(found)!;
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

/** The sentences read with the claim fact's act (or a synonym) and its doer named. */
function withAct(ctx: ClaimContext, fact: Predicate): { source: SentenceInfo; fact: Predicate }[] {
  const out: { source: SentenceInfo; fact: Predicate }[] = [];
  for (const info of ctx.candidates.slice(0, FACT_CANDIDATES)) {
    if (!info.names.some((n) => sameName(n, fact.agent!))) continue;
    const stated = predicatesOf(info.text, info.names).find((p) => !p.negated && !p.hedged && relatePredicates(p.lemma, fact.lemma) === "same");
    if (stated) out.push({ source: info, fact: stated });
  }
  return out;
}

/** Two acts stand in one clause of the sentence. */
function sameClause(text: string, p: Predicate, q: Predicate): boolean {
  const [start, end] = clauseOf(text, q.start);
  return p.start >= start && p.start < end;
}

/** The sentence is its article's title. */
function isHeadline(info: SentenceInfo): boolean {
  return info.text.trim() === info.unit.title.trim();
}

/** The span the sentence gives its stated act, in that act's clause: "Google had been working for more than a year". */
function spanOf({ source, fact }: { source: SentenceInfo; fact: Predicate }): RegExpExecArray | null {
  const [start, end] = clauseOf(source.text, fact.start);
  return LONG_SPAN.exec(source.text.slice(start, end));
}

/** The sentence's article names the event: what it reports as news. */
function namesEvent(ctx: ClaimContext, source: SentenceInfo, event: readonly NameMention[]): boolean {
  const article = [...ctx.view.articleOf(source)];
  return event.some((n) => article.some((s) => s.names.some((m) => sameName(m, n))));
}
