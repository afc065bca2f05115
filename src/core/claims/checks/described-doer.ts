// A doer the sources describe by their relation to the claim's: "Meta is worried that working with
// Scale may reveal its research priorities" where "companies who compete with Meta … are worried
// that working with Scale may reveal their research priorities". The source's act is the claim's,
// but its subject is a common noun that names the claim's party only inside a relative clause or a
// phrase of rivalry ("who compete with Meta", "rivals of Meta"): someone else. (The same act, word for
// word, and the claim's party before it, as its subject.) Reported as an
// unsupported part: the sources say it of others and not of the claim's party.
import type { Finding } from "../../types";
import type { NameMention } from "../../entities/names";
import type { ClaimCheck } from "../context";
import { claimFacts, FACT_CANDIDATES, sameName } from "../facts";
import { predicatesOf } from "../../meaning/facts";
import { clauseOf, clip } from "../spans";

/** Before the claim's party inside the source's subject: a relative pronoun and its verb, or a preposition ("who compete with", "rivals of"). */
const NAMED_INSIDE = /\bwho\s+(?:\w+\s+){0,3}?(?:with|against|of|for|to)?\s*$|\b(?:rivals?|competitors?|peers?)\s+of\s+$/i;

export const describedDoerCheck: ClaimCheck = {
  id: "described-doer",
  description: "The sources give the claim's act to others they describe by their relation to the claim's party ('companies who compete with Meta').",
  stage: "facts",
  run(ctx) {
    const findings: Finding[] = [];
    for (const { fact, outcome } of claimFacts(ctx)) {
      if (outcome.kind !== "silent" || fact.speech || fact.copula) continue;
      // (the claim's one party: its doer, or the subject of its passive, "Meta is worried")
      const party: NameMention | undefined = fact.agent ?? (fact.passive && fact.patients.length === 1 ? fact.patients[0] : undefined);
      if (!party || party.end > fact.start) continue;
      for (const info of ctx.candidates.slice(0, FACT_CANDIDATES)) {
        const theirs = predicatesOf(info.text, info.names).find((p) => !p.agent && !(p.passive && p.patients.length) && p.negated === fact.negated && p.passive === fact.passive && p.lemma === fact.lemma);
        if (!theirs) continue;
        // (its subject: the clause before it, opening with a common noun, the party named inside it)
        const [start] = clauseOf(info.text, theirs.start);
        const subject = info.text.slice(start, theirs.start).replace(/^\s*(?:\w+\s+){0,4}?(?:stated|said|say|says|reported)\s+that\s+/i, "");
        const at = theirs.start - subject.length;
        // (a plural common noun heads it: "companies who compete with Meta", "rivals of Meta")
        if (!/^\s*(?:the\s+|many\s+|some\s+|other\s+)?\p{Ll}+s\s+(?:who\s|of\s)/u.test(subject)) continue;
        const inside = info.names.find((n) => n.start >= at && n.end <= theirs.start && sameName(n, party) && NAMED_INSIDE.test(info.text.slice(at, n.start)));
        if (!inside) continue;
        const who = clip(info.text.slice(at, theirs.start).trim().replace(/(?:^|\s)(?:are|is|was|were|have been|has been)$/i, "").trimEnd(), 80);
        findings.push({
          kind: "unsupported-part",
          claimed: party.text,
          expected: who,
          message: `Sources say this of “${who}”, not of ${party.text}: “${clip(info.text.trim(), 160)}”`,
          range: ctx.view.rangeInPlain(ctx.claim, party.start, party.end),
          evidence: [ctx.view.citation(info, 1, [])],
        });
        break;
      }
    }
    return { findings, evidence: [], unresolved: findings.length };
  },
};
