// How Groundwork writes its own files (the cache folder): into a temp file created exclusively
// (O_EXCL, a random name, never through a link) beside the target, then renamed over it, so a
// crash leaves no half-written file and a link planted at a guessable name is never written through.
import { randomBytes } from "node:crypto";
import { constants, promises as fsp } from "node:fs";
import { basename, dirname, join, parse } from "node:path";

const CREATE_FLAGS = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);

/** Writes `data` to `path` atomically (see above); creates the folder if needed. Throws on failure. */
export async function writeFileAtomic(path: string, data: Uint8Array): Promise<void> {
  const dir = dirname(path);
  await makeDir(dir);
  const tmp = join(dir, `.${basename(path)}.${randomBytes(12).toString("hex")}.tmp`);
  const handle = await fsp.open(tmp, CREATE_FLAGS, 0o600);
  try {
    try {
      await handle.writeFile(data);
    } finally {
      await handle.close();
    }
    // rename replaces a link at `path` itself, never the file it points to
    await fsp.rename(tmp, path);
  } catch (err) {
    await fsp.rm(tmp, { force: true }).catch(() => undefined);
    throw err;
  }
}

/**
 * mkdir -p, one level at a time. Node's own recursive mkdir loops forever where mkdir answers
 * ENOENT for a parent that exists (under /proc); here each level is tried at most twice.
 */
export async function makeDir(dir: string): Promise<void> {
  try {
    await fsp.mkdir(dir);
    return;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "EEXIST") {
      if ((await fsp.stat(dir)).isDirectory()) return;
      throw err;
    }
    if (code !== "ENOENT" || parse(dir).root === dir || dirname(dir) === dir) throw err;
  }
  await makeDir(dirname(dir));
  await fsp.mkdir(dir).catch(async (err: NodeJS.ErrnoException) => {
    if (err.code !== "EEXIST" || !(await fsp.stat(dir)).isDirectory()) throw err;
  });
}
