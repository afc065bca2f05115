// An organisation's own "it": after its verb of speech ("Scale AI said it would not share …") or in
// a later clause of its own sentence ("OpenAI scaled back its use …, though it had spent far less"):
// the act's doer, which the facts of ./facts otherwise leave unknown.
import type { NameMention } from "../entities/names";
import { genderOf } from "../entities/gender";
import { ORG_HINT } from "../entities/collect";
import { citedAccordingTo } from "../text/speech";
import type { Predicate } from "./facts";

/**
 * An organisation's own "it" after its verb of speech: "Scale AI said it would not share …", "Scale
 * AI's executives said that it would not share …": the act is the organisation's (not a person's:
 * "Wang said it would" speaks of something else).
 */
export function speakersOwnIt(facts: Predicate[], text: string, names: readonly NameMention[]): void {
  for (let k = 1; k < facts.length; k++) {
    const p = facts[k];
    const said = facts[k - 1];
    if (p.agent || p.passive || p.speech || !said.speech) continue;
    const org = said.agent ?? names.find((n) => n.end <= said.start && /^['’]s\s+(?:[\w-]+\s+){0,2}$/.test(text.slice(n.end, said.start)));
    // (a speaker named by a noun alone speaks of itself with "it" or "they": "One smaller shareholder
    // said they planned to sell off their remaining stake"); "they" is the noun's even when it has
    // an owner ("One of Scale's smaller shareholders said they planned")
    const pronoun = /^\s+(?:that\s+)?(it|they)(?:['’](?:s|ll|d|re))?\s+(?:[a-z']+\s+){0,3}$/i.exec(text.slice(said.end, p.start));
    if (said.subject && !p.subject && !p.pronoun && pronoun && (!org || pronoun[1].toLowerCase() === "they")) {
      facts[k] = { ...p, subject: said.subject };
      continue;
    }
    // (contracted too: "confirmed it's cutting ties")
    if (!/^\s+(?:that\s+)?it(?:['’](?:s|ll|d))?\s+(?:[a-z']+\s+){0,3}$/i.test(text.slice(said.end, p.start))) continue;
    if (!org || !isOrganisation(org, text)) continue;
    facts[k] = { ...p, agent: org, subject: undefined };
  }
  // a later clause's "it" (after a comma or a conjunction), of the sentence's first doer when that
  // is an organisation
  const first = facts.find((f) => f.agent && !f.speech && !f.passive);
  if (!first || !isOrganisation(first.agent!, text)) return;
  for (let k = 0; k < facts.length; k++) {
    const p = facts[k];
    if (p.start <= first.end || p.agent || p.passive || p.speech) continue;
    const between = text.slice(first.end, p.start);
    if (!/(?:,|\b(?:though|although|but|and|while|because|since|so))\s+it(?:['’](?:s|ll|d))?\s+(?:[a-z']+\s+){0,3}$/i.test(between)) continue;
    // (not when another name stands between, which "it" may be: "Wang left Scale AI, and it hired"; a
    // source the sentence cites is none: "according to Reuters")
    if (names.some((n) => n.start >= first.end && n.end <= p.start && !citedAccordingTo(text, n.start))) continue;
    facts[k] = { ...p, agent: first.agent, subject: undefined };
  }
}

/** An organisation by its form, as the entity view tells them: one word or an organisation's last word; not a person, known by a first name or title. */
function isOrganisation(n: NameMention, text: string): boolean {
  return !genderOf(n, text) && (n.core.length === 1 || ORG_HINT.test(n.text));
}
