// Speakers named by what they are ("a former senior Scale employee said", "one Nasdaq analyst
// described"), and the kinds they fall into: two speakers of different kinds are two speakers. Read by
// the quote check (quoted words) and the reported-speaker check (words without quotation marks).
import { SPEECH_VERBS } from "../text/speech";
import { inSpan } from "./spans";

/** Kinds of people a speaker may be named by; two of different kinds are two speakers. */
export const SPEAKER_KINDS: Readonly<Record<string, string>> = {
  shareholder: "owner", investor: "owner",
  employee: "staff", staffer: "staff", worker: "staff",
  contractor: "contractor",
  customer: "customer", client: "customer",
  executive: "voice", spokesperson: "voice", spokesman: "voice", spokeswoman: "voice", representative: "voice", official: "voice",
  analyst: "analyst",
};
/** A speaker named by such a noun and what goes before it ("a former senior Scale employee said"), outside quotations, past a participle's phrase ("a Scale contractor working on xAI projects called"); a likening is a saying ("a Nasdaq analyst likened"). */
const DESCRIBED_SPEAKER = new RegExp(`\\b((?:a|an|one|the|another)\\s+(?:[\\p{L}-]+\\s+){0,3}?)?(${Object.keys(SPEAKER_KINDS).join("|")})s?(?:\\s+\\p{Ll}+ing(?:\\s+[\\p{L}-]+){0,3}?)?\\s+(?:${SPEECH_VERBS}|likened|likens|compared|compares)\\b`, "giu");

/** The first speaker named by what they are, outside `quotes`: its noun, its words, where they start and where its verb ends. */
export function describedSpeaker(text: string, quotes: readonly { start: number; end: number }[]): { noun: string; text: string; start: number; end: number } | undefined {
  for (const m of text.matchAll(DESCRIBED_SPEAKER)) {
    if (inSpan(m.index!, quotes)) continue;
    return { noun: m[2].toLowerCase(), text: (m[1] ?? "") + m[2], start: m.index!, end: m.index! + m[0].length };
  }
  return undefined;
}
