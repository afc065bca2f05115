// A reason no source gives: the claim states an act the sources state and gives it a reason in a
// "because" clause ("OpenAI is winding down its work with Scale AI because Scale's prices had become
// too high") whose facts no source states. The act is sourced, so the words pass for support; the
// reason is the writer's. Reported as an unsupported part, not a contradiction: the sources may
// simply not say why.
import type { Finding } from "../../types";
import { hasShareOf, keyTermsIn, type ClaimCheck } from "../context";
import { claimFacts, FACT_CANDIDATES } from "../facts";
import { lemma } from "../../meaning/lexicon";
import { predicatesOf } from "../../meaning/facts";
import { isContentTerm } from "../../text/tokens";

/** A source sentence that gives a reason of its own. */
const REASON_GIVEN = /\b(?:because|since it|as it)\b/i;
/** Share of the words before the claim's "because" a source sentence with a reason must have. */
const EFFECT_COVERAGE = 0.6;
/** A clause giving a reason ("because", "because of") or a purpose ("so that", "in order to"). */
const BECAUSE = /\b(?:because|so that|in order to|in order that)\b/gi;
/** A reason clause of a pronoun and a copula with its adjective: "because it is cheaper", "because they were more reliable". */
const BARE_REASON = /^because\s+(?:it|they|this|that)\s+(?:is|was|are|were|had been|has been|would be)\s+(?:(?:much|far|more|less|so|too)\s+)?[a-z]+(?:\s+than\s+[a-z-]+(?:\s+[a-z-]+){0,3})?\s*(?:[;:.!?,]|$)/i;

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
      // (the effect before it, stated by a source, or in the words of a source sentence that gives
      // a reason of its own: "labs want in-house data-labelers because it allows their data to remain
      // secure" for "… because it is cheaper"; the reason's facts after it, up to the sentence's end)
      const effectTerms = keyTermsIn(ctx.analysed, 0, at);
      const reasoned = ctx.candidates.slice(0, FACT_CANDIDATES).some((info) => REASON_GIVEN.test(info.text) && hasShareOf(info.termSet, effectTerms, EFFECT_COVERAGE));
      if (!facts.some((f) => f.fact.end <= at && f.outcome.kind === "stated") && !reasoned) continue;
      const reason = facts.filter((f) => f.fact.start > at);
      // (a reason with no act of its own, an adjective said of "it", is the writer's as much: "because
      // it is cheaper"; "because of" a named event is the causes' check's)
      const bare = !reason.length && BARE_REASON.test(text.slice(at));
      // (or acts the facts read no source for at all, beside a source's own reason: "because it lowers their costs")
      const unread = !reason.length && reasoned && predicatesOf(text, ctx.analysed.names).some((p) => p.start > at && !p.speech);
      if ((!reason.length && !bare && !unread) || reason.some((f) => f.outcome.kind !== "silent")) continue;
      // (a source that gives the reason in other words: "because of how data-labeling contracts are
      // structured" for "due to the structure of data-labeling contracts"; or states it as a fact:
      // "because labs now see neutrality as essential" for "labs are realizing neutrality is essential")
      if (ctx.candidates.slice(0, FACT_CANDIDATES).some((info) => givesThisReason(info.text, text.slice(at + m[0].length)))) continue;
      // (the reason runs to its clause's end: "because Scale's prices had become too high")
      const stop = text.slice(at).search(/[;:.!?](?:\s|$)/);
      const end = stop < 0 ? text.length : at + stop;
      findings.push({ kind: "unsupported-part", claimed: text.slice(reason[0]?.fact.start ?? at + m[0].length, end).trim(), message: `No source gives this reason: “${text.slice(at, end)}”.`, range: ctx.view.rangeInPlain(ctx.claim, at, end) });
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
    out.add(lower);
    out.add(lemma(lower, "noun"));
    out.add(lemma(lower, "verb"));
  }
  return out;
}

/** Adverbs of degree and time, which a paraphrase adds or drops freely. */
const LOOSE_WORDS = new Set(["now", "rather", "still", "also", "already", "even", "just", "only", "too", "very", "much", "more", "less", "longer", "increasingly"]);

/** Share of the reason's content words a source sentence must give for the reason to be its. */
const REASON_WORDS_GIVEN = 0.75;

/** The source sentence gives most of the content words of the reason (as a reason or not: a quote may state it as a fact). */
function givesThisReason(source: string, reason: string): boolean {
  const wanted = (reason.match(/[\p{L}\p{N}'’]+/gu) ?? []).map((w) => w.toLowerCase()).filter((w) => w.length > 2 && isContentTerm(w) && !LOOSE_WORDS.has(w));
  if (!wanted.length) return false;
  const given = bases(source.match(/[\p{L}\p{N}'’]+/gu) ?? []);
  const found = wanted.filter((w) => given.has(w) || given.has(lemma(w, "noun")) || given.has(lemma(w, "verb"))).length;
  return found >= wanted.length * REASON_WORDS_GIVEN;
}
