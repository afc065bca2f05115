// A PDF's text as a reader reads it, from the positioned text runs of its pages (what pdfjs's
// getTextContent gives): columns in reading order, lines joined into paragraphs (one paragraph per
// line of the result, as the sentence splitter wants prose), words hyphenated at a line end joined,
// page numbers and the running headers and footers repeated on most pages dropped. Pure: no pdfjs.

/** One run of text on a page: baseline at (x, y), y growing upwards (PDF user space). */
export interface TextRun {
  str: string;
  x: number;
  y: number;
  width: number;
  /** Font size (the run's height). */
  size: number;
}

export interface PdfText {
  /** Paragraphs one per line, a blank line between paragraphs that do not continue. */
  text: string;
  /** UTF-16 offset in `text` where each page begins (pages[0] is page 1, always 0). */
  pages: number[];
}

interface Line {
  runs: TextRun[];
  y: number;
  x0: number;
  x1: number;
  size: number;
  text: string;
}

/** Runs at (nearly) the same baseline, left to right, as lines from the top of the page down. */
function toLines(runs: TextRun[]): Line[] {
  const sorted = runs.slice().sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  for (const r of sorted) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(last.y - r.y) <= Math.max(1, 0.45 * Math.max(last.size, r.size))) last.runs.push(r);
    else lines.push({ runs: [r], y: r.y, x0: 0, x1: 0, size: r.size, text: "" });
  }
  for (const line of lines) {
    line.runs.sort((a, b) => a.x - b.x);
    let text = "";
    let end = -Infinity;
    for (const r of line.runs) {
      // a visible gap between runs is a space the PDF did not draw
      if (text && end > -Infinity && r.x - end > 0.2 * r.size && !/\s$/.test(text) && !/^\s/.test(r.str)) text += " ";
      text += r.str;
      end = Math.max(end, r.x + r.width);
    }
    line.text = text.replace(/\s+/g, " ").trim();
    line.x0 = Math.min(...line.runs.map((r) => r.x));
    line.x1 = end;
    line.size = Math.max(...line.runs.map((r) => r.size));
  }
  return lines.filter((l) => l.text);
}

/**
 * An x position between columns: inside the text's extent, crossed by few runs (a title over both
 * columns may cross it), with text on both sides of it on several lines. Undefined for one column.
 */
function findGutter(runs: TextRun[]): number | undefined {
  if (runs.length < 6) return undefined;
  const left = Math.min(...runs.map((r) => r.x));
  const right = Math.max(...runs.map((r) => r.x + r.width));
  const width = right - left;
  if (width <= 0) return undefined;
  const sizes = runs.map((r) => r.size).sort((a, b) => a - b);
  const minGap = Math.max(6, sizes[sizes.length >> 1]);
  const from = Math.floor(left + 0.2 * width);
  const to = Math.ceil(right - 0.2 * width);
  // coverage per point of x, from the runs' spans (difference array)
  const n = to - from + 1;
  if (n <= 0) return undefined;
  const diff = new Int32Array(n + 1);
  for (const r of runs) {
    const a = Math.max(from, Math.ceil(r.x));
    const b = Math.min(to, Math.floor(r.x + r.width));
    if (a > b) continue;
    diff[a - from]++;
    diff[b - from + 1]--;
  }
  // the gutter is where coverage is lowest: only lines over both columns (a title) cross it
  const coverage = new Int32Array(n);
  let cover = 0;
  let least = Infinity;
  for (let i = 0; i < n; i++) {
    cover += diff[i];
    coverage[i] = cover;
    least = Math.min(least, cover);
  }
  const lineCount = toLines(runs).length;
  if (least > 0.4 * lineCount) return undefined;
  let best: { start: number; len: number } | undefined;
  let runStart = -1;
  for (let i = 0; i <= n; i++) {
    const open = i < n && coverage[i] === least;
    if (open && runStart < 0) runStart = i;
    if (!open && runStart >= 0) {
      const len = i - runStart;
      if (!best || len > best.len) best = { start: runStart, len };
      runStart = -1;
    }
  }
  if (!best || best.len < minGap) return undefined;
  const gutter = from + best.start + best.len / 2;
  const sides = toLines(runs).map((l) => [l.runs.some((r) => r.x + r.width <= gutter), l.runs.some((r) => r.x >= gutter)]);
  const leftLines = sides.filter(([l]) => l).length;
  const rightLines = sides.filter(([, r]) => r).length;
  return leftLines >= 3 && rightLines >= 3 ? gutter : undefined;
}

