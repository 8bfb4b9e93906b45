/** The language server's pure helpers: span lookup, settings sanitizing, outlet overrides, spelling distance, intervals. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Claim } from "../../server/src/analysis/types";
import { formatInterval } from "../../server/src/features/hover";
import { oneEditApart } from "../../server/src/features/misspellings";
import { outletResolver } from "../../server/src/index/outlets";
import { SpanIndex } from "../../server/src/index/spanIndex";
import { DEFAULT_FILE_GLOBS, DEFAULT_MAX_FILE_SIZE, sanitizeSettings } from "../../server/src/settings";

describe("SpanIndex", () => {
  const index = new SpanIndex([
    { start: 20, end: 25, id: "b" },
    { start: 0, end: 5, id: "a" },
    { start: 25, end: 30, id: "c" },
  ]);
  it("finds the span containing an offset, end inclusive, preferring a span that strictly contains it", () => {
    assert.equal(index.at(0)?.id, "a");
    assert.equal(index.at(5)?.id, "a", "just after the last character");
    assert.equal(index.at(6), undefined);
    assert.equal(index.at(25)?.id, "c", "strictly inside c beats the end of b");
    assert.equal(index.at(30)?.id, "c");
    assert.equal(index.at(-1), undefined);
    assert.equal(new SpanIndex([]).at(0), undefined);
  });
  it("lists overlapping spans", () => {
    assert.deepEqual(index.overlapping(4, 21).map((s) => s.id), ["a", "b"]);
  });
});

describe("sanitizeSettings", () => {
  it("gives defaults for missing, null and malformed values", () => {
    for (const raw of [undefined, null, 42, "x", [], {}, { files: null, maxFileSize: -1, rules: "x", outlets: 3 }]) {
      const s = sanitizeSettings(raw);
      assert.deepEqual(s.files, [...DEFAULT_FILE_GLOBS]);
      assert.equal(s.maxFileSize, DEFAULT_MAX_FILE_SIZE);
      assert.deepEqual(s.rules, {});
      assert.deepEqual(s.outlets, {});
    }
  });
  it("keeps valid values and accepts common severity spellings", () => {
    const s = sanitizeSettings({ files: ["**/*.txt", 3, " "], maxFileSize: 1000.7, rules: { a: "warn", b: "info", c: false, d: "loud" }, outlets: { AFP: "Agence France-Presse", x: 1 } });
    assert.deepEqual(s.files, ["**/*.txt"]);
    assert.equal(s.maxFileSize, 1000);
    assert.deepEqual(s.rules, { a: "warning", b: "information", c: "off" });
    assert.deepEqual(s.outlets, { AFP: "Agence France-Presse" });
  });
});

describe("outletResolver", () => {
  const resolve = outletResolver({ afp: "Agence France-Presse", "telegraph/**": "The Telegraph", "*.ft.article": "Financial Times" });
  it("renames a detected outlet, case-insensitively", () => assert.equal(resolve("AFP", "a.article"), "Agence France-Presse"));
  it("names an article by its path", () => {
    assert.equal(resolve(null, "telegraph/2020/a.article"), "The Telegraph");
    assert.equal(resolve(null, "x/y.ft.article"), "Financial Times");
  });
  it("keeps the detected outlet otherwise", () => assert.equal(resolve("BBC", "b.article"), "BBC"));
});

describe("oneEditApart", () => {
  it("accepts one insertion, deletion, substitution or transposition", () => {
    assert.ok(oneEditApart("Lukashnenko", "Lukashenko"));
    assert.ok(oneEditApart("Lukashenko", "Lukashenka"));
    assert.ok(oneEditApart("Lukahsenko", "Lukashenko"));
    assert.ok(oneEditApart("Lukashenk", "Lukashenko"));
  });
  it("rejects equal words and two edits", () => {
    assert.ok(!oneEditApart("Minsk", "Minsk"));
    assert.ok(!oneEditApart("Tsikhanouskaya", "Tikhanovskaya"));
  });
});

describe("formatInterval", () => {
  const claim = (low: number | null, high: number | null, lowOpen = false, highOpen = false) => ({ low, high, lowOpen, highOpen }) as Claim;
  it("writes open and closed bounds", () => {
    assert.equal(formatInterval(claim(6500, null, true)), "(6,500, ∞)");
    assert.equal(formatInterval(claim(6700, null)), "[6,700, ∞)");
    assert.equal(formatInterval(claim(6500, 7000, false, true)), "[6,500, 7,000)");
    assert.equal(formatInterval(claim(774, 774)), "= 774");
    assert.equal(formatInterval(claim(null, 100)), "(−∞, 100]");
  });
});
