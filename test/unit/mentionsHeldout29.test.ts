// Rules found on heldout29 (a bribery verdict at a Bavarian city's utility), each checked on invented text of its own.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyzeCorpus } from "../../server/src/analysis/analyze";
import { noDecisions } from "../../server/src/analysis/types";
import { mentionsOf, texts } from "./mentionHelpers";

test("a German trade or media word ends a firm's name, with the firm's seat after it", () => {
  const ms = mentionsOf(
    "Builder fined\nThe order went to Brandt Stahlbau Cham, a family firm. Managers at Brandt Stahlbau declined to comment. Speaking to Hessischer Rundfunk, Jonas Pfeil said he had warned them.",
  );
  assert.deepEqual(texts(ms, "organization"), ["Brandt Stahlbau Cham", "Brandt Stahlbau", "Hessischer Rundfunk"]);
  assert.deepEqual(texts(ms, "person"), ["Jonas Pfeil"]);
});

test('"nearby" before a name makes a place, unless a noun of a body or a site follows the name', () => {
  const ms = mentionsOf(
    "Shops close\nThe drivers came from nearby Aschau on Friday. Traders in nearby Bad Kötzting agreed. A nearby Lidl store shut early, and the nearby Kessler plant sent its staff home.",
  );
  assert.deepEqual(texts(ms, "place"), ["Aschau", "Bad Kötzting"]);
  assert.deepEqual(texts(ms, "person"), []);
});

test('after "the people of X", a "who" clause is the people\'s: X stays the place the article names', () => {
  const ms = mentionsOf(
    'Mayor resigns\nA court in Plattling heard the case. "We failed the residents of Plattling, who paid for it," the mayor said. Plattling Mayor Eva Korn left on Monday.',
  );
  assert.deepEqual(texts(ms, "place"), ["Plattling", "Plattling", "Plattling"]);
  assert.deepEqual(texts(ms, "person"), ["Eva Korn"]);
  // Not after a noun for one person: "the son of Huber, who died" is still Huber.
  assert.deepEqual(texts(mentionsOf("Farm sold\nThe son of Huber, who died in May, sold the farm."), "person"), ["Huber"]);
});

test('"Upper" or "Lower" before a region or country the lists know names a place of its own, not the whole', () => {
  const ms = mentionsOf("Floods spread\nRivers rose in Lower Bavaria and in Upper Egypt. Greater Cairo stayed dry. The Lower House met.");
  assert.deepEqual(texts(ms, "place"), ["Lower Bavaria", "Upper Egypt", "Cairo"]);
  const places = analyzeCorpus(
    [
      { file: "a.txt", text: "Storm hits\nTrees fell in Lower Bavaria on Monday." },
      { file: "b.txt", text: "Storm hits\nTrees fell across Bavaria on Monday." },
    ],
    { decisions: noDecisions },
  )
    .entities.filter((e) => e.kind === "place")
    .map((e) => e.name)
    .sort();
  assert.deepEqual(places, ["Bavaria", "Lower Bavaria"]);
});