/** Lines of a page (or part of one) in reading order: column by column between full-width lines. */
function readingOrder(runs: TextRun[], depth = 0): Line[] {
  const gutter = depth < 3 ? findGutter(runs) : undefined;
  if (gutter === undefined) return toLines(runs);
  const crosses = (r: TextRun) => r.x < gutter && r.x + r.width > gutter;
  // a full-width line (one with a run crossing the gutter, a title) ends the columns above it
  const spanYs = toLines(runs.filter(crosses))
    .map((l) => [l.y, l.size] as const)
    .sort((p, q) => p[0] - q[0]);
  const onSpanningLine = (r: TextRun): boolean => {
    // the spanning line nearest r's baseline, by binary search
    let lo = 0;
    let hi = spanYs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spanYs[mid][0] < r.y) lo = mid + 1;
      else hi = mid;
    }
    return [lo - 1, lo].some((i) => i >= 0 && i < spanYs.length && Math.abs(spanYs[i][0] - r.y) <= 0.45 * Math.max(spanYs[i][1], r.size));
  };
  const spanningRuns: TextRun[] = [];
  const rest: TextRun[] = [];
  for (const r of runs) (crosses(r) || onSpanningLine(r) ? spanningRuns : rest).push(r);
  rest.sort((p, q) => q.y - p.y);
  const out: Line[] = [];
  let next = 0; // rest is taken top-down, band by band
  const band = (bottom: number): void => {
    const start = next;
    while (next < rest.length && rest[next].y > bottom) next++;
    const inBand = rest.slice(start, next);
    out.push(...readingOrder(inBand.filter((r) => r.x + r.width <= gutter), depth + 1));
    out.push(...readingOrder(inBand.filter((r) => r.x + r.width > gutter), depth + 1));
  };
  for (const line of toLines(spanningRuns)) {
    band(line.y);
    out.push(line);
  }
  band(-Infinity);
  return out;
}

/** A line that is only a page number: "12", "- 12 -", "Page 12", "Page 12 of 30", "12 / 30". */
const PAGE_NUMBER = /^(?:[-–—]\s*)?(?:page\s+)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?(?:\s*[-–—])?$/i;

/** A line's text for comparing headers across pages: digits (page numbers, dates) ignored. */
function furniture(text: string): string {
  return text.toLowerCase().replace(/\d+/g, "#").replace(/\s+/g, " ").trim();
}

/** Lines at the top or bottom of a page this many from the edge are header or footer candidates. */
const EDGE_LINES = 2;

/** Drops page numbers at a page's edges and lines repeated at the top or bottom of most pages. */
function dropFurniture(pages: Line[][]): Line[][] {
  const counts = new Map<string, number>();
  const edgeLines = (lines: Line[]): Line[] => {
    const k = Math.min(EDGE_LINES, lines.length);
    const top = lines.slice().sort((a, b) => b.y - a.y).slice(0, k);
    const bottom = lines.slice().sort((a, b) => a.y - b.y).slice(0, k);
    return [...new Set([...top, ...bottom])];
  };
  for (const lines of pages) for (const key of new Set(edgeLines(lines).map((l) => furniture(l.text)))) counts.set(key, (counts.get(key) ?? 0) + 1);
  const repeated = (key: string): boolean => pages.length >= 2 && (counts.get(key) ?? 0) >= Math.max(2, Math.ceil(pages.length / 2));
  return pages.map((lines) => {
    const edges = new Set(edgeLines(lines));
    return lines.filter((l) => !(edges.has(l) && (PAGE_NUMBER.test(l.text) || repeated(furniture(l.text)))));
  });
}

