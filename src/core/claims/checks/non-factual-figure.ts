// A figure of things the sources give only as possible: "$50 million in potential contracts", "an
// expected 300 jobs" stated as "$50 million in contracts", "300 jobs". The figure matches and most
// words do, so word overlap would pass it; the adjective (meaning/curated.ts NON_FACTUAL_ADJECTIVES)
// says the things are not (yet) real. Reported as an unsupported part, the source's phrase quoted.
import type { Finding } from "../../types";
import type { Quantity } from "../../quantities";
import { NON_FACTUAL_ADJECTIVES } from "../../meaning/curated";
import { termOf } from "../../text/tokens";
import { exactFigures, type ClaimCheck } from "../context";
import { FACT_CANDIDATES } from "../facts";
import { confirms } from "../figures";
import { clip } from "../spans";

const NON_FACTUAL = new Set(NON_FACTUAL_ADJECTIVES);
/** The words of a figure's own phrase: up to the next comma, clause word or sentence end. */
const PHRASE = /^[^,;:.!?()"“”]{0,60}/;
const PHRASE_END = /\b(?:that|which|who|and|but|over|after|before|since|from|to|for|by|as|because|while)\b/i;

export const nonFactualFigureCheck: ClaimCheck = {
  id: "non-factual-figure",
  description: "The sources give the figure only of potential, proposed or expected things; the claim, of real ones.",
  stage: "facts",
  run(ctx) {
    const findings: Finding[] = [];
    const a = ctx.analysed;
    // (a claim that itself says "potential", "expected" … is not stating them as real)
    if (wordsOf(a.plain).some((w) => NON_FACTUAL.has(w))) return { findings, evidence: [] };
    for (const q of exactFigures(a)) {
      const claimNouns = new Set(wordsOf(phraseAfter(a.plain, q)).map(termOf));
      let found: { text: string; things: string; info: (typeof ctx.candidates)[number] } | undefined;
      let plain = false;
      for (const info of ctx.candidates.slice(0, FACT_CANDIDATES)) {
        for (const x of info.quantities) {
          if (x.vague || !confirms(q, x)) continue;
          const words = wordsOf(phraseAfter(info.text, x));
          const k = words.findIndex((w) => NON_FACTUAL.has(w));
          // the noun the adjective qualifies must be the claim's too ("in potential contracts", "in contracts")
          const noun = k >= 0 ? words[k + 1] : undefined;
          if (k >= 0 && noun && claimNouns.has(termOf(noun))) found ??= { text: info.text, things: `${words[k]} ${noun}`, info };
          else if (words.some((w) => claimNouns.has(termOf(w)))) plain = true;
        }
      }
      // (another source gives the figure of the things themselves)
      if (!found || plain) continue;
      findings.push({
        kind: "unsupported-part",
        claimed: q.text,
        message: `Sources give ${q.text} only of ${found.things}: “${clip(found.text.trim(), 160)}”`,
        range: ctx.view.rangeInPlain(ctx.claim, q.start, q.end),
        evidence: [ctx.view.citation(found.info, 1, [])],
      });
    }
    return { findings, evidence: [], unresolved: findings.length };
  },
};

/** The words right after a figure, up to the end of its phrase ("in potential contracts"). */
function phraseAfter(text: string, q: Quantity): string {
  const rest = PHRASE.exec(text.slice(q.end))?.[0] ?? "";
  const cut = rest.slice(1).search(PHRASE_END);
  return cut >= 0 ? rest.slice(0, cut + 1) : rest;
}

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[a-z]+(?:-[a-z]+)*/g) ?? [];
}
