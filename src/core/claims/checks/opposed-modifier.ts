// An adjective put in for its opposite before the same noun, about the same one: "Google ranked
// among Scale AI's smaller customers" where the sources call Google "Scale's largest customer";
// "leans heavily on a large number of small customers" where "a small number of large customers".
// The words and the names all match, and no predicate differs, so nothing else sees it. Where a
// sentence read gives the same noun the opposite adjective (a WordNet antonym, through the size
// synonyms: "largest" against "smaller") about the same holder (a name in apposition to the phrase
// or linked to it by a verb of being) and the same possessor, and no sentence read gives the
// claim's own adjective (or one of the same sense) to that noun of that holder, the claim is
// contradicted.
import type { Finding } from "../../types";
import type { NameMention } from "../../entities/names";
import type { SentenceInfo } from "../../index/corpus";
import { hasShareOf, keyTermsIn, type ClaimCheck } from "../context";
import { FACT_CANDIDATES, sameName } from "../facts";
import { clip, inSpan } from "../spans";
import { tagSentence, type TaggedToken } from "../../meaning/tagger";
import { lemma, opposedAdjectives, relatePredicates } from "../../meaning/lexicon";
import { sizeSynonym } from "../../meaning/curated";

/** Share of the claim's key words a sentence must have to speak of what the claim does. */
const SENTENCE_SHARE = 0.4;
/** A comparative adjective ("smaller", "larger"). */
const COMPARATIVE = /[a-z]er$/i;
/** A superlative adjective ("largest", "youngest"). */
const SUPERLATIVE = /est$/;
/** The share it must have for a phrase said of no one named. */
const UNHELD_SHARE = 0.6;

interface Modified {
  adjective: string;
  /** Lemma of the noun it modifies. */
  noun: string;
  start: number;
  end: number;
  /** Whose the noun is: the name before it with "'s" ("Scale AI's smaller customers") or after it with "of". */
  possessor?: NameMention;
  /** What the phrase is said of: a name in apposition to it or linked to it by a verb of being. */
  holder?: NameMention;
}

