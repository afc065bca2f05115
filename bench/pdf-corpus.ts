// The bench's PDF corpus: the generated text corpus's files (bench/generate.ts) laid out as PDF
// reports (scripts/report-pdf.ts), in file order, until the PDFs reach the size asked for. Written
// to bench/.data (not committed) and reused while the text corpus and this layout are unchanged.
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { reportPdf } from "../scripts/report-pdf";
import { filesUnder } from "./files";

/** Bumped when the PDFs would come out otherwise. */
const PDF_CORPUS_VERSION = 1;

export interface PdfCorpus {
  dir: string;
  /** PDF bytes, and the bytes of the text they were made from. */
  bytes: number;
  textBytes: number;
  files: number;
}


/** The paragraphs of a generated text or Markdown file (front matter and heading marks left out). */
function paragraphsOf(text: string): { title: string; paragraphs: string[] } {
  const body = text.replace(/^---\n[\s\S]*?\n---\n/, "");
  const paragraphs = body
    .split(/\n\s*\n/)
    .map((p) => p.replace(/^#+\s*/, "").replace(/\s+/g, " ").trim())
    .filter(Boolean);
  return { title: paragraphs[0] ?? "", paragraphs };
}

export async function pdfCorpus(textDir: string, outDir: string, targetMB: number, log: (s: string) => void = () => {}): Promise<PdfCorpus> {
  const manifestPath = `${outDir}.json`;
  const key = { version: PDF_CORPUS_VERSION, textDir, targetMB };
  if (existsSync(manifestPath)) {
    try {
      const m = JSON.parse(readFileSync(manifestPath, "utf8")) as { key: typeof key; corpus: PdfCorpus };
      if (JSON.stringify(m.key) === JSON.stringify(key) && existsSync(m.corpus.dir)) return m.corpus;
    } catch {
      /* made again */
    }
  }
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const corpus: PdfCorpus = { dir: outDir, bytes: 0, textBytes: 0, files: 0 };
  for (const file of filesUnder(textDir)) {
    if (corpus.bytes >= targetMB * 1_000_000) break;
    const text = readFileSync(file, "utf8");
    const { title, paragraphs } = paragraphsOf(text);
    const pdf = await reportPdf(paragraphs, { title, header: "Groundwork bench corpus" });
    writeFileSync(join(outDir, `${String(corpus.files).padStart(5, "0")}.pdf`), pdf);
    corpus.bytes += pdf.length;
    corpus.textBytes += Buffer.byteLength(text);
    corpus.files++;
    if (corpus.files % 200 === 0) log(`pdf corpus: ${(corpus.bytes / 1e6).toFixed(1)} MB, ${corpus.files} files`);
  }
  writeFileSync(manifestPath, JSON.stringify({ key, corpus }, null, 1));
  return corpus;
}
