// Facts an appositive states: "Alphabet's Google, the largest customer of Scale AI, is set to end its
// partnership" says that Google is the largest customer of Scale AI, as "Google is …" would; so does
// "Scale AI's biggest client, Google, plans to …". Read as copulas with a noun (./facts.ts), the
// noun's adjectives and superlative kept. Only a phrase opened by "the", "a", "an" or a possessor
// (named, or a common noun: "world's youngest …") counts: "Meta, last week, said" is no appositive.
import type { NameMention } from "../entities/names";
import type { Predicate } from "./facts";
import type { TaggedToken } from "./tagger";
import { lemma as lexiconLemma } from "./lexicon";
import { adjectivesBetween, uniqueSuperlative } from "./phrases";

type NameAt = (t: TaggedToken) => NameMention | undefined;

/** A noun phrase from `k`: its head noun, the names in it (a possessor, "an OpenAI competitor", "of Scale AI") and where it ends. */
function nounPhrase(tokens: readonly TaggedToken[], k: number, nameAt: NameAt): { head: number; names: NameMention[]; end: number } | undefined {
  const names: NameMention[] = [];
  const opener = tokens[k];
  if (!opener) return undefined;
  // (a common-noun possessor, after "the" or not: "world's youngest self-made billionaire")
  const commonPossessor = (at: number) => tokens[at]?.pos === "NOUN" && /^\p{Ll}/u.test(tokens[at].text) && /^['’]s$/.test(tokens[at + 1]?.text ?? "");
  if (/^(?:the|a|an)$/i.test(opener.text)) k += commonPossessor(k + 1) ? 3 : 1;
  else if (commonPossessor(k)) k += 2;
  else {
    // (a named possessor: "Scale AI's biggest client")
    const owner = nameAt(opener);
    if (!owner) return undefined;
    while (tokens[k] && nameAt(tokens[k]) === owner) k++;
    if (!/^['’]s$/.test(tokens[k]?.text ?? "")) return undefined;
    names.push(owner);
    k++;
  }
  let head = -1;
  for (; k < tokens.length; k++) {
    const t = tokens[k];
    const name = nameAt(t);
    if (name) {
      if (!names.includes(name)) names.push(name);
      continue;
    }
    if (t.pos === "NOUN") head = k;
    else if (!(t.pos === "ADJ" || t.pos === "NUM" || t.text === "-" || (t.pos === "VERB" && tokens[k - 1]?.text === "-"))) break;
  }
  if (head < 0 || !/^\p{Ll}/u.test(tokens[head].text)) return undefined;
  // (its "of" phrase names whose it is: "the largest customer of Scale AI")
  if (/^of$/i.test(tokens[k]?.text ?? "") && tokens[k + 1] && nameAt(tokens[k + 1])) {
    const of = nameAt(tokens[k + 1])!;
    names.push(of);
    for (k++; tokens[k] && nameAt(tokens[k]) === of; k++);
  }
  // (the phrase is set off: a comma, or the sentence's end, follows it)
  if (k < tokens.length && !/^[,.;]$/.test(tokens[k].text)) return undefined;
  return { head, names, end: k };
}

function copulaFact(tokens: readonly TaggedToken[], from: number, np: { head: number; names: NameMention[] }, agent: NameMention): Predicate {
  const unique = uniqueSuperlative(tokens, from - 1, np.head);
  const objectAdjectives = adjectivesBetween(tokens, from - 1, np.head);
  return {
    lemma: lexiconLemma(tokens[np.head].text, "noun"),
    copula: true,
    ...(objectAdjectives.length ? { objectAdjectives } : {}),
    start: tokens[from].start,
    end: tokens[np.head].end,
    negated: false,
    hedged: false,
    agent,
    patients: np.names.filter((n) => n !== agent),
    speech: false,
    passive: false,
    ...(unique ? { unique } : {}),
  };
}

/** Nouns of a public body that a name before them identifies ("the U.S. government"). */
const BODY_NOUNS = new Set(["government", "administration", "military", "army", "navy", "ministry", "department"]);

/** The copulas the sentence's appositives state. */
export function appositiveFacts(tokens: readonly TaggedToken[], nameAt: NameAt): Predicate[] {
  const out: Predicate[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const name = nameAt(tokens[k]);
    if (!name) continue;
    let j = k;
    while (tokens[j + 1] && nameAt(tokens[j + 1]) === name) j++;
    // "Google, the largest customer of Scale AI," (or a body the name qualifies: "the U.S.
    // government, Scale AI's largest customer,")
    const bodyNoun = BODY_NOUNS.has(tokens[j + 1]?.text.toLowerCase() ?? "") ? 1 : 0;
    if (tokens[j + 1 + bodyNoun]?.text === ",") {
      const np = nounPhrase(tokens, j + 2 + bodyNoun, nameAt);
      if (np) out.push(copulaFact(tokens, j + 2 + bodyNoun, np, name));
    }
    // "Scale AI's biggest client, Google,"
    const np = nounPhrase(tokens, k, nameAt);
    const after = np && tokens[np.end]?.text === "," ? tokens[np.end + 1] : undefined;
    const named = after && nameAt(after);
    if (np && named && named !== name) {
      let e = np.end + 1;
      while (tokens[e] && nameAt(tokens[e]) === named) e++;
      if (e >= tokens.length || /^[,.;]$/.test(tokens[e].text)) out.push(copulaFact(tokens, k, np, named));
    }
    // "Scale AI's biggest client is Google", "Alphabet's Google, whose biggest client is Scale AI,"
    const owned = ownedNounIsName(tokens, j + 1, nameAt);
    if (owned) out.push(copulaFact(tokens, owned.whose ? owned.from + 1 : k, { head: owned.head, names: [name] }, owned.named));
    k = j;
  }
  for (let k = 0; k < tokens.length; k++) {
    const described = tokens[k].pos === "VERB" && DESCRIBING.has(tokens[k].lemma) ? describedAs(tokens, k, nameAt) : undefined;
    if (described) out.push(described);
  }
  return out;
}

/** Verbs that say what their object is with "as": "described the Meta deal as a pivot". */
export const DESCRIBING = new Set(["describe", "characterize", "characterise", "portray", "depict", "label", "frame", "present", "cast", "hail", "tout", "pitch", "identify"]);

/**
 * The copula a verb of describing states of its object: "described the Meta deal as a pivot" says
 * the deal is a pivot (for its speaker), as "the deal is a pivot" would; denied with the verb.
 */
function describedAs(tokens: readonly TaggedToken[], k: number, nameAt: NameAt): Predicate | undefined {
  let as = k + 1;
  let subject: number | undefined;
  let named: NameMention | undefined;
  // (in the passive, what is described is the subject, past an aside: "Microsoft, rather than Google, has been identified as")
  if (/^as$/i.test(tokens[as]?.text ?? "") && tokens[k - 1]?.pos === "AUX") {
    let s = k - 1;
    while (s > 0 && tokens[s].pos === "AUX") s--;
    if (tokens[s]?.text === ",") for (s--; s > 0 && tokens[s].text !== ","; s--);
    if (tokens[s]?.text === ",") s--;
    named = tokens[s] && nameAt(tokens[s]);
    if (!named) return undefined;
  }
  for (; as < tokens.length && as <= k + 8 && !/^as$/i.test(tokens[as].text); as++) {
    const t = tokens[as];
    const name = nameAt(t);
    if (t.pos === "NOUN" && !name) subject = as;
    else if (name) named ??= name;
    else if (!/^(?:DET|ADJ|PART|NUM)$/.test(t.pos) && !/^['’]s$/.test(t.text)) return undefined;
  }
  if (!/^as$/i.test(tokens[as]?.text ?? "")) return undefined;
  let head = as + 1;
  if (/^(?:a|an|the)$/i.test(tokens[head]?.text ?? "")) head++;
  // (past a possessor: "as Scale AI's single biggest client")
  const owner = tokens[head] && nameAt(tokens[head]);
  while (owner && tokens[head] && nameAt(tokens[head]) === owner) head++;
  if (owner && /^['’]s$/.test(tokens[head]?.text ?? "")) head++;
  while (tokens[head]?.pos === "ADJ" || tokens[head]?.pos === "ADV") head++;
  while (tokens[head + 1]?.pos === "NOUN" && tokens[head]?.pos === "NOUN") head++;
  if (tokens[head]?.pos !== "NOUN" || !/^\p{Ll}/u.test(tokens[head].text) || (subject === undefined && !named)) return undefined;
  const negated = tokens.slice(Math.max(0, k - 3), k).some((t) => /^(?:not|n['’]t|never)$/i.test(t.text));
  const unique = uniqueSuperlative(tokens, as, head);
  return {
    lemma: lexiconLemma(tokens[head].text, "noun"),
    copula: true,
    start: tokens[k].start,
    end: tokens[head].end,
    negated,
    hedged: false,
    ...(subject === undefined ? { agent: named } : { subject: lexiconLemma(tokens[subject].text, "noun") }),
    patients: owner ? [owner] : [],
    speech: false,
    passive: false,
    ...(unique ? { unique } : {}),
  };
}

/** After a name at `at`: "'s" or ", whose", adjectives, a noun (and a time phrase), then "is"/"was"/"remains" and another name: that one is the name's noun. */
function ownedNounIsName(tokens: readonly TaggedToken[], at: number, nameAt: NameAt): { from: number; head: number; named: NameMention; whose: boolean } | undefined {
  let k = at;
  const whose = tokens[k]?.text === "," && /^whose$/i.test(tokens[k + 1]?.text ?? "");
  if (/^['’]s$/.test(tokens[k]?.text ?? "")) k++;
  else if (whose) k += 2;
  else return undefined;
  const from = k - 1;
  while (tokens[k]?.pos === "ADJ") k++;
  if (tokens[k]?.pos !== "NOUN" || !/^\p{Ll}/u.test(tokens[k].text)) return undefined;
  const head = k;
  // (past a time phrase: "Scale AI's largest customer before the Meta deal was Microsoft", "in 2024")
  let copula = k + 1;
  if (/^(?:before|after|prior|during|since|until|in|last)$/i.test(tokens[copula]?.text ?? ""))
    while (copula < k + 8 && tokens[copula] && !/^(?:is|was|remains|remained)$/i.test(tokens[copula].text) && tokens[copula].pos !== "VERB" && !/^[,;:.]$/.test(tokens[copula].text)) copula++;
  if (!/^(?:is|was|remains|remained)$/i.test(tokens[copula]?.text ?? "")) return undefined;
  const named = tokens[copula + 1] && nameAt(tokens[copula + 1]);
  return named ? { from, head, named, whose } : undefined;
}
