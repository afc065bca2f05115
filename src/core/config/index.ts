// The workspace config file, groundwork.json (or .groundwork.json). Never throws: every problem
// becomes a message naming the file and the key, and defaults stand in for what is wrong.

import { existsSync } from "node:fs";
import { readBoundedFileSync } from "../files/read";
import { basename, join } from "node:path";
import { DEFAULT_SEVERITY, FINDING_CODES, SEVERITIES, type FindingCode, type Severity } from "../claims/codes";
import { globMatcher, globProblem } from "../text/glob";
import { compileUserRegex, parseSlashRegex } from "../text/user-regex";

export type CitationStyle = "footnote" | "pandoc" | "link";

export interface GroundworkConfig {
  /** Source folders or globs, relative to the config file. */
  sources: string[];
  /** Draft globs, relative to the config file (files under the sources never count as drafts). */
  drafts: string[];
  citationStyle: CitationStyle;
  severity: Record<FindingCode, Severity>;
  ignore: { words: string[]; claims: string[] };
  /** Globs of files to leave out (sources and drafts). */
  exclude: string[];
}

export interface LoadedConfig {
  config: GroundworkConfig;
  /** The config file read, when there is one. */
  path?: string;
  problems: string[];
}

export const CONFIG_FILE_NAMES = ["groundwork.json", ".groundwork.json"] as const;
export const CITATION_STYLES: readonly CitationStyle[] = ["footnote", "pandoc", "link"];
export { SEVERITIES };
const KEYS = ["$schema", "sources", "drafts", "citationStyle", "severity", "ignore", "exclude"];

export function defaultConfig(): GroundworkConfig {
  return {
    sources: ["sources"],
    drafts: ["**/*.md"],
    citationStyle: "footnote",
    severity: { ...DEFAULT_SEVERITY },
    ignore: { words: [], claims: [] },
    exclude: [],
  };
}

/** JSON with // and /* *\/ comments and trailing commas, as editors allow in settings files. */
function stripJsonc(text: string): string {
  let out = "";
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"' && text[j] !== "\n") j += text[j] === "\\" ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
    } else if (c === "/" && text[i + 1] === "/") {
      while (i < text.length && text[i] !== "\n") {
        out += " ";
        i++;
      }
    } else if (c === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      const stop = end < 0 ? text.length : end + 2;
      out += text.slice(i, stop).replace(/[^\n]/g, " ");
      i = stop;
    } else {
      out += c;
      i++;
    }
  }
  // Trailing commas before } or ] (outside strings: strings were copied verbatim, so check them).
  return out.replace(/("(?:[^"\\\n]|\\.)*")|,(\s*[}\]])/g, (m, str: string | undefined, close: string | undefined) => (str ? str : " " + close));
}

function lineColumn(text: string, pos: number): string {
  const before = text.slice(0, pos);
  const line = before.split("\n").length;
  const col = pos - before.lastIndexOf("\n");
  return `line ${line}, column ${col}`;
}

function describe(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  return typeof v === "object" ? "an object" : `${typeof v} ${JSON.stringify(v)}`;
}

