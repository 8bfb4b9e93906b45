import { test } from "node:test";
import assert from "node:assert/strict";
import { tokenizeSentence } from "../../server/src/analysis/figures/tokens";
import { WordTable, mayBeIn, shapeTable } from "../../server/src/analysis/figures/wordShapes";

/** The word tokens of a text, by their text (the pooled tokens are read before the next call). */
function inTable(table: WordTable, text: string): string[] {
  return tokenizeSentence(text, 0, text.length).filter((t) => table.has(t)).map((t) => t.text);
}

test("word shapes: a word sharing a table word's shape but not its last letter is ruled out", () => {
  const shapes = shapeTable(["fifty", "sixty", "june"]);
  const tokens = tokenizeSentence("first since just Fifty SIXTY June", 0, 33);
  assert.deepEqual(
    tokens.map((t) => mayBeIn(shapes, t)),
    [false, false, false, true, true, true],
  );
});

test("word tables: capitals and one-letter words are found, non-ASCII words and near misses are not", () => {
  const table = new WordTable(new Set(["a", "swiss", "per", "cafe"]));
  assert.deepEqual(inTable(table, "A Swiss per-capita Café as swish CAFE"), ["A", "Swiss", "per", "CAFE"]);
});
