// Rules found on heldout25 (a landslide in Central Java), each checked on invented text of its own.
import { test } from "node:test";
import assert from "node:assert/strict";
import { entityGroups, mentionsOf, texts } from "./mentionHelpers";

const people = (sources: { file: string; text: string }[]) => entityGroups(sources, "person");
const places = (sources: { file: string; text: string }[]) => entityGroups(sources, "place");

test('a name word before a city and a lower-case place noun after it make a place, not a club ("Tanjung Sari village")', () => {
  const ms = mentionsOf("Floods hit\nWater reached Tanjung Sari village at dawn, and the residents of Kampung Sari hamlet fled. Fans of Real Madrid waited.");
  assert.deepEqual(texts(ms, "place"), ["Tanjung Sari", "Kampung Sari"]);
  assert.deepEqual(texts(ms, "organization"), ["Real Madrid"]);
});

test('"X Sub-district" is a place, and one with X', () => {
  const ms = mentionsOf("Floods hit\nThe river burst its banks in Mekarwangi Sub-district on Monday.");
  assert.deepEqual(texts(ms, "place"), ["Mekarwangi Sub-district"]);
  assert.deepEqual(texts(ms, "person"), []);
  const es = places([
    { file: "a.txt", text: "Floods hit\nThe river burst its banks in Mekarwangi Sub-district on Monday." },
    { file: "b.txt", text: "Floods hit\nResidents of Mekarwangi were moved to a school." },
  ]);
  assert.deepEqual(es, ["Mekarwangi|Mekarwangi Sub-district"]);
});

test('"X Village" is the village X when the lists know no other place X ("Greenwich Village" stays apart)', () => {
  const es = places([
    { file: "a.txt", text: "Storm damage\nThe storm tore roofs off in Sukamaju Village and in Greenwich Village on Monday." },
    { file: "b.txt", text: "Storm damage\nOfficials in Sukamaju and in Greenwich counted the damage." },
  ]);
  assert.deepEqual(es, ["Greenwich", "Greenwich Village", "Sukamaju|Sukamaju Village"]);
});

test('a unit\'s name with "Government" is the unit\'s administration, an organization', () => {
  const ms = mentionsOf("Aid arrives\nThe Wonosari District Government opened a kitchen, and the Kisumu County Government sent trucks.");
  assert.deepEqual(texts(ms, "organization"), ["Wonosari District Government", "Kisumu County Government"]);
  assert.deepEqual(texts(ms, "place"), []);
});

test('a wire\'s staff credits at the foot ("Reporter: A, B", "Editor: C") name people', () => {
  const ms = mentionsOf("Bridge reopens\nThe bridge reopened on Friday after repairs.\n\nReporter: Indra Wicaksono, Lestari Handayani\nEditor: Yoga Pratomo\nCOPYRIGHT © 2027");
  assert.deepEqual(texts(ms, "person"), ["Indra Wicaksono", "Lestari Handayani", "Yoga Pratomo"]);
});

test("a lone name no list knows joins another article's full name by its first name only when spelled alike", () => {
  // "Sumari" and "Samir" share a vowel skeleton ("smr") but are two people; "Hendrawan" is "Hendrawan Saputra".
  const es = people([
    { file: "a.txt", text: "Quake\nHis sister, Sumari, was rescued. Hendrawan, a teacher, said the roof fell." },
    { file: "b.txt", text: "Quake\nThe school had collapsed, said teacher Hendrawan Saputra.\n\n(Editing by Samir Haddad)" },
  ]);
  assert.deepEqual(es, ["Hendrawan|Hendrawan Saputra", "Samir Haddad", "Sumari"]);
});
