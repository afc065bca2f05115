// A day or a period the sources give otherwise: "Droege reassured customers … in a Friday post" where
// "in a Wednesday post"; "Google had planned to pay Scale AI roughly $200 million last year" where
// "this year"; "after Meta announced the deal last month" where "last week". The rest of the claim
// passes on its words, and a weekday or a relative period is one word among many. Where the source
// sentences that say the rest of the claim (its names in them or beside them) give a time of the same
// kind (a weekday; this, last or next year, month or week) and none gives the claim's, the claim's
// time is an unsupported part, quoting the sources' own. (Not a contradiction: a relative period is
// relative to when each text was written.)
import type { Finding } from "../../types";
import { keyTermsIn, sayingTheSame, type ClaimCheck } from "../context";
import { FACT_CANDIDATES } from "../facts";
import { clip, inSpan } from "../spans";

/** A weekday (group 1), or a period relative to the time of writing (group 2: which one, group 3: its unit; group 4: the unit of "the end of the year", this one's). */
const TIME_WORD = /\b(?:(monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(this|last|next|past|previous) (year|month|week|decade)|(?:end|rest|remainder) of the (year|month|week|decade))\b/gi;
/** Share of the claim's other key words a source sentence must have to say the same thing. */
const SAME_THING_COVERAGE = 0.6;
/** Fewer key words than this in the time's own clause say too little: the whole claim's are read. */
const MIN_CLAUSE_TERMS = 4;

interface TimeWord {
  /** "weekday", "year" (a year or a decade), or "recent" (a month or a week). */
  kind: string;
  /** "wednesday", "last year" (with "past" and "previous" as "last"). */
  value: string;
  start: number;
  end: number;
  text: string;
}

function timeWordsIn(text: string): TimeWord[] {
  const out: TimeWord[] = [];
  TIME_WORD.lastIndex = 0;
  for (let m = TIME_WORD.exec(text); m; m = TIME_WORD.exec(text)) {
    // ("the end of the year" is this year's)
    const unit = (m[3] ?? m[4])?.toLowerCase();
    const value = m[1] ? m[1].toLowerCase() : m[4] ? `this ${unit}` : `${m[2].toLowerCase().replace(/^(?:past|previous)$/, "last")} ${unit}`;
    // (a week and a month are told apart by the same sources: "announced the deal last week")
    // (a year and a decade are told apart: "by the end of the decade" where "by the end of the year")
    out.push({ kind: m[1] ? "weekday" : unit === "year" || unit === "decade" ? "year" : "recent", value, start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** The clause around a span: from the comma, semicolon or "and" before it to the one after it. */
function clauseAround(text: string, start: number, end: number): [number, number] {
  const before = Math.max(text.lastIndexOf(",", start), text.lastIndexOf(";", start), text.lastIndexOf(" and ", start));
  const after = [text.indexOf(",", end), text.indexOf(";", end), text.indexOf(" and ", end)].filter((k) => k >= 0);
  return [before + 1, after.length ? Math.min(...after) : text.length];
}

export const otherTimeWordCheck: ClaimCheck = {
  id: "other-time-word",
  description: "A weekday or a period ('last year', 'last week') where the sources saying the rest give another.",
  stage: "facts",
  run(ctx) {
    const { analysed: a, view, claim } = ctx;
    const findings: Finding[] = [];
    const names = a.names.filter((n) => !inSpan(n.start, a.quotes));
    for (const t of timeWordsIn(a.plain)) {
      if (inSpan(t.start, a.quotes)) continue;
      // (the words of its own clause, between commas, when they are enough: "Google, which spent $150
      // million last year, had intended to pay $200 million this year" has a time for each)
      const from = a.plain.lastIndexOf(",", t.start) + 1;
      const comma = a.plain.indexOf(",", t.end);
      const own = [...keyTermsIn(a, from, t.start), ...keyTermsIn(a, t.end, comma < 0 ? a.plain.length : comma)];
      const terms = own.length >= MIN_CLAUSE_TERMS ? own : [...keyTermsIn(a, 0, t.start), ...keyTermsIn(a, t.end)];
      // (a figure of its clause tells which fact it is: "$150 million … this year" is not the sentence of "$200 million this year")
      const end = comma < 0 ? a.plain.length : comma;
      const figures = a.quantities.filter((q) => !q.vague && q.kind !== "date" && q.start >= from && q.end <= end);
      const same = sayingTheSame(view, ctx.candidates.slice(0, FACT_CANDIDATES), terms, SAME_THING_COVERAGE, names).filter((info) => figures.every((q) => info.quantities.some((x) => x.kind === q.kind && x.value === q.value)));
      // (the source's times of that figure's own clause: "poured $150 million … in 2024 and had planned to
      // spend $200 million this year" gives "this year" to the $200 million)
      const timesOf = (text: string, quantities: readonly { kind: string; value: number; start: number; end: number }[]) => {
        const spans = figures.length ? quantities.filter((x) => figures.some((q) => x.kind === q.kind && x.value === q.value)).map((x) => clauseAround(text, x.start, x.end)) : [[0, text.length]];
        return timeWordsIn(text).filter((x) => x.kind === t.kind && spans.some(([s0, e0]) => x.start >= s0 && x.end <= e0));
      };
      const theirs = same.map((info) => ({ info, times: timesOf(info.text, info.quantities) })).filter((s) => s.times.length);
      if (!theirs.length || theirs.some((s) => s.times.some((x) => x.value === t.value))) continue;
      const other = theirs[0];
      findings.push({
        kind: "unsupported-part",
        claimed: t.text,
        message: `No source that says this gives “${t.text}”; they say “${other.times[0].text}”: “${clip(other.info.text.trim(), 160)}”`,
        range: view.rangeInPlain(claim, t.start, t.end),
        evidence: [view.citation(other.info, 1, [])],
      });
    }
    return { findings, evidence: [], unresolved: findings.length };
  },
};
