// A participant named by the role they hold at an organisation ("Scale AI's founder was poached by
// Google"): the person the sources give that role there, when they give it to exactly one, stands in
// the claim's fact as if named, so that the facts compare doers ("Sources say Meta, not Google").
import type { NameMention } from "../entities/names";
import type { SentenceInfo } from "../index/corpus";
import { canonicalRole, ROLE_PATTERN, sameOrg } from "../entities/roles";
import type { Predicate } from "../meaning/facts";
import { termOf } from "../text/tokens";
import type { ClaimContext } from "./context";
import { FACT_CANDIDATES } from "./fact-candidates";
import { sameName } from "./references";

/** An organisation's name, "'s", a role, then only auxiliaries before the predicate: "Scale AI's founder was". */
const OWNED_ROLE_BEFORE = new RegExp(`['’]s\\s+(${ROLE_PATTERN})\\s+(?:(?:was|is|has been|had been|will be|will|would|has|had|did|does)\\s+)?$`, "i");
/** Sentences a search for a role at an organisation ranks. */
const ROLE_SEARCH = 16;

/**
 * The sentences to read for who holds a role at an organisation: those a search by the
 * organisation's name and `roleWords` ranks, then the claim's candidates.
 */
export function sentencesOnRole(ctx: ClaimContext, org: NameMention, roleWords: readonly string[]): SentenceInfo[] {
  return [...ctx.view.sentences(ctx.view.corpus.index.search([...org.core, ...roleWords].map(termOf), ROLE_SEARCH).map((h) => h.doc)), ...ctx.candidates.slice(0, FACT_CANDIDATES)];
}

/** The claim's predicates with a role holder put in where the subject names one by role only. */
export function withRoleHolders(ctx: ClaimContext, predicates: readonly Predicate[], names: readonly NameMention[]): Predicate[] {
  const text = ctx.analysed.plain;
  return predicates.map((p) => {
    if (p.speech || p.copula || (p.passive ? p.patients.length : p.agent)) return p;
    const before = text.slice(Math.max(0, p.start - 60), p.start);
    const m = OWNED_ROLE_BEFORE.exec(before);
    if (!m) return p;
    const ownerEnd = p.start - before.length + m.index;
    const org = names.find((n) => n.end === ownerEnd);
    if (!org) return p;
    const holder = roleHolder(ctx, org, canonicalRole(m[1]));
    if (!holder) return p;
    // (standing where the claim's words are: the organisation's name to the end of the role)
    const stand: NameMention = { ...holder, start: org.start, end: ownerEnd + m[0].indexOf(m[1]) + m[1].length, initial: false };
    return p.passive ? { ...p, patients: [stand] } : { ...p, agent: stand, subject: undefined, owned: undefined };
  });
}

/** The one person the sentences read give `role` at `org` (none when they give it to several or to none). */
function roleHolder(ctx: ClaimContext, org: NameMention, role: string): NameMention | undefined {
  const holders: NameMention[] = [];
  for (const info of sentencesOnRole(ctx, org, role.split(/\s+/)))
    for (const r of info.roles)
      if (r.role === role && !r.modifier && r.org && sameOrg(r.org, org) && !holders.some((h) => sameName(h, r.person))) holders.push(r.person);
  return holders.length === 1 ? holders[0] : undefined;
}
