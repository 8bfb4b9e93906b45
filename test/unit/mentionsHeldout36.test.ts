// Rules found on heldout36 and heldout37 (a typhoon in central Vietnam; a dam collapse in Minas Gerais), each checked on
// invented text of its own.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mentionsOf, texts } from "./mentionHelpers";

test("'the community of X', 'the settlement of X', 'the locality of X' name a place no list knows", () => {
  const ms = mentionsOf(
    "Mudslide buries homes\n\nThe mud reached the community of Vargem Funda on Friday.\n\nRescuers also searched the settlement of Pedra Lisa and the locality of Barra Nova.",
  );
  const places = texts(ms, "place");
  for (const name of ["Vargem Funda", "Pedra Lisa", "Barra Nova"]) assert.ok(places.includes(name), `${name}: ${places.join("|")}`);
  assert.ok(!texts(ms, "person").some((p) => /Vargem|Pedra|Barra/.test(p)), texts(ms, "person").join("|"));
});

test("the middle word of a Vietnamese name is no city: 'Nguyen Van Tai', 'fisherman Tran Van Minh', 'Le Van Hung'", () => {
  const ms = mentionsOf(
    "Storm batters the coast\n\nNguyen Van Tai, 41, a former navy officer, lost his boat.\n\nFisherman Tran Van Minh said the sea rose fast. Le Van Hung, the provincial chairman, spoke later.",
  );
  const people = texts(ms, "person");
  for (const name of ["Nguyen Van Tai", "Tran Van Minh", "Le Van Hung"]) assert.ok(people.includes(name), `${name}: ${people.join("|")}`);
  assert.deepEqual(texts(ms, "organization"), []);
  // The city itself is still a place.
  assert.ok(texts(mentionsOf("Quake shakes the east\n\nIn eastern Turkey, officials in Van said the lake rose."), "place").includes("Van"));
});

test("a currency's code glued to an amount ('VND4.7 trillion', 'USD250m') or its letters before '$' ('R$', 'HK$') name no body", () => {
  const ms = mentionsOf("Storm batters the coast\n\nDamage reached VND4.7 trillion, or USD185m. The miner paid R$250m and HK$3bn.\n\nThe G7 met in Rome.");
  assert.deepEqual(texts(ms, "organization"), ["G7"]);
});

test("a possessive after a name's comma heads no apposition: 'According to secretary Ana Prado, the company's licence …'", () => {
  const ms = mentionsOf("Mine shut\n\nAccording to secretary Ana Prado, the company's licence was suspended.\n\nLuiz Barros, the firm's chief engineer, resigned.");
  assert.deepEqual(texts(ms, "person"), ["Ana Prado", "Luiz Barros"]);
  assert.deepEqual(texts(ms, "organization"), []);
});

test("a known place or club after a name particle, ending a name, is a family name: 'Sebastiana dos Santos'", () => {
  const ms = mentionsOf("Mine shut\n\nThe miner said Sebastiana dos Santos lost her house.");
  assert.deepEqual(texts(ms, "person"), ["Sebastiana dos Santos"]);
  assert.deepEqual(texts(ms, "organization"), []);
  // A body's word before the particle keeps the body; the club alone stays a club.
  const bodies = mentionsOf("Campus news\n\nStudents at the Universidade de São Paulo protested. He played for Santos.");
  assert.deepEqual(texts(bodies, "organization"), ["Universidade de São Paulo", "Santos"]);
});

test("'do' after a saint's name goes on with a Brazilian town's name no list knows: 'Santa Rita do Paraopeba'", () => {
  const ms = mentionsOf("Mud buries towns\n\nThe mud reached Santa Rita do Ribeirão at noon. Residents of São Bento do Mato fled.\n\nThe firm Vale do Sul said.");
  const places = texts(ms, "place");
  assert.ok(places.includes("Santa Rita do Ribeirão"), places.join("|"));
  assert.ok(places.includes("São Bento do Mato"), places.join("|"));
});

test("a given name after a saint's word goes on with a Romance body's name: 'Mineração Santa Rita'", () => {
  const ms = mentionsOf("Dam fails\n\nMineração Santa Maria said the dam was safe.");
  assert.deepEqual(texts(ms, "organization"), ["Mineração Santa Maria"]);
  assert.deepEqual(texts(ms, "person"), []);
});
