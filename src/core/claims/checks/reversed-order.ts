// Two phases told in the wrong order: "Mercor was previously focused on finding experts for AI
// companies but now uses AI to recruit tech employees" where "Mercor was previously known for using
// AI for recruiting tech employees, but now focuses on finding experts". Every word and name is in
// the source, and each fact alone may match one; only the order is wrong. The claim's earlier phase
// (after "initially", "previously", "at first", "began with" …) and its later one (after "later", "now", "before
// shifting to" …) are compared with a source's, in one sentence or in a sentence and the next
// ("Scale initially focused on … . Scale has gradually enlisted …"): where the claim's earlier phase
// has the words of the source's later one, and its later phase those of the source's earlier one,
// far more than their own counterparts, the order is reversed.
import type { Finding } from "../../types";
import type { SentenceInfo } from "../../index/corpus";
import type { ClaimCheck } from "../context";
import { FACT_CANDIDATES, sameName } from "../facts";
import { clip } from "../spans";
import { contentTerms } from "../../text/tokens";

/** Words that open the earlier phase ("first" and "once" only before a past verb: not "the first batch", "once the deal closes"). */
const EARLIER = /\b(?:initially|originally|at first|started out|previously|formerly|used to|early on|in the beginning|(?:began|begun|started) (?:with|by))\b|(?<!\b(?:the|its|their|his|her|a)\s+)\b(?:first|once)\b(?=\s+(?:\w+ed|known|seen|begun|shown|built|made)\b)/i;
/** Words that open the later phase. */
const LATER = /\b(?:later|then|now|since|gradually|eventually|subsequently|increasingly|before (?:shifting|moving|turning|switching|pivoting)|(?:shifted|moved|turned|switched|pivoted) (?:to|toward|towards))\b/i;
/** Share of a claim phase's words the source's other phase must have. */
const CROSSED_SHARE = 0.5;

interface Phases {
  earlier: Set<string>;
  later?: Set<string>;
  /** Text of each, for the message. */
  earlierText: string;
  laterText?: string;
}

const termsOf = (text: string) => new Set(contentTerms(text));
/** A phase's words without the joining word or the punctuation that ends it ("…, but", "… models."). */
function trimmed(text: string): string {
  let out = text.trim();
  for (let before = ""; before !== out; ) {
    before = out;
    out = out.replace(/[,;.]$/, "").replace(/\s(?:and|but|while|only)$/i, "").trimEnd();
  }
  return out;
}

/** The phases a sentence tells: the words after its earlier-phase cue up to its later-phase cue, and those after that. */
function phasesIn(text: string): Phases | undefined {
  const early = EARLIER.exec(text);
  if (!early) return undefined;
  const from = early.index + early[0].length;
  const late = LATER.exec(text.slice(from));
  const earlierText = trimmed(text.slice(from, late ? from + late.index : text.length));
  if (!late) return { earlier: termsOf(earlierText), earlierText };
  const laterText = trimmed(text.slice(from + late.index + late[0].length));
  return { earlier: termsOf(earlierText), later: termsOf(laterText), earlierText, laterText };
}

/** The later phase a source sentence's next one tells, after its own later-phase cue ("Scale has gradually enlisted …"). */
function laterInNext(info: SentenceInfo, window: readonly SentenceInfo[]): { terms: Set<string>; text: string } | undefined {
  const next = window.find((w) => w.doc === info.doc + 1);
  const late = next && LATER.exec(next.text);
  if (!next || !late) return undefined;
  const text = trimmed(next.text.slice(late.index + late[0].length));
  return { terms: termsOf(text), text };
}

/** Share of `a`'s words that `b` has. */
function share(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (!a.size) return 0;
  let n = 0;
  for (const t of a) if (b.has(t)) n++;
  return n / a.size;
}

export const reversedOrderCheck: ClaimCheck = {
  id: "reversed-order",
  description: "Two phases (what came first, what came later) told in the reverse of the sources' order.",
  stage: "facts",
  run(ctx) {
    const a = ctx.analysed;
    const claim = phasesIn(a.plain);
    if (!claim?.later || !claim.earlier.size || !claim.later.size) return { findings: [], evidence: [] };
    const findings: Finding[] = [];
    for (const info of ctx.candidates.slice(0, FACT_CANDIDATES)) {
      // (about someone the claim names)
      if (!info.names.some((n) => a.names.some((m) => sameName(n, m)))) continue;
      const source = phasesIn(info.text);
      if (!source) continue;
      const later = source.later ? { terms: source.later, text: source.laterText! } : laterInNext(info, ctx.view.corpus.windowOf(info));
      if (!later) continue;
      const crossedEarlier = share(claim.earlier, later.terms);
      const crossedLater = share(claim.later, source.earlier);
      if (crossedEarlier < CROSSED_SHARE || crossedLater < CROSSED_SHARE) continue;
      if (crossedEarlier <= share(claim.earlier, source.earlier) || crossedLater <= share(claim.later, later.terms)) continue;
      const start = a.plain.indexOf(claim.earlierText);
      findings.push({
        kind: "order",
        claimed: claim.earlierText,
        expected: source.earlierText,
        message: `Sources tell these the other way round: first “${clip(source.earlierText, 80)}”, later “${clip(later.text, 80)}”.`,
        range: ctx.view.rangeInPlain(ctx.claim, start, start + claim.earlierText.length),
        evidence: [ctx.view.citation(info, 1, [])],
      });
      break;
    }
    return { findings, evidence: [] };
  },
};
