// The persistent analyses cache: the tagger's tokens and the facts of each sentence analysed at
// check time, and the names, figures and role facts of the source sentences read (../meaning/saved), saved in the cache folder and loaded by the next process, so that
// checking against the same sources again tags no source sentence twice and, when every sentence
// it needs was analysed before, never loads the tagger's model. Analyses depend on the sentence
// only, not on its folder: one file serves every sources folder of a cache folder.
//
// Valid only for the same analysis: the fingerprint covers the format, the tagger's packages and
// corrections (TAGGER_VERSION), the WordNet table and the running code; any change discards the
// file. File layout (sealed by ./seal): "GWANLYS" + format byte, SHA-256 of the rest, then
// v8.serialize({ fingerprint, tokens, facts }). A flipped byte or a hand edit is a miss.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { stat } from "node:fs/promises";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";
import { exportSavedAnalyses, importSavedAnalyses, markSavedAnalysesWritten, savedAnalysesChanged, savedAnalysesGeneration, type SavedAnalyses } from "../meaning/saved";
import { TAGGER_VERSION } from "../meaning/tagger";
import { readSealed, writeSealed } from "./seal";

export const ANALYSES_FORMAT = 2;
const MAGIC = Buffer.from([0x47, 0x57, 0x41, 0x4e, 0x4c, 0x59, 0x53, ANALYSES_FORMAT]); // "GWANLYS" + format

let fingerprintMemo: string | undefined;

/** What analyses depend on besides the sentence: the tagger, the lexicon table and the code. */
export function analysesFingerprint(): string {
  if (fingerprintMemo) return fingerprintMemo;
  const h = createHash("sha1").update(`format ${ANALYSES_FORMAT}\n${TAGGER_VERSION}\n`);
  for (const file of [__filename, lexiconFile()]) {
    try {
      if (file) h.update(readFileSync(file));
    } catch {
      // unreadable (an unusual loader): the versions alone
    }
  }
  return (fingerprintMemo = h.digest("hex"));
}

/** The WordNet table, where the bundles (dist/) or the sources (src/core/meaning) keep it. */
function lexiconFile(): string | undefined {
  for (const up of ["", "..", "../..", "../meaning"]) {
    const p = join(__dirname, up, "lexicon-data.json");
    if (existsSync(p)) return p;
  }
  return undefined;
}

export function analysesFile(cacheDir: string): string {
  return join(cacheDir, "analyses.gwcache");
}

// Files whose content is already in memory (read or written by this process, by size and mtime):
// the CLI loads them beside the index and the results cache asks again (./results).
const inMemory = new Set<string>();

async function signature(path: string): Promise<string | undefined> {
  try {
    const st = await stat(path);
    return `${path}\0${st.size}\0${st.mtimeMs}\0${savedAnalysesGeneration()}\0`;
  } catch {
    return undefined;
  }
}

/** Loads the saved analyses of `cacheDir` (0 when none, corrupt, of another analysis or already loaded). */
export async function loadAnalyses(cacheDir: string, fingerprint = analysesFingerprint()): Promise<number> {
  try {
    const path = analysesFile(cacheDir);
    const sig = await signature(path);
    if (!sig || inMemory.has(sig + fingerprint)) return 0;
    const sealed = await readSealed(path, MAGIC);
    if ("reason" in sealed) return 0;
    const saved = deserialize(sealed.body) as Partial<SavedAnalyses> & { fingerprint?: unknown };
    if (saved?.fingerprint !== fingerprint || !Array.isArray(saved.tokens) || !Array.isArray(saved.facts) || !Array.isArray(saved.sentences) || !Array.isArray(saved.frames)) return 0;
    inMemory.add(sig + fingerprint);
    return importSavedAnalyses({ tokens: saved.tokens, facts: saved.facts, sentences: saved.sentences, frames: saved.frames });
  } catch {
    // unreadable: analysed afresh
    return 0;
  }
}

/**
 * Saves the analyses kept in memory (those loaded and those made since, the most recent
 * MAX_SAVED_ANALYSES of each kind), if any were made since the last load or save. False when
 * nothing was written (nothing new, or a read-only disk: that only costs the next check its speed).
 */
export async function saveAnalyses(cacheDir: string, fingerprint = analysesFingerprint()): Promise<boolean> {
  if (!savedAnalysesChanged()) return false;
  try {
    const path = analysesFile(cacheDir);
    await writeSealed(path, MAGIC, serialize({ fingerprint, ...exportSavedAnalyses() }));
    markSavedAnalysesWritten();
    const sig = await signature(path);
    if (sig) inMemory.add(sig + fingerprint);
    return true;
  } catch {
    return false;
  }
}
