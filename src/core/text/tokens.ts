// Word tokens for retrieval and alignment: lowercase, light stemming, a stop-word list, and a
// small table of synonyms that news writing uses interchangeably for the same fact.

export interface Token {
  /** Normalised form used for matching (stemmed, synonyms folded). */
  term: string;
  /** The word as written. */
  word: string;
  start: number;
  end: number;
}

// Letters, digits, and inner apostrophes/hyphens/periods between digits ("14.3", "don't", "data-labeling").
const WORD = /[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*/gu;

export const STOP_WORDS = new Set(
  `a an the and or but nor so yet of in on at to for from by with about as into onto over under than then that this these those
  is are was were be been being am do does did done has have had having will would shall should can could may might must
  it its it's he she they them their theirs his her hers him we us our you your i me my mine who whom whose which what when where why how
  not no also just only very more most much many some any each every all both either neither other another such own same
  there here up down out off again further once too s t said says say told according reported report reportedly
  one's while after before during since until if because though although whether per via amid among`
    .split(/\s+/)
    .filter(Boolean),
);

// Words that state the same fact in news text; each maps to one canonical term.
const SYNONYM_GROUPS: string[][] = [
  ["revenue", "revenues", "sales", "income", "turnover"],
  ["value", "valued", "valuation", "valuing", "values", "worth"],
  ["stake", "share", "shares", "interest", "ownership", "stakes"],
  ["customer", "customers", "client", "clients", "clientele"],
  ["ceo", "chief-executive"],
  ["cfo", "chief-financial-officer"],
  ["found", "founded", "founding", "founder", "co-founded", "cofounded"],
  ["pay", "paid", "spend", "spent", "spending", "give", "pays", "paying"],
  ["invest", "invested", "investment", "investing", "investments", "invests"],
  ["buy", "bought", "acquire", "acquired", "acquiring", "acquisition", "purchase", "purchased", "purchasing"],
  ["end", "sever", "cut", "drop", "drops", "dropping", "ending"],
  ["rival", "rivals", "competitor", "competitors"],
  ["big", "biggest", "large", "largest", "top"],
  ["start", "started", "begin", "began", "launch", "launched"],
  ["hire", "hired", "hiring", "poach", "poached", "poaching"],
  ["employee", "employees", "staff", "worker", "workers"],
  ["triple", "tripled", "triples", "tripling"],
  ["double", "doubled", "doubles", "doubling"],
  ["quadruple", "quadrupled", "quadruples"],
];
const SYNONYMS = new Map<string, string>();
for (const group of SYNONYM_GROUPS) for (const w of group) SYNONYMS.set(w, group[0]);

/** A light English stemmer: enough to fold plurals and common verb endings. */
export function stem(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  if (w.endsWith("'s") || w.endsWith("’s")) w = w.slice(0, -2);
  if (w.endsWith("ies") && w.length > 4) return w.slice(0, -3) + "y";
  if (w.endsWith("sses")) return w.slice(0, -2);
  if (w.endsWith("ss") || w.endsWith("us") || w.endsWith("is")) return w;
  if (w.endsWith("es") && /(?:ch|sh|x|z)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith("s") && w.length > 3) w = w.slice(0, -1);
  if (w.endsWith("ing") && w.length > 5) {
    w = w.slice(0, -3);
    if (/([bdgmnprt])\1$/.test(w)) w = w.slice(0, -1);
    return w;
  }
  if (w.endsWith("ed") && w.length > 4) {
    w = w.slice(0, -2);
    if (/([bdgmnprt])\1$/.test(w)) w = w.slice(0, -1);
    else if (w.endsWith("i")) w = w.slice(0, -1) + "y";
    return w;
  }
  return w;
}

/** Normalised matching term of one word (lowercase, synonyms folded, stemmed). */
export function termOf(word: string): string {
  const lower = word.toLowerCase().replace(/’/g, "'");
  const bare = lower.endsWith("'s") ? lower.slice(0, -2) : lower;
  const syn = SYNONYMS.get(bare);
  if (syn) return syn;
  const stemmed = stem(bare);
  return SYNONYMS.get(stemmed) ?? stemmed;
}

/** All word tokens of a text (including stop words; callers filter with `isContentTerm`). */
export function tokenize(text: string, base = 0): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const word = m[0];
    out.push({ term: termOf(word), word, start: base + m.index, end: base + m.index + word.length });
  }
  return out;
}

export function isContentTerm(term: string): boolean {
  return term.length > 1 && !STOP_WORDS.has(term);
}

/** Distinct content terms of a text, in order of first appearance. */
export function contentTerms(text: string): string[] {
  const seen = new Set<string>();
  for (const t of tokenize(text)) if (isContentTerm(t.term)) seen.add(t.term);
  return [...seen];
}
