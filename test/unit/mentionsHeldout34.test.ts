// Rules found on heldout34 (a Swiss bank takeover), each checked on invented text of its own.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mentionsOf, texts } from "./mentionHelpers";

test("a canton's or a Land's bank written as one German word is an organization, not a person", () => {
  const ms = mentionsOf("Thomas Vogt, who follows the sector for Bernische Kantonalbank, expects more deals. Hessische Landesbank declined to comment.");
  assert.deepEqual(texts(ms, "person"), ["Thomas Vogt"]);
  assert.ok(texts(ms, "organization").includes("Bernische Kantonalbank"));
  assert.ok(texts(ms, "organization").includes("Hessische Landesbank"));
});

test("the far end of a range that opens with a place ('from X in the west to Y') is a place", () => {
  const ms = mentionsOf("The cooperative runs 14 dairies, from Morvello in the west to Castrano near the lake.");
  assert.deepEqual(texts(ms, "place"), ["Morvello", "Castrano"]);
  // Not a given name, nor a range with no place at its start.
  assert.deepEqual(texts(mentionsOf("He sent flowers from Morvello to Anna on Sunday."), "place"), ["Morvello"]);
  assert.deepEqual(texts(mentionsOf("Prices rose from March to Kellner's surprise."), "place"), []);
});

test("'the X bank' where the article names the 'Bank of X' is the town, not the bank", () => {
  const ms = mentionsOf("Harlow Group agreed to buy Banca di Velmora on Monday. Analysts said the Velmora bank had struggled with costs.");
  assert.ok(texts(ms, "organization").includes("Banca di Velmora"));
  assert.deepEqual(texts(ms, "place"), ["Velmora"]);
  // A bank with no town in its name keeps its short name.
  const other = mentionsOf("Harlow Group agreed to buy Velmora Holding on Monday. Analysts said the Velmora bank had struggled with costs.");
  assert.ok(!texts(other, "place").includes("Velmora"));
});
