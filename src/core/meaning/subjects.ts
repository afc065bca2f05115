// Who a predicate's subject is: the name heading the noun phrase before it (not one inside a
// prepositional phrase, nor a possessor), a common noun (owned or not: "its founder"), "he"/"she",
// the noun a relative pronoun stands for, or, past a relative clause set off by commas, the name
// before it ("Google, which had planned to …, is expanding"). Read by ./facts.ts for each predicate.
import type { NameMention } from "../entities/names";
import { pronounGender } from "../entities/gender";
import type { TaggedToken } from "./tagger";
import { isNoun, lemma as lexiconLemma, relatePredicates } from "./lexicon";
import { isGerundOf } from "./phrases";
import { ASPECTUAL_LEMMAS, CONTROL_LEMMAS, isGerundAt } from "./polarity";
import { VERB_TAKING_ADJECTIVES } from "./curated";
import { isOwnedNoun } from "./name-phrases";

const VERB_TAKING = new Set(VERB_TAKING_ADJECTIVES);

/** A verb of leaving (leave, quit, exit…): the opposite of joining. */
export function leaves(lemma: string): boolean {
  return relatePredicates(lemma, "join") === "opposite";
}

/**
 * Where a clause's subject may be: the clause's start, or where a parenthesis after a name closes
 * right before it, the start of the clause the parenthesis interrupts ("Adams (right, pictured …)
 * is hoping to"; not "the video, which debuted on Friday morning (Feb. 13), is mature").
 */
export function subjectStart(tokens: readonly TaggedToken[], i: number, clauseStart: number, clauseOf: (i: number) => readonly [number, number], nameAt: (t: TaggedToken) => NameMention | undefined): number {
  // (or, for the verb after a relative clause set off by commas after a name, that name's clause:
  // "Google, which had planned to …, is expanding"; the clause starts at the relative pronoun)
  // (closed by a comma before the verb, within relativeClauseOpening's reach)
  // (or after a preposition, in an apposition: "Scale AI, the startup in which Meta took a stake, has")
  // (or after the noun of an apposition: "Labelbox, a rival whose CEO spoke to Reuters, expects")
  let comma = clauseStart - 2;
  if (RELATIVE_OPENERS.test(tokens[clauseStart - 1]?.text ?? "") && /^(?:ADP|NOUN|ADJ)$/.test(tokens[comma]?.pos ?? "")) {
    if (tokens[comma].pos === "ADP") comma--;
    while (comma > clauseStart - 8 && comma > 0 && /^(?:DET|ADJ|NOUN)$/.test(tokens[comma].pos)) comma--;
  }
  const before = tokens[comma - 1];
  if (tokens[comma]?.text === "," && RELATIVE_OPENERS.test(tokens[clauseStart - 1]?.text ?? "") && before && (nameAt(before) || before.pos === "NOUN"))
    for (let k = clauseStart; k < i && k <= clauseStart + RELATIVE_REACH - 2; k++) if (tokens[k].text === ",") return clauseOf(comma - 1)[0];
  if (tokens[clauseStart - 1]?.text !== ")") return clauseStart;
  let open = clauseStart - 2;
  while (open >= 0 && tokens[open].text !== "(" && tokens[open].text !== ")") open--;
  return open > 0 && tokens[open].text === "(" && nameAt(tokens[open - 1]) ? clauseOf(open - 1)[0] : clauseStart;
}

/** Words that open a relative clause set off by commas, and how far back (tokens) its opening comma is looked for. */
const RELATIVE_OPENERS = /^(?:which|who|whose)$/i;
const RELATIVE_REACH = 40;

/**
 * The comma that opens a relative clause ("which", "who") closed by the comma at `close`, or -1.
 * (Not "whose": tried, a true WiCE claim lost its tick once "James Hartley Jones, whose name appears
 * on …, is recorded as having enlisted" gave the evidential "is recorded" a subject.)
 */
