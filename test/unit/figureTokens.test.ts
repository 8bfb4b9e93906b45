// The figure extractor's tokenizer: sentence ends found while tokenizing, word shapes, lower-cased words.
// Sentences are our own.
import { test } from "node:test";
import assert from "node:assert/strict";
import { sentenceEnd, tokenizeSentence, tokenizedEnd } from "../../server/src/analysis/figures/tokens";
import { WordTable } from "../../server/src/analysis/figures/wordShapes";

const texts = (text: string, start: number, end: number, toSentenceEnd = false) => tokenizeSentence(text, start, end, toSentenceEnd).map((t) => t.text);

test("tokenizing to the sentence end stops where sentenceEnd does, closing quotes included", () => {
  const cases = [
    'Police said 4.5 million people voted. The count went on.',
    'He said: "We counted 1,200 ballots." Then he left.',
    "The U.S. envoy met 12 ministers on Monday! Talks resume today.",
    "Mr. Okafor, 61, said 300 homes (about 2,000 people) flooded? Nobody knew.",
    "No sentence end here at all, only 40 boats",
  ];
  for (const text of cases) {
    const want = sentenceEnd(text, text.length, 0);
    const tokens = texts(text, 0, text.length, true);
    assert.equal(tokenizedEnd(), want, text);
    assert.deepEqual(tokens, texts(text, 0, want), text);
  }
});

test("without toSentenceEnd the tokenizer reads to the end it is given", () => {
  const text = "Nine died. Four were hurt.";
  assert.deepEqual(texts(text, 0, text.length), ["Nine", "died", ".", "Four", "were", "hurt", "."]);
  assert.equal(tokenizedEnd(), text.length);
});

test("lower-cased words are the same however they are written, and tables find them by shape", () => {
  const text = "KILLED Killed killed Zürich ZÜRICH don’t";
  const lowers = tokenizeSentence(text, 0, text.length).map((t) => t.lower);
  assert.deepEqual(lowers, ["killed", "killed", "killed", "zürich", "zürich", "don’t"]);
  const table = new WordTable(new Set(["killed", "died"]));
  const tokens = tokenizeSentence("Two DIED and three were Killed in Ki", 0, 36);
  assert.deepEqual(tokens.filter((t) => table.has(t)).map((t) => t.text), ["DIED", "Killed"]);
});
