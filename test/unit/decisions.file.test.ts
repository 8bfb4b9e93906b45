// crosscheck.json: finding it, parsing JSONC, validating with positions, and keeping the last good state
// whatever the file holds (syntax errors, unknown keys, wrong types, a huge file, a half-written file).
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { ENTITY_KEYS, ENTITY_KINDS, MAX_DECISIONS_BYTES, RULE_SETTINGS, TOP_KEYS, lineAndColumn, validateDecisionsText } from "../../server/src/decisions/validate";
import { RULE_INFO } from "../../server/src/analysis/rules";
import { DecisionsFile, decodeDecisions, findDecisionsFile, loadDecisions, readDecisionsFile } from "../../server/src/decisions/file";

const GOOD = `// Decisions for the harbour strike coverage
{
  "$schema": "./schema/crosscheck.schema.json",
  "entities": [
    { "name": "Tomas Brandt", "kind": "person", "aliases": ["Brandt", "Tomáš Brandt"], "wikidata": "Q4115189" },
    { "name": "Port Vella", "kind": "place" }, // aliases are optional
  ],
  "distinct": [["Tomas Brandt", "Lena Brandt"]],
  "notEntities": [{ "text": "Harbour" }, { "text": "Dock", "kind": "place" }],
  "ignoredConflicts": [{ "quantity": "workers on strike", "claims": ["3,000", "about 2,500"] }],
  "rules": { "figure.difference": "off", "name.misspelling": "hint" },
}
`;

const at = (text: string, offset: number) => lineAndColumn(text, offset);

describe("validateDecisionsText", () => {
  it("reads every section of a valid file with comments and trailing commas", () => {
    const { decisions, problems } = validateDecisionsText(GOOD);
    assert.deepEqual(problems, []);
    assert.ok(decisions);
    assert.deepEqual(decisions.entities[0], { name: "Tomas Brandt", kind: "person", aliases: ["Brandt", "Tomáš Brandt"], wikidata: "Q4115189" });
    assert.deepEqual(decisions.entities[1], { name: "Port Vella", kind: "place", aliases: [] });
    assert.deepEqual(decisions.distinct, [["Tomas Brandt", "Lena Brandt"]]);
    assert.deepEqual(decisions.notEntities, [{ text: "Harbour" }, { text: "Dock", kind: "place" }]);
    assert.deepEqual(decisions.ignoredConflicts, [{ quantity: "workers on strike", claims: ["3,000", "about 2,500"] }]);
    assert.deepEqual(decisions.rules, { "figure.difference": "off", "name.misspelling": "hint" });
  });

  it("reports a syntax error at its position and gives no decisions", () => {
    const text = `{\n  "entities": [\n    { "name": "A" "kind": "person" }\n  ]\n}\n`;
    const { decisions, problems } = validateDecisionsText(text);
    assert.equal(decisions, null);
    assert.equal(problems[0].severity, "error");
    assert.match(problems[0].message, /syntax error: a comma is expected/);
    assert.deepEqual(at(text, problems[0].offset), { line: 3, column: 19 });
  });

  it("says a truncated file ends too early (a file read while it is being written)", () => {
    const truncated = GOOD.slice(0, GOOD.indexOf("notEntities") + 20);
    const { decisions, problems } = validateDecisionsText(truncated);
    assert.equal(decisions, null);
    assert.ok(problems.some((p) => /ends too early/.test(p.message)), JSON.stringify(problems));
  });

  it("treats an empty file as invalid (it is what a reader sees mid-write), with a hint", () => {
    for (const text of ["", "  \n"]) {
      const { decisions, problems } = validateDecisionsText(text);
      assert.equal(decisions, null);
      assert.match(problems[0].message, /empty; write \{\}/);
    }
    assert.deepEqual(validateDecisionsText("{}").problems, []);
  });

  it("warns about unknown keys, with a suggestion, and keeps going", () => {
    const text = `{ "entites": [], "entities": [{ "name": "Lena Brandt", "kind": "person", "alias": ["L. Brandt"] }], "rules": { "figure.conflikt": "off" } }`;
    const { decisions, problems } = validateDecisionsText(text);
    assert.ok(decisions, "warnings do not invalidate the file");
    assert.equal(decisions.entities[0].name, "Lena Brandt");
    assert.deepEqual(problems.map((p) => p.severity), ["warning", "warning", "warning"]);
    assert.match(problems[0].message, /unknown key "entites".*did you mean "entities"/);
    assert.equal(text.slice(problems[0].offset, problems[0].offset + problems[0].length), `"entites"`);
    assert.match(problems[1].message, /unknown key "alias" in entities\[0\]; did you mean "aliases"/);
    assert.match(problems[2].message, /unknown rule "figure.conflikt"; did you mean "figure.conflict"/);
  });

  it("rejects wrong types with the path and the place of the bad value", () => {
    const cases: [string, RegExp, string][] = [
      [`{ "entities": {} }`, /"entities" must be an array, not an object/, "{}"],
      [`{ "entities": [{ "name": "X", "kind": "persn" }] }`, /entities\[0\]\.kind must be one of "person", "place", "organization", not "persn"/, `"persn"`],
      [`{ "entities": [{ "name": 7, "kind": "person" }] }`, /entities\[0\]\.name must be a string, not number 7/, "7"],
      [`{ "entities": [{ "kind": "person" }] }`, /entities\[0\] needs a "name"/, `{ "kind": "person" }`],
      [`{ "entities": [{ "name": "X", "kind": "place", "aliases": "Y" }] }`, /aliases must be an array/, `"Y"`],
      [`{ "entities": [{ "name": "X", "kind": "place", "wikidata": "42" }] }`, /Wikidata item id such as "Q42"/, `"42"`],
      [`{ "distinct": ["A", "B"] }`, /distinct\[0\] must be an array, not the string "A"/, `"A"`],
      [`{ "notEntities": ["Harbour"] }`, /notEntities\[0\] must be an object/, `"Harbour"`],
      [`{ "ignoredConflicts": [{ "quantity": "x" }] }`, /needs "claims"/, `{ "quantity": "x" }`],
      [`{ "rules": { "figure.conflict": "info" } }`, /must be one of "off", "hint", "information", "warning", "error", not "info"/, `"info"`],
      [`[]`, /top level of crosscheck.json must be an object, not an array/, "[]"],
      [`{ "entities": [{ "name": "  ", "kind": "person" }] }`, /entities\[0\]\.name must not be empty/, `"  "`],
    ];
    for (const [text, message, span] of cases) {
      const { decisions, problems } = validateDecisionsText(text);
      assert.equal(decisions, null, text);
      const error = problems.find((p) => p.severity === "error");
      assert.ok(error, text);
      assert.match(error.message, message);
      assert.equal(text.slice(error.offset, error.offset + error.length), span, text);
    }
  });

  it("warns about contradictions and about distinct groups that keep nothing apart", () => {
    const text = `{ "entities": [{ "name": "A B", "kind": "person", "aliases": ["B"] }, { "name": "C", "kind": "person", "aliases": ["B"] }], "distinct": [["A B", "B"], ["C"]] }`;
    const { decisions, problems } = validateDecisionsText(text);
    assert.ok(decisions);
    const messages = problems.map((p) => p.message).join("\n");
    assert.match(messages, /"B" is listed under both "A B" and "C"; the first entity keeps it/);
    assert.match(messages, /distinct\[0\] lists names that "entities" joins in "A B"; the entity wins/);
    assert.match(messages, /distinct\[1\] lists fewer than two different names/);
  });
});

