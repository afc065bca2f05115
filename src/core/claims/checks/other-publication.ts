// A report given to the wrong publication: "Bloomberg reported Google's plan to sever its ties with
// Scale AI" where the sources give the plan as Reuters's report ("Google plans to cut ties with Scale,
// Reuters reported") and no source has Bloomberg report it. The fact itself is sourced, so the words
// pass for support; who reported it is the claim's own part. Only names the sources themselves cite
// as publications are read as such ("Reuters reported", "according to Bloomberg"), and the finding
// is an unsupported part: a publication the sources do not mention may still have reported it.
import type { Finding } from "../../types";
import type { SentenceInfo } from "../../index/corpus";
import type { NameMention } from "../../entities/names";
import type { ClaimCheck } from "../context";
import { claimFacts, FACT_CANDIDATES, sameName, statesDoersAct } from "../facts";
import { citedPublication } from "../../text/speech";
import { clip } from "../spans";

export const otherPublicationCheck: ClaimCheck = {
  id: "other-publication",
  description: "The claim credits a report to a publication; the sources give it as another's report.",
  stage: "facts",
  run(ctx) {
    const findings: Finding[] = [];
    const a = ctx.analysed;
    const candidates = ctx.candidates.slice(0, FACT_CANDIDATES);
    const cited = a.names.filter((n) => citedPublication(a.plain, n.start, n.end) && citedAnywhere(n, candidates));
    if (cited.length !== 1) return { findings, evidence: [] };
    const publication = cited[0];
    for (const { fact, outcome } of claimFacts(ctx)) {
      if (outcome.kind !== "stated" || fact.speech || fact.negated) continue;
      // the sentences that state the fact (the one found, and the candidates with its act and doer)
      const stating = [outcome.source, ...candidates.filter((info) => info !== outcome.source && statesDoersAct(info, fact))];
      if (stating.some((info) => cites(info, publication))) continue;
      const other = stating.map((info) => ({ info, by: publicationsOf(info).filter((m) => !sameName(m, publication)) })).find((x) => x.by.length);
      if (!other) continue;
      findings.push({
        kind: "unsupported-part",
        claimed: publication.text,
        expected: other.by[0].text,
        message: `Sources give this as ${other.by[0].text}'s report, not ${publication.text}'s: “${clip(other.info.text.trim(), 160)}”`,
        range: ctx.view.rangeInPlain(ctx.claim, publication.start, publication.end),
        evidence: [ctx.view.citation(other.info, 1, [])],
      });
      break;
    }
    return { findings, evidence: [], unresolved: findings.length };
  },
};

/** The publications a source sentence cites. */
function publicationsOf(info: SentenceInfo): NameMention[] {
  return info.names.filter((m) => citedPublication(info.text, m.start, m.end));
}

/** The sentence cites the publication (one beside it may cite it for something else). */
function cites(info: SentenceInfo, publication: NameMention): boolean {
  return publicationsOf(info).some((m) => sameName(m, publication));
}

/** Some source cites the name as a publication: it is one. */
function citedAnywhere(n: NameMention, candidates: readonly SentenceInfo[]): boolean {
  return candidates.some((info) => publicationsOf(info).some((m) => sameName(m, n)));
}
