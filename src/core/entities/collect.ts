// The entities of the sources for the tree view and `groundwork entities`: people,
// organisations, amounts and dates, each with aliases and the sentences that mention it.
import { clip } from "../text/clip";
import type { Range, SourceUnit } from "../types";
import { findNames, nameKey, type NameMention } from "./names";
import { findRoleFacts } from "./roles";
import { extractQuantities, formatQuantity } from "../quantities";

export type EntityKind = "person" | "organisation" | "amount" | "date";

export interface EntityMention {
  key: string;
  file: string;
  section?: string;
  range: Range;
  excerpt: string;
}

export interface Entity {
  name: string;
  kind: EntityKind;
  aliases: string[];
  roles?: string[];
  mentions: EntityMention[];
}

const MAX_MENTIONS = 200;
/**
 * A name followed by one of these verbs of speech ("Droege said") is a person. Narrower than
 * text/speech.ts: organisations also "announce", "call" and "report".
 */
const SPEECH = /^,?\s+(?:said|says|wrote|writes|told|added|noted|explained|explains|stated|argued)\b/;
export const ORG_HINT = /\b(?:Inc\.?|Corp\.?|Corporation|Ltd\.?|LLC|AI|Labs|Technologies|Group|Holdings|Platforms|Bank|Capital|Ventures|Partners|University|Agency|Commission|News|Times|Journal|Post)$/;

/** A title-case line ("Google Drops Scale AI: Partnership Reportedly Ending") names nothing reliably. */
function isHeadline(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /^[\p{L}]/u.test(w));
  if (words.length < 3) return false;
  const caps = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return caps / words.length > 0.6;
}

interface Acc {
  kind: EntityKind;
  forms: Map<string, number>;
  /** Role facts: "role\u0000organisation" (organisation possibly empty) -> how often. */
  roles: Map<string, number>;
  mentions: EntityMention[];
  seen: Set<string>;
  count: number;
}

/**
 * Roles as a reader wants them: each with its organisation ("CEO, Scale AI"), a role said
 * without one folded into the same role with one, a short form of an organisation ("Scale")
 * into the long one ("Scale AI"); most frequent first.
 */
export function rolesWithOrganisations(facts: Map<string, number>): string[] {
  const byRole = new Map<string, { role: string; orgs: Map<string, number>; count: number }>();
  for (const [fact, n] of facts) {
    const [role, org] = fact.split("\u0000");
    const key = role.toLowerCase();
    let entry = byRole.get(key);
    if (!entry) byRole.set(key, (entry = { role, orgs: new Map(), count: 0 }));
    entry.count += n;
    if (org) entry.orgs.set(org, (entry.orgs.get(org) ?? 0) + n);
  }
  const out: { text: string; count: number }[] = [];
  for (const { role, orgs, count } of byRole.values()) {
    const names = [...orgs.keys()];
    // "Scale" is "Scale AI" when both are said: the longer name stands for both
    const kept = names.filter((o) => !names.some((other) => other !== o && other.toLowerCase().startsWith(o.toLowerCase() + " ")));
    if (!kept.length) out.push({ text: role, count });
    else for (const o of kept) out.push({ text: `${role}, ${o}`, count: count / kept.length + (orgs.get(o) ?? 0) });
  }
  return out.sort((a, b) => b.count - a.count).map((r) => r.text);
}

export function collectEntities(units: readonly SourceUnit[]): Entity[] {
  const names = new Map<string, Acc>(); // by core key
  const personEvidence = new Set<string>();
  const lastNames = new Map<string, string>(); // last word -> full person key
  const values = new Map<string, Acc>();

  const mention = (acc: Acc, unit: SourceUnit, i: number) => {
    acc.count++;
    const id = unit.id + ":" + i;
    if (acc.seen.has(id) || acc.mentions.length >= MAX_MENTIONS) return;
    acc.seen.add(id);
    const s = unit.sentences[i];
    acc.mentions.push({ key: unit.id, file: unit.file, ...(unit.section ? { section: unit.section } : {}), range: s.range, excerpt: clip(s.text, 240) });
  };
  const accFor = (map: Map<string, Acc>, key: string, kind: EntityKind) => {
    let acc = map.get(key);
    if (!acc) map.set(key, (acc = { kind, forms: new Map(), roles: new Map(), mentions: [], seen: new Set(), count: 0 }));
    return acc;
  };

  const found: { unit: SourceUnit; i: number; n: NameMention }[] = [];
  for (const unit of units) {
    unit.sentences.forEach((s, i) => {
      if (!isHeadline(s.text)) {
        const ns = findNames(s.text).filter((n) => !n.initial || n.core.length > 1);
        for (const n of ns) {
          found.push({ unit, i, n });
          if (n.core.length >= 2 && SPEECH.test(s.text.slice(n.end, n.end + 14))) personEvidence.add(nameKey(n.core));
        }
        for (const r of findRoleFacts(s.text)) {
          const key = nameKey(r.person.core);
          personEvidence.add(key);
          const acc = accFor(names, key, "person");
          const role = `${r.modifier ? r.modifier + " " : ""}${r.role}\u0000${r.org?.text ?? ""}`;
          acc.roles.set(role, (acc.roles.get(role) ?? 0) + 1);
        }
      }
      if (/\d|percent|billion|million/i.test(s.text)) {
        for (const q of extractQuantities(s.text)) {
          if (q.vague) continue;
          const kind: EntityKind | undefined = q.kind === "money" || q.kind === "percent" ? "amount" : q.kind === "date" || q.kind === "year" ? "date" : undefined;
          if (!kind) continue;
          const display = formatQuantity(q);
          const acc = accFor(values, kind + ":" + display, kind);
          acc.forms.set(display, (acc.forms.get(display) ?? 0) + 1);
          if (q.text !== display) acc.forms.set(q.text, (acc.forms.get(q.text) ?? 0) + 0);
          mention(acc, unit, i);
        }
      }
    });
  }
  for (const key of personEvidence) {
    const words = key.split(" ");
    if (words.length >= 2) lastNames.set(words[words.length - 1], key);
  }
  for (const { unit, i, n } of found) {
    let key = nameKey(n.core);
    if (n.core.length === 1 && lastNames.has(key)) key = lastNames.get(key)!;
    const isPerson = personEvidence.has(key);
    const isOrg = !isPerson && (n.core.length === 1 || ORG_HINT.test(n.text));
    if (!isPerson && !isOrg) continue;
    const acc = accFor(names, key, isPerson ? "person" : "organisation");
    if (isPerson) acc.kind = "person";
    acc.forms.set(n.text, (acc.forms.get(n.text) ?? 0) + 1);
    mention(acc, unit, i);
  }

  const out: Entity[] = [];
  const emit = (acc: Acc, minCount: number) => {
    if (acc.count < minCount || !acc.forms.size) return;
    const forms = [...acc.forms.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length);
    // the canonical name: the longest form among the frequent ones
    const top = forms[0][1];
    const name = acc.kind === "amount" || acc.kind === "date" ? forms[0][0] : forms.filter(([, c]) => c >= Math.max(1, top / 4)).sort((a, b) => b[0].length - a[0].length)[0][0];
    out.push({ name, kind: acc.kind, aliases: forms.map(([f]) => f).filter((f) => f !== name), ...(acc.roles.size ? { roles: rolesWithOrganisations(acc.roles) } : {}), mentions: acc.mentions });
  };
  for (const acc of names.values()) emit(acc, acc.kind === "person" ? 1 : 2);
  for (const acc of values.values()) emit(acc, 1);
  const order: EntityKind[] = ["person", "organisation", "amount", "date"];
  out.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
  return out;
}