function relativeClauseOpening(tokens: readonly TaggedToken[], close: number): number {
  for (let j = close - 1; j > 0 && j >= close - RELATIVE_REACH; j--)
    if (tokens[j].text === "," && RELATIVE_OPENERS.test(tokens[j + 1]?.text ?? "")) return j;
  return -1;
}

/** What stands before a predicate as its subject: a name, a common noun, "he"/"she", or nothing known. */
export interface Subject {
  name?: NameMention;
  /** Names joined to it before it ("Ben, now 34, and Shelby"): the subject is all of them. */
  joined?: NameMention[];
  common: boolean;
  noun?: string;
  at?: number;
  /** Possessed: "its founder", "Scale AI's CEO". */
  owned?: boolean;
  pronoun?: "he" | "she";
  /** Names given as examples of a common-noun subject: "Scale AI's investors, including Accel and Index Ventures,". */
  examples?: NameMention[];
}

const RELATIVE_PRONOUNS = new Set(["who", "which", "that"]);

/**
 * A relative clause whose pronoun is its subject acts for the noun the pronoun follows: in "Jodie
 * said of the Duchess, who is expecting her second child", the Duchess is expecting, not Jodie; in
 * "a stake that carries no voting rights", the stake carries them. Undefined when the clause has a
 * subject of its own ("the deal that Meta signed") or does not follow a noun.
 */
export function relativeAntecedent(tokens: readonly TaggedToken[], i: number, clauseStart: number, nameAt: (t: TaggedToken) => NameMention | undefined): Subject | undefined {
  const pronoun = tokens[clauseStart - 1];
  if (!pronoun || !RELATIVE_PRONOUNS.has(pronoun.text.toLowerCase())) return undefined;
  // the pronoun is the subject only when nothing but auxiliaries and adverbs stand before the verb
  // (or a control verb and its "to": "which had planned to spend")
  for (let k = clauseStart; k < i; k++) if (!leadsToVerb(tokens, k, false)) return undefined;
  let a = clauseStart - 2;
  if (tokens[a]?.text === ",") a--;
  // (past an age set off by commas: "for Wang, 28, who is poised to become …": Wang is)
  if (tokens[a]?.pos === "NUM" && tokens[a - 1]?.text === "," && tokens[a - 2] && nameAt(tokens[a - 2])) a -= 2;
  const before = tokens[a];
  if (!before) return undefined;
  // (a cleft: "Garrett Lord was the one who called the deal a turning point": the name is)
  const cleft = /^one$/i.test(before.text) && /^the$/i.test(tokens[a - 1]?.text ?? "") && tokens[a - 2]?.lemma === "be" && tokens[a - 3] ? nameAt(tokens[a - 3]) : undefined;
  if (cleft) return { name: cleft, common: false };
  // "the only member of the Exchange who voted": the pronoun may stand for the phrase's head, not
  // the name that ends it
  let first = a;
  while (first > 0 && (tokens[first - 1].pos === "PROPN" || tokens[first - 1].pos === "DET" || (nameAt(before) && nameAt(tokens[first - 1]) === nameAt(before)))) first--;
  // (then it stands for that head, when it is a noun: "a 49% stake in Scale AI that carries no
  // voting rights": the stake carries none)
  // (a common noun after any other preposition is the pronoun's own: "revenue from customers who are
  // leaving Scale")
  // (past a chain of such phrases: "the investment by Meta in Scale AI, which valued the company":
  // the investment valued it)
  // ("who" stands for a person: past "of" only, "a win for Wang, 28, who is poised": Wang is)
  const personal = /^who$/i.test(pronoun.text);
  while (tokens[first - 1]?.pos === "ADP" && ((nameAt(before) && !personal) || /^of$/i.test(tokens[first - 1].text))) {
    const head = tokens[first - 2];
    const name = head && nameAt(head);
    if (!name) return head?.pos === "NOUN" ? { common: true, noun: head.lemma, at: first - 2 } : undefined;
    first -= 2;
    while (first > 0 && nameAt(tokens[first - 1]) === name) first--;
  }
  const name = nameAt(before);
  if (name) return { name, common: false };
  return before.pos === "NOUN" ? { common: true, noun: before.lemma, at: a } : undefined;
}

