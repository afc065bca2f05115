// Digest files: numbered articles ("[1]", "[2]", ... alone on a line, each followed by a title
// line), each of which becomes a unit of its own, with a publisher taken from "Title | Publisher".

export interface DigestArticle {
  number: number;
  /** Projection offsets of the title line and of the end of the article. */
  titleStart: number;
  titleEnd: number;
  end: number;
}

/** Numbered articles of a digest file, or null when the file is not a well-formed digest. */
export function findDigest(text: string): { articles: DigestArticle[]; preambleEnd: number } | null {
  if (!mayBeDigest(text)) return null;
  const lines: Array<{ start: number; end: number; marker: number }> = [];
  const re = /^[ \t]*\[(\d{1,5})\][ \t]*$/;
  let pos = 0;
  const n = text.length;
  let markers = 0;
  while (pos <= n) {
    let eol = pos;
    while (eol < n && text.charCodeAt(eol) !== 10 && text.charCodeAt(eol) !== 13) eol++;
    let marker = -1;
    if (eol - pos <= 12 && text.charCodeAt(pos) !== undefined) {
      const m = re.exec(text.slice(pos, eol));
      if (m) {
        marker = Number(m[1]);
        markers++;
      }
    }
    lines.push({ start: pos, end: eol, marker });
    if (eol >= n) break;
    pos = eol + (text.charCodeAt(eol) === 13 && text.charCodeAt(eol + 1) === 10 ? 2 : 1);
  }
  if (markers < 2) return null;
  const articles: DigestArticle[] = [];
  let prev = 0;
  let preambleEnd = -1;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.marker < 0) continue;
    if (l.marker <= prev) return null; // not increasing
    prev = l.marker;
    if (preambleEnd < 0) preambleEnd = l.start;
    // The title is the next non-blank line, which must not be a marker.
    let j = i + 1;
    while (j < lines.length && lines[j].marker < 0 && text.slice(lines[j].start, lines[j].end).trim() === "") j++;
    if (j >= lines.length || lines[j].marker >= 0) return null;
    if (articles.length) articles[articles.length - 1].end = l.start;
    articles.push({ number: l.marker, titleStart: lines[j].start, titleEnd: lines[j].end, end: n });
  }
  return { articles, preambleEnd };
}

/**
 * False when the text has fewer than two lines that could be article markers ("[12]" alone on a
 * line of at most 12 characters): a quick test before findDigest's line-by-line work.
 */
function mayBeDigest(text: string): boolean {
  let found = 0;
  for (let b = text.indexOf("["); b >= 0; b = text.indexOf("[", b + 1)) {
    // only spaces or tabs before it on its line
    let s = b;
    while (s > 0 && (text.charCodeAt(s - 1) === 32 || text.charCodeAt(s - 1) === 9)) s--;
    if (s > 0 && text.charCodeAt(s - 1) !== 10 && text.charCodeAt(s - 1) !== 13) continue;
    let i = b + 1;
    while (i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
    if (i === b + 1 || i - b - 1 > 5 || text.charCodeAt(i) !== 93) continue;
    i++;
    while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
    if (i < text.length && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) continue;
    if (i - s > 12) continue;
    if (++found >= 2) return true;
  }
  return false;
}

const PUBLISHER_SEPARATORS = [" | ", " \u2013 ", " \u2014 ", " - "];

/** "Title | Publisher" -> { title, publisher } when the tail looks like a publication name. */
export function splitTitlePublisher(line: string): { title: string; publisher?: string } {
  const t = line.replace(/\s+/g, " ").trim();
  for (const sep of PUBLISHER_SEPARATORS) {
    const at = t.lastIndexOf(sep);
    if (at <= 0) continue;
    const head = t.slice(0, at).trim();
    const tail = t.slice(at + sep.length).trim();
    if (!head || !tail || tail.length > 60 || /[(),:;!?]/.test(tail)) continue;
    const words = tail.split(" ");
    if (words.length > (sep === " | " ? 6 : 4)) continue;
    if (!/^[\p{Lu}\p{N}]/u.test(tail)) continue;
    if (sep !== " | " && !words.every((w) => /^[\p{Lu}\p{N}&]/u.test(w) || /^(?:of|the|and|for|de|la|le)$/.test(w))) continue;
    return { title: head, publisher: tail };
  }
  return { title: t };
}