describe("reading crosscheck.json", () => {
  it("refuses a file over the size limit without parsing it", () => {
    const big = new TextEncoder().encode(`{ "notEntities": [${'{ "text": "x" },'.repeat(80_000)}] }`);
    assert.ok(big.length > MAX_DECISIONS_BYTES);
    const r = decodeDecisions(big);
    assert.equal(r.decisions, null);
    assert.match(r.problems[0].message, /too large \(\d+ bytes; the limit is 1048576\)/);
  });

  it("refuses non-UTF-8 bytes and drops a byte-order mark", () => {
    assert.match(decodeDecisions(new Uint8Array([0x7b, 0xe9, 0x7d])).problems[0].message, /not UTF-8/);
    const bom = decodeDecisions(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("{}")]));
    assert.deepEqual(bom.problems, []);
    assert.ok(bom.decisions);
  });

  it("turns a missing or unreadable file into a problem, not an exception", () => {
    const r = readDecisionsFile(path.join(os.tmpdir(), "no-such-folder-crosscheck", "crosscheck.json"));
    assert.equal(r.decisions, null);
    assert.match(r.problems[0].message, /cannot read crosscheck.json/);
  });

  it("is found by walking up from an article, and not above stopAt", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "crosscheck-find-"));
    fs.mkdirSync(path.join(root, "desk", "2026", "may"), { recursive: true });
    fs.writeFileSync(path.join(root, "crosscheck.json"), "{}");
    const article = path.join(root, "desk", "2026", "may", "strike.article");
    fs.writeFileSync(article, "Harbour strike\n");
    assert.equal(findDecisionsFile(article), path.join(root, "crosscheck.json"));
    assert.equal(findDecisionsFile(path.join(root, "desk")), path.join(root, "crosscheck.json"));
    assert.equal(findDecisionsFile(article, path.join(root, "desk")), null);
    fs.writeFileSync(path.join(root, "desk", "crosscheck.json"), "{}");
    assert.equal(findDecisionsFile(article), path.join(root, "desk", "crosscheck.json"), "the nearest wins");
  });

  it("loadDecisions: --config wins, a missing --config file is an error, no file means no decisions", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "crosscheck-load-"));
    fs.writeFileSync(path.join(root, "crosscheck.json"), `{ "notEntities": [{ "text": "Harbour" }] }`);
    fs.writeFileSync(path.join(root, "other.json"), `{ "notEntities": [{ "text": "Dock" }] }`);
    assert.deepEqual(loadDecisions({ inputs: [root] }).decisions.notEntities, [{ text: "Harbour" }]);
    assert.deepEqual(loadDecisions({ inputs: [root], config: path.join(root, "other.json") }).decisions.notEntities, [{ text: "Dock" }]);
    const missing = loadDecisions({ inputs: [root], config: path.join(root, "nope.json") });
    assert.equal(missing.ok, false);
    assert.match(missing.messages[0], /--config file not found/);
    const bare = fs.mkdtempSync(path.join(os.tmpdir(), "crosscheck-bare-"));
    const none = loadDecisions({ inputs: [bare] });
    assert.equal(none.file, null);
    assert.equal(none.ok, true);
  });
});

