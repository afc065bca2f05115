// An order of magnitude the sources give otherwise: "Alex Ratner said inquiries had produced hundreds
// of millions of dollars in potential deals over the past week" where he said "tens of millions of
// dollars". Vague amounts ("tens of millions", "hundreds of employees", "dozens of customers") are
// ranges, which the figure check leaves alone since they confirm nothing exactly; but two ranges of
// one kind that do not overlap, in sentences saying the same thing, cannot both hold. Where no
// sentence saying the rest of the claim has a figure of the claim's kind within its range and one has
// a range apart from it, the claim is contradicted.
import type { Finding } from "../../types";
import type { Quantity } from "../../quantities";
import { keyTermsIn, sayingTheSame, type ClaimCheck } from "../context";
import { FACT_CANDIDATES } from "../facts";
import { clip, inSpan } from "../spans";

/** Share of the claim's key words (but the figure's own) a source sentence must have to say the same thing; its names must be in it or beside it too. */
const SAME_THING_COVERAGE = 0.5;

/** Two quantities of one kind: money with money (the currency agreeing if both give one), counts of one unit. */
function sameKind(a: Quantity, b: Quantity): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === "money") return !a.currency || !b.currency || a.currency === b.currency;
  return a.kind === "count" && !!a.unit && a.unit === b.unit;
}

/** The source figure lies within the claim's range, or their ranges overlap. */
function fits(claimed: Quantity, x: Quantity): boolean {
  const low = claimed.low ?? claimed.value;
  const high = claimed.high ?? claimed.value;
  const xLow = x.low ?? x.value;
  const xHigh = x.high ?? x.value;
  return x.vague ? xLow < high && low < xHigh : low <= x.value && x.value < high;
}

export const vagueMagnitudeCheck: ClaimCheck = {
  id: "vague-magnitude",
  description: "An order of magnitude ('hundreds of millions') that the sources saying the same thing give as another ('tens of millions').",
  stage: "facts",
  run(ctx) {
    const { analysed: a, view, claim } = ctx;
    const findings: Finding[] = [];
    for (const q of a.quantities) {
      if (!q.vague || q.low === undefined || q.high === undefined || (q.kind !== "money" && q.kind !== "count") || inSpan(q.start, a.quotes)) continue;
      const terms = [...keyTermsIn(a, 0, q.start), ...keyTermsIn(a, q.end)];
      const names = a.names.filter((n) => !inSpan(n.start, a.quotes));
      const same = sayingTheSame(view, ctx.candidates.slice(0, FACT_CANDIDATES), terms, SAME_THING_COVERAGE, names);
      if (same.some((info) => info.quantities.some((x) => sameKind(q, x) && fits(q, x)))) continue;
      const apart = same.map((info) => ({ info, x: info.quantities.find((x) => x.vague && sameKind(q, x) && !fits(q, x)) })).find((s) => s.x);
      if (!apart) continue;
      const words = a.plain.slice(q.start, q.end);
      const theirs = apart.info.text.slice(apart.x!.start, apart.x!.end);
      findings.push({
        kind: "number",
        claimed: words,
        expected: theirs,
        support: 1,
        message: `“${words}”: sources say ${theirs}: “${clip(apart.info.text.trim(), 160)}”`,
        range: view.rangeInPlain(claim, q.start, q.end),
        evidence: [view.citation(apart.info, 1, [])],
      });
    }
    return { findings, evidence: [] };
  },
};
