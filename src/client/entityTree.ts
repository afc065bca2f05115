// The entity tree: People, Organisations, Amounts, Dates, each entity's mentions in the sources.
import * as vscode from "vscode";
import type { EntitiesResult, EntityGroup, EntityInfo, EntityMentionInfo } from "../server/protocol";
import { shorten } from "../core/text/clip";

export type EntityNode =
  | { type: "group"; group: EntityGroup }
  | { type: "entity"; entity: EntityInfo }
  | { type: "mention"; entity: EntityInfo; mention: EntityMentionInfo };

export const OPEN_MENTION_COMMAND = "groundwork.openMention";

/**
 * Opens a mention's source with the sentence selected and its start in the middle of the screen:
 * the cursor is put at the start (selection end to start), so that a long line scrolls to where
 * the sentence begins, not to where it ends.
 */
export async function openMention(m: EntityMentionInfo): Promise<vscode.TextEditor> {
  const start = new vscode.Position(m.range.start.line, m.range.start.character);
  const end = new vscode.Position(m.range.end.line, m.range.end.character);
  const editor = await vscode.window.showTextDocument(vscode.Uri.parse(m.uri), { preview: true, selection: new vscode.Range(start, start) });
  editor.selection = new vscode.Selection(end, start);
  editor.revealRange(new vscode.Range(start, start), vscode.TextEditorRevealType.InCenter);
  return editor;
}

const GROUP_ICON: Record<string, string> = { person: "person", organisation: "organization", amount: "symbol-number", date: "calendar" };


export class EntityTreeProvider implements vscode.TreeDataProvider<EntityNode> {
  private readonly changed = new vscode.EventEmitter<EntityNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private data: EntitiesResult = { groups: [] };
  private loading?: Promise<void>;

  constructor(private readonly fetch: () => Promise<EntitiesResult>) {}

  /** Fetch the entities again from the server and redraw. */
  refresh(): Promise<void> {
    this.loading = this.fetch()
      .then((d) => {
        this.data = d ?? { groups: [] };
      })
      .catch(() => {
        this.data = { groups: [] };
      })
      .finally(() => this.changed.fire(undefined));
    return this.loading;
  }

  get groups(): EntityGroup[] {
    return this.data.groups;
  }

  /** Every entity, all groups together. */
  allEntities(): EntityInfo[] {
    return this.data.groups.flatMap((g) => g.entities);
  }

  getTreeItem(node: EntityNode): vscode.TreeItem {
    if (node.type === "group") {
      const item = new vscode.TreeItem(node.group.label, node.group.entities.length ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
      item.description = String(node.group.entities.length);
      item.iconPath = new vscode.ThemeIcon(GROUP_ICON[node.group.kind] ?? "symbol-misc");
      item.contextValue = "groundwork.entityGroup";
      item.id = `group:${node.group.kind}`;
      return item;
    }
    if (node.type === "entity") {
      const e = node.entity;
      const item = new vscode.TreeItem(e.name, e.mentions.length ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
      const extra = [e.roles[0], e.aliases.length ? `aka ${e.aliases.slice(0, 2).join(", ")}` : ""].filter(Boolean).join(" · ");
      item.description = `${e.mentions.length}${extra ? " · " + extra : ""}`;
      item.tooltip = [e.name, ...e.roles, e.aliases.length ? `Also: ${e.aliases.join(", ")}` : "", `${e.mentions.length} mention(s)`].filter(Boolean).join("\n");
      item.contextValue = "groundwork.entity";
      item.id = `entity:${e.kind}:${e.name}`;
      return item;
    }
    const m = node.mention;
    const item = new vscode.TreeItem(shorten(m.excerpt, 90), vscode.TreeItemCollapsibleState.None);
    item.description = m.title;
    item.tooltip = new vscode.MarkdownString().appendText(`${m.title}\n\n${m.excerpt}`);
    item.iconPath = new vscode.ThemeIcon("quote");
    item.contextValue = "groundwork.mention";
    item.command = { command: OPEN_MENTION_COMMAND, title: "Open source", arguments: [m] };
    return item;
  }

  getChildren(node?: EntityNode): EntityNode[] {
    if (!node) return this.data.groups.map((group) => ({ type: "group", group }));
    if (node.type === "group") return node.group.entities.map((entity) => ({ type: "entity", entity }));
    if (node.type === "entity") return node.entity.mentions.map((mention) => ({ type: "mention", entity: node.entity, mention }));
    return [];
  }
}
