// Names in the phrases around a predicate: the possessor of a noun ("Meta's investment"), a name
// compounded with one ("the Larkspur deal"), the name a preposition governs ("by Meta"), and
// whether a subject noun belongs to someone ("whose founder", "its CEO"). Read by ./facts.ts.
import type { NameMention } from "../entities/names";
import type { TaggedToken } from "./tagger";

/** "Meta's investment": the possessor of an event noun is its agent. */
export function possessorBefore(tokens: readonly TaggedToken[], i: number, nameAt: (t: TaggedToken) => NameMention | undefined, names: readonly NameMention[]): NameMention | undefined {
  for (let k = i - 1; k >= Math.max(0, i - 8); k--) {
    // the name ending right before "'s" ("Meta Platforms Inc.'s")
    // (or before a bare apostrophe after a plural: "Larkspur Foods' value")
    if ((/^['’]s$/.test(tokens[k].text) || (/^['’]$/.test(tokens[k].text) && /s$/i.test(tokens[k - 1]?.text ?? ""))) && k > 0) return nameAt(tokens[k - 1]) ?? names.find((n) => n.end <= tokens[k].start && n.end >= tokens[k - 1].start);
    const p = tokens[k].pos;
    // past another noun it shares the possessor with ("Meta's investment and hiring of Wang")
    if (p === "CCONJ" && /^and$/i.test(tokens[k].text) && tokens[k - 1]?.pos === "NOUN") continue;
    // past figures, adjectives and a parenthesised ticker ("Meta’s (META) $14.3 billion investment")
    if (p !== "NUM" && p !== "SYM" && p !== "ADJ" && p !== "NOUN" && p !== "DET" && p !== "PROPN" && !/^[()]$/.test(tokens[k].text)) return undefined;
  }
  return undefined;
}

/** A name compounded with a noun, right before it ("the Larkspur deal"). */
export function modifierName(tokens: readonly TaggedToken[], at: number, nameAt: (t: TaggedToken) => NameMention | undefined): NameMention | undefined {
  for (let k = at - 1; k >= Math.max(0, at - 4); k--) {
    const name = nameAt(tokens[k]);
    if (name) return name;
    if (tokens[k].pos !== "ADJ" && tokens[k].pos !== "NOUN") return undefined;
  }
  return undefined;
}

/** The name a preposition governs, past a title of up to seven words: "by Meta", "for the Larkspur Group", "by its founder Tomas Reyes". */
export function nameAfter(tokens: readonly TaggedToken[], from: number, end: number, nameAt: (t: TaggedToken) => NameMention | undefined): NameMention | undefined {
  for (let k = from + 1; k < end && k <= from + 8; k++) {
    const name = nameAt(tokens[k]);
    if (name) return name;
    // the agent is what "by" governs: "by politicians at Dolphin Square" names no agent
    // (past the words of a title before the name: "by world's youngest self-made billionaire Alexandr Wang")
    const t = tokens[k];
    if (t.pos !== "DET" && t.pos !== "ADJ" && t.pos !== "PROPN" && t.pos !== "NOUN" && !/^(?:['’]s|-)$/.test(t.text) && !(t.pos === "VERB" && tokens[k - 1]?.text === "-")) return undefined;
  }
  return undefined;
}

const POSSESSIVE_DETERMINERS = new Set(["its", "his", "her", "their", "our", "my", "your", "whose"]);

/**
 * Whether the noun at `at` belongs to someone: a possessive determiner or a possessor's "'s" before
 * it, past adjectives and nouns of its phrase ("whose founder", "its new chief executive", "the
 * company's founder"). Such a subject is not its possessor: "Scale AI's founder is joining Meta"
 * is not "Scale AI is joining Meta".
 */
export function isOwnedNoun(tokens: readonly TaggedToken[], at: number): boolean {
  let b = at - 1;
  while (b >= 0 && (tokens[b].pos === "ADJ" || tokens[b].pos === "NOUN" || tokens[b].pos === "NUM")) b--;
  const t = tokens[b];
  return !!t && (POSSESSIVE_DETERMINERS.has(t.text.toLowerCase()) || /^['’]s?$/.test(t.text));
}
