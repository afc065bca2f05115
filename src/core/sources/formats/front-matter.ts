// Front matter of Markdown sources: most is a few `key: value` lines, which the yaml library
// takes about half a millisecond each to parse (a folder of 1,000 notes: half a second). Those
// are read here directly; anything else goes to the library. The direct reading takes only lines
// whose value the library reads as the same string (its core schema: no null, boolean or number
// look-alikes, no escapes, comments, anchors, tags, block scalars or flow collections).

import YAML from "yaml";

const LINE = /^([A-Za-z][A-Za-z0-9_]*): (.+)$/;
/** Characters no value taken here may contain: controls (tab too), and line breaks other than \n. */
const FORBIDDEN = /[\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff]/;
/** What a plain scalar may not start with (YAML indicators), or contain (a comment, a key). */
const PLAIN_START = /^[-?:,[\]{}#&*!|>'"%@`]/;
/** Plain scalars the core schema reads as null, a boolean or a number. */
const NOT_STRING = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

/** The value of one line's scalar, when it is one of the simple kinds above. */
function simpleValue(v: string): string | undefined {
  if (v !== v.trim() || FORBIDDEN.test(v)) return undefined;
  if (v.startsWith('"')) return /^"([^"\\]*)"$/.exec(v)?.[1];
  if (v.startsWith("'")) return /^'([^']*)'$/.exec(v)?.[1];
  if (PLAIN_START.test(v) || v.includes("#") || v.includes(": ") || v.endsWith(":") || NOT_STRING.test(v)) return undefined;
  return v;
}

/** `key: value` lines read directly, or undefined for anything else. */
export function simpleFrontMatter(yaml: string): Record<string, string> | undefined {
  const lines = yaml.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  if (lines.length === 0) return undefined;
  const out: Record<string, string> = {};
  for (const line of lines) {
    const m = LINE.exec(line);
    if (!m) return undefined;
    const key = m[1]!;
    const value = simpleValue(m[2]!);
    if (value === undefined || key === "__proto__" || NOT_STRING.test(key) || Object.prototype.hasOwnProperty.call(out, key)) return undefined;
    out[key] = value;
  }
  return out;
}

/** The front matter's data, as YAML.parse gives it (which throws where it does). */
export function parseFrontMatter(yaml: string): unknown {
  return simpleFrontMatter(yaml) ?? YAML.parse(yaml);
}
