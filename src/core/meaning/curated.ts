// What WordNet 3.1 lacks for news predicates, and the cue words the meaning analysis looks for.
// Every entry is exercised by test/unit/lexicon.test.ts (a test fails if one is added without a case);
// the converses by the fixture test/fixtures/claims/meaning/converse-receive.
// Lemmas are written with spaces ("wind down"); a phrase's "*" stands for up to three words
// ("cutting all its ties", "taking a 49% stake"), and "$" for a sum of money ("$14.3 billion").

/** Multi-word predicates WordNet does not list, as patterns: first word in base form, later words literal (nouns may be plural). */
export const CURATED_PHRASES: readonly { lemma: string; pattern: string }[] = [
  { lemma: "wind down", pattern: "wind down" },
  // (not "make up", to constitute: "would make up for the departure" offsets it)
  { lemma: "compensate", pattern: "make up for" },
  { lemma: "scale back", pattern: "scale back" },
  { lemma: "double down", pattern: "double down" },
  { lemma: "cut ties", pattern: "cut * ties" },
  { lemma: "sever ties", pattern: "sever * ties" },
  { lemma: "end relationship", pattern: "end * relationship" },
  { lemma: "put money into", pattern: "put * money into" },
  { lemma: "take a stake", pattern: "take * stake" },
  { lemma: "take a stake", pattern: "buy * stake" },
  { lemma: "take a stake", pattern: "acquire * stake" },
  { lemma: "divest", pattern: "sell * stake" },
  // (adding to a stake buys more of it: "planned to add to their stake" against "to sell their remaining stake")
  { lemma: "take a stake", pattern: "add to * stake" },
  // (a holding is a stake: "add to its holding", "sell their remaining holding")
  { lemma: "take a stake", pattern: "add to * holding" },
  { lemma: "divest", pattern: "sell * holding" },
  // (a blow taken is a loss suffered: "are set to take a big hit from the deal"; WordNet's "take a hit" is a drag of smoke)
  { lemma: "suffer", pattern: "take * hit" },
  { lemma: "cause", pattern: "lead * to" },
  // ("what pushed it to wind down": WordNet's push is to press or to promote)
  { lemma: "cause", pattern: "push * to" },
  // verbs of money laid out, with the sum as their object ("$" in a pattern): "dropped $14.3B on
  // Scale AI" spends, "sank $14 billion into" invests (WordNet's drop, sink and pour have no such sense)
  { lemma: "spend", pattern: "drop $ on" },
  { lemma: "spend", pattern: "splash $ on" },
  { lemma: "spend", pattern: "blow $ on" },
  { lemma: "invest", pattern: "sink $ into" },
  { lemma: "invest", pattern: "pour $ into" },
  { lemma: "invest", pattern: "plough $ into" },
  { lemma: "invest", pattern: "plow $ into" },
  { lemma: "invest", pattern: "put $ into" },
  // (a closer look at a deal is an examination of it: "will take a closer look at the deal")
  { lemma: "examine", pattern: "take * look at" },
  // (work "put on ice": suspended; WordNet has no such phrase)
  { lemma: "suspend", pattern: "put * on ice" },
];

/** Predicates that mean the same thing; the first of each group names it. */
export const CURATED_EQUIVALENTS: readonly (readonly string[])[] = [
  ["invest", "put money into", "take a stake"],
  ["cut ties", "end relationship", "sever ties"],
  // a cause and an influence: "was not influenced by X" denies "X led it to" and "was driven by X"
  ["cause", "influence", "prompt", "trigger", "drive", "spur", "motivate"],
  // the sample's sources say "phasing out", "pulling back from" and "wrapping up its work with" for
  // winding down (WordNet's "wrap up" is finishing a task, a sense apart)
  ["wind down", "phase out", "pull back", "wrap up"],
  // going on: WordNet files "carry on" with "uphold" and "preserve", "continue" with "go on"
  ["continue", "carry on"],
  // WordNet files "offset" with "counterbalance", and "compensate" apart
  ["compensate", "offset", "counterbalance"],
  // WordNet has "scale down" (reduce in size) but not "scale back"
  ["scale down", "scale back"],
  // growing a relationship, the opposite of winding it down ("double down on" a business: put more into it)
  ["expand", "ramp up", "scale up", "step up", "double down"],
  // WordNet shares "receive a specified treatment" only between receive's 2nd and get's 4th senses
  ["receive", "get"],
  // WordNet puts "have" and "hold" in one synset ("have or possess"), but the table leaves out
  // "have" as a light verb: "Meta will hold voting power" is "will have" it
  ["have", "hold", "possess"],
  // money given for a service: "spent $150 million on Scale AI's services" is "paid Scale AI $150
  // million" (WordNet's "spend" is "pay out", a sense apart from "pay")
  ["pay", "spend"],
  // those who put money in: WordNet's "backer" is a patron or a theatrical angel, apart from "investor"
  ["investor", "backer"],
  // looking into something: WordNet keeps "review" (look at again) and "scrutinize" apart from "examine"
  ["examine", "review", "scrutinize", "scrutinise"],
  // taking people on: WordNet files "enlist" ("engage for work or assistance") and "recruit" apart from "hire"
  ["hire", "enlist", "recruit"],
  // hiring away another's staff: WordNet's "poach" is only hunting and cooking, its "lure" only enticing
  ["poach", "lure"],
  // holding out money or a post to win someone: "dangled signing bonuses of up to $100 million"
  // (WordNet's "dangle" is only hanging loosely)
  ["offer", "dangle"],
  // holding someone to be something: "thinks of us as their biggest competitor", "considers OpenAI
  // its biggest competitor", "regards it as" (WordNet keeps think's "judge" sense apart from regard's "deem")
  ["regard", "consider", "think", "view"],
  // giving something its cause: "blamed its slower growth on the deal" attributes it to the deal
  // (WordNet keeps "blame" with "accuse", and "credit" with "recognition", apart from "attribute")
  ["attribute", "ascribe", "blame", "credit"],
];

