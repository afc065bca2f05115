// Who holds which role where: "Handshake CEO Garrett Lord", "Garrett Lord, CEO of Handshake",
// "Jason Droege, the chief strategy officer", "Scale AI's interim CEO Jason Droege".
import { findNames, lowerCore, type NameMention } from "./names";

export interface RoleFact {
  person: NameMention;
  /** Canonical role: "CEO", "CFO", "chief strategy officer", "founder" … */
  role: string;
  /** "interim", "former", "co-" when written. */
  modifier?: string;
  org?: NameMention;
  start: number;
  end: number;
}

const ROLE_ALIASES: [RegExp, string][] = [
  [/^chief executive(?: officer)?$|^ceo$/i, "CEO"],
  [/^chief financial officer$|^cfo$|^finance chief$|^head of finance$/i, "CFO"],
  [/^chief operating officer$|^coo$|^head of operations$/i, "COO"],
  [/^chief technology officer$|^cto$|^head of technology$/i, "CTO"],
  // (the head of a function is its chief officer: "head of strategy" is the chief strategy officer)
  [/^head of (?:strategy|product|marketing|revenue|people|legal|research|data|information)$/i, ""],
  [/^(?:co-?)?founder$/i, "founder"],
  [/^spokes(?:person|man|woman)$/i, "spokesperson"],
  [/^chair(?:man|woman)?$/i, "chair"],
];

// Role words, longest first; bounded alternation, no nested quantifiers.
const ROLE_RE =
  /\b(interim |former |acting |then-)?(chief (?:executive|financial|operating|technology|strategy|product|marketing|revenue|people|legal|scientist|science|data|information|commercial|business|research) officer|chief executive|chief scientist|finance chief|general counsel|co-?founder|founder|CEO|CFO|COO|CTO|president|chairman|chairwoman|chair|spokesperson|spokesman|spokeswoman|director|managing director|head of [A-Z][\w-]*|analyst|partner)\b/gi;

/** The role words, as a pattern to build other expressions on (group 1 the modifier, group 2 the role). */
export const ROLE_PATTERN = ROLE_RE.source;

/** False when a text cannot state a role (a superset of ROLE_RE's words, without word bounds): a cheap filter. */
const ROLE_HINT = /chief|counsel|founder|ceo|cfo|coo|cto|president|chair|spokes|director|head of|analyst|partner/i;
export function mayStateRole(text: string): boolean {
  return ROLE_HINT.test(text);
}

/** False when a text cannot state this canonical role (a superset test of the words that name it). */
const ROLE_WORDS_OF: Record<string, RegExp> = {
  CEO: /ceo|chief executive/i,
  CFO: /cfo|chief financial|finance chief/i,
  COO: /coo|chief operating/i,
  CTO: /cto|chief technology/i,
  founder: /founder/i,
  spokesperson: /spokes/i,
  chair: /chair/i,
};
export function mayStateRoleOf(text: string, role: string): boolean {
  const words = ROLE_WORDS_OF[role];
  return words ? words.test(text) : text.toLowerCase().includes(role.toLowerCase());
}

export function canonicalRole(role: string): string {
  const r = role.trim().replace(/\s+/g, " ");
  for (const [re, canon] of ROLE_ALIASES) if (re.test(r)) return canon || `chief ${r.slice("head of ".length).toLowerCase()} officer`;
  return r.toLowerCase();
}

/**
 * What stands between a person's name and the role they hold, held or are given ("Droege, the
 * company's chief strategy officer", "Droege had served as the startup's CFO", "Droege moved up from CFO", "Wang stays behind as CEO").
 */
const ROLE_GAP =
  /^(?:,\s(?:the |its |who is (?:the )?|now |(?:previously|formerly|until recently|until then) (?:the |its )?|an? |(?:the|its|his|her|their) (?:company|firm|startup|start-up|group)['’]s )?|(?:, (?:the|its|an?) [^,]{1,40},|, who [^,]{1,60},|, \p{Lu}[^,]{1,50},|,)? (?:who )?(?:is|was|(?:has|had) (?:previously |formerly |once )?been|became|remains|remained|(?:will|would) (?:remain|stay|be)|(?:(?:has|had) )?(?:(?:previously|formerly) )?(?:served|serves|worked|works|(?:been |was |is )?(?:serving|working)) as) (?:now )?(?:the |its |an? |(?:the|its|his|her|their) (?:[a-z-]+ )?(?:company|firm|startup|start-up|group)['’]s )?|,? (?:who )?(?:(?:has|had) )?(?:moved up|was promoted|has been promoted|had been promoted|rose|stepped up|was elevated) from (?:the |its |his |her |their )?(?:(?:post|role|position|job) of )?|,? (?:who )?(?:(?:is|was|has been|had been|will be) )?(?:promoted to|named|appointed|appointed as|elevated to) (?:the |its |an? )?|,? (?:who )?(?:will |would |is |was |will be |would be )?(?:take|takes|took|taking|step|steps|stepped|stepping) (?:over|in|up) as (?:the |its |an? )?|,? (?:who )?(?:will |would |is |was |will be |would be )?(?:stay|stays|stayed|staying|remain|remains|remained|remaining) (?:on |behind )?as (?:the |its |an? )?)$/u;

