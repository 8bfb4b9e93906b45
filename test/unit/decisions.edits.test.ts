// The edit builders: each decision becomes a minimal edit to crosscheck.json that keeps the user's comments
// and layout, gives a valid file that holds the decision, does nothing the second time, and never touches a
// file that is broken.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { applyEdits } from "jsonc-parser";
import {
  EditResult,
  EntityRef,
  changeKindEdit,
  confirmEntityEdit,
  distinctEdit,
  ignoreConflictEdit,
  markAsEntityEdit,
  mergeEntitiesEdit,
  notEntityEdit,
  setRuleEdit,
  splitSpellingEdit,
} from "../../server/src/decisions/edits";
import { validateDecisionsText } from "../../server/src/decisions/validate";
import { Decisions } from "../../server/src/analysis/types";

const FILE = `// Harbour strike desk: decisions shared with CI
{
  "entities": [
    // the union leader
    { "name": "Tomas Brandt", "kind": "person", "aliases": ["Brandt"] },
    {
      "name": "Port Vella",
      "kind": "place",
      "aliases": ["Vella"] /* the town, not the river */
    }
  ],
  "rules": { "figure.difference": "off" } // noisy on this desk
}
`;

const COMMENTS = ["// Harbour strike desk: decisions shared with CI", "// the union leader", "/* the town, not the river */", "// noisy on this desk"];

const brandt: EntityRef = { name: "Tomas Brandt", kind: "person", spellings: ["Tomas Brandt", "Brandt"] };
const tomasz: EntityRef = { name: "Tomasz Brandt", kind: "person", spellings: ["Tomasz Brandt", "T. Brandt"] };
const vella: EntityRef = { name: "Port Vella", kind: "place", spellings: ["Port Vella", "Vella"] };

/** Applies a builder's edit, checks what every edit must satisfy, and returns the new text and decisions. */
function apply(text: string, result: EditResult, removedComments: string[] = []): { text: string; decisions: Decisions } {
  assert.ok(result.ok, result.ok ? "" : result.reason);
  const after = applyEdits(text, result.edits);
  assert.equal(after, result.text);
  const { decisions, problems } = validateDecisionsText(after);
  assert.ok(decisions, `the edited file is valid: ${JSON.stringify(problems)}\n${after}`);
  assert.deepEqual(problems, [], after);
  for (const c of COMMENTS) if (text.includes(c) && !removedComments.includes(c)) assert.ok(after.includes(c), `comment kept: ${c}\n${after}`);
  assert.ok(result.edits.length <= 1, "one edit");
  return { text: after, decisions };
}

/** The builder gives no change when run again on its own result. */
function assertIdempotent(text: string, build: (t: string) => EditResult): void {
  const again = build(text);
  assert.ok(again.ok);
  assert.equal(again.changed, false, `the second run changes nothing:\n${again.ok ? again.text : ""}`);
}

