// Lays out text as a PDF report with pdf-lib: paragraphs wrapped to the page width (never
// hyphenated), a running header and a page-number footer on every page, document info metadata.
// Used by scripts/make-sample-pdf.ts (the sample's PDF), the bench's PDF corpus and the tests.
import { PDFDocument, StandardFonts } from "pdf-lib";

export interface ReportOptions {
  title?: string;
  author?: string;
  /** ISO date: the document's creation date. */
  date?: string;
  /** Running header printed at the top of every page. */
  header?: string;
  /** Font size of the text (10). */
  size?: number;
  /** Points between the lines of a paragraph (1.2 times the size). */
  leading?: number;
}

const PAGE = { width: 612, height: 792, margin: 72 };

/** A PDF of `paragraphs`, each starting on a new line after a gap. */
export async function reportPdf(paragraphs: string[], opts: ReportOptions = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  if (opts.title) doc.setTitle(opts.title);
  if (opts.author) doc.setAuthor(opts.author);
  // fixed dates and producer: the same text gives the same bytes
  const when = new Date(opts.date ? `${opts.date}T00:00:00Z` : "2025-01-01T00:00:00Z");
  doc.setCreationDate(when);
  doc.setModificationDate(when);
  doc.setProducer("groundwork report-pdf");
  doc.setCreator("groundwork report-pdf");
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const size = opts.size ?? 10;
  const leading = opts.leading ?? size * 1.2;
  const width = PAGE.width - 2 * PAGE.margin;
  const lines: (string | null)[] = []; // null: the gap after a paragraph
  for (const p of paragraphs) {
    let line = "";
    for (const word of p.split(/\s+/).filter(Boolean)) {
      const next = line ? `${line} ${word}` : word;
      if (line && font.widthOfTextAtSize(next, size) > width) {
        lines.push(line);
        line = word;
      } else line = next;
    }
    if (line) lines.push(line);
    lines.push(null);
  }
  const top = PAGE.height - PAGE.margin;
  const bottom = PAGE.margin;
  const pages: { page: ReturnType<typeof doc.addPage>; y: number }[] = [];
  const newPage = () => {
    const page = doc.addPage([PAGE.width, PAGE.height]);
    pages.push({ page, y: top });
    return pages[pages.length - 1];
  };
  let current = newPage();
  for (const line of lines) {
    if (line === null) {
      current.y -= leading * 0.6;
      continue;
    }
    if (current.y < bottom) current = newPage();
    current.page.drawText(line, { x: PAGE.margin, y: current.y, size, font });
    current.y -= leading;
  }
  pages.forEach(({ page }, i) => {
    if (opts.header) page.drawText(opts.header, { x: PAGE.margin, y: PAGE.height - 40, size: 8, font });
    const footer = `Page ${i + 1} of ${pages.length}`;
    page.drawText(footer, { x: PAGE.width / 2 - font.widthOfTextAtSize(footer, 8) / 2, y: 36, size: 8, font });
  });
  return doc.save({ useObjectStreams: false });
}
