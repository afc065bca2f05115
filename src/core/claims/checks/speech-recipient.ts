// Whom the words were said to: "Jonathan Siddharth told Reuters that his firm had secured $50
// million …" where he "told TIME magazine". The outlet or person spoken to is part of what the claim
// reports, yet it is one word among many, so the reported words alone would tick the claim. Where
// every source sentence that reports the same words names another recipient, and none names the
// claim's in or beside it, the recipient is an unsupported part (not a contradiction: the same words
// are often said to several outlets, and sources need not say so).
import type { Finding } from "../../types";
import type { NameMention } from "../../entities/names";
import type { SentenceInfo } from "../../index/corpus";
import { hasShareOf, keyTermsIn, type ClaimCheck } from "../context";
import { FACT_CANDIDATES, sameName } from "../facts";
import { clip, inSpan } from "../spans";
import { citedAsSource } from "../../text/speech";
import { isContentTerm } from "../../text/tokens";

/** Words right before the one spoken to: "told Reuters", "speaking to TechCrunch", "in an interview with CNBC". */
const SPOKEN_TO = /\b(?:told|tells|telling|tell|speaking to|spoke to|speak to|said to|talking to|talked to|in an interview with|an interview with)\s+(?:the\s+)?$/i;
/** Share of the reported words' key terms a source sentence must have to report the same. */
const REPORTED_COVERAGE = 0.75;
/** Fewer key words than this say too little to tell which report it is. */
const MIN_REPORTED_TERMS = 3;
/** How far back from a name its "told" may stand. */
const REACH = 28;

/** The names a text says something was told to (or that it cites as the one reporting it: ", Reuters reported"). */
function recipientsIn(text: string, names: readonly NameMention[]): NameMention[] {
  return names.filter((n) => SPOKEN_TO.test(text.slice(Math.max(0, n.start - REACH), n.start)) || citedAsSource(text, n.start, n.end));
}

export const speechRecipientCheck: ClaimCheck = {
  id: "speech-recipient",
  description: "The sources that report these words say they were told to someone else.",
  stage: "facts",
  run(ctx) {
    const { analysed: a, view, claim } = ctx;
    const findings: Finding[] = [];
    for (const recipient of recipientsIn(a.plain, a.names)) {
      if (inSpan(recipient.start, a.quotes) || citedAsSource(a.plain, recipient.start, recipient.end)) continue;
      // (the words reported: those after the recipient, names included; or the quotation before
      // it: "“The last week has been insane,” Siddharth told TIME"; or the quotation after it:
      // 'told Bloomberg that "the last week has been completely insane"')
      const after = keyTermsIn(a, recipient.end);
      const quoted = a.quotes.filter((q) => q.end <= recipient.start || q.start >= recipient.end);
      // (a quotation's every content word, as it is verbatim: "last" and "week" tell which words too)
      const terms = after.length >= MIN_REPORTED_TERMS || !quoted.length ? after : [...new Set(a.tokens.filter((t) => inSpan(t.start, quoted) && isContentTerm(t.term)).map((t) => t.term))];
      if (terms.length < MIN_REPORTED_TERMS) continue;
      let other: { name: NameMention; info: SentenceInfo } | undefined;
      let named = false;
      for (const info of ctx.candidates.slice(0, FACT_CANDIDATES)) {
        if (!hasShareOf(info.termSet, terms, REPORTED_COVERAGE)) continue;
        // (named in the sentence or beside it: "In an interview with Reuters on Tuesday. …")
        if (view.corpus.windowOf(info).some((w) => w.names.some((n) => sameName(n, recipient)))) {
          named = true;
          break;
        }
        other ??= recipientsIn(info.text, info.names).map((name) => ({ name, info }))[0];
      }
      if (named || !other) continue;
      const words = a.plain.slice(recipient.start, recipient.end);
      findings.push({
        kind: "unsupported-part",
        claimed: words,
        message: `No source says this was told to ${words}; those that report it name ${other.name.text}: “${clip(other.info.text.trim(), 160)}”`,
        range: view.rangeInPlain(claim, recipient.start, recipient.end),
        evidence: [view.citation(other.info, 1, [])],
      });
    }
    return { findings, evidence: [], unresolved: findings.length };
  },
};
