// A small project shared by the cache tests: two sources and a draft that one of them contradicts.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** One supported claim ($14.3 billion) and one the sources contradict ($300 million, they say $200 million). */
export const TWO_SOURCE_DRAFT = "Meta invested $14.3 billion in Scale AI. Google planned to pay Scale $300 million this year.\n";

/** A temporary folder with project/sources/{a,b}.txt; returns the folder and the sources folder. */
export function twoSourceProject(prefix: string): { dir: string; sources: string } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const sources = join(dir, "project", "sources");
  mkdirSync(sources, { recursive: true });
  writeFileSync(join(sources, "a.txt"), "Scale AI Report\n\nMeta invested $14.3 billion in Scale AI.\n");
  writeFileSync(join(sources, "b.txt"), "Google Report\n\nGoogle planned to pay Scale $200 million this year.\n");
  return { dir, sources };
}
