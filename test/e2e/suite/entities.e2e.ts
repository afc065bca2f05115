// The entity tree, through the extension's exported API (the provider behind the Entities view).
import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import { api, openDraft } from "./helpers";

export default function (): void {
  suite("entity tree", () => {
    test("groups People, Organisations, Amounts, Dates with the sample's entities", async () => {
      await openDraft();
      const gw = await api();
      if (!gw.entityTree.groups.some((g) => g.entities.length)) await gw.entityTree.refresh();
      const groups = gw.entityTree.groups;
      assert.deepEqual(groups.map((g) => g.label), ["People", "Organisations", "Amounts", "Dates"]);
      const names = (kind: string) => groups.find((g) => g.kind === kind)!.entities.flatMap((e) => [e.name, ...e.aliases]);
      const people = names("person");
      for (const p of ["Alexandr Wang", "Jason Droege"]) assert.ok(people.includes(p), `${p} among people: ${people.slice(0, 30).join(", ")}`);
      const orgs = names("organisation");
      for (const o of ["Meta", "Google", "OpenAI"]) assert.ok(orgs.some((n) => n === o || n.startsWith(o + " ")), `${o} among organisations: ${orgs.slice(0, 30).join(", ")}`);
      assert.ok(orgs.some((n) => /^Scale( AI)?$/.test(n)), `Scale AI among organisations: ${orgs.slice(0, 30).join(", ")}`);
      const amounts = names("amount");
      assert.ok(amounts.some((a) => /14\.3 billion/.test(a)), `$14.3 billion among amounts: ${amounts.slice(0, 30).join(", ")}`);
      for (const g of groups) for (const e of g.entities) assert.ok(e.mentions.length >= 1, `${e.name} has mentions`);
    });

    test("roles: Jason Droege is known with his role from the sources", async () => {
      const gw = await api();
      const droege = gw.entityTree.groups.flatMap((g) => g.entities).find((e) => e.name === "Jason Droege");
      assert.ok(droege);
      assert.ok(droege.roles.some((r) => /CEO|chief/i.test(r)), `roles: ${droege.roles.join(", ")}`);
    });

    test("tree items: groups with counts, entities with mention counts, mentions that open the source", async () => {
      const gw = await api();
      const roots = gw.entityTree.getChildren();
      assert.equal(roots.length, 4);
      const people = roots.map((n) => ({ n, item: gw.entityTree.getTreeItem(n) })).find((x) => x.item.label === "People");
      assert.ok(people);
      assert.match(String(people.item.description), /^[1-9]\d*$/);
      const [first] = gw.entityTree.getChildren(people.n);
      assert.ok(first, "a person");
      const item = gw.entityTree.getTreeItem(first);
      assert.match(String(item.description), /^[1-9]/);
      const [mention] = gw.entityTree.getChildren(first);
      const mi = gw.entityTree.getTreeItem(mention);
      assert.equal(mi.command?.command, "groundwork.openMention");
      assert.match(vscode.Uri.parse((mi.command!.arguments![0] as { uri: string }).uri).path, /\/sources\//);
    });
  });
}