/**
 * The subject before the predicate in its clause: a name heading it (not one inside a
 * prepositional phrase, "the deal with Meta"), or a common noun or pronoun (`common`).
 */
export function subjectOf(tokens: readonly TaggedToken[], i: number, clauseStart: number, nameAt: (t: TaggedToken) => NameMention | undefined): Subject {
  // a noun that opens the clause with an infinitive of its own heads the subject, whatever nouns
  // that infinitive's phrase ends with: "Google's decision to scale back its reliance on Scale for
  // human-labeled data prompted Meta" (the decision prompted, not the data)
  const head = nounWithInfinitive(tokens, i, clauseStart);
  if (head !== undefined) return { common: true, noun: tokens[head].lemma || tokens[head].text.toLowerCase(), at: head };
  let examples: NameMention[] = [];
  for (let k = i - 1; k >= clauseStart; k--) {
    const t = tokens[k];
    const name = nameAt(t);
    if (name) {
      // the name's first token: is it the object of a preposition, or a possessor ("Meta's deal")?
      let first = k;
      while (first > clauseStart && nameAt(tokens[first - 1]) === name) first--;
      // (past a determiner and the rest of a compound name: "to the UK", "at St Mary's Hospital")
      let b = first - 1;
      // (and past names coordinated before it: "between OpenAI and Scale")
      let coordinated = -1;
      while (b > clauseStart && (tokens[b].pos === "DET" || tokens[b].pos === "PROPN" || /^['’]s$/.test(tokens[b].text) || nameAt(tokens[b]) || (/^(?:and|or)$/i.test(tokens[b].text) && nameAt(tokens[b - 1])))) {
        if (/^(?:and|or)$/i.test(tokens[b].text)) coordinated = b - 1;
        b--;
      }
      const before = b >= clauseStart ? tokens[b] : undefined;
      const after = tokens[k + 1];
      // (unless it heads a gerund right after it: "Unlike OpenAI enlisting Google's supercomputers")
      const gerundHead = k === i - 1 && tokens[i].pos === "VERB" && /ing$/i.test(tokens[i].text);
      // (names given as examples in an aside are not its subject: "Scale AI's investors, including
      // Accel and Index Ventures, as well as its staff, will benefit")
      const opener = /^as$/i.test(before?.text ?? "") ? (/^such$/i.test(tokens[b - 1]?.text ?? "") ? b - 1 : -1) : /^(?:including|notably|especially|particularly|like)$/i.test(before?.text ?? "") ? b : -1;
      if (opener > 0 && tokens[opener - 1]?.text === ",") {
        // (names and what joins them only, the aside closed by a comma: not "including Scale CEO
        // Alexandr Wang joining Meta")
        const listed = tokens.slice(opener + 1, k + 1);
        if (tokens[k + 1]?.text === "," && listed.every((x) => nameAt(x) || /^(?:and|or|,)$/i.test(x.text))) examples = [...new Set(listed.map(nameAt).filter((n): n is NameMention => !!n))];
        k = opener;
        continue;
      }
      if (before && (before.pos === "ADP" || before.text.toLowerCase() === "to") && !gerundHead) {
        k = coordinated >= 0 ? b + 1 : first;
        continue;
      }
      // what a verb of leaving leaves is a place, not who does what follows: "Wang left Meta to join
      // Scale AI" (Wang joins)
      if (before?.pos === "VERB" && tokens[k + 1]?.text.toLowerCase() === "to" && leaves(before.lemma)) {
        k = b;
        continue;
      }
      // (a possessive "'s", not one the tagger reads as "has" or "is": "Microsoft's already come out")
      if (after && /^['’]s$/.test(after.text) && after.pos !== "AUX" && k + 2 < i) return { common: true, ...(ownedHeadBefore(tokens, k + 2, i) ? { owned: true } : {}) };
      const joined = namesJoinedBefore(tokens, first, clauseStart, nameAt);
      return { name, common: false, ...(joined.length ? { joined } : {}) };
    }
    // an aside in parentheses ("Adams (right, pictured during her final win over Ren) is hoping to"): skip to before it
    if (t.text === ")") {
      let open = k - 1;
      while (open >= clauseStart && tokens[open].text !== "(") open--;
      if (open >= clauseStart) k = open;
      continue;
    }
    // an appositive or aside between commas ("Mara Quinlan, 41, the founder of Pinecrest, will remain"): skip to before it
    if (t.text === ",") {
      // (a relative clause, however long: "Meta, which took a 49% stake in Scale AI, is selling it")
      let open = relativeClauseOpening(tokens, k);
      if (open >= clauseStart) {
        k = open;
        continue;
      }
      open = -1;
      for (let j = k - 1; j >= clauseStart && j >= k - 12; j--)
        if (tokens[j].text === ",") {
          open = j;
          break;
        }
      if (open >= 0 && !(tokens[open + 1] && /^(?:and|but|or)$/i.test(tokens[open + 1].text))) k = open;
      continue;
    }
    // a span of time before "ago" is no subject: "Microsoft decided several months ago to pull back"
    if (/^ago$/i.test(t.text) && tokens[k - 1]?.pos === "NOUN") {
      let j = k - 2;
      while (j >= clauseStart && /^(?:NUM|ADJ|DET)$/.test(tokens[j].pos)) j--;
      k = j + 1;
      continue;
    }
    // auxiliaries, adverbs ("no longer"), "to", figures and dates ("agreed on March 14 to buy"), prepositions of an aside
    if (/^no$/i.test(t.text) && /^longer$/i.test(tokens[k + 1]?.text ?? "")) continue;
    if (t.pos === "AUX" || t.pos === "ADV" || t.pos === "PART" || t.pos === "PUNCT" || t.pos === "NUM" || t.pos === "SYM" || t.pos === "ADP" || t.text.toLowerCase() === "to") continue;
    // (a reflexive that stresses the subject stands after it: "Scale AI has itself been one of")
    if (t.pos === "PRON" && /^(?:itself|himself|herself|themselves)$/i.test(t.text)) continue;
    if (t.pos === "VERB") {
      // (and "have" of a control noun: "has no plan to retain")
      if (CONTROL_LEMMAS.has(t.lemma) || t.lemma === "have" || tokens[k + 1]?.text.toLowerCase() === "to" || (ASPECTUAL_LEMMAS.has(t.lemma) && isGerundAt(tokens, k + 1))) continue;
      // a gerund joined to a noun is part of a coordinated subject: the first conjunct heads it
      // ("Meta's investment and hiring of Wang will not impact")
      if (isGerundOf(tokens, k) && /^(?:and|or)$/i.test(tokens[k - 1]?.text ?? "")) {
        k--;
        continue;
      }
      return { common: false };
    }
    // a control verb the tagger read as a noun ("Harlow, its largest customer, plans to wind down")
    // (or a control noun denied: "Adams has no plan to retain her crown": Adams would retain it)
    if (t.pos === "NOUN" && /^(?:to|of)$/i.test(tokens[k + 1]?.text ?? "") && CONTROL_LEMMAS.has(lexiconLemma(t.text, "verb"))) {
      if (/^no$/i.test(tokens[k - 1]?.text ?? "")) k--;
      continue;
    }
    // a quantifier floated after the subject: "Microsoft, OpenAI, and Google all declined"
    if (/^(?:all|both|each)$/i.test(t.text) && k > clauseStart && (nameAt(tokens[k - 1]) || tokens[k - 1].pos === "NOUN")) continue;
    // an adjective after its noun heads a phrase that qualifies the noun: "interest from customers
    // uneasy about Meta had dropped off" (the subject is further back)
    if (t.pos === "ADJ" && tokens[k - 1]?.pos === "NOUN" && tokens[k + 1]?.pos === "ADP") continue;
    // an adjective that takes a verb, like a control verb ("Meta would be able to access", "is likely to buy")
    if (t.pos === "ADJ" && /^to$/i.test(tokens[k + 1]?.text ?? "") && VERB_TAKING.has(t.text.toLowerCase())) continue;
    // a pseudo-cleft names its subject before the copula ("the investment was what led it to")
    if (t.text.toLowerCase() === "what" && tokens[k - 1]?.pos === "AUX" && tokens[k - 1].lemma === "be") continue;
    if (t.pos === "PRON" && pronounGender(t.text)) return { common: true, pronoun: t.text.toLowerCase() as "he" | "she" };
    // (a capitalised common noun the tagger took for a name, "Demand for its services")
    // (or a chief officer's acronym: "Scale's CEO, Alexandr Wang, will move": the title, then its holder)
    const commonProper = t.pos === "PROPN" && (isNoun(t.text.toLowerCase()) || CHIEF_OFFICER.test(t.text));
    if (t.pos === "NOUN" || t.pos === "PRON" || t.pos === "DET" || t.pos === "ADJ" || commonProper) {
      // a date's month ("on March 14") is not a subject
      if (tokens[k + 1]?.pos === "NUM" && tokens[k - 1]?.pos === "ADP") continue;
      // nor is a preposition's object ("Kukucova, 48, from bristol was found": the subject is before it),
      // unless a participle right after it makes it that one's ("revenue from customers leaving Scale")
      if (t.pos === "NOUN" && !(k === i - 1 && tokens[i].pos === "VERB" && /ing$/i.test(tokens[i].text))) {
        let b = k - 1;
        while (b > clauseStart && (tokens[b].pos === "DET" || tokens[b].pos === "ADJ" || tokens[b].pos === "NUM" || tokens[b].pos === "PROPN" || tokens[b].pos === "PRON" || /^['’]s?$/.test(tokens[b].text))) b--;
        if (b >= clauseStart && tokens[b].pos === "ADP" && tokens[b].text.toLowerCase() !== "of") {
          k = b;
          continue;
        }
      }
      // (an adjective right before the verb's auxiliary stands as a noun: "concrete was embedded")
      const noun = t.pos === "NOUN" || (t.pos === "ADJ" && tokens[k + 1]?.pos === "AUX" && (k === clauseStart || /^(?:and|or|but|,)$/i.test(tokens[k - 1].text)));
      return { common: true, ...(noun || commonProper ? { noun: t.pos === "NOUN" ? t.lemma : t.text.toLowerCase(), at: k } : {}), ...(noun && isOwnedNoun(tokens, k) && ownedHeadBefore(tokens, k, i) ? { owned: true } : {}), ...(examples.length && noun ? { examples } : {}) };
    }
    if (t.pos === "CCONJ" || t.pos === "SCONJ") return { common: false };
  }
  return { common: false };
}

/** The noun phrase from `from` ends right before the verb at `i`, past auxiliaries and adverbs: it is the verb's subject ("its founder will join"), not "Google's lunch by purchasing". */
function ownedHeadBefore(tokens: readonly TaggedToken[], from: number, i: number): boolean {
  let k = from;
  while (k < i && /^(?:NOUN|ADJ|NUM)$/.test(tokens[k].pos)) k++;
  while (k < i && /^(?:AUX|ADV|PART)$/.test(tokens[k].pos)) k++;
  return k === i;
}

/**
 * The names joined by "and" to the name whose first token is `first`, nearest last: "Ben, now 34,
 * and baby Shelby" gives Ben (past an aside between commas and a noun or two before the name).
 */
function namesJoinedBefore(tokens: readonly TaggedToken[], first: number, clauseStart: number, nameAt: (t: TaggedToken) => NameMention | undefined): NameMention[] {
  let k = first - 1;
  for (let n = 0; n < 2 && k > clauseStart && /^(?:NOUN|ADJ|DET)$/.test(tokens[k].pos); n++) k--;
  if (k <= clauseStart || !/^(?:and|&)$/i.test(tokens[k].text)) return [];
  k--;
  if (tokens[k]?.text === ",") {
    // an aside closed by this comma: the name is before the comma that opens it
    let open = k - 1;
    while (open > clauseStart && open >= k - 8 && tokens[open].text !== ",") open--;
    if (open > clauseStart && tokens[open].text === ",") k = open - 1;
    else k--;
  }
  const name = k >= clauseStart ? nameAt(tokens[k]) : undefined;
  if (!name) return [];
  let start = k;
  while (start > clauseStart && nameAt(tokens[start - 1]) === name) start--;
  return [...namesJoinedBefore(tokens, start, clauseStart, nameAt), name];
}

/**
 * The noun at the clause's start ("Google's decision", "the plan") followed by "to" and a verb, when
 * nothing between that infinitive and the verb at `i` is another verb (but the auxiliaries right
 * before `i`): the infinitive's phrase is part of the subject.
 */
function nounWithInfinitive(tokens: readonly TaggedToken[], i: number, clauseStart: number): number | undefined {
  let k = clauseStart;
  // (past a possessor and determiners or adjectives: "Scale AI's", "the", "its surprise")
  let owner = k;
  while (owner < i && (tokens[owner].pos === "PROPN" || tokens[owner].pos === "NOUN") && !/^to$/i.test(tokens[owner + 1]?.text ?? "")) owner++;
  if (owner > k && /^['’]s$/.test(tokens[owner]?.text ?? "")) k = owner + 1;
  while (k < i && (tokens[k].pos === "DET" || tokens[k].pos === "ADJ" || (tokens[k].pos === "PRON" && /^(?:its|their|his|her)$/i.test(tokens[k].text)))) k++;
  if (tokens[k]?.pos !== "NOUN" || !/^to$/i.test(tokens[k + 1]?.text ?? "") || tokens[k + 2]?.pos !== "VERB" || k + 2 >= i) return undefined;
  let end = i - 1;
  while (end > k + 2 && (tokens[end].pos === "AUX" || tokens[end].pos === "ADV" || tokens[end].pos === "PART")) end--;
  for (let j = k + 3; j <= end; j++) if (tokens[j].pos === "VERB" || tokens[j].pos === "AUX" || /^[,;:]$/.test(tokens[j].text)) return undefined;
  return k;
}

/** The acronym of a chief officer's title: CEO, CFO, COO, CTO, CIO, CMO. */
const CHIEF_OFFICER = /^C[A-Z]O$/;

/**
 * A common-noun subject followed by a name set off by commas, right before its verb, is that name:
 * "Scale AI's new interim chief executive, Jason Droege, will report" (Droege will), "Scale AI's
 * biggest client, Google, plans to" (Google does). Else the subject as it is.
 */
export function appositiveName(tokens: readonly TaggedToken[], subject: Subject, i: number, nameAt: (t: TaggedToken) => NameMention | undefined): Subject {
  if (subject.name || !subject.common || subject.at === undefined || tokens[subject.at + 1]?.text !== ",") return subject;
  const name = tokens[subject.at + 2] && nameAt(tokens[subject.at + 2]);
  if (!name) return subject;
  let k = subject.at + 2;
  while (tokens[k] && nameAt(tokens[k]) === name) k++;
  if (tokens[k]?.text !== ",") return subject;
  // (a control verb and its "to" may stand between: "Google, plans to cut ties"; the tagger may call it a noun)
  for (k++; k < i; k++) if (!leadsToVerb(tokens, k, true)) return subject;
  return { name, common: false };
}

/**
 * What may stand between a subject and its verb: an auxiliary, an adverb, a particle, or a control
 * verb with its "to" ("which had planned to spend"); with `nounToo`, one the tagger read as a noun.
 */
function leadsToVerb(tokens: readonly TaggedToken[], k: number, nounToo: boolean): boolean {
  const t = tokens[k];
  if (/^(?:AUX|ADV|PART)$/.test(t.pos)) return true;
  return (t.pos === "VERB" || (nounToo && t.pos === "NOUN")) && CONTROL_LEMMAS.has(t.lemma) && /^to$/i.test(tokens[k + 1]?.text ?? "");
}

