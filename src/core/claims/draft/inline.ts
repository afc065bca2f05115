// The visible text of one inline block: markdown-it's inline tokens walked over the block's
// source text, so each visible character keeps its place in the draft. Emphasis markers, link
// targets, images, code and HTML drop out; links and footnote references are noted as citations,
// and ignore comments written inline are noted for the caller.

import { md, type Token } from "./parser";
import { DIRECTIVE, type Directive } from "./ignore";
import { buf16, buf32, fromCodes } from "./scratch";
import type { DraftCitation } from "./types";

const ENTITY = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/y;
const FOOTNOTE_REF_AT = /\[\^([^\]\s[]+)\]/y;

export interface Walked {
  /** Visible text and the content index of each of its UTF-16 units. */
  text: string;
  cis: Int32Array;
  /** Citations found structurally (links, footnote refs parsed as links), in content indices. */
  citations: { kind: DraftCitation["kind"]; key: string; ci: number; ce: number; vs: number; ve: number }[];
  directives: { kind: Directive["kind"]; ci: number }[];
}

/** Walks the inline tokens of one block's content (up to `cut`) and returns its visible text. */
export function walkInline(content: string, cmap: Int32Array, children: Token[], cut: number): Walked {
  const codes = buf16("codes", content.length + 1).subarray(0, content.length + 1);
  const cis = buf32("cis", content.length + 1).subarray(0, content.length + 1);
  let n = 0;
  const citations: Walked["citations"] = [];
  const directives: Walked["directives"] = [];
  const max = content.length;
  let pos = 0;
  let lastOff = -1;

  const pushChar = (c: string, ci: number, emit: boolean) => {
    if (!emit || ci >= cut || n >= codes.length) return;
    const off = cmap[ci];
    if (off === undefined || off <= lastOff) return;
    let code = c.charCodeAt(0);
    if (code === 32 || code === 9 || code === 10 || code === 13 || code === 12 || code === 11 || code === 0xa0) {
      if (n === 0 || codes[n - 1] === 32) return;
      code = 32;
    }
    codes[n] = code;
    cis[n++] = ci;
    lastOff = off;
  };

  const alignText = (s: string, emit: boolean) => {
    if (content.startsWith(s, pos)) {
      for (let k = 0; k < s.length; k++) pushChar(s[k], pos + k, emit);
      pos += s.length;
      return;
    }
    for (let k = 0; k < s.length; k++) {
      const c = s[k];
      if (content[pos] === c) {
        pushChar(c, pos++, emit);
        continue;
      }
      if (content[pos] === "\\" && content[pos + 1] === c) {
        pushChar(c, pos + 1, emit);
        pos += 2;
        continue;
      }
      if (content[pos] === "&") {
        ENTITY.lastIndex = pos;
        const m = ENTITY.exec(content);
        if (m) {
          const dec = md.utils.unescapeAll(m[0]);
          if (dec.length > 0 && dec.length <= m[0].length && s.startsWith(dec, k)) {
            for (let j = 0; j < dec.length; j++) pushChar(dec[j], pos + j, emit);
            k += dec.length - 1;
            pos += m[0].length;
            continue;
          }
        }
      }
      const q = content.indexOf(c, pos);
      if (q >= 0 && q - pos <= 8) {
        pushChar(c, q, emit);
        pos = q + 1;
      }
      // else: a character we cannot place; leave it out of the visible text.
    }
  };

  const skipMarkup = (markup: string) => {
    if (!markup) return;
    if (content.startsWith(markup, pos)) pos += markup.length;
    else {
      const q = content.indexOf(markup, pos);
      if (q >= 0 && q - pos <= 8) pos = q + markup.length;
    }
  };

  const skipWs = (p: number) => {
    while (p < max && (content[p] === " " || content[p] === "\t" || content[p] === "\n")) p++;
    return p;
  };

  /** From the "]" that closes a link label, past "(dest 'title')" or "[ref]", as markdown-it parses it. */
  const skipLinkTail = () => {
    if (content[pos] !== "]") {
      const q = content.indexOf("]", pos);
      if (q < 0 || q - pos > 8) return;
      pos = q;
    }
    const labelEnd = pos;
    let p = labelEnd + 1;
    let parseRef = true;
    if (content[p] === "(") {
      parseRef = false;
      p = skipWs(p + 1);
      const dest = md.helpers.parseLinkDestination(content, p, max);
      if (dest.ok) {
        p = dest.pos;
        const start = p;
        p = skipWs(p);
        const title = md.helpers.parseLinkTitle(content, p, max);
        if (p < max && start !== p && title.ok) p = skipWs(title.pos);
      }
      if (p >= max || content[p] !== ")") parseRef = true;
      p++;
    }
    if (parseRef) {
      if (content[p] === "[") {
        let q = p + 1;
        while (q < max && content[q] !== "]" && content[q] !== "[") q += content[q] === "\\" ? 2 : 1;
        p = q < max && content[q] === "]" ? q + 1 : labelEnd + 1;
      } else p = labelEnd + 1;
    }
    pos = Math.min(p, max);
  };

  const linkStack: { key: string; ci: number; vs: number; skip: boolean }[] = [];

  const walk = (list: Token[], emit: boolean) => {
    for (let i = 0; i < list.length; i++) {
      if (pos >= cut) return;
      const t = list[i];
      switch (t.type) {
        case "text":
          alignText(t.content, emit);
          break;
        case "softbreak":
        case "hardbreak": {
          const nl = content.indexOf("\n", pos);
          if (nl < 0) break;
          pushChar(" ", nl, emit);
          pos = nl + 1;
          while (pos < max && (content[pos] === " " || content[pos] === "\t")) pos++;
          break;
        }
        case "code_inline": {
          const m = t.markup || "`";
          let open = content.startsWith(m, pos) ? pos : content.indexOf(m, pos);
          if (open < 0) break;
          let from = open + m.length;
          let close = -1;
          for (;;) {
            const q = content.indexOf(m, from);
            if (q < 0) break;
            let runEnd = q;
            while (content[runEnd] === "`") runEnd++;
            if (runEnd - q === m.length) {
              close = q;
              break;
            }
            from = runEnd;
          }
          pushChar(" ", open, emit);
          pos = close >= 0 ? close + m.length : max;
          break;
        }
        case "em_open":
        case "em_close":
        case "strong_open":
        case "strong_close":
        case "s_open":
        case "s_close":
          skipMarkup(t.markup);
          break;
        case "html_inline": {
          const html = t.content;
          const at = content.startsWith(html, pos) ? pos : content.indexOf(html, pos);
          if (at < 0) break;
          DIRECTIVE.lastIndex = 0;
          for (let m = DIRECTIVE.exec(html); m; m = DIRECTIVE.exec(html)) {
            directives.push({ kind: m[1].toLowerCase() as Directive["kind"], ci: at + m.index });
          }
          pos = at + html.length;
          break;
        }
        case "link_open": {
          let depth = 0;
          let j = i + 1;
          for (; j < list.length; j++) {
            if (list[j].type === "link_open") depth++;
            else if (list[j].type === "link_close") {
              if (depth === 0) break;
              depth--;
            }
          }
          if (t.markup === "autolink" || t.markup === "linkify") {
            const start = pos;
            const gt = t.markup === "autolink" ? content.indexOf(">", pos) : -1;
            if (gt >= 0) pos = gt + 1;
            else walk(list.slice(i + 1, j), false);
            const href = String(t.attrGet("href") ?? "");
            citations.push({ kind: "link", key: stripFragment(href), ci: start, ce: pos, vs: n, ve: n });
            i = j;
            break;
          }
          FOOTNOTE_REF_AT.lastIndex = pos;
          const fm = FOOTNOTE_REF_AT.exec(content);
          if (fm) {
            citations.push({ kind: "footnote", key: fm[1], ci: pos, ce: pos + fm[0].length, vs: n, ve: n });
            pos += fm[0].length;
            // Skip the label's tokens and, for "[^1][x]" forms, nothing more.
            i = j;
            break;
          }
          if (content[pos] !== "[") {
            const q = content.indexOf("[", pos);
            if (q >= 0 && q - pos <= 8) pos = q;
          }
          linkStack.push({ key: stripFragment(String(t.attrGet("href") ?? "")), ci: pos, vs: n, skip: false });
          if (content[pos] === "[") pos++;
          break;
        }
        case "link_close": {
          const open = linkStack.pop();
          skipLinkTail();
          if (open && open.key && emit) {
            citations.push({ kind: "link", key: open.key, ci: open.ci, ce: pos, vs: open.vs, ve: n });
          }
          break;
        }
        case "image": {
          if (content[pos] !== "!") {
            const q = content.indexOf("![", pos);
            if (q >= 0 && q - pos <= 8) pos = q;
          }
          pos += 2;
          walk(t.children ?? [], false);
          skipLinkTail();
          break;
        }
        default:
          if (t.children && t.children.length) walk(t.children, emit);
          else if (t.content) alignText(t.content, emit);
          break;
      }
    }
  };
  walk(children, true);
  return { text: fromCodes(codes, n), cis: cis.subarray(0, n), citations, directives };
}

/** A link target as a citation key: its path without the #fragment, URI-decoded; "" for in-page links. */
function stripFragment(href: string): string {
  if (!href || href.startsWith("#")) return "";
  const hash = href.indexOf("#");
  const path = hash >= 0 ? href.slice(0, hash) : href;
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}
