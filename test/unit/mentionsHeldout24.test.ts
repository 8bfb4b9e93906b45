// Rules found on heldout24 (a cholera outbreak in northern Mozambique), each checked on invented text of its own.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyzeCorpus } from "../../server/src/analysis/analyze";
import { noDecisions } from "../../server/src/analysis/types";
import { mentionsOf, texts } from "./mentionHelpers";


test('a body\'s head word opening a sentence, a line or a bracket takes "of" and a known place', () => {
  const ms = mentionsOf(
    "Rates held\nThe decision surprised traders.\n\nBank of Ghana | 3 March 2027\n\nUniversity of Nairobi economists agreed. Prices rose (Club of Lisbon/Archive) on Friday.",
  );
  assert.deepEqual(texts(ms, "organization"), ["Bank of Ghana", "University of Nairobi", "Club of Lisbon"]);
  assert.deepEqual(texts(ms, "place"), []);
});

test("an outlet's word opening a sentence before \"of\" and a place is not a body", () => {
  const ms = mentionsOf("Rates held\nThe bank kept its rate. Review of Ghana spending begins in May.");
  assert.deepEqual(texts(ms, "organization"), []);
  assert.deepEqual(texts(ms, "place"), ["Ghana"]);
});

test("a province the lists know only as a region, or not at all, is the place of its name; a city's is not", () => {
  const sources = [
    { file: "a.txt", text: "Floods spread\nRains hit Sindh province and the Kavuzi Province on Monday, and Iloilo province later." },
    { file: "b.txt", text: "Floods spread\nOfficials in Sindh and in Kavuzi counted the damage. Iloilo was spared." },
  ];
  const places = analyzeCorpus(sources, { decisions: noDecisions }).entities.filter((e) => e.kind === "place");
  const groups = places.map((e) => [...new Set(e.mentions.map((m) => m.text))].sort().join("|")).sort();
  assert.deepEqual(groups, ["Iloilo", "Iloilo province", "Kavuzi|Kavuzi Province", "Sindh|Sindh province"]);
});
