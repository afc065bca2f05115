// Another speaker of reported words: "Alexandr Wang said Scale AI remains an independent company"
// where the sources give those words to Jason Droege ("Scale remains, unequivocally, an independent
// company," Droege wrote). Quoted words are the quote check's; this one reads what a claim reports
// without quotation marks, by its content words.
import type { Finding } from "../../types";
import type { NameMention } from "../../entities/names";
import { spoke, type ClaimCheck, type ClaimContext } from "../context";
import type { SentenceInfo } from "../../index/corpus";
import { FACT_CANDIDATES, sameName } from "../facts";
import { clip, inSpan } from "../spans";

/** Share of the reported words' content terms a source sentence must have to report the same. */
const REPORTED_COVERAGE = 0.75;
/** Fewer content words than this say too little to tell who said them. */
const MIN_REPORTED_TERMS = 3;

export const reportedSpeakerCheck: ClaimCheck = {
  id: "reported-speaker",
  description: "The sources give the reported words to someone else.",
  stage: "facts",
  run(ctx) {
    const found = otherSpeaker(ctx);
    return { findings: found ? [found] : [], evidence: [] };
  },
};

function otherSpeaker(ctx: ClaimContext): Finding | undefined {
  const { analysed: a, candidates, view, claim } = ctx;
  if (a.quotes.length) return undefined;
  // the claim's speaker: a person's name right before or after a verb of speech, before what is reported
  const speaker = a.names.find((n) => n.core.length >= 2 && spoke(a.plain, n));
  if (!speaker) return undefined;
  // (the names in what is reported count too: "said Scale AI will remain independent")
  const terms = [...new Set(a.tokens.filter((t) => t.start > speaker.end + 5 && a.terms.has(t.term) && !inSpan(t.start, [speaker])).map((t) => t.term))];
  if (terms.length < MIN_REPORTED_TERMS) return undefined;
  let other: { name: NameMention; info: (typeof candidates)[number] } | undefined;
  for (const info of candidates.slice(0, FACT_CANDIDATES)) {
    if (terms.filter((t) => info.termSet.has(t)).length < REPORTED_COVERAGE * terms.length) continue;
    // the claim's speaker speaking in a sentence that reports the words, or beside it (the sentence
    // says "he said"): the claim stands (named there without speaking, "Scale AI's founder Alexandr
    // Wang will join Meta", it says nothing of who said the words)
    if (info.names.some((n) => sameName(n, speaker) && (spoke(info.text, n) || !info.names.some((m) => spoke(info.text, m))))) return undefined;
    if (view.corpus.windowOf(info).some((w) => w.names.some((n) => sameName(n, speaker) && spoke(w.text, n)))) return undefined;
    const theirs = info.names.find((n) => !sameName(n, speaker) && spoke(info.text, n)) ?? quoteOpenedBefore(ctx, info);
    if (theirs && !sameName(theirs, speaker)) other ??= { name: theirs, info };
  }
  if (!other) return undefined;
  return {
    kind: "person",
    claimed: speaker.text,
    expected: other.name.text,
    support: 1,
    message: `Sources give these words to ${other.name.text}, not ${speaker.text}: “${clip(other.info.text.trim(), 160)}”`,
    range: view.rangeInPlain(claim, speaker.start, speaker.end),
    evidence: [view.citation(other.info, 1, [])],
  };
}

/**
 * Who speaks a sentence that closes a quotation opened in the sentence before, by the name that
 * speaks there ("As Jonathan Siddharth, Turing CEO, explains, "The deal marks a turning point.
 * Leading AI labs are realizing neutrality is no longer optional."").
 */
function quoteOpenedBefore(ctx: ClaimContext, info: SentenceInfo): NameMention | undefined {
  // (its only quotation mark closes it, straight or curly)
  const text = info.text.trim();
  if (!/["”]$/.test(text) || (text.match(/["“”]/g) ?? []).length !== 1) return undefined;
  const before = ctx.view.corpus.windowOf(info).find((w) => w.doc === info.doc - 1);
  if (!before || ((before.text.match(/["“”]/g) ?? []).length % 2) !== 1) return undefined;
  return before.names.find((n) => spoke(before.text, n) && n.core.length >= 2);
}
