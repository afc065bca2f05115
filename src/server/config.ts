// Reads groundwork.json of the workspace (through the core's loadConfig) for the server.
import * as path from "node:path";
import { isDraftPath, loadConfig } from "../core/config";
import type { FileConfig } from "./settings";

export interface LoadedFileConfig {
  config?: FileConfig;
  path?: string;
  problems: string[];
  /** With a config file: whether an absolute path is a draft by its `drafts`, `sources` and `exclude`. */
  isDraft?: (absPath: string) => boolean;
}

/** The first workspace folder's config file; without one, nothing (the editor settings then apply). */
export async function loadFileConfig(folders: string[], within?: readonly string[]): Promise<LoadedFileConfig> {
  for (const folder of folders) {
    const loaded = loadConfig(folder, undefined, within);
    if (!loaded.path) continue;
    const c = loaded.config;
    return {
      config: { sources: c.sources, drafts: c.drafts, citationStyle: c.citationStyle, severity: c.severity, ignore: c.ignore.claims, ignoreWords: c.ignore.words, exclude: c.exclude },
      path: loaded.path,
      problems: loaded.problems,
      isDraft: (abs) => {
        const rel = path.relative(path.dirname(loaded.path!), abs).split(path.sep).join("/");
        return !rel.startsWith("..") && isDraftPath(c, rel);
      },
    };
  }
  return { problems: [] };
}
