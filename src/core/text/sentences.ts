// Sentence splitting for news text: Intl.Segmenter (UAX #29) on blocks of lines, with fixes for
// abbreviations, initials and numbers, and hard boundaries at blank lines, list items and
// headline lines. Offsets are UTF-16 offsets into the given string; every span is trimmed.

export interface TextSpan {
  start: number;
  end: number;
}

/** Former name, kept for callers of the first splitter. */
export type Span = TextSpan;

const SEGMENTER = new Intl.Segmenter("en", { granularity: "sentence" });
/** Characters of text handed to the segmenter at once (it is slow on very long strings). */
const BATCH = 4096;

const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}|\p{Lt}/u;
const LETTER = /\p{L}/u;

/** Same set as the RegExp class \s. */
export function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

function isTerm(c: number): boolean {
  return (
    c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 0x3002 || c === 0xff01 || c === 0xff1f ||
    c === 0x203c || (c >= 0x2047 && c <= 0x2049) || c === 0xff0e || c === 0xff61
  );
}

function isCloser(c: number): boolean {
  // " ' ) ] * _ ” ’ » ›
  return c === 34 || c === 39 || c === 41 || c === 93 || c === 42 || c === 95 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 0x203a;
}

function charAt(text: string, i: number): string {
  const cp = text.codePointAt(i);
  return cp === undefined ? "" : String.fromCodePoint(cp);
}

function isLowerAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 97 && c <= 122;
  return LOWER.test(charAt(text, i));
}

function isUpperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(charAt(text, i));
}

function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiLetter(c);
  // Low surrogate: look at the whole code point.
  if (c >= 0xdc00 && c <= 0xdfff && i > 0) return LETTER.test(charAt(text, i - 1));
  return LETTER.test(charAt(text, i));
}

