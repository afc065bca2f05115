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
  sentences: SourceSentence[];
}

export interface SkippedFile {
  path: string;
  reason: string;
}

export type Verdict = "supported" | "contradicted" | "disputed" | "unsupported" | "unchecked";
