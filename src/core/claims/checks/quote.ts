// Quotes: words the claim quotes from someone must be in the sources verbatim (modulo case,
// punctuation, quote style and ellipses), and said by the person the claim names.
import type { Finding } from "../../types";
import type { SentenceInfo } from "../../index/corpus";
import { quoteWords } from "../../index/corpus";
import type { NameMention } from "../../entities/names";
import { firstTermOf, isContentTerm } from "../../text/tokens";
import { SPEECH, spoke, type Analysed, type CheckOutput, type ClaimCheck, type ClaimContext, type CorpusView } from "../context";
import { clip, closesQuotationOf, inSpan, quotesIn } from "../spans";
import { sameName } from "../references";
import { SPEECH_VERBS } from "../../text/speech";
import { ROLE_PATTERN } from "../../entities/roles";
import { SPEAKER_KINDS, describedSpeaker } from "../speaker-kinds";

/** Quoted words found in a sentence this many sentences away from where the quote starts still count. */
const QUOTE_WINDOW = 1;
/** Sentences with the quote's rarest word read at most. */
const QUOTE_SEARCH_LIMIT = 2000;
/** Share of a misquote's words the closest passage must have to be shown. */
const NEAREST_SHARE = 0.5;
/** Quoted words shorter than this are a title or a name ("Master of Puppets"), not speech. */
const MIN_QUOTE_WORDS = 3;

export const quoteCheck: ClaimCheck = {
  id: "quote",
  description: "Quoted words that no source contains, or that the sources attribute to someone else.",
  stage: "facts",
  run(ctx: ClaimContext): CheckOutput {
    const { analysed: a, claim, view, candidates } = ctx;
    const findings: Finding[] = [];
    const evidence: number[] = [];
    let unresolved = 0;
    for (const quote of a.quotes) {
      const words = quoteWords(quote.text).trim();
      // quoted titles ("Master of Puppets") are names, not words someone said
      if (words.split(" ").length < MIN_QUOTE_WORDS || isTitle(quote.text) || !SPEECH.test(a.plain)) continue;
      const found = findQuote(view, quote.text);
      if (found) {
        evidence.push(found.doc);
        const speakerProblem = checkSpeaker(ctx, a, found);
        if (speakerProblem) findings.push(speakerProblem);
      } else {
        const near = nearestPassage(words, candidates);
        if (near) {
          findings.push({
            kind: "misquote",
            claimed: `“${quote.text.trim()}”`,
            expected: near.text,
            support: 1,
            message: `“${clip(quote.text.trim(), 90)}”: no source has these words. Closest passage, in ${view.label(near)}: ${clip(near.text, 160)}`,
            range: view.rangeInPlain(claim, quote.start, quote.end),
            evidence: [view.citation(near, 1, [])],
          });
        } else unresolved++;
      }
    }
    return { findings, evidence, unresolved };
  },
};

/**
 * Quoted words in title case are a title or a name ("Brown v. Board of Education of Topeka, Kansas",
 * "Remastered: Metallica's Master of Puppets Revisited"), however long: every word of four letters
 * or more is capitalised, and there are at least two.
 */
