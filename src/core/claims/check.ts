// Decides what the sources say about one sentence of a draft: the orchestrator of the checks.
//
// 1. Analyse the claim (analysis.ts) and retrieve candidate passages with BM25 over source sentences.
// 2. Run the `facts` checks (checks/): figures, quotes, roles. Each returns findings and the
//    source sentences it took as evidence.
// 3. Find the passages that support the claim and each part of a long one (support.ts).
// 4. Run the `unexplained` checks when nothing was found, decide the verdict (verdict.ts), then run
//    the `supported` checks on a supported claim.
import type { ClaimResult, Finding } from "../types";
import type { Quantity } from "../quantities";
import { analyseClaim, checkable, keepRealNames, truecase, worthChecking } from "./analysis";
import { withDescribedNames } from "./descriptions";
import { CLAIM_CHECKS } from "./checks";
import { CITED_COVERAGE, CorpusView, RETRIEVE, dedupeCitations, type CheckContext, type CheckStage, type ClaimContext, type ClaimInput, type Passage } from "./context";
import { findSupport, unsupportedFindings } from "./support";
import { decideVerdict } from "./verdict";
import { sameRange } from "../text/lines";

export type { CheckContext, ClaimInput } from "./context";

/** Citations shown for a claim that is not contradicted. */
const MAX_CITATIONS = 6;
/** Passages of the whole claim considered for its citations. */
const MAX_CLAIM_PASSAGES = 5;

export class ClaimChecker {
  private readonly view: CorpusView;

  constructor(ctx: CheckContext) {
    this.view = new CorpusView(ctx);
  }

  check(claim: ClaimInput): ClaimResult {
    const view = this.view;
    const base: ClaimResult = { range: claim.range, text: claim.text, verdict: "unchecked", citations: [], findings: [] };
    const ignoreWords = new Set(claim.ignoreWords ?? []);
    const analysed = analyseClaim(claim.plain, ignoreWords, view);
    if (!worthChecking(analysed)) return base;
    const candidates = view.sentences(view.corpus.index.search([...analysed.terms.keys()], RETRIEVE).map((h) => h.doc));
    const cased = truecase(analysed.plain, candidates);
    // (analysed again: a cased month makes a date of "april 6", and its words are then a figure's)
    if (cased !== analysed.plain) Object.assign(analysed, analyseClaim(cased, ignoreWords, view));
    analysed.names = keepRealNames(analysed, candidates);
    analysed.names = withDescribedNames(view, analysed, candidates);
    // a claim without a figure, quote or name is only confirmed: supported when a passage covers
    // it, otherwise left unchecked (its words alone are too weak to call it unsupported)
    const confirmOnly = !checkable(analysed);

    const findings: Finding[] = [];
    const evidence = new Set<number>();
    const unknownFigures: Quantity[] = [];
    let unresolved = 0;
    const run = (stage: CheckStage, extra: Partial<ClaimContext> = {}) => {
      for (const check of CLAIM_CHECKS) {
        if (check.stage !== stage) continue;
        // each check sees the evidence of the stages before its own, never of its peers
        const ctx: ClaimContext = { claim, analysed, candidates, view, evidence: new Set(evidence), ...extra };
        const out = check.run(ctx);
        findings.push(...out.findings);
        out.evidence.forEach((d) => evidence.add(d));
        unknownFigures.push(...(out.unknownFigures ?? []));
        unresolved += out.unresolved ?? 0;
      }
    };
    run("facts");

    const support = findSupport(view, analysed, candidates, evidence, unknownFigures);
    unresolved += support.unstated.length;
    if (!findings.length && unresolved === 0) run("unexplained");

    const verdict = decideVerdict(findings, !!support.supporting || support.partsOk, unresolved);
    // (parts a check already reported as unsupported, such as an unstated cause, are not counted again)
    const reported = findings.filter((f) => f.kind === "unsupported-part").length;
    if (verdict === "unsupported") findings.push(...unsupportedFindings(view, claim, analysed, support, unresolved - reported, reported > 0));
    // (a source naming another doer of the act, of the other sex than the claim's "he" or "she",
    // is evidence enough: "claimed he was sleeping" where "he thought Ms Catherall was sleeping")
    if (confirmOnly && verdict !== "supported" && !findings.some((f) => f.kind === "agent")) return base;
    base.verdict = verdict;
    base.findings = findings;
    if (verdict === "contradicted") base.citations = dedupeCitations(findings.flatMap((f) => f.evidence ?? []));
    else {
      // the best passage first, then the passage of each part that the first does not cover
      const first = support.best.filter((p) => p.coverage >= support.needed * CITED_COVERAGE || evidence.has(p.info.doc)).slice(0, MAX_CLAIM_PASSAGES);
      const ofParts = support.parts.length > 1 ? support.parts.map((p) => p.passage).filter((p): p is Passage => !!p) : [];
      base.citations = dedupeCitations([...first.slice(0, 1), ...ofParts, ...first.slice(1)].map((p) => view.citation(p.info, p.coverage, p.matched))).slice(0, MAX_CITATIONS);
    }
    if (verdict === "supported") run("supported", { support: { citations: base.citations, needed: support.needed } });
    // one finding per kind and span: a later check saying the same of the same words adds nothing
    // ("Tomas Reyes": the wrong person for the role, and for the words he is said to have said)
    base.findings = findings.filter((f, i) => !findings.slice(0, i).some((g) => g.kind === f.kind && g.claimed === f.claimed && !!g.range && !!f.range && sameRange(g.range, f.range)));
    return base;
  }
}
