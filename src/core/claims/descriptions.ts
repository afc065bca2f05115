// A party named by a description the sources give it: "the social media giant" where the sources
// write "social media giant Meta", "Google's parent" where "Google's parent Alphabet". News names a
// party so once and then by the description; a claim that uses it for another party ("The social
// media giant, Scale's top client, spent $150 million …", of Google's spending) must be read as
// naming the party the sources describe so, or its facts compare no doers. Only a description the
// sources put right before exactly one name (a title before a name, as in "rival Meta" or "social
// media giant Meta"), of two words or more unless a possessor qualifies it.
import type { NameMention } from "../entities/names";
import type { SentenceInfo } from "../index/corpus";
import { isContentTerm, termOf } from "../text/tokens";
import { tagSentence } from "../meaning/tagger";
import { hasShareOf, keyTermsIn, type Analysed, type CorpusView } from "./context";
import { sameName } from "./references";

/** "the" and two or three lower-case words: "the social media giant", "the data-labeling startup". */
const DEFINITE = /\b[Tt]he\s+([a-z][a-z-]*\s+[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)\b/g;
/** A possessor's description of one word or two: "Google's parent". */
const OWNED = /^['’]s\s+([a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)\b/;
/** "its" and a description of one word or two: "its founder", "its chief executive". */
const ITS = /\bits\s+([a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)\b/g;
/** Share of the claim's words a sentence using the description on its own must have to be the one the claim follows. */
const COPY_SHARE = 0.5;
/** Sentences a search for a description's words ranks. */
const DESCRIPTION_SEARCH = 24;

/** The claim's names with the parties it names by a description the sources give them. */
export function withDescribedNames(view: CorpusView, a: Analysed, candidates: readonly SentenceInfo[]): NameMention[] {
  const found: NameMention[] = [];
  const terms = keyTermsIn(a, 0);
  const free = (start: number, end: number) => !a.names.some((n) => n.start < end && n.end > start) && !found.some((n) => n.start < end && n.end > start);
  for (const m of a.plain.matchAll(DEFINITE)) {
    const words = m[1].split(/\s+/);
    // (the longest run first: "the social media giant" before "the social media")
    for (let k = words.length; k >= 2; k--) {
      const phrase = words.slice(0, k).join(" ");
      const start = m.index! + m[0].indexOf(phrase);
      const end = start + phrase.length;
      if (!nounPhrase(a.plain, words.slice(0, k), end)) continue;
      // (followed by a name, it is a title of that name: "the social media giant Meta")
      if (!free(start, end) || a.names.some((n) => n.start === end + 1)) continue;
      // (a description a sentence like the claim's uses on its own may stand for someone else
      // there: "The tech giant, Scale's top client, poured …" is Google, though "global tech giant Meta")
      if (candidates.some((c) => c.lower.includes(`the ${phrase}`) && hasShareOf(c.termSet, terms, COPY_SHARE))) continue;
      const party = describedParty(view, phrase);
      if (party) {
        found.push({ ...party, text: `the ${phrase}`, start, end, initial: false });
        break;
      }
    }
  }
  // a name's description ("Google's parent"), and one by "its" after a name, which owns it
  // ("Scale AI's executives said its founder …": the founder the sources name as Scale AI's)
  const owned: { owner: NameMention; start: number; words: string; after: number }[] = [];
  for (const owner of a.names) {
    const m = OWNED.exec(a.plain.slice(owner.end));
    if (m) owned.push({ owner, start: owner.start, words: m[1], after: owner.end + m[0].indexOf(m[1]) });
  }
  for (const m of a.plain.matchAll(ITS)) {
    const owner = a.names.filter((n) => n.end <= m.index!).pop();
    if (owner) owned.push({ owner, start: m.index!, words: m[1], after: m.index! + m[0].indexOf(m[1]) });
  }
  for (const { owner, start, words: described, after } of owned) {
    const words = described.split(/\s+/);
    const lead = a.plain.slice(owner.start, owner.end) + "'s ";
    for (let k = words.length; k >= 1; k--) {
      const said = words.slice(0, k).join(" ");
      const end = after + said.length;
      if (!nounPhrase(a.plain, words.slice(0, k), end)) continue;
      if (a.names.some((n) => n.start === end + 1)) continue;
      const party = describedParty(view, lead + said, owner);
      if (party && !sameName(party, owner)) {
        found.push({ ...party, text: a.plain.slice(start, end), start, end, initial: false });
        break;
      }
    }
  }
  if (!found.length) return a.names;
  // (the owner of a description is part of it: "Google's parent" names Alphabet, not Google)
  return [...a.names.filter((n) => !found.some((f) => n.start < f.end && n.end > f.start)), ...found].sort((x, y) => x.start - y.start);
}

/** Words that make a description: content words, the last a noun in the claim ("social media giant", not "deal roughly doubles" or "investment in"). */
function nounPhrase(text: string, words: readonly string[], end: number): boolean {
  if (!words.every((w) => w.split("-").every((part) => isContentTerm(termOf(part))))) return false;
  const last = tagSentence(text).find((t) => t.end === end);
  return last?.pos === "NOUN";
}

/** The one party the sources name right after `phrase` ("social media giant Meta"); none when they name several or none. */
function describedParty(view: CorpusView, phrase: string, owner?: NameMention): NameMention | undefined {
  const lower = phrase.toLowerCase().replace(/[’]/g, "'");
  // (an owner's description may be written without the possessive: "Google parent Alphabet")
  // (or, after a name ending in s, with the apostrophe alone: "Quell Robotics' founder")
  const forms = owner ? [lower, lower.replace("'s ", " "), ...(/s's /.test(lower) ? [lower.replace("'s ", "' ")] : [])] : [lower];
  const words = lower.split(/[\s']+/).filter((w) => w && w !== "s");
  const sentences: SentenceInfo[] = view.sentences(view.corpus.index.search(words.map(termOf), DESCRIPTION_SEARCH).map((h) => h.doc));
  const parties: NameMention[] = [];
  for (const info of sentences) {
    const text = info.lower.replace(/[’]/g, "'");
    for (const form of forms)
      for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
        // (a whole phrase: not "multimedia giant", nor "social media giants")
        if (at > 0 && /[a-z-]/.test(text[at - 1])) continue;
        const next = info.names.find((n) => n.start === at + form.length + 1);
        if (!next || (owner && sameName(next, owner))) continue;
        if (!parties.some((p) => sameName(p, next))) parties.push(next);
      }
  }
  return parties.length === 1 ? parties[0] : undefined;
}
