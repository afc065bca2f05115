// One measure of one doer at two times, compared the wrong way: "Google's 2024 spending on Scale's
// services exceeded the amount it had planned to spend with Scale this year" where the sources give
// $150 million for 2024 and $200 million for this year. The claim gives no figure, so the quantity
// check has nothing to compare; the sources' figures of that measure, done by that doer (named, or
// a description their article names: "The tech giant … poured $150 million"), one for each time,
// settle the order.
import type { Finding } from "../../types";
import type { NameMention } from "../../entities/names";
import type { SentenceInfo } from "../../index/corpus";
import type { Quantity } from "../../quantities";
import type { ClaimCheck, ClaimContext } from "../context";
import { FACT_CANDIDATES, sameName } from "../facts";
import { claimPeriodsFor, sourceFrame } from "../frames";
import { clip, periodsIn } from "../spans";
import { doerOfFigure } from "../references";
import { measureFamily } from "../../meaning/measures";
import { formatQuantity } from "../../quantities";

/** Words that compare what stands before them with what follows, with the direction they give. */
const COMPARING = /\s(exceeded|exceeds|surpassed|surpasses|topped|tops|outstripped|outstrips|(?:was|were|is|are)\s+(?:larger|bigger|greater|higher|more)\s+than|(?:was|were|is|are)\s+(?:smaller|lower|less)\s+than|fell\s+short\s+of|falls\s+short\s+of|trailed|trails)\s/i;
const BELOW = /smaller|lower|less|short|trail/i;

export const comparedPeriodsCheck: ClaimCheck = {
  id: "compared-periods",
  description: "The claim compares one measure at two times the way round that the sources' figures for those times contradict.",
  stage: "facts",
  run(ctx) {
    const found = comparedPeriods(ctx);
    return { findings: found ? [found] : [], evidence: [], unresolved: found ? 1 : 0 };
  },
};

function comparedPeriods(ctx: ClaimContext): Finding | undefined {
  const a = ctx.analysed;
  if (a.quantities.some((q) => q.kind === "money" || q.kind === "count" || q.kind === "percent")) return undefined;
  const m = COMPARING.exec(a.plain);
  if (!m) return undefined;
  const [left, right] = [a.plain.slice(0, m.index), a.plain.slice(m.index + m[0].length)];
  const [leftPeriods, rightPeriods] = [periodsIn(left), periodsIn(right)];
  if (leftPeriods.size !== 1 || rightPeriods.size !== 1 || [...leftPeriods][0] === [...rightPeriods][0]) return undefined;
  // (one measure on both sides: "2024 spending" and "planned to spend")
  const family = measureOf(left);
  if (!family || measureOf(right) !== family) return undefined;
  // (of one doer: the claim's first name, "Google's 2024 spending", and no other before the
  // comparison but possessors of what is measured: "on Scale's services")
  const doer = a.names.find((n) => n.start < m.index);
  if (!doer || a.names.some((n) => n !== doer && n.start < m.index && !sameName(n, doer) && !/^['’]s\s/.test(a.plain.slice(n.end, n.end + 3)))) return undefined;
  const before = valuesAt(ctx, doer, family, leftPeriods);
  const after = valuesAt(ctx, doer, family, rightPeriods);
  if (!before || !after || before.q.value === after.q.value) return undefined;
  const claimedAbove = !BELOW.test(m[1]);
  if (before.q.value > after.q.value === claimedAbove) return undefined;
  return {
    kind: "unsupported-part",
    claimed: m[1],
    message: `Sources give ${formatQuantity(before.q)} for ${[...leftPeriods][0]} and ${formatQuantity(after.q)} for ${[...rightPeriods][0]}, the other way round: “${clip(before.info.text.trim(), 140)}”`,
    range: ctx.view.rangeInPlain(ctx.claim, m.index + 1, m.index + m[0].length - 1),
    evidence: [ctx.view.citation(before.info, 1, []), ...(after.info === before.info ? [] : [ctx.view.citation(after.info, 1, [])])],
  };
}

/** The measure a side of the comparison names: the first word with a family ("spending", "spend"). */
function measureOf(text: string): string | undefined {
  for (const w of text.toLowerCase().match(/[a-z]+/g) ?? []) {
    const family = measureFamily(w);
    if (family) return family;
  }
  return undefined;
}

/** The one value the sources read give `doer`'s measure at these periods, or none when they give none or several. */
function valuesAt(ctx: ClaimContext, doer: NameMention, family: string, periods: Set<string>): { q: Quantity; info: SentenceInfo } | undefined {
  const found: { q: Quantity; info: SentenceInfo }[] = [];
  for (const info of ctx.candidates.slice(0, FACT_CANDIDATES)) {
    for (const s of info.quantities) {
      if (s.kind !== "money" || s.vague) continue;
      const frame = sourceFrame(info, s);
      if (frame.measure !== family || !frame.periods.size) continue;
      const wanted = claimPeriodsFor({ periods, before: false }, frame);
      if (![...wanted].some((p) => frame.periods.has(p))) continue;
      // (done by the claim's doer)
      const by = doerOfFigure(info, s.start, ctx.view.corpus.windowOf(info));
      if (by && sameName(by, doer)) found.push({ q: s, info });
    }
  }
  const values = new Set(found.map((f) => f.q.value));
  return values.size === 1 ? found[0] : undefined;
}
