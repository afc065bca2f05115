// Roles: "Handshake CEO Garrett Lord", "Garrett Lord, CFO of Handshake" against the roles the
// sources state: someone else holds this role there, or this person holds another one.
import type { Finding } from "../../types";
import type { SentenceInfo } from "../../index/corpus";
import { findRoleFacts, mayStateRole, mayStateRoleOf, sameEntity, sameOrg, type RoleFact } from "../../entities/roles";
import { firstTermOf } from "../../text/tokens";
import type { CheckOutput, ClaimCheck, ClaimContext } from "../context";
import { plural } from "../spans";

/** Roles on an organisation's board, which its executives and founders may hold as well. */
const BOARD_ROLES = new Set(["director", "chair"]);

/** Words between a person and a role they are said to keep: "remains", "will stay on as". */
const REMAINING = /\b(?:remain|remains|remained|remaining|stay|stays|stayed|staying)\b/i;

/** Sentences read per name word when looking for the roles the sources state. */
const ROLE_SEARCH_LIMIT = 300;

export const roleCheck: ClaimCheck = {
  id: "role",
  description: "The wrong role for a person, or the wrong person for a role.",
  stage: "facts",
  run(ctx: ClaimContext): CheckOutput {
    const findings = roleFindings(ctx);
    return { findings, evidence: [], unresolved: findings.filter((f) => f.kind === "unsupported-part").length };
  },
};

/** A role with its modifier ("interim CEO"). */
function titleOf(r: RoleFact): string {
  return (r.modifier ? r.modifier + " " : "") + r.role;
}

