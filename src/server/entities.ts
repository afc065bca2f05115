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

export function citationPassage(c: Citation, uri: string, publisher?: string): PassageInfo {
  return { key: c.key, title: c.title, ...(publisher ? { publisher } : {}), uri, file: c.source, section: c.section, range: c.range, ...(c.page ? { page: c.page } : {}), ...(c.heading ? { heading: c.heading } : {}), text: c.excerpt, score: c.score };
}

/**
 * Passages to cite for a sentence: the ones its check found first, then the sources' passages
 * ranked by relevance to it (cut where relevance falls off), each passage once.
 */
export function rankedPassages(set: SourceSet, citations: readonly Citation[], text: string, sourceUri: (set: SourceSet, file: string) => string): PassageInfo[] {
  const out: PassageInfo[] = [];
  const seen = new Set<string>();
  const add = (p: PassageInfo) => {
    const id = `${p.key}:${p.range.start.line}:${p.range.start.character}`;
    if (seen.has(id)) return;
    seen.add(id);
    out.push(p);
  };
  for (const c of citations) add(citationPassage(c, sourceUri(set, c.source), set.engine.unit(c.key)?.publisher));
  for (const p of set.engine.relevantPassages(text)) {
    const u = p.unit;
    add({ key: u.id, title: u.title, ...(u.publisher ? { publisher: u.publisher } : {}), uri: sourceUri(set, u.file), file: u.file, section: u.section, range: p.sentence.range, text: p.sentence.text, score: p.score });
  }
  return out;
}

/** One passage per article (its first sentence of some length), to pick a source by its title. */
export function unitPassages(set: SourceSet, sourceUri: (set: SourceSet, file: string) => string, limit: number): PassageInfo[] {
  const out: PassageInfo[] = [];
  for (const u of set.engine.units) {
    if (out.length >= limit) break;
    const s = u.sentences.find((x) => x.text.trim().split(/\s+/).length >= 5) ?? u.sentences[0];
    if (!s) continue;
    out.push({ key: u.id, title: u.title, ...(u.publisher ? { publisher: u.publisher } : {}), uri: sourceUri(set, u.file), file: u.file, section: u.section, range: s.range, text: s.text });
  }
  return out;
}
