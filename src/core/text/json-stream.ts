// JSON.stringify(value, null, indent), written in pieces: the CLI's output for a draft of 100,000
// claims is larger than the longest string JavaScript can build ("Invalid string length"), so the
// text is produced walking the value and handed to `write` about a megabyte at a time. The result
// is byte for byte what JSON.stringify gives (undefined and functions left out of objects, null in
// arrays, toJSON honoured).

const CHUNK = 1 << 20;

export function writeJsonInPieces(value: unknown, write: (chunk: string) => void, indent = 1): void {
  let buf = "";
  const pad = (depth: number) => "\n" + " ".repeat(indent * depth);
  const skipped = (v: unknown) => v === undefined || typeof v === "function" || typeof v === "symbol";
  const walk = (input: unknown, depth: number): void => {
    let v = input;
    if (v && typeof (v as { toJSON?: unknown }).toJSON === "function") v = (v as { toJSON: () => unknown }).toJSON();
    if (Array.isArray(v)) {
      if (v.length === 0) {
        buf += "[]";
        return;
      }
      buf += "[";
      for (let i = 0; i < v.length; i++) {
        buf += (i ? "," : "") + pad(depth + 1);
        if (skipped(v[i])) buf += "null";
        else walk(v[i], depth + 1);
        if (buf.length >= CHUNK) {
          write(buf);
          buf = "";
        }
      }
      buf += pad(depth) + "]";
    } else if (v !== null && typeof v === "object") {
      const keys = Object.keys(v).filter((k) => !skipped((v as Record<string, unknown>)[k]));
      if (keys.length === 0) {
        buf += "{}";
        return;
      }
      buf += "{";
      keys.forEach((k, i) => {
        buf += (i ? "," : "") + pad(depth + 1) + JSON.stringify(k) + ": ";
        walk((v as Record<string, unknown>)[k], depth + 1);
      });
      buf += pad(depth) + "}";
    } else buf += JSON.stringify(v) ?? "null";
  };
  walk(value, 0);
  write(buf);
}
