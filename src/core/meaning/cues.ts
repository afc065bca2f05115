// Cue lists (./curated.ts) matched in running text: "declined to", "according to", "because". Each
// list is split once and indexed by its first word; a verb's base form also matches its inflections.
import { isVerb, verbBases } from "./lexicon";

interface ParsedCue {
  cue: string;
  head: string;
  rest: string[];
  /** The head is a verb: its inflections match too. */
  inflects: boolean;
}

// The lists of curated.ts are constants: each is split once, not on every word of every sentence,
// and indexed by first word, so a word that starts no cue costs one lookup or two.
interface ParsedCues {
  length: number;
  cues: ParsedCue[];
  /** First word -> positions in the list of the cues it starts. */
  byHead: Map<string, number[]>;
  someInflect: boolean;
}
const cueCache = new WeakMap<readonly string[], ParsedCues>();
function parsedCues(list: readonly string[]): ParsedCues {
  const hit = cueCache.get(list);
  if (hit && hit.length === list.length) return hit;
  const cues = list.map((cue) => {
    const [head, ...rest] = cue.split(" ");
    return { cue, head, rest, inflects: isVerb(head) };
  });
  const byHead = new Map<string, number[]>();
  cues.forEach((c, k) => {
    const at = byHead.get(c.head);
    if (at) at.push(k);
    else byHead.set(c.head, [k]);
  });
  const parsed = { length: list.length, cues, byHead, someInflect: cues.some((c) => c.inflects) };
  cueCache.set(list, parsed);
  return parsed;
}

/**
 * The cue of `list` (a list of curated.ts) starting at words[i], longest first. An entry whose first
 * word is a verb's base form matches its inflections ("declined to" for "decline to").
 */
export function cueAt(list: readonly string[], words: readonly string[], i: number): { cue: string; length: number } | undefined {
  if (i < 0 || i >= words.length) return undefined;
  const word = words[i].toLowerCase();
  const { cues, byHead, someInflect } = parsedCues(list);
  // the cues the word starts: those headed by the word itself, and the verbs' headed by one of its base forms
  let starts = byHead.get(word);
  if (someInflect) {
    for (const base of verbBases(word)) {
      if (base === word) continue;
      const more = byHead.get(base)?.filter((k) => cues[k].inflects);
      if (more?.length) starts = starts ? [...starts, ...more] : more;
    }
  }
  if (!starts) return undefined;
  // (in list order: of two cues of the same length, the first listed wins)
  if (starts.length > 1) starts = [...starts].sort((x, y) => x - y);
  let best: { cue: string; length: number } | undefined;
  for (const k of starts) {
    const { cue, rest } = cues[k];
    const tail = words.slice(i + 1, i + 1 + rest.length).map((w) => w.toLowerCase());
    if (tail.length !== rest.length || tail.some((w, k) => w !== rest[k])) continue;
    if (!best || rest.length + 1 > best.length) best = { cue, length: rest.length + 1 };
  }
  return best;
}
