// HTML sources: the text of the page (scripts, styles, navigation and the like left out), block
// elements turned into paragraph breaks, and the title, author, date, URL and publisher from
// <title>, the first <h1> and the usual <meta> tags.

import { Parser } from "htmlparser2";
import { isSpaceCode } from "../../text/sentences";
import { clampTitle, type Meta, type Projection } from "./projection";
import { limitNesting, MAX_HTML_DEPTH } from "./html-depth";

const SKIP_TAGS = new Set(["script", "style", "nav", "template", "noscript", "svg", "head", "iframe", "object", "canvas", "select", "button"]);
const BLOCK_TAGS = new Set(
  `address article aside blockquote body br dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6
  header hgroup hr li main ol p pre section summary table tbody thead tfoot td th tr ul caption center option`.split(/\s+/),
);

export function projectHtml(original: string): Projection {
  // nesting bounded first (same length, same offsets): the parser's cost grows with depth squared
  const { text: src, flattened } = limitNesting(original);
  const chars: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const meta: Meta = {};
  let skip = 0;
  let inTitle = false;
  let titleText = "";
  let h1Depth = 0;
  let h1Text: string | undefined;
  let h1Done = false;
  let ogTitle: string | undefined;
  let lastWasSpace = true;

  const push = (ch: string, s: number, e: number): void => {
    chars.push(ch);
    starts.push(s);
    ends.push(e);
  };
  const breakBlock = (at: number): void => {
    const k = chars.length;
    if (k === 0 || (chars[k - 1] === "\n" && k > 1 && chars[k - 2] === "\n")) return;
    if (chars[k - 1] === " ") {
      chars[k - 1] = "\n";
    } else push("\n", at, at);
    push("\n", at, at);
    lastWasSpace = true;
  };

  const parser: Parser = new Parser(
    {
      onopentag(name, attrs) {
        const at = parser.startIndex;
        if (name === "title") inTitle = true;
        if (name === "meta") {
          const key = (attrs.name ?? attrs.property ?? attrs.itemprop ?? "").toLowerCase();
          const content = (attrs.content ?? "").trim();
          if (content) {
            if (key === "author" || key === "article:author" || key === "byl") meta.author ??= content.replace(/^by\s+/i, "");
            else if (key === "og:site_name" || key === "application-name" || key === "publisher") meta.publisher ??= content;
            else if (key === "article:published_time" || key === "date" || key === "pubdate" || key === "datepublished" || key === "dc.date") meta.date ??= content;
            else if (key === "og:url") meta.url ??= content;
            else if (key === "og:title" || key === "twitter:title") ogTitle ??= content;
          }
        }
        if (name === "link" && (attrs.rel ?? "").toLowerCase() === "canonical" && attrs.href) meta.url ??= attrs.href;
        if (SKIP_TAGS.has(name)) {
          skip++;
          return;
        }
        if (name === "h1" && !h1Done) {
          h1Depth++;
          h1Text ??= "";
        }
        if (skip === 0 && BLOCK_TAGS.has(name)) breakBlock(at);
      },
      onclosetag(name) {
        const at = parser.startIndex;
        if (name === "title") inTitle = false;
        if (SKIP_TAGS.has(name)) {
          if (skip > 0) skip--;
          return;
        }
        if (name === "h1" && h1Depth > 0) {
          h1Depth--;
          if (h1Depth === 0) h1Done = true;
        }
        if (skip === 0 && BLOCK_TAGS.has(name)) breakBlock(at);
      },
      ontext(data) {
        if (inTitle) {
          titleText += data;
          return;
        }
        if (skip > 0) return;
        if (h1Depth > 0) h1Text += data;
        const s = parser.startIndex;
        const e = parser.endIndex + 1;
        const exact = e - s === data.length && src.slice(s, e) === data;
        for (let i = 0; i < data.length; i++) {
          const c = data.charCodeAt(i);
          const cs = exact ? s + i : s;
          const ce = exact ? s + i + 1 : e;
          if (isSpaceCode(c)) {
            if (!lastWasSpace) push(" ", cs, ce);
            lastWasSpace = true;
          } else {
            push(data[i], cs, ce);
            lastWasSpace = false;
          }
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.write(src);
  parser.end();

  const title = clampTitle(titleText) || (h1Text ? clampTitle(h1Text) : "") || (ogTitle ? clampTitle(ogTitle) : "");
  if (title) meta.title = title;
  const notes = flattened ? [`HTML nested deeper than ${MAX_HTML_DEPTH} levels: ${flattened} tag${flattened === 1 ? "" : "s"} below that depth ignored (their text is indexed)`] : undefined;
  return { text: chars.join(""), starts: Int32Array.from(starts), ends: Int32Array.from(ends), meta, ...(notes ? { notes } : {}) };
}
