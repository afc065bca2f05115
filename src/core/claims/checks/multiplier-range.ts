// A multiplier the claim's own figures belie: "The Meta deal tripled Scale's valuation, lifting it
// from $14 billion to $29 billion" (29 is about twice 14). Whatever the sources say, the claim cannot
// be right both ways; the words around it would pass for support ("roughly doubles", "$14 billion",
// "$29 billion" are all in the sources), so the arithmetic is checked here. Only a multiplier word
// ("doubled", "tripled", "fivefold") and two figures of one kind after it in its clause, one of them
// after "from".
import type { Finding } from "../../types";
import { formatQuantity } from "../../quantities";
import type { ClaimCheck } from "../context";
import { clauseOf } from "../spans";

/** How far the figures' ratio may stray from the multiplier: "doubled" from $14 billion to $29 billion is 2.07. */
const RATIO_TOLERANCE = 0.25;

export const multiplierRangeCheck: ClaimCheck = {
  id: "multiplier-range",
  description: "The claim's multiplier ('tripled') disagrees with the two figures it gives ('from $14 billion to $29 billion').",
  stage: "facts",
  run(ctx) {
    const findings: Finding[] = [];
    const { plain, quantities } = ctx.analysed;
    for (const m of quantities) {
      if (m.kind !== "multiplier" || m.value < 2) continue;
      const [, clauseEnd] = clauseOf(plain, m.start);
      // (the clause may run past a comma into the participle that gives the figures: ", lifting it from")
      const end = Math.max(clauseEnd, plain.indexOf(".", m.end) < 0 ? plain.length : plain.indexOf(".", m.end));
      const after = quantities.filter((q) => q.start >= m.end && q.end <= end && (q.kind === "money" || q.kind === "count"));
      const from = after.find((q) => /\bfrom\s+(?:about\s+|roughly\s+|around\s+)?$/i.test(plain.slice(Math.max(0, q.start - 20), q.start)));
      const to = after.find((q) => q !== from && q.kind === from?.kind && (q.kind !== "money" || q.currency === from.currency));
      if (!from || !to || from.value <= 0) continue;
      const ratio = to.value / from.value;
      if (Math.abs(ratio - m.value) / m.value <= RATIO_TOLERANCE) continue;
      findings.push({
        kind: "number",
        claimed: m.text,
        expected: `${ratio.toFixed(1)} times`,
        message: `“${m.text}”: from ${formatQuantity(from)} to ${formatQuantity(to)} is ${ratio.toFixed(1)} times, not ${m.value}.`,
        range: ctx.view.rangeInPlain(ctx.claim, m.start, m.end),
      });
    }
    return { findings, evidence: [] };
  },
};