export function isTitle(quoted: string): boolean {
  const long = quoted.match(/[\p{L}][\p{L}'’-]{3,}/gu) ?? [];
  return long.length >= 2 && long.every((w) => /^\p{Lu}/u.test(w));
}

/** Finds quoted words in a sentence or its neighbours; an ellipsis stands for omitted words. */
function findQuote(view: CorpusView, quoted: string): SentenceInfo | undefined {
  // an ellipsis stands for omitted words: the pieces around it must appear in order
  const fragments = quoted
    .split(/\.\.\.|…|\[\.\.\.\]/)
    .map((f) => quoteWords(f).trim())
    .filter(Boolean);
  const all = fragments.join(" ").split(" ").filter((w) => isContentTerm(w) || w.length > 3);
  if (!all.length) return undefined;
  // the rarest word narrows the search to a few sentences
  const index = view.corpus.index;
  const rarest = all
    .map((w) => firstTermOf(w) ?? w)
    .filter((t) => index.df(t) > 0)
    .sort((x, y) => index.df(x) - index.df(y))[0];
  if (!rarest) return undefined;
  for (const doc of index.docsWith(rarest, QUOTE_SEARCH_LIMIT)) {
    const win = view.sentences(view.corpus.window(doc, QUOTE_WINDOW));
    const text = " " + win.map((w) => w.words.trim()).join(" ") + " ";
    let from = 0;
    let ok = true;
    for (const f of fragments) {
      const at = text.indexOf(" " + f + " ", from);
      if (at < 0) {
        ok = false;
        break;
      }
      from = at + f.length;
    }
    if (ok) return win.find((w) => w.words.includes(" " + fragments[0].split(" ").slice(0, 3).join(" "))) ?? view.corpus.sentence(doc);
  }
  return undefined;
}

/** The candidate sharing most of the quote's words, when it shares at least half. */
function nearestPassage(words: string, candidates: readonly SentenceInfo[]): SentenceInfo | undefined {
  const terms = [...new Set(words.split(" ").map((w) => firstTermOf(w)).filter((t): t is string => !!t && isContentTerm(t)))];
  if (terms.length < 2) return undefined;
  let best: SentenceInfo | undefined;
  let bestScore = 0;
  for (const c of candidates) {
    const have = new Set(c.tokens.map((t) => t.term));
    const score = terms.filter((t) => have.has(t)).length / terms.length;
    if (score > bestScore) {
      bestScore = score;
      best = c;
    }
  }
  return bestScore >= NEAREST_SHARE ? best : undefined;
}

/** Words given to a pronoun: "he noted", "she said". */
const PRONOUN_SAID = new RegExp(`\\b(?:he|she)\\s+(?:${SPEECH_VERBS})\\b`, "i");
/** How many sentences back the speaker a pronoun stands for is looked for. */
const PRONOUN_REACH = 2;

/** The one who last speaks, by name (of at least `minWords` words), in the sentences right before `source`. */
function speakerBefore(view: CorpusView, source: SentenceInfo, minWords = 2): NameMention | undefined {
  const before = view.sentences(view.corpus.window(source.doc, PRONOUN_REACH)).filter((s) => s.doc < source.doc && s.unit === source.unit).reverse();
  for (const s of before) {
    const speaker = s.names.filter((n) => n.core.length >= minWords && spoke(s.text, n) && !inSpan(n.start, quotesIn(s.text))).pop();
    if (speaker) return speaker;
  }
  return undefined;
}

/** Words found verbatim: were they said by the person the claim names? */
function checkSpeaker(ctx: ClaimContext, a: Analysed, source: SentenceInfo): Finding | undefined {
  const { view, claim } = ctx;
  const named = a.names.filter((n) => !inSpan(n.start, a.quotes) && n.core.length >= 1);
  // the speaker is the name the claim says spoke ("OpenAI chief executive Sam Altman said": Altman,
  // not OpenAI, whose name is in the source's sentence too)
  let speaking = named.filter((n) => spoke(a.plain, n));
  // (of several, the one who speaks last before the quotation: "Siddharth told TIME …, while
  // Foody was the one who said the deal "marks a turning point"")
  const lastBefore = a.quotes.length ? speaking.filter((n) => n.end <= a.quotes[0].start).pop() : undefined;
  if (speaking.length > 1 && lastBefore) speaking = [lastBefore];
  const quotedSpans = quotesIn(source.text);
  // (a speaker named by what they are: "one smaller shareholder said" where "a former senior Scale
  // employee said" these words, neither named)
  if (!speaking.length && !source.names.some((n) => !inSpan(n.start, quotedSpans) && spoke(source.text, n))) {
    const ours = describedSpeaker(a.plain, a.quotes);
    const theirs = ours && describedSpeaker(source.text, quotedSpans);
    if (ours && theirs && SPEAKER_KINDS[ours.noun] !== SPEAKER_KINDS[theirs.noun]) return otherSpeaker(ctx, ours, theirs, source);
  }
  const speakers = speaking.length ? speaking : named;
  if (!speakers.length) return undefined;
  const window = view.sentences(view.corpus.window(source.doc, QUOTE_WINDOW));
  // a sentence that is nothing but a quotation goes on with the last speaker's words ('"…," Droege
  // wrote. "This deal rewards …"'): the claim's speaker must be that one, not merely named nearby
  // (as does one that closes a quotation opened in the sentence before: 'Siddharth explains, "The deal
  // marks a turning point. Leading AI labs are realizing neutrality is no longer optional."')
  if (onlyQuoted(source.text, quotedSpans) || closesQuoteOpenedBefore(view, source)) {
    const before = speakerBefore(view, source, 1);
    // (an organisation's officer, "Turing's chief executive", may be the one named there by name)
    const officerOf = (s: NameMention) => !!before && OFFICER_AFTER.test(a.plain.slice(s.end, s.end + 40)) && window.some((w) => w.roles.some((r) => !!r.org && sameName(r.person, before) && sameName(r.org, s)));
    return before && !speakers.some((s) => sameName(s, before) || officerOf(s)) ? otherSpeaker(ctx, speakers[0], before, source) : undefined;
  }
  // (a sentence that names who said its words gives them to that one: the claim's speaker, merely
  // named nearby, must speak there too: "Wang, who said … "double down"" where "Jason Droege said
  // the company would "double down"", a sentence from one that names Wang)
  // (a one-word name too, right after the quotation it says, where the claim names who spoke:
  // '"…," Droege wrote' against "Alexandr Wang wrote that …"; a role's words, "Scale's interim CEO
  // wrote", are the reported-speaker check's)
  const saidBy = source.names.find((n) => !inSpan(n.start, quotedSpans) && (n.core.length >= 2 || (speaking.length > 0 && AFTER_QUOTATION.test(source.text.slice(Math.max(0, n.start - 4), n.start)))) && spoke(source.text, n));
  // (in that very sentence: a speaker of the next one says other words, "“… tripled overnight,”
  // Handshake CEO Garrett Lord said. Brendan Foody, CEO of Mercor, … said that …")
  // (the claim names that one where the name it has speak is a one-word name, perhaps a place:
  // "Sarah Friar, speaking at the VivaTech conference in Paris, said")
  if (saidBy && named.some((n) => sameName(n, saidBy)) && !speaking.some((n) => n.core.length >= 2 && !sameName(n, saidBy))) return undefined;
  const nearby = (s: NameMention) => (saidBy ? source.names.some((n) => sameName(n, s) && spoke(source.text, n)) : view.namesIn([s], window));
  if (speakers.some(nearby)) return undefined;
  const outside = source.names.filter((n) => !inSpan(n.start, quotedSpans));
  const speaks = (p: NameMention) => spoke(source.text, p);
  // a person: a full name, or any name the sentence says spoke
  const people = outside.filter((n) => n.core.length >= 2 || speaks(n));
  const speakerLike = people.filter((p) => speaks(p) || source.roles.some((r) => r.person === p));
  // (words the sentence gives a pronoun, "…," he noted, are the last speaker's named before them)
  const other = speakerLike[0] ?? people[0] ?? (PRONOUN_SAID.test(source.text) ? speakerBefore(view, source) : undefined);
  if (!other || speakers.some((s) => sameName(s, other))) return undefined;
  return otherSpeaker(ctx, speakers[0], other, source);
}

/** An organisation's officer after its name: "'s chief executive", "'s CEO". */
const OFFICER_AFTER = new RegExp(`^['’]s\\s+(?:${ROLE_PATTERN}|chief|boss)\\b`, "i");

/** What ends a quotation right before its speaker's name: '," ', '?” '. */
const AFTER_QUOTATION = /[,!?]["”]\s$/;

/** The sentence closes a quotation the sentence before it (of its article) opened. */
function closesQuoteOpenedBefore(view: CorpusView, source: SentenceInfo): boolean {
  return closesQuotationOf(source.text, view.corpus.sentenceBefore(source)?.text);
}

/** No word of the sentence stands outside its quotations. */
function onlyQuoted(text: string, quoted: readonly { start: number; end: number }[]): boolean {
  if (!quoted.length) return false;
  let outside = "";
  let at = 0;
  for (const q of quoted) {
    outside += text.slice(at, q.start);
    at = Math.max(at, q.end);
  }
  return !/[\p{L}\p{N}]/u.test(outside + text.slice(at));
}

/** The claim gives the source's words to `speaker` (its text from `start`); the source gives them to `other`. */
function otherSpeaker(ctx: ClaimContext, speaker: { text: string; start: number }, other: { text: string }, source: SentenceInfo): Finding {
  const { view, claim } = ctx;
  return {
    kind: "person",
    claimed: speaker.text,
    expected: other.text,
    support: 1,
    message: `Sources attribute these words to ${other.text}, not ${speaker.text}: “${clip(source.text.trim(), 160)}”`,
    range: view.rangeInPlain(claim, speaker.start, speaker.start + speaker.text.length),
    evidence: [view.citation(source, 1, [])],
  };
}
