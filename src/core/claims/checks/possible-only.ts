// An act told as done by a doer the sources mention only as what may come: "The US competition
// authority has opened an investigation into Meta's deal" where "it is possible that the US
// competition authority will take a closer look at the deal". No source fact states the claim's act
// (the facts are silent), and the words pass on the one sentence that names the doer; but that
// sentence only expects something of it. Where the claim's act is done (a past or a perfect, not
// hedged), its doer a common noun with a modifier, and every sentence read that names that doer (with
// some of the claim's other words) does so in a clause of possibility or forecast ("it is possible
// that", "may", "could", "will"), the act is an unsupported part.
import type { Finding } from "../../types";
import { hasShareOf, keyTermsIn, type ClaimCheck } from "../context";
import { claimFacts, FACT_CANDIDATES } from "../facts";
import { accomplished } from "../aspect";
import { clauseOf, clip, inSpan } from "../spans";
import { termOf } from "../../text/tokens";
import { lemma, verbsOf } from "../../meaning/lexicon";

/** Share of the claim's key words a sentence naming the doer must have to speak of the claim. */
const SENTENCE_SHARE = 0.2;
/** Sentences the search by the doer's words ranks. */
const DOER_SEARCH = 8;
/** Words of possibility or forecast governing a clause. */
const POSSIBLE = /\b(?:(?:it\s+is|it's|it\s+was)\s+(?:possible|likely|conceivable)|possibly|perhaps|maybe|may|might|could|would|will|expected\s+to|likely\s+to)\b/i;

export const possibleOnlyCheck: ClaimCheck = {
  id: "possible-only",
  description: "An act told as done by a doer the sources mention only as what may come.",
  stage: "facts",
  run(ctx) {
    const a = ctx.analysed;
    const findings: Finding[] = [];
    const terms = keyTermsIn(a, 0);
    for (const { fact, outcome } of claimFacts(ctx)) {
      if (outcome.kind !== "silent" || fact.agent || fact.pronoun || !fact.subject || fact.owned || fact.negated || fact.hedged || fact.speech || fact.copula || inSpan(fact.start, a.quotes) || !accomplished(a.plain, fact)) continue;
      // (the doer by its noun and the word before it, "competition authority": a bare "the company" is anyone)
      const doer = new RegExp(`\\b[\\p{L}-]+\\s+${fact.subject}\\b`, "u").exec(a.plain.slice(0, fact.start).toLowerCase())?.[0];
      if (!doer || /^(?:the|a|an|its|their|this|that)\s/.test(doer)) continue;
      // (an event's noun does nothing: "Reports that Meta was weighing a multibillion-dollar investment … surfaced")
      if (verbsOf(lemma(fact.subject, "noun")).length) continue;
      // (the candidates, and the sentences a search by the doer's words ranks: one naming it may share few other words)
      const searched = ctx.view.sentences(ctx.view.corpus.index.search([...doer.split(/\s+/).map(termOf), ...terms], DOER_SEARCH).map((h) => h.doc));
      const read = [...new Set([...ctx.candidates.slice(0, FACT_CANDIDATES), ...searched])].filter((info) => info.lower.includes(doer) && hasShareOf(info.termSet, terms, SENTENCE_SHARE));
      if (!read.length) continue;
      // (each such sentence only expects: the clause naming the doer is one of possibility)
      const expecting = read.filter((info) => {
        const at = info.lower.indexOf(doer);
        const [start] = clauseOf(info.text, at);
        return POSSIBLE.test(info.text.slice(start, at + 60));
      });
      if (expecting.length < read.length) continue;
      const words = a.plain.slice(fact.start, fact.end);
      findings.push({
        kind: "unsupported-part",
        claimed: words,
        message: `Sources say only what may come of this: “${clip(expecting[0].text.trim(), 160)}”`,
        range: ctx.view.rangeInPlain(ctx.claim, fact.start, fact.end),
        evidence: [ctx.view.citation(expecting[0], 1, [])],
      });
    }
    return { findings, evidence: [], unresolved: findings.length };
  },
};
