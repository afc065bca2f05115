// A thing of someone else's: the claim says "Meta's board" where the passage that says the rest
// says "his board" of a person it names ("Ratner, who runs a rival company called Snorkel AI, began
// fielding calls from his board"). Word overlap passes it: "board" is there, and Meta elsewhere in
// the article. Read for claims about to be supported only, on the sentences that have the noun:
// where none gives it the claim's owner ("Meta's board", "the Meta board", "the board of Meta") and
// one gives it to a person named before "his"/"her" in its own sentence, the owner not named before
// it (no "he"/"she" there either, who might be the owner named elsewhere), or one gives it to another
// name by "for" or "of" ("Xylophone projects for Elon Musk's xAI") and never names the owner, it is
// an unsupported part.
import type { Finding } from "../../types";
import type { NameMention } from "../../entities/names";
import type { ClaimCheck, ClaimContext } from "../context";
import { FACT_CANDIDATES, sameName } from "../facts";
import { clip, inSpan } from "../spans";
import { termOf } from "../../text/tokens";
import { tagSentence } from "../../meaning/tagger";

/** A personal possessive before the noun, with up to one word between ("his board", "her own company"). */
const PERSONAL_POSSESSIVE = (noun: string) => new RegExp(`\\b(?:his|her)\\s+(?:[\\p{L}-]+\\s+)?${noun}\\b`, "iu");
const PERSONAL_SUBJECT = /\b(?:he|she)\b/i;

export const otherPossessorCheck: ClaimCheck = {
  id: "other-possessor",
  description: "The claim gives a thing to one owner where the sources give it to a person they name.",
  stage: "unexplained",
  run(ctx) {
    const found = otherPossessor(ctx);
    return { findings: found ? [found] : [], evidence: [], unresolved: found ? 1 : 0 };
  },
};

function otherPossessor(ctx: ClaimContext): Finding | undefined {
  const { analysed: a, candidates, view, claim } = ctx;
  const read = candidates.slice(0, FACT_CANDIDATES);
  const tokens = tagSentence(a.plain);
  for (const owner of a.names) {
    if (inSpan(owner.start, a.quotes)) continue;
    const at = possessedNoun(a, tokens, owner);
    if (at < 0) continue;
    const noun = tokens[at].text;
    const term = termOf(noun);
    const withNoun = read.filter((info) => info.termSet.has(term));
    if (withNoun.some((info) => info.names.some((n) => sameName(n, owner) && owns(info.text, n, noun)))) continue;
    const theirs = withNoun.find((info) => possessedByNamedPerson(info.text, info.names, noun, owner) || possessedByOtherName(info.text, info.names, noun, owner));
    if (!theirs) continue;
    const [from, to] = tokens[at].start < owner.start ? [tokens[at].start, owner.end] : [owner.start, tokens[at].end];
    const words = a.plain.slice(from, to);
    return {
      kind: "unsupported-part",
      claimed: words,
      message: `No source says “${words}”; they give the ${noun} to someone else: “${clip(theirs.text.trim(), 160)}”`,
      range: view.rangeInPlain(claim, from, to),
      evidence: [view.citation(theirs, 1, [])],
    };
  }
  return undefined;
}

/**
 * The token index of the noun the name owns in the claim, or -1: the first noun after its
 * possessive, past up to one adjective ("Meta's new board"), names that qualify it and quotation
 * marks ("Google's "Xylophone" projects"); or the noun right before "for" and the name ("Xylophone
 * projects for Google").
 */
function possessedNoun(a: ClaimContext["analysed"], tokens: ReturnType<typeof tagSentence>, owner: NameMention): number {
  if (/^['’]s\s/.test(a.plain.slice(owner.end, owner.end + 3))) {
    let k = tokens.findIndex((t) => t.start > owner.end + 2);
    while (k >= 0 && k < tokens.length - 1 && ((tokens[k].pos === "PROPN" && a.names.some((n) => n.start <= tokens[k].start && tokens[k].end <= n.end)) || /^["“”'‘’]$/.test(tokens[k].text))) k++;
    return tokens[k]?.pos === "NOUN" ? k : tokens[k]?.pos === "ADJ" && tokens[k + 1]?.pos === "NOUN" ? k + 1 : -1;
  }
  const k = tokens.findIndex((t) => t.start >= owner.start);
  // (not "of", which names a place or a part as often as an owner: "the climate of Antarctica")
  return k >= 2 && /^for$/i.test(tokens[k - 1].text) && tokens[k - 2].pos === "NOUN" ? k - 2 : -1;
}

/** The sentence has "his <noun>" or "her <noun>" after a name other than the owner's, with no "he"/"she" before it. */
function possessedByNamedPerson(text: string, names: readonly NameMention[], noun: string, owner: NameMention): boolean {
  const m = PERSONAL_POSSESSIVE(noun.replace(/[^\p{L}-]/gu, "")).exec(text);
  if (!m || PERSONAL_SUBJECT.test(text.slice(0, m.index))) return false;
  // (the claim's owner named before "his" may be the person's organisation, and the noun theirs:
  // "Reed, who runs Norcom, … his board"; named only after it, it is not: "… his board about
  // clients worried about Scale's independence")
  const before = names.filter((n) => n.end <= m.index);
  return !before.some((n) => sameName(n, owner)) && before.length > 0;
}

/** The sentence has the noun "for" or "of" another name, and nowhere the owner's: "Xylophone projects for Elon Musk's xAI". */
function possessedByOtherName(text: string, names: readonly NameMention[], noun: string, owner: NameMention): boolean {
  if (names.some((n) => sameName(n, owner))) return false;
  const word = noun.replace(/[^\p{L}-]/gu, "");
  const m = new RegExp(`\\b${word}\\s+(?:for|of)\\s+(?:the\\s+)?$`, "iu");
  return names.some((n) => m.test(text.slice(Math.max(0, n.start - 40), n.start)));
}

/** The name owns the noun in the text: "Meta's (new) board", "the Meta board", "the board of Meta". */
function owns(text: string, n: NameMention, noun: string): boolean {
  const word = noun.replace(/[^\p{L}-]/gu, "");
  return new RegExp(`^(?:['’]s)?\\s+(?:[\\p{L}-]+\\s+)?${word}\\b`, "iu").test(text.slice(n.end, n.end + 40)) || new RegExp(`\\b${word}\\s+(?:of|at)\\s+(?:the\\s+)?$`, "iu").test(text.slice(Math.max(0, n.start - 40), n.start));
}
