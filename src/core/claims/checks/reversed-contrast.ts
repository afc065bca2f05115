// A contrast the other way round: "many AI labs now want to outsource data labeling rather than
// hire in-house data labelers" where "many AI labs now want to hire in-house data-labelers". Every
// word is in the source; only which side of "rather than" (or "instead of") each stands on is
// wrong. Where a source sentence has the words that the claim puts after "rather than" right after
// words that, in the claim, come before it (the words that frame the preferred side: "want to",
// "largest customers are", "has largely depended on"), and none of the claim's preferred side there,
// the source prefers what the claim rejects.
import type { Finding } from "../../types";
import type { Token } from "../../text/tokens";
import type { ClaimCheck, ClaimContext } from "../context";
import { claimFacts, FACT_CANDIDATES, sameName } from "../facts";
import { clip } from "../spans";
import { contentTerms, isContentTerm, tokenize } from "../../text/tokens";

/** The contrast: what follows is the rejected side. */
const CONTRAST = /\b(?:rather than|instead of)\s+/i;
/**
 * A preference or a turn away, whose rejected side follows: "prefer outside vendors to in-house
 * labelers", "prefer X over Y", "are moving away from in-house labelers". (Not "prefer to outsource".)
 */
const PREFERENCE = /\bprefer(?:s|red|ring)?\s+(?!to\b)[^,;:.]{1,80}?\s(?:to|over)\s+|\b(?:mov|shift|turn)(?:e|es|ed|ing|s)?\s+away\s+from\s+/i;
/** Verbs that take up what follows them: a source wanting the claim's rejected side ("want to hire in-house data-labelers"). */
const TAKING = /^(?:want|wants|wanted|prefer|prefers|preferred|choose|chooses|chose|hire|hires|hired|hiring|favor|favors|favored|favour|favours|favoured|use|uses|used|opt|opts|opted|pick|picks|picked|adopt|adopts|adopted)$/i;
/** Content words before the source's side where its taking verb and the claim's subject may stand. */
const TAKING_REACH = 4;
/** Where the rejected side ends: a clause's punctuation or a conjunction of reason. */
const REJECTED_END = /[,;:.]|\s(?:because|since|as|while|but|and)\s/i;
/** Content words of the framing before the source's rejected side that must be in the claim's preferred clause. */
const FRAME_WORDS = 2;
/** Share of the rejected side's content words the source must have together. */
const REJECTED_SHARE = 0.6;

const content = (tokens: readonly Token[]) => tokens.filter((t) => isContentTerm(t.term));
/** The content terms of the side a contrast or preference rejects: after it, to its clause's end. */
function rejectedSide(text: string, m: RegExpExecArray): Set<string> {
  const [from, end] = rejectedSpan(text, m);
  return new Set(contentTerms(text.slice(from, end)));
}

/** Where the rejected side stands: after the contrast or preference, to its clause's end. */
function rejectedSpan(text: string, m: RegExpExecArray): [number, number] {
  const from = m.index + m[0].length;
  const rest = text.slice(from);
  return [from, from + (REJECTED_END.exec(rest)?.index ?? rest.length)];
}

export const reversedContrastCheck: ClaimCheck = {
  id: "reversed-contrast",
  description: "A contrast ('rather than', 'instead of', 'prefer … to', 'moving away from') whose two sides the sources give the other way round.",
  stage: "facts",
  run(ctx) {
    const a = ctx.analysed;
    const m = CONTRAST.exec(a.plain);
    if (!m) return preferenceTurned(ctx, PREFERENCE.exec(a.plain));
    // (a claim is one sentence: a period inside it is an abbreviation's, "the U.S. government")
    const clauseStart = Math.max(0, ...[";", ":"].map((p) => a.plain.lastIndexOf(p, m.index) + 1));
    const preferred = content(tokenize(a.plain.slice(clauseStart, m.index), clauseStart));
    const rejected = rejectedSide(a.plain, m);
    if (rejected.size < 2 || preferred.length < FRAME_WORDS + 1) return preferenceTurned(ctx, m);
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
    // (or a source states the claim's act with the one the claim rejects: "report to Meta's CTO rather
    // than directly to Mark Zuckerberg" where "will report directly to Mark Zuckerberg")
    const namedOtherwise = rejectedParticipant(ctx, m);
    if (namedOtherwise) return { findings: [namedOtherwise], evidence: [] };
    // (or the claim's subject takes up the rejected side in a source in other words of wanting:
    // "labs now prefer to outsource … rather than hire in-house data-labelers" where "labs now
    // want to hire in-house data-labelers")
    return preferenceTurned(ctx, m);
  },
};

/**
 * "Prefer A to B", "prefer A over B", "moving away from B", "A rather than B" where a source
 * sentence has the claim's subject take up B: every content word of B together, right after a verb
 * of taking it up ("want to hire", "prefer", "choose"), not denied, with a word of the claim's own
 * subject before it ("labs").
 */
