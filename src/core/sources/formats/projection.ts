// What every format's parser produces: the text sentences are split on, mapped back to the file,
// and the metadata the format carries. The identity projection (plain text) has null maps.

export interface Meta {
  title?: string;
  author?: string;
  date?: string;
  url?: string;
  publisher?: string;
}

/**
 * Text that sentences are split on, with a map back to the original file: `text[i]` comes from
 * original[starts[i], ends[i]). Null maps mean the identity; null `ends` alone means starts + 1.
 */
export interface Projection {
  text: string;
  starts: Int32Array | null;
  ends: Int32Array | null;
  meta: Meta;
  /** What the user should know about how the file was read (a limit that was hit). */
  notes?: string[];
}

/** A title as shown: one line, spaces collapsed, at most 200 characters. */
export function clampTitle(s: string): string {
  const t = s.replace(/\s+/g, " ").trim();
  return t.length > 200 ? t.slice(0, 200).trimEnd() : t;
}

/** The first non-blank line of text[from, to), as a title. */
export function firstLine(text: string, from = 0, to = text.length): string {
  let pos = from;
  while (pos < to) {
    let eol = pos;
    while (eol < to && text.charCodeAt(eol) !== 10 && text.charCodeAt(eol) !== 13) eol++;
    const line = text.slice(pos, eol).trim();
    if (line) return clampTitle(line);
    pos = eol + 1;
  }
  return "";
}
