// The one registry of finding codes. Everything that names a code reads it from here: the CLI's
// text and SARIF output, the language server's diagnostics and default severities, the config
// file's validation, and (through `npm run codes:sync`) package.json's `groundwork.severity`
// setting, schemas/groundwork.schema.json and the README's "Finding codes" table.
// A new code is one entry below plus `npm run codes:sync`; test/unit/codes.test.ts fails until
// every generated copy agrees. This module imports only types, so any bundle can include it.
import type { FindingKind } from "../types";

export type Severity = "error" | "warning" | "information" | "hint" | "off";

/** Every severity a code can be set to, most severe first ("off" hides it). */
export const SEVERITIES: readonly Severity[] = ["error", "warning", "information", "hint", "off"];

export interface FindingCodeInfo {
  /** Stable id, published as the diagnostic code and the SARIF rule id. */
  readonly id: string;
  /** A few words, title case. */
  readonly title: string;
  /** One sentence: what the finding says. */
  readonly description: string;
  readonly defaultSeverity: Exclude<Severity, "off">;
  /** A few sentences: what it means and what to do about it. */
  readonly help: string;
  /** The finding kinds (types.ts) reported under this code. */
  readonly kinds: readonly FindingKind[];
}

export const FINDING_CODE_REGISTRY = [
  {
    id: "contradicted",
    title: "Contradicted value",
    description: "A figure, percentage, count, age or date that the sources give otherwise.",
    defaultSeverity: "error",
    help: "The sources that speak about this figure give another value. The message names the value most of them give and how many sources give it, and the passages are attached. Correct the figure (the quick fix replaces it), or add the source your value comes from.",
    kinds: ["number", "date"],
  },
  {
    id: "disputed",
    title: "Disputed value",
    description: "The sources disagree about this value.",
    defaultSeverity: "warning",
    help: "Several sources give different values for this figure; the message lists each value with the number of sources behind it. Check which one is right, say in the draft that reports differ, or cite the source you rely on.",
    kinds: ["disputed"],
  },
  {
    id: "unsupported",
    title: "Unsupported claim",
    description: "A factual sentence that nothing in the sources speaks to.",
    defaultSeverity: "information",
    help: "No passage in the sources supports this claim: it may be true, but your sources do not say it. Add a source that does, rephrase the claim to what the sources say, or leave it out of the check with <!-- groundwork-ignore --> or `ignore.claims` in groundwork.json.",
    kinds: ["unsupported"],
  },
  {
    id: "misquote",
    title: "Misquote",
    description: "Quoted words that no source contains.",
    defaultSeverity: "error",
    help: "The words between quotation marks are in no source, not even with small changes of spelling or punctuation; the message shows the closest passage. Quote the source's exact words, or drop the quotation marks if you paraphrase.",
    kinds: ["misquote"],
  },
  {
    id: "wrong-person",
    title: "Wrong person",
    description: "The sources name someone else for this role or quote.",
    defaultSeverity: "error",
    help: "The sources give this role, statement or quote to another person than the draft does; the message names who. Check the name against the attached passages and correct it.",
    kinds: ["person"],
  },
  {
    id: "wrong-role",
    title: "Wrong role",
    description: "The sources give this person another role.",
    defaultSeverity: "error",
    help: "The sources call this person something else (another title, or the same title at another organisation); the message gives the role the sources use. Correct the title, or cite the source that gives yours.",
    kinds: ["role"],
  },
  {
    id: "opposite-polarity",
    title: "Opposite polarity",
    description: "The sources state this fact with the opposite polarity: it did not happen, or it did.",
    defaultSeverity: "error",
    help: "A source states the same fact about the same participants, but negated where the draft affirms it (or affirmed where the draft negates it): \"Meta will not take a stake\" against \"Meta will take a 49% stake\". The passage is attached. Correct the claim, or cite the source that says what you say.",
    kinds: ["polarity"],
  },
  {
    id: "opposite-predicate",
    title: "Opposite predicate",
    description: "The sources say the opposite happened (sold, not bought; winding down, not expanding).",
    defaultSeverity: "error",
    help: "A source says the same participants did the opposite of what the draft says: an antonym in WordNet or in Groundwork's curated list (buy/sell, expand/wind down, stay/leave, rise/fall). The message quotes the source's words. Correct the verb, or cite the source that says what you say.",
    kinds: ["predicate"],
  },
  {
    id: "reversed-roles",
    title: "Reversed roles",
    description: "The sources state the fact the other way round: who did it and to whom are swapped.",
    defaultSeverity: "error",
    help: "A source states this fact with the agent and the other participant swapped (\"Meta takes a stake in Scale AI\", not \"Scale AI in Meta\"). Swap them back.",
    kinds: ["reversed"],
  },
  {
    id: "reversed-order",
    title: "Reversed order",
    description: "The sources tell what came first and what came later the other way round.",
    defaultSeverity: "error",
    help: "The claim says one thing came first and another later (\"previously …, now …\", \"initially …, before shifting to …\"); the sources give the same two in the opposite order. Swap them back.",
    kinds: ["order"],
  },
  {
    id: "wrong-agent",
    title: "Wrong agent",
    description: "The sources say someone else did this.",
    defaultSeverity: "error",
    help: "The sources state this fact about the same participant with another agent, and none with the one the draft names (\"Meta, not Microsoft, took the stake\"). Correct the name, or cite the source that names yours.",
    kinds: ["agent"],
  },
  {
    id: "citation-mismatch",
    title: "Citation does not support the claim",
    description: "The claim cites a source that does not support it.",
    defaultSeverity: "warning",
    help: "The citation attached to this claim points at a source that does not say what the claim says, while another source may. Cite the source that supports the claim (the quick fix offers it), or correct the claim to what the cited source says.",
    kinds: ["citation-mismatch"],
  },
  {
    id: "unsupported-part",
    title: "Unsupported part of a claim",
    description: "Part of a claim that nothing in the sources supports: a clause of a long claim, a figure no source gives, or a cause no source gives.",
    defaultSeverity: "information",
    help: "The rest of this sentence is supported, but this part is in no source. Add a source for it, cut it, or move it to a sentence of its own so that it is checked on its own.",
    kinds: ["unsupported-part"],
  },
] as const satisfies readonly FindingCodeInfo[];

