// Custom requests and notifications between the Groundwork client and server.
// Types and names only: the client imports this file, so it must never pull the core in at run time.
import type { Range, SkippedFile, Verdict } from "../core/types";

export type EntityKindName = "person" | "organisation" | "amount" | "date";

export interface EntityMentionInfo {
  key: string;
  title: string;
  /** file:// URI of the source file. */
  uri: string;
  range: Range;
  excerpt: string;
}

export interface EntityInfo {
  name: string;
  kind: EntityKindName;
  aliases: string[];
  roles: string[];
  mentions: EntityMentionInfo[];
}

export interface EntityGroup {
  kind: EntityKindName;
  label: string;
  entities: EntityInfo[];
}

export interface EntitiesResult {
  groups: EntityGroup[];
}

export interface PassageInfo {
  /** The unit's id (internal: never shown). */
  key: string;
  title: string;
  publisher?: string;
  /** file:// URI of the source file. */
  uri: string;
  /** Path relative to the sources root. */
  file: string;
  section?: string;
  range: Range;
  /** The passage's page (1-based) in a PDF. */
  page?: number;
  /** The heading the passage stands under, in a Word file. */
  heading?: { n: number; text: string };
  text: string;
  score?: number;
}

export interface PassagesParams {
  /** The draft the passages are for (picks the sources folder); optional. */
  uri?: string;
  /** With a position: the passages of the claim there come first. */
  position?: { line: number; character: number };
  /** At most this many passages (default 2000). */
  limit?: number;
}

export interface PassagesResult {
  passages: PassageInfo[];
}

export interface ClaimSourcesParams {
  uri: string;
  position: { line: number; character: number };
}

export interface ClaimSourcesResult {
  claim?: { text: string; range: Range; verdict: Verdict; messages: string[] };
  passages: PassageInfo[];
}

export interface CitationEditParams {
  uri: string;
  /** Document version the edit must apply to (checked by the server). */
  version: number;
  /** Where the claim is; the citation goes at the end of the claim containing this position. */
  position: { line: number; character: number };
  key: string;
  style?: CitationStyle;
}

export interface CitationEditResult {
  /** An LSP WorkspaceEdit (documentChanges with the document version), or null if nothing applies. */
  edit: unknown | null;
  error?: string;
}

export type BibliographyFormat = "csl-json" | "bibtex";

export interface BibliographyParams {
  format: BibliographyFormat;
  uri?: string;
  /** Only the units cited or supporting claims of this draft (default: every unit). */
  onlyCited?: boolean;
}

export interface BibliographyResult {
  content: string;
  /** Entries written: one per article. */
  count: number;
  /** Source files the entries come from. */
  files: number;
}

export type IndexingState = "idle" | "indexing" | "ready" | "error";

export interface StatsResult {
  state: IndexingState;
  /** Sources folders (absolute paths). */
  roots: string[];
  /** Source files indexed. */
  files: number;
  /** Citable units (files, or articles of digest files). */
  units: number;
  skipped: SkippedFile[];
  /** Changes whenever the indexed sources change (the sum of the engines' versions). */
  indexVersion: number;
  configPath?: string;
  configProblems: string[];
  error?: string;
}

export interface CheckAllResult {
  drafts: number;
  issues: number;
}

export interface StatusNotification extends StatsResult {
  /** Issues per checked draft URI. */
  issues?: Record<string, number>;
}

export type CitationStyle = "footnote" | "pandoc" | "link";

export const Requests = {
  entities: "groundwork/entities",
  passages: "groundwork/passages",
  claimSources: "groundwork/claimSources",
  citationEdit: "groundwork/citationEdit",
  bibliography: "groundwork/bibliography",
  stats: "groundwork/stats",
  reindex: "groundwork/reindex",
  checkAll: "groundwork/checkAll",
} as const;

export const Notifications = {
  /** Server -> client: indexing state and counts changed. */
  status: "groundwork/status",
  /** Client -> server: the lines of a draft on screen (checked first). */
  visibleRanges: "groundwork/visibleRanges",
} as const;

export interface VisibleRangesParams {
  uri: string;
  /** 0-based, inclusive line spans. */
  ranges: { start: number; end: number }[];
}

/** Stable diagnostic codes, one per finding kind. */
// One list of codes and defaults for the CLI, the server and the client: codes.ts imports nothing
// at run time, so the client bundle stays free of the engine.
export { FINDING_CODES as DIAGNOSTIC_CODES, DEFAULT_SEVERITY } from "../core/claims/codes";
export type { FindingCode as DiagnosticCode, Severity as SeveritySetting } from "../core/claims/codes";

export const COMMANDS = {
  reindex: "groundwork.reindex",
  checkAll: "groundwork.checkAll",
  insertCitation: "groundwork.insertCitation",
  exportBibliography: "groundwork.exportBibliography",
  showClaimSources: "groundwork.showClaimSources",
  openConfig: "groundwork.openConfig",
  findEntity: "groundwork.findEntity",
} as const;
