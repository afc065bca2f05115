// Two measures of one list compared the wrong way: "Alphabet has a momentum rating higher than its
// growth score" where the source gives "a growth score of 88.42% and a momentum rating of 38.18%". The
// claim gives no figure, so the quantity check has nothing to compare; the source sentence that gives
// both measures, each written "<measure> of <figure>" (see swapped-measure.ts), settles the order.
import type { Finding } from "../../types";
import type { ClaimCheck } from "../context";
import { FACT_CANDIDATES, sameName } from "../facts";
import { clip } from "../spans";
import { isContentTerm, termOf } from "../../text/tokens";
import { measuredFigures, sameMeasure } from "../measured";

/** "<measure> higher than (its|the) <measure>": the two measures' words and the comparison's direction. */
const COMPARED = /\b((?:[\p{Ll}][\p{L}'’-]*\s+){0,1}[\p{Ll}][\p{L}'’-]*)\s+(higher|greater|larger|bigger|more|lower|smaller|less)\s+than\s+(?:(?:its|their|the|his|her|a|an)\s+)?((?:[\p{Ll}][\p{L}'’-]*\s+){0,1}[\p{Ll}][\p{L}'’-]*)\b/gu;
const HIGHER = new Set(["higher", "greater", "larger", "bigger", "more"]);

const measureOf = (words: string) => words.split(/\s+/).map((w) => termOf(w.toLowerCase())).filter((t) => isContentTerm(t));

export const comparedMeasuresCheck: ClaimCheck = {
  id: "compared-measures",
  description: "The claim compares two measures the way round that the sources' figures for them contradict.",
  stage: "facts",
  run(ctx) {
    const findings: Finding[] = [];
    const a = ctx.analysed;
    for (const m of a.plain.matchAll(COMPARED)) {
      const first = measureOf(m[1]);
      const second = measureOf(m[3]);
      if (!first.length || !second.length || sameMeasure(first, second)) continue;
      const higher = HIGHER.has(m[2].toLowerCase());
      // (the words compared, without a function word the pattern took after them: "its revenue for")
      const said = isContentTerm(termOf(m[3].split(/\s+/).pop()!.toLowerCase())) ? m[0] : m[0].slice(0, m[0].lastIndexOf(" ")).trimEnd();
      for (const info of ctx.candidates.slice(0, FACT_CANDIDATES)) {
        if (!a.names.every((n) => info.names.some((x) => sameName(n, x)))) continue;
        const theirs = measuredFigures(info.text, info.quantities);
        const x = theirs.find((t) => sameMeasure(t.measure, first));
        const y = theirs.find((t) => sameMeasure(t.measure, second));
        if (!x || !y || x.q.kind !== y.q.kind || x.q.value === y.q.value) continue;
        if (x.q.value > y.q.value === higher) break;
        findings.push({
          kind: "unsupported-part",
          claimed: said,
          message: `“${said}”: sources give ${x.q.text} as the ${x.text} and ${y.q.text} as the ${y.text}: “${clip(info.text.trim(), 160)}”`,
          range: ctx.view.rangeInPlain(ctx.claim, m.index!, m.index! + said.length),
          evidence: [ctx.view.citation(info, 1, [])],
        });
        break;
      }
    }
    return { findings, evidence: [], unresolved: findings.length };
  },
};
