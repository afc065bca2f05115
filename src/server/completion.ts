// Completion of citation keys after `[@` (pandoc) and `[^` (footnote), with source titles as detail.
import { CompletionItemKind, MarkupKind, type CompletionItem, type Position } from "vscode-languageserver";
import type { SourceUnit } from "../core/types";
import { escapeMarkdown } from "./hover";

/** The citation marker being typed at `pos`, if any: its kind and the key prefix typed so far. */
export function citationPrefix(lineText: string, character: number): { marker: "@" | "^"; prefix: string; start: number } | undefined {
  // The marker is near the cursor: a bounded look-back keeps a huge line from backtracking for seconds.
  const before = lineText.slice(Math.max(0, character - 1000), character);
  const m = /\[(?:[^\]]*;\s*)?([@^])([\w:.#$%&\-+?<>~/]*)$/.exec(before);
  if (!m) return undefined;
  const marker = m[1] as "@" | "^";
  const prefix = m[2] ?? "";
  return { marker, prefix, start: character - prefix.length };
}

export function completionItems(units: readonly SourceUnit[], lineText: string, pos: Position, citationKey: (unit: SourceUnit) => string = (u) => u.id): CompletionItem[] {
  const at = citationPrefix(lineText, pos.character);
  if (!at) return [];
  const after = lineText.slice(pos.character);
  const closes = after.startsWith("]");
  const seen = new Set<string>();
  const items: CompletionItem[] = [];
  for (const u of units) {
    const key = citationKey(u);
    if (seen.has(key)) continue;
    seen.add(key);
    const detail = [u.title, u.publisher].filter(Boolean).join(", ");
    const doc = [
      `**${escapeMarkdown(u.title || u.file)}**`,
      [u.author, u.publisher, u.date].filter(Boolean).map((s) => escapeMarkdown(String(s))).join(" · "),
    ]
      .filter(Boolean)
      .join("\n\n");
    items.push({
      label: key,
      kind: CompletionItemKind.Reference,
      detail,
      documentation: { kind: MarkupKind.Markdown, value: doc },
      // Match on the title too, so typing words of the title finds the key.
      filterText: `${key} ${u.title}`,
      textEdit: {
        range: { start: { line: pos.line, character: at.start }, end: pos },
        newText: closes ? key : key + "]",
      },
    });
  }
  return items;
}
