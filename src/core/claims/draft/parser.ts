// The one markdown-it instance: the block parse and the inline walk must agree on its options
// (raw HTML on, so ignore comments arrive as html tokens; no linkify or typographer, so the
// tokens' text stays a copy of the draft's).

import MarkdownIt from "markdown-it";

export type Token = import("markdown-it").Token;

export const md = new MarkdownIt({ html: true, linkify: false, typographer: false });
