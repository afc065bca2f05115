// Reads groundwork.json of the workspace (through the core's loadConfig) for the server.
import { loadConfig } from "../core/config";
import type { FileConfig } from "./settings";

export interface LoadedFileConfig {
  config?: FileConfig;
  path?: string;
  problems: string[];
}

/** The first workspace folder's config file; without one, nothing (the editor settings then apply). */
export async function loadFileConfig(folders: string[]): Promise<LoadedFileConfig> {
  for (const folder of folders) {
    const loaded = loadConfig(folder);
    if (!loaded.path) continue;
    const c = loaded.config;
    return {
      config: { sources: c.sources, drafts: c.drafts, citationStyle: c.citationStyle, severity: c.severity, ignore: c.ignore.claims, exclude: c.exclude },
      path: loaded.path,
      problems: loaded.problems,
    };
  }
  return { problems: [] };
}
