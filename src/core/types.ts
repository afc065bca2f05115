// Shared shapes of the core. Positions follow LSP: 0-based line, UTF-16 character.

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** One sentence of a source, with its exact place in the file. */
export interface SourceSentence {
  /** Index of the sentence within its unit. */
  index: number;
  text: string;
  /** UTF-16 offsets into the file's decoded text. */
  start: number;
  end: number;
  range: Range;
}

/** A citable unit: a whole file, or one numbered article of a digest file. */
export interface SourceUnit {
  /** Stable id, usable as a citation key ([@id], [^id]). */
  id: string;
  /** Path relative to the sources root, with '/' separators. */
  file: string;
  /** Absolute path on disk (empty for in-memory sources). */
  absPath: string;
  /** "[8]" for the eighth article of a digest file. */
  section?: string;
  title: string;
  author?: string;
  date?: string;
  url?: string;
  publisher?: string;
  /** For a PDF: the offset in the extracted text where each page begins (pages[0] is page 1). */
  pages?: number[];
  /** For a Word file: its headings, each with the offset in the extracted text where it begins. */
  headings?: { at: number; text: string }[];
  /** How the file was read, when a limit was hit (reported with the skipped files). */
  notes?: string[];
  sentences: SourceSentence[];
}

export interface SkippedFile {
  path: string;
  reason: string;
}

export type Verdict = "supported" | "contradicted" | "disputed" | "unsupported" | "unchecked";

/** What a finding is about; each is a stable diagnostic code in the editor. */
export type FindingKind =
  | "number" // a figure, percentage, count, age or multiplier that the sources give otherwise
  | "date" // a year, month or day that the sources give otherwise
  | "misquote" // quoted words the sources do not contain
  | "person" // the wrong person for a role or a quote
  | "role" // the wrong role for a person
  | "disputed" // sources disagree about this value
  | "unsupported" // nothing in the sources speaks to the claim
  | "unsupported-part" // part of a long claim that nothing supports
  | "citation-mismatch" // the claim cites a source that does not support it
  | "polarity" // the sources state the fact with the opposite polarity (negated or not)
  | "predicate" // the sources say the opposite happened (sold vs bought)
  | "reversed" // the sources state the fact with agent and patient swapped
  | "agent" // the sources say someone else did it
  | "order"; // the sources tell two phases the other way round

export interface Citation {
  /** Path of the source file relative to the sources folder. */
  source: string;
  /** "[8]" for a digest article. */
  section?: string;
  title: string;
  /** Id of the source unit: the citation key. */
  key: string;
  /** Range of the passage in the source file (in its extracted text for a PDF or Word file). */
  range: Range;
  /** The page the passage starts on (1-based), for a source with pages (PDF). */
  page?: number;
  /** The heading the passage stands under (1-based number and text), for a source with headings (Word). */
  heading?: { n: number; text: string };
  excerpt: string;
  score: number;
  /** Words of the claim found in the passage (for bold in hovers). */
  matched?: string[];
}

/** One value and who gives it, for a split between sources. */
export interface ValueSupport {
  value: string;
  /** Number of source units that give this value. */
  support: number;
  /** Unit keys that give it. */
  keys: string[];
}

export interface Finding {
  kind: FindingKind;
  /** What the draft says ("$15.3 billion", a quote, a name). */
  claimed: string;
  /** What the sources say, when they say something else. */
  expected?: string;
  /** How many source units give `expected`. */
  support?: number;
  message: string;
  /** The words of the draft the finding is about (defaults to the claim's range). */
  range?: Range;
  /** Every value the sources give, most supported first, when they disagree or contradict. */
  split?: ValueSupport[];
  /** Passages that give the expected value. */
  evidence?: Citation[];
}

export interface ClaimResult {
  range: Range;
  /** Exactly the draft text in `range`. */
  text: string;
  verdict: Verdict;
  citations: Citation[];
  findings: Finding[];
}