function roleFindings(ctx: ClaimContext): Finding[] {
const { claim, analysed: a, candidates, view } = ctx;
  const facts = findRoleFacts(a.plain, a.names);
  if (!facts.length) return [];
  // role facts from the retrieved sentences and from sentences naming the people and organisations
  const pool = new Map<number, SentenceInfo>();
  for (const c of candidates) pool.set(c.doc, c);
  const findings: Finding[] = [];
  for (const f of facts) {
    // sentences naming the person with any role; sentences naming the organisation only when
    // they name this role (they can only show someone else holding it)
    const termsOf = (words: readonly string[]) => words.map((w) => firstTermOf(w)).filter((t): t is string => !!t);
    const lookups: [string, (text: string) => boolean][] = [
      ...termsOf(f.person.core).map((t): [string, (text: string) => boolean] => [t, mayStateRole]),
      ...termsOf(f.org?.core ?? []).map((t): [string, (text: string) => boolean] => [t, (text) => mayStateRoleOf(text, f.role)]),
    ];
    for (const [term, mayState] of lookups) {
      for (const doc of view.corpus.index.docsWith(term, ROLE_SEARCH_LIMIT)) {
        if (pool.has(doc)) continue;
        const s = view.corpus.sentence(doc);
        if (s && mayState(s.text) && s.roles.length) pool.set(doc, s);
      }
    }
    const sourceFacts = [...pool.values()].flatMap((s) => (mayStateRole(s.text) ? s.roles.map((r) => ({ r, s })) : []));
    const samePerson = sourceFacts.filter(({ r }) => sameEntity(r.person, f.person));
    // an interim or acting office is one of its own: "interim CEO" is not the CEO's title
    const office = (m: string | undefined) => (m && /^(?:interim|acting)$/i.test(m.trim()) ? m.trim().toLowerCase() : "");
    const claimedOffice = office(f.modifier);
    const sameRole = (x: string, modifier?: string) => x === f.role && (!claimedOffice || office(modifier) === claimedOffice);
    const titled = (claimedOffice ? claimedOffice + " " : "") + f.role;
    // one who stays in a role the sources give another as its interim or new holder does not stay
    // ("Alexandr Wang will remain Scale AI's chief executive" where "Scale AI's interim CEO Jason Droege";
    // not one who "remained CEO until …")
    const successor = f.org && !claimedOffice && !BOARD_ROLES.has(f.role) && REMAINING.test(a.plain.slice(f.person.end, f.start)) && !/\buntil\b/i.test(a.plain.slice(f.end)) ? sourceFacts.find(({ r }) => r.role === f.role && !!office(r.modifier) && !!r.org && sameOrg(r.org, f.org!) && !sameEntity(r.person, f.person)) : undefined;
    if (successor) {
      findings.push({
        kind: "person",
        claimed: f.person.text,
        expected: successor.r.person.text,
        support: 1,
        message: `Sources name ${successor.r.person.text} as ${titleOf(successor.r)} of ${successor.r.org!.text}: ${f.person.text} does not remain ${f.role}.`,
        range: view.rangeInPlain(claim, f.person.start, f.end),
        evidence: [view.citation(successor.s, 1, [])],
      });
      continue;
    }
    // the same role at the same organisation (or, without an organisation on either side, the same role)
    if (samePerson.some(({ r }) => sameRole(r.role, r.modifier) && (f.org ? !!r.org && sameOrg(r.org, f.org) : true))) continue;
    // someone else holds this role at this organisation
    const holder = f.org ? sourceFacts.find(({ r }) => sameRole(r.role, r.modifier) && r.org && sameOrg(r.org, f.org!) && !sameEntity(r.person, f.person)) : undefined;
    // the same role at another organisation only ("Meta hired Jason Droege as interim CEO" where
    // Scale AI appointed him): unstated (one may hold a role at two), not contradicted
    // (a role given without its organisation in a sentence naming one organisation only, and not the
    // claim's, is held there: "Scale AI is promoting Jason Droege, the chief strategy officer")
    const impliedOrg = (r: RoleFact, s: SentenceInfo) => {
      const others = s.names.filter((n) => !sameEntity(n, r.person));
      return others.length === 1 && !sameOrg(others[0], f.org!) ? others[0] : undefined;
    };
    const withOrg = (x: { r: RoleFact; s: SentenceInfo }) => (x.r.org ? x : { r: { ...x.r, org: impliedOrg(x.r, x.s) }, s: x.s });
    const elsewhere = f.org && !holder ? samePerson.map(withOrg).find(({ r }) => sameRole(r.role, r.modifier) && r.org && !sameOrg(r.org, f.org!)) : undefined;
    if (elsewhere) {
      findings.push({
        kind: "unsupported-part",
        claimed: f.org!.text,
        message: `Sources give ${f.person.text} this role at ${elsewhere.r.org!.text}, never at ${f.org!.text}.`,
        range: view.rangeInPlain(claim, f.org!.start, f.org!.end),
        evidence: [view.citation(elsewhere.s, 1, [])],
      });
      continue;
    }
    // a source naming this person's role without the organisation does not outweigh one that gives both to someone else
    if (!holder && samePerson.some(({ r }) => sameRole(r.role, r.modifier) && !r.org)) continue;
    if (holder) {
      const units = new Set(sourceFacts.filter(({ r }) => sameRole(r.role, r.modifier) && r.org && sameOrg(r.org, f.org!) && sameEntity(r.person, holder.r.person)).map(({ s }) => s.unit.id));
      findings.push({
        kind: "person",
        claimed: f.person.text,
        expected: holder.r.person.text,
        support: units.size,
        message: `Sources name ${holder.r.person.text} as ${titled} of ${holder.r.org!.text} (${plural(units.size, "article")}), not ${f.person.text}.`,
        range: view.rangeInPlain(claim, f.person.start, f.person.end),
        evidence: [view.citation(holder.s, 1, [])],
      });
      continue;
    }
    // this person holds another role at this organisation (a seat on its board goes with any other:
    // "Wang will stay on as a director of Scale" where he is its founder and CEO)
    const other = BOARD_ROLES.has(f.role) ? undefined : samePerson.find(({ r }) => f.org && r.org && sameOrg(r.org, f.org) && !sameRole(r.role));
    if (other) {
      const roles = [...new Set(samePerson.filter(({ r }) => r.org && f.org && sameOrg(r.org, f.org)).map(({ r }) => titleOf(r)))];
      findings.push({
        kind: "role",
        claimed: f.role,
        expected: roles[0],
        support: new Set(samePerson.map(({ s }) => s.unit.id)).size,
        message: `Sources call ${other.r.person.text} ${roles.join(" and ")} of ${other.r.org!.text}, not ${f.role}.`,
        range: view.rangeInPlain(claim, f.start, f.end),
        evidence: [view.citation(other.s, 1, [])],
      });
      continue;
    }
    // a role given without its organisation ("was promoted to CFO"), where the sources give this
    // person only others: unstated (they may hold it elsewhere), not contradicted
    if (!f.org && samePerson.length && !BOARD_ROLES.has(f.role)) {
      const roles = [...new Set(samePerson.map(({ r }) => titleOf(r)))];
      findings.push({
        kind: "unsupported-part",
        claimed: f.role,
        message: `Sources call ${f.person.text} ${roles.join(" and ")}, never ${f.role}.`,
        range: view.rangeInPlain(claim, f.start, f.end),
        evidence: [view.citation(samePerson[0].s, 1, [])],
      });
    }
  }
  return findings;
}
