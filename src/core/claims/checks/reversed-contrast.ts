// A contrast the other way round: "many AI labs now want to outsource data labeling rather than
// hire in-house data labelers" where "many AI labs now want to hire in-house data-labelers". Every
// word is in the source; only which side of "rather than" (or "instead of") each stands on is
// wrong. Where a source sentence has the words that the claim puts after "rather than" right after
// words that, in the claim, come before it (the words that frame the preferred side: "want to",
// "largest customers are", "has largely depended on"), and none of the claim's preferred side there,
// the source prefers what the claim rejects.
import type { Finding } from "../../types";
import type { Token } from "../../text/tokens";
import type { ClaimCheck } from "../context";
import { FACT_CANDIDATES } from "../facts";
import { clip } from "../spans";
import { contentTerms, isContentTerm, tokenize } from "../../text/tokens";

/** The contrast: what follows is the rejected side. */
const CONTRAST = /\b(?:rather than|instead of)\s+/i;
/** Where the rejected side ends: a clause's punctuation or a conjunction of reason. */
const REJECTED_END = /[,;:.]|\s(?:because|since|as|while|but|and)\s/i;
/** Content words of the framing before the source's rejected side that must be in the claim's preferred clause. */
const FRAME_WORDS = 2;
/** Share of the rejected side's content words the source must have together. */
const REJECTED_SHARE = 0.6;

const content = (tokens: readonly Token[]) => tokens.filter((t) => isContentTerm(t.term));

export const reversedContrastCheck: ClaimCheck = {
  id: "reversed-contrast",
  description: "A contrast ('rather than', 'instead of') whose two sides the sources give the other way round.",
  stage: "facts",
  run(ctx) {
    const a = ctx.analysed;
    const m = CONTRAST.exec(a.plain);
    if (!m) return { findings: [], evidence: [] };
    // (a claim is one sentence: a period inside it is an abbreviation's, "the U.S. government")
    const clauseStart = Math.max(0, ...[";", ":"].map((p) => a.plain.lastIndexOf(p, m.index) + 1));
    const preferred = content(tokenize(a.plain.slice(clauseStart, m.index), clauseStart));
    const rest = a.plain.slice(m.index + m[0].length);
    const end = REJECTED_END.exec(rest)?.index ?? rest.length;
    const rejected = new Set(contentTerms(rest.slice(0, end)));
    if (rejected.size < 2 || preferred.length < FRAME_WORDS + 1) return { findings: [], evidence: [] };
    const findings: Finding[] = [];
    for (const info of ctx.candidates.slice(0, FACT_CANDIDATES)) {
      const words = content(info.tokens);
      for (let i = FRAME_WORDS; i < words.length; i++) {
        if (!rejected.has(words[i].term)) continue;
        // (the rejected side, together, from here)
        const after = info.text.slice(words[i].end);
        const spanEnd = words[i].end + (REJECTED_END.exec(after)?.index ?? after.length);
        const span = words.slice(i, i + rejected.size + 2).filter((t) => t.end <= spanEnd);
        const found = new Set(span.filter((t) => rejected.has(t.term)).map((t) => t.term));
        if (found.size < REJECTED_SHARE * rejected.size) continue;
        // (the words before it frame the claim's preferred side, in the claim's order)
        const frame = words.slice(i - FRAME_WORDS, i);
        if (frame.some((t) => rejected.has(t.term)) || info.text.slice(frame[frame.length - 1].end, words[i].start).match(/[,;:.]|\b(?:rather|instead)\b/i)) continue;
        let at = -1;
        for (const t of frame) {
          at = preferred.findIndex((p, k) => k > at && p.term === t.term);
          if (at < 0) break;
        }
        if (at < 0) continue;
        // (what the claim prefers follows that frame in the claim, and not in the source)
        const claimSide = preferred.slice(at + 1).filter((t) => !rejected.has(t.term));
        if (!claimSide.length || span.some((t) => claimSide.some((c) => c.term === t.term))) continue;
        const last = span.filter((t) => rejected.has(t.term)).pop()!;
        const theirs = info.text.slice(words[i].start, last.end);
        const ours = a.plain.slice(claimSide[0].start, claimSide[claimSide.length - 1].end);
        findings.push({
          kind: "predicate",
          claimed: ours,
          expected: theirs,
          message: `Sources say “${clip(info.text.slice(frame[0].start, last.end), 100)}”, not “${ours}”: “${clip(info.text.trim(), 160)}”`,
          range: ctx.view.rangeInPlain(ctx.claim, claimSide[0].start, claimSide[claimSide.length - 1].end),
          evidence: [ctx.view.citation(info, 1, [])],
        });
        return { findings, evidence: [] };
      }
    }
    return { findings, evidence: [] };
  },
};
