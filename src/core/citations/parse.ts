// Citations already written in a draft: footnote definitions, and which source a footnote, link
// or key points at.

export interface FootnoteDefinition {
  key: string;
  /** The definition's text, continuation lines joined with a space. */
  text: string;
  /** 0-based line of the "[^key]:" marker. */
  line: number;
  /** Offsets of the whole definition (marker to end of its last line). */
  start: number;
  end: number;
}

const DEF = /^ {0,3}\[\^([^\]\s]+)\]:[ \t]*(.*)$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** Footnote definitions of a draft (outside code fences), by key; the first definition of a key wins. */
export function parseFootnoteDefinitions(draft: string): Map<string, FootnoteDefinition> {
  const defs = new Map<string, FootnoteDefinition>();
  const lineRe = /[^\r\n]*(\r\n|\r|\n|$)/g;
  let fence: string | null = null;
  let current: FootnoteDefinition | null = null;
  let line = 0;
  for (let m = lineRe.exec(draft); m && m.index < draft.length; m = lineRe.exec(draft), line++) {
    const text = m[0].slice(0, m[0].length - m[1].length);
    const lineEnd = m.index + text.length;
    const f = FENCE.exec(text);
    if (fence) {
      if (f && f[1][0] === fence[0] && f[1].length >= fence.length && text.trim() === f[1]) fence = null;
      continue;
    }
    if (f) {
      fence = f[1];
      current = null;
      continue;
    }
    const d = DEF.exec(text);
    if (d) {
      current = { key: d[1], text: d[2].trim(), line, start: m.index + text.indexOf("["), end: lineEnd };
      if (!defs.has(d[1])) defs.set(d[1], current);
      else current = null;
      continue;
    }
    if (current && /^( {2,}|\t)\S/.test(text)) {
      current.text = (current.text + " " + text.trim()).trim();
      current.end = lineEnd;
      continue;
    }
    if (text.trim() !== "") current = null;
    if (m[1] === "") break;
  }
  return defs;
}

export interface CitableSource {
  /** Citation key (the source unit id). */
  key: string;
  /** Path relative to the sources folder, '/' separators. */
  file: string;
  title?: string;
}

function normalisePath(p: string): string {
  let s = p.trim().replace(/\\/g, "/");
  const hash = s.indexOf("#");
  if (hash >= 0) s = s.slice(0, hash);
  try {
    s = decodeURI(s);
  } catch {
    /* keep as written */
  }
  return s.replace(/^(?:\.\.?\/)+/, "").toLowerCase();
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Which source a citation points at. `ref` is a pandoc key, a footnote definition's text, a
 * footnote label or a link target. Tries, in order: the exact key; a path naming the source file
 * (relative paths with ../ and #L12 fragments are fine); a key written in the text; the title.
 */
export function findCitedSource<T extends CitableSource>(ref: string, sources: readonly T[]): T | undefined {
  const raw = ref.trim();
  if (!raw) return undefined;
  const exact = sources.find((s) => s.key === raw || s.key === raw.replace(/^[@^]/, ""));
  if (exact) return exact;

  // A path: the reference ends with the source's file, or mentions it.
  const path = normalisePath(raw);
  let best: T | undefined;
  let bestLen = 0;
  for (const s of sources) {
    const file = s.file.replace(/\\/g, "/").toLowerCase();
    if (!file) continue;
    const hit = path === file || path.endsWith("/" + file) || file.endsWith("/" + path) || raw.toLowerCase().replace(/\\/g, "/").includes(file);
    if (hit && file.length > bestLen) {
      best = s;
      bestLen = file.length;
    }
  }
  if (best) return best;

  // A key written inside the text, as a whole word.
  for (const s of sources) {
    if (s.key && new RegExp(`(^|[^\\p{L}\\p{N}_])${escapeRe(s.key)}($|[^\\p{L}\\p{N}_])`, "u").test(raw)) return s;
  }

  // The title, longest first.
  const lower = raw.toLowerCase();
  for (const s of [...sources].filter((x) => x.title && x.title.length >= 8).sort((a, b) => b.title!.length - a.title!.length)) {
    if (lower.includes(s.title!.toLowerCase())) return s;
  }
  return undefined;
}

/**
 * The source a draft citation points at: a footnote through its definition's text (or its
 * label), a pandoc key directly, a link through its target path.
 */
export function resolveDraftCitation<T extends CitableSource>(
  citation: { kind: "footnote" | "pandoc" | "link"; key: string },
  sources: readonly T[],
  definitions?: Map<string, FootnoteDefinition>,
): T | undefined {
  if (citation.kind === "footnote") {
    const def = definitions?.get(citation.key);
    return (def && findCitedSource(def.text, sources)) || findCitedSource(citation.key, sources);
  }
  return findCitedSource(citation.key, sources);
}
