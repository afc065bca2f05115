// A name added to a list: "Scale AI's investors, including Accel and Labelbox, will benefit greatly"
// where the source lists "Accel and Index Ventures". Labelbox is in the sources (as a rival), so
// every word of the claim is found somewhere; but the list says each member does what the others
// do. A member that no source sentence saying the rest of the claim names, while another member is
// named there, is an unsupported part.
import type { Finding } from "../../types";
import type { NameMention } from "../../entities/names";
import { hasShareOf, keyTermsIn, type ClaimCheck } from "../context";
import { FACT_CANDIDATES, sameName } from "../facts";
import { clip, inSpan } from "../spans";
import { termOf } from "../../text/tokens";

/** What joins two members of a list: a comma, "and", ", and". */
const LIST_GAP = /^(?:,\s*|\s+)(?:(?:and|as well as)\s+)?$/;
/** The gap before a list's last member. (Not "or": alternatives do not say each member does it.) */
const CONJOINED = /\b(?:and|as well as)\s+$/;
/** Share of the claim's words outside the list a source sentence must have to say the rest of it. */
const REST_COVERAGE = 0.6;
/** A claim saying fewer other key words than this says too little to read the list against. */
const MIN_REST_TERMS = 3;

/** Runs of two or more names joined as one list, its last two by "and" ("Accel and Labelbox", "Google, Microsoft and xAI"); commas alone join an apposition ("Google, Scale AI's top client"). */
function listsIn(text: string, names: readonly NameMention[]): NameMention[][] {
  const lists: NameMention[][] = [];
  let run: NameMention[] = [];
  for (const n of names) {
    const gap = run.length ? text.slice(run[run.length - 1].end, n.start) : "";
    // ("and" closes a list; a comma joins only members before the last: "Google, Microsoft and xAI")
    if (run.length && LIST_GAP.test(gap) && CONJOINED.test(gap)) {
      lists.push([...run, n]);
      run = [n];
    } else if (run.length && /^,\s*$/.test(gap)) run.push(n);
    else run = [n];
  }
  return lists;
}

export const listMemberCheck: ClaimCheck = {
  id: "list-member",
  description: "A name in a list of the claim that the sources do not list with the others.",
  stage: "facts",
  run(ctx) {
    const { analysed: a, view, claim } = ctx;
    const findings: Finding[] = [];
    for (const list of listsIn(a.plain, a.names)) {
      if (list.some((n) => inSpan(n.start, a.quotes))) continue;
      const start = list[0].start;
      const end = list[list.length - 1].end;
      const listTerms = new Set(list.flatMap((n) => n.core.map(termOf)));
      const rest = [...keyTermsIn(a, 0, start), ...keyTermsIn(a, end)].filter((t) => !listTerms.has(t));
      if (rest.length < MIN_REST_TERMS) continue;
      const sayRest = ctx.candidates.slice(0, FACT_CANDIDATES).filter((info) => hasShareOf(info.termSet, rest, REST_COVERAGE));
      // (in the same sentence: a list is stated at once)
      // (or by its first word, for members sharing a head noun: "the Freer and Sackler Galleries" is
      // "the Freer Gallery of Art and Arthur M. Sackler Gallery")
      const namedBy = (n: NameMention) => sayRest.find((info) => info.names.some((m) => sameName(m, n) || m.core.includes(n.core[0])));
      const found = list.map((n) => ({ name: n, info: namedBy(n) }));
      const withOthers = found.find((f) => f.info);
      if (!withOthers) continue;
      for (const { name, info } of found) {
        if (info) continue;
        findings.push({
          kind: "unsupported-part",
          claimed: name.text,
          message: `Sources list ${withOthers.name.text} here without ${name.text}: “${clip(withOthers.info!.text.trim(), 160)}”`,
          range: view.rangeInPlain(claim, name.start, name.end),
          evidence: [view.citation(withOthers.info!, 1, [])],
        });
      }
    }
    return { findings, evidence: [], unresolved: findings.length };
  },
};
