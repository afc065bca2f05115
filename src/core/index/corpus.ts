// The indexed sources: units, their sentences as BM25 documents, and per-sentence analysis
// (quantities, names, roles) computed lazily, only for sentences a claim retrieves.
import type { SourceUnit } from "../types";
import { Bm25Index } from "./bm25";
import { extractQuantities, type Quantity } from "../quantities";
import { findNames, type NameMention } from "../entities/names";
import { findRoleFacts, type RoleFact } from "../entities/roles";
import { tokenize, type Token } from "../text/tokens";

export interface SentenceInfo {
  doc: number;
  unit: SourceUnit;
  sentence: number;
  text: string;
  lower: string;
  /** Lower-cased words joined by single spaces, padded with a space at both ends (for quotes). */
  words: string;
  tokens: Token[];
  quantities: Quantity[];
  names: NameMention[];
  roles: RoleFact[];
}

/** Words of a text for verbatim comparison of quotes: lower case, punctuation and quote style ignored. */
export function quoteWords(text: string): string {
  return (
    " " +
    text
      .toLowerCase()
      .replace(/[’‘`]/g, "'")
      .replace(/[^\p{L}\p{N}'$%]+/gu, " ")
      .replace(/(^| )'+|'+(?= |$)/g, "$1")
      .trim() +
    " "
  );
}

export class Corpus {
  readonly index = new Bm25Index();
  private unitsByFile = new Map<string, SourceUnit[]>();
  private docUnit: (SourceUnit | undefined)[] = [];
  private docSentence: number[] = [];
  private firstDoc = new Map<SourceUnit, number>();
  private info = new Map<number, SentenceInfo>();
  private byKey = new Map<string, SourceUnit>();
  version = 0;

  get units(): SourceUnit[] {
    return [...this.unitsByFile.values()].flat();
  }

  unit(key: string): SourceUnit | undefined {
    return this.byKey.get(key);
  }

  files(): string[] {
    return [...this.unitsByFile.keys()];
  }

  setFile(file: string, units: SourceUnit[]): void {
    this.removeFile(file);
    for (const unit of units) {
      this.firstDoc.set(unit, this.docUnit.length);
      this.byKey.set(unit.id, unit);
      for (const s of unit.sentences) {
        const doc = this.index.add(s.text);
        this.docUnit[doc] = unit;
        this.docSentence[doc] = s.index;
      }
    }
    this.unitsByFile.set(file, units);
    this.version++;
  }

  removeFile(file: string): void {
    const old = this.unitsByFile.get(file);
    if (!old) return;
    for (const unit of old) {
      const first = this.firstDoc.get(unit)!;
      for (let i = 0; i < unit.sentences.length; i++) {
        this.index.remove(first + i);
        this.docUnit[first + i] = undefined;
        this.info.delete(first + i);
      }
      this.firstDoc.delete(unit);
      if (this.byKey.get(unit.id) === unit) this.byKey.delete(unit.id);
    }
    this.unitsByFile.delete(file);
    this.version++;
  }

  unitOf(doc: number): SourceUnit | undefined {
    return this.docUnit[doc];
  }

  /** Document id of a unit's sentence, or -1. */
  docOf(unit: SourceUnit, sentence: number): number {
    const first = this.firstDoc.get(unit);
    return first === undefined || sentence < 0 || sentence >= unit.sentences.length ? -1 : first + sentence;
  }

  /** The documents of the sentences around `doc` in the same unit, `radius` each side. */
  window(doc: number, radius: number): number[] {
    const unit = this.docUnit[doc];
    if (!unit) return [];
    const s = this.docSentence[doc];
    const out: number[] = [];
    for (let i = Math.max(0, s - radius); i <= Math.min(unit.sentences.length - 1, s + radius); i++) out.push(doc - s + i);
    return out;
  }

  sentence(doc: number): SentenceInfo | undefined {
    const cached = this.info.get(doc);
    if (cached) return cached;
    const unit = this.docUnit[doc];
    if (!unit) return undefined;
    const s = unit.sentences[this.docSentence[doc]];
    const names = findNames(s.text);
    const info: SentenceInfo = {
      doc,
      unit,
      sentence: s.index,
      text: s.text,
      lower: s.text.toLowerCase().replace(/’/g, "'"),
      words: quoteWords(s.text),
      tokens: tokenize(s.text),
      quantities: extractQuantities(s.text),
      names,
      roles: findRoleFacts(s.text, names),
    };
    if (this.info.size > 50_000) this.info.clear();
    this.info.set(doc, info);
    return info;
  }
}
