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

export function completionItems(units: readonly SourceUnit[], lineText: string, pos: Position): CompletionItem[] {
  const at = citationPrefix(lineText, pos.character);
  if (!at) return [];
  const after = lineText.slice(pos.character);
  const closes = after.startsWith("]");
  const seen = new Set<string>();
  const items: CompletionItem[] = [];
  for (const u of units) {
    if (seen.has(u.id)) continue;
    seen.add(u.id);
    const detail = [u.title, u.section].filter(Boolean).join(" ");
    const doc = [
      `**${escapeMarkdown(u.title || u.file)}**`,
      [u.author, u.publisher, u.date].filter(Boolean).map((s) => escapeMarkdown(String(s))).join(" · "),
      escapeMarkdown(u.file + (u.section ? " " + u.section : "")),
    ]
      .filter(Boolean)
      .join("\n\n");
    items.push({
      label: u.id,
      kind: CompletionItemKind.Reference,
      detail,
      documentation: { kind: MarkupKind.Markdown, value: doc },
      // Match on the title too, so typing words of the title finds the key.
      filterText: `${u.id} ${u.title}`,
      textEdit: {
        range: { start: { line: pos.line, character: at.start }, end: pos },
        newText: closes ? u.id : u.id + "]",
      },
    });
  }
  return items;
}