const TERMINAL_END = /[.!?:;"”’)\]]$/;
const LOWER_START = /^\p{Ll}/u;

/** The usual distance between the lines of a paragraph: the most common gap between consecutive lines of the document. */
function lineSpacing(pages: Line[][]): number {
  const counts = new Map<number, number>();
  for (const lines of pages)
    for (let i = 1; i < lines.length; i++) {
      const g = Math.round((lines[i - 1].y - lines[i].y) * 2) / 2;
      if (g > 0 && g < 4 * lines[i].size) counts.set(g, (counts.get(g) ?? 0) + 1);
    }
  let best = 0;
  let bestCount = 0;
  for (const [g, n] of counts) if (n > bestCount || (n === bestCount && g < best)) [best, bestCount] = [g, n];
  return best;
}

/** A page's full line width: most lines of its prose reach it (the 90th percentile of line widths). */
function fullWidth(lines: Line[]): number {
  const widths = lines.map((l) => l.x1 - l.x0).sort((a, b) => a - b);
  return widths.length ? widths[Math.floor(widths.length * 0.9)] : 0;
}

/** Groups a page's lines into paragraphs: a wider gap above a line, or a short line ending a sentence, ends one. */
function paragraphs(lines: Line[], usual: number): Line[][] {
  const width = fullWidth(lines);
  const out: Line[][] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const prev = lines[i - 1];
    const current = out[out.length - 1];
    let starts = !prev;
    if (prev) {
      const gap = prev.y - line.y;
      const movedColumn = gap < 0 || Math.abs(line.x0 - prev.x0) > 4 * line.size; // next column or a new block
      const wideGap = usual > 0 && gap > usual * 1.3 + 0.5;
      const sizeChange = Math.abs(line.size - prev.size) > 0.15 * Math.max(line.size, prev.size);
      const shortEnd = TERMINAL_END.test(prev.text) && prev.x1 - prev.x0 < width * 0.8 && !LOWER_START.test(line.text);
      starts = (wideGap && !(movedColumn && LOWER_START.test(line.text))) || sizeChange || shortEnd || (movedColumn && !LOWER_START.test(line.text) && TERMINAL_END.test(prev.text));
    }
    if (starts || !current) out.push([line]);
    else current.push(line);
  }
  return out;
}

const LETTER = /\p{L}/u;

/** The word before a hyphen (or soft hyphen) ending a line: "signif" of "… signif-"; "" when the line does not end so. */
function brokenWord(line: string): string {
  const last = line[line.length - 1];
  if (last !== "-" && last !== "\u00ad") return "";
  let i = line.length - 1;
  while (i > 0 && LETTER.test(line[i - 1])) i--;
  return line.slice(i, line.length - 1);
}

/** Joins two lines of one paragraph, rejoining a word hyphenated at the line end. */
function joinLines(a: string, b: string, words: Set<string>): string {
  const broken = brokenWord(a);
  if (broken && LOWER_START.test(b)) {
    const next = /^\p{L}+/u.exec(b)?.[0] ?? "";
    // a hyphen that belongs to the word ("data-labeling") stays when the text writes it so elsewhere
    const keep = a.endsWith("-") && words.has(`${broken}-${next}`.toLowerCase()) && !words.has(`${broken}${next}`.toLowerCase());
    return a.slice(0, keep ? a.length : a.length - 1) + b;
  }
  return `${a} ${b}`;
}

/** The pages' text in reading order, with each page's start. */
export function layoutPdfText(pageRuns: TextRun[][]): PdfText {
  const pages = dropFurniture(pageRuns.map((runs) => readingOrder(runs.filter((r) => r.str.trim()))));
  const usual = lineSpacing(pages);
  const words = new Set<string>();
  for (const lines of pages) for (const l of lines) for (const w of l.text.toLowerCase().match(/[\p{L}]+(?:-[\p{L}]+)+|\p{L}+/gu) ?? []) words.add(w);
  let text = "";
  const starts: number[] = [];
  let open = false; // the last paragraph may continue on the next page
  for (const lines of pages) {
    const paras = paragraphs(lines, usual).map((p) => p.reduce((acc, l, i) => (i === 0 ? l.text : joinLines(acc, l.text, words)), ""));
    starts.push(text.length);
    paras.forEach((p, i) => {
      if (i === 0 && open) {
        // a sentence running over the page break: the page starts inside it, at its first word
        text = joinLines(text, p, words);
      } else {
        text += (text ? "\n\n" : "") + p;
      }
      // joinLines and the paragraph break both end with the page's text
      if (i === 0) starts[starts.length - 1] = text.length - p.length;
    });
    if (paras.length) open = !TERMINAL_END.test(paras[paras.length - 1]);
  }
  if (starts.length) starts[0] = 0;
  return { text: text ? text + "\n" : "", pages: starts };
}
