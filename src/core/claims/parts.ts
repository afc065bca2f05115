// The facts a long claim states: clauses, appositives, parentheticals and "and"-joined
// predicates, so each can be checked on its own and an unsupported one underlined alone.
import { isContentTerm, tokenize } from "../text/tokens";

export interface ClaimPart {
  start: number;
  end: number;
}

// Where a new fact begins: punctuation that sets off a clause, or a comma before a connective.
const BOUNDARY =
  /[;:()\u2013\u2014]|\s-{1,2}\s|,\s+(?=(?:and|but|while|which|who|whom|whose|where|when|whereas|although|though|including|after|before|with|as well as|making|becoming|winning|leading|one of|the only|an?|the)\b)|\s(?=(?:and|but|while|whereas)\s+(?:was|were|is|are|has|had|have|became|won|served|received|later|also|then|then)\b)/g;

const MIN_TERMS = 3;

function contentCount(text: string): number {
  let n = 0;
  for (const t of tokenize(text)) if (isContentTerm(t.term) && !/^\d/.test(t.term)) n++;
  return n;
}

/** Splits a claim into the spans of the facts it states; short pieces join their neighbour. */
export function splitClaimParts(text: string): ClaimPart[] {
  const cuts: number[] = [0];
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    if (m.index > cuts[cuts.length - 1]) cuts.push(m.index);
    if (m[0].length === 0) BOUNDARY.lastIndex++;
  }
  cuts.push(text.length);
  const raw: ClaimPart[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    let start = cuts[i];
    let end = cuts[i + 1];
    while (start < end && /[\s,;:()\u2013\u2014-]/.test(text[start])) start++;
    while (end > start && /[\s,;:()\u2013\u2014.!?-]/.test(text[end - 1])) end--;
    if (end > start) raw.push({ start, end });
  }
  // merge pieces with too few words to state a fact into the previous piece (or the next)
  const parts: ClaimPart[] = [];
  for (const p of raw) {
    const last = parts[parts.length - 1];
    if (last && (contentCount(text.slice(p.start, p.end)) < MIN_TERMS || contentCount(text.slice(last.start, last.end)) < MIN_TERMS)) last.end = p.end;
    else parts.push({ ...p });
  }
  return parts.length ? parts : [{ start: 0, end: text.length }];
}
