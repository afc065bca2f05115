// Proper names in running text: runs of capitalised words ("Alexandr Wang", "Scale AI",
// "Meta Platforms Inc."), with the aliases that news text uses for them ("Wang", "Scale", "Meta").

export interface NameMention {
  /** The name as written, without a possessive "'s". */
  text: string;
  /** Words of the name that identify it (corporate suffixes removed). */
  core: string[];
  start: number;
  end: number;
  /** True when the name opens its sentence (it may then be an ordinary capitalised word). */
  initial: boolean;
}

// Function words and other words that are capitalised only because they open a sentence or a headline.
const NOT_NAMES = new Set(
  `a an the and or but nor so yet of in on at to for from by with about as into over under than then that this these those
  is are was were be been it its he she they them their his her him we us our you your i me my who whom whose which what when
  i've i'm i'd i'll i’ve i’m i’d i’ll
  where why how not no none neither nobody nothing also just only more most many some any each every all both other another such after before during
  since until if because though although while there here meanwhile however despite unlike like according now today yesterday
  earlier later last next first second third just still even so's within without between among amid across per via
  instead thus hence therefore moreover furthermore besides nevertheless nonetheless otherwise prior following ahead upon once whether
  right shortly soon separately additionally similarly
  mr mrs ms dr prof sir st one two three four five six seven eight nine ten several many few
  monday tuesday wednesday thursday friday saturday sunday
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
  related source sources image share copy link read more click see also`
    .split(/\s+/)
    .filter(Boolean),
);

/** A function word, unless written in capitals as an abbreviation ("US" is the country, "us" a pronoun). */
function notAName(word: string): boolean {
  return NOT_NAMES.has(word.toLowerCase()) && !/^[A-Z]{2,}$/.test(word);
}

/** Suffixes that do not identify a company ("Meta Platforms Inc." is "Meta"). */
const ORG_SUFFIXES = new Set(["inc", "inc.", "corp", "corp.", "corporation", "co", "co.", "ltd", "ltd.", "llc", "plc", "platforms", "holdings", "group", "ai", "labs", "technologies", "company"]);

/** Titles are not part of a name: "Handshake CEO Garrett Lord" is Handshake, then Garrett Lord. */
const ROLE_WORDS = new Set(["ceo", "cfo", "coo", "cto", "cso", "chief", "officer", "executive", "president", "chairman", "chairwoman", "founder", "co-founder", "cofounder", "spokesperson", "spokesman", "spokeswoman", "interim", "vice"]);

/** What stands between "Chief" and "Officer" in a title. */
const TITLE_MIDDLES = new Set(["executive", "financial", "operating", "technology", "strategy", "product", "marketing", "revenue", "people", "legal", "information", "commercial", "business", "research", "data", "science", "security", "digital", "content", "communications"]);

const CAP_WORD = /^(?:[A-Z][\p{L}\p{N}'’&.-]*|[a-z]+[A-Z][\p{L}\p{N}]*(?:['’]s)?|\p{Lu}[\p{L}\p{N}'’&.-]*)$/u;
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’&.-]*/gu;

function isCapitalised(word: string): boolean {
  return CAP_WORD.test(word);
}

