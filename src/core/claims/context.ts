// What every check, the analysis and support share: the claim as given, the claim as analysed,
// the thresholds and weights, and a read-only view of the corpus with the lookups they all make.
// Nothing here imports the orchestrator (check.ts) or a check.
import type { Citation, Finding, Range, SourceUnit } from "../types";
import { headingAt, pageAt, placeSuffix } from "../sources/pages";
import type { Corpus, SentenceInfo } from "../index/corpus";
import type { Quantity } from "../quantities";
import { NAME_ENDINGS, containsWord, lowerCore, mentionsName, nameBase, wordBases, type NameMention } from "../entities/names";
import { isContentTerm, termOf, tokenize, type Token } from "../text/tokens";
import { datedInUnit, states } from "./figures";
import { clip, type QuoteSpan } from "./spans";
import { SPEAKER_AFTER_VERBS, SPEECH_VERBS } from "../text/speech";
import { mayStateRole, ROLE_PATTERN } from "../entities/roles";

export { SPEAKER_AFTER_VERBS, SPEECH_VERBS };

export interface ClaimInput {
  /** Exact draft text of the sentence. */
  text: string;
  /** Visible prose (markup removed). */
  plain: string;
  /** Draft offset of each character of `plain`. */
  plainOffsets: number[];
  range: Range;
  /** Citation keys written in the sentence (footnote labels, pandoc keys, linked source paths). */
  citedKeys?: string[];
  /** Lower-cased words the sources need not contain. */
  ignoreWords?: string[];
}

export interface CheckContext {
  corpus: Corpus;
  /** Converts draft offsets to a range. */
  toRange(start: number, end: number): Range;
}

// ---- thresholds and weights ---------------------------------------------------------------

/** Candidate passages retrieved per claim. */
export const RETRIEVE = 40;
/** A source quantity counts the same thing as the claim's when this share of the claim's key words surround it. */
export const MIN_ALIGN = 0.34;
/** Alignment strong enough to call a different value a contradiction. */
export const STRONG_ALIGN = 0.5;
/** Share of the claim's key words (by weight) a passage must contain to support it. */
export const SUPPORT_COVERAGE = 0.5;
export const SUPPORT_COVERAGE_WITH_VALUES = 0.45;
/** Share of a part's key words a passage must contain to support that part. */
export const PART_COVERAGE = 0.5;
/** Candidate passages retrieved for one part of a long claim. */
export const PART_RETRIEVE = 10;
/** Share of the claim's other key words one sentence must contain to show a swapped name. */
export const SWAP_COVERAGE = 0.9;
/** A passage this much short of SUPPORT_COVERAGE still supports when its article has the rest… */
export const ARTICLE_SLACK = 0.2;
/** …that is, this share of the claim's key words appears somewhere in the same article. */
export const ARTICLE_COVERAGE = 0.65;
/** Values aligned almost as well as the best one compete with it. */
export const CONTENDER_MARGIN = 0.15;
/** Alignment added to a figure in a sentence where another figure of the claim is confirmed. */
export const ANCHOR_BONUS = 0.2;
/** Weakest alignment at which a source figure with the claim's value confirms it. */
export const LOW_ALIGN = 0.2;
/** A value aligned this much less well than the claim's own is about something else. */
export const DISPUTE_MARGIN = 0.2;
/** A key word found in a neighbouring sentence counts this much of one found in the passage itself. */
export const NEIGHBOUR_WEIGHT = 0.8;
/** Rank added to a passage that an earlier check took as evidence. */
export const EVIDENCE_BONUS = 0.5;
/** Rank added per share of the claim's words the passage has as written (not folded or stemmed). */
export const EXACT_WORDS_BONUS = 0.2;
/** Citations of a claim that is not contradicted: passages this share of the needed coverage. */
export const CITED_COVERAGE = 0.8;
/** Sources longer than this are not read whole for a dateline or a figure. */
export const MAX_UNIT_SENTENCES = 2000;
/** Names whose mention is kept per window of sentences (a bound for long editing sessions). */
const MAX_WINDOW_MENTIONS = 256;