/**
 * Converse predicates: "A receives X from B" says what "B invests X in A" or "B pays X to A" says,
 * with the roles swapped. WordNet has no such relation. (Not "give": a light verb of too many senses.)
 */
export const CURATED_CONVERSES: readonly (readonly [string, string])[] = [
  ["receive", "invest"],
  ["receive", "pay"],
];

/** Event nouns whose verb WordNet does not link by a derivation pointer (noun, verb). */
export const CURATED_DERIVATIONS: readonly (readonly [string, string])[] = [
  ["sale", "sell"],
  ["valuation", "value"],
];

/**
 * Opposite predicates used in news that WordNet does not give as antonyms, or only between senses
 * past the first few (gain ! lose is between gain's 2nd and lose's 6th). WordNet already gives
 * rise/fall, hire/fire, continue/stop and invest/divest.
 */
export const CURATED_OPPOSITES: readonly (readonly [string, string])[] = [
  ["expand", "wind down"],
  ["expand", "cut ties"],
  // (WordNet has "scale down" as "reduce in size" but no antonym; "scale back" is its equivalent)
  ["expand", "scale down"],
  ["deepen", "wind down"],
  ["deepen", "cut ties"],
  ["increase", "wind down"],
  ["stay", "leave"],
  ["stay", "give up"],
  ["keep", "give up"],
  ["triple", "fall"],
  ["double", "fall"],
  ["double", "halve"],
  ["grow", "shrink"],
  ["hire", "lay off"],
  // ("shed jobs", "gradually shed its contractors": WordNet's "shed" is casting off, with no antonym)
  ["hire", "shed"],
  // what is done with data after a project: WordNet's "retain" and "delete" are not antonyms
  ["retain", "delete"],
  ["keep", "delete"],
  // (keeping a supplier on contracts against removing it from them: WordNet's "remove" has no antonym)
  ["keep", "remove"],
  ["join", "leave"],
  ["join", "quit"],
  ["continue", "end"],
  // closing a business for good against keeping or growing it ("shut down its applications business"
  // against "double down on" it): WordNet's "shut down" and "close down" have no antonym
  ["continue", "shut down"],
  ["expand", "shut down"],
  ["continue", "close down"],
  ["expand", "close down"],
  // a vendor portfolio spread over more suppliers or fewer: WordNet's "diversify" has no antonym
  ["diversify", "consolidate"],
  // WordNet's "suspend" (stop for a while) has no antonym
  ["continue", "suspend"],
  // (work that "picked up" against work "put on ice": WordNet's "pick up" is resuming or gaining, no antonym)
  ["pick up", "suspend"],
  ["gain", "lose"],
  ["generate", "lose"],
  ["earn", "lose"],
  // ("has secured $50 million in potential contracts" against "lost"; WordNet's "secure" is "get by special effort")
  ["secure", "lose"],
  // WordNet's "suffer" is "lose" only in its 11th sense ("be set at a disadvantage")
  ["benefit", "suffer"],
  // what a party tells the press: WordNet gives "deny" only "admit" as its antonym
  ["confirm", "deny"],
  // holding an office and leaving it ("continuing to serve as a director" against "step down from the board"):
  // WordNet's "step down" is "resign", with no antonym
  ["serve", "step down"],
  ["stay", "step down"],
  // selling off a stake against buying more or keeping it ("planned to sell off their remaining
  // stake" against "buy additional shares", "hold on to their stake"): WordNet opposes divest only to invest
  ["buy", "divest"],
  ["hold", "divest"],
  ["keep", "divest"],
];

