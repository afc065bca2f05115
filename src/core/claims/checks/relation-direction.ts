// A relation between two parties the other way round: "Scale AI will remain a customer of the US
// government" where "the US government is also one of Scale's customers"; "Meta had been one of the
// startup's biggest suppliers" where Meta is one of its biggest customers (a supplier is the converse
// of a customer); "Alphabet parent Google" where "Google parent Alphabet". Every word matches, so the
// words and the facts tick it. Relational nouns are read with their two parties (copula, apposition,
// possessive, "of"/"to", a title before a name), turned to one direction by their converse, and
// compared with the candidates' for the same pair. Stated only the other way round, the claim's
// direction is an unsupported part (both may hold: two firms may each buy from the other), as
// reversed-roles reports a copula.
import type { Finding } from "../../types";
import type { NameMention } from "../../entities/names";
import type { ClaimCheck } from "../context";
import { claimFacts, FACT_CANDIDATES, sameName } from "../facts";
import { clip, inSpan } from "../spans";

/** Each relational noun: the relation it names, and whether it names its converse (a supplier of Y: Y is the customer). */
const RELATIONS: ReadonlyMap<string, { relation: string; converse: boolean }> = new Map(
  (
    [
      [["customer", "client", "buyer"], "customer", false],
      [["supplier", "provider", "vendor"], "customer", true],
      [["parent", "owner"], "parent", false],
      [["subsidiary", "unit", "division"], "parent", true],
    ] as const
  ).flatMap(([nouns, relation, converse]) => nouns.map((noun) => [noun, { relation, converse }] as const)),
);
/** "the startup's", "the company's": an organisation named before. */
const ORGANISATION_REFERENCE = /^the\s+(?:company|firm|startup|start-up|group)$/i;

/** A relation between two parties: `holder` is the relation's noun to `of` ("Google is the customer of Scale AI"). */
interface Relation {
  holder: NameMention;
  relation: string;
  of: NameMention;
  /** The words that state it, for a message. */
  start: number;
  end: number;
}

