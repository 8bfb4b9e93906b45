// Rules found on heldout17 (an earthquake in southern Peru), each checked on invented text of its own.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mentionsOf, texts } from "./mentionHelpers";


test('"Puerto" opens a place\'s name, as "Port" does', () => {
  const ms = mentionsOf("Storm hits coast\nBoats stayed in harbour at Puerto Lomita and Puerto Calvo on Tuesday.");
  assert.deepEqual(texts(ms, "place"), ["Puerto Lomita", "Puerto Calvo"]);
  assert.deepEqual(texts(ms, "person"), []);
});

test('a known place going on with "de" and a name is a longer place, not a club named after it', () => {
  const ms = mentionsOf("Floods reach valley\nWater reached San Pedro de Quilcata and the market of Santa Ana de Yurac on Sunday.");
  assert.deepEqual(texts(ms, "place"), ["San Pedro de Quilcata", "Santa Ana de Yurac"]);
  assert.deepEqual(texts(ms, "organization"), []);
});

test('"the hamlet of X" names a place', () => {
  const ms = mentionsOf("Road cut\nCrews reached the hamlet of Pampa Honda after the landslide, then the hamlet of Alto de Huacra.");
  assert.deepEqual(texts(ms, "place"), ["Pampa Honda", "Alto de Huacra"]);
  assert.deepEqual(texts(ms, "person"), []);
});

test('"the X and Y Agency": two conjuncts before an organization\'s head are one name', () => {
  const ms = mentionsOf(
    "Warning issued\nThe Coastal Hazard and Recovery Agency issued a warning. Norland's National Flood Forecasting and Response Service agreed. Ministers and Justice Department officials met.",
  );
  assert.deepEqual(texts(ms, "organization"), ["Coastal Hazard and Recovery Agency", "National Flood Forecasting and Response Service", "Justice Department"]);
  assert.deepEqual(texts(ms, "person"), []);
});

test("a credit line of its own names the source and the photographer; a one-word label is no one", () => {
  const ms = mentionsOf("Quake hits\n\nPhoto: TELVANA/Rosa Quiroz Llanos\nRescuers dig in the rubble.\n\nPhoto: TELVANA/Archivo\nA street in the town.");
  assert.deepEqual(texts(ms, "person"), ["Rosa Quiroz Llanos"]);
  assert.deepEqual(texts(ms, "organization"), ["TELVANA", "TELVANA"]);
});

test("a word spelled as an organization the article writes in capitals is that organization", () => {
  const ms = mentionsOf("Quake hits\n\nPhoto: TELVANA/Rosa Quiroz Llanos\nRescuers dig.\n\nThe mayor spoke from Carumas. More in Telvana:\nSchools to stay closed");
  assert.deepEqual(texts(ms, "organization"), ["TELVANA", "Telvana"]);
  assert.deepEqual(texts(ms, "place"), ["Carumas"]);
});
