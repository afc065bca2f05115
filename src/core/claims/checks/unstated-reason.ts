// A reason no source gives: the claim states an act the sources state and gives it a reason in a
// "because" clause ("OpenAI is winding down its work with Scale AI because Scale's prices had become
// too high") whose facts no source states. The act is sourced, so the words pass for support; the
// reason is the writer's. Reported as an unsupported part, not a contradiction: the sources may
// simply not say why.
import type { Finding } from "../../types";
import type { ClaimCheck } from "../context";
import { claimFacts, FACT_CANDIDATES } from "../facts";
import { cueAt, lemma } from "../../meaning/lexicon";
import { CAUSAL_CONNECTIVES } from "../../meaning/curated";
import { isContentTerm } from "../../text/tokens";

/** A clause giving a reason ("because", "because of"). */
const BECAUSE = /\bbecause\b/gi;

export const unstatedReasonCheck: ClaimCheck = {
  id: "unstated-reason",
  description: "The claim gives a sourced act a reason (a 'because' clause) that no source states.",
  stage: "facts",
  run(ctx) {
    const findings: Finding[] = [];
    const text = ctx.analysed.plain;
    const facts = claimFacts(ctx);
    for (const m of text.matchAll(BECAUSE)) {
      const at = m.index;
      // (the effect before it, stated by a source; the reason's facts after it, up to the sentence's end)
      if (!facts.some((f) => f.fact.end <= at && f.outcome.kind === "stated")) continue;
      const reason = facts.filter((f) => f.fact.start > at);
      if (!reason.length || reason.some((f) => f.outcome.kind !== "silent")) continue;
      // (a source that gives the reason in other words: "because of how data-labeling contracts are
      // structured" for "due to the structure of data-labeling contracts")
      if (ctx.candidates.slice(0, FACT_CANDIDATES).some((info) => givesThisReason(info.text, text.slice(at + m[0].length)))) continue;
      const first = reason[0].fact;
      const last = reason[reason.length - 1].fact;
      const words = text.slice(first.start, last.end);
      findings.push({ kind: "unsupported-part", claimed: words, message: `No source gives this reason: “${text.slice(at, last.end)}”.`, range: ctx.view.rangeInPlain(ctx.claim, at, last.end) });
    }
    return { findings, evidence: [], unresolved: findings.length };
  },
};

/** The words' base forms, as noun and as verb ("structured" and "structure" meet in "structure"). */
function bases(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const w of words) {
    const lower = w.toLowerCase();
    if (!isContentTerm(lower)) continue;
    out.add(lemma(lower, "noun"));
    out.add(lemma(lower, "verb"));
  }
  return out;
}

/** Share of the reason's content words a source gives after one of its causal connectives. */
const REASON_WORDS_GIVEN = 0.75;

/** The source sentence gives, after a causal connective, most of the content words of the reason. */
function givesThisReason(source: string, reason: string): boolean {
  const wanted = [...bases(reason.match(/[\p{L}\p{N}'’]+/gu) ?? [])].filter((w) => w.length > 2);
  if (!wanted.length) return false;
  const words = source.match(/[\p{L}\p{N}'’]+/gu) ?? [];
  for (let i = 0; i < words.length; i++) {
    if (cueAt(CAUSAL_CONNECTIVES, words, i) === undefined) continue;
    const given = bases(words.slice(i));
    const found = wanted.filter((w) => given.has(w)).length;
    if (found >= wanted.length * REASON_WORDS_GIVEN) return true;
  }
  return false;
}
