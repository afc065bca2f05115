// Readable citation keys for source units: author-year ("doe-2024") when the source names its
// author and date, else a short slug of the title ("google-drops-scale-ai"); never the file
// name, which is often a hash. Keys are unique across the units given and depend only on them
// (units are taken in path order), so the same sources always get the same keys.

import type { SourceUnit } from "../types";
import { dateParts, parseAuthors } from "./bib";

const STOP_WORDS = new Set(
  "a an the of to in on for and or is are was were be been as at by with from its it this that these those has had have after over about into than".split(" "),
);

/** Lowercase ASCII words of a text (accents folded, apostrophes dropped). */
function slugWords(text: string): string[] {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** The first `n` words of the title that carry meaning, joined by "-". */
export function titleSlug(title: string, n = 4): string {
  const words = slugWords(title);
  const meaningful = words.filter((w) => !STOP_WORDS.has(w));
  return (meaningful.length ? meaningful : words).slice(0, n).join("-");
}

/** "doe-2024" from the first author's family name and the year, when both are known. */
export function authorYear(unit: Pick<SourceUnit, "author" | "date">): string | undefined {
  if (!unit.author?.trim() || !unit.date?.trim()) return undefined;
  const year = dateParts(unit.date)?.[0];
  const first = parseAuthors(unit.author)[0];
  const name = first?.family ?? first?.literal;
  if (!year || !name) return undefined;
  const words = slugWords(name);
  return words.length ? `${words.join("-")}-${year}` : undefined;
}

function fileSlug(file: string): string {
  const base = file.split("/").pop() ?? file;
  return slugWords(base.replace(/\.[^.]+$/, "")).join("-") || "source";
}

/** A digest article's number ("[8]" -> 8); -1 for a whole file or a digest's preamble. */
const articleNumber = (u: SourceUnit): number => Number(/\d+/.exec(u.section ?? "")?.[0] ?? -1);
const byPlace = (a: SourceUnit, b: SourceUnit): number => (a.file < b.file ? -1 : a.file > b.file ? 1 : articleNumber(a) - articleNumber(b));

/**
 * The citation key of every unit. Equal candidates are told apart by more title words, then by a
 * letter after the year ("doe-2024a", "doe-2024b") or a number after the slug ("…-2").
 */
export function citationKeys(units: readonly SourceUnit[]): Map<SourceUnit, string> {
  // by place in the sources, whatever order the units come in
  const ordered = [...units].sort(byPlace);
  const candidates = new Map<SourceUnit, { key: string; authorYear: boolean }>();
  for (const u of ordered) {
    const ay = authorYear(u);
    candidates.set(u, ay ? { key: ay, authorYear: true } : { key: titleSlug(u.title) || fileSlug(u.file), authorYear: false });
  }
  const groups = new Map<string, SourceUnit[]>();
  for (const u of ordered) {
    const k = candidates.get(u)!.key;
    const group = groups.get(k);
    if (group) group.push(u);
    else groups.set(k, [u]);
  }
  // two titles with the same first words: try the longer slugs
  for (const [, group] of groups) {
    if (group.length < 2 || candidates.get(group[0])!.authorYear) continue;
    const longer = group.map((u) => titleSlug(u.title, 8) || fileSlug(u.file));
    if (new Set(longer).size === group.length) group.forEach((u, i) => (candidates.get(u)!.key = longer[i]));
  }
  const sharing = new Map<string, number>();
  for (const u of ordered) sharing.set(candidates.get(u)!.key, (sharing.get(candidates.get(u)!.key) ?? 0) + 1);
  const keys = new Map<SourceUnit, string>();
  const taken = new Set<string>();
  const count = new Map<string, number>();
  for (const u of ordered) {
    const { key, authorYear: ay } = candidates.get(u)!;
    const shared = sharing.get(key)! > 1;
    let n = count.get(key) ?? 0;
    let out: string;
    do {
      n++;
      out = ay ? (shared ? key + suffixLetters(n) : key) : n === 1 ? key : `${key}-${n}`;
    } while (taken.has(out));
    count.set(key, n);
    taken.add(out);
    keys.set(u, out);
  }
  return keys;
}

/** a, b, …, z, aa, ab, … */
function suffixLetters(n: number): string {
  let s = "";
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(97 + ((k - 1) % 26)) + s;
  return s;
}