describe("decision edits", () => {
  it("merge: one confirmed entity with every spelling, as an insertion into the existing aliases line", () => {
    const build = (t: string) => mergeEntitiesEdit(t, [brandt, tomasz]);
    const r = build(FILE);
    const { text, decisions } = apply(FILE, r);
    assert.deepEqual(decisions.entities[0], { name: "Tomas Brandt", kind: "person", aliases: ["Brandt", "Tomasz Brandt", "T. Brandt"] });
    assert.ok(r.ok && r.edits[0].length === 0, "a pure insertion");
    assert.match(text, /\{ "name": "Tomas Brandt", "kind": "person", "aliases": \["Brandt", "Tomasz Brandt", "T. Brandt"\] \},\n/, "the one-line entry stays on one line");
    assertIdempotent(text, build);
  });

  it("merge: folds two confirmed entities into one and lifts a distinct group between them", () => {
    const start = `{
  "entities": [
    { "name": "Tomas Brandt", "kind": "person", "aliases": [] },
    { "name": "Tomasz Brandt", "kind": "person", "aliases": ["T. Brandt"] }
  ],
  "distinct": [["Tomas Brandt", "Tomasz Brandt"], ["Tomas Brandt", "Lena Brandt", "T. Brandt"]]
}`;
    const { decisions } = apply(start, mergeEntitiesEdit(start, [brandt, tomasz]));
    assert.equal(decisions.entities.length, 1);
    assert.deepEqual(new Set([decisions.entities[0].name, ...decisions.entities[0].aliases]), new Set(["Tomas Brandt", "Brandt", "Tomasz Brandt", "T. Brandt"]));
    assert.deepEqual(decisions.distinct, [["Tomas Brandt", "Lena Brandt"]]);
  });

  it("split into its own entity: a distinct group, and the spelling leaves the confirmed aliases", () => {
    const build = (t: string) => splitSpellingEdit(t, "Brandt", brandt);
    const { text, decisions } = apply(FILE, build(FILE));
    assert.deepEqual(decisions.entities[0].aliases, []);
    assert.deepEqual(decisions.distinct, [["Tomas Brandt", "Brandt"]]);
    assertIdempotent(text, build);
  });

  it("split into another existing entity: it becomes that entity's confirmed alias", () => {
    const lena: EntityRef = { name: "Lena Brandt", kind: "person", spellings: ["Lena Brandt"] };
    const { decisions } = apply(FILE, splitSpellingEdit(FILE, "Brandt", brandt, lena));
    assert.deepEqual(decisions.entities.find((e) => e.name === "Lena Brandt"), { name: "Lena Brandt", kind: "person", aliases: ["Brandt"] });
    assert.deepEqual(decisions.entities[0].aliases, []);
    assert.deepEqual(decisions.distinct, [["Tomas Brandt", "Brandt"]]);
  });

  it("split the display spelling off keeps it apart from the entity's other spelling", () => {
    const { decisions } = apply(FILE, splitSpellingEdit(FILE, "Tomas Brandt", brandt));
    assert.deepEqual(decisions.distinct, [["Brandt", "Tomas Brandt"]]);
    const only: EntityRef = { name: "Lena Brandt", kind: "person", spellings: ["Lena Brandt"] };
    const refused = splitSpellingEdit(FILE, "Lena Brandt", only);
    assert.equal(refused.ok, false);
  });

  it("not an entity: appended as a new section, removed from confirmed aliases", () => {
    const build = (t: string) => notEntityEdit(t, "Vella");
    const { text, decisions } = apply(FILE, build(FILE));
    assert.deepEqual(decisions.notEntities, [{ text: "Vella" }]);
    assert.deepEqual(decisions.entities[1].aliases, []);
    assertIdempotent(text, build);
    const kinded = apply(FILE, notEntityEdit(FILE, "Harbour", "organization")).decisions;
    assert.deepEqual(kinded.notEntities, [{ text: "Harbour", kind: "organization" }]);
  });

  it("change kind: only the kind's value changes", () => {
    const build = (t: string) => changeKindEdit(t, vella, "organization");
    const r = build(FILE);
    const { text, decisions } = apply(FILE, r);
    assert.equal(decisions.entities[1].kind, "organization");
    assert.ok(r.ok && r.edits[0].offset > FILE.indexOf(`"kind": "place"`) && r.edits[0].offset < FILE.indexOf(`"aliases": ["Vella"]`));
    assertIdempotent(text, build);
  });

  it("mark as: a new confirmed entity, and a notEntities entry for the string is lifted", () => {
    const withNot = apply(FILE, notEntityEdit(FILE, "Harbour Board")).text;
    const build = (t: string) => markAsEntityEdit(t, "Harbour Board", "organization");
    const { text, decisions } = apply(withNot, build(withNot));
    assert.deepEqual(decisions.notEntities, []);
    assert.deepEqual(decisions.entities[2], { name: "Harbour Board", kind: "organization", aliases: [] });
    assertIdempotent(text, build);
  });

  it("ignore conflict: keyed by quantity and claim texts; a covered conflict is not added twice", () => {
    const key = { quantity: "workers on strike", claims: ["about 2,500", "3,000"] };
    const build = (t: string) => ignoreConflictEdit(t, key);
    const { text, decisions } = apply(FILE, build(FILE));
    assert.deepEqual(decisions.ignoredConflicts, [{ quantity: "workers on strike", claims: ["about 2,500", "3,000"] }]);
    assertIdempotent(text, build);
    assertIdempotent(text, (t) => ignoreConflictEdit(t, { quantity: "Workers on strike", claims: ["3,000"] }));
  });

  it("confirm: an entity with all its spellings", () => {
    const build = (t: string) => confirmEntityEdit(t, { name: "Lena Brandt", kind: "person", aliases: ["L. Brandt"], description: "port director" });
    const { text, decisions } = apply(FILE, build(FILE));
    assert.deepEqual(decisions.entities[2], { name: "Lena Brandt", kind: "person", aliases: ["L. Brandt"], description: "port director" });
    assertIdempotent(text, build);
  });

  it("distinct: a new group; a confirmed entity joining two of the names gives one up", () => {
    const build = (t: string) => distinctEdit(t, ["Tomas Brandt", "Brandt"]);
    const { text, decisions } = apply(FILE, build(FILE));
    assert.deepEqual(decisions.distinct, [["Tomas Brandt", "Brandt"]]);
    assert.deepEqual(decisions.entities[0].aliases, []);
    assertIdempotent(text, build);
  });

  it("rules: sets one rule's severity in place", () => {
    const { decisions } = apply(FILE, setRuleEdit(FILE, "figure.conflict", "error"));
    assert.deepEqual(decisions.rules, { "figure.difference": "off", "figure.conflict": "error" });
  });

  it("starts an empty or missing file as a small, formatted JSON object", () => {
    const { text, decisions } = apply("", notEntityEdit("", "Harbour"));
    assert.equal(text, `{\n  "notEntities": [\n    { "text": "Harbour" }\n  ]\n}\n`);
    assert.deepEqual(decisions.notEntities, [{ text: "Harbour" }]);
  });

  it("keeps CRLF line ends and tab indentation", () => {
    const crlf = `{\r\n\t"entities": [\r\n\t\t{ "name": "Port Vella", "kind": "place" }\r\n\t]\r\n}\r\n`;
    const { text } = apply(crlf, markAsEntityEdit(crlf, "Sela", "place"));
    assert.ok(!/[^\r]\n/.test(text), `only CRLF:\n${JSON.stringify(text)}`);
    assert.match(text, /\r\n\t\t\{ "name": "Sela", "kind": "place", "aliases": \[\] \}\r\n\t\]/);
  });

  it("not an entity on a confirmed name: the next alias becomes the name; a lone name's entry goes with its comment", () => {
    const renamed = apply(FILE, notEntityEdit(FILE, "Tomas Brandt"));
    assert.deepEqual(renamed.decisions.entities[0], { name: "Brandt", kind: "person", aliases: [] });
    const { text } = apply(renamed.text, notEntityEdit(renamed.text, "Brandt"), ["// the union leader"]);
    assert.ok(!text.includes("the union leader"), text);
    assert.ok(text.includes(`  "entities": [\n    {\n      "name": "Port Vella",`), text);
    assert.ok(text.includes(`"rules": { "figure.difference": "off" }, // noisy on this desk`), text);
  });

  it("never edits a file that does not parse or validate", () => {
    const broken = FILE.replace(`"kind": "place",`, `"kind": "place"`);
    for (const r of [notEntityEdit(broken, "X"), mergeEntitiesEdit(broken, [brandt, tomasz]), ignoreConflictEdit(broken, { quantity: "q", claims: ["1"] })]) {
      assert.equal(r.ok, false);
      assert.match(r.ok ? "" : r.reason, /has an error at line 9, column \d+ .*fix it before making a decision/);
    }
    const wrongType = `{ "entities": [{ "name": "X", "kind": "persn" }] }`;
    assert.equal(notEntityEdit(wrongType, "Y").ok, false);
  });

  it("keeps unicode names intact (combining marks, right-to-left, emoji)", () => {
    const names = ["Zoë Åström", "Ольга Ивановна", "מרים כהן", "Tomáš 🙂 Brandt"];
    let text = "{}";
    for (const n of names) text = apply(text, markAsEntityEdit(text, n, "person")).text;
    const { decisions } = validateDecisionsText(text);
    assert.deepEqual(decisions?.entities.map((e) => e.name), names);
  });
});
