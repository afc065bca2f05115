// A condition the claim adds: "OpenAI's CFO said the company would continue to use Scale AI as one of
// many suppliers only if Meta is kept away from its data", where the source says it will continue,
// with no condition. The main clause passes on its words, yet the condition changes what was said.
// A conditional clause ("if", "only if", "unless", "provided that", "as long as", "on condition
// that") is supported only by a source sentence that states the claim's main clause with a condition
// too, and has most of the condition's own words.
import type { Finding } from "../../types";
import { hasShareOf, keyTermsIn, type ClaimCheck } from "../context";
import { FACT_CANDIDATES } from "../facts";
import { inSpan } from "../spans";

/** Conjunctions that open a condition (group 1), as a claim or a source writes them. */
const CONDITION = /\b(only if|if|unless|provided that|providing that|as long as|so long as|on (?:the )?condition that|only when|in the event that)\b/gi;
/** "if" after these asks or doubts whether, it sets no condition: "asked if", "unclear if", "as if". */
const NOT_A_CONDITION = /\b(?:ask|asks|asked|asking|wonder|wonders|wondered|wondering|know|knows|knew|see|sees|saw|check|checks|checked|decide|decides|decided|determine|determined|unclear|unsure|uncertain|doubt|doubts|doubtful|clear|sure|question|questioned|tell|told|even|as|what)\s+$/i;
/** Share of the claim's key words before the condition that a source sentence must have to state its main clause. */
const MAIN_COVERAGE = 0.6;
/** Share of the condition's key words the source sentence must have to state the same condition. */
const CONDITION_COVERAGE = 0.5;
/** A condition of fewer key words than this is too slight to judge ("if so", "if needed"). */
const MIN_CONDITION_TERMS = 2;

/** Where each condition of a text opens (ignoring "if" that asks whether). */
function conditionsIn(text: string): { start: number; end: number; words: string }[] {
  const out: { start: number; end: number; words: string }[] = [];
  CONDITION.lastIndex = 0;
  for (let m = CONDITION.exec(text); m; m = CONDITION.exec(text)) {
    if (/^if$/i.test(m[1]) && NOT_A_CONDITION.test(text.slice(Math.max(0, m.index - 14), m.index))) continue;
    out.push({ start: m.index, end: m.index + m[0].length, words: m[1] });
  }
  return out;
}

export const unstatedConditionCheck: ClaimCheck = {
  id: "unstated-condition",
  description: "The claim makes what it says depend on a condition that no source gives.",
  stage: "facts",
  run(ctx) {
    const a = ctx.analysed;
    const condition = conditionsIn(a.plain).find((c) => !inSpan(c.start, a.quotes));
    if (!condition) return { findings: [], evidence: [] };
    // (the condition runs to the end of its clause: the next comma or the sentence's end)
    const comma = a.plain.indexOf(",", condition.end);
    const conditionEnd = comma > 0 ? comma : a.plain.length;
    const conditionTerms = keyTermsIn(a, condition.end, conditionEnd);
    if (conditionTerms.length < MIN_CONDITION_TERMS) return { findings: [], evidence: [] };
    const mainTerms = keyTermsIn(a, 0, condition.start).concat(keyTermsIn(a, conditionEnd));
    const read = ctx.candidates.slice(0, FACT_CANDIDATES);
    const statesMain = read.filter((info) => hasShareOf(info.termSet, mainTerms, MAIN_COVERAGE));
    // (no source states the main clause: the other checks answer for it)
    if (!statesMain.length) return { findings: [], evidence: [] };
    if (statesMain.some((info) => conditionsIn(info.text).length > 0 && hasShareOf(info.termSet, conditionTerms, CONDITION_COVERAGE))) return { findings: [], evidence: [] };
    let words = a.plain.slice(condition.start, conditionEnd).trim();
    while (/[.!?]$/.test(words)) words = words.slice(0, -1);
    const finding: Finding = {
      kind: "unsupported-part",
      claimed: words,
      message: `No source gives this condition (“${words}”); those that say the rest state it without one.`,
      range: ctx.view.rangeInPlain(ctx.claim, condition.start, condition.start + words.length),
    };
    return { findings: [finding], evidence: [], unresolved: 1 };
  },
};
