// A thing the sources say someone does not have: "Meta's 49% stake would come with voting power"
// where "Meta will not have any voting power at the company". The claim's words are all in the
// sources, and "come with" is no act a source denies, so the facts see nothing; but the noun phrase
// the claim gives its owner ("voting power") stands in the sources only after a denial ("not have
// any", "no", "without"), of the same owner. Where every candidate sentence that has the phrase
// denies it, and one denies it of the name the claim gives it to, the phrase is an unsupported part;
// so is the converse, a thing the claim denies with "no" ("suffers no major blow") that every
// sentence read with it gives, one naming the claim's owner ("is a major blow to Scale AI").
import type { Finding } from "../../types";
import type { NameMention } from "../../entities/names";
import type { ClaimCheck } from "../context";
import { claimFacts, FACT_CANDIDATES, sameName } from "../facts";
import { CONTRADICTING } from "../fact-findings";
import { clip, clauseOf, inSpan } from "../spans";
import { tagSentence } from "../../meaning/tagger";
import { CURATED_SAME_HOLDS } from "../../meaning/curated";
import { lemma } from "../../meaning/lexicon";

/** A denial of what follows: "no", "without (any)", "not … any" ("will not have any", "won't get any"), "lack of". */
const DENIED_BEFORE = /\b(?:no|without(?:\s+any)?|(?:not|n['’]t|never)\s+(?:\w+\s+){0,2}any|lack of|lacks|lacking)\s+$/i;
/** Words of a phrase: adjectives and nouns ("voting power", "board seats"). */
const PHRASE_POS = /^(?:ADJ|NOUN)$/;

export const deniedAttributeCheck: ClaimCheck = {
  id: "denied-attribute",
  description: "The claim gives someone a thing the sources say they do not have.",
  stage: "facts",
  run(ctx) {
    const a = ctx.analysed;
    const findings: Finding[] = [];
    // (a claim the facts already contradict needs no more)
    const facts = claimFacts(ctx);
    if (facts.some((f) => CONTRADICTING.has(f.outcome.kind))) return { findings, evidence: [] };
    const tokens = tagSentence(a.plain);
    for (let i = 0; i < tokens.length; i++) {
      // a phrase of two or more words ending in a noun, not in a quotation, not denied in the claim
      if (!PHRASE_POS.test(tokens[i].pos) || (i > 0 && PHRASE_POS.test(tokens[i - 1].pos))) continue;
      let end = i;
      while (end + 1 < tokens.length && PHRASE_POS.test(tokens[end + 1].pos)) end++;
      if (end === i || tokens[end].pos !== "NOUN" || inSpan(tokens[i].start, a.quotes)) continue;
      const start = tokens[i].start;
      // (the claim's own "no major blow": the converse, a thing denied that the sources give)
      const claimDenies = /\bno\s+$/i.test(a.plain.slice(Math.max(0, start - 4), start));
      if (!claimDenies && (DENIED_BEFORE.test(a.plain.slice(Math.max(0, start - 40), start)) || /\bnot?\b|n['’]t\b/i.test(a.plain.slice(...clauseOf(a.plain, start))))) continue;
      // (a thing only asked or supposed about is not given to anyone: "asked whether Meta will hold voting power")
      if (facts.filter((f) => f.fact.start < start).pop()?.fact.unasserted) continue;
      const owner = nameBefore(a.names, a.plain, start);
      if (!owner) continue;
      // (the phrase as written, or its last words where no sentence read has it whole: "full voting
      // power" where the sources deny "voting power")
      const read = ctx.candidates.slice(0, FACT_CANDIDATES);
      // (a hold named by another noun of holding: "voting control" where the sources deny "voting power")
      const phrase = [...Array(end - i).keys()].flatMap((k) => sameHolds(a.plain.slice(tokens[i + k].start, tokens[end].end).toLowerCase())).find((p) => read.some((info) => info.lower.includes(p)));
      if (!phrase) continue;
      // the sentences read that have the phrase as the claim has it (denied or not) and the other way
      let other: (typeof ctx.candidates)[number] | undefined;
      let same = false;
      for (const info of read) {
        for (let at = info.lower.indexOf(phrase); at >= 0 && !same; at = info.lower.indexOf(phrase, at + 1)) {
          // (whole words only)
          if (/\w/.test(info.lower[at - 1] ?? "") || /\w/.test(info.lower[at + phrase.length] ?? "")) continue;
          if (DENIED_BEFORE.test(info.text.slice(Math.max(0, at - 40), at)) === claimDenies) same = true;
          // (of the claim's owner: the last name before it for a denial, "Meta will not have any";
          // any name of the sentence for a thing given, "a major blow to Scale AI")
          else if (!other && (claimDenies ? info.names.some((n) => sameName(n, owner)) : isNamed(nameBefore(info.names, info.text, at), owner))) other = info;
        }
        if (same) break;
      }
      if (same || !other) continue;
      const words = a.plain.slice(start, tokens[end].end);
      findings.push({
        kind: "unsupported-part",
        claimed: words,
        message: claimDenies ? `Sources give “${words}”: “${clip(other.text.trim(), 160)}”` : `Sources say ${owner.text} does not have “${words}”: “${clip(other.text.trim(), 160)}”`,
        range: ctx.view.rangeInPlain(ctx.claim, start, tokens[end].end),
        evidence: [ctx.view.citation(other, 1, [])],
      });
    }
    return { findings, evidence: [], unresolved: findings.length };
  },
};

function isNamed(name: NameMention | undefined, owner: NameMention): boolean {
  return !!name && sameName(name, owner);
}

/** The last name before `pos` in its clause, past a preposition's object ("Meta's 49% stake in Scale AI carries"): whose the thing is said to be. */
function nameBefore(names: readonly NameMention[], text: string, pos: number): NameMention | undefined {
  const [clauseStart] = clauseOf(text, pos);
  const before = names.filter((n) => n.end <= pos && n.start >= clauseStart);
  return before.filter((n) => !/\b(?:in|at|of|for|with|to|from|on|into)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, n.start - 10), n.start))).pop() ?? before.pop();
}

/** The phrase, and the same with its last word put as each other noun of a hold ("voting control", "voting power", "voting rights"). */
function sameHolds(phrase: string): string[] {
  const words = phrase.split(" ");
  if (words.length < 2 || !CURATED_SAME_HOLDS.includes(lemma(words[words.length - 1], "noun"))) return [phrase];
  return [phrase, ...CURATED_SAME_HOLDS.flatMap((h) => [h, `${h}s`]).map((h) => [...words.slice(0, -1), h].join(" ")).filter((p) => p !== phrase)];
}
