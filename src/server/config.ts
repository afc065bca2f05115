// Reads groundwork.json of the workspace for the server.
import { promises as fsp } from "node:fs";
import * as path from "node:path";
import type { FileConfig } from "./settings";

export interface LoadedFileConfig {
  config?: FileConfig;
  path?: string;
  problems: string[];
}

export async function loadFileConfig(folders: string[]): Promise<LoadedFileConfig> {
  for (const folder of folders) {
    const p = path.join(folder, "groundwork.json");
    let text: string;
    try {
      text = await fsp.readFile(p, "utf8");
    } catch {
      continue;
    }
    try {
      const config = JSON.parse(text) as FileConfig;
      return { config, path: p, problems: [] };
    } catch (e) {
      return { path: p, problems: [`${p}: ${e instanceof Error ? e.message : String(e)}`] };
    }
  }
  return { problems: [] };
}
