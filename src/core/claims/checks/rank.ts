// A rank given with a superlative: "Meta's largest acquisition" where the sources say its
// "second-largest". The figure is the ordinal before the superlative (none is first); word overlap
// passes such a claim, as every other word matches. Compared only with a source sentence that says
// nearly all else the claim says, or that ranks the same noun of the same owner with the claim's
// parties named beside it ("Scale AI's second-largest customer", "Google, the largest customer of
// Scale AI"), with the same superlative (sizes made one: "biggest" = "largest");
// "one of the largest" and "its largest clients" rank nothing. Likewise "its only vendor" where the
// sources say "one of several vendors".
import type { Finding } from "../../types";
import type { SentenceInfo } from "../../index/corpus";
import { superlativeBase } from "../../meaning/phrases";
import { sizeSynonym } from "../../meaning/curated";
import { lemma as lexiconLemma, relatePredicates } from "../../meaning/lexicon";
import type { ClaimCheck } from "../context";
import { closeCopy, FACT_CANDIDATES } from "../facts";
import { clip, inSpan } from "../spans";
import { sameName } from "../references";
import { isContentTerm, termOf } from "../../text/tokens";
import { tagSentence } from "../../meaning/tagger";

/** Words before a name that a rank is told against: "behind Meta", "ahead of Google", "after OpenAI". */
const RANKED_AGAINST = /\b(?:behind|ahead of|after|than|trailing)\s+(?:the\s+)?$/i;
/** How near a source superlative (in characters) the claim's parties must be named for it to rank the same thing. */
const NEAR = 40;
const ORDINALS: Readonly<Record<string, number>> = { second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 };
/** An optional ordinal ("second", "2nd") joined by a hyphen or a space to a word that may be a superlative. */
const RANKED = /\b(?:(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))[\s-]+)?(most\s+[a-z]+|[a-z]+est|best|worst)\b/gi;

export interface RankedSuperlative {
  /** 1 for a bare superlative, else the ordinal's value. */
  rank: number;
  /** The noun ranked, as a lemma: the one it qualifies ("largest customer"), else the subject of its copula ("the acquisition was Meta's second-largest"). */
  noun?: string;
  /** Whose it is, as lower-case words: "Meta's second-largest", "the largest customer of Scale AI". */
  owner?: string;
  /** The adjective's lemma, sizes made one ("large" for "biggest"). */
  base: string;
  text: string;
  start: number;
  end: number;
}

