// What only one can be, given by the claim to a group it names by a noun, where the sources give it to
// someone they name: "Self-driving car makers are Scale AI's largest customers" passes on its other
// words ("self-driving car companies" are among the customers), but "the largest customer of Scale
// AI" is Google. Only for a copula's noun with a superlative that no fact of the claim's matched
// (a named holder is the facts' business: "Meta is Scale AI's largest customer" is another doer).
// Likewise where the sources give it to another group, said either way round: "its largest customers
// are generative AI firms" against "Scale AI's largest customers are self-driving vehicle makers".
import type { Finding } from "../../types";
import type { SentenceInfo } from "../../index/corpus";
import type { ClaimCheck, ClaimContext } from "../context";
import { claimFacts, FACT_CANDIDATES } from "../facts";
import { clip, inSpan } from "../spans";
import { predicatesOf, type Predicate } from "../../meaning/facts";
import { lemma, relatePredicates } from "../../meaning/lexicon";
import { sizeSynonym } from "../../meaning/curated";
import { superlativeBase } from "../../meaning/phrases";
import { sameSubjectNoun, sharePatient } from "../participants";

export const oneOfAKindCheck: ClaimCheck = {
  id: "one-of-a-kind",
  description: "The claim gives what only one can be (the largest customer) to a group it names by a noun, where the sources give it to someone they name or to another group.",
  stage: "facts",
  run(ctx) {
    const findings: Finding[] = [];
    const a = ctx.analysed;
    // (the facts of the sentences read, once for both looks)
    let facts: Read[] | undefined;
    const readFacts = () => (facts ??= ctx.candidates.slice(0, FACT_CANDIDATES).flatMap((info) => predicatesOf(info.text, info.names).map((q) => ({ q, info }))));
    for (const { fact, outcome } of claimFacts(ctx)) {
      if (!fact.copula || !fact.unique || fact.agent || !fact.subject || fact.negated || outcome.kind !== "silent" || inSpan(fact.start, a.quotes)) continue;
      const read = readFacts();
      const holder = read.find(({ q }) => q.copula && !q.negated && q.agent && q.unique === fact.unique && relatePredicates(q.lemma, fact.lemma) === "same" && (!fact.patients.length || sharePatient(fact, q)));
      // (unless a source says it of that group the other way round: "its largest customers are
      // generative AI firms", where Google is also "the largest customer")
      if (!holder || read.some(({ q }) => q.copula && !q.negated && sameSubjectNoun(q.subject, fact.lemma) && sameSubjectNoun(q.lemma, fact.subject))) continue;
      const words = a.plain.slice(fact.start, fact.end);
      findings.push({
        kind: "unsupported-part",
        claimed: words,
        expected: holder.q.agent!.text,
        message: `Sources give this to ${holder.q.agent!.text} (“${words}”): “${clip(holder.info.text.trim(), 160)}”`,
        range: ctx.view.rangeInPlain(ctx.claim, fact.start, fact.end),
        evidence: [ctx.view.citation(holder.info, 1, [])],
      });
    }
    // (and where the sources give it to another group by its noun, said either way round: "its
    // largest customers are generative AI firms" against "Scale AI's largest customers are
    // self-driving vehicle manufacturers")
    if (!findings.length) {
      const other = otherGroupHolder(ctx, readFacts);
      if (other) findings.push(other);
    }
    return { findings, evidence: [], unresolved: findings.length };
  },
};

/** What only one can be, as a copula says it: the holder's noun, the kind's noun, the superlative. */
interface OneOfAKind {
  holder: string;
  kind: string;
  unique: string;
}

/** A superlative right before the subject noun the copula follows: "its largest customers are". */
const SUPERLATIVE_SUBJECT = /\b(largest|biggest|top|main)\s+([a-z-]+)\s+(?:are|is|were|was|remain|remains)\s*$/i;

/** The one-of-a-kind a copula states, either way round ("X makers are its largest customers", "its largest customers are X makers"). */
function oneOfAKind(p: Predicate, text: string): OneOfAKind | undefined {
  if (!p.copula || !p.subject || p.agent || p.negated) return undefined;
  if (p.unique) return { holder: p.subject, kind: p.lemma, unique: p.unique };
  const m = SUPERLATIVE_SUBJECT.exec(text.slice(Math.max(0, p.start - 40), p.start + 4));
  if (!m || !sameSubjectNoun(lemma(m[2].toLowerCase(), "noun"), p.subject)) return undefined;
  return { holder: p.lemma, kind: p.subject, unique: sizeSynonym(superlativeBase(m[1]) ?? m[1].toLowerCase()) };
}

/** A fact of a sentence read, with its sentence. */
interface Read {
  q: Predicate;
  info: SentenceInfo;
}

function otherGroupHolder(ctx: ClaimContext, readFacts: () => Read[]): Finding | undefined {
  const a = ctx.analysed;
  for (const { fact, outcome } of claimFacts(ctx)) {
    if (outcome.kind !== "silent" || inSpan(fact.start, a.quotes)) continue;
    const ours = oneOfAKind(fact, a.plain);
    if (!ours) continue;
    const read = readFacts().map(({ q, info }) => ({ q, info, theirs: oneOfAKind(q, info.text) }));
    const same = (t: OneOfAKind | undefined) => !!t && t.unique === ours.unique && sameSubjectNoun(t.kind, ours.kind);
    // (a source giving it to the claim's group settles it the claim's way)
    if (read.some(({ theirs }) => same(theirs) && sameSubjectNoun(theirs!.holder, ours.holder))) continue;
    const other = read.find(({ theirs }) => same(theirs) && !sameSubjectNoun(theirs!.holder, ours.holder));
    if (!other) continue;
    const words = a.plain.slice(fact.start, fact.end);
    const theirWords = other.info.text.slice(other.q.start, other.q.end).replace(/^(?:are|is|were|was|remains?)\s+/i, "");
    return {
      kind: "unsupported-part",
      claimed: words,
      expected: theirWords,
      message: `Sources give this to ${theirWords} (“${words}”): “${clip(other.info.text.trim(), 160)}”`,
      range: ctx.view.rangeInPlain(ctx.claim, fact.start, fact.end),
      evidence: [ctx.view.citation(other.info, 1, [])],
    };
  }
  return undefined;
}
