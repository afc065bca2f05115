// Passages of the sources that speak to a sentence of the draft, for the writer to cite (ranked,
// cut where relevance falls off), and whether the sources attribute a statement to a speaker.

import type { SourceSentence, SourceUnit } from "../types";
import { contentTerms } from "../text/tokens";
import type { Corpus } from "./corpus";

export interface RelevantPassage {
  unit: SourceUnit;
  sentence: SourceSentence;
  /** Share of the sentence's content words the passage contains, 0..1. */
  coverage: number;
  score: number;
}

/** Passages of fewer words are headings, bylines or navigation ("Table of Contents", "meta"). */
const MIN_PASSAGE_WORDS = 5;
/** A passage is kept while its score is at least this share of the best one. */
const FALL_OFF = 0.5;
const RETRIEVE = 50;

/**
 * The passages most relevant to `text`, best first: BM25 over the sentences, without headings,
 * stopping where the score falls below half the best or the passage shares under a quarter of
 * the sentence's words.
 */
export function relevantPassages(corpus: Corpus, text: string, limit = 10): RelevantPassage[] {
  const terms = contentTerms(text);
  if (!terms.length) return [];
  const hits = corpus.index.search(terms, RETRIEVE);
  const out: RelevantPassage[] = [];
  let best = 0;
  for (const h of hits) {
    const info = corpus.sentence(h.doc);
    if (!info) continue;
    const sentence = info.unit.sentences[info.sentence];
    if (sentence.text.trim().split(/\s+/).length < MIN_PASSAGE_WORDS) continue;
    best ||= h.score;
    if (h.score < best * FALL_OFF) break;
    const have = info.termSet;
    const coverage = terms.filter((t) => have.has(t)).length / terms.length;
    if (coverage < 0.25) continue;
    out.push({ unit: info.unit, sentence, coverage, score: h.score });
    if (out.length >= limit) break;
  }
  return out;
}

function nameWords(name: string): string[] {
  return name
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1);
}

/**
 * Whether the sources put `statement` in `speaker`'s mouth: the passages that best match the
 * statement's words (the speaker's own name left out) name the speaker, in the passage or the
 * sentence before it. Used before a fix moves someone's words to another person.
 */
export function attributesTo(corpus: Corpus, speaker: string, statement: string): boolean {
  const speakerWords = new Set(nameWords(speaker));
  const terms = contentTerms(statement).filter((t) => !speakerWords.has(t));
  if (!terms.length) return false;
  const scored: { doc: number; coverage: number }[] = [];
  for (const h of corpus.index.search(terms, RETRIEVE)) {
    const info = corpus.sentence(h.doc);
    if (!info) continue;
    const have = info.termSet;
    scored.push({ doc: h.doc, coverage: terms.filter((t) => have.has(t)).length / terms.length });
  }
  if (!scored.length) return false;
  const top = Math.max(...scored.map((s) => s.coverage));
  const surname = nameWords(speaker).pop();
  if (!surname) return false;
  const names = (doc: number): boolean => {
    const info = corpus.sentence(doc);
    if (!info) return false;
    return info.names.some((n) => nameWords(n.text).includes(surname));
  };
  // the best-matching passages (within a tenth of the best coverage) must name the speaker
  return scored.filter((s) => s.coverage >= top - 0.1).some((s) => corpus.window(s.doc, 1).filter((d) => d <= s.doc).some(names));
}
