// A source file's bytes to text, by extension: PDF and Word files through their extractors (each
// loads its library on first use, and in the bundles esbuild.mjs swaps these two imports for
// loaders of dist/pdf.mjs and dist/docx.mjs, so a folder without them never loads pdfjs or
// mammoth), everything else decoded as text. Never throws: a file that cannot be read gives the reason.

import { extractDocx } from "./formats/docx";
import { extractPdf } from "./formats/pdf";
import { decodeSourceBytes } from "./load";
import { extensionOf } from "./parse";
import type { Meta } from "./formats/projection";

/** A source's text, with what a binary format knows beyond it. */
export interface ExtractedSource {
  text: string;
  /** Metadata from the file itself (PDF document info, Word core properties). */
  meta?: Meta;
  /** Offset in `text` where each page begins (PDF). */
  pages?: number[];
  /** The headings and where each begins in `text` (Word): a passage is cited by its section. */
  headings?: { at: number; text: string }[];
}

/** Extensions read by an extractor rather than decoded as text. */
export const DOCUMENT_EXTENSIONS = [".pdf", ".docx"];

/** Bumped whenever an extractor gives other text for the same file (part of the index cache key). */
export const EXTRACTOR_VERSION = "pdf-1 docx-2";

export async function extractSource(relPath: string, data: Uint8Array): Promise<ExtractedSource | { error: string }> {
  const ext = extensionOf(relPath);
  try {
    if (ext === ".pdf") return await extractPdf(data);
    if (ext === ".docx") return await extractDocx(data);
  } catch (err) {
    const what = ext === ".pdf" ? "PDF" : "Word file";
    return { error: `unreadable ${what} (${(err instanceof Error ? err.message : String(err)).slice(0, 120)})` };
  }
  return decodeSourceBytes(data);
}