describe("DecisionsFile keeps the last good state", () => {
  it("applies valid text, keeps the previous decisions through every kind of bad text, and recovers", () => {
    const file = new DecisionsFile();
    const first = file.update(GOOD);
    assert.equal(first.applied, true);
    assert.equal(first.changed, true);
    const good = file.decisions;
    const bad = [
      GOOD.replace(`"kind": "place" }`, `"kind": "place" `), // syntax error
      GOOD.slice(0, 120), // half-written
      "", // truncated to nothing
      GOOD.replace(`"kind": "place"`, `"kind": 3`), // wrong type
    ];
    for (const text of bad) {
      const r = file.update(text);
      assert.equal(r.applied, false);
      assert.equal(r.changed, false);
      assert.ok(r.problems.some((p) => p.severity === "error"));
      assert.equal(r.decisions, good, "the last good decisions stay in force");
      assert.equal(file.decisions, good);
    }
    const same = file.update(GOOD.replace("// Decisions", "// Our decisions"));
    assert.equal(same.applied, true);
    assert.equal(same.changed, false, "a comment edit changes nothing to re-analyse");
    const unknownKey = file.update(GOOD.replace(`"rules"`, `"colour": "red", "rules"`));
    assert.equal(unknownKey.applied, true, "an unknown key is a warning only");
    assert.equal(unknownKey.problems[0].severity, "warning");
    assert.equal(file.clear().decisions.entities.length, 0, "a deleted file means no decisions");
  });

  it("reload reads from disk and never writes to the file", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "crosscheck-reload-"));
    const target = path.join(dir, "crosscheck.json");
    fs.writeFileSync(target, GOOD);
    const file = new DecisionsFile();
    assert.equal(file.reload(target).applied, true);
    const broken = GOOD.slice(0, 200);
    fs.writeFileSync(target, broken);
    const before = fs.statSync(target).mtimeMs;
    const r = file.reload(target);
    assert.equal(r.applied, false);
    assert.equal(file.decisions.entities.length, 2);
    assert.equal(fs.readFileSync(target, "utf8"), broken, "the user's broken file is left as it is");
    assert.equal(fs.statSync(target).mtimeMs, before);
  });
});

describe("the schema and the docs agree with the validator", () => {
  const root = path.resolve(__dirname, "../..");
  it("schema/crosscheck.schema.json has the validator's keys, kinds, rules and settings, and is registered", () => {
    const schema = JSON.parse(fs.readFileSync(path.join(root, "schema/crosscheck.schema.json"), "utf8"));
    assert.equal(schema.$schema, "http://json-schema.org/draft-07/schema#");
    assert.deepEqual(Object.keys(schema.properties).sort(), [...TOP_KEYS].sort());
    assert.deepEqual(Object.keys(schema.definitions.entity.properties).sort(), [...ENTITY_KEYS].sort());
    assert.deepEqual(schema.definitions.kind.enum, ENTITY_KINDS);
    assert.deepEqual(schema.definitions.ruleSetting.enum, RULE_SETTINGS);
    assert.deepEqual(Object.keys(schema.properties.rules.properties).sort(), Object.keys(RULE_INFO).sort());
    const manifest = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
    assert.deepEqual(manifest.contributes.jsonValidation, [{ fileMatch: "crosscheck.json", url: "./schema/crosscheck.schema.json" }]);
  });

  it("the example in docs/annotations.md is valid", () => {
    const doc = fs.readFileSync(path.join(root, "docs/annotations.md"), "utf8");
    const example = /```jsonc\n([\s\S]*?)```/.exec(doc)?.[1];
    assert.ok(example);
    const { decisions, problems } = validateDecisionsText(example);
    assert.deepEqual(problems, []);
    assert.equal(decisions?.entities.length, 2);
  });
});
