// Another agent: the sources say someone else did it to the same participant ("Microsoft agreed to
// take a stake in Scale AI" where Meta did; "OpenAI hired Alexandr Wang" where Meta did).
import type { ClaimCheck } from "../context";
import { factFinding, findingsForOutcome } from "../fact-findings";
import { doerOf, doersOf, namesNotIn, sameName } from "../facts";
import type { Predicate } from "../../meaning/facts";

export const wrongAgentCheck: ClaimCheck = {
  id: "wrong-agent",
  description: "The sources say someone else did this.",
  stage: "facts",
  run(ctx) {
    const out = findingsForOutcome(ctx, "other-agent", (f) => {
      // who did it on each side: the agent and any further names of its "by" phrase, or in a passive
      // without its doer, the one it happened to ("Jeffreys, not Catherall, was jailed"); of several,
      // those the other side leaves out ("Shelby, not Hazel" where "Ben and Shelby" were married
      // and the claim says "Ben and Hazel"; "Ryan Moore, not Sir Michael Stoute" rode)
      const theirs = f.outcome.kind === "other-agent" ? f.outcome.fact : undefined;
      if (!theirs || gerundObject(ctx.analysed.plain, f.fact)) return undefined;
      const mine = doersOf(f.fact);
      const all = doersOf(theirs);
      const claimedAgent = namesNotIn(mine, all)[0] ?? doerOf(f.fact);
      const others = namesNotIn(all, mine);
      const doers = (others.length ? others : all).map((d) => d.text);
      // (a claim's "he" or "she" against a doer of the other sex, or a common-noun subject against
      // another: the verb is underlined)
      const claimed = claimedAgent?.text ?? (f.fact.pronoun && `“${f.fact.pronoun}”`) ?? f.fact.subject;
      if (!doers.length && theirs.subject) doers.push(theirs.subject);
      if (!claimed || !doers.length) return undefined;
      const doer = doers.join(" and ");
      // (of doers of an act on no one, the source may give it to some and say nothing of the others
      // doing it too: "Google and Microsoft are pulling back" where "Google is discussing
      // partnerships with competitors, while Microsoft considers pulling back"; a part unsupported)
      const partly = !f.fact.passive && !f.fact.patients.length && mine.length > 1 && mine.some((n) => all.some((m) => sameName(n, m)));
      const found = partly
        ? factFinding(ctx, f, "unsupported-part", (quote) => `Sources say this of ${all.map((d) => d.text).join(" and ")}; none says it of ${claimed}: ${quote}`)
        : factFinding(ctx, f, "agent", (quote) => `Sources say ${doer}, not ${claimed}: ${quote}`, doer);
      // the name is what is wrong: underline it, not the verb
      return found && claimedAgent ? { ...found, claimed: claimedAgent.text, range: ctx.view.rangeInPlain(ctx.claim, claimedAgent.start, claimedAgent.end) } : found;
    });
    return { ...out, unresolved: out.findings.filter((f) => f.kind === "unsupported-part").length };
  },
};

/**
 * The act is a gerund whose doer is the object of a verb before it ("likened Google continuing to
 * work with Scale AI to …"): a thing compared or described, not an act the claim says was done.
 */
function gerundObject(text: string, p: Predicate): boolean {
  // (the gerund itself, or the verb it takes: "continuing to work")
  const gap = text.slice(p.agent?.end ?? 0, p.start);
  if (!p.agent || !(/^\p{L}+ing\b/u.test(text.slice(p.start)) && gap.trim() === "") && !/^\s+\p{L}+ing\s+to\s+$/u.test(gap)) return false;
  return /\b\p{Ll}+\s+$/u.test(text.slice(Math.max(0, p.agent.start - 30), p.agent.start));
}
