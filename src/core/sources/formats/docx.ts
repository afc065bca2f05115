// Text and metadata of a Word (.docx) file: paragraphs, headings, lists, tables and footnotes
// through mammoth (loaded on first use), title/author/date from the core properties
// (docProps/core.xml). A broken or password-protected file is an error with the reason.

import { projectHtml } from "./html";
import { clampTitle, type Meta } from "./projection";

export interface ExtractedDocx {
  text: string;
  meta: Meta;
  /** The document's headings, in order, with the offset in `text` where each begins. */
  headings: Heading[];
}

/** A heading of a Word file: a passage after it is cited by its section ("§ Findings"). */
export interface Heading {
  at: number;
  text: string;
}

/** Where each heading of the HTML (h1–h6, in order) stands in the projected text. */
function headingsIn(html: string, text: string): Heading[] {
  const out: Heading[] = [];
  let from = 0;
  for (const m of html.matchAll(/<h[1-6][^>]*>([\s\S]*?)<\/h[1-6]>/g)) {
    const title = projectHtml(`<p>${m[1]}</p>`).text.replace(/\s+/g, " ").trim();
    if (!title) continue;
    const at = text.indexOf(title, from);
    if (at < 0) continue;
    out.push({ at, text: title });
    from = at + title.length;
  }
  return out;
}

/** The text of one element of the core properties XML ("dc:title"), entities decoded. */
function coreProperty(xml: string, tag: string): string | undefined {
  const open = xml.indexOf(`<${tag}`);
  if (open < 0) return undefined;
  const bodyStart = xml.indexOf(">", open) + 1;
  const close = xml.indexOf(`</${tag}>`, bodyStart);
  if (bodyStart <= 0 || close < 0 || xml[bodyStart - 2] === "/") return undefined;
  const t = xml
    .slice(bodyStart, close)
    .replace(/<[^<>]*>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
  return t || undefined;
}

export async function extractDocx(data: Uint8Array): Promise<ExtractedDocx | { error: string }> {
  const [{ default: mammoth }, { default: JSZip }] = await Promise.all([import("mammoth"), import("jszip")]);
  const buffer = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  let zip;
  try {
    zip = await JSZip.loadAsync(buffer);
  } catch {
    // an encrypted .docx is an OLE compound file, not a zip
    const ole = data.length >= 8 && data[0] === 0xd0 && data[1] === 0xcf && data[2] === 0x11 && data[3] === 0xe0;
    return { error: ole ? "encrypted Word file (needs a password)" : "broken Word file (not a .docx zip)" };
  }
  if (!zip.file("word/document.xml")) return { error: "broken Word file (no word/document.xml)" };
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer })).value;
  } catch (err) {
    return { error: `broken Word file (${(err instanceof Error ? err.message : String(err)).slice(0, 120)})` };
  }
  // footnote markers ("[1]") inside sentences and the notes' back links ("↑") are not the text
  html = html.replace(/<sup><a href="#(?:foot|end)note-\d+" id="(?:foot|end)note-ref-\d+">\[\d+\]<\/a><\/sup>/g, "").replace(/\s*<a href="#(?:foot|end)note-ref-\d+">↑<\/a>/g, "");
  const text = projectHtml(html)
    .text.split("\n")
    .map((line) => line.trimEnd())
    .join("\n")
    .trim();
  if (!text) return { error: "no text (an empty document or only images)" };
  const meta: Meta = {};
  const core = await zip.file("docProps/core.xml")?.async("string").catch(() => undefined);
  if (core) {
    const title = coreProperty(core, "dc:title");
    const author = coreProperty(core, "dc:creator");
    const date = coreProperty(core, "dcterms:created");
    if (title) meta.title = clampTitle(title);
    if (author) meta.author = author;
    if (date && /^\d{4}-\d{2}-\d{2}/.test(date)) meta.date = date.slice(0, 10);
  }
  return { text: text + "\n", meta, headings: headingsIn(html, text) };
}
