// Where markdown-it stops: it parses block containers (blockquotes, lists) at most `maxNesting`
// (100) levels deep and silently skips what is deeper. A draft nested that deep is told so at the
// line where the skipped text starts, instead of its claims vanishing unchecked.
import { md } from "./parser";

const CONTAINERS = new Set(["blockquote_open", "bullet_list_open", "ordered_list_open", "list_item_open"]);
// reaching 100 levels takes at least about one prefix character per level: drafts without a line
// that long a prefix are not parsed again
const DEEP_PREFIX = /^[ \t>*+\-0-9.)]{40}/m;

export interface NestingLimit {
  /** 0-based line of the container whose content was skipped. */
  line: number;
  message: string;
}

/** The first place where the draft's nesting exceeds what is checked, or undefined. */
export function nestingLimit(markdown: string): NestingLimit | undefined {
  if (!DEEP_PREFIX.test(markdown)) return undefined;
  const max = md.options.maxNesting ?? 100;
  for (const tok of md.parse(markdown, {})) {
    if (tok.nesting === 1 && CONTAINERS.has(tok.type) && tok.level >= max - 1) {
      return { line: tok.map?.[0] ?? 0, message: `Markdown nested deeper than ${max} levels (quotes and lists): the text below that depth is not checked` };
    }
  }
  return undefined;
}
