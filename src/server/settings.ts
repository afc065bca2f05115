// Effective settings of the server: groundwork.json first, then the `groundwork.*` editor settings,
// then defaults.
import { DEFAULT_SEVERITY, DIAGNOSTIC_CODES, type CitationStyle, type DiagnosticCode, type SeveritySetting } from "./protocol";

export interface Settings {
  /** Sources folders, absolute or relative to the workspace folder (empty: find `sources/` folders). */
  sources: string[];
  /** Draft globs from the config file (informational; any Markdown outside the sources is a draft). */
  drafts: string[];
  citationStyle: CitationStyle;
  severity: Record<DiagnosticCode, SeveritySetting>;
  codeLensEnabled: boolean;
  /** A verdict mark (inlay hint) after each checked sentence. */
  sentenceMarks: boolean;
  checkOn: "type" | "save";
  /** Claims not to check (exact text or /regex/). */
  ignore: string[];
  /** Words the sources need not contain (groundwork.json ignore.words). */
  ignoreWords: string[];
  /** Globs of source files not to index. */
  exclude: string[];
  /** Path of groundwork.json, when there is one. */
  configPath?: string;
  configProblems: string[];
  /** From the config file: whether an absolute path is a draft (undefined: every Markdown file outside the sources). */
  isDraft?: (absPath: string) => boolean;
}

/** The `groundwork` section of the editor settings, as the client sends it. */
export interface EditorSettings {
  sources?: string | string[];
  citationStyle?: string;
  severity?: Record<string, string>;
  codeLens?: { enabled?: boolean };
  sentenceMarks?: boolean;
  checkOn?: string;
}

/** What a groundwork.json gives (the shape of the core's loadConfig result, every field optional). */
export interface FileConfig {
  sources?: string | string[];
  drafts?: string | string[];
  citationStyle?: string;
  severity?: Record<string, string>;
  ignore?: string[];
  ignoreWords?: string[];
  exclude?: string[];
}

const STYLES: CitationStyle[] = ["footnote", "pandoc", "link"];
const SEVERITIES: SeveritySetting[] = ["error", "warning", "information", "hint", "off"];

function list(v: string | string[] | undefined): string[] {
  if (v === undefined) return [];
  return (Array.isArray(v) ? v : [v]).filter((s) => typeof s === "string" && s.trim() !== "");
}

export function defaultSettings(): Settings {
  return {
    sources: [],
    drafts: [],
    citationStyle: "footnote",
    severity: { ...DEFAULT_SEVERITY },
    codeLensEnabled: true,
    sentenceMarks: false,
    checkOn: "type",
    ignore: [],
    ignoreWords: [],
    exclude: [],
    configProblems: [],
  };
}

function normaliseSeverity(value: string | undefined): SeveritySetting | undefined {
  if (!value) return undefined;
  const v = value.toLowerCase();
  if (v === "info") return "information";
  if (v === "none" || v === "ignore") return "off";
  return (SEVERITIES as string[]).includes(v) ? (v as SeveritySetting) : undefined;
}

/**
 * What a change of settings asks for: other sources, index again; other checking or presentation,
 * check the open drafts again; none (the client says the configuration changed once at start, when
 * it registers for changes), nothing: a check under way is not restarted with its results dropped.
 */
export function settingsChange(before: Settings, after: Settings): "reindex" | "recheck" | "none" {
  if (JSON.stringify([before.sources, before.exclude]) !== JSON.stringify([after.sources, after.exclude])) return "reindex";
  return JSON.stringify(before) === JSON.stringify(after) ? "none" : "recheck";
}

/** Merge: the config file wins over the editor settings, which win over the defaults. */
export function mergeSettings(editor: EditorSettings | undefined, file: FileConfig | undefined, configPath?: string, problems: string[] = []): Settings {
  const s = defaultSettings();
  s.configPath = configPath;
  s.configProblems = problems;
  for (const layer of [editor, file] as const) {
    if (!layer) continue;
    const sources = list(layer.sources);
    if (sources.length) s.sources = sources;
    if (layer.citationStyle && (STYLES as string[]).includes(layer.citationStyle)) s.citationStyle = layer.citationStyle as CitationStyle;
    if (layer.severity && typeof layer.severity === "object") {
      for (const [code, value] of Object.entries(layer.severity)) {
        const sev = normaliseSeverity(value);
        if (sev && (DIAGNOSTIC_CODES as string[]).includes(code)) s.severity[code as DiagnosticCode] = sev;
      }
    }
  }
  if (editor?.codeLens && typeof editor.codeLens.enabled === "boolean") s.codeLensEnabled = editor.codeLens.enabled;
  if (typeof editor?.sentenceMarks === "boolean") s.sentenceMarks = editor.sentenceMarks;
  if (editor?.checkOn === "save" || editor?.checkOn === "type") s.checkOn = editor.checkOn;
  if (file) {
    s.drafts = list(file.drafts);
    s.ignore = list(file.ignore);
    s.ignoreWords = list(file.ignoreWords);
    s.exclude = list(file.exclude);
  }
  return s;
}
