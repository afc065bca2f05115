// Scratch buffers reused across blocks (allocation of many small typed arrays dominates otherwise),
// and the character helpers the inline walk and the sentence builder share.

const pool: { [k in "cmap" | "cis" | "pci"]: Int32Array } & { [k in "codes" | "pc"]: Uint16Array } = {
  cmap: new Int32Array(1024),
  cis: new Int32Array(1024),
  pci: new Int32Array(1024),
  codes: new Uint16Array(1024),
  pc: new Uint16Array(1024),
};

/** A shared Int32Array of at least n units (its contents are whatever the last user left). */
export function buf32(name: "cmap" | "cis" | "pci", n: number): Int32Array {
  if (pool[name].length < n) pool[name] = new Int32Array(Math.max(n, pool[name].length * 2));
  return pool[name];
}

/** A shared Uint16Array of at least n units (its contents are whatever the last user left). */
export function buf16(name: "codes" | "pc", n: number): Uint16Array {
  if (pool[name].length < n) pool[name] = new Uint16Array(Math.max(n, pool[name].length * 2));
  return pool[name];
}

export function isWs(c: string | undefined): boolean {
  return c === " " || c === "\t" || c === "\n" || c === "\r" || c === "\f" || c === "\v" || c === "\u00a0";
}

/** The string of the first n UTF-16 units, built in slices (apply has an argument limit). */
export function fromCodes(codes: Uint16Array, n: number): string {
  let out = "";
  for (let i = 0; i < n; i += 8192) out += String.fromCharCode.apply(null, codes.subarray(i, Math.min(n, i + 8192)) as unknown as number[]);
  return out;
}
