// Which predicates report speech rather than state an act, and the doer of an act one is accused of:
// read by the fact extraction (./facts.ts).
import type { NameMention } from "../entities/names";
import type { TaggedToken } from "./tagger";
import { nextContent } from "./phrases";
import { ACCUSING_VERBS } from "./curated";

/** Lemmas of the verbs of speech. */
export const SPEECH_LEMMAS = new Set(
  "say tell write state add note explain call describe tweet post ask reply declare announce argue insist claim admit warn recall quip remark quote emphasize emphasise report confirm according accord cite predict stress acknowledge concede".split(" "),
);
/** Verbs that report what someone said only before a that-clause ("signaled at the conference that the company intended …"; not "the deal signals a shift"). */
const THAT_REPORTING_LEMMAS = new Set(["signal", "indicate", "hint", "disclose", "reveal", "mention", "suggest"]);
/** Verbs whose passive before "as"/"to" tells how an act is known, not an act ("is recorded as having enlisted"). */
const EVIDENTIAL_PASSIVES = new Set(["record", "list", "describe", "believe", "know", "consider", "think", "rumor", "rumour", "say", "report", "document", "credit"]);

/** "that" opens a clause after the verb in its clause, before any other verb ("signaled at the VivaTech conference in Paris that …"). */
function thatClauseAfter(tokens: readonly TaggedToken[], last: number, clauseEnd: number): boolean {
  for (let k = last + 1; k <= clauseEnd && k < tokens.length && k < last + 12; k++) {
    if (/^that$/i.test(tokens[k].text)) return true;
    if (tokens[k].pos === "VERB" || tokens[k].pos === "AUX" || /^[,;:]$/.test(tokens[k].text)) return false;
  }
  return false;
}

/**
 * The predicate (its lemma, its last word at `last`) reports speech: a verb of speech (not "report
 * to"), a passive of record or belief before "as"/"to" ("is recorded as having enlisted"), or a verb
 * that reports only before a that-clause.
 */
export function reportsSpeech(lemma: string, tokens: readonly TaggedToken[], last: number, clauseEnd: number, passive: boolean): boolean {
  if (SPEECH_LEMMAS.has(lemma)) return !(lemma === "report" && /^to$/i.test(nextContent(tokens, last + 1)?.text ?? ""));
  if (passive && EVIDENTIAL_PASSIVES.has(lemma) && /^(?:as|to)$/i.test(tokens[last + 1]?.text ?? "")) return true;
  return THAT_REPORTING_LEMMAS.has(lemma) && !passive && thatClauseAfter(tokens, last, clauseEnd);
}

/** The one accused of the gerund at `i` ("accused OpenAI of dangling …": OpenAI), if any. */
export function accusedOf(tokens: readonly TaggedToken[], i: number, nameAt: (t: TaggedToken) => NameMention | undefined): NameMention | undefined {
  if (!/ing$/i.test(tokens[i].text) || !/^of$/i.test(tokens[i - 1]?.text ?? "")) return undefined;
  const name = nameAt(tokens[i - 2]);
  if (!name) return undefined;
  let k = i - 2;
  while (k > 0 && nameAt(tokens[k - 1]) === name) k--;
  const verb = tokens[k - 1];
  return verb?.pos === "VERB" && ACCUSING_VERBS.has(verb.lemma) ? name : undefined;
}