/** Abbreviations after which a sentence never ends. */
const ALWAYS = new Set(
  "Mr Mrs Ms Mx Dr Prof St Gen Sen Rep Gov Lt Col Sgt Capt Cmdr Adm Rev Hon Pres Supt Mt Ft vs v e.g i.e cf viz approx Messrs".split(" "),
);
/** Abbreviations that are followed by a number ("No. 5", "Jan. 12"). */
const BEFORE_NUMBER = new Set("No Nos Vol Vols p pp Fig Art Ch Sec Nr Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split(" "));
/** Abbreviations that may end a sentence: joined unless a usual sentence opener follows. */
const SUFFIX = new Set("Inc Corp Co Cos Ltd Plc Bros Jr Sr etc Univ Dept Assn Ave Blvd Rd Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split(" "));
/** Words that usually open a sentence. */
const STARTERS = new Set(
  `The A An It Its He She They We I You This That These Those There Here In On At But And Or So As If When While
  After Before However Meanwhile Still Yet Also For With By Last Now Then His Her Their Our One Some Many Most
  According Despite Although Since Other Another Both Each Such Shares Analysts Earlier Later`.split(/\s+/),
);

function isDottedAcronym(tok: string): boolean {
  // "U.S", "e.g", "a.m": single letters separated by periods
  if (tok.length < 3 || tok.length % 2 === 0) return false;
  for (let i = 0; i < tok.length; i++) {
    const c = tok.charCodeAt(i);
    if (i % 2 === 0 ? !isAsciiLetter(c) : c !== 46) return false;
  }
  return true;
}

/** The word before a period at `dot` ("Inc", "U.S", "J"), or "" when none. */
function tokenBefore(text: string, lo: number, dot: number): string {
  let i = dot;
  const min = Math.max(lo, dot - 12);
  while (i > min) {
    const c = text.charCodeAt(i - 1);
    if (isAsciiLetter(c) || c === 46) i--;
    else break;
  }
  if (i === dot) return "";
  if (i > lo) {
    const p = text.charCodeAt(i - 1);
    if ((p >= 48 && p <= 57) || isLetterAt(text, i - 1)) return "";
  }
  return text.slice(i, dot);
}

function wordAt(text: string, i: number, end: number): string {
  let j = i;
  const max = Math.min(end, i + 16);
  while (j < max && isAsciiLetter(text.charCodeAt(j))) j++;
  return text.slice(i, j);
}

/** Is the period at `dot` part of an abbreviation, given what follows at `next`? */
function abbreviationHolds(text: string, lo: number, dot: number, next: number, end: number): boolean {
  const tok = tokenBefore(text, lo, dot);
  if (!tok) return false;
  if (ALWAYS.has(tok)) return true;
  const digit = isDigitAt(text, next);
  if (digit && BEFORE_NUMBER.has(tok)) return true;
  const lower = isLowerAt(text, next);
  const upper = !lower && isUpperAt(text, next);
  if (tok.length === 1) {
    // An initial: "J. K. Rowling".
    return (tok.charCodeAt(0) >= 65 && tok.charCodeAt(0) <= 90 && upper && !STARTERS.has(wordAt(text, next, end))) || lower;
  }
  if (SUFFIX.has(tok) || isDottedAcronym(tok)) {
    if (lower || digit) return true;
    if (upper) return !STARTERS.has(wordAt(text, next, end));
  }
  return false;
}

/** Should the boundary between a sentence [ps, pe) and one starting at `ns` be removed? */
function shouldJoin(text: string, ps: number, pe: number, ns: number, end: number): boolean {
  const last = text.charCodeAt(pe - 1);
  if (last === 46) {
    if (ns === pe && isDigitAt(text, ns)) return true; // "14.3"
    return abbreviationHolds(text, ps, pe - 1, ns, end);
  }
  // '"Why?" he asked.'
  let i = pe - 1;
  while (i > ps && isCloser(text.charCodeAt(i))) i--;
  const t = text.charCodeAt(i);
  if ((t === 63 || t === 33) && isLowerAt(text, ns)) return true;
  return false;
}

/** Does a line break between a line [pcs, pce) and the next line (content at ncs) continue the sentence? */
function softBreak(text: string, pcs: number, pce: number, ncs: number, end: number): boolean {
  const lastRaw = text.charCodeAt(pce - 1);
  // Lines that end mid-phrase: "...said Reuters," / "data-" / "(".
  if (lastRaw === 44 || lastRaw === 40 || lastRaw === 38 || lastRaw === 45 || lastRaw === 0x2013 || lastRaw === 0x2014) return true;
  if (!isLowerAt(text, ncs)) return false;
  let i = pce - 1;
  while (i > pcs && isCloser(text.charCodeAt(i))) i--;
  const c = text.charCodeAt(i);
  if (!isTerm(c)) return true; // hard-wrapped prose
  // "Meta Platforms Inc.\ninvested"
  return c === 46 && i === pce - 1 && abbreviationHolds(text, pcs, i, ncs, end);
}

/** End of a list marker at the start of a line ("-", "*", "•", "1.", "2)"), or -1. */
function listMarkerEnd(text: string, cs: number, ce: number): number {
  const c = text.charCodeAt(cs);
  if (c === 45 || c === 42 || c === 43) {
    if (cs + 1 === ce) return ce;
    return isSpaceCode(text.charCodeAt(cs + 1)) ? cs + 1 : -1;
  }
  // • ◦ ‣ ▪ ▸ ● ○ ·
  if (c === 0x2022 || c === 0x25e6 || c === 0x2023 || c === 0x25aa || c === 0x25b8 || c === 0x25cf || c === 0x25cb || c === 0xb7) return cs + 1;
  if (c >= 48 && c <= 57) {
    let i = cs + 1;
    while (i < ce && i < cs + 3 && isDigitAt(text, i)) i++;
    const p = text.charCodeAt(i);
    if (i < ce && (p === 46 || p === 41)) {
      if (i + 1 === ce) return ce;
      if (isSpaceCode(text.charCodeAt(i + 1))) return i + 1;
    }
  }
  return -1;
}

function isSentenceTerm(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x203c || c === 0x203d || c === 0x2024 || (c >= 0x2047 && c <= 0x2049);
}

const CLOSE_RE = /[\p{Ps}\p{Pe}\p{Pi}\p{Pf}]/u;
function isCloseClass(c: number): boolean {
  if (c < 128) return c === 34 || c === 39 || c === 40 || c === 41 || c === 91 || c === 93 || c === 123 || c === 125;
  return c === 0xab || c === 0xbb || CLOSE_RE.test(String.fromCharCode(c));
}

/**
 * A character outside the Latin, punctuation and symbol blocks that close() lets through, or a
 * sentence terminator other than . ! ? (when a text has none, the fast path below applies).
 */
const NOT_FAST = /[^\u0000-\u036f\u1e00-\u1eff\u2000-\u2023\u2025-\u203b\u203e-\u2046\u204a-\u206f\u20a0-\u20cf\u2100-\u214f]/;

/** The next . ! or ? of a text (whose only terminators they are), by indexOf on `view` = text[base, ...). */
export interface TermCursor {
  view: string;
  base: number;
  dot: number;
  bang: number;
  question: number;
}

function nextTerm(t: TermCursor, i: number): number {
  if (t.dot < i) {
    const k = t.view.indexOf(".", i - t.base);
    t.dot = k < 0 ? Infinity : t.base + k;
  }
  if (t.bang < i) {
    const k = t.view.indexOf("!", i - t.base);
    t.bang = k < 0 ? Infinity : t.base + k;
  }
  if (t.question < i) {
    const k = t.view.indexOf("?", i - t.base);
    t.question = k < 0 ? Infinity : t.base + k;
  }
  return Math.min(t.dot, t.bang, t.question);
}

function isSContinue(c: number): boolean {
  return c === 44 || c === 45 || c === 58 || c === 59 || c === 0x2013 || c === 0x2014;
}

/**
 * UAX #29 sentence boundaries (rules SB6-SB11) inside text[bs, be) for Latin-script text, where
 * line breaks count as spaces; this gives the same cuts as Intl.Segmenter on such text, much faster.
 */
export function scanBoundaries(text: string, bs: number, be: number, cuts: number[], terms?: TermCursor): number[] {
  let i = bs;
  while (i < be) {
    if (terms) {
      i = nextTerm(terms, i);
      if (i >= be) break;
    } else if (!isSentenceTerm(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < be && isSentenceTerm(text.charCodeAt(j))) j++;
    const lastTerm = text.charCodeAt(j - 1);
    const aterm = lastTerm === 46 || lastTerm === 0x2024;
    if (aterm && j < be) {
      const n = text.charCodeAt(j);
      if (n >= 48 && n <= 57) {
        i = j; // SB6: "14.3"
        continue;
      }
      if (j - 1 > bs && (isUpperAt(text, j - 2) || isLowerAt(text, j - 2)) && isUpperAt(text, j)) {
        i = j; // SB7 as ICU has it: "U.S", "ties.OpenAI"
        continue;
      }
    }
    let k = j;
    while (k < be && isCloseClass(text.charCodeAt(k))) k++;
    let s = k;
    while (s < be && isSpaceCode(text.charCodeAt(s))) s++;
    if (s >= be) break;
    const n = text.charCodeAt(s);
    if (isSContinue(n) || isSentenceTerm(n)) {
      i = s; // SB8a
      continue;
    }
    if (aterm) {
      // SB8: no break if a lowercase letter follows before any other letter or terminator.
      let m = s;
      let lower = false;
      while (m < be) {
        const d = text.charCodeAt(m);
        if (d < 128) {
          if (d >= 97 && d <= 122) {
            lower = true;
            break;
          }
          if ((d >= 65 && d <= 90) || d === 46 || d === 33 || d === 63) break;
        } else if (isLetterAt(text, m)) {
          lower = isLowerAt(text, m);
          break;
        } else if (isSentenceTerm(d)) break;
        m++;
      }
      if (lower) {
        i = m;
        continue;
      }
    }
    cuts.push(s);
    i = s;
  }
  return cuts;
}

/**
 * Sentences of text[start, end): trimmed, non-empty, increasing, non-overlapping spans.
 * A line break ends a sentence unless the line does not end in sentence punctuation and the next
 * line starts in lowercase (or the line ends with a comma, dash or opening parenthesis).
 */
export function splitSentences(text: string, start = 0, end = text.length): TextSpan[] {
  start = Math.max(0, Math.min(text.length, Math.floor(start) || 0));
  end = Math.max(start, Math.min(text.length, Math.floor(end)));
  const out: TextSpan[] = [];
  if (end <= start) return out;

  // Pending blocks: start, end, flags (1 = needs the segmenter, 2 = contains line breaks).
  const blocks: number[] = [];
  let pending = 0;

  const flush = (): void => {
    if (blocks.length === 0) return;
    let bounds: number[] = [];
    if (pending > 0) {
      const parts: string[] = [];
      for (let b = 0; b < blocks.length; b += 3) {
        if (!(blocks[b + 2] & 4)) continue;
        let s = text.slice(blocks[b], blocks[b + 1]);
        if (blocks[b + 2] & 2) s = s.replace(/[\r\n]/g, " ");
        parts.push(s);
      }
      const str = parts.join("\n");
      for (const seg of SEGMENTER.segment(str)) bounds.push(seg.index);
      bounds.push(str.length);
    }
    let k = 0;
    let off = 0;
    const cuts: number[] = [];
    for (let b = 0; b < blocks.length; b += 3) {
      const bs = blocks[b];
      const be = blocks[b + 1];
      const flags = blocks[b + 2];
      if (!(flags & 1)) {
        out.push({ start: bs, end: be });
        continue;
      }
      cuts.length = 0;
      if (flags & 4) {
        const len = be - bs;
        while (k < bounds.length && bounds[k] <= off) k++;
        while (k < bounds.length && bounds[k] < off + len) cuts.push(bs + (bounds[k++] - off));
        off += len + 1;
      } else {
        scanBoundaries(text, bs, be, cuts, terms);
      }
      let s = bs;
      for (let c = 0; c <= cuts.length; c++) {
        let pe = c < cuts.length ? cuts[c] : be;
        let ps = s;
        s = pe;
        while (ps < pe && isSpaceCode(text.charCodeAt(ps))) ps++;
        while (pe > ps && isSpaceCode(text.charCodeAt(pe - 1))) pe--;
        if (ps >= pe) continue;
        const last = out[out.length - 1];
        if (ps > bs && last !== undefined && last.start >= bs && shouldJoin(text, last.start, last.end, ps, be)) last.end = pe;
        else out.push({ start: ps, end: pe });
      }
    }
    blocks.length = 0;
    pending = 0;
    bounds = [];
  };

  // The range as one string for indexOf (bounded by `end`), and whether it is all Latin script
  // with no terminators but . ! ?: then every block goes to scanBoundaries (which finds no cut
  // where close() would have found no sentence punctuation), and it finds them with indexOf.
  const view = start === 0 && end === text.length ? text : text.slice(start, end);
  const latin = !NOT_FAST.test(view);
  const terms: TermCursor | undefined = latin ? { view, base: start, dot: -1, bang: -1, question: -1 } : undefined;
  const hasCR = view.indexOf("\r") >= 0;

  let bStart = -1;
  let bEnd = -1;
  let bFlags = 0;
  const close = (): void => {
    if (bStart < 0) return;
    if (latin) bFlags |= 1;
    else for (let i = bStart; i < bEnd; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x370) {
        if ((c === 46 || c === 33 || c === 63) && i < bEnd - 1) bFlags |= 1;
      } else if (c >= 0x2000 && c <= 0x206f) {
        if ((c === 0x203c || c === 0x203d || c === 0x2024 || (c >= 0x2047 && c <= 0x2049)) && i < bEnd - 1) bFlags |= 1;
      } else if (!((c >= 0x1e00 && c <= 0x1eff) || (c >= 0x20a0 && c <= 0x20cf) || (c >= 0x2100 && c <= 0x214f))) {
        // Other scripts: let the segmenter decide.
        bFlags |= 5;
        break;
      }
    }
    blocks.push(bStart, bEnd, bFlags);
    if (bFlags & 4) pending += bEnd - bStart + 1;
    if (pending >= BATCH || blocks.length >= 3 * 512) flush();
    bStart = -1;
  };

  let prevCs = -1;
  let prevCe = -1;
  let pos = start;
  let nextLF = -1;
  while (pos < end) {
    let eol = pos;
    if (hasCR) {
      while (eol < end) {
        const c = text.charCodeAt(eol);
        if (c === 10 || c === 13) break;
        eol++;
      }
    } else {
      if (nextLF < pos) {
        const k = view.indexOf("\n", pos - start);
        nextLF = k < 0 ? end : start + k;
      }
      eol = nextLF;
    }
    let next = eol;
    if (next < end) next += text.charCodeAt(next) === 13 && next + 1 < end && text.charCodeAt(next + 1) === 10 ? 2 : 1;
    let cs = pos;
    while (cs < eol && isSpaceCode(text.charCodeAt(cs))) cs++;
    let ce = eol;
    while (ce > cs && isSpaceCode(text.charCodeAt(ce - 1))) ce--;
    if (cs === ce) {
      close();
      prevCs = -1;
    } else {
      const marker = listMarkerEnd(text, cs, ce);
      if (marker < 0 && bStart >= 0 && prevCs >= 0 && softBreak(text, prevCs, prevCe, cs, end)) {
        bEnd = ce;
        bFlags |= 2;
      } else {
        close();
        let s = marker < 0 ? cs : marker;
        while (s < ce && isSpaceCode(text.charCodeAt(s))) s++;
        if (s < ce) {
          bStart = s;
          bEnd = ce;
          bFlags = 0;
        }
      }
      prevCs = cs;
      prevCe = ce;
    }
    pos = next;
  }
  close();
  flush();
  return out;
}
