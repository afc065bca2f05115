// Acts that a role noun states: "Scale AI's founder Alexandr Wang" says that Alexandr Wang founded
// Scale AI, as "Alexandr Wang founded Scale AI" would. Only roles named after the act their holder
// did (an agent noun: founder → found); a chief executive's title says nothing of one act. Read on
// the sources' side by ../claims/facts.ts, so that "Scale AI was founded by Jason Droege" meets the
// founder the sources name.
import type { NameMention } from "../entities/names";
import { findRoleFacts, mayStateRoleOf } from "../entities/roles";
import type { Predicate } from "./facts";

/** The act each agent-noun role names, by canonical role. */
const ACT_OF_ROLE: Record<string, string> = { founder: "found" };

/** The agent nouns of an act, singular and plural ("founder", "founders" of "found"), to search for the role that states it. */
export function agentNouns(act: string): string[] {
  return Object.keys(ACT_OF_ROLE)
    .filter((role) => ACT_OF_ROLE[role] === act)
    .flatMap((role) => [role, `${role}s`]);
}

/** The facts the sentence's agent-noun roles state: the holder did the act to the organisation. */
export function roleActs(text: string, names: NameMention[]): Predicate[] {
  if (!Object.keys(ACT_OF_ROLE).some((role) => mayStateRoleOf(text, role))) return [];
  const out: Predicate[] = [];
  for (const r of findRoleFacts(text, names)) {
    const lemma = ACT_OF_ROLE[r.role];
    // (one of several founders, "co-founder", leaves the others open: another's founding is no contradiction)
    if (!lemma || !r.org || /\bco-?founder/i.test(text.slice(r.start, r.end))) continue;
    out.push({ lemma, start: r.start, end: r.end, negated: false, hedged: false, agent: r.person, patients: [r.org], speech: false, passive: false });
  }
  return out;
}