/** The superlatives of a text with their rank: "second-largest" is 2, "largest" 1; none after "one of the". */
export function rankedSuperlatives(text: string): RankedSuperlative[] {
  const out: RankedSuperlative[] = [];
  for (const m of text.matchAll(RANKED)) {
    const word = m[2].toLowerCase();
    const adjective = word.startsWith("most ") ? word.slice(5) : word;
    const base = word.startsWith("most ") ? (lexiconLemma(adjective, "adj") === adjective ? adjective : undefined) : superlativeBase(word);
    if (!base) continue;
    // (a member of a group is not ranked: "one of the largest")
    if (/\bone\s+of\s+(?:[\w'’.]+\s+){0,3}$/i.test(text.slice(Math.max(0, m.index! - 40), m.index!))) continue;
    // (nor are the several a plural names: "Scale AI's biggest customers")
    const head = /^[\s-]*([a-z]+)/i.exec(text.slice(m.index! + m[0].length))?.[1]?.toLowerCase();
    if (head && head.endsWith("s") && lexiconLemma(head, "noun") !== head) continue;
    const ordinal = m[1]?.toLowerCase();
    const rank = !ordinal ? 1 : (ORDINALS[ordinal] ?? parseInt(ordinal, 10));
    const end = m.index! + m[0].length;
    out.push({ rank, base: sizeSynonym(base), text: m[0], start: m.index!, end, ...rankedPhrase(text, m.index!, end) });
  }
  return out;
}

export const rankCheck: ClaimCheck = {
  id: "rank",
  description: "The sources give the same superlative another rank (second-largest, not largest), or make the only one of a kind one of several.",
  stage: "facts",
  run(ctx) {
    const findings: Finding[] = [];
    const a = ctx.analysed;
    const claimRanked = rankedSuperlatives(a.plain);
    // (each candidate's superlatives read once, for all the claim's)
    const candidates = claimRanked.length ? ctx.candidates.slice(0, FACT_CANDIDATES).map((info) => ({ info, ranked: rankedSuperlatives(info.text) })) : [];
    for (const mine of claimRanked) {
      const agree: SentenceInfo[] = [];
      const differ: { info: SentenceInfo; theirs: RankedSuperlative }[] = [];
      const frame = [...frameOf(a.plain, mine)];
      // (not one the rank is told against: "second-biggest customer, behind Meta")
      // (and only those named near it, as in the source: not the outlet of "…, Reuters reported")
      const parties = a.names.filter(
        (n) => n.end >= mine.start - NEAR && n.start <= mine.end + NEAR && !inSpan(n.start, a.quotes) && !RANKED_AGAINST.test(a.plain.slice(Math.max(0, n.start - 14), n.start)),
      );
      for (const { info, ranked } of candidates) {
        const same = ranked.filter((x) => x.base === mine.base);
        // (ranking the same thing: the words around the claim's superlative are around the source's,
        // "Meta's largest", "Meta's second-largest"; not "the largest customer of Scale AI")
        // (or the same noun of the same owner, "Scale AI's second-largest customer" and "the largest
        // customer of Scale AI", with every party of the claim named near it: "Google")
        const copied = closeCopy(a, info, mine);
        const framed = same.filter((x) => {
          if (copied) {
            const theirs = frameOf(info.text, x);
            if (frame.every((t) => theirs.has(t))) return true;
          }
          return samePhrase(mine, x) && parties.every((n) => info.names.some((m) => m.end >= x.start - NEAR && m.start <= x.end + NEAR && sameName(m, n)));
        });
        if (!framed.length) continue;
        if (framed.some((x) => x.rank === mine.rank)) agree.push(info);
        else differ.push({ info, theirs: framed[0] });
      }
      // (sources that give the claim's rank too: no contradiction to report)
      if (agree.length) continue;
      // "the largest private funding round" where the sources say "one of the largest": one of a group
      if (!differ.length && mine.rank === 1) {
        const member = candidates.map(({ info }) => ({ info, m: oneOfTheMost(info.text, mine.base) })).find((x) => x.m && closeCopy(a, x.info, mine));
        if (member)
          findings.push({
            kind: "unsupported-part",
            claimed: mine.text,
            expected: member.m!,
            message: `Sources say “${member.m}”, not “the ${mine.text}”: “${clip(member.info.text.trim(), 160)}”`,
            range: ctx.view.rangeInPlain(ctx.claim, mine.start, mine.end),
            evidence: [ctx.view.citation(member.info, 1, [])],
          });
        continue;
      }
      if (!differ.length) continue;
      const { info, theirs } = differ[0];
      findings.push({
        kind: "number",
        claimed: mine.text,
        expected: theirs.text,
        support: new Set(differ.map((d) => d.info.unit.id)).size,
        message: `Sources say “${theirs.text}”, not “${mine.text}”: “${clip(info.text.trim(), 160)}”`,
        range: ctx.view.rangeInPlain(ctx.claim, mine.start, mine.end),
        evidence: [ctx.view.citation(info, 1, [])],
      });
    }
    // "its only vendor" where the sources say "one of several vendors": the sole one of a group of several
    for (const m of a.plain.matchAll(ONLY)) {
      const noun = lexiconLemma(m[2].toLowerCase(), "noun");
      const span = { start: m.index! + m[0].length - m[1].length - m[2].length - 1, end: m.index! + m[0].length };
      let theirs: { info: SentenceInfo; text: string } | undefined;
      for (const info of ctx.candidates.slice(0, FACT_CANDIDATES)) {
        if (!closeCopy(a, info, span)) continue;
        const one = [...info.text.matchAll(ONE_OF)].find((x) => lexiconLemma(x[1].toLowerCase(), "noun") === noun && x[1].toLowerCase() !== noun);
        if (one) theirs ??= { info, text: one[0] };
        else if ([...info.text.matchAll(ONLY)].some((x) => lexiconLemma(x[2].toLowerCase(), "noun") === noun)) theirs = undefined;
      }
      if (!theirs) continue;
      findings.push({
        kind: "number",
        claimed: a.plain.slice(span.start, span.end),
        expected: theirs.text,
        message: `Sources say “${theirs.text}”, not “${a.plain.slice(span.start, span.end)}”: “${clip(theirs.info.text.trim(), 160)}”`,
        range: ctx.view.rangeInPlain(ctx.claim, span.start, span.end),
        evidence: [ctx.view.citation(theirs.info, 1, [])],
      });
    }
    return { findings, evidence: [], unresolved: findings.filter((f) => f.kind === "unsupported-part").length };
  },
};

/** An owner right before a superlative, up to three capitalised words with a possessive: "Meta's", "Scale AI’s". */
function ownerBefore(before: string): string | undefined {
  const trimmed = before.trimEnd();
  if (trimmed.length === before.length) return undefined;
  const core = /['’]s$/.test(trimmed) ? trimmed.slice(0, -2) : /['’]$/.test(trimmed) ? trimmed.slice(0, -1) : undefined;
  if (core === undefined) return undefined;
  const words = core.split(/\s+/);
  const owner: string[] = [];
  for (let k = words.length - 1; k >= 0 && owner.length < 3 && /^[A-Z][\w.&-]*$/.test(words[k]); k--) owner.unshift(words[k]);
  return owner.length ? owner.join(" ") : undefined;
}
/** An owner after the noun: "of Scale AI", "of the Nimbus group". */
const OWNER_AFTER = /^\s+of\s+(?:the\s+)?((?:[A-Z][\w.&’'-]*\s*){1,3})/;
/** An owner in whose history the thing ranks: "the third-largest acquisition in Meta's history". */
const HISTORY_OWNER_AFTER = /^\s+in\s+((?:[A-Z][\w.&-]*\s+){0,2}[A-Z][\w.&-]*)['’]s\s+history\b/;
/** The subject of a copula before the owner: "The acquisition was", "the deal ranked as". */
const COPULA_SUBJECT = /\b([a-z]+)\s+(?:was|is|remains|became|ranked\s+as|ranks\s+as)\s+(?:(?:the|its|their|[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2}['’]s?)\s+)?$/;

/** What a superlative ranks and whose it is (see RankedSuperlative). */
function rankedPhrase(text: string, start: number, end: number): { noun?: string; owner?: string } {
  const out: { noun?: string; owner?: string } = {};
  const before = text.slice(Math.max(0, start - 60), start);
  // the noun: the last noun of the nouns and adjectives right after the superlative ("largest private
  // funding round"), else the subject of its copula
  const tokens = tagSentence(text);
  let noun: (typeof tokens)[number] | undefined;
  for (let k = tokens.findIndex((t) => t.start >= end); k >= 0 && k < tokens.length && /^(?:NOUN|ADJ|PROPN)$/.test(tokens[k].pos) && !/[A-Z]/.test(tokens[k].text[0]); k++) if (tokens[k].pos === "NOUN") noun = tokens[k];
  if (noun) out.noun = lexiconLemma(noun.text.toLowerCase(), "noun");
  else {
    const subject = COPULA_SUBJECT.exec(before);
    if (subject) out.noun = lexiconLemma(subject[1].toLowerCase(), "noun");
  }
  const after = text.slice(noun?.end ?? end, (noun?.end ?? end) + 60);
  const owner = ownerBefore(before) ?? (noun ? OWNER_AFTER.exec(after)?.[1] : undefined) ?? HISTORY_OWNER_AFTER.exec(after)?.[1];
  if (owner) out.owner = owner.trim().toLowerCase();
  return out;
}

/**
 * Two superlatives rank the same thing: the same noun (or a synonym: "customer", "client") and
 * owners that are both unnamed or begin with the same word ("Scale AI" and "Scale").
 */
function samePhrase(mine: RankedSuperlative, theirs: RankedSuperlative): boolean {
  if (!mine.noun || !theirs.noun) return false;
  if (mine.noun !== theirs.noun && relatePredicates(mine.noun, theirs.noun) !== "same") return false;
  if (!mine.owner || !theirs.owner) return !mine.owner && !theirs.owner;
  return mine.owner.split(/\s+/)[0] === theirs.owner.split(/\s+/)[0];
}

/** "one of the largest": a superlative of this base that makes its noun one of a group. */
function oneOfTheMost(text: string, base: string): string | undefined {
  for (const m of text.matchAll(ONE_OF_THE_MOST)) {
    const word = m[1].toLowerCase();
    const b = word.startsWith("most ") ? word.slice(5) : superlativeBase(word);
    if (b && sizeSynonym(b) === base) return m[0];
  }
  return undefined;
}
const ONE_OF_THE_MOST = /\bone\s+of\s+(?:the|its|their|his|her)\s+(most\s+[a-z]+|[a-z]+est|best|worst)\b/gi;

/** "its only vendor", "the sole supplier": one and no other. */
const ONLY = /\b(?:the|its|their|his|her|our)\s+(only|sole)\s+([a-z]+)\b/gi;
/** "one of several vendors", "one of its many suppliers": a member of a group, past up to three words. */
const ONE_OF = /\bone\s+of\s+(?:[\w'’]+\s+){0,3}?([a-z]+s)\b/gi;

const PHRASE_BREAK = new Set([...",;:.!?()\"“”"]);

/** The content terms of the two words before a superlative and the three after it, within its phrase (no punctuation between). */
function frameOf(text: string, r: RankedSuperlative): Set<string> {
  const head = text.slice(Math.max(0, r.start - 40), r.start);
  let cut = -1;
  for (let k = head.length - 1; k >= 0 && cut < 0; k--) if (PHRASE_BREAK.has(head[k])) cut = k;
  const before = head.slice(cut + 1).match(/[\p{L}\p{N}]+/gu) ?? [];
  const after = /^[^,;:.!?()"“”]*/.exec(text.slice(r.end, r.end + 40))![0].match(/[\p{L}\p{N}]+/gu) ?? [];
  const terms = [...before.slice(-2), ...after.slice(0, 3)].map((w) => termOf(w.toLowerCase()));
  return new Set(terms.filter((t) => isContentTerm(t)));
}
