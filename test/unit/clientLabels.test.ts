// The client's display text: mention snippets for the tree, the filter, and the status-bar counts.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { contextSnippet, count, matchesFilter, summarize } from "../../client/src/labels";

function snippetOf(line: string, mention: string) {
  const contextStart = line.indexOf(mention);
  const result = contextSnippet({ context: line, contextStart, contextEnd: contextStart + mention.length });
  return { ...result, highlighted: result.text.slice(result.start, result.end) };
}

describe("contextSnippet", () => {
  it("keeps a short line whole and highlights the mention", () => {
    const result = snippetOf("Mayor Ilse Varga said the ferry was late.", "Ilse Varga");
    assert.equal(result.text, "Mayor Ilse Varga said the ferry was late.");
    assert.equal(result.highlighted, "Ilse Varga");
  });

  it("cuts a long line on word boundaries around the mention, with ellipses", () => {
    const line =
      "After a long night of talks in the harbour office, the coastguard commander said that Captain Oskar Brandt " +
      "had ordered the evacuation well before the storm reached the island and before the second ferry left port.";
    const result = snippetOf(line, "Oskar Brandt");
    assert.equal(result.highlighted, "Oskar Brandt");
    assert.ok(result.text.startsWith("…") && result.text.endsWith("…"));
    const inner = result.text.slice(1, -1);
    assert.ok(line.includes(inner), "the snippet is a slice of the line");
    assert.ok(line[line.indexOf(inner) - 1] === " ", "starts after a space");
  });

  it("collapses runs of whitespace and tabs without losing the highlight", () => {
    const result = snippetOf("The  minister,\tAnna  Kovacs, arrived.", "Anna  Kovacs");
    assert.equal(result.text, "The minister, Anna Kovacs, arrived.");
    assert.equal(result.highlighted, "Anna Kovacs");
  });

  it("never splits a surrogate pair and handles empty and out-of-range input", () => {
    const line = "😀".repeat(40) + " Greta Holm " + "😀".repeat(40);
    const result = snippetOf(line, "Greta Holm");
    assert.equal(result.highlighted, "Greta Holm");
    assert.ok(!/^…?[\udc00-\udfff]/.test(result.text), "no lone low surrogate at the start");
    assert.ok(!/[\ud800-\udbff]…?$/.test(result.text), "no lone high surrogate at the end");
    assert.deepEqual(contextSnippet({ context: "", contextStart: 0, contextEnd: 0 }), { text: "", start: 0, end: 0 });
  });

  it("handles right-to-left text", () => {
    const result = snippetOf("قال محمد علي إن العبّارة تأخرت", "محمد علي");
    assert.equal(result.highlighted, "محمد علي");
  });
});

describe("matchesFilter", () => {
  const entity = { spellings: ["Sviatlana Tsikhanouskaya", "Svetlana Tikhanovskaya", "Zoë Dvořák"] };
  it("matches any spelling, ignoring case and accents", () => {
    assert.ok(matchesFilter(entity, "tikhan"));
    assert.ok(matchesFilter(entity, "TSIKHAN"));
    assert.ok(matchesFilter(entity, "dvorak"));
    assert.ok(matchesFilter(entity, "zoe"));
    assert.ok(matchesFilter(entity, ""));
    assert.ok(!matchesFilter(entity, "putin"));
  });
});

describe("counts", () => {
  it("writes singular and plural forms with thousands separators", () => {
    assert.equal(count(1, "mention"), "1 mention");
    assert.equal(count(65, "mention"), "65 mentions");
    assert.equal(count(2000, "article"), "2,000 articles");
    assert.equal(summarize({ articles: 5, people: 22, conflicts: 1 }), "5 articles · 22 people · 1 conflict");
    assert.equal(summarize({ articles: 1, people: 1, conflicts: 0 }), "1 article · 1 person · 0 conflicts");
  });
});
