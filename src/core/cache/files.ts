// What the cache needs from the sources module: the folder's source files (with size and mtime,
// so unchanged files are not even read), their decoding and the parser for one file. The walk is
// the sources loader's own (`listSourceFiles`), so a folder loaded through the cache gives what a
// fresh load gives.
import * as sources from "../sources";
import type { DocumentInfo } from "../sources";
import type { SourceUnit } from "../types";

export { listSourceFiles } from "../sources";
export type { ListOptions, ListedFile, Listing } from "../sources";

/** Parses one file (text already decoded or extracted, BOM stripped). */
export function parseFile(rel: string, text: string, absPath: string, doc?: DocumentInfo): SourceUnit[] {
  return sources.parseSource(rel, text, absPath, doc);
}

/** A file's text: decoded, or extracted for a PDF or Word file (by its extension). */
export function decodeFile(rel: string, buf: Uint8Array): Promise<sources.ExtractedSource | { error: string }> {
  return sources.extractSource(rel, buf);
}