/** After the holder's name (past a head noun of one word, "the US government is", and a relative clause): a copula, "one of" (or "counted among"), or an apposition's comma. */
const COPULA = /^(?:\s+[a-z]+)?(?:,\s*(?:which|who)\s[^,]{1,80},)?(?:\s+(?:is|was|are|were|has been|had been|have been|remains|remained|will remain|would remain|will be|became|becomes)\s+(?:also\s+|still\s+|now\s+)?(?:(?:counted|ranked|listed|numbered)\s+(?=among))?(?:(?:one\s+of|among)\s+)?|,\s+)/i;
/** The copula of a relative clause right after the holder's name: "Meta, which had been one of …". */
const RELATIVE_COPULA = /^,\s*(?:which|who)\s+(?:is|was|are|were|has been|had been|have been|remains|remained)\s+(?:also\s+|still\s+|long\s+)?(?:(?:one\s+of|among)\s+)?/i;
/** The relational noun's phrase: a possessor before it (group 1), the noun (2), a name after "of"/"to"/"for" (3). */
const NOUN_PHRASE = /^(?:(?:the|a|an|its|their)\s+)?(?:(the\s+(?:company|firm|startup|start-up|group)|[\p{Lu}][\p{L}\p{N}.&-]*(?:\s[\p{Lu}][\p{L}\p{N}.&-]*){0,3})(?:\s[a-z]+)?['’]s\s+)?(?:[a-z-]+\s+){0,3}?(customers?|clients?|buyers?|suppliers?|providers?|vendors?|parents?|owners?|subsidiar(?:y|ies)|units?|divisions?)\b(?:\s+(?:of|to|for)\s+(?:the\s+)?([\p{Lu}][\p{L}\p{N}.&-]*(?:\s[\p{Lu}][\p{L}\p{N}.&-]*){0,3}))?/u;
/** "Google parent Alphabet": a relation noun as a title between two names. */
const TITLE_BETWEEN = /^(?:['’]s)?\s+(parent|owner|subsidiary|unit|customer|client|supplier)\s+$/i;

/** The relations a sentence states between two names. */
function relationsIn(text: string, names: readonly NameMention[]): Relation[] {
  const out: Relation[] = [];
  const nameAt = (start: number, length: number) => names.find((n) => n.start >= start && n.start <= start + 5 && n.end <= start + length + 5);
  for (let i = 0; i < names.length; i++) {
    const holder = names[i];
    // a title between two names: "Google parent Alphabet" (Alphabet is Google's parent)
    const next = names[i + 1];
    const between = next ? TITLE_BETWEEN.exec(text.slice(holder.end, next.start)) : null;
    if (next && between) add(out, next, between[1], holder, holder.start, next.end);
    const after = text.slice(holder.end);
    // (a relative clause's own copula first: the main clause's may follow it)
    const read = [RELATIVE_COPULA, COPULA].map((pattern) => pattern.exec(after)).map((copula) => copula && { from: holder.end + copula[0].length, m: NOUN_PHRASE.exec(text.slice(holder.end + copula[0].length)) }).find((x) => x?.m);
    if (!read) continue;
    const { from, m } = read as { from: number; m: RegExpExecArray };
    const noun = m[2];
    // the other party: a possessor before the noun, or a name after "of"/"to"
    let of: NameMention | undefined;
    if (m[1] && ORGANISATION_REFERENCE.test(m[1])) of = [...names].reverse().find((n) => n.end <= from && n !== holder && !sameName(n, holder));
    else if (m[1]) of = nameAt(from + m[0].indexOf(m[1]), m[1].length);
    if (!of && m[3]) of = nameAt(from + m[0].lastIndexOf(m[3]), m[3].length);
    if (of && !sameName(of, holder)) add(out, holder, noun, of, holder.start, from + m[0].length);
  }
  return out;
}

function add(out: Relation[], holder: NameMention, noun: string, of: NameMention, start: number, end: number): void {
  const lemma = noun.toLowerCase().replace(/ies$/, "y").replace(/s$/, "");
  const r = RELATIONS.get(lemma);
  if (!r) return;
  out.push(r.converse ? { holder: of, relation: r.relation, of: holder, start, end } : { holder, relation: r.relation, of, start, end });
}

export const relationDirectionCheck: ClaimCheck = {
  id: "relation-direction",
  description: "A relation between two parties (customer, supplier, parent) that the sources state only the other way round.",
  stage: "facts",
  run(ctx) {
    const { analysed: a, view, claim } = ctx;
    const findings: Finding[] = [];
    const claimed = relationsIn(a.plain, a.names).filter((r) => !inSpan(r.start, a.quotes));
    // (a copula the facts already read reversed is reversed-roles' to report)
    if (!claimed.length || claimFacts(ctx).some((f) => f.fact.copula && f.outcome.kind === "reversed")) return { findings, evidence: [] };
    // (each candidate's relations read once, for all the claim's)
    const theirs = ctx.candidates.slice(0, FACT_CANDIDATES).flatMap((info) => relationsIn(info.text, info.names).map((relation) => ({ info, relation })));
    for (const r of claimed) {
      const same = theirs.filter((t) => t.relation.relation === r.relation);
      const stated = same.some((t) => sameName(t.relation.holder, r.holder) && sameName(t.relation.of, r.of));
      const reversed = same.find((t) => sameName(t.relation.holder, r.of) && sameName(t.relation.of, r.holder));
      if (stated || !reversed) continue;
      // (to the end of the other party's phrase: "the Danish navy"; a sentence's full stop is none of it)
      const head = /^\s[a-z]+\b/.exec(a.plain.slice(r.end));
      const words = a.plain.slice(r.start, r.end + (head ? head[0].length : 0)).replace(/\.$/, "");
      findings.push({
        kind: "unsupported-part",
        claimed: words,
        message: `No source says “${words}”; they say it the other way round: “${clip(reversed.info.text.trim(), 160)}”`,
        range: view.rangeInPlain(claim, r.start, r.end),
        evidence: [view.citation(reversed.info, 1, [])],
      });
    }
    return { findings, evidence: [], unresolved: findings.length };
  },
};