function stripPossessive(word: string): string {
  // (the sentence's period first: "than Google's." is Google's)
  return word.replace(/\.$/, (m) => (/^(?:[A-Z]\.)+$/.test(word) || /^(?:Inc|Corp|Co|Ltd|Jr|Sr)\.$/.test(word) ? m : "")).replace(/['’]s?$/u, "");
}

/** What stands before a quotation's first word: an opening quotation mark after a space, or at the start. */
const OPENS_QUOTE = /(?:^|\s)["“‘']$/;

/** Names in a text, left to right. `sentenceStarts` marks offsets where a sentence begins. */
export function findNames(text: string, isSentenceStart: (offset: number) => boolean = (o) => o === 0): NameMention[] {
  const out: NameMention[] = [];
  let run: { words: string[]; start: number; end: number; initial: boolean } | null = null;
  const flush = () => {
    if (run) {
      // drop leading words that are not names ("The Meta deal" -> "Meta")
      while (run.words.length && notAName(run.words[0])) {
        const dropped = run.words.shift()!;
        const at = text.indexOf(dropped, run.start);
        run.start = at + dropped.length;
        while (run.start < text.length && /\s/.test(text[run.start])) run.start++;
        run.initial = false;
      }
      while (run.words.length && notAName(run.words[run.words.length - 1])) run.words.pop();
      if (run.words.length) {
        const raw = text.slice(run.start, run.end);
        const name = stripPossessive(raw.replace(/['’]s$/u, "")).trim();
        const words = name.split(/\s+/);
        const core = words.filter((w) => !ORG_SUFFIXES.has(w.toLowerCase()));
        out.push({ text: name, core: core.length ? core : words, start: run.start, end: run.start + name.length, initial: run.initial });
      }
    }
    run = null;
  };
  TOKEN.lastIndex = 0;
  let prevEnd = 0;
  let prevWord = "";
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const word = m[0];
    const gap = text.slice(prevEnd, m.index);
    const joinable = run !== null && /^[ \u00a0]$/.test(gap) && !/['’]s$/u.test(run.words[run.words.length - 1] ?? "");
    // (the middle of a title is no name either: "Chief Financial Officer Sarah Friar")
    const titleWord = ROLE_WORDS.has(word.toLowerCase()) || (/^chief$/i.test(prevWord) && TITLE_MIDDLES.has(word.toLowerCase()));
    if (isCapitalised(word) && !/^\d/.test(word) && !titleWord) {
      if (joinable && run) {
        run.words.push(word);
        run.end = m.index + word.length;
      } else {
        flush();
        // (the first word of a quotation is capitalised as a sentence's is: '"Work has been scarce," one said')
        run = { words: [word], start: m.index, end: m.index + word.length, initial: isSentenceStart(m.index) || OPENS_QUOTE.test(gap) };
      }
      // a possessive ends the name: "Scale AI's CEO"
      if (/['’]s$/u.test(word)) flush();
    } else {
      flush();
    }
    prevEnd = m.index + word.length;
    prevWord = word;
  }
  flush();
  return out;
}

/** Lower-cased identifying words of a name. */
/** Days and months are capitalised, yet name a time, never a participant ("said on Tuesday", "open two depots in May"). */
const TIME_NAME = /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December)$/;
export function isTimeName(text: string): boolean {
  return TIME_NAME.test(text);
}

export function nameKey(core: readonly string[]): string {
  return core.map((w) => w.toLowerCase()).join(" ");
}

/** A name's core words lower-cased, and their `nameKey`. */
export interface LowerCore {
  words: readonly string[];
  key: string;
  /** The words joined by a character no word has: one string per distinct list of words. */
  exact: string;
}

// Names are compared with each other many times per claim; a core array is never changed once its
// name is found, so its lower-cased words are worked out once per array.
const lowerCores = new WeakMap<readonly string[], LowerCore>();

/** `core` lower-cased, memoised per array (the array must not be changed afterwards). */
export function lowerCore(core: readonly string[]): LowerCore {
  let lower = lowerCores.get(core);
  if (!lower) {
    const words = core.map((w) => w.toLowerCase());
    lower = { words, key: words.join(" "), exact: words.join("\u0000") };
    lowerCores.set(core, lower);
  }
  return lower;
}

/** Whether a name is mentioned in a lower-cased text: all its core words in sequence, or a person's last name. */
export function textMentions(lowerText: string, core: readonly string[], allowLastName: boolean): boolean {
  const lower = lowerCore(core);
  if (containsWord(lowerText, lower.key)) return true;
  if (allowLastName && core.length >= 2) return containsWord(lowerText, lower.words[core.length - 1]);
  return false;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Whether the UTF-16 unit at i (alone, as the old test took it) is a letter or digit; false outside the string. */
function isLetterOrDigitUnit(s: string, i: number): boolean {
  if (i < 0 || i >= s.length) return false;
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER_OR_DIGIT.test(s[i]);
}

export function containsWord(haystack: string, needle: string): boolean {
  if (!needle) return false;
  let from = 0;
  for (;;) {
    const i = haystack.indexOf(needle, from);
    if (i < 0) return false;
    if (!isLetterOrDigitUnit(haystack, i - 1) && !isLetterOrDigitUnit(haystack, i + needle.length)) return true;
    from = i + 1;
  }
}

/**
 * A name word without the endings that derive one form from another: plurals ("Olympics"),
 * demonyms ("Libyan", "Canadian", "Chinese", "Israeli") and the countries they come from
 * ("Libya", "Canada", "China", "Israel"). Never shorter than four letters.
 */
const BASE_MEMO = new Map<string, string>();

export function nameBase(word: string): string {
  // memoised (pure; a text has far fewer distinct words than words); short words only, so a
  // key never pins the large text it was cut from
  if (word.length > 12) return computeNameBase(word);
  let base = BASE_MEMO.get(word);
  if (base === undefined) {
    if (BASE_MEMO.size >= 100_000) BASE_MEMO.clear();
    BASE_MEMO.set(word, (base = computeNameBase(word)));
  }
  return base;
}

/** The endings nameBase removes (two at most). */
export const NAME_ENDINGS = ["ians", "ans", "ian", "an", "ese", "ish", "ns", "n", "s", "a", "y", "i", "e"];
const NAME_ENDING = new RegExp(`(?:${NAME_ENDINGS.join("|")})$`);

function computeNameBase(word: string): string {
  let w = word.toLowerCase().replace(/['’]s?$/, "");
  for (let i = 0; i < 2; i++) {
    const m = NAME_ENDING.exec(w);
    if (!m || w.length - m[0].length < 4) break;
    w = w.slice(0, -m[0].length);
  }
  return w;
}

/** The bases (see nameBase) of the words of a lower-cased text, for `mentionsName`. */
export function wordBases(lowerText: string): Set<string> {
  // the matches of /[\p{L}\p{N}]+/gu, by a scanner (ASCII by table), each distinct word once
  const words = new Set<string>();
  const n = lowerText.length;
  let i = 0;
  while (i < n) {
    let w = wordUnitsAt(lowerText, i);
    if (!w) {
      i++;
      continue;
    }
    const start = i;
    do i += w;
    while (i < n && (w = wordUnitsAt(lowerText, i)));
    if (i - start >= 4) words.add(lowerText.slice(start, i));
  }
  const out = new Set<string>();
  for (const word of words) out.add(nameBase(word));
  return out;
}

/** Length (1 or 2 code units) of the letter or digit at i, or 0. */
function wordUnitsAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return LETTER_OR_DIGIT.test(s.slice(i, i + 2)) ? 2 : 0;
  }
  return LETTER_OR_DIGIT.test(s[i]) ? 1 : 0;
}

/**
 * Whether a lower-cased text mentions a name: as written, by a person's last name, by every word
 * of it, or by other forms of its words (a hyphen as a space, a plural, a demonym for a country).
 */
export function mentionsName(lowerText: string, core: readonly string[], bases: () => Set<string>): boolean {
  if (textMentions(lowerText, core, core.length >= 2)) return true;
  return core.every((w) => {
    if (containsWord(lowerText, w.toLowerCase())) return true;
    const parts = w.toLowerCase().split(/[-‐]/).filter(Boolean);
    // a word's base is a prefix of it: a text without the base as a substring has no such word
    // (and its word bases need not be computed)
    return parts.every((p) => containsWord(lowerText, p) || (p.length >= 4 && lowerText.includes(nameBase(p)) && bases().has(nameBase(p))));
  });
}
