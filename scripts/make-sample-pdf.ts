// Makes the sample's PDF source, examples/scale-ai/sources/004_52ebd679e22b028b.pdf: the text of
// examples/scale-ai/report/004_52ebd679e22b028b.txt (one of the seed articles, a paragraph per
// line) laid out as a two-page report. Run: npm run sample:pdf (the output is committed).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { reportPdf } from "./report-pdf";

const ROOT = join(__dirname, "..");
const NAME = "004_52ebd679e22b028b";

async function main(): Promise<void> {
  const text = readFileSync(join(ROOT, "examples/scale-ai/report", `${NAME}.txt`), "utf8");
  const paragraphs = text.split(/\r?\n/).filter((l) => l.trim());
  const pdf = await reportPdf(paragraphs, {
    title: "Google to cut ties with Scale AI after Meta deal",
    author: "TechBooky",
    date: "2025-06-14",
    header: "TechBooky · Scale AI and its customers",
  });
  writeFileSync(join(ROOT, "examples/scale-ai/sources", `${NAME}.pdf`), pdf);
}

void main();