/** Adjective-noun phrases of a sentence, with whose noun it is and what they are said of. */
function modifiedNouns(text: string, names: readonly NameMention[]): Modified[] {
  const tokens = tagSentence(text);
  const out: Modified[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    // (and a comparative after its noun: "annual compensation packages smaller than those bonuses")
    // (or in a relative clause of being: "annual pay packages that were smaller")
    const relative = tokens[i].pos === "NOUN" && /^(?:that|which)$/i.test(tokens[i + 1]?.text ?? "") && /^(?:is|are|was|were)$/i.test(tokens[i + 2]?.text ?? "") && tokens[i + 3]?.pos === "ADJ" && COMPARATIVE.test(tokens[i + 3].text);
    if ((tokens[i].pos === "NOUN" && tokens[i + 1].pos === "ADJ" && /^than$/i.test(tokens[i + 2]?.text ?? "")) || relative) {
      const noun = tokens[i];
      const adjective = tokens[relative ? i + 3 : i + 1];
      const possessor = names.find((n) => /^['’]s\s+$/.test(text.slice(n.end, noun.start)));
      out.push({ adjective: adjective.text.toLowerCase(), noun: lemma(noun.text.toLowerCase(), "noun"), start: noun.start, end: adjective.end, possessor, holder: undefined });
      continue;
    }
    if (tokens[i].pos !== "ADJ") continue;
    // (past the other adjectives of the noun: "even larger annual compensation packages")
    let k = i + 1;
    while (tokens[k]?.pos === "ADJ" && k < i + 3) k++;
    if (tokens[k]?.pos !== "NOUN") continue;
    const noun = headOf(tokens, k);
    const start = tokens[i].start;
    const end = noun.end;
    // (before it with "'s", or after it with "of": "the largest customer of Scale AI")
    const possessor = names.find((n) => /^['’]s\s+$/.test(text.slice(n.end, start))) ?? names.find((n) => /^\s+of\s+(?:the\s+)?$/.test(text.slice(end, n.start)));
    out.push({ adjective: tokens[i].text.toLowerCase(), noun: lemma(noun.text.toLowerCase(), "noun"), start, end, possessor, holder: holderOf(text, names, start, end, possessor) });
  }
  return out;
}

/** The last noun of a compound starting at `k` ("data suppliers"). */
function headOf(tokens: readonly TaggedToken[], k: number): TaggedToken {
  while (tokens[k + 1]?.pos === "NOUN") k++;
  return tokens[k];
}

/** Between a name and the phrase said of it: an apposition or a linking verb ("Google, the largest customer", "Google ranked among Scale AI's smaller customers"). */
const HOLDER_BEFORE = /^(?:\s*,\s*|\s+(?:is|was|are|were|has been|had been|remains|remained|ranks|ranked|became|becomes)\s+)(?:(?:one of|among)\s+)?(?:(?:the|its|their|his|her|an?)\s+)?$/;
/** Between the phrase and a name it is said of: "its biggest client, Google", "big clients, including Google". */
const HOLDER_AFTER = /^\s*,\s*(?:(?:including|such as|like|namely)\s+)?$/;

/** The name the phrase is said of: in apposition to it or linked to it by a verb of being (not its possessor). */
function holderOf(text: string, names: readonly NameMention[], start: number, end: number, possessor: NameMention | undefined): NameMention | undefined {
  // (the possessor before the phrase stands between: "Google ranked among Scale AI's")
  const before = possessor && possessor.end <= start ? possessor.start : start;
  const prior = names.filter((n) => n !== possessor && n.end <= before).pop();
  if (prior && HOLDER_BEFORE.test(text.slice(prior.end, before))) return prior;
  const after = possessor && possessor.start >= end ? possessor.end : end;
  const next = names.find((n) => n !== possessor && n.start >= after);
  return next && HOLDER_AFTER.test(text.slice(after, next.start)) ? next : undefined;
}

const same = (x: NameMention | undefined, y: NameMention | undefined) => (!x && !y) || (!!x && !!y && sameName(x, y));
/** The two adjectives say the same: one lemma, or the same size ("biggest", "largest"). */
function sameSense(a: string, b: string): boolean {
  const [la, lb] = [lemma(a, "adj"), lemma(b, "adj")];
  return la === lb || sizeSynonym(la) === sizeSynonym(lb);
}

/** One noun or its synonym ("customer", "client"). */
function sameNoun(a: string, b: string): boolean {
  return a === b || relatePredicates(a, b) === "same";
}

export const opposedModifierCheck: ClaimCheck = {
  id: "opposed-modifier",
  description: "The sources give the same noun of the same one the opposite adjective ('largest customer', not 'smaller customers').",
  stage: "facts",
  run(ctx) {
    const { analysed: a, view, claim } = ctx;
    const findings: Finding[] = [];
    // (a superlative of the claim ranks: the rank check's, "one of Nimbus's smallest customers")
    const phrases = modifiedNouns(a.plain, a.names).filter((m) => !inSpan(m.start, a.quotes) && !SUPERLATIVE.test(m.adjective));
    if (!phrases.length) return { findings, evidence: [] };
    const terms = keyTermsIn(a, 0);
    const read = ctx.candidates.slice(0, FACT_CANDIDATES).filter((info) => hasShareOf(info.termSet, terms, SENTENCE_SHARE));
    const theirs = read.map((info) => ({ info, phrases: modifiedNouns(info.text, info.names) }));
    for (const m of phrases) {
      const about = (s: Modified) => sameNoun(s.noun, m.noun) && same(s.holder, m.holder) && (!m.possessor || !s.possessor || sameName(m.possessor, s.possessor));
      // (a sentence that gives the claim's adjective, or one of its sense, to the noun of the same one, or of no one named, says it too)
      if (theirs.some((t) => t.phrases.some((s) => sameNoun(s.noun, m.noun) && sameSense(s.adjective, m.adjective) && (!s.holder || !m.holder || sameName(s.holder, m.holder))))) continue;
      // (a phrase said of no one must stand in a sentence that says more of the rest)
      // (with the sentences around it, which name whom it speaks of: "Ratner … began fielding calls.
      // Then came the inquiries …, resulting in … potential deals")
      const mayTell = (info: SentenceInfo) => !!(m.holder || m.possessor) || hasShareOf(info.termSet, terms, UNHELD_SHARE) || hasShareOf(new Set(view.corpus.windowOf(info).flatMap((w) => [...w.termSet])), terms, UNHELD_SHARE);
      const opposed = theirs.filter((t) => mayTell(t.info)).map((t) => ({ info: t.info, s: t.phrases.find((s) => about(s) && opposedAdjectives(s.adjective, m.adjective)) })).find((x) => x.s);
      if (!opposed?.s) continue;
      const said = opposed.info.text.slice(opposed.s.start, opposed.s.end);
      const claimed = a.plain.slice(m.start, m.end);
      findings.push({
        kind: "predicate",
        claimed,
        expected: said,
        support: 1,
        message: `Sources say “${said}”, not “${claimed}”: “${clip(opposed.info.text.trim(), 160)}”`,
        range: view.rangeInPlain(claim, m.start, m.end),
        evidence: [view.citation(opposed.info, 1, [])],
      });
    }
    return { findings, evidence: [] };
  },
};
