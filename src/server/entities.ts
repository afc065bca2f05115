// Entities of the sources, grouped for the client's tree view, and passage lists for quick picks.
import type { Entity } from "../core/engine";
import type { Citation } from "../core/types";
import type { SourceSet } from "./indexing";
import type { EntitiesResult, EntityGroup, EntityKindName, PassageInfo } from "./protocol";

const GROUPS: { kind: EntityKindName; label: string }[] = [
  { kind: "person", label: "People" },
  { kind: "organisation", label: "Organisations" },
  { kind: "amount", label: "Amounts" },
  { kind: "date", label: "Dates" },
];

export function entityGroups(sets: SourceSet[], sourceUri: (set: SourceSet, file: string) => string): EntitiesResult {
  const byKind = new Map<EntityKindName, EntityGroup>(GROUPS.map((g) => [g.kind, { ...g, entities: [] }]));
  for (const set of sets) {
    let entities: Entity[];
    try {
      entities = set.engine.entities();
    } catch {
      entities = [];
    }
    for (const e of entities) {
      const group = byKind.get(e.kind);
      if (!group) continue;
      group.entities.push({
        name: e.name,
        kind: e.kind,
        aliases: e.aliases ?? [],
        roles: e.roles ?? [],
        mentions: e.mentions.map((m) => ({
          key: m.key,
          title: set.engine.unit(m.key)?.title ?? m.file,
          uri: sourceUri(set, m.file),
          range: m.range,
          excerpt: m.excerpt,
        })),
      });
    }
  }
  for (const g of byKind.values()) {
    g.entities.sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
  }
  return { groups: [...byKind.values()] };
}

export function citationPassage(c: Citation, uri: string): PassageInfo {
  return { key: c.key, title: c.title, uri, file: c.source, section: c.section, range: c.range, ...(c.page ? { page: c.page } : {}), text: c.excerpt, score: c.score };
}

/** Every sentence of every unit as a passage, in source order, at most `limit`. */
export function allPassages(set: SourceSet, sourceUri: (set: SourceSet, file: string) => string, limit: number): PassageInfo[] {
  const out: PassageInfo[] = [];
  for (const u of set.engine.units) {
    const uri = sourceUri(set, u.file);
    for (const s of u.sentences) {
      if (out.length >= limit) return out;
      out.push({ key: u.id, title: u.title, uri, file: u.file, section: u.section, range: s.range, text: s.text });
    }
  }
  return out;
}
