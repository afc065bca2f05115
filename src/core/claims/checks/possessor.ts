// A possessor taken for what it possesses: the claim ends a phrase with a name where the sources
// go on to what belongs to it ("have begun the search for Michael Carrick" where "the search for
// Michael Carrick's long-term replacement"): a cut phrase that names the wrong one.
import type { Finding } from "../../types";
import type { ClaimCheck, ClaimContext } from "../context";
import { FACT_CANDIDATES } from "../facts";
import { clip, inSpan } from "../spans";

/** Words before the name that must match too, so that the phrase is the same one. */
const LEAD_WORDS = 3;
/** "'s" and the possessed noun phrase's first words (up to its end or a comma). */
const POSSESSED = /^['’]s\s+((?:[\p{L}\p{N}-]+\s+){0,2}[\p{L}\p{N}-]+)/u;

export const possessorCheck: ClaimCheck = {
  id: "possessor",
  description: "The claim names someone where the sources speak of something of theirs.",
  stage: "facts",
  run(ctx) {
    const found = possessorFor(ctx);
    return { findings: found ? [found] : [], evidence: [] };
  },
};

function possessorFor(ctx: ClaimContext): Finding | undefined {
  const { analysed: a, candidates, view, claim } = ctx;
  for (const n of a.names) {
    if (inSpan(n.start, a.quotes)) continue;
    // the name ends the claim or a phrase of it
    if (!/^\s*(?:[.,;:!?]|$)/.test(a.plain.slice(n.end))) continue;
    const lead = a.plain.slice(0, n.start).trim().split(/\s+/).slice(-LEAD_WORDS);
    if (lead.length < LEAD_WORDS || lead.some((w) => !/^[\p{L}-]+$/u.test(w))) continue;
    const phrase = normal([...lead, n.text].join(" "));
    let possessed: { name: string; text: string; info: (typeof candidates)[number] } | undefined;
    for (const info of candidates.slice(0, FACT_CANDIDATES)) {
      const flat = info.text.replace(/\s+/g, " ");
      const text = flat.toLowerCase();
      // (a letter whose lower case is longer would shift the offsets)
      if (text.length !== flat.length) continue;
      for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
        const m = POSSESSED.exec(flat.slice(at + phrase.length));
        // the phrase as the claim has it, without a possessed noun: the claim stands
        if (!m) return undefined;
        // (the name as the source writes it)
        const name = flat.slice(at + phrase.length - n.text.length, at + phrase.length);
        possessed ??= { name, text: `${name}’s ${m[1]}`, info };
      }
    }
    if (!possessed) continue;
    const { name, text, info } = possessed;
    return {
      kind: "person",
      claimed: n.text,
      expected: text,
      support: 1,
      message: `Sources say ${text}, not ${name}: “${clip(info.text.trim(), 160)}”`,
      range: view.rangeInPlain(claim, n.start, n.end),
      evidence: [view.citation(info, 1, [])],
    };
  }
  return undefined;
}

function normal(text: string): string {
  return text.replace(/\s+/g, " ").toLowerCase();
}
