// An unstated cause: the claim says one thing led to another ("Meta's investment led OpenAI to wind
// down its work") where the sources state the events but never that one brought about the other.
// Word overlap finds both events in the sources; only a source that gives a reason may support it.
import type { Finding } from "../../types";
import type { SentenceInfo } from "../../index/corpus";
import { predicatesOf, isCausal } from "../../meaning/facts";
import { relatePredicates } from "../../meaning/lexicon";
import { cueAt } from "../../meaning/cues";
import { CAUSAL_CONNECTIVES } from "../../meaning/curated";
import type { ClaimCheck, ClaimContext } from "../context";
import { claimFacts, FACT_CANDIDATES, type ClaimFact } from "../facts";
import { sameName } from "../references";

export const unsupportedCauseCheck: ClaimCheck = {
  id: "unsupported-cause",
  description: "The claim gives a cause that no source gives: the sources state the events, not that one led to the other.",
  stage: "facts",
  run(ctx) {
    const findings: Finding[] = [];
    for (const f of claimFacts(ctx)) {
      if (!isCausal(f.fact.lemma) || f.fact.negated || f.outcome.kind !== "silent") continue;
      if (ctx.candidates.slice(0, FACT_CANDIDATES).some((info) => givesReason(ctx, info, f))) continue;
      const words = ctx.analysed.plain.slice(f.fact.start, f.fact.end);
      findings.push({ kind: "unsupported-part", claimed: words, message: `No source gives this as a cause (“${words}”): they report the events, not that one led to the other.`, range: ctx.view.rangeInPlain(ctx.claim, f.fact.start, f.fact.end) });
    }
    return { findings, evidence: [], unresolved: findings.length };
  },
};

/** A source sentence (or one beside it) that gives a reason for the claim's effect. */
function givesReason(ctx: ClaimContext, info: SentenceInfo, f: ClaimFact): boolean {
  const effect = f.fact.effect;
  const cause = f.fact.agent;
  // (a reason given for something else by something else is none: the window names the claim's cause)
  const window = ctx.view.corpus.windowOf(info);
  if (cause && !window.some((s) => s.names.some((n) => sameName(n, cause)))) return false;
  return window.some((s) => {
    const facts = predicatesOf(s.text, s.names);
    if (effect && !facts.some((p) => relatePredicates(effect, p.lemma) === "same")) return false;
    if (facts.some((p) => isCausal(p.lemma))) return true;
    const words = s.text.match(/[\p{L}\p{N}'’-]+/gu) ?? [];
    return words.some((_, i) => cueAt(CAUSAL_CONNECTIVES, words, i) !== undefined);
  });
}
