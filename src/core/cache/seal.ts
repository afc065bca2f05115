// The envelope of Groundwork's cache files: magic + format byte, then a SHA-256 of everything after
// it. Opening checks both: a file of another format, truncated, flipped or edited by hand is a miss
// (never wrong output). Files are read through the one bounded reader and written exclusively.
import { createHash } from "node:crypto";
import { readBoundedFile } from "../files/read";
import { writeFileAtomic } from "../files/write";

const DIGEST_BYTES = 32;
/** Larger cache files are not read (a link to a device, or a runaway file). */
export const MAX_CACHE_BYTES = 1024 * 1024 * 1024;

function digest(body: Uint8Array): Buffer {
  return createHash("sha256").update(body).digest();
}

/** Writes `body` sealed under `magic` (the last magic byte is the format version). */
export async function writeSealed(path: string, magic: Buffer, body: Uint8Array): Promise<void> {
  await writeFileAtomic(path, Buffer.concat([magic, digest(body), body]));
}

/** The body of a sealed file, or why it cannot be used ("missing" when there is none). */
export async function readSealed(path: string, magic: Buffer): Promise<{ body: Buffer } | { reason: string }> {
  const got = await readBoundedFile(path, { maxBytes: MAX_CACHE_BYTES });
  if ("skip" in got) return { reason: /missing/.test(got.skip) ? "missing" : got.skip };
  const buf = got.bytes;
  if (buf.length < magic.length + DIGEST_BYTES || !buf.subarray(0, magic.length - 1).equals(magic.subarray(0, magic.length - 1))) return { reason: "not a Groundwork cache" };
  if (buf[magic.length - 1] !== magic[magic.length - 1]) return { reason: "another cache format" };
  const body = buf.subarray(magic.length + DIGEST_BYTES);
  if (!digest(body).equals(buf.subarray(magic.length, magic.length + DIGEST_BYTES))) return { reason: "checksum mismatch" };
  return { body };
}
