// Rules found on heldout31 (floods and landslides in eastern Mexico), each checked on invented text of its own.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mentionsOf, texts } from "./mentionHelpers";

test('"Coordinator" is an office title and "coordinator" a role; a region that is no country is a family name in a name of three words', () => {
  const ms = mentionsOf(
    "Dam holds\nState Emergency Coordinator Julián Ávila Serrano told reporters the dam would hold. Ávila said the spillway was open. The coordinator, Julián Ávila Serrano, left at noon.",
  );
  assert.deepEqual(texts(ms, "person"), ["Julián Ávila Serrano", "Ávila", "Julián Ávila Serrano"]);
  assert.deepEqual(texts(ms, "place"), []);
});

test("a region that is no country ends a name of two words that an apposition describes as someone", () => {
  const ms = mentionsOf("Road reopens\nMarcos Avila, the county's relief coordinator, said the road was open again on Monday.");
  assert.deepEqual(texts(ms, "person"), ["Marcos Avila"]);
  assert.deepEqual(texts(ms, "place"), []);
});

test("a city among name words set off by commas after a person's role is a family name", () => {
  const ms = mentionsOf(
    "Bridge falls\nIn the valley, the mayor of Villa Rica, Itzel Mendoza, said two bridges had fallen. Further up the valley, the mayor of Cerro Alto, Xóchitl Santiago Núñez, has asked for boats.",
  );
  assert.deepEqual(texts(ms, "person"), ["Itzel Mendoza", "Xóchitl Santiago Núñez"]);
  assert.ok(!texts(ms, "organization").some((t) => t.includes("Mendoza") || t.includes("Santiago")));
});

test("a city after a title and two name words is the second family name, not a club", () => {
  const ms = mentionsOf("Dam holds\nBrigadier General Anacleto Ruelas Mendoza inspected the dam with engineers on Sunday morning.");
  assert.deepEqual(texts(ms, "person"), ["Anacleto Ruelas Mendoza"]);
  assert.deepEqual(texts(ms, "organization"), []);
});

test('a past-tense verb with its object after a name in commas is the predicate, not an apposition ("her predecessor, X, abolished the Fund")', () => {
  const ms = mentionsOf(
    "Roads wait\nIn a long interview on Friday, the senator recalled that her predecessor, Rosa Elvira Campos Treviño, abolished the Fund for Rural Roads in 2019, a decision the villages still pay for.",
  );
  assert.deepEqual(texts(ms, "person"), ["Rosa Elvira Campos Treviño"]);
  assert.deepEqual(texts(ms, "organization"), ["Fund for Rural Roads"]);
});

test("where the writer was, in a wire's closing credit, is a place the lists need not know", () => {
  const ms = mentionsOf(
    "Rivers rise\nThe rain went on.\n\n(Reporting by Lucía Ferrer in Santa Inés del Monte and Tom Beale in Lima; Editing by Ann Cole)",
  );
  assert.deepEqual(texts(ms, "person"), ["Lucía Ferrer", "Tom Beale", "Ann Cole"]);
  assert.deepEqual(texts(ms, "place"), ["Santa Inés del Monte", "Lima"]);
});

test("a short line of a place, its region in brackets and a date under the byline is a dateline; the place's first word alone is the place", () => {
  const ms = mentionsOf(
    "A town buries its dead\n\nXaltepec del Monte, where a hillside buried the market, mourns nine residents as the rain finally eases\n\nMarta Ibarra Soler\nXaltepec del Monte (Puebla) - Nov 3, 2027 - 09:10 CEST\n\nThe bells rang all night. The governor arrived in Xaltepec on Monday afternoon.",
  );
  assert.deepEqual(texts(ms, "person"), ["Marta Ibarra Soler"]);
  assert.deepEqual(texts(ms, "place"), ["Xaltepec del Monte", "Xaltepec del Monte", "Puebla", "Xaltepec"]);
});

test('every name of a list before "rivers" is a river', () => {
  const ms = mentionsOf("Valley floods\nHundreds fled after the Amatlán and Coyolapa rivers burst their banks on Sunday.");
  assert.deepEqual(texts(ms, "place"), ["Amatlán", "Coyolapa"]);
});

test('a country\'s initials before a currency sign name the currency ("US $12 million"), not the country', () => {
  const ms = mentionsOf("Aid arrives\nRepairs will cost 220 million pesos (US $12 million), the ministry said. Aid from the US arrived on Monday.");
  assert.deepEqual(texts(ms, "place"), ["US"]);
  assert.ok(ms.filter((m) => m.kind === "place").every((m) => m.start > 80));
});
