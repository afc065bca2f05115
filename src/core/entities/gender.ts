// The sex a text gives a person, for resolving "he" and "she": an honorific before the name ("Ms
// Catherall", "Sir Michael Stoute") or, for a full name, a first name given almost always to one sex
// (first-names.json, built by scripts/build-first-names.mjs from US birth counts). Unknown otherwise:
// a surname alone, an organisation, a first name given to both.
import type { NameMention } from "./names";
import firstNames from "./first-names.json";

export type Gender = "male" | "female";

const MALE_TITLES = /\b(?:mr|sir|lord|king|prince|duke|father|brother|uncle|master)\.?\s+$/i;
const FEMALE_TITLES = /\b(?:mrs|ms|miss|madam|lady|dame|queen|princess|duchess|mother|sister|aunt)\.?\s+$/i;

let table: Map<string, Gender> | undefined;
function firstNameTable(): Map<string, Gender> {
  if (!table) {
    table = new Map();
    for (const n of firstNames.male) table.set(n, "male");
    for (const n of firstNames.female) table.set(n, "female");
  }
  return table;
}

/** The sex of the person named at `name` in `text` (the sentence it was found in), if the text tells. */
export function genderOf(name: NameMention, text: string): Gender | undefined {
  const before = text.slice(Math.max(0, name.start - 12), name.start);
  if (MALE_TITLES.test(before)) return "male";
  if (FEMALE_TITLES.test(before)) return "female";
  // a first name tells only as part of a full name ("Karen Catherall"; "Will" alone is a verb)
  if (name.core.length < 2) return undefined;
  return firstNameTable().get(name.core[0].toLowerCase());
}

/** The sex a personal pronoun refers to ("he", "she"), if any. */
export function pronounGender(word: string): Gender | undefined {
  const w = word.toLowerCase();
  return w === "he" ? "male" : w === "she" ? "female" : undefined;
}