/** A relative clause (or an apposition) set off by commas and a copula between a person and their role: ", who commented on the deal, is ", ", Scale's new interim CEO, had previously been ". */
const RELATIVE_GAP = /, (?:who [^,]{1,100}|\p{Lu}[^,]{1,60}), (?:is|was|(?:has|had) (?:previously |formerly |once )?been|became|remains|(?:(?:has|had) )?(?:(?:previously|formerly) )?(?:served|serves|worked|works|(?:been |was |is )?(?:serving|working)) as) (?:now )?(?:the |its |an? |(?:the|its|his|her|their) (?:company|firm|startup|start-up|group)['’]s )?$/u;

/** A verb of describing or naming right before the person it gives a role "as": "described", "identified", "referred to". */
const DESCRIBING_BEFORE = /\b(?:described|describes|describe|identified|identifies|regarded|regards|considered|considers|called|calls|referred to|refers to|introduced|introduces)\s+$/i;

/** A noun of relation between two names, the first qualifying it: "Scale rival Turing", "Google parent Alphabet". */
const RELATION_NOUN_GAP = /^ (?:rival|competitor|partner|customer|client|supplier|vendor|parent|owner|subsidiary|unit|affiliate|investor|backer|peer|spinoff|spin-off)s? $/;

/** What stands between an organisation and the person it gives a role ("Meta hired", "has appointed"). */
const HIRING_GAP = /^ (?:has |have |had |will |would )?(?:hired|hires|hire|appointed|appoints|appoint|named|names|tapped|taps|picked|picks|chose|chooses|recruited|recruits) $/;

/** Role facts stated in one sentence (or claim). `names` defaults to findNames(text). */
export function findRoleFacts(text: string, names: NameMention[] = findNames(text)): RoleFact[] {
  const facts: RoleFact[] = [];
  const nameEndingAt = (pos: number, gap: RegExp) => {
    for (let i = names.length - 1; i >= 0; i--) {
      const n = names[i];
      if (n.end > pos) continue;
      // the possessive was stripped from the name: allow "'s" in the gap
      return gap.test(text.slice(n.end, pos)) ? n : undefined;
    }
    return undefined;
  };
  const nameStartingAt = (pos: number, gap: RegExp) => {
    for (const n of names) {
      if (n.start < pos) continue;
      return gap.test(text.slice(pos, n.start)) ? n : undefined;
    }
    return undefined;
  };
  ROLE_RE.lastIndex = 0;
  for (let m = ROLE_RE.exec(text); m; m = ROLE_RE.exec(text)) {
    const start = m.index;
    const end = m.index + m[0].length;
    // an all-caps role must be written in caps ("ceo" in prose is rare; "director" is lower-case)
    const roleText = m[2];
    if (/^(?:ceo|cfo|coo|cto)$/.test(roleText)) continue;
    // the head of an organisation is its chief executive ("the head of Labelbox"); the head of
    // something an organisation has is not ("head of Meta's superintelligence unit", "head of Research")
    const headed = /^head of /i.test(roleText) ? nameStartingAt(end - roleText.length + "head of ".length, /^$/) : undefined;
    const headsOrg = headed && !/^['’]s?\b/.test(text.slice(headed.end, headed.end + 2)) ? headed : undefined;
    const role = headsOrg ? "CEO" : canonicalRole(roleText);
    const modifier = m[1]?.trim().replace(/-$/, "") || undefined;
    // organisation: right before ("Handshake CEO", "Scale AI's CEO") or after "of" ("CEO of Handshake",
    // "CEO of rival company Snorkel AI")
    // (past "new" or "current": "Scale's new interim CEO")
    let org = headsOrg ?? nameEndingAt(start, /^(?:['’]s)?\s{1,2}(?:(?:new|current|newly appointed) )?$/u);
    let orgBefore = !headsOrg;
    if (!org) {
      // (or "of rival Handshake")
      org = nameStartingAt(end, /^ (?:of|at) (?:the )?(?:(?:rival |[a-z]+-[a-z]+ )?(?:company|firm|startup|start-up|group) |rival )?$/);
      orgBefore = false;
      // (a name that qualifies a noun of relation names another firm: "CEO of Scale rival Turing")
      const qualified = org && nameStartingAt(org.end, RELATION_NOUN_GAP);
      if (qualified) org = qualified;
    }
    // person: right after ("CEO Garrett Lord", "CEO, Alexandr Wang") or before ("Garrett Lord, CEO of")
    let person = nameStartingAt(end, /^,? $/);
    if (person && org === person) person = undefined;
    // (a one-word name after "the … founder" and before a verb is a relative clause's subject: "the
    // Scale founder Meta hired", not the founder Meta)
    if (person && person.core.length === 1 && /^ [a-z]+\b/.test(text.slice(person.end, person.end + 20)) && /\b(?:the|a|an)\s+(?:[\p{L}\p{N}.&'’-]+\s+){0,3}$/iu.test(text.slice(Math.max(0, start - 40), start))) person = undefined;
    if (!person) {
      const anchor = org && orgBefore ? org.start : start;
      // "Garrett Lord, the CEO of", "Garrett Lord is the CEO of", "Lord, who served as CEO of"; a role
      // given ("Lord was promoted to CFO", "was named CEO", "will take over as interim CEO")
      person = nameEndingAt(anchor, ROLE_GAP);
      // (past a relative clause with names of its own: "Sarah Friar, who commented on the Scale deal, is OpenAI's CFO")
      const relative = person ? undefined : RELATIVE_GAP.exec(text.slice(Math.max(0, anchor - 160), anchor));
      if (relative) person = nameEndingAt(anchor - relative[0].length, /^$/);
      // (a role a verb of describing gives: "described Jason Droege as Scale's former CFO")
      if (!person) {
        const described = nameEndingAt(anchor, /^ as (?:the |its |an? )?$/);
        if (described && DESCRIBING_BEFORE.test(text.slice(Math.max(0, described.start - 24), described.start))) person = described;
      }
      // a role given by its organisation: "Meta hired Jason Droege as interim CEO", "Scale AI
      // appointed Droege as CEO" (the organisation is the one that hires)
      if (!person && !org) {
        const hired = nameEndingAt(start, /^ as (?:the |its |an? )?$/);
        const by = hired && nameEndingAt(hired.start, HIRING_GAP);
        if (hired && by) {
          person = hired;
          org = by;
        }
      }
    }
    if (!person || person === org) continue;
    // a one-word "person" directly after a role is usually a company ("CEO Scale"): require two words
    if (person.core.length < 2 && !/^[A-Z][a-z]+$/.test(person.text)) continue;
    facts.push({ person, role, modifier, org, start, end });
  }
  // one who heads, leads or runs an organisation is its chief executive ("Alex Ratner, who heads the
  // rival data-labeling firm Labelbox"); not what the organisation has ("leads Meta's superintelligence unit")
  HEADS_RE.lastIndex = 0;
  for (let m = HEADS_RE.exec(text); m; m = HEADS_RE.exec(text)) {
    const named = nameStartingAt(m.index + m[0].length, /^$/);
    // (past a name qualifying a noun of relation: "runs Scale rival Snorkel AI")
    const org = (named && nameStartingAt(named.end, RELATION_NOUN_GAP)) || named;
    const person = nameEndingAt(m.index, /^(?:,\s(?:who\s)?|\s)$/);
    if (!org || !person || org === person || person.core.length < 2 || /^['’]s?\b/.test(text.slice(org.end, org.end + 2))) continue;
    facts.push({ person, role: "CEO", org, start: m.index, end: m.index + m[0].length });
  }
  return facts;
}

/** A verb of heading an organisation, before its name past a description ("heads the rival data-labeling firm"). */
const HEADS_RE = /\b(?:heads|leads|runs)\s(?:the\s)?(?:(?:rival|[a-z]+-[a-z]+)\s){0,2}(?:(?:company|firm|startup|start-up|group)\s)?/g;

/** Whether two names refer to the same person or organisation: same words, or same last name. */
export function sameEntity(a: NameMention, b: NameMention): boolean {
  const la = lowerCore(a.core);
  const lb = lowerCore(b.core);
  if (la.key === lb.key) return true;
  if (la.words[la.words.length - 1] !== lb.words[lb.words.length - 1]) return false;
  // "Wang" vs "Alexandr Wang": one is the other's last name; "Hayley Carney" vs "American Hayley
  // Carney": one ends with the other
  const [short, long] = la.words.length <= lb.words.length ? [la, lb] : [lb, la];
  return short.words.length === 1 || short.words[0] === long.words[0] || long.words.slice(long.words.length - short.words.length).join(" ") === short.key;
}

/** Organisations match by identifying words: "Scale" and "Scale AI", "Meta" and "Meta Platforms Inc.". */
export function sameOrg(a: NameMention, b: NameMention): boolean {
  const ka = lowerCore(a.core).key;
  const kb = lowerCore(b.core).key;
  return ka === kb || ka.startsWith(kb + " ") || kb.startsWith(ka + " ");
}
