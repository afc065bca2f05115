// An organisation's own "it" after its verb of speech ("Scale AI said it would not share …"): the
// act's doer, which the facts of ./facts otherwise leave unknown.
import type { NameMention } from "../entities/names";
import { genderOf } from "../entities/gender";
import { ORG_HINT } from "../entities/collect";
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
    if (p.agent || p.passive || p.speech || !said.speech || !/^\s+(?:that\s+)?it\s+(?:[a-z']+\s+){0,3}$/i.test(text.slice(said.end, p.start))) continue;
    const org = said.agent ?? names.find((n) => n.end <= said.start && /^['’]s\s+(?:[\w-]+\s+){0,2}$/.test(text.slice(n.end, said.start)));
    // (an organisation by its form, as the entity view tells them: one word or an organisation's
    // last word; not a person, known by a first name or title)
    if (!org || genderOf(org, text) || !(org.core.length === 1 || ORG_HINT.test(org.text))) continue;
    facts[k] = { ...p, agent: org, subject: undefined };
  }
}
