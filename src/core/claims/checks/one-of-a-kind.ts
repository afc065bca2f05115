// What only one can be, given by the claim to a group it names by a noun, where the sources give it to
// someone they name: "Self-driving car makers are Scale AI's largest customers" passes on its other
// words ("self-driving car companies" are among the customers), but "the largest customer of Scale
// AI" is Google. Only for a copula's noun with a superlative that no fact of the claim's matched
// (a named holder is the facts' business: "Meta is Scale AI's largest customer" is another doer).
import type { Finding } from "../../types";
import type { ClaimCheck } from "../context";
import { claimFacts, FACT_CANDIDATES } from "../facts";
import { clip, inSpan } from "../spans";
import { predicatesOf } from "../../meaning/facts";
import { relatePredicates } from "../../meaning/lexicon";
import { sameSubjectNoun, sharePatient } from "../participants";

export const oneOfAKindCheck: ClaimCheck = {
  id: "one-of-a-kind",
  description: "The claim gives what only one can be (the largest customer) to a group it names by a noun, where the sources give it to someone they name.",
  stage: "facts",
  run(ctx) {
    const findings: Finding[] = [];
    const a = ctx.analysed;
    for (const { fact, outcome } of claimFacts(ctx)) {
      if (!fact.copula || !fact.unique || fact.agent || !fact.subject || fact.negated || outcome.kind !== "silent" || inSpan(fact.start, a.quotes)) continue;
      const read = ctx.candidates.slice(0, FACT_CANDIDATES).flatMap((info) => predicatesOf(info.text, info.names).map((q) => ({ q, info })));
      const holder = read.find(({ q }) => q.copula && !q.negated && q.agent && q.unique === fact.unique && relatePredicates(q.lemma, fact.lemma) === "same" && (!fact.patients.length || sharePatient(fact, q)));
      // (unless a source says it of that group the other way round: "its largest customers are
      // generative AI firms", where Google is also "the largest customer")
      if (!holder || read.some(({ q }) => q.copula && !q.negated && sameSubjectNoun(q.subject, fact.lemma) && sameSubjectNoun(q.lemma, fact.subject))) continue;
      const words = a.plain.slice(fact.start, fact.end);
      findings.push({
        kind: "unsupported-part",
        claimed: words,
        expected: holder.q.agent!.text,
        message: `Sources give this to ${holder.q.agent!.text} (“${words}”): “${clip(holder.info.text.trim(), 160)}”`,
        range: ctx.view.rangeInPlain(ctx.claim, fact.start, fact.end),
        evidence: [ctx.view.citation(holder.info, 1, [])],
      });
    }
    return { findings, evidence: [], unresolved: findings.length };
  },
};
