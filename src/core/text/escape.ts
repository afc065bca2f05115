// Text from sources (titles, file names, passages) shown somewhere it could do harm: a terminal
// (escape sequences, forged lines), or a draft (a Markdown image that loads a URL on preview).

// C0 and C1 controls, DEL, line and paragraph separators, and the bidirectional overrides and
// isolates that make text display in another order than it is stored
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/** One printable line: every control character written as an escape (\n, \x1b, \u202e). */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => {
    const named = NAMED[c];
    if (named) return named;
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}

/**
 * A source title as plain words for a draft: HTML tags and comments dropped, Markdown images and
 * links reduced to their text, emphasis, code and heading marks removed, whitespace and control
 * characters collapsed to single spaces. Not escaped: the caller escapes for where it goes.
 */
export function plainTitle(title: string): string {
  let t = title.replace(UNPRINTABLE, " ");
  t = t.replace(/<!--[^]*?(?:-->|$)/g, " ");
  t = t.replace(/<\/?[A-Za-z][^<>]*>/g, " ");
  // ![alt](url) and [text](url) -> the words; [text][ref] and [text][] -> text
  t = t.replace(/!?\[([^\[\]]*)\]\([^()]*\)/g, "$1").replace(/!?\[([^\[\]]*)\]\[[^\[\]]*\]/g, "$1");
  t = t.replace(/`+/g, "").replace(/\*+|~~/g, "").replace(/(^|[^\p{L}\p{N}])_+|_+(?=[^\p{L}\p{N}]|$)/gu, "$1");
  t = t.replace(/^\s*(?:#{1,6}|>)\s+/, "");
  return t.replace(/\s+/g, " ").trim();
}