/** A name right before a speech verb ("Droege said", past one or two appositives, the second may be long: "Jonathan Siddharth, Turing CEO, explains", or a relative pronoun: "Wang, who said"), or right after one ("said Droege"). */
const SPOKE_AFTER = new RegExp(`^(?:\\s+of\\s+\\p{Lu}[\\p{L}\\p{N}.&-]*(?:\\s\\p{Lu}[\\p{L}\\p{N}.&-]*){0,3})?(?:,[^,.;:"“”]{1,40}(?:,[^,.;:"“”]{1,140})?,|,)?\\s*(?:who\\s+(?:also\\s+)?|(?:is|was|['’]s)\\s+the\\s+one\\s+who\\s+)?(?:${SPEECH_VERBS})\\b`, "u");
/** The same as a cleft with a participle: "Garrett Lord is the one saying …". */
const SPOKE_AS_THE_ONE = /^\s+(?:is|was|['’]s)\s+the\s+one\s+(?:saying|telling|writing|noting|arguing|warning|claiming|insisting|explaining|stating|adding)\b/;
/** Nouns of words someone said ("the remark that …"), and those one is credited with ("the line"): shared by SPEECH and spoke(). */
const SAID_NOUNS = "remarks?|comments?|words|quotes?|statements?";
const CREDITED_NOUNS = "line|remark|words|quote|comment|phrase";
/** What one is credited with when one said it: "credited X with the line that …". */
const CREDITED_WITH = new RegExp(`^\\s+with\\s+(?:the\\s+|a\\s+)?(?:${CREDITED_NOUNS}|observation|saying|warning)\\b`, "i");
const OF_BEFORE = /\bof\s+$/i;
// (and "According to" opening the sentence)
const SPOKE_BEFORE = new RegExp(`\\b(?:${SPEAKER_AFTER_VERBS}|According to)\\s+$`);
/** The same past an organisation's role before the name: "according to Labelbox CEO Manu Sharma". */
// (or the headline words for one: "according to Labelbox chief Manu Sharma")
const SPOKE_BEFORE_ROLE = new RegExp(`\\b(?:${SPEAKER_AFTER_VERBS}|According to)\\s+(?:\\p{Lu}[\\p{L}\\p{N}.&-]*\\s+){1,3}(?:${ROLE_PATTERN}|chief|boss)\\s+$`, "u");

/** Things said, which may come from or be written by someone: "The remark that …", "The line "…"". */
const SAID_THINGS = `${SAID_NOUNS}|warnings?|assessment|prediction|lines?|declaration|assurance|claims?`;
/** Words that give a thing said its speaker: "came from", "was written by", "was made by". */
export const SPOKEN_BY = String.raw`(?:came|comes)\s+from|(?:was|were|is|are)\s+(?:first\s+)?(?:written|said|made|uttered|spoken|voiced|penned|issued)\s+by`;
/** Words of speech said to come from the name: "The remark that … came from Handshake CEO Garrett Lord", "The line "…" was written by departing CEO Alexandr Wang". */
const SPOKE_CAME_FROM = new RegExp(`\\b(?:${SAID_THINGS})\\b[^.;]{0,200}?\\b(?:${SPOKEN_BY})\\s+(?:the\\s+)?(?:(?:\\p{L}[\\p{L}\\p{N}.&-]*\\s+){1,3}(?:${ROLE_PATTERN}|chief|boss)\\s+)?$`, "iu");

const REPORTS_AFTER = /^\s+(?:reported|reports|said|says|wrote|writes|noted|notes|stated|states|observed|observes)\b/i;
/** A verb of reporting right after the name: it speaks ("Reuters reports that …", which the tagger may read as a noun). */
export function reportsAfter(text: string, n: { end: number }): boolean {
  return REPORTS_AFTER.test(text.slice(n.end, n.end + 12));
}

/** A finite verb or a modal right after a name: it is a clause's subject. */
const FINITE_AFTER = /^\s+(?:would|will|is|was|are|were|has|had|have|can|could|may|might|should|must|did|does|plans|planned)\b/i;

/** A preposition (not "of", "to": "according to") right before a name, past a possessor: "for Elon Musk's". */
const GOVERNED_BEFORE = /\b(?:for|on|in|at|with|from|by|about)\s+(?:(?:\p{Lu}[\p{L}\p{N}.&-]*\s+){0,2}\p{Lu}[\p{L}\p{N}.&-]*['’]s\s+)?$/u;

/** The text says the name spoke: right before a speech verb ("Droege said"), or right after one ("said Droege"). */
export function spoke(text: string, n: NameMention): boolean {
  // (a name after "of" modifies the one before it, who speaks: "Paul Reed of Norcom told", "CEO of Turing")
  if (OF_BEFORE.test(text.slice(Math.max(0, n.start - 4), n.start))) return false;
  // (words that came from someone are theirs, or their organisation's: "The remark … came from Turing's chief executive")
  if (/\b(?:from|by)\s+/i.test(text.slice(Math.max(0, n.start - 60), n.start)) && SPOKE_CAME_FROM.test(text.slice(Math.max(0, n.start - 260), n.start))) return true;
  // (nor one another preposition governs, past a possessor: "working on projects for Elon Musk's xAI said")
  if (GOVERNED_BEFORE.test(text.slice(Math.max(0, n.start - 40), n.start))) return false;
  if (SPOKE_AFTER.test(text.slice(n.end, n.end + 220)) || SPOKE_AS_THE_ONE.test(text.slice(n.end, n.end + 40))) return true;
  // ("credited Labelbox chief Manu Sharma with the line that …")
  if (CREDITED_WITH.test(text.slice(n.end, n.end + 30)) && /\bcredit(?:ed|s|ing)?\b/i.test(text.slice(Math.max(0, n.start - 60), n.start))) return true;
  // ("said Droege"; but in "Scale said Alexandr Wang would join Meta" the name is the reported clause's subject)
  if (SPOKE_BEFORE.test(text.slice(Math.max(0, n.start - 14), n.start))) return !FINITE_AFTER.test(text.slice(n.end, n.end + 12));
  // (the longer look, past a role, only where a role may stand: the check runs for every name read)
  const before = text.slice(Math.max(0, n.start - 60), n.start);
  return mayStateRole(before) && SPOKE_BEFORE_ROLE.test(before);
}

/** Words that report speech: only then are quoted words held to verbatim. */
// (or words of speech said to come from someone: "The remark that … came from Garrett Lord", "credited X with the line")
export const SPEECH = new RegExp(`\\b(?:${SPEECH_VERBS})\\b|:\\s*["“'‘]|\\b(?:${SAID_THINGS})\\b[^.;]{0,200}?\\b(?:${SPOKEN_BY})\\b|\\bcredit(?:ed|s)?\\s[^.;]{0,80}?\\bwith\\s+(?:the\\s+|a\\s+)?(?:${CREDITED_NOUNS})\\b`, "i");

// ---- the analysed claim -------------------------------------------------------------------

export interface Analysed {
  plain: string;
  tokens: Token[];
  /** The words of `tokens`, lower-cased. */
  lowerWords: string[];
  /** Per source sentence (doc): 1 for each token whose word it contains as written. */
  exactIn: Map<number, Uint8Array>;
  /** Content term -> weight in the claim (dampened rarity). */
  terms: Map<string, number>;
  quantities: Quantity[];
  quotes: QuoteSpan[];
  names: NameMention[];
}

/** A candidate sentence with its neighbours, and how much of the claim they cover. */
export interface Passage {
  info: SentenceInfo;
  window: SentenceInfo[];
  coverage: number;
  /** Coverage by the sentence alone, without its neighbours. */
  ownCoverage: number;
  rank: number;
  matched: string[];
}

/** The figures of a claim that are not vague ("$14.3 billion", not "billions"). */
export function exactFigures(a: Analysed): Quantity[] {
  return a.quantities.filter((q) => !q.vague);
}

/** The claim's key terms (those it weighs) of the words from `start` to `end`, each once: what a span of it says. */
export function keyTermsIn(a: Analysed, start: number, end = a.plain.length): string[] {
  return [...new Set(a.tokens.filter((t) => t.start >= start && t.end <= end && a.terms.has(t.term)).map((t) => t.term))];
}

/** A sentence has at least `share` of these terms. */
export function hasShareOf(termSet: ReadonlySet<string>, terms: readonly string[], share: number): boolean {
  return terms.filter((t) => termSet.has(t)).length >= share * terms.length;
}

/** The sentences of `read` that say what the claim's `terms` say (this share of them) about its `names`, named in them or beside them. */
export function sayingTheSame(view: CorpusView, read: readonly SentenceInfo[], terms: readonly string[], share: number, names: readonly NameMention[]): SentenceInfo[] {
  return read.filter((info) => hasShareOf(info.termSet, terms, share) && view.namesIn(names, view.corpus.windowOf(info)));
}

// ---- the corpus, read-only ----------------------------------------------------------------

/**
 * The lookups checks make in the corpus, with their memos (cleared when the corpus changes).
 * Read-only for the checks: nothing here holds a check's results.
 */
export class CorpusView {
  private unitText = new WeakMap<SourceUnit, string>();
  private unitNames = new WeakMap<SourceUnit, Map<string, boolean>>();
  /** Term weights (see weightOf); cleared with the corpus version. */
  private weights = new Map<string, number>();
  private weightsVersion = -1;
  /** Index terms per name base (see formTerms); cleared with the corpus version. */
  private baseTerms = new Map<string, string[]>();
  private baseTermsVersion = -1;
  private windowText = new WeakMap<SentenceInfo[], { text: string; bases?: Set<string>; mentions?: Map<string, boolean> }>();

  constructor(private readonly ctx: CheckContext) {}

  get corpus(): Corpus {
    return this.ctx.corpus;
  }

  /** Weight of a term: its rarity, dampened (one rare paraphrase word must not outweigh the names and figures). */
  weightOf(term: string): number {
    if (this.weightsVersion !== this.corpus.version) {
      this.weights.clear();
      this.weightsVersion = this.corpus.version;
    }
    let w = this.weights.get(term);
    if (w === undefined) {
      if (this.weights.size > 200_000) this.weights.clear();
      this.weights.set(term, (w = Math.sqrt(this.corpus.index.idf(term))));
    }
    return w;
  }

  /** Sentences of the corpus by index document number, skipping any that are gone. */
  sentences(docs: Iterable<number>): SentenceInfo[] {
    const out: SentenceInfo[] = [];
    for (const d of docs) {
      const s = this.corpus.sentence(d);
      if (s) out.push(s);
    }
    return out;
  }

  /** Share of the claim's key words (unweighted) found anywhere in a unit. */
  unitCoverage(terms: Map<string, number>, unit: SourceUnit): number {
    if (!terms.size) return 0;
    // the claim's key words are content terms, so the index's postings say where they occur
    // (no need to tokenise the whole unit)
    let n = 0;
    for (const term of terms.keys()) if (this.corpus.unitHasTerm(unit, term)) n++;
    return n / terms.size;
  }

  /**
   * Whether any sentence of a (not too long) unit states a value that confirms `q` (and, given
   * `accept`, that it accepts: the same thing measured).
   */
  unitStates(unit: SourceUnit, q: Quantity, accept?: (info: SentenceInfo, s: Quantity) => boolean): boolean {
    for (const info of this.unitSentences(unit)) if (info.quantities.some((x) => states(datedInUnit(x, unit), q) && (!accept || accept(info, x)))) return true;
    return false;
  }

  /** The sentences of a unit short enough to read whole (MAX_UNIT_SENTENCES); none of a longer one. */
  *unitSentences(unit: SourceUnit): Generator<SentenceInfo> {
    if (unit.sentences.length > MAX_UNIT_SENTENCES) return;
    for (const s of unit.sentences) {
      const doc = this.corpus.docOf(unit, s.index);
      const info = doc >= 0 ? this.corpus.sentence(doc) : undefined;
      if (info) yield info;
    }
  }

  /** The sentences of a passage's article, or those around it where the article is too long to read whole. */
  articleOf(info: SentenceInfo): Iterable<SentenceInfo> {
    return info.unit.sentences.length > MAX_UNIT_SENTENCES ? this.corpus.windowOf(info) : this.unitSentences(info.unit);
  }

  /**
   * Whether the source unit names everyone the claim names (anywhere in it), as `mentionsName`
   * decides on its text: a person's last name, or every word of the name in some form. Answered
   * from the index's postings (a binary search per word) instead of reading the whole unit; only
   * words the index does not keep (stop words: "US", "AT&T") read the unit's text.
   */
  namesInUnit(names: readonly NameMention[], unit: SourceUnit): boolean {
    if (!names.length) return true;
    let memo = this.unitNames.get(unit);
    if (!memo) this.unitNames.set(unit, (memo = new Map()));
    for (const n of names) {
      const key = n.core.join("\u0000");
      let hit = memo.get(key);
      if (hit === undefined) memo.set(key, (hit = this.unitMentions(unit, n.core)));
      if (!hit) return false;
    }
    return true;
  }

  private unitMentions(unit: SourceUnit, core: readonly string[]): boolean {
    if (core.length >= 2 && this.unitHasWord(unit, core[core.length - 1])) return true;
    return core.every((w) => this.unitHasWord(unit, w) || w.split(/[-‐]/).filter(Boolean).every((p) => this.unitHasWord(unit, p) || (p.length >= 4 && this.unitHasForm(unit, p))));
  }

  /** Whether a unit has this word: every one of its terms in the unit's postings. */
  private unitHasWord(unit: SourceUnit, word: string): boolean {
    const tokens = tokenize(word);
    if (!tokens.length) return false;
    if (tokens.every((t) => isContentTerm(t.term))) return tokens.every((t) => this.corpus.unitHasTerm(unit, t.term));
    return containsWord(this.unitLower(unit), word.toLowerCase());
  }

  /** Whether a unit has another form of a name word (see nameBase: "Canada" for "Canadian", "Olympic" for "Olympics"). */
  private unitHasForm(unit: SourceUnit, word: string): boolean {
    return this.formTerms(nameBase(word)).some((t) => this.corpus.unitHasTerm(unit, t));
  }

  /** The index's terms of the words whose nameBase is `base`: the base with one or two of its endings. */
  private formTerms(base: string): string[] {
    if (this.baseTermsVersion !== this.corpus.version) {
      this.baseTerms.clear();
      this.baseTermsVersion = this.corpus.version;
    }
    let terms = this.baseTerms.get(base);
    if (!terms) {
      const found = new Set<string>();
      for (const a of ["", ...NAME_ENDINGS])
        for (const b of a ? ["", ...NAME_ENDINGS] : [""]) {
          const form = base + b + a;
          if (nameBase(form) !== base) continue;
          const term = termOf(form);
          if (isContentTerm(term) && this.corpus.index.df(term) > 0) found.add(term);
        }
      if (this.baseTerms.size > 10_000) this.baseTerms.clear();
      this.baseTerms.set(base, (terms = [...found]));
    }
    return terms;
  }

  private unitLower(unit: SourceUnit): string {
    let text = this.unitText.get(unit);
    if (text === undefined) this.unitText.set(unit, (text = unit.sentences.map((x) => x.text).join(" ").toLowerCase().replace(/’/g, "'")));
    return text;
  }

  /** Whether a window of sentences names everyone in `names`. */
  namesIn(names: readonly NameMention[], window: SentenceInfo[]): boolean {
    if (!names.length) return true;
    // windows (Corpus.windowOf) are kept per sentence, so their text and word bases are made once
    let w = this.windowText.get(window);
    if (!w) this.windowText.set(window, (w = { text: window.length === 1 ? window[0].lower : window.map((x) => x.lower).join(" ") }));
    const entry = w;
    // (whether a window mentions a name depends on its lower-cased words only: asked again for each
    // figure and fact of a claim, and by the next claims about the same people, it is answered once)
    const mentions = (entry.mentions ??= new Map());
    return names.every((n) => {
      const key = lowerCore(n.core).exact;
      let hit = mentions.get(key);
      if (hit === undefined) {
        if (mentions.size >= MAX_WINDOW_MENTIONS) mentions.clear();
        mentions.set(key, (hit = mentionsName(entry.text, n.core, () => (entry.bases ??= wordBases(entry.text)))));
      }
      return hit;
    });
  }

  // ---- output -----------------------------------------------------------------------------

  /** How a passage's source is named in messages: its title and section. */
  label(s: SentenceInfo): string {
    const start = s.unit.sentences[s.sentence].start;
    const page = s.unit.pages ? pageAt(s.unit, start) : undefined;
    const heading = s.unit.headings ? headingAt(s.unit, start) : undefined;
    return s.unit.title + (s.unit.section ? ` ${s.unit.section}` : "") + placeSuffix({ page, heading });
  }

  citation(s: SentenceInfo, score: number, matched: string[]): Citation {
    const sentence = s.unit.sentences[s.sentence];
    const page = s.unit.pages ? pageAt(s.unit, sentence.start) : undefined;
    const heading = s.unit.headings ? headingAt(s.unit, sentence.start) : undefined;
    return {
      source: s.unit.file,
      ...(s.unit.section ? { section: s.unit.section } : {}),
      title: s.unit.title,
      key: s.unit.id,
      range: sentence.range,
      ...(page ? { page } : {}),
      ...(heading ? { heading } : {}),
      excerpt: clip(s.text, 400),
      score: Math.round(score * 1000) / 1000,
      matched: matchedWords(s, matched),
    };
  }

  /** The range of a span of the claim's plain text (see ClaimInput.plainOffsets). */
  rangeInPlain(claim: ClaimInput, start: number, end: number): Range {
    const offsets = claim.plainOffsets;
    if (!offsets.length) return claim.range;
    const s = offsets[Math.min(start, offsets.length - 1)];
    const e = offsets[Math.min(Math.max(end - 1, start), offsets.length - 1)] + 1;
    return this.ctx.toRange(s, e);
  }
}

/** Citations without repeats of the same passage. */
export function dedupeCitations(citations: Citation[]): Citation[] {
  const seen = new Set<string>();
  return citations.filter((c) => {
    const k = c.key + ":" + c.range.start.line + ":" + c.range.start.character;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** The words of a passage whose terms matched the claim, as written in the passage. */
function matchedWords(s: SentenceInfo, terms: string[]): string[] {
  const want = new Set(terms);
  return [...new Set(s.tokens.filter((t) => want.has(t.term)).map((t) => t.word))];
}

// ---- checks -------------------------------------------------------------------------------

/**
 * When a check runs. `facts`: on every claim worth checking, before support is decided.
 * `unexplained`: after support, only when no `facts` check found anything and nothing is left
 * unresolved (a claim that looks supported may still name the wrong one).
 * `supported`: only on a claim found supported, with its citations.
 */
export type CheckStage = "facts" | "unexplained" | "supported";

/** What one check sees: read-only. */
export interface ClaimContext {
  readonly claim: ClaimInput;
  readonly analysed: Analysed;
  /** Candidate source sentences retrieved for the claim, best first. */
  readonly candidates: readonly SentenceInfo[];
  readonly view: CorpusView;
  /** Sentences earlier stages took as evidence. */
  readonly evidence: ReadonlySet<number>;
  /** For `supported` checks: the claim's citations and the coverage that support needed. */
  readonly support?: { citations: readonly Citation[]; needed: number };
}

/** What a check returns: its findings and the evidence it used. */
export interface CheckOutput {
  findings: Finding[];
  /** Source sentences (index docs) that confirm part of the claim. */
  evidence: number[];
  /** Figures no aligned source figure speaks to: support must find them stated, or they stay unresolved. */
  unknownFigures?: Quantity[];
  /** Things of the claim that nothing speaks to (quotes without any passage). */
  unresolved?: number;
}

/** One check: a file under checks/, listed in checks/index.ts. */
export interface ClaimCheck {
  /** Stable name, used in tests and reports. */
  readonly id: string;
  /** One line: what it looks for. */
  readonly description: string;
  readonly stage: CheckStage;
  run(ctx: ClaimContext): CheckOutput;
}
