/**
 * The pure helpers behind `crosscheck.applyDecision`: checking a decision sent by a client, finding the
 * crosscheck.json it belongs in, and turning planDecision's offsets into LSP edits on the current text.
 */
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describe, it } from "node:test";
import { TextDocument } from "vscode-languageserver-textdocument";
import { applyEdits } from "jsonc-parser";
import { ignoreConflictEdit, notEntityEdit } from "../../server/src/decisions/edits";
import { titleWithImpact } from "../../server/src/features/codeActions";
import { decisionsFileFor, decisionWorkspaceEdit, parseDecision, toTextEdits } from "../../server/src/features/decisions";

describe("parseDecision", () => {
  it("accepts each decision type", () => {
    const valid: unknown[] = [
      { type: "merge", entityIds: ["a", "b"] },
      { type: "merge", entityIds: ["a", "b"], name: "Lena Brandt" },
      { type: "distinct", entityIds: ["a", "b"] },
      { type: "split", entityId: "a", spelling: "Brandt" },
      { type: "split", entityId: "a", spelling: "Brandt", intoEntityId: "b" },
      { type: "notEntity", text: "Harbour" },
      { type: "notEntity", text: "Dock", kind: "place" },
      { type: "changeKind", entityId: "a", kind: "organization" },
      { type: "markAs", text: "Harbour Board", kind: "organization" },
      { type: "ignoreConflict", conflictId: "figure-1" },
      { type: "confirm", entityId: "a" },
    ];
    for (const d of valid) assert.deepEqual(parseDecision(d), d);
  });

  it("drops unknown fields and trims the kept merge name", () => {
    assert.deepEqual(parseDecision({ type: "confirm", entityId: "a", extra: 1 }), { type: "confirm", entityId: "a" });
    assert.deepEqual(parseDecision({ type: "merge", entityIds: ["a", "b"], name: "  " }), { type: "merge", entityIds: ["a", "b"] });
  });

  it("rejects what is not a decision, without throwing", () => {
    const invalid: unknown[] = [
      undefined,
      null,
      "merge",
      42,
      [],
      { type: "explode" },
      { type: "merge", entityIds: [] },
      { type: "merge", entityIds: "a" },
      { type: "merge", entityIds: ["a", 1] },
      { type: "split", entityId: "a", spelling: "" },
      { type: "notEntity", text: "  " },
      { type: "notEntity", text: "x", kind: "planet" },
      { type: "changeKind", entityId: "a", kind: "Person" },
      { type: "markAs", text: "x" },
      { type: "ignoreConflict", conflictId: 3 },
      { type: "confirm" },
    ];
    for (const d of invalid) assert.equal(parseDecision(d), undefined, JSON.stringify(d));
  });
});

describe("decisionsFileFor", () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "crosscheck-decisions-"));
  const a = path.join(tmp, "a");
  const b = path.join(tmp, "b");
  fs.mkdirSync(path.join(a, "news"), { recursive: true });
  fs.mkdirSync(b, { recursive: true });

  it("is a new file at the root of the article's workspace folder", () => {
    assert.equal(decisionsFileFor([a, b], [path.join(b, "x.article")]), path.join(b, "crosscheck.json"));
    assert.equal(decisionsFileFor([a, b], [path.join(a, "news", "x.article")]), path.join(a, "crosscheck.json"));
  });

  it("is the existing file the server reads for that folder (found walking up)", () => {
    fs.writeFileSync(path.join(tmp, "crosscheck.json"), "{}");
    try {
      assert.equal(decisionsFileFor([a], [path.join(a, "news", "x.article")]), path.join(tmp, "crosscheck.json"));
    } finally {
      fs.rmSync(path.join(tmp, "crosscheck.json"));
    }
  });

  it("prefers the deepest folder when folders nest, and falls back to the article's folder or the first folder", () => {
    assert.equal(decisionsFileFor([tmp, a], [path.join(a, "x.article")]), path.join(a, "crosscheck.json"));
    const loose = path.join(os.tmpdir(), "crosscheck-loose-never-created", "x.article");
    assert.equal(decisionsFileFor([a], [loose]), path.join(path.dirname(loose), "crosscheck.json"));
    assert.equal(decisionsFileFor([b], []), path.join(b, "crosscheck.json"));
    assert.equal(decisionsFileFor([], []), undefined);
  });
});

describe("edits as LSP text edits", () => {
  const apply = (text: string, edits: ReturnType<typeof toTextEdits>) => TextDocument.applyEdits(TextDocument.create("file:///x", "jsonc", 0, text), edits);

  it("give the same text as planDecision's offsets, with CRLF, comments and non-BMP characters", () => {
    const text = '{\r\n  // 🗞 notes ‏עברית‏\r\n  "notEntities": [{ "text": "Dock" }]\r\n}\r\n';
    const result = notEntityEdit(text, "Harbour");
    assert.ok(result.ok);
    assert.equal(apply(text, toTextEdits(text, result.edits)), applyEdits(text, result.edits));
    assert.ok(apply(text, toTextEdits(text, result.edits)).includes("// 🗞 notes"));
  });

  it("edit an existing file in place, and create a missing one", () => {
    const key = { quantity: "workers on strike", claims: ["3,000", "about 2,500"] };
    const existing = '{ "rules": {} }\n';
    const plan = ignoreConflictEdit(existing, key);
    assert.ok(plan.ok);
    const edit = decisionWorkspaceEdit("file:///w/crosscheck.json", existing, plan, true)!;
    assert.equal(edit.documentChanges?.length, 1);
    const plain = decisionWorkspaceEdit("file:///w/crosscheck.json", existing, plan, false)!;
    assert.deepEqual(Object.keys(plain.changes ?? {}), ["file:///w/crosscheck.json"]);

    const fresh = ignoreConflictEdit("", key);
    assert.ok(fresh.ok);
    const created = decisionWorkspaceEdit("file:///w/crosscheck.json", undefined, fresh, true)!;
    assert.deepEqual(created.documentChanges?.[0], { kind: "create", uri: "file:///w/crosscheck.json", options: { ignoreIfExists: true } });
    assert.equal(JSON.parse((created.documentChanges?.[1] as { edits: { newText: string }[] }).edits[0].newText).ignoredConflicts[0].quantity, "workers on strike");
    assert.equal(decisionWorkspaceEdit("file:///w/crosscheck.json", undefined, fresh, false), undefined, "no way to create it without documentChanges");
  });
});

describe("titleWithImpact", () => {
  it("adds the counts when a decision touches more than the place under the cursor", () => {
    assert.equal(titleWithImpact("Not an entity: “Dock”", { summary: "not an entity: “Dock”: removes 1 mention in 1 article", mentions: 1, articles: 1 }), "Not an entity: “Dock”");
    assert.equal(
      titleWithImpact("Change kind to place", { summary: "change Harbour Board to a place: 37 mentions in 5 articles", mentions: 37, articles: 5 }),
      "Change kind to place (37 mentions in 5 articles)",
    );
    assert.equal(titleWithImpact("Ignore", { summary: "ignore the conflict over ships: docked: 2 claims in 2 articles", mentions: 2, articles: 2 }), "Ignore (2 claims in 2 articles)");
  });
});