/**
 * Acts that entail another, the first a stronger form of the second: to exceed expectations is to
 * meet them and more, so a source's "failed to meet performance standards" denies "beat performance
 * expectations" (while "met" does not state it). WordNet's verb entailments do not give these.
 */
export const CURATED_ENTAILMENTS: readonly (readonly [string, string])[] = [
  ["exceed", "meet"],
  ["beat", "meet"],
  ["surpass", "meet"],
  ["outperform", "meet"],
];

/**
 * Relations between two parties that exclude each other, as nouns of a copula ("Meta is an OpenAI
 * competitor" against "partner"); WordNet gives these nouns no antonyms. Synonyms through WordNet
 * ("rival" = "competitor", "ally" = "partner" only where WordNet says so).
 */
export const CURATED_OPPOSED_ROLES: readonly (readonly [string, string])[] = [
  ["competitor", "partner"],
  ["competitor", "ally"],
];

/**
 * Directions of change WordNet lacks: its only sense of "halve" is "divide by two", not under
 * decrease (+1 increase, -1 decrease, as in ./change.ts).
 */
export const CURATED_CHANGE_DIRECTIONS: readonly (readonly [string, number])[] = [
  ["halve", -1],
  // of a magnitude, its 7th sense ("lose value", under weaken); the first is breaking down
  ["collapse", -1],
  // not a change: WordNet's "add as part of something" puts it under "add", but news uses it for
  // what a set has ("Its clients include Harvel"), which no source would call a change
  ["include", 0],
  // of a magnitude ("its stock gained 7.74%", "lost 3%"): WordNet files these senses under
  // "increase in value" and "fail to keep", outside increase/decrease
  ["gain", 1],
  ["lose", -1],
];

/**
 * Verbs of staying: in a position ("remains a director"), in a state before an adjective, as "is"
 * ("remains optional"), and before a participle, as "be" ("would stay involved", "remains committed").
 */
export const STAYING_VERBS: ReadonlySet<string> = new Set(["remain", "stay"]);

/** Verbs whose object did the act of a gerund after "of" ("accused OpenAI of offering bonuses"); the tagger and the facts read them. */
export const ACCUSING_VERBS: ReadonlySet<string> = new Set(["accuse", "suspect", "convict"]);

/** Verbs of beginning, going on and ending, whose gerund is the act ("began phasing out", "stopped testing"); the tagger and the polarity rules read them. */
export const ASPECTUAL_VERBS: readonly string[] = ["stop", "cease", "quit", "continue", "keep", "begin", "start", "resume", "finish", "complete"];

/** Adjectives that take a verb ("able to access", "likely to buy"): the verb's subject is theirs. */
export const VERB_TAKING_ADJECTIVES: readonly string[] = ["able", "unable", "likely", "unlikely", "poised", "ready", "eager", "due", "sure", "certain"];

/** Adjectives of size that WordNet does not give as synonyms or antonyms (it has large ! small, big ! little). */
export const CURATED_SIZE_ADJECTIVES: readonly (readonly [string, string])[] = [
  ["big", "large"],
  ["little", "small"],
  // (the larger part: "accounted for most of its data needs" against "a small fraction of" them)
  ["most", "large"],
];
const SIZES = new Map(CURATED_SIZE_ADJECTIVES);

/**
 * Nouns that name one measured thing in news of markets, which WordNet keeps apart ("stock" is the
 * capital, a "share" one portion of it): "Alphabet shares have risen" and "Alphabet stock declined"
 * tell of one price. (Nouns only: the verbs "share" and "stock" have nothing in common.)
 */
export const CURATED_SAME_MEASURES: readonly (readonly [string, string])[] = [["share", "stock"]];
const MEASURES = new Map(CURATED_SAME_MEASURES.flatMap(([a, b]) => [[a, b], [b, a]] as const));
/** Two measured nouns name the same thing. */
export function sameMeasureNoun(a: string, b: string): boolean {
  return a === b || MEASURES.get(a) === b;
}
/**
 * Nouns of a hold over something that WordNet keeps in separate senses, said of the same thing in
 * news of stakes: "voting power", "voting control", "voting rights". (Objects of light verbs only:
 * "gave it voting control" is "will not have any voting power" denied.)
 */
export const CURATED_SAME_HOLDS: readonly string[] = ["power", "control", "right"];
/** Two objects name the same thing: the same noun, one measure, or two holds. */
export function sameObjectNoun(a: string, b: string): boolean {
  return sameMeasureNoun(a, b) || (CURATED_SAME_HOLDS.includes(a) && CURATED_SAME_HOLDS.includes(b));
}
/** One word is the other negated by "non", which WordNet mostly lacks: "nonvoting" (or "non-voting") and "voting". */
export function negatedByNon(a: string, b: string): boolean {
  return [[a, b], [b, a]].some(([x, y]) => /^non-?(\p{Ll}{3,})$/u.exec(x)?.[1] === y);
}

