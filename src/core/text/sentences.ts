// Sentence boundaries: Intl.Segmenter, corrected for abbreviations, initials and numbers, with
// line breaks as boundaries where they end a headline, a list item or a paragraph.

export interface Span {
  start: number;
  end: number;
}

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

// Titles and abbreviations that are never the end of a sentence.
const ALWAYS_JOIN = /(?:^|[\s(“"])(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|St|Mt|vs|v|e\.g|i\.e|cf|approx|est|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Fig|No|Nos|Vol|pp|p)\.$/;
// Abbreviations that may end a sentence: joined only when lower case or a digit follows.
const JOIN_BEFORE_LOWER = /(?:^|[\s(“"])(?:Inc|Corp|Co|Ltd|Bros|Jr|Sr|etc|U\.S|U\.K|U\.N|E\.U|a\.m|p\.m|[A-Z])\.$/;
const SENTENCE_END = /[.!?…:;]["”’')\]]*$/;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0xfeff;
}

function trimSpan(text: string, start: number, end: number): Span | undefined {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return start < end ? { start, end } : undefined;
}

/** Ends of the blocks that line breaks separate (hard boundaries). */
function blocks(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  let blockStart = start;
  let lineStart = start;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    const lineEnd = i;
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    const nextStart = i + 1;
    // a soft break joins hard-wrapped prose: the line runs on and the next starts in lower case
    const line = text.slice(lineStart, lineEnd).trimEnd();
    let j = nextStart;
    while (j < end && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j++;
    const next = text.charCodeAt(j);
    const lowerNext = j < end && ((next >= 97 && next <= 122) || (next > 127 && text[j] !== text[j].toUpperCase()));
    const soft = line.length > 0 && !SENTENCE_END.test(line) && lowerNext;
    if (!soft) {
      out.push({ start: blockStart, end: lineEnd });
      blockStart = nextStart;
    }
    lineStart = nextStart;
  }
  out.push({ start: blockStart, end });
  return out;
}

export function splitSentences(text: string, start = 0, end = text.length): Span[] {
  const out: Span[] = [];
  for (const block of blocks(text, start, end)) {
    const b = trimSpan(text, block.start, block.end);
    if (!b) continue;
    let pending: Span | undefined;
    const slice = text.slice(b.start, b.end);
    for (const seg of segmenter.segment(slice)) {
      const s = trimSpan(text, b.start + seg.index, b.start + seg.index + seg.segment.length);
      if (!s) continue;
      if (pending && shouldJoin(text, pending, s)) {
        pending.end = s.end;
        continue;
      }
      if (pending) out.push(pending);
      pending = s;
    }
    if (pending) out.push(pending);
  }
  return out;
}

function shouldJoin(text: string, prev: Span, next: Span): boolean {
  const tail = text.slice(Math.max(prev.start, prev.end - 12), prev.end);
  const first = text.charCodeAt(next.start);
  const lower = (first >= 97 && first <= 122) || (first > 127 && text[next.start] !== text[next.start].toUpperCase());
  const digit = first >= 48 && first <= 57;
  if (lower) return true;
  if (ALWAYS_JOIN.test(tail)) return true;
  if (digit && /\.$/.test(tail) && /\d\.$/.test(tail)) return true;
  if ((lower || digit) && JOIN_BEFORE_LOWER.test(tail)) return true;
  // an initial ("J. K. Rowling", "Alexandr W. Wang") followed by a capitalised word
  if (/(?:^|\s)[A-Z]\.$/.test(tail) && /^[A-Z][a-z]/.test(text.slice(next.start, next.start + 2)) && !/\b[A-Z]\.[A-Z]\.$/.test(tail)) return true;
  return false;
}
