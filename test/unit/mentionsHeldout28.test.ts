// Rules found on heldout28 (a migrant boat capsized south of Crete), each checked on invented text of its own.
import { test } from "node:test";
import assert from "node:assert/strict";
import { sameFamilyName } from "../../server/src/analysis/names/normalize";
import { entityGroups, mentionsOf, texts } from "./mentionHelpers";

const people = (sources: { file: string; text: string }[]): string[] => entityGroups(sources, "person");

test('"Said" is a name after a name word or a title, inside a sentence, or first before "was"; the verb elsewhere', () => {
  const ms = mentionsOf(
    'Port reopens\nGuards held Tarek Yunis Said at the quay. Witnesses say Said paid the crew. Said was calm. "Mr Said is innocent," a cousin said. Said the harbour master: "We checked."',
  );
  assert.deepEqual(texts(ms, "person"), ["Tarek Yunis Said", "Said", "Said", "Said"]);
});

test('a title-case headline keeps "Said" a verb', () => {
  const ms = mentionsOf("Harbour Chief Said To Resign After Ferry Delay\nThe port authority met on Monday.");
  assert.deepEqual(texts(ms, "person"), []);
});

test('a long i written "ee" inside a name is the "i" another outlet writes ("Saeed" / "Said", "Rasheed" / "Rashid"), not at its end or before Russian "v"', () => {
  assert.ok(sameFamilyName("Saeed", "Said"));
  assert.ok(sameFamilyName("Rasheed", "Rashid"));
  assert.ok(!sameFamilyName("Lee", "Li"));
  assert.ok(sameFamilyName("Korneeva", "Korneyeva"));
  const groups = people([
    { file: "a.txt", text: "Boat lands\nPolice held Nabil Karam Saeed on Monday. Saeed denies it." },
    { file: "b.txt", text: "Boat lands\nPolice held Nabil Karam Said on Monday. Officers say Said steered." },
  ]);
  assert.deepEqual(groups, ["Nabil Karam Said|Nabil Karam Saeed|Said|Saeed".split("|").sort().join("|")]);
});

test('a compound given name written as two words by one outlet and one by another opens the longer name ("Abdel Karim Haddad" / "Abdelkarim Haddad Nour")', () => {
  const groups = people([
    { file: "a.txt", text: "Camp grows\nA farmer, Abdel Karim Haddad, told reporters the wells were dry." },
    { file: "b.txt", text: "Camp grows\nAbdelkarim Haddad Nour, 52, said the wells were dry. Haddad Nour waited." },
  ]);
  assert.deepEqual(groups, ["Abdel Karim Haddad|Abdelkarim Haddad Nour|Haddad Nour"]);
});

test("a regrouped name whose last word is not where the longer name has it joins nothing", () => {
  const groups = people([
    { file: "a.txt", text: "Camp grows\nA farmer, Abdel Karim Haddad, told reporters the wells were dry." },
    { file: "b.txt", text: "Camp grows\nAbdelkarim Hadd Adnour, 52, said the wells were dry." },
  ]);
  assert.equal(groups.length, 2);
});

test("ordinary capitalised words before a place's name make a body with the place in it; a place's qualifier does not", () => {
  const ms = mentionsOf(
    "Flights resume\nThe crew flew Air France to Lower Saxony. A ship run by Mission Rescue Malta, a charity, sailed. Tourists toured Ancient Egypt and Greater Cairo. The mission of the rescue air crew was long.",
  );
  assert.deepEqual(texts(ms, "organization"), ["Air France", "Mission Rescue Malta"]);
  assert.deepEqual(texts(ms, "place"), ["Lower Saxony", "Egypt", "Cairo"]);
});

test("an acronym opening such a body stays apart from it, and one ordinary word at a sentence's start makes no body", () => {
  const ms = mentionsOf("Boats found\nThe NGO Mission Rescue Malta said so. Rescue Malta teams waited. The rescue mission ended.");
  assert.deepEqual(texts(ms, "organization"), ["NGO", "Mission Rescue Malta"]);
  assert.deepEqual(texts(ms, "place"), ["Malta"]);
});
