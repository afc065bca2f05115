// Regular expressions written by the user (`ignore.claims` entries such as "/^Note:/i") run on
// RE2 (the re2js port: pure JavaScript, linear time in the text), never on the backtracking
// engine, so no pattern can stall a check. RE2 has no lookaround and no backreferences: such a
// pattern is refused with a message saying so, as is a pattern too long or of unknown flags.
import { RE2JS } from "re2js";

export const MAX_USER_REGEX_LENGTH = 1000;

export interface UserRegex {
  test(text: string): boolean;
}

/** `/source/flags` written in a config, or undefined for a plain string. */
export function parseSlashRegex(text: string): { source: string; flags: string } | undefined {
  const m = /^\/(.*)\/([a-z]*)$/s.exec(text);
  return m ? { source: m[1], flags: m[2] } : undefined;
}

/** Compiles a user's regex (JavaScript syntax and flags i, m, s, u; g and y ignored), or says why not. */
export function compileUserRegex(source: string, flags = ""): UserRegex | { error: string } {
  if (source.length > MAX_USER_REGEX_LENGTH) return { error: `is longer than ${MAX_USER_REGEX_LENGTH} characters` };
  let bits = 0;
  for (const f of flags) {
    if (f === "i") bits |= RE2JS.CASE_INSENSITIVE;
    else if (f === "m") bits |= RE2JS.MULTILINE;
    else if (f === "s") bits |= RE2JS.DOTALL;
    else if (f !== "u" && f !== "g" && f !== "y") return { error: `has an unknown flag "${f}" (flags: i, m, s, u)` };
  }
  try {
    // refused by JavaScript too: the same message an editor would show
    new RegExp(source, flags.replace(/[gy]/g, ""));
  } catch (err) {
    return { error: `is not a valid regular expression (${err instanceof Error ? err.message : String(err)})` };
  }
  try {
    const re = RE2JS.compile(RE2JS.translateRegExp(source), bits);
    return { test: (text) => re.test(text) };
  } catch (err) {
    const why = err instanceof Error ? err.message.replace(/^error parsing regexp: /, "") : String(err);
    return { error: `cannot be run in linear time (${why}); lookahead, lookbehind and backreferences are not supported` };
  }
}