/** Parse a config file's text. Pure; `path` only names the file in messages. */
export function parseConfig(text: string, path: string): { config: GroundworkConfig; problems: string[] } {
  const name = basename(path) || path;
  const config = defaultConfig();
  const problems: string[] = [];
  const problem = (msg: string) => problems.push(`${name}: ${msg}`);

  const cleaned = stripJsonc(text.replace(/^\uFEFF/, ""));
  if (cleaned.trim() === "") {
    problem("the file is empty; using the defaults");
    return { config, problems };
  }
  let data: unknown;
  try {
    data = JSON.parse(cleaned);
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    const at = /position (\d+)/.exec(msg);
    const where = at ? ` at ${lineColumn(cleaned, Number(at[1]))}` : /line \d+ column \d+/.test(msg) ? "" : "";
    problem(`invalid JSON${where} (${msg}); using the defaults`);
    return { config, problems };
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    problem(`must contain a JSON object, not ${describe(data)}; using the defaults`);
    return { config, problems };
  }
  const obj = data as Record<string, unknown>;

  for (const key of Object.keys(obj)) {
    if (!KEYS.includes(key)) problem(`unknown key "${key}" (ignored; known keys: ${KEYS.slice(1).join(", ")})`);
  }

  const stringList = (key: string, value: unknown, fallback: string[]): string[] => {
    if (value === undefined) return fallback;
    if (typeof value === "string") return value.trim() ? [value] : fallback;
    if (!Array.isArray(value)) {
      problem(`"${key}" must be an array of strings, not ${describe(value)}; using ${JSON.stringify(fallback)}`);
      return fallback;
    }
    const good: string[] = [];
    value.forEach((v, i) => {
      if (typeof v === "string" && v.trim()) good.push(v);
      else problem(`"${key}[${i}]" must be a non-empty string, not ${describe(v)}; ignored`);
    });
    return good;
  };

  config.sources = stringList("sources", obj.sources, config.sources);
  if (obj.sources !== undefined && config.sources.length === 0) {
    problem(`"sources" lists no folder; using ["sources"]`);
    config.sources = ["sources"];
  }
  config.drafts = stringList("drafts", obj.drafts, config.drafts);
  config.exclude = stringList("exclude", obj.exclude, config.exclude);
  // patterns too costly to match are refused by the glob module: say so here, where the user can fix them
  for (const key of ["sources", "drafts", "exclude"] as const) {
    config[key].forEach((pattern, i) => {
      const why = globProblem(pattern);
      if (why && obj[key] !== undefined) problem(`"${key}[${i}]" ${why}; ignored`);
    });
  }

  if (obj.citationStyle !== undefined) {
    const v = obj.citationStyle;
    if (typeof v === "string" && (CITATION_STYLES as readonly string[]).includes(v.trim().toLowerCase())) config.citationStyle = v.trim().toLowerCase() as CitationStyle;
    else problem(`"citationStyle" must be one of ${CITATION_STYLES.join(", ")}; using footnote`);
  }

  if (obj.severity !== undefined) {
    const v = obj.severity;
    if (typeof v !== "object" || v === null || Array.isArray(v)) {
      problem(`"severity" must be an object mapping codes (${FINDING_CODES.join(", ")}) to ${SEVERITIES.join(", ")}; using the defaults`);
    } else {
      for (const [code, level] of Object.entries(v as Record<string, unknown>)) {
        if (!(FINDING_CODES as readonly string[]).includes(code)) {
          problem(`unknown code "severity.${code}" (ignored; codes are ${FINDING_CODES.join(", ")})`);
          continue;
        }
        const norm = typeof level === "string" ? normaliseSeverity(level) : undefined;
        if (!norm) {
          problem(`"severity.${code}" must be one of ${SEVERITIES.join(", ")}; using ${DEFAULT_SEVERITY[code as FindingCode]}`);
          continue;
        }
        config.severity[code as FindingCode] = norm;
      }
    }
  }

  if (obj.ignore !== undefined) {
    const v = obj.ignore;
    if (Array.isArray(v)) {
      // A bare list: claims not to check.
      config.ignore.claims = stringList("ignore", v, []);
    } else if (typeof v !== "object" || v === null) {
      problem(`"ignore" must be an object { "words": [...], "claims": [...] }, not ${describe(v)}; ignored`);
    } else {
      const ig = v as Record<string, unknown>;
      for (const key of Object.keys(ig)) if (key !== "words" && key !== "claims") problem(`unknown key "ignore.${key}" (ignored; known keys: words, claims)`);
      config.ignore.words = stringList("ignore.words", ig.words, []);
      config.ignore.claims = stringList("ignore.claims", ig.claims, []);
    }
    config.ignore.claims = config.ignore.claims.filter((c, i) => {
      const slash = parseSlashRegex(c);
      if (!slash) return true;
      const re = compileUserRegex(slash.source, slash.flags);
      if (!("error" in re)) return true;
      problem(`"ignore.claims[${i}]" ${re.error}; ignored`);
      return false;
    });
  }
  return { config, problems };
}

function normaliseSeverity(level: string): Severity | undefined {
  const v = level.trim().toLowerCase();
  if (v === "info") return "information";
  if (v === "warn") return "warning";
  if (v === "none") return "off";
  return (SEVERITIES as readonly string[]).includes(v) ? (v as Severity) : undefined;
}

/** A config file is small: a larger one (or a link to a device) is not read. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

/**
 * Read groundwork.json (or .groundwork.json) from the workspace root, or the file given.
 * Without a file: the defaults, no path, no problems. With `within` (Restricted Mode: the
 * workspace folders' real paths), a config file that is a link to elsewhere is not read.
 */
export function loadConfig(workspaceRoot: string, explicitPath?: string, within?: readonly string[]): LoadedConfig {
  const candidates = explicitPath ? [explicitPath] : CONFIG_FILE_NAMES.map((n) => join(workspaceRoot, n));
  const found = candidates.filter((p) => existsSync(p));
  if (!found.length) {
    if (explicitPath) return { config: defaultConfig(), problems: [`${basename(explicitPath)}: file not found; using the defaults`] };
    return { config: defaultConfig(), problems: [] };
  }
  const path = found[0];
  const read = readBoundedFileSync(path, { maxBytes: MAX_CONFIG_BYTES, within });
  if ("skip" in read) return { config: defaultConfig(), path, problems: [`${basename(path)}: cannot be read (${read.skip}); using the defaults`] };
  const text = read.bytes.toString("utf8");
  const { config, problems } = parseConfig(text, path);
  if (found.length > 1) problems.push(`${basename(found[1])}: ignored, ${basename(path)} is used`);
  return { config, path, problems };
}

/** Whether a path (relative to the config file's folder) is a draft: matches "drafts", not under "sources", not excluded. */
export function isDraftPath(config: GroundworkConfig, relPath: string): boolean {
  if (globMatcher(config.sources)(relPath)) return false;
  if (globMatcher(config.exclude)(relPath)) return false;
  return globMatcher(config.drafts)(relPath);
}

/** Whether a path (relative to the config file's folder) is under the sources and not excluded. */
export function isSourcePath(config: GroundworkConfig, relPath: string): boolean {
  if (globMatcher(config.exclude)(relPath)) return false;
  return globMatcher(config.sources)(relPath);
}
