// A supported claim that cites a source which does not support it: the footnote or key names
// another source than the passages that do.
import type { Finding } from "../../types";
import { tokenize } from "../../text/tokens";
import { exactFigures, type CheckOutput, type ClaimCheck, type ClaimContext } from "../context";

export const citationMismatchCheck: ClaimCheck = {
  id: "citation-mismatch",
  description: "The claim cites a source that does not support it.",
  stage: "supported",
  run(ctx: ClaimContext): CheckOutput {
    const found = citationMismatch(ctx);
    return { findings: found ? [found] : [], evidence: [] };
  },
};

function citationMismatch(ctx: ClaimContext): Finding | undefined {
  const { claim, analysed: a, view, support } = ctx;
  const keys = claim.citedKeys ?? [];
  if (!keys.length || !support) return undefined;
  const { citations, needed } = support;
  const units = view.corpus.units;
  const cited = keys.map((k) => view.corpus.unit(k) ?? units.find((u) => u.file === k || k.endsWith("/" + u.file) || k.endsWith(u.file))).filter((u) => !!u);
  if (!cited.length) return undefined;
  if (citations.some((c) => cited.some((u) => u.id === c.key))) return undefined;
  // does any sentence of a cited unit cover the claim?
  let total = 0;
  for (const w of a.terms.values()) total += w;
  // a cited unit supports the claim when one of its passages covers the claim's words and the
  // unit states every figure of the claim
  const figures = exactFigures(a);
  for (const unit of cited) {
    if (figures.some((q) => !view.unitStates(unit, q))) continue;
    for (const s of unit.sentences) {
      const terms = new Set(tokenize(s.text).map((t) => t.term));
      let got = 0;
      for (const [term, w] of a.terms) if (terms.has(term)) got += w;
      if (total && got / total >= needed) return undefined;
    }
  }
  const names = cited.map((u) => u.title).join(", ");
  const better = citations[0] ? ` It is supported by ${citations[0].title}.` : "";
  return { kind: "citation-mismatch", claimed: keys.join(", "), expected: citations[0]?.key, message: `The cited source (${names}) does not support this claim.${better}` };
}
