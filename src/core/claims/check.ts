// Decides what the sources say about one sentence of a draft.
//
// 1. Retrieve candidate passages with BM25 over source sentences.
// 2. Align every quantity of the claim with source quantities of the same kind whose surrounding
//    words say they count the same thing (shared key words and names, no conflicting period).
// 3. Check quotes verbatim (modulo case, punctuation, quote style and ellipses) and who said them.
// 4. Check roles ("Handshake CEO X") against the roles the sources state.
// 5. Without a problem, the claim is supported when a passage (a sentence with its neighbours)
//    covers its key words and names; otherwise unsupported.
import type { Citation, ClaimResult, Finding, Range, SourceUnit, ValueSupport } from "../types";
import type { Corpus, SentenceInfo } from "../index/corpus";
import { quoteWords } from "../index/corpus";
import { extractQuantities, formatQuantity, sameQuantity, type Quantity } from "../quantities";
import { NAME_ENDINGS, containsWord, findNames, mentionsName, nameBase, textMentions, wordBases, type NameMention } from "../entities/names";
import { findRoleFacts, mayStateRole, mayStateRoleOf, sameEntity, sameOrg } from "../entities/roles";
import { isContentTerm, termOf, tokenize, type Token } from "../text/tokens";
import { splitClaimParts } from "./parts";

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

const RETRIEVE = 40;
/** A source quantity counts the same thing as the claim's when this share of the claim's key words surround it. */
const MIN_ALIGN = 0.34;
/** Alignment strong enough to call a different value a contradiction. */
const STRONG_ALIGN = 0.5;
/** Share of the claim's key words (by weight) a passage must contain to support it. */
const SUPPORT_COVERAGE = 0.5;
const SUPPORT_COVERAGE_WITH_VALUES = 0.45;
/** Share of a part's key words a passage must contain to support that part. */
const PART_COVERAGE = 0.5;
const PART_RETRIEVE = 10;
/** Share of the claim's other key words one sentence must contain to show a swapped name. */
const SWAP_COVERAGE = 0.9;
/** A passage this much short of SUPPORT_COVERAGE still supports when its article has the rest… */
const ARTICLE_SLACK = 0.2;
/** …that is, this share of the claim's key words appears somewhere in the same article. */
const ARTICLE_COVERAGE = 0.65;
/** Values aligned almost as well as the best one compete with it. */
const CONTENDER_MARGIN = 0.15;
/** Alignment added to a figure in a sentence where another figure of the claim is confirmed. */
const ANCHOR_BONUS = 0.2;
/** Weakest alignment at which a source figure with the claim's value confirms it. */
const LOW_ALIGN = 0.2;
/** A value aligned this much less well than the claim's own is about something else. */
const DISPUTE_MARGIN = 0.2;
/** Verbs and nouns that introduce a figure without saying what it counts. */
const MEASURE_WORDS = new Set(["total", "amount", "reach", "stand", "stood", "come", "came", "figure", "sum", "tally", "approximately", "roughly", "about", "around", "nearly", "almost", "least", "over", "more", "less", "than", "some", "estimate", "estimated"].map((w) => w));

/** Words that report speech: only then are quoted words held to verbatim. */
const SPEECH = /\b(?:said|says|say|told|tells|wrote|writes|stated|states|added|adds|noted|notes|explained|explains|according|called|calls|described|tweeted|posted|asked|replied|declared|announced|argued|insisted|claimed|admitted|warned|recalled|quipped|remarked|quoted)\b|:\s*["“]/i;

/** A predicate several can share ("is an investor", "was one of the customers"). */
const NOT_EXCLUSIVE = /\b(?:is|was|are|were|has been|have been|had been|became|becomes|remains?|remained)\s+(?:also\s+)?(?:an?|one of|among)\s/i;

const OPINION =
  /\b(?:I|we) (?:think|believe|feel|suspect)\b|\banyone'?s guess\b|\bremains? to be seen\b|\bsays? a lot about\b|\bin my (?:view|opinion)\b|\barguably\b|\bit seems\b|\bperhaps\b|\bwho knows\b|\btime will tell\b|\bshould (?:have|be)\b|\bclearly\b|\bof course\b/i;

interface Analysed {
  plain: string;
  tokens: Token[];
  /** The words of `tokens`, lower-cased. */
  lowerWords: string[];
  /** Per source sentence (doc): 1 for each token whose word it contains as written. */
  exactIn: Map<number, Uint8Array>;
  terms: Map<string, number>; // content term -> weight in the claim (idf)
  quantities: Quantity[];
  quotes: { text: string; start: number; end: number }[];
  names: NameMention[];
}

function quotesIn(text: string): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  const re = /["“]([^"“”]{2,}?)["”]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ text: m[1], start: m.index + 1, end: m.index + 1 + m[1].length });
  return out;
}

function inSpan(pos: number, spans: { start: number; end: number }[]): boolean {
  return spans.some((s) => pos >= s.start && pos < s.end);
}

/** Clause boundaries: offsets where a clause starts in a sentence. */
function clauseOf(text: string, pos: number): [number, number] {
  const boundary = /[;:()—–]|,\s+(?:and|but|while|which|who|whereas|although|though)\b|\s(?:and|but|while|whereas)\s/g;
  let start = 0;
  let end = text.length;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    if (m.index < pos) start = m.index + m[0].length;
    else {
      end = m.index;
      break;
    }
  }
  return [start, end];
}

const PERIOD = /\b(this|last|next|previous|past|current) (year|quarter|month|week)\b|\b(19|20)\d\d\b/gi;
function periodsIn(text: string): Set<string> {
  const out = new Set<string>();
  PERIOD.lastIndex = 0;
  for (let m = PERIOD.exec(text); m; m = PERIOD.exec(text)) out.add(m[0].toLowerCase().replace("previous", "last").replace("past", "last").replace("current", "this"));
  return out;
}

function comparableKinds(a: Quantity, b: Quantity): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === "money") return (a.currency ?? "USD") === (b.currency ?? "USD");
  if (a.kind === "count") return !a.unit || !b.unit || tokenize(a.unit)[0]?.term === tokenize(b.unit)[0]?.term;
  return true;
}

