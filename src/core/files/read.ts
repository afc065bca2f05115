// The one way Groundwork reads a file it did not write itself (sources, drafts found in the
// workspace, groundwork.json, its own cache files): regular files only, at most `maxBytes` bytes
// whatever `stat` says (a device reports size 0), never blocking (a FIFO is refused, not waited
// on), and, when `within` is given, only if the file really lies inside one of those folders
// (links resolved, checked on the opened file itself). A file that cannot be read is a reason,
// never an exception: `path -> { bytes } | { skip }`.
import { close, closeSync, constants, fstat, fstatSync, open, openSync, promises as fsp, read, readlink, readlinkSync, readSync, realpathSync, stat, statSync, type Stats } from "node:fs";
import { isInsideAny } from "./contain";

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

export interface ReadOptions {
  /** Larger files are refused (default 50 MB). */
  maxBytes?: number;
  /** Real paths (links resolved) of the folders the file must lie in; any folder when undefined. */
  within?: readonly string[];
  /**
   * The caller has just stat'ed `path` and found a regular file (the sources loader's listing):
   * the stat before opening is left out. What is opened is checked all the same.
   */
  listedAsRegular?: boolean;
}

export type ReadResult = { bytes: Buffer } | { skip: string };

/** Why a path outside the allowed folders is not read. */
export const OUTSIDE_WORKSPACE = "outside the workspace folders (Restricted Mode)";

// O_NONBLOCK: opening a FIFO never waits for a writer; O_NOCTTY: a terminal never becomes ours
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

/** The reason shown for a file that cannot be read. */
export function reasonOf(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === "EACCES" || code === "EPERM") return "unreadable (permission denied)";
  if (code === "ENOENT") return "unreadable (missing or broken link)";
  if (code === "EISDIR") return "unreadable (is a directory)";
  if (code === "ELOOP") return "unreadable (link loop)";
  return `unreadable (${code ?? (err instanceof Error ? err.message : String(err))})`;
}

/** Why a file of this type is not read, or undefined for a regular file. */
export function notRegularReason(st: Stats): string | undefined {
  if (st.isFile()) return undefined;
  const kind = st.isFIFO() ? "a FIFO" : st.isCharacterDevice() ? "a character device" : st.isBlockDevice() ? "a block device" : st.isSocket() ? "a socket" : st.isDirectory() ? "a directory" : "of an unknown type";
  return `not a regular file (${kind})`;
}

export function tooLargeReason(bytes: number, maxBytes: number): string {
  return `too large (over ${maxBytes} bytes${bytes > maxBytes ? `: ${bytes}` : ""})`;
}

/** Reads `path` under the rules above (see the module comment). */
export async function readBoundedFile(path: string, opts: ReadOptions = {}): Promise<ReadResult> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  let fd: number;
  try {
    // refused before opening: opening a device can have effects of its own (a caller that has
    // just found a regular file there says so, and the opened file is checked below anyway)
    if (!opts.listedAsRegular) {
      const before = notRegularReason(await call<Stats>((done) => stat(path, done)));
      if (before) return { skip: before };
    }
    fd = await call<number>((done) => open(path, OPEN_FLAGS, done));
  } catch (err) {
    return { skip: reasonOf(err) };
  }
  try {
    // checked again on what was opened: the path may have been swapped in between
    const st = await call<Stats>((done) => fstat(fd, done));
    const refused = notRegularReason(st) ?? (st.size > maxBytes ? tooLargeReason(st.size, maxBytes) : undefined);
    if (refused) return { skip: refused };
    if (opts.within && !isInsideAny(await openedPath(fd, path), opts.within)) return { skip: OUTSIDE_WORKSPACE };
    let buf = Buffer.allocUnsafe(Math.min(maxBytes + 1, st.size + 1));
    let total = 0;
    for (;;) {
      if (total === buf.length) {
        if (total > maxBytes) return { skip: tooLargeReason(total, maxBytes) };
        const grown = Buffer.allocUnsafe(Math.min(maxBytes + 1, buf.length * 2 + 65536));
        buf.copy(grown, 0, 0, total);
        buf = grown;
      }
      const into = buf;
      const bytesRead = await call<number>((done) => read(fd, into, total, into.length - total, null, done));
      if (bytesRead === 0) break;
      total += bytesRead;
    }
    return { bytes: buf.subarray(0, total) };
  } catch (err) {
    return { skip: reasonOf(err) };
  } finally {
    await new Promise<void>((resolve) => close(fd, () => resolve()));
  }
}

/**
 * One call of node:fs's callback API as a promise. The callback API, not fs.promises: its
 * FileHandle objects cost several times more per file than the system calls themselves.
 */
function call<T>(start: (done: (err: NodeJS.ErrnoException | null, value: T) => void) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => start((err, value) => (err ? reject(err) : resolve(value))));
}

/** The same for callers that cannot wait (groundwork.json is read synchronously). */
export function readBoundedFileSync(path: string, opts: ReadOptions = {}): ReadResult {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  let fd: number;
  try {
    const before = notRegularReason(statSync(path));
    if (before) return { skip: before };
    fd = openSync(path, OPEN_FLAGS);
  } catch (err) {
    return { skip: reasonOf(err) };
  }
  try {
    const st = fstatSync(fd);
    const refused = notRegularReason(st) ?? (st.size > maxBytes ? tooLargeReason(st.size, maxBytes) : undefined);
    if (refused) return { skip: refused };
    if (opts.within && !isInsideAny(openedPathSync(fd, path), opts.within)) return { skip: OUTSIDE_WORKSPACE };
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(maxBytes + 1 - total, Math.max(st.size + 1, 65536)));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > maxBytes) return { skip: tooLargeReason(total, maxBytes) };
    }
    return { bytes: Buffer.concat(chunks, total) };
  } catch (err) {
    return { skip: reasonOf(err) };
  } finally {
    closeSync(fd);
  }
}

/** The real path of an open file: what /proc says the descriptor is (Linux), else the path resolved now. */
async function openedPath(fd: number, path: string): Promise<string> {
  try {
    return await call<string>((done) => readlink(`/proc/self/fd/${fd}`, done));
  } catch {
    return fsp.realpath(path);
  }
}

function openedPathSync(fd: number, path: string): string {
  try {
    return readlinkSync(`/proc/self/fd/${fd}`);
  } catch {
    return realpathSync(path);
  }
}
