// What a giving verb says its recipient has: "Meta's stake gives it voting power" and "the deal
// gives Meta voting power" say that Meta has voting power, as "Meta will have voting power" does,
// so that a source's "Meta will not have any voting power" denies them. Read by ./facts.ts.
import type { NameMention } from "../entities/names";
import type { Predicate } from "./facts";
import type { TaggedToken } from "./tagger";
import { objectOf } from "./phrases";
import { possessorBefore } from "./name-phrases";

/** Verbs whose first object is who comes to have the second ("gives it control", "grants Meta a seat"). */
const GIVING = new Set(["give", "grant", "hand", "award", "entitle"]);
/** Giving verbs whose second object follows "to": "entitles it to voting rights". */
const GIVING_TO = new Set(["entitle"]);

/**
 * The recipient's having of the object of a giving verb at tokens[i..last]: the recipient named
 * right after the verb, or "it"/"them" standing for the owner of the verb's subject ("Meta's stake
 * gives it"); undefined without both a recipient and an object noun after it.
 */
export function recipientHas(tokens: readonly TaggedToken[], i: number, last: number, clauseEnd: number, fact: Predicate, subjectAt: number | undefined, nameAt: (t: TaggedToken) => NameMention | undefined, names: readonly NameMention[]): Predicate | undefined {
  if (!GIVING.has(fact.lemma) || fact.passive || fact.copula) return undefined;
  const next = tokens[last + 1];
  if (!next) return undefined;
  let recipient: NameMention | undefined;
  let end = last + 1;
  if (/^(?:it|them)$/i.test(next.text) && next.pos === "PRON") {
    // ("it" is the subject's owner only when the subject belongs to someone)
    // (a possessed gerund is such a subject too, which the tagger may leave a verb, past its phrase:
    // "Meta's 49% holding (in Scale AI) gives it")
    const owned = subjectAt ?? gerundSubject(tokens, i);
    recipient = owned !== undefined && !fact.agent ? possessorBefore(tokens, owned, nameAt, names) : undefined;
  } else {
    recipient = nameAt(next);
    while (recipient && tokens[end + 1] && nameAt(tokens[end + 1]) === recipient) end++;
  }
  if (!recipient) return undefined;
  const to = GIVING_TO.has(fact.lemma) && /^to$/i.test(tokens[end + 1]?.text ?? "") ? 1 : 0;
  const object = objectOf(tokens, end + to, clauseEnd);
  if (!object) return undefined;
  const patients = fact.patients.filter((n) => n !== recipient);
  // ("gives Harbour Bank no voting power": the verb's own negation may not reach past a long name)
  const denied = fact.negated || /^no$/i.test(tokens[end + 1]?.text ?? "");
  return { lemma: "have", object, start: fact.start, end: tokens[end].end, negated: denied, hedged: fact.hedged, ...(fact.unasserted ? { unasserted: fact.unasserted } : {}), agent: recipient, patients, speech: false, passive: false };
}

/** The -ing word heading the subject right before the verb at tokens[i], past a phrase of its own ("holding in Scale AI"). */
function gerundSubject(tokens: readonly TaggedToken[], i: number): number | undefined {
  for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
    if (/ing$/i.test(tokens[k].text) && tokens[k].pos === "VERB") return k;
    if (!["PROPN", "ADP", "DET", "NOUN", "NUM", "SYM", "ADJ"].includes(tokens[k].pos)) return undefined;
  }
  return undefined;
}
