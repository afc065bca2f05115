// A relative put for their counterpart: "on a podcast hosted by his sister" where the sources say
// "hosted by his brother". One word differs, and the sentences differ in many others, so neither the
// words nor the copy check sees it. Where a sentence read has the claim's three words before the kin
// noun ("hosted by his") followed by the counterpart of the other sex, and none has them followed by
// the claim's, the kin noun is contradicted.
import type { Finding } from "../../types";
import type { ClaimCheck } from "../context";
import { FACT_CANDIDATES } from "../facts";
import { clip } from "../spans";

/** Kin nouns and their counterparts of the other sex. */
const COUNTERPARTS: Readonly<Record<string, string>> = Object.fromEntries(
  [["brother", "sister"], ["father", "mother"], ["son", "daughter"], ["husband", "wife"], ["uncle", "aunt"], ["nephew", "niece"], ["grandfather", "grandmother"], ["grandson", "granddaughter"], ["boyfriend", "girlfriend"]].flatMap(([a, b]) => [[a, b], [b, a], [`${a}s`, `${b}s`], [`${b}s`, `${a}s`]]),
);

/** A kin noun and the three words before it. */
const KIN = new RegExp(`\\b((?:[\\p{L}'’-]{1,30}\\s{1,3}){3})(${Object.keys(COUNTERPARTS).join("|")})\\b`, "giu");

export const otherKinCheck: ClaimCheck = {
  id: "other-kin",
  description: "A relative put for their counterpart of the other sex ('his sister' where the sources say 'his brother').",
  stage: "facts",
  run(ctx) {
    const findings: Finding[] = [];
    const a = ctx.analysed;
    // (the sentences read, their spacing made one, for phrases compared word for word)
    const read = ctx.candidates.slice(0, FACT_CANDIDATES).map((info) => ({ info, lower: info.lower.replace(/\s+/g, " ") }));
    for (const m of a.plain.matchAll(KIN)) {
      const lead = m[1].toLowerCase().replace(/\s+/g, " ");
      const kin = m[2].toLowerCase();
      const has = (word: string) => read.find((r) => r.lower.includes(`${lead}${word}`))?.info;
      if (has(kin)) continue;
      const other = has(COUNTERPARTS[kin]);
      if (!other) continue;
      const at = m.index + m[1].length;
      findings.push({
        kind: "person",
        claimed: m[2],
        expected: COUNTERPARTS[kin],
        message: `Sources say “${lead}${COUNTERPARTS[kin]}”, not “${m[2]}”: “${clip(other.text.trim(), 160)}”`,
        range: ctx.view.rangeInPlain(ctx.claim, at, at + m[2].length),
        evidence: [ctx.view.citation(other, 1, [])],
      });
    }
    return { findings, evidence: [] };
  },
};