/** The name written right before an age ("Wang, 28,"). */
function nameBefore(names: NameMention[], text: string, pos: number): NameMention | undefined {
  for (let i = names.length - 1; i >= 0; i--) {
    if (names[i].end > pos) continue;
    return /^,?\s*(?:aged\s*)?$/.test(text.slice(names[i].end, pos)) ? names[i] : undefined;
  }
  return undefined;
}

export class ClaimChecker {
  private unitText = new WeakMap<SourceUnit, string>();
  private unitNames = new WeakMap<SourceUnit, Map<string, boolean>>();
  /** Term weights (see weightOf); cleared with the corpus version. */
  private weights = new Map<string, number>();
  private weightsVersion = -1;
  /** Index terms per name base (see formTerms); cleared with the corpus version. */
  private baseTerms = new Map<string, string[]>();
  private baseTermsVersion = -1;
  private windowText = new WeakMap<SentenceInfo[], { text: string; bases?: Set<string> }>();
  constructor(private ctx: CheckContext) {}

  private get corpus(): Corpus {
    return this.ctx.corpus;
  }

  /** Weight of a term: its rarity, dampened (one rare paraphrase word must not outweigh the names and figures). */
  private weightOf(term: string): number {
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

  check(claim: ClaimInput): ClaimResult {
    const base: ClaimResult = { range: claim.range, text: claim.text, verdict: "unchecked", citations: [], findings: [] };
    const a = this.analyse(claim.plain, new Set(claim.ignoreWords ?? []));
    if (!this.worthChecking(a)) return base;
    const hits = this.corpus.index.search([...a.terms.keys()], RETRIEVE);
    const candidates = hits.map((h) => this.corpus.sentence(h.doc)).filter((s): s is SentenceInfo => !!s);
    a.names = this.keepRealNames(a, candidates);
    // a claim without a figure, quote or name is only confirmed: supported when a passage covers
    // it, otherwise left unchecked (its words alone are too weak to call it unsupported)
    const confirmOnly = !this.checkable(a);

    const findings: Finding[] = [];
    const evidenceDocs = new Set<number>();
    let unresolved = 0; // quotes nothing speaks to, then quantities no supporting passage gives
    const unknown: Quantity[] = []; // quantities no aligned source figure speaks to
    const unstated: Quantity[] = []; // …nor any supporting passage
    let disputed = false;

    // Quantities
    // Sentences where one figure of the claim is confirmed state the same fact: the claim's other
    // figures are then compared with the figures of those sentences first (shared anchors).
    const figures = a.quantities.filter((q) => !q.vague);
    const outcomes = figures.map((q) => this.checkQuantity(a, q, candidates, new Set()));
    const anchors = new Set(outcomes.flatMap((o) => (o.kind === "match" ? o.anchorDocs : [])));
    for (let i = 0; i < figures.length; i++) {
      const q = figures[i];
      let outcome = outcomes[i];
      if (outcome.kind === "unknown" && anchors.size) outcome = this.checkQuantity(a, q, candidates, anchors);
      // a sentence that confirms another figure of the claim and states this one too gives both
      // ("scheduled for December 2019 and January 2020"), whatever figure sits nearer its words
      if (outcome.kind === "contradicted") {
        // (anchors come from the other figures: this one has not matched)
        const both = [...anchors].filter((d) => this.corpus.sentence(d)?.quantities.some((s) => confirms(q, s)));
        if (both.length) outcome = { kind: "match", docs: both, split: [], anchorDocs: both };
      }
      if (outcome.kind === "match") outcome.docs.forEach((d) => evidenceDocs.add(d));
      else if (outcome.kind === "unknown") unknown.push(q);
      else {
        const f = this.quantityFinding(claim, q, outcome);
        findings.push(f);
        if (outcome.kind === "disputed") {
          disputed = true;
          outcome.docs.forEach((d) => evidenceDocs.add(d));
        }
      }
    }

    // Quotes
    for (const quote of a.quotes) {
      const words = quoteWords(quote.text).trim();
      // quoted titles ("Master of Puppets") are names, not words someone said
      if (words.split(" ").length < 3 || !SPEECH.test(a.plain)) continue;
      const found = this.findQuote(quote.text);
      if (found) {
        evidenceDocs.add(found.doc);
        const speakerProblem = this.checkSpeaker(claim, a, found);
        if (speakerProblem) findings.push(speakerProblem);
      } else {
        const near = this.nearestPassage(words, candidates);
        if (near) {
          findings.push({
            kind: "misquote",
            claimed: `“${quote.text.trim()}”`,
            expected: near.text,
            support: 1,
            message: `No source has these words. Closest passage, in ${this.label(near)}: ${clip(near.text, 160)}`,
            range: this.rangeInPlain(claim, quote.start, quote.end),
            evidence: [this.citation(near, 1, [])],
          });
        } else unresolved++;
      }
    }

    // Roles
    findings.push(...this.checkRoles(claim, a, candidates));

    // Support from the best passage, and for a claim of several facts, from a passage for each
    const best = this.bestPassages(a, a.terms, candidates, evidenceDocs);
    const needed = a.quantities.some((q) => !q.vague) ? SUPPORT_COVERAGE_WITH_VALUES : SUPPORT_COVERAGE;
    // a passage supports the claim when it covers its key words, or nearly so while the rest of
    // the same article states the remaining ones (a name in one sentence, a date in another)
    // what the claim says about its names must be there too, not the names alone
    const nameTerms = new Set(a.names.flatMap((n) => tokenize(n.text).map((t) => t.term)));
    const said = [...a.terms.keys()].filter((t) => !nameTerms.has(t));
    const saysSomething = (p: Passage) => !said.length || said.some((t) => p.window.some((w) => w.termSet.has(t)) || this.corpus.unitHasTerm(p.info.unit, t));
    const supporting = best.find((p) => (p.coverage >= needed || (p.coverage >= needed - ARTICLE_SLACK && this.unitCoverage(a.terms, p.info.unit) >= ARTICLE_COVERAGE)) && this.namesInUnit(a.names, p.info.unit) && saysSomething(p));
    const parts = this.checkParts(a, candidates, evidenceDocs, needed);
    const partsOk = parts.length > 1 && parts.every((p) => p.passage);
    // a figure that no aligned source figure confirmed still counts when a supporting passage states it
    const passages = [supporting, ...parts.map((p) => p.passage)].filter((p): p is Passage => !!p);
    for (const q of unknown) {
      const stated = passages.some((p) => p.window.some((w) => w.quantities.some((s) => states(s, q) || sameCount(s, q))));
      // a date or year may be given once for a whole article (its dateline)
      const dated = !stated && (q.kind === "year" || q.kind === "date") && passages.some((p) => this.unitStates(p.info.unit, q));
      if (!stated && !dated) {
        unresolved++;
        unstated.push(q);
      }
    }
    const top = supporting ?? best[0];
    const namesOk = !!supporting || partsOk || (top ? this.namesIn(a.names, top.window) : false);
    if (!findings.length && unresolved === 0) {
      const swapped = this.checkSwappedName(claim, a, candidates, evidenceDocs);
      if (swapped) findings.push(swapped);
    }

    const contradiction = findings.some((f) => f.kind !== "disputed" && f.kind !== "unsupported");
    let verdict: ClaimResult["verdict"];
    if (contradiction) verdict = "contradicted";
    else if (disputed) verdict = "disputed";
    else if ((supporting || partsOk) && unresolved === 0) verdict = "supported";
    else verdict = "unsupported";

    if (verdict === "unsupported") {
      // underline just what nothing supports: the parts without a passage, the figures no source gives
      const someSupport = !!supporting || parts.some((p) => p.passage);
      const missing = parts.length > 1 && someSupport ? parts.filter((p) => !p.passage) : [];
      const partFindings: Finding[] = missing.map((p) => {
        const words = a.plain.slice(p.start, p.end);
        return { kind: "unsupported-part", claimed: words, message: `No source supports this part: “${clip(words, 120)}”`, range: this.rangeInPlain(claim, p.start, p.end) };
      });
      if (someSupport)
        for (const q of unstated)
          if (!missing.some((p) => q.start >= p.start && q.end <= p.end))
            partFindings.push({ kind: "unsupported-part", claimed: q.text, message: `No source gives ${q.text} here.`, range: this.rangeInPlain(claim, q.start, q.end) });
      if (partFindings.length && unresolved === unstated.length) findings.push(...partFindings);
      else findings.push({ kind: "unsupported", claimed: claim.text, message: this.unsupportedMessage(a, top, namesOk) });
    }
    if (confirmOnly && verdict !== "supported") return base;
    base.verdict = verdict;
    base.findings = findings;
    if (verdict === "contradicted") base.citations = this.dedupe(findings.flatMap((f) => f.evidence ?? []));
    else {
      // the best passage first, then the passage of each part that the first does not cover
      const first = best.filter((p) => p.coverage >= needed * 0.8 || evidenceDocs.has(p.info.doc)).slice(0, 5);
      const ofParts = parts.length > 1 ? parts.map((p) => p.passage).filter((p): p is Passage => !!p) : [];
      base.citations = this.dedupe([...first.slice(0, 1), ...ofParts, ...first.slice(1)].map((p) => this.citation(p.info, p.coverage, p.matched))).slice(0, 6);
    }
    if (verdict === "supported" && claim.citedKeys?.length) {
      const mismatch = this.citationMismatch(a, claim.citedKeys, needed, base.citations);
      if (mismatch) base.findings.push(mismatch);
    }
    return base;
  }

  // ---- analysis -------------------------------------------------------------------------

  private analyse(plain: string, ignoreWords: Set<string>): Analysed {
    const tokens = tokenize(plain);
    // the second number of "2018–19" or "24/7" is part of the first figure, not a figure of its own
    const quantities = extractQuantities(plain).filter((q) => !/\d[-–/]$/.test(plain.slice(Math.max(0, q.start - 2), q.start)));
    const terms = new Map<string, number>();
    for (const t of tokens) {
      // the words of a figure ("$14.3 bn") are matched as a quantity, not as words
      if (!isContentTerm(t.term) || /^\d/.test(t.term) || ignoreWords.has(t.word.toLowerCase()) || quantities.some((q) => !q.vague && t.start >= q.start && t.end <= q.end)) continue;
      // dampened rarity: one rare paraphrase word must not outweigh the names and figures
      terms.set(t.term, this.weightOf(t.term));
    }
    const names = findNames(plain).filter((n) => n.text.length > 1 && !ignoreWords.has(n.text.toLowerCase()) && !n.core.some((w) => ignoreWords.has(w.toLowerCase())));
    return { plain, tokens, lowerWords: tokens.map((t) => t.word.toLowerCase()), exactIn: new Map(), terms, quantities, quotes: quotesIn(plain), names };
  }

  /** Cheap test before retrieval: questions, fragments and opinions are not claims. */
  private worthChecking(a: Analysed): boolean {
    const plain = a.plain.trim();
    if (a.tokens.length < 4 || a.terms.size < 2) return false;
    if (/\?["”']?$/.test(plain)) return false;
    return !OPINION.test(plain) || this.hasValue(a);
  }

  /** A factual claim states a figure, a quote or something about a named person or organisation. */
  private checkable(a: Analysed): boolean {
    return this.hasValue(a) || a.names.length > 0;
  }

  private hasValue(a: Analysed): boolean {
    return a.quantities.some((q) => !q.vague) || a.quotes.length > 0;
  }

  /**
   * Drops capitalised sentence openers, and single capitalised words, that the sources only use as
   * common words (in any inflection: "Workshops" / "workshop", "People's Flag" / "people's flag").
   */
  private keepRealNames(a: Analysed, candidates: SentenceInfo[]): NameMention[] {
    return a.names.filter((n) => {
      if (n.core.length > 1) return true;
      const word = n.core[0];
      // an opener set off by a comma ("Instead, …") or an adverb or gerund is not a name
      if (n.initial && (a.plain[n.end] === "," || /(?:ly|ing)$/.test(word))) return false;
      const term = tokenize(word)[0]?.term;
      let seenLower = false;
      for (const c of candidates) {
        // (a sentence without the word as written cannot name it: no need to find its names)
        if (c.text.includes(word) && c.names.some((m) => m.core.some((w) => w === word) && (!m.initial || !n.initial))) return true;
        if (!seenLower && term && c.termSet.has(term) && c.tokens.some((t) => t.term === term && /^\p{Ll}/u.test(t.word))) seenLower = true;
      }
      return !seenLower;
    });
  }

  /** Share of the claim's key words (unweighted) found anywhere in a unit. */
  private unitCoverage(terms: Map<string, number>, unit: SourceUnit): number {
    if (!terms.size) return 0;
    // the claim's key words are content terms, so the index's postings say where they occur
    // (no need to tokenise the whole unit)
    let n = 0;
    for (const term of terms.keys()) if (this.corpus.unitHasTerm(unit, term)) n++;
    return n / terms.size;
  }

  /** Whether any sentence of a (not too long) unit states a value that confirms `q`. */
  private unitStates(unit: SourceUnit, q: Quantity): boolean {
    if (unit.sentences.length > 2000) return false;
    for (const s of unit.sentences) {
      const doc = this.corpus.docOf(unit, s.index);
      const info = doc >= 0 ? this.corpus.sentence(doc) : undefined;
      if (info?.quantities.some((x) => states(x, q))) return true;
    }
    return false;
  }

  /**
   * Whether the source unit names everyone the claim names (anywhere in it), as `mentionsName`
   * decides on its text: a person's last name, or every word of the name in some form. Answered
   * from the index's postings (a binary search per word) instead of reading the whole unit; only
   * words the index does not keep (stop words: "US", "AT&T") read the unit's text.
   */
  private namesInUnit(names: NameMention[], unit: SourceUnit): boolean {
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

  private namesIn(names: NameMention[], window: SentenceInfo[]): boolean {
    if (!names.length) return true;
    // windows (Corpus.windowOf) are kept per sentence, so their text and word bases are made once
    let w = this.windowText.get(window);
    if (!w) this.windowText.set(window, (w = { text: window.length === 1 ? window[0].lower : window.map((x) => x.lower).join(" ") }));
    const entry = w;
    return names.every((n) => mentionsName(entry.text, n.core, () => (entry.bases ??= wordBases(entry.text))));
  }

  // ---- quantities -----------------------------------------------------------------------

  private checkQuantity(a: Analysed, q: Quantity, candidates: SentenceInfo[], anchors: Set<number>): QuantityOutcome {
    const [cs, ce] = clauseOf(a.plain, q.start);
    // The claim's key words, weighted by rarity (dampened so one rare word cannot decide alone)
    // and by closeness to the figure.
    const weights = new Map<string, number>();
    let total = 0;
    for (const t of a.tokens) {
      if (t.end > q.start && t.start < q.end) continue;
      const weight = a.terms.get(t.term);
      if (weight === undefined || weights.has(t.term) || MEASURE_WORDS.has(t.term)) continue;
      const w = weight * (t.start >= cs && t.end <= ce ? 1 : 0.6);
      weights.set(t.term, w);
      total += w;
    }
    const claimPeriods = q.kind === "year" || q.kind === "date" ? new Set<string>() : periodsIn(a.plain.slice(cs, ce).replace(q.text, " "));
    const ageOwner = q.kind === "age" ? nameBefore(a.names, a.plain, q.start) : undefined;
    const claimNames = a.names.filter((n) => !inSpan(n.start, a.quotes));
    // who the figure is about: the nearest name before it in its clause ("Meta paid $14.3bn",
    // "Altman said Meta offered bonuses as high as $100 million")
    // (amounts only: a date or a span of time belongs to an event rather than to whoever is named)
    const agent = q.kind === "money" || q.kind === "count" || q.kind === "percent" ? claimNames.filter((n) => n.start >= cs && n.end <= q.start).pop() : undefined;

    interface Aligned {
      info: SentenceInfo;
      q: Quantity;
      align: number;
    }
    const aligned: Aligned[] = [];
    const seen = new Set<number>();
    for (const info of candidates) {
      if (seen.has(info.doc)) continue;
      seen.add(info.doc);
      // vague amounts ("billions of dollars") can neither confirm nor contradict a figure
      const sourceQs = info.quantities.filter((s) => !s.vague && comparableKinds(q, s));
      if (!sourceQs.length) continue;
      const window = this.corpus.windowOf(info);
      if (!this.namesIn(claimNames, window)) continue;
      // the neighbours' words (their term sets: no token objects needed)
      const neighbours = window.filter((w) => w !== info);
      const around = { has: (term: string) => neighbours.some((w) => w.termSet.has(term)) };
      // a sentence that gives the claimed value (even as a bound) does not dispute it with its
      // other figures: they count other things ("$14.3 billion … boosts its valuation to over $29 billion")
      const agreeing = sourceQs.some((s) => sameQuantity(q, s));
      for (const s of sourceQs) {
        if (agreeing && !sameQuantity(q, s)) continue;
        let align: number;
        if (q.kind === "age") {
          const owner = nameBefore(info.names, info.text, s.start);
          align = ageOwner && owner && sameEntity(ageOwner, owner) ? 1 : 0;
        } else {
          align = total > 0 ? this.alignment(weights, total, info, s, around) : 0;
          if (anchors.has(info.doc)) align += ANCHOR_BONUS;
          // a source figure whose clause names others and not the claim's agent counts something
          // of someone else ("Google had intended to pay Scale AI $200 million" for "Meta paid …")
          if (agent && align > 0 && this.aboutOthers(info, s, agent)) align = 0;
          if (claimPeriods.size) {
            const [ss, se] = clauseOf(info.text, s.start);
            const sp = periodsIn(info.text.slice(ss, se).replace(s.text, " "));
            if (sp.size && ![...sp].some((p) => claimPeriods.has(p))) align = 0;
          }
        }
        if (align >= LOW_ALIGN) aligned.push({ info, q: s, align });
      }
    }
    if (!aligned.length) return { kind: "unknown" };
    aligned.sort((x, y) => y.align - x.align);
    const bestAlign = aligned[0].align;

    // Group the aligned values; count the source units that give each.
    const groups: Group[] = [];
    for (const al of aligned) {
      let g = groups.find((g) => sameQuantity(g.rep, al.q));
      if (!g) groups.push((g = { rep: al.q, members: [], units: new Set(), docs: [], align: al.align, surfaces: new Map() }));
      g.members.push(al.q);
      // show a group by a figure the sources state exactly, not by a bound ("over $29 billion")
      if (isBound(g.rep) && !isBound(al.q)) g.rep = al.q;
      g.units.add(al.info.unit.id);
      g.docs.push(al.info.doc);
      g.surfaces.set(al.q.text, (g.surfaces.get(al.q.text) ?? 0) + 1);
    }
    const bySupport = (x: Group, y: Group) => y.units.size - x.units.size || y.align - x.align;
    // The claim's value, stated by sources in words not much further from the claim's than the best.
    const mine = groups.filter((g) => g.align >= bestAlign - DISPUTE_MARGIN && g.members.some((m) => confirms(q, m)));
    if (mine.length) {
      const myAlign = Math.max(...mine.map((g) => g.align));
      const mySupport = Math.max(...mine.map((g) => g.units.size));
      const rivals = groups.filter((g) => !mine.includes(g) && g.align >= Math.max(MIN_ALIGN, myAlign - DISPUTE_MARGIN)).sort(bySupport);
      const anchorDocs = aligned.filter((al) => al.align >= MIN_ALIGN && confirms(q, al.q)).map((al) => al.info.doc);
      if (!rivals.length || mySupport >= rivals[0].units.size) return { kind: "match", docs: mine.flatMap((g) => g.docs), split: [...mine, ...rivals].sort(bySupport), anchorDocs };
      // the whole split, every value that a source gives for this
      return { kind: "disputed", docs: mine.flatMap((g) => g.docs), split: [...mine, ...rivals].sort(bySupport), expected: rivals[0] };
    }
    if (bestAlign < STRONG_ALIGN) return { kind: "unknown" };
    const contenders = groups.filter((g) => g.align >= bestAlign - CONTENDER_MARGIN).sort(bySupport);
    return { kind: "contradicted", docs: contenders[0].docs, split: contenders, expected: contenders[0] };
  }

  /** Whether the clause of a source figure names people or organisations, none of them `agent`. */
  private aboutOthers(info: SentenceInfo, s: Quantity, agent: NameMention): boolean {
    const [ss, se] = clauseOf(info.text, s.start);
    const names = info.names.filter((m) => m.start >= ss && m.end <= se && !(m.end > s.start && m.start < s.end));
    if (!names.length) return false;
    if (names.some((m) => sameEntity(m, agent) || sameOrg(m, agent))) return false;
    return !mentionsName(info.lower.slice(ss, se), agent.core, () => wordBases(info.lower.slice(ss, se)));
  }

  /**
   * How well the words around a source figure match the claim's words around its figure:
   * recall of the claim's key words (nearer the source figure counts more), damped when the
   * source figure's own neighbours are words the claim does not use ("valued" vs "invested").
   */
  private alignment(weights: Map<string, number>, total: number, info: SentenceInfo, s: Quantity, around: { has(term: string): boolean }): number {
    const [ss, se] = clauseOf(info.text, s.start);
    const near = new Map<string, number>();
    const tokens = info.tokens;
    const at = tokens.findIndex((t) => t.start >= s.start);
    const qIndex = at < 0 ? tokens.length : at;
    let precisionGot = 0;
    let precisionAll = 0;
    tokens.forEach((t, i) => {
      if (t.end > s.start && t.start < s.end) return;
      const inClause = t.start >= ss && t.end <= se;
      const distance = Math.abs(i - qIndex);
      const p = inClause ? (distance <= 5 ? 1 : distance <= 10 ? 0.85 : 0.7) : 0.6;
      if (p > (near.get(t.term) ?? 0)) near.set(t.term, p);
      if (inClause && distance <= 8 && isContentTerm(t.term) && !/^\d/.test(t.term) && !MEASURE_WORDS.has(t.term)) {
        const w = this.weightOf(t.term);
        precisionAll += w;
        if (weights.has(t.term)) precisionGot += w;
      }
    });
    let got = 0;
    for (const [term, w] of weights) got += w * (near.get(term) ?? (around.has(term) ? 0.35 : 0));
    const recall = got / total;
    const precision = precisionAll ? precisionGot / precisionAll : 1;
    return recall * (0.7 + 0.3 * precision);
  }

  private quantityFinding(claim: ClaimInput, q: Quantity, outcome: Exclude<QuantityOutcome, { kind: "match" | "unknown" }>): Finding {
    const exp = outcome.expected;
    const expectedText = displayValue(exp);
    const split: ValueSupport[] = outcome.split.map((g) => ({ value: displayValue(g), support: g.units.size, keys: [...g.units] }));
    const n = exp.units.size;
    const claimed = q.text;
    const kind = q.kind === "date" || q.kind === "year" ? "date" : "number";
    const evidence = this.dedupe(exp.docs.map((d) => this.citation(this.corpus.sentence(d)!, 1, [])));
    const range = this.rangeInPlain(claim, q.start, q.end);
    if (outcome.kind === "disputed") {
      const parts = split.map((s) => `${s.value} (${plural(s.support, "source")})`).join(", ");
      return { kind: "disputed", claimed, expected: expectedText, support: n, split, message: `Sources disagree: ${parts}. Most say ${expectedText}, not ${claimed}.`, range, evidence };
    }
    const others = split.filter((s) => s.value !== expectedText);
    const rest = others.length ? ` Other values: ${others.map((s) => `${s.value} (${plural(s.support, "source")})`).join(", ")}.` : "";
    return { kind, claimed, expected: expectedText, support: n, split, message: `Sources say ${expectedText} (${plural(n, "source")}), not ${claimed}.${rest}`, range, evidence };
  }

  // ---- quotes ---------------------------------------------------------------------------

  /** Finds quoted words in a sentence or its neighbours; an ellipsis stands for omitted words. */
  private findQuote(quoted: string): SentenceInfo | undefined {
    // an ellipsis stands for omitted words: the pieces around it must appear in order
    const fragments = quoted
      .split(/\.\.\.|…|\[\.\.\.\]/)
      .map((f) => quoteWords(f).trim())
      .filter(Boolean);
    const all = fragments.join(" ").split(" ").filter((w) => isContentTerm(w) || w.length > 3);
    if (!all.length) return undefined;
    // the rarest word narrows the search to a few sentences
    const index = this.corpus.index;
    const rarest = all.map((w) => tokenize(w)[0]?.term ?? w).filter((t) => index.df(t) > 0).sort((x, y) => index.df(x) - index.df(y))[0];
    if (!rarest) return undefined;
    for (const doc of index.docsWith(rarest, 2000)) {
      const win = this.corpus.window(doc, 1).map((d) => this.corpus.sentence(d)!).filter(Boolean);
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
      if (ok) return win.find((w) => w.words.includes(" " + fragments[0].split(" ").slice(0, 3).join(" "))) ?? this.corpus.sentence(doc);
    }
    return undefined;
  }

  private nearestPassage(words: string, candidates: SentenceInfo[]): SentenceInfo | undefined {
    const terms = [...new Set(words.split(" ").map((w) => tokenize(w)[0]?.term).filter((t): t is string => !!t && isContentTerm(t)))];
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
    return bestScore >= 0.5 ? best : undefined;
  }

  /** Words found verbatim: were they said by the person the claim names? */
  private checkSpeaker(claim: ClaimInput, a: Analysed, source: SentenceInfo): Finding | undefined {
    const speakers = a.names.filter((n) => !inSpan(n.start, a.quotes) && n.core.length >= 1);
    if (!speakers.length) return undefined;
    const window = this.corpus.window(source.doc, 1).map((d) => this.corpus.sentence(d)!);
    if (speakers.some((s) => this.namesIn([s], window))) return undefined;
    const quotedSpans = quotesIn(source.text);
    const outside = source.names.filter((n) => !inSpan(n.start, quotedSpans));
    const speaks = (p: NameMention) => /^,?\s*(?:said|says|wrote|writes|told|added|noted|explained|explains|stated)\b/.test(source.text.slice(p.end, p.end + 12)) || /\b(?:said|says|wrote|told|according to)\s+$/.test(source.text.slice(Math.max(0, p.start - 14), p.start));
    // a person: a full name, or any name the sentence says spoke
    const people = outside.filter((n) => n.core.length >= 2 || speaks(n));
    const speakerLike = people.filter((p) => speaks(p) || source.roles.some((r) => r.person === p));
    const other = speakerLike[0] ?? people[0];
    if (!other) return undefined;
    const speaker = speakers[0];
    return {
      kind: "person",
      claimed: speaker.text,
      expected: other.text,
      support: 1,
      message: `Sources attribute these words to ${other.text}, not ${speaker.text}.`,
      range: this.rangeInPlain(claim, speaker.start, speaker.end),
      evidence: [this.citation(source, 1, [])],
    };
  }

  // ---- roles ----------------------------------------------------------------------------

  private checkRoles(claim: ClaimInput, a: Analysed, candidates: SentenceInfo[]): Finding[] {
    const facts = findRoleFacts(a.plain, a.names);
    if (!facts.length) return [];
    // role facts from the retrieved sentences and from sentences naming the people and organisations
    const pool = new Map<number, SentenceInfo>();
    for (const c of candidates) pool.set(c.doc, c);
    const findings: Finding[] = [];
    for (const f of facts) {
      // sentences naming the person with any role; sentences naming the organisation only when
      // they name this role (they can only show someone else holding it)
      const termsOf = (words: readonly string[]) => words.map((w) => tokenize(w)[0]?.term).filter((t): t is string => !!t);
      const lookups: [string, (text: string) => boolean][] = [
        ...termsOf(f.person.core).map((t): [string, (text: string) => boolean] => [t, mayStateRole]),
        ...termsOf(f.org?.core ?? []).map((t): [string, (text: string) => boolean] => [t, (text) => mayStateRoleOf(text, f.role)]),
      ];
      for (const [term, mayState] of lookups) {
        for (const doc of this.corpus.index.docsWith(term, 300)) {
          if (pool.has(doc)) continue;
          const s = this.corpus.sentence(doc);
          if (s && mayState(s.text) && s.roles.length) pool.set(doc, s);
        }
      }
      const sourceFacts = [...pool.values()].flatMap((s) => (mayStateRole(s.text) ? s.roles.map((r) => ({ r, s })) : []));
      const samePerson = sourceFacts.filter(({ r }) => sameEntity(r.person, f.person));
      const sameRole = (x: string) => x === f.role;
      // the same role at the same organisation (or, without an organisation on either side, the same role)
      if (samePerson.some(({ r }) => sameRole(r.role) && (f.org ? !!r.org && sameOrg(r.org, f.org) : true))) continue;
      // someone else holds this role at this organisation
      const holder = f.org ? sourceFacts.find(({ r }) => sameRole(r.role) && r.org && sameOrg(r.org, f.org!) && !sameEntity(r.person, f.person)) : undefined;
      // a source naming this person's role without the organisation does not outweigh one that gives both to someone else
      if (!holder && samePerson.some(({ r }) => sameRole(r.role) && !r.org)) continue;
      if (holder) {
        const units = new Set(sourceFacts.filter(({ r }) => sameRole(r.role) && r.org && sameOrg(r.org, f.org!) && sameEntity(r.person, holder.r.person)).map(({ s }) => s.unit.id));
        findings.push({
          kind: "person",
          claimed: f.person.text,
          expected: holder.r.person.text,
          support: units.size,
          message: `Sources name ${holder.r.person.text} as ${f.role} of ${holder.r.org!.text} (${plural(units.size, "source")}), not ${f.person.text}.`,
          range: this.rangeInPlain(claim, f.person.start, f.person.end),
          evidence: [this.citation(holder.s, 1, [])],
        });
        continue;
      }
      // this person holds another role at this organisation
      const other = samePerson.find(({ r }) => f.org && r.org && sameOrg(r.org, f.org) && !sameRole(r.role));
      if (other) {
        const roles = [...new Set(samePerson.filter(({ r }) => r.org && f.org && sameOrg(r.org, f.org)).map(({ r }) => (r.modifier ? r.modifier + " " : "") + r.role))];
        findings.push({
          kind: "role",
          claimed: f.role,
          expected: roles[0],
          support: new Set(samePerson.map(({ s }) => s.unit.id)).size,
          message: `Sources call ${other.r.person.text} ${roles.join(" and ")} of ${other.r.org!.text}, not ${f.role}.`,
          range: this.rangeInPlain(claim, f.start, f.end),
          evidence: [this.citation(other.s, 1, [])],
        });
      }
    }
    return findings;
  }

  // ---- support --------------------------------------------------------------------------

  private bestPassages(a: Analysed, terms: Map<string, number>, candidates: SentenceInfo[], evidence: Set<number>): Passage[] {
    const keys = [...terms.keys()];
    const weights = [...terms.values()];
    let total = 0;
    for (const w of weights) total += w;
    const out: Passage[] = [];
    for (const info of candidates) {
      const window = this.corpus.windowOf(info);
      const own = info.termSet;
      let got = 0;
      let gotOwn = 0;
      const matched: string[] = [];
      for (let k = 0; k < keys.length; k++) {
        const term = keys[k];
        const w = weights[k];
        if (own.has(term)) {
          got += w;
          gotOwn += w;
          matched.push(term);
        } else
          for (const x of window)
            if (x !== info && x.termSet.has(term)) {
              got += w * 0.8;
              break;
            }
      }
      const coverage = total ? got / total : 0;
      const ownCoverage = total ? gotOwn / total : 0;
      // the sources' own wording is better evidence than a synonym or another inflection
      // which of the claim's words the sentence has as written, worked out once per claim and sentence
      let exactWords = a.exactIn.get(info.doc);
      if (!exactWords) {
        exactWords = new Uint8Array(a.tokens.length);
        for (let i = 0; i < a.tokens.length; i++) if (info.lower.includes(a.lowerWords[i])) exactWords[i] = 1;
        a.exactIn.set(info.doc, exactWords);
      }
      let exactCount = 0;
      for (let i = 0; i < a.tokens.length; i++) if (exactWords[i] && terms.has(a.tokens[i].term)) exactCount++;
      const exact = exactCount / Math.max(1, a.tokens.length);
      out.push({ info, window, coverage, ownCoverage, rank: ownCoverage + coverage + 0.2 * exact + (evidence.has(info.doc) ? 0.5 : 0), matched });
    }
    out.sort((x, y) => y.rank - x.rank || x.info.doc - y.info.doc);
    return out;
  }

  /**
   * The wrong person or organisation in an otherwise exact statement: a passage says everything
   * the claim says but names someone else where the claim names X, and X is nowhere near it
   * ("Microsoft was Scale AI's biggest customer" against "Alphabet's Google, Scale AI's biggest client").
   */
  private checkSwappedName(claim: ClaimInput, a: Analysed, candidates: SentenceInfo[], evidence: Set<number>): Finding | undefined {
    // "X is an investor in Y", "X was one of Y's customers": others can be so too, so a source
    // naming someone else says nothing against X
    if (NOT_EXCLUSIVE.test(a.plain)) return undefined;
    const figures = a.quantities.filter((q) => !q.vague);
    for (const n of a.names) {
      if (inSpan(n.start, a.quotes)) continue;
      const own = new Set(n.core.map((w) => termOf(w)));
      const rest = new Map([...a.terms].filter(([t]) => !own.has(t)));
      if (rest.size < 3) continue;
      // sentences that say everything else the claim says; if any of them names X, the claim stands
      // (only sentences that alone have that share of the words can qualify: ranked are just those)
      let restTotal = 0;
      for (const w of rest.values()) restTotal += w;
      const able = candidates.filter((c) => {
        let got = 0;
        for (const [t, w] of rest) if (c.termSet.has(t)) got += w;
        return got / restTotal >= SWAP_COVERAGE;
      });
      // …figures included: a sentence with another amount says something else
      const strong = able.length ? this.bestPassages(a, rest, able, evidence).filter((p) => p.ownCoverage >= SWAP_COVERAGE && figures.every((q) => p.info.quantities.some((x) => confirms(q, x)))) : [];
      if (!strong.length || strong.some((p) => this.namesIn([n], [p.info]))) continue;
      const passage = strong[0];
      const s = passage.info;
      // the names of that sentence the claim does not have, of the same shape as X (a full name for a
      // full name); "Alphabet's Google" names Google
      const others = s.names.filter(
        (m, i) =>
          m.core.length === n.core.length &&
          !a.names.some((x) => sameOrg(x, m) || sameEntity(x, m)) &&
          !(s.names[i + 1] && /^['’]s\s$/.test(s.text.slice(m.end, s.names[i + 1].start))),
      );
      if (others.length !== 1) continue;
      const m = others[0];
      return {
        kind: "person",
        claimed: n.text,
        expected: m.text,
        support: 1,
        message: `Sources say ${m.text}, not ${n.text}: “${clip(s.text, 160)}”`,
        range: this.rangeInPlain(claim, n.start, n.end),
        evidence: [this.citation(s, passage.coverage, passage.matched)],
      };
    }
    return undefined;
  }

  /** Each fact of a long claim with the passage that supports it, if any. */
  private checkParts(a: Analysed, candidates: SentenceInfo[], evidence: Set<number>, needed: number): { start: number; end: number; passage?: Passage }[] {
    const spans = splitClaimParts(a.plain);
    if (spans.length < 2) return spans;
    return spans.map((span) => {
      const terms = new Map<string, number>();
      for (const t of a.tokens) if (t.start >= span.start && t.end <= span.end && a.terms.has(t.term)) terms.set(t.term, a.terms.get(t.term)!);
      const names = a.names.filter((n) => n.start >= span.start && n.end <= span.end);
      const supports = (p: Passage) => p.coverage >= Math.max(needed, PART_COVERAGE) && this.namesInUnit(names, p.info.unit);
      // the claim's candidates first; the part's own retrieval only when none of them supports it
      const passage =
        this.bestPassages(a, terms, candidates, evidence).find(supports) ??
        this.bestPassages(
          a,
          terms,
          this.corpus.index
            .search([...terms.keys()], PART_RETRIEVE)
            .map((h) => this.corpus.sentence(h.doc))
            .filter((x): x is SentenceInfo => !!x),
          evidence,
        ).find(supports);
      return { ...span, passage };
    });
  }

  private citationMismatch(a: Analysed, keys: string[], needed: number, citations: Citation[]): Finding | undefined {
    const cited = keys.map((k) => this.corpus.unit(k) ?? this.corpus.units.find((u) => u.file === k || k.endsWith("/" + u.file) || k.endsWith(u.file))).filter(Boolean);
    if (!cited.length) return undefined;
    if (citations.some((c) => cited.some((u) => u!.id === c.key))) return undefined;
    // does any sentence of a cited unit cover the claim?
    let total = 0;
    for (const w of a.terms.values()) total += w;
    // a cited unit supports the claim when one of its passages covers the claim's words and the
    // unit states every figure of the claim
    const figures = a.quantities.filter((q) => !q.vague);
    for (const unit of cited) {
      if (figures.some((q) => !this.unitStates(unit!, q))) continue;
      for (const s of unit!.sentences) {
        const terms = new Set(tokenize(s.text).map((t) => t.term));
        let got = 0;
        for (const [term, w] of a.terms) if (terms.has(term)) got += w;
        if (total && got / total >= needed) return undefined;
      }
    }
    const names = cited.map((u) => u!.title).join(", ");
    const better = citations[0] ? ` It is supported by ${citations[0].title}.` : "";
    return { kind: "citation-mismatch", claimed: keys.join(", "), expected: citations[0]?.key, message: `The cited source (${names}) does not support this claim.${better}` };
  }

  private unsupportedMessage(a: Analysed, top: Passage | undefined, namesOk: boolean): string {
    if (top && !namesOk) {
      const text = top.window.map((w) => w.lower).join(" ");
      const missing = a.names.filter((n) => !textMentions(text, n.core, n.core.length >= 2)).map((n) => n.text);
      if (missing.length) return `No source supports this claim (nothing about ${missing.join(", ")} here).`;
    }
    return "No source supports this claim.";
  }

  // ---- output helpers -------------------------------------------------------------------

  private label(s: SentenceInfo): string {
    return s.unit.title + (s.unit.section ? ` ${s.unit.section}` : "");
  }

  citation(s: SentenceInfo, score: number, matched: string[]): Citation {
    const sentence = s.unit.sentences[s.sentence];
    return {
      source: s.unit.file,
      ...(s.unit.section ? { section: s.unit.section } : {}),
      title: s.unit.title,
      key: s.unit.id,
      range: sentence.range,
      excerpt: clip(s.text, 400),
      score: Math.round(score * 1000) / 1000,
      matched: matchedWords(s, matched),
    };
  }

  private dedupe(cs: Citation[]): Citation[] {
    const seen = new Set<string>();
    return cs.filter((c) => {
      const k = c.key + ":" + c.range.start.line + ":" + c.range.start.character;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
  }

  private rangeInPlain(claim: ClaimInput, start: number, end: number): Range {
    const offs = claim.plainOffsets;
    if (!offs.length) return claim.range;
    const s = offs[Math.min(start, offs.length - 1)];
    const e = offs[Math.min(Math.max(end - 1, start), offs.length - 1)] + 1;
    return this.ctx.toRange(s, e);
  }
}

interface Group {
  rep: Quantity;
  members: Quantity[];
  units: Set<string>;
  docs: number[];
  align: number;
  surfaces: Map<string, number>;
}

type QuantityOutcome =
  | { kind: "match"; docs: number[]; split: Group[]; anchorDocs: number[] }
  | { kind: "disputed"; docs: number[]; split: Group[]; expected: Group }
  | { kind: "contradicted"; docs: number[]; split: Group[]; expected: Group }
  | { kind: "unknown" };

interface Passage {
  info: SentenceInfo;
  window: SentenceInfo[];
  coverage: number;
  /** Coverage by the sentence alone, without its neighbours. */
  ownCoverage: number;
  rank: number;
  matched: string[];
}

/** How a value is shown: canonical for amounts, the sources' own words for spans of time. */
function displayValue(g: Group): string {
  if (g.rep.kind === "duration") {
    const [surface] = [...g.surfaces.entries()].sort((x, y) => y[1] - x[1])[0];
    return surface.replace(/^(?:over|about|roughly|around|nearly|the (?:last|past)|last|past)\s+/i, "").replace(/^(?:the (?:last|past))\s+/i, "");
  }
  return formatQuantity(g.rep);
}

/**
 * A source value confirms a claimed one when they agree and the source is not just a bound:
 * "over $29 billion" agrees with "$49 billion" but does not confirm it.
 */
function confirms(claim: Quantity, source: Quantity): boolean {
  if (!sameQuantity(claim, source)) return false;
  if (openHigh(source) && !openHigh(claim)) return false;
  if (openLow(source) && !openLow(claim)) return false;
  // two bounds the same way state the same thing only with the same bound:
  // "as high as $200 million" is not "as high as $100 million"
  const tolerance = Math.max(claim.precision, source.precision) / 2;
  // a stated maximum ("as high as $200 million", "up to 500 jobs") is the claimed figure: a smaller
  // figure in the sources does not confirm it ("no more than" is an inequality, and any smaller figure keeps it)
  if (claim.hedge === "up to" && !isBound(source) && !/^no more than\b/i.test(claim.text) && Math.abs(claim.value - source.value) > tolerance) return false;
  if (openHigh(source) && openHigh(claim) && Math.abs(claim.value - source.value) > tolerance) return false;
  if (openLow(source) && openLow(claim) && Math.abs(claim.value - source.value) > tolerance) return false;
  return true;
}

/**
 * The same number of things, whatever noun follows each ("the 55 participating teams", "the 55
 * national associations"; "230 metres", "230 meters"): enough in a passage that covers the claim.
 */
function sameCount(source: Quantity, claim: Quantity): boolean {
  return claim.kind === "count" && source.kind === "count" && !isBound(source) && sameQuantity({ ...claim, unit: undefined }, { ...source, unit: undefined });
}

/** A source value states a claimed one: it confirms it and, for dates, gives every part the claim gives. */
function states(source: Quantity, claim: Quantity): boolean {
  if (!confirms(claim, source)) return false;
  if (claim.kind !== "year" && claim.kind !== "date") return true;
  const c = claim.date ?? { year: claim.value };
  const s = source.date ?? (source.kind === "year" ? { year: source.value } : {});
  return (c.year === undefined || s.year === c.year) && (c.month === undefined || s.month === c.month) && (c.day === undefined || s.day === c.day);
}

const openHigh = (x: Quantity) => x.high === Infinity;
const openLow = (x: Quantity) => x.hedge === "up to" || x.hedge === "less than";
const isBound = (x: Quantity) => openHigh(x) || openLow(x);

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max - 1).trimEnd() + "…";
}

/** The words of a passage whose terms matched the claim, as written in the passage. */
function matchedWords(s: SentenceInfo, terms: string[]): string[] {
  const want = new Set(terms);
  return [...new Set(s.tokens.filter((t) => want.has(t.term)).map((t) => t.word))];
}
