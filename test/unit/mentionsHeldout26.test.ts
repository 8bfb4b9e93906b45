// Rules found on heldout26 (a footballer's transfer from Portugal to England), each checked on invented text of its own.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyzeCorpus } from "../../server/src/analysis/analyze";
import { fold } from "../../server/src/analysis/names/normalize";
import { noDecisions } from "../../server/src/analysis/types";
import { mentionsOf, texts } from "./mentionHelpers";

test("Serbo-Croatian đ written dj folds to the same key", () => {
  assert.equal(fold("Đurić"), fold("Djuric"));
  assert.equal(fold("Đukanović"), fold("Djukanovic"));
});

test("a name written with đ in one article and dj in another is one person", () => {
  const sources = [
    { file: "a.txt", text: "Draw in Split\nCoach Marko Đurić praised his side on Sunday. Đurić said the team had been brave." },
    { file: "b.txt", text: "Late goal\nMarko Djuric, the coach, was pleased. Djuric spoke to reporters after the game." },
  ];
  const people = analyzeCorpus(sources, { decisions: noDecisions }).entities.filter((e) => e.kind === "person");
  const duric = people.filter((e) => e.mentions.some((m) => m.text.includes("uri")));
  assert.equal(duric.length, 1);
  assert.deepEqual(new Set(duric[0].mentions.map((m) => m.file)), new Set(["a.txt", "b.txt"]));
});

test("a place name ending in a club's head word (Forest) is a club when the lone word names something mid-sentence", () => {
  const ms = mentionsOf("Cup tie\nHalford Forest have sacked their manager. Ed Marsh said two of Forest's academy players would leave.");
  assert.deepEqual(texts(ms, "organization"), ["Halford Forest", "Forest"]);
  assert.deepEqual(texts(ms, "place"), []);
});

test("a lone head word opening a sentence leaves the place a place", () => {
  const ms = mentionsOf("Fire warning\nFlames spread through Halford Forest on Monday. Forest rangers closed the roads.");
  assert.deepEqual(texts(ms, "place"), ["Halford Forest"]);
  assert.deepEqual(texts(ms, "organization"), []);
});

test('a town after a club abbreviation ("SC Leiria") or before one ("Leiria FC") is the club alone too, except after "in"', () => {
  for (const club of ["SC Leiria", "Leiria FC"]) {
    const ms = mentionsOf(`Transfer news\nThe striker left Porto for ${club} in June. Leiria are top of the table. He lives in Leiria with his family.`);
    assert.deepEqual(texts(ms, "place"), ["Porto", "Leiria"], club);
    assert.ok(texts(ms, "organization").includes("Leiria"), club);
  }
});