export type FindingCode = (typeof FINDING_CODE_REGISTRY)[number]["id"];

/** Every code, in registry order. */
export const FINDING_CODES: readonly FindingCode[] = FINDING_CODE_REGISTRY.map((c) => c.id);

// Compile-time check: every FindingKind is reported under some code (tsc names the missing kinds).
type KindWithoutCode = Exclude<FindingKind, (typeof FINDING_CODE_REGISTRY)[number]["kinds"][number]>;
const everyKindHasACode: [KindWithoutCode] extends [never] ? true : { addARegistryEntryFor: KindWithoutCode } = true;
void everyKindHasACode;

const CODE_OF_KIND = new Map<FindingKind, FindingCode>();
for (const entry of FINDING_CODE_REGISTRY) {
  for (const kind of entry.kinds) {
    if (CODE_OF_KIND.has(kind)) throw new Error(`finding kind "${kind}" is listed under two codes`);
    CODE_OF_KIND.set(kind, entry.id);
  }
}

/** The code a finding of this kind is reported under. */
export function codeOf(kind: FindingKind): FindingCode {
  const code = CODE_OF_KIND.get(kind);
  if (code === undefined) throw new Error(`finding kind "${kind}" has no code in the registry`);
  return code;
}

/** The registry entry of a code. */
export function codeInfo(code: FindingCode): FindingCodeInfo {
  return FINDING_CODE_REGISTRY.find((c) => c.id === code)!;
}

export const DEFAULT_SEVERITY: Record<FindingCode, Severity> = Object.fromEntries(FINDING_CODE_REGISTRY.map((c) => [c.id, c.defaultSeverity])) as Record<FindingCode, Severity>;
