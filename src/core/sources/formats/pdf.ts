// Text and metadata of a PDF, through pdfjs (loaded on first use): runs per page, laid out by
// ./pdf-layout. A password-protected, scanned (no text layer) or broken file is an error with the
// reason, never a throw.

import type { Meta } from "./projection";
import { layoutPdfText, type TextRun } from "./pdf-layout";
import { loadPdfjs } from "./pdfjs";

export interface ExtractedPdf {
  text: string;
  /** Offset in `text` where each page begins. */
  pages: number[];
  meta: Meta;
}

/** "D:20250612093000+02'00'" (the PDF date format) -> "2025-06-12"; undefined when unreadable. */
export function pdfDate(raw: unknown): string | undefined {
  if (typeof raw !== "string") return undefined;
  const m = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?/.exec(raw.trim());
  if (!m) return undefined;
  const [, y, mo, d] = m;
  if (mo && (Number(mo) < 1 || Number(mo) > 12)) return y;
  if (d && (Number(d) < 1 || Number(d) > 31)) return `${y}-${mo}`;
  return [y, mo, d].filter(Boolean).join("-");
}

function metaText(v: unknown): string | undefined {
  if (typeof v !== "string") return undefined;
  const t = v.replace(/\s+/g, " ").trim();
  // tools write their own names or file names as titles: "Microsoft Word - report.docx", "untitled"
  if (!t || /^(untitled|unknown|anonymous)$/i.test(t) || /\.(docx?|pdf|indd|tex)$/i.test(t)) return undefined;
  return t;
}

/** The reason shown for a PDF pdfjs cannot open. */
function reasonOf(err: unknown): string {
  const name = (err as { name?: string } | undefined)?.name;
  if (name === "PasswordException") return "encrypted PDF (needs a password)";
  if (name === "InvalidPDFException") return "broken PDF (not a valid PDF file)";
  const msg = err instanceof Error ? err.message : String(err);
  return `broken PDF (${msg.slice(0, 120)})`;
}

export async function extractPdf(data: Uint8Array): Promise<ExtractedPdf | { error: string }> {
  const pdfjs = await loadPdfjs();
  // pdfjs takes ownership of (detaches) the buffer it is given: hand it a copy
  const task = pdfjs.getDocument({
    data: new Uint8Array(data),
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (err) {
    await task.destroy().catch(() => undefined);
    return { error: reasonOf(err) };
  }
  try {
    const pageRuns: TextRun[][] = [];
    let chars = 0;
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      const runs: TextRun[] = [];
      for (const item of content.items) {
        if (!("str" in item) || !item.str) continue;
        const [a, b, c, d, x, y] = item.transform as number[];
        // rotated text (b, c non-zero) keeps its baseline origin; its size is the vector's length
        const size = Math.hypot(c, d) || Math.hypot(a, b) || item.height || 1;
        runs.push({ str: item.str, x, y, width: item.width, size });
        chars += item.str.trim().length;
      }
      pageRuns.push(runs);
      page.cleanup();
    }
    if (chars === 0) return { error: doc.numPages ? "no text layer: scanned?" : "broken PDF (no pages)" };
    const { text, pages } = layoutPdfText(pageRuns);
    const info = ((await doc.getMetadata().catch(() => undefined))?.info ?? {}) as Record<string, unknown>;
    const meta: Meta = {};
    const title = metaText(info.Title);
    const author = metaText(info.Author);
    // the creation date, not ModDate (which tools set to the day of any re-save)
    const date = pdfDate(info.CreationDate);
    if (title) meta.title = title;
    if (author) meta.author = author;
    if (date) meta.date = date;
    return { text, pages, meta };
  } catch (err) {
    return { error: reasonOf(err) };
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}
