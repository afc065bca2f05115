// The size of a share said otherwise: "Scale AI supplied the majority of OpenAI's data needs" where
// the sources say "the startup accounted for a small portion of OpenAI's data needs". The verbs
// differ, so no fact matches, and the words would pass for support; the share of the same whole,
// the same owner's same noun, is compared by its size alone. Reported as an unsupported part that
// quotes the source, not as a contradiction: who holds the share is not checked here.
import type { Finding } from "../../types";
import type { ClaimCheck } from "../context";
import { claimFacts, FACT_CANDIDATES } from "../facts";
import { clip } from "../spans";
import { isContentTerm, tokenize } from "../../text/tokens";

/** A share named by its size, then "of" and the whole: "the majority of OpenAI's data needs". */
// (headlines drop the article: "Scale supplies bulk of OpenAI's data needs")
const SHARE = /\b((?:the |a )?majority|most|(?:the )?bulk|the lion['’]s share|nearly all|almost all|(?:(?:a|an|only a|the)\s+)?(?:large|big|huge|significant|substantial|small|tiny|minor|modest|largest|biggest|greatest)\s+(?:portion|share|fraction|part|percentage|proportion)|a (?:small )?minority|a fraction|a handful)\s+of\s+((?:[\w'’-]+ ){0,4}[\w'’-]+)/gi;
const SMALL = /\b(?:small|tiny|minor|modest|minority|fraction|handful)\b/i;

interface Share {
  size: "large" | "small";
  whole: Set<string>;
  start: number;
  end: number;
}

function sharesIn(text: string): Share[] {
  const out: Share[] = [];
  SHARE.lastIndex = 0;
  for (let m = SHARE.exec(text); m; m = SHARE.exec(text)) {
    const whole = new Set(tokenize(m[2]).map((t) => t.term).filter(isContentTerm));
    if (whole.size >= 2) out.push({ size: SMALL.test(m[1]) ? "small" : "large", whole, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The source's whole is the claim's: every content term of the claim's but at most one modifier ("overall"). */
function sameWhole(claim: Set<string>, source: Set<string>): boolean {
  let missing = 0;
  for (const t of claim) if (!source.has(t)) missing++;
  return missing <= (claim.size > 2 ? 1 : 0);
}

export const shareSizeCheck: ClaimCheck = {
  id: "share-size",
  description: "The claim gives a share of something a size the sources give otherwise (most against a small portion).",
  stage: "facts",
  run(ctx) {
    const findings: Finding[] = [];
    const a = ctx.analysed;
    const claimed = sharesIn(a.plain);
    // (an act on a thing said to be the opposite size is the facts' contradiction already: "accounted for a large share")
    if (!claimed.length || claimFacts(ctx).some((f) => f.outcome.kind === "opposite")) return { findings, evidence: [] };
    // (each sentence read, with the shares it gives, found once for all the claim's)
    const read = ctx.candidates.slice(0, FACT_CANDIDATES).map((info) => ({ info, shares: sharesIn(info.text) }));
    for (const share of claimed) {
      const sizes = (shares: Share[]) => shares.filter((s) => sameWhole(share.whole, s.whole)).map((s) => s.size);
      // (any source giving the claim's size of it settles nothing against it)
      if (read.some(({ shares }) => sizes(shares).includes(share.size))) continue;
      const other = read.find(({ shares }) => sizes(shares).some((size) => size !== share.size))?.info;
      if (!other) continue;
      const words = a.plain.slice(share.start, share.end);
      findings.push({
        kind: "unsupported-part",
        claimed: words,
        message: `Sources give another size of this share: “${clip(other.text.trim(), 160)}”`,
        range: ctx.view.rangeInPlain(ctx.claim, share.start, share.end),
        evidence: [ctx.view.citation(other, 1, [])],
      });
    }
    return { findings, evidence: [], unresolved: findings.length };
  },
};