function preferenceTurned(ctx: ClaimContext, m: RegExpExecArray | null) {
  const a = ctx.analysed;
  if (!m) return { findings: [], evidence: [] };
  // ("their own in-house labellers" is "in-house data-labelers": "own" marks no side)
  const rejected = new Set([...rejectedSide(a.plain, m)].filter((t) => t !== "own"));
  const subject = new Set(content(tokenize(a.plain.slice(0, m.index))).map((t) => t.term));
  if (rejected.size < 2 || !subject.size) return { findings: [], evidence: [] };
  // (most of its words together: "hire their own in-house labellers" where "hire in-house data-labelers")
  const needed = Math.max(2, Math.ceil(REJECTED_SHARE * rejected.size));
  for (const info of ctx.candidates.slice(0, FACT_CANDIDATES)) {
    const words = content(info.tokens);
    for (let i = 1; i < words.length; i++) {
      // (together: one word more may stand among them, "in-house data-labelers" for "in-house labelers")
      if (!rejected.has(words[i].term)) continue;
      const window = words.slice(i, i + rejected.size + 1);
      const counts = window.map((_, k) => new Set(window.slice(0, k + 1).filter((t) => rejected.has(t.term)).map((t) => t.term)).size);
      const most = Math.max(...counts);
      if (most < needed) continue;
      const last = counts.indexOf(most);
      const span = window.slice(0, last + 1);
      const before = words.slice(Math.max(0, i - TAKING_REACH), i);
      const clause = info.text.slice(before[0].start, words[i].start);
      if (/[;:.]|\b(?:not|n't|never|no longer|rather|instead|away)\b/i.test(clause)) continue;
      const taking = before.findIndex((t) => TAKING.test(info.text.slice(t.start, t.end)));
      if (taking < 0 || !before.slice(0, taking).some((t) => subject.has(t.term))) continue;
      const theirs = info.text.slice(before[taking].start, span[span.length - 1].end);
      const ours = m[0].trim();
      const contrast = /^(?:rather than|instead of)$/i.test(ours);
      return {
        findings: [
          {
            kind: "predicate",
            claimed: ours,
            expected: theirs,
            message: contrast ? `Sources say “${clip(theirs, 100)}”, the side the claim puts after “${ours}”: “${clip(info.text.trim(), 160)}”` : `Sources say “${clip(theirs, 100)}”, not “${clip(ours, 60)}”: “${clip(info.text.trim(), 160)}”`,
            range: ctx.view.rangeInPlain(ctx.claim, m.index, m.index + m[0].trimEnd().length),
            evidence: [ctx.view.citation(info, 1, [])],
          } satisfies Finding,
        ],
        evidence: [],
      };
    }
  }
  return { findings: [], evidence: [] };
}


/**
 * A source that states the claim's act (its doer the same) with a participant the claim names only
 * on the rejected side, and none of those on its preferred side: the act is the rejected one's.
 */
function rejectedParticipant(ctx: ClaimContext, m: RegExpExecArray): Finding | undefined {
  const a = ctx.analysed;
  const [from, end] = rejectedSpan(a.plain, m);
  // (the rejected side is a participant: a name first in it, after an adverb and a preposition at
  // most, "directly to Mark Zuckerberg"; not "optional for leading AI labs", whose name qualifies)
  const first = a.names.find((n) => n.start >= from && n.end <= end);
  if (!first || !/^(?:\p{L}+ly\s+)?(?:(?:to|from|with|by|for|at|on|in|of)\s+)?(?:the\s+)?$/iu.test(a.plain.slice(from, first.start))) return undefined;
  const rejected = a.names.filter((n) => n.start >= from && n.end <= end);
  for (const { fact, outcome } of claimFacts(ctx)) {
    if (outcome.kind !== "stated" || fact.negated || fact.start > m.index) continue;
    const preferred = fact.patients.filter((n) => n.end <= m.index);
    const theirs = outcome.fact.patients;
    if (!theirs.some((n) => rejected.some((r) => sameName(n, r))) || theirs.some((n) => preferred.some((p) => sameName(n, p)))) continue;
    const said = outcome.source.text.slice(outcome.fact.start, Math.max(outcome.fact.end, ...theirs.map((n) => n.end)));
    return {
      kind: "predicate",
      claimed: a.plain.slice(fact.start, m.index).trim(),
      expected: said,
      message: `Sources say “${clip(said, 100)}”, the side the claim rejects: “${clip(outcome.source.text.trim(), 160)}”`,
      range: ctx.view.rangeInPlain(ctx.claim, fact.start, m.index),
      evidence: [ctx.view.citation(outcome.source, 1, [])],
    };
  }
  return undefined;
}
