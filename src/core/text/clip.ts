// Shortening text for messages, hovers, lenses and tree items: one ellipsis rule everywhere.

/** `text` cut to at most `max` characters, ending in "…" when cut. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max - 1).trimEnd() + "…";
}

/** Like `clip`, on the text with its runs of white space made single spaces. */
export function shorten(text: string, max: number): string {
  return clip(text.replace(/\s+/g, " ").trim(), max);
}

/** Like `shorten`, but cut at a word boundary when one falls in the second half ("Scale AI not…"). */
export function shortenAtWord(text: string, max: number): string {
  const t = text.replace(/\s+/g, " ").trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return (space > max / 2 ? cut.slice(0, space) : cut) + "…";
}
