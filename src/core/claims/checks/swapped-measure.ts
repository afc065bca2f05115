// A figure moved to the other measure of a list: "Alphabet has a momentum rating of 88.42%" where the
// source says "a growth score of 88.42% and a momentum rating of 38.18%". The claim's figure is in the
// sentence, with most of the claim's words near it, so the quantity check's alignment confirms it;
// but the sentence names the measure the claim gives ("momentum rating of") with another figure, and
// the claim's figure with another measure. Only measures written "<noun phrase> of <figure>" on both
// sides are compared, word for word, and any sentence read that gives the claim's figure under the
// claim's measure settles it.
import type { Finding } from "../../types";
import { sameQuantity } from "../../quantities";
import type { SentenceInfo } from "../../index/corpus";
import type { ClaimCheck } from "../context";
import { FACT_CANDIDATES, sameName } from "../facts";
import { clip, inSpan } from "../spans";
import { measuredFigures, sameMeasure, type Measured } from "../measured";

export const swappedMeasureCheck: ClaimCheck = {
  id: "swapped-measure",
  description: "The figure is the one the sources give for another measure of the same list.",
  stage: "facts",
  run(ctx) {
    const findings: Finding[] = [];
    const a = ctx.analysed;
    const mine = measuredFigures(a.plain, a.quantities).filter((m) => !inSpan(m.q.start, a.quotes));
    if (!mine.length) return { findings, evidence: [] };
    const read = ctx.candidates.slice(0, FACT_CANDIDATES).map((info) => ({ info, theirs: measuredFigures(info.text, info.quantities) }));
    for (const claimed of mine) {
      // (a sentence giving the claim's figure under the claim's measure settles it)
      if (read.some(({ theirs }) => theirs.some((t) => sameQuantity(claimed.q, t.q) && sameMeasure(t.measure, claimed.measure)))) continue;
      let found: { info: SentenceInfo; right: Measured; moved: Measured } | undefined;
      for (const { info, theirs } of read) {
        // (the sentence names all the claim's names: the same list)
        if (!a.names.every((n) => info.names.some((m) => sameName(n, m)))) continue;
        const right = theirs.find((t) => t.q.kind === claimed.q.kind && sameMeasure(t.measure, claimed.measure) && !sameQuantity(claimed.q, t.q));
        const moved = theirs.find((t) => sameQuantity(claimed.q, t.q) && !sameMeasure(t.measure, claimed.measure));
        if (right && moved) {
          found = { info, right, moved };
          break;
        }
      }
      if (!found) continue;
      const { info, right, moved } = found;
      findings.push({
        kind: "number",
        claimed: claimed.q.text,
        expected: right.q.text,
        support: 1,
        message: `Sources give ${right.q.text} as the ${right.text}; ${claimed.q.text} is the ${moved.text}: “${clip(info.text.trim(), 160)}”`,
        range: ctx.view.rangeInPlain(ctx.claim, claimed.q.start, claimed.q.end),
        evidence: [ctx.view.citation(info, 1, [])],
      });
    }
    return { findings, evidence: [] };
  },
};
