// A linear pre-pass over HTML that bounds element nesting before the parser sees it: htmlparser2
// keeps its open elements in an array it unshifts, so each level costs a copy of all the levels
// above (200,000 nested <div>s took 34 s). Tags that would open deeper than the limit, and the
// closing tags that match them, are replaced by spaces of the same length: the text between them
// is kept, offsets into the file do not move, and the caller reports how many were flattened.

export const MAX_HTML_DEPTH = 512;

// as htmlparser2 reads them: elements that never hold content, and the open elements that
// opening another closes first ("<li>a<li>b", "<p>a<div>b")
const VOID = new Set("area base basefont br col command embed frame hr image img input isindex keygen link meta param source track wbr".split(" "));
const P = ["p"];
const HEADINGS = ["h1", "h2", "h3", "h4", "h5", "h6", "p"];
const FORM = ["input", "option", "optgroup", "select", "button", "datalist", "textarea"];
const IMPLIES_CLOSE: Record<string, string[]> = {
  tr: ["tr", "th", "td"], th: ["th"], td: ["thead", "th", "td"], body: ["head", "link", "script"], a: ["a"], li: ["li"], p: P,
  h1: HEADINGS, h2: HEADINGS, h3: HEADINGS, h4: HEADINGS, h5: HEADINGS, h6: HEADINGS,
  select: FORM, input: FORM, output: FORM, button: FORM, datalist: FORM, textarea: FORM,
  option: ["option"], optgroup: ["optgroup", "option"], dd: ["dd", "dt"], dt: ["dd", "dt"], rt: ["rt", "rp"], rp: ["rt", "rp"],
  tbody: ["thead", "tbody"], tfoot: ["thead", "tbody"],
  ...Object.fromEntries("address article aside blockquote details div dl fieldset figcaption figure footer form header hr main nav ol pre section table ul".split(" ").map((t) => [t, P])),
};
// what htmlparser2's tokenizer reads as text up to the end tag (outside <svg> and <math>)
const RAW_TEXT = new Set(["script", "style", "textarea", "title", "xmp", "iframe", "noembed"]);

function isNameStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** `src` with tags beyond `maxDepth` blanked out, and how many tags were; `src` itself when none. */
export function limitNesting(src: string, maxDepth = MAX_HTML_DEPTH): { text: string; flattened: number } {
  const stack: string[] = [];
  const pendingCloses = new Map<string, number>();
  const blanks: [number, number][] = [];
  let i = 0;
  while (i < src.length) {
    const lt = src.indexOf("<", i);
    if (lt < 0 || lt + 1 >= src.length) break;
    if (src.startsWith("<!--", lt)) {
      const end = src.indexOf("-->", lt + 4);
      if (end < 0) break;
      i = end + 3;
      continue;
    }
    const closing = src.charCodeAt(lt + 1) === 47; // '/'
    const nameAt = closing ? lt + 2 : lt + 1;
    if (nameAt >= src.length || !isNameStart(src.charCodeAt(nameAt))) {
      i = lt + 1;
      continue;
    }
    let nameEnd = nameAt;
    while (nameEnd < src.length && !/[\s/>]/.test(src[nameEnd])) nameEnd++;
    const gt = src.indexOf(">", nameEnd);
    if (gt < 0) break;
    const name = src.slice(nameAt, nameEnd).toLowerCase();
    i = gt + 1;
    if (closing) {
      const pending = pendingCloses.get(name) ?? 0;
      if (pending > 0) {
        pendingCloses.set(name, pending - 1);
        blanks.push([lt, gt + 1]);
        continue;
      }
      // stack.length is at most maxDepth: this search is bounded
      const at = stack.lastIndexOf(name);
      if (at >= 0) stack.length = at;
      continue;
    }
    const closes = IMPLIES_CLOSE[name];
    if (closes) while (stack.length && closes.includes(stack[stack.length - 1])) stack.pop();
    if (VOID.has(name) || src.charCodeAt(gt - 1) === 47) continue; // void or self-closing
    if (stack.length >= maxDepth) {
      blanks.push([lt, gt + 1]);
      pendingCloses.set(name, (pendingCloses.get(name) ?? 0) + 1);
    } else stack.push(name);
    if (name === "plaintext") break; // the rest of the file is text
    if (RAW_TEXT.has(name) && !stack.includes("svg") && !stack.includes("math")) {
      // its content is text, not tags: skip to its end tag
      const end = new RegExp(`</${name}[\\s>/]`, "gi");
      end.lastIndex = i;
      const m = end.exec(src);
      if (!m) break;
      i = m.index;
    }
  }
  if (!blanks.length) return { text: src, flattened: 0 };
  let out = "";
  let from = 0;
  for (const [s, e] of blanks) {
    out += src.slice(from, s) + " ".repeat(e - s);
    from = e;
  }
  return { text: out + src.slice(from), flattened: blanks.length };
}
