// PDF and Word files built from text for the tests: pdf-lib for PDFs (columns, hyphenated line
// breaks, running headers, an image-only page, an encryption dictionary), the docx package for Word.
import { createHash } from "node:crypto";
import { deflateSync } from "node:zlib";
import { PDFDocument, PDFHexString, PDFName, StandardFonts, type PDFFont, type PDFPage } from "pdf-lib";
import { Document, FootnoteReferenceRun, HeadingLevel, Packer, Paragraph, TextRun } from "docx";

export interface Placed {
  text: string;
  x: number;
  y: number;
  size?: number;
}

/** A PDF whose pages carry exactly the given lines of text (and optionally an image). */
export async function pdfOf(pages: { lines: Placed[]; image?: boolean }[], info: { title?: string; author?: string; date?: string } = {}): Promise<PDFDocument> {
  const doc = await PDFDocument.create();
  if (info.title) doc.setTitle(info.title);
  if (info.author) doc.setAuthor(info.author);
  const when = new Date(`${info.date ?? "2024-03-05"}T00:00:00Z`);
  doc.setCreationDate(when);
  doc.setModificationDate(new Date("2026-01-01T00:00:00Z"));
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const p of pages) {
    const page = doc.addPage([612, 792]);
    if (p.image) await drawImage(doc, page);
    for (const l of p.lines) draw(page, font, l);
  }
  return doc;
}

function draw(page: PDFPage, font: PDFFont, l: Placed): void {
  page.drawText(l.text, { x: l.x, y: l.y, size: l.size ?? 11, font });
}

export async function pdfBytes(doc: PDFDocument): Promise<Uint8Array> {
  return doc.save({ useObjectStreams: false });
}

/** Lines of a paragraph set at `x` from `y` down, 14 points apart. */
export function column(x: number, y: number, lines: string[], size = 11): Placed[] {
  return lines.map((text, i) => ({ text, x, y: y - i * 14, size }));
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A grey 16×16 PNG: what a scanner's page is to a text extractor. */
function greyPng(): Buffer {
  const w = 16;
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(w, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  const rows = Buffer.alloc((w + 1) * w, 0x80);
  for (let r = 0; r < w; r++) rows[r * (w + 1)] = 0; // filter byte per row
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), pngChunk("IHDR", ihdr), pngChunk("IDAT", deflateSync(rows)), pngChunk("IEND", Buffer.alloc(0))]);
}

async function drawImage(doc: PDFDocument, page: PDFPage): Promise<void> {
  const img = await doc.embedPng(greyPng());
  page.drawImage(img, { x: 72, y: 72, width: 468, height: 648 });
}

const PAD = Buffer.from("28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a", "hex");

function rc4(key: Buffer, data: Buffer): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  let j = 0;
  for (let i = 0; i < 256; i++) {
    j = (j + s[i] + key[i % key.length]) & 255;
    [s[i], s[j]] = [s[j], s[i]];
  }
  const out = Buffer.alloc(data.length);
  let i = 0;
  j = 0;
  for (let k = 0; k < data.length; k++) {
    i = (i + 1) & 255;
    j = (j + s[i]) & 255;
    [s[i], s[j]] = [s[j], s[i]];
    out[k] = data[k] ^ s[(s[i] + s[j]) & 255];
  }
  return out;
}

const md5 = (b: Buffer): Buffer => createHash("md5").update(b).digest();
const padded = (pw: string): Buffer => Buffer.concat([Buffer.from(pw, "latin1"), PAD]).subarray(0, 32);

/**
 * Marks a document as encrypted with the standard security handler (RC4, revision 2) and a user
 * password, as a PDF writer does: a reader without the password cannot open it. (Its streams are
 * left as they are: no reader gets past the password check to read them.)
 */
export function encrypt(doc: PDFDocument, userPassword: string, ownerPassword = "owner"): void {
  const id = Buffer.from("0123456789abcdef0123456789abcdef", "hex");
  const o = rc4(md5(padded(ownerPassword)).subarray(0, 5), padded(userPassword));
  const p = Buffer.alloc(4);
  p.writeInt32LE(-44);
  const key = md5(Buffer.concat([padded(userPassword), o, p, id])).subarray(0, 5);
  const u = rc4(key, PAD);
  const ctx = doc.context;
  const dict = ctx.obj({ Filter: "Standard", V: 1, R: 2, P: -44 });
  dict.set(PDFName.of("O"), PDFHexString.of(o.toString("hex")));
  dict.set(PDFName.of("U"), PDFHexString.of(u.toString("hex")));
  ctx.trailerInfo.Encrypt = ctx.register(dict);
  ctx.trailerInfo.ID = ctx.obj([PDFHexString.of(id.toString("hex")), PDFHexString.of(id.toString("hex"))]);
}

/** A Word file: a heading, paragraphs (the second with a footnote) and core properties. */
export async function docxOf(opts: { title: string; author: string; heading: string; paragraphs: string[]; footnote: string; more?: { heading: string; paragraphs: string[] }[] }): Promise<Buffer> {
  const doc = new Document({
    title: opts.title,
    creator: opts.author,
    footnotes: { 1: { children: [new Paragraph(opts.footnote)] } },
    sections: [
      {
        children: [
          new Paragraph({ text: opts.heading, heading: HeadingLevel.HEADING_1 }),
          ...opts.paragraphs.map((p, i) => new Paragraph({ children: i === 1 ? [new TextRun(p), new FootnoteReferenceRun(1)] : [new TextRun(p)] })),
          // further sections, each under a heading of its own
          ...(opts.more ?? []).flatMap((m) => [new Paragraph({ text: m.heading, heading: HeadingLevel.HEADING_2 }), ...m.paragraphs.map((p) => new Paragraph(p))]),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
