// A comparison turned round: "Despite spending significantly more than Google, OpenAI chose to
// withdraw" where the source says OpenAI "had spent far less than Google". The predicate and the
// names agree, so the facts match; the comparative says the opposite. Where a source sentence about
// the claim's names compares the same act with the same comparand ("than Google") the other way
// ("less" against "more", "lower" against "higher"), the claim is contradicted.
import type { Finding } from "../../types";
import type { NameMention } from "../../entities/names";
import { type ClaimCheck } from "../context";
import { FACT_CANDIDATES, sameName } from "../facts";
import { clip, inSpan } from "../spans";
import { tagSentence, type TaggedToken } from "../../meaning/tagger";
import { lemma } from "../../meaning/lexicon";
import { measureFamily } from "../../meaning/measures";

/** Each comparative word with its direction. */
const DIRECTION: ReadonlyMap<string, 1 | -1> = new Map([
  ...["more", "greater", "higher", "larger", "bigger", "longer", "older", "faster", "stronger"].map((w) => [w, 1] as const),
  ...["less", "fewer", "lower", "smaller", "shorter", "younger", "slower", "weaker"].map((w) => [w, -1] as const),
]);
/** How far before the comparative the act it compares may stand ("spent far less", "spending significantly more"). */
const ACT_REACH = 4;

interface Comparison {
  direction: 1 | -1;
  /** The lemma of the act compared ("spend"). */
  act: string;
  than: NameMention;
  start: number;
  end: number;
}

/** "VERB … more than NAME": the comparisons of a sentence whose comparand is a name. */
function comparisonsIn(text: string, names: readonly NameMention[]): Comparison[] {
  // (most sentences compare nothing: no need to tag them)
  if (!/\bthan\b/i.test(text)) return [];
  const tokens = tagSentence(text);
  const out: Comparison[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const direction = DIRECTION.get(tokens[i].text.toLowerCase());
    if (!direction) continue;
    const at = thanAfter(tokens, i);
    if (at < 0) continue;
    const than = names.find((n) => n.start === tokens[at + 1]?.start);
    // (or the noun of an act a copula compares: "OpenAI's outlay on Scale's services was larger than Google's")
    const act = actBefore(tokens, i) ?? ownedActNoun(tokens, i);
    // (acts of one measure are one: "spent" and "outlay" are payments)
    if (than && act) out.push({ direction, act: measureFamily(act.text) ?? lemma(act.text, act.pos === "NOUN" ? "noun" : "verb"), than, start: act.start, end: than.end });
  }
  return out;
}

/** Words between a comparative and its "than": what is compared ("more data expertise than", "less specialized data than") or where ("spent more with the startup than"). */
const COMPARED_WORDS = /^(?:NOUN|ADJ|DET)$/;
const COMPARED_REACH = 4;

/** The index of the "than" of the comparative at i, right after it or past the words it compares; -1 if none. */
function thanAfter(tokens: readonly TaggedToken[], i: number): number {
  for (let k = i + 1; k < tokens.length && k <= i + 1 + COMPARED_REACH; k++) {
    if (/^than$/i.test(tokens[k].text)) return k;
    const t = tokens[k];
    if (!(COMPARED_WORDS.test(t.pos) || (t.pos === "VERB" && /ed$/i.test(t.text)) || (t.pos === "ADP" && /^(?:with|on|in|for)$/i.test(t.text)))) return -1;
  }
  return -1;
}

/** The subject noun a possessor owns, of a copula right before the comparative at i: "OpenAI's outlay (on …) was larger". */
function ownedActNoun(tokens: readonly TaggedToken[], i: number): TaggedToken | undefined {
  let k = i - 1;
  while (k >= 0 && tokens[k].pos === "ADV") k--;
  if (tokens[k]?.pos !== "AUX" || tokens[k].lemma !== "be") return undefined;
  // (the subject's own possessor, the first: not "Scale's services" in its phrase)
  for (let j = Math.max(1, k - 8); j < k; j++) if (/^['’]s$/.test(tokens[j].text) && tokens[j - 1].pos === "PROPN" && tokens[j + 1]?.pos === "NOUN") return tokens[j + 1];
  return undefined;
}

/** The verb a comparative right after it measures, past adverbs ("spent far less"; a gerund the tagger read as a noun: "despite spending more"). */
function actBefore(tokens: readonly TaggedToken[], i: number): TaggedToken | undefined {
  for (let k = i - 1; k >= 0 && k >= i - ACT_REACH; k--) {
    if (tokens[k].pos === "VERB" || (tokens[k].pos === "NOUN" && /ing$/i.test(tokens[k].text))) return tokens[k];
    if (tokens[k].pos !== "ADV" && tokens[k].pos !== "ADJ") return undefined;
  }
  return undefined;
}

export const oppositeComparisonCheck: ClaimCheck = {
  id: "opposite-comparison",
  description: "The sources compare the same act with the same comparand the other way round ('less than', not 'more than').",
  stage: "facts",
  run(ctx) {
    const { analysed: a, view, claim } = ctx;
    const findings: Finding[] = [];
    for (const c of comparisonsIn(a.plain, a.names)) {
      if (inSpan(c.start, a.quotes)) continue;
      // (the source must speak of the claim's other names too, in its sentence or beside it)
      const others = a.names.filter((n) => !sameName(n, c.than) && !inSpan(n.start, a.quotes));
      for (const info of ctx.candidates.slice(0, FACT_CANDIDATES)) {
        const theirs = comparisonsIn(info.text, info.names).find((s) => s.act === c.act && sameName(s.than, c.than));
        if (!theirs || theirs.direction === c.direction) continue;
        if (others.length && !view.namesIn(others, view.corpus.windowOf(info))) continue;
        const said = info.text.slice(theirs.start, theirs.end);
        const claimed = a.plain.slice(c.start, c.end);
        findings.push({
          kind: "predicate",
          claimed,
          expected: said,
          support: 1,
          message: `Sources say “${said}”, not “${claimed}”: “${clip(info.text.trim(), 160)}”`,
          range: view.rangeInPlain(claim, c.start, c.end),
          evidence: [view.citation(info, 1, [])],
        });
        break;
      }
    }
    return { findings, evidence: [] };
  },
};
