// Another speaker of reported words: "Alexandr Wang said Scale AI remains an independent company"
// where the sources give those words to Jason Droege ("Scale remains, unequivocally, an independent
// company," Droege wrote). Quoted words are the quote check's; this one reads what a claim reports
// without quotation marks, by its content words.
import type { Finding } from "../../types";
import type { NameMention } from "../../entities/names";
import { spoke, type ClaimCheck, type ClaimContext } from "../context";
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
    // the claim's speaker named in a sentence that reports the words, or speaking beside it (the
    // sentence says "he said"): the claim stands
    if (info.names.some((n) => sameName(n, speaker))) return undefined;
    if (view.corpus.windowOf(info).some((w) => w.names.some((n) => sameName(n, speaker) && spoke(w.text, n)))) return undefined;
    const theirs = info.names.find((n) => !sameName(n, speaker) && spoke(info.text, n));
    if (theirs) other ??= { name: theirs, info };
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
