// Rules found on heldout23 (a copper mine collapse in Chile), each checked on invented text of its own.
import { test } from "node:test";
import assert from "node:assert/strict";
import { parseArticle } from "../../server/src/analysis/structure";
import { mentionsOf, texts } from "./mentionHelpers";


test('a company\'s legal word opens an organization\'s name ("Minera X", "Sociedad X"), even around a place\'s name', () => {
  const ms = mentionsOf("Smelter sold\nMinera Valle Verde bought the smelter from Sociedad Andina del Norte, which had run it since 1998.");
  assert.deepEqual(texts(ms, "organization"), ["Minera Valle Verde", "Sociedad Andina del Norte"]);
  assert.deepEqual(texts(ms, "place"), []);
});

test("the rest of a Romance-prefixed organization's name, read as a place, is that organization's short name", () => {
  const ms = mentionsOf("Strike ends\nWorkers at Minera Costa Verde returned on Monday. Costa Verde's chief executive agreed to a raise.");
  assert.deepEqual(texts(ms, "place"), []);
  assert.deepEqual(texts(ms, "organization"), ["Minera Costa Verde", "Costa Verde"]);
});

test('a one-word name whose apposition is an organization ("X, Peru\'s Y Authority,") is that organization', () => {
  const ms = mentionsOf("Flood warning\nDivers from Hidrovel, Peru's National Water Authority, inspected the dam. Later the Hidrovel engineer said the wall held.");
  assert.deepEqual(texts(ms, "person"), []);
  assert.deepEqual(texts(ms, "organization").filter((t) => t === "Hidrovel").length, 2);
});

test("a person whose apposition names a body's officer stays a person", () => {
  const ms = mentionsOf("Talks resume\nThe offer came from Marquardt, the Harbour Trust's chairman, on Tuesday.");
  assert.deepEqual(texts(ms, "person"), ["Marquardt"]);
});

test('a person-shaped name after "near" or "in" and before ", <country>." is a town', () => {
  const ms = mentionsOf("Quake hits mining town\nThe quake struck near Tomas Ortega, Peru, at dawn. Most houses in Luis Arana, Bolivia.\n\nWe spoke to Maria Rivas, Peru's envoy, later.");
  assert.deepEqual(texts(ms, "place").filter((t) => t !== "Peru" && t !== "Bolivia"), ["Tomas Ortega", "Luis Arana"]);
  assert.deepEqual(texts(ms, "person"), ["Maria Rivas"]);
});

test('a byline with bars: "By writer | outlet | date" gives the writer, the outlet and the date', () => {
  const text = "Dam inspectors find cracks\n\nBy Inés Carvallo Roa and Pablo Ferrer | The Valley Courier | 4 June 2027\n\nENGINEERS found two cracks in the wall on Friday.\n";
  const a = parseArticle("a.txt", text);
  assert.deepEqual(a.authors, ["Inés Carvallo Roa", "Pablo Ferrer"]);
  assert.equal(a.outlet, "The Valley Courier");
  assert.equal(a.date, "2027-06-04");
});

test("a surname in a list beside an organization (\"X, Y Capital, Z\") stays the person named in full", () => {
  const ms = mentionsOf("Club sold\nA consortium led by Anna Kowalczyk agreed to buy the club. Kowalczyk, Harbour Lane Capital, Mark Weller and Ivo Brandt must now wait for approval.");
  assert.deepEqual(texts(ms, "person"), ["Anna Kowalczyk", "Kowalczyk", "Mark Weller", "Ivo Brandt"]);
  assert.deepEqual(texts(ms, "organization"), ["Harbour Lane Capital"]);
});