/** An adjective's lemma with the sizes made one ("big" is "large"). */
export function sizeSynonym(adjective: string): string {
  return SIZES.get(adjective) ?? adjective;
}

/**
 * Adjectives whose sense that opposes them is not their first in WordNet, or sits in no cluster
 * with the head of that sense, as that head: judgements ("great" is first of size; "great for
 * Alex, terrible for everyone else" opposes the two) and whether a thing is real or only possible
 * ("tens of millions of dollars in completed deals" against "in potential deals": WordNet has
 * actual ! potential, but "completed" only as a verb).
 */
export const CURATED_ADJECTIVE_HEADS: readonly (readonly [string, string])[] = [
  ["great", "good"],
  ["excellent", "good"],
  ["wonderful", "good"],
  ["terrible", "bad"],
  ["awful", "bad"],
  ["horrible", "bad"],
  ["completed", "actual"],
  ["closed", "actual"],
  ["finalized", "actual"],
  ["signed", "actual"],
  ["prospective", "potential"],
];
const ADJECTIVE_HEADS = new Map(CURATED_ADJECTIVE_HEADS);
/** An adjective as the head of its opposed sense, any other as itself. */
export function adjectiveHead(adjective: string): string {
  return ADJECTIVE_HEADS.get(adjective) ?? adjective;
}

// Cue lists. An entry whose first word is a verb's base form ("decline to") also matches its
// inflections ("declined to", "declines to"); any other entry matches only as written ("considering").

/** Words that negate the clause they are in. */
export const NEGATORS: readonly string[] = ["not", "never", "no", "n't", "without", "neither", "nor", "none"];

/** Verbs that assert their complement did not happen ("declined to comment", "denied that it paid"). */
export const NEGATIVE_IMPLICATIVES: readonly string[] = [
  "decline to", "refuse to", "fail to", "deny that", "deny", "reject", "rule out", "unable to", "have yet to", "be yet to",
];

/**
 * Verbs of refuting, whose "that" clause, or that of an idea they refute, is denied by their subject
 * ("denied that it paid", "tried to squash the idea that Meta would receive preferential treatment").
 */
export const REFUTING_VERBS: readonly string[] = [
  "deny", "dismiss", "reject", "refute", "rebut", "squash", "quash", "dispel", "debunk", "downplay", "play down", "dispute", "push back on", "push back against",
];

/** Verbs of implying: their clause is denied when they are ("the deal did not mean Scale was pivoting"). */
export const IMPLYING_VERBS: readonly string[] = ["mean", "imply", "signal", "signify", "indicate"];

/** Nouns naming a proposition that may be refuted ("the idea that", "reports that", "concerns that"). */
export const PROPOSITION_NOUNS: readonly string[] = [
  "idea", "notion", "suggestion", "claim", "report", "rumor", "rumour", "speculation", "concern", "fear", "perception", "allegation", "assertion", "impression", "theory", "belief",
];

/**
 * Nouns whose "that" or "whether" clause is not asserted, only entertained ("concerns that Meta would
 * be able to access", "speculation that Google would leave"): no source states it by them.
 */
export const UNASSERTING_NOUNS: readonly string[] = [
  "concern", "fear", "worry", "speculation", "rumor", "rumour", "possibility", "question", "suggestion", "idea", "notion", "risk", "hope", "doubt",
];

/** Verbs that assert their complement did happen ("managed to close the deal"). */
export const POSITIVE_IMPLICATIVES: readonly string[] = ["manage to", "agree to"];

/** Words that make a statement less than a report of fact. */
export const HEDGES: readonly string[] = [
  "reportedly", "plan to", "may", "might", "could", "expected to", "in talks to", "considering",
  // (what one wants or means to do is not yet done: "Google wants to massively reduce its expenditure")
  "want to", "aim to",
];

/** Words that place a fact before or after another event ("before the Meta deal"). */
export const TIME_ANCHORS: readonly string[] = ["before", "after", "prior to", "following", "since", "until"];

/** Words that give one event as the reason for another ("cut ties because of the deal", "as a result"). */
export const CAUSAL_CONNECTIVES: readonly string[] = [
  "because", "due to", "as a result", "owing to", "thanks to", "in response to", "so that", "therefore", "result in", "drive", "spark", "force",
];

/**
 * Adjectives that make their noun something not (yet) real: "potential contracts" are not
 * contracts, "a proposed deal" is no deal. A figure the sources give only of such things is not a
 * figure of the things themselves (claims/checks/non-factual-figure.ts).
 */
export const NON_FACTUAL_ADJECTIVES: readonly string[] = [
  "potential", "possible", "prospective", "proposed", "planned", "expected", "projected", "anticipated", "hypothetical", "would-be", "alleged", "rumored", "rumoured", "pending", "tentative",
];
