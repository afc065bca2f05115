// The persistent results cache: the per-sentence results of earlier checks, saved beside the index
// cache and loaded on the next start, so that an unchanged draft gets its results without being
// checked again. Valid only for the same indexed content (FolderLoad.contentKey) and the same
// engine code (a hash of the running script): any change to a source or to Groundwork discards it.
//
// File layout (sealed by ./seal): "GWRESLT" + format byte, SHA-256 of the rest, then
// v8.serialize({ key, entries }). A flipped byte or a hand edit is a miss, never a finding.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { deserialize, serialize } from "node:v8";
import { ENGINE_VERSION, type Groundwork, type SentenceResult } from "../engine";
import { readSealed, writeSealed } from "./seal";
import { loadAnalyses, saveAnalyses } from "./analyses";

const FORMAT = 2;
const MAGIC = Buffer.from([0x47, 0x57, 0x52, 0x45, 0x53, 0x4c, 0x54, FORMAT]); // "GWRESLT" + format

let codeMemo: string | undefined;

/** The running engine's code: results of another build are never reused. */
function codeFingerprint(): string {
  if (codeMemo) return codeMemo;
  const h = createHash("sha1").update(ENGINE_VERSION);
  try {
    h.update(readFileSync(__filename));
  } catch {
    // no readable script (an unusual loader): the engine version alone
  }
  return (codeMemo = h.digest("hex"));
}

/** Where a folder's results are kept: beside its index cache file, one file per folder and options. */
export interface ResultsPlace {
  /** The folder's index cache file (FolderLoad.cacheFile). */
  cacheFile: string;
  /** FolderLoad.contentKey. */
  contentKey: string;
}

function resultsFile(place: ResultsPlace): string {
  return join(dirname(place.cacheFile), basename(place.cacheFile).replace(/^index-/, "results-"));
}

function fullKey(contentKey: string): string {
  return contentKey + ":" + codeFingerprint();
}

/** Gives the engine the results saved for this content and code; returns how many (0 when none or unusable). */
export async function loadResults(engine: Groundwork, place: ResultsPlace): Promise<number> {
  // the sentence analyses kept in the same folder come with them (./analyses; for the language
  // server, which loads and saves through here; the CLI has loaded them already, beside the index)
  const [sealed] = await Promise.all([readSealed(resultsFile(place), MAGIC).catch(() => ({ reason: "unreadable" })), loadAnalyses(dirname(place.cacheFile))]);
  try {
    if ("reason" in sealed) return 0;
    const saved = deserialize(sealed.body) as { key?: unknown; entries?: unknown };
    if (saved?.key !== fullKey(place.contentKey) || !Array.isArray(saved.entries)) return 0;
    const entries = saved.entries.filter((e): e is [string, SentenceResult] => Array.isArray(e) && typeof e[0] === "string" && !!e[1] && typeof e[1] === "object" && Array.isArray((e[1] as SentenceResult).findings));
    engine.importResults(entries);
    return entries.length;
  } catch {
    // missing, truncated or foreign: checked afresh
    return 0;
  }
}

/** Saves the engine's results for this content (false if it could not: a read-only disk only costs speed). */
export async function saveResults(engine: Groundwork, place: ResultsPlace): Promise<boolean> {
  await saveAnalyses(dirname(place.cacheFile));
  const entries = engine.exportResults();
  if (!entries.length) return false;
  try {
    await writeSealed(resultsFile(place), MAGIC, serialize({ key: fullKey(place.contentKey), entries }));
    return true;
  } catch {
    return false;
  }
}
