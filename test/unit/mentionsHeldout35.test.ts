// Rules found on heldout35 (a stadium crush after a league match in northern Nigeria), each checked on invented text of its own.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyzeCorpus } from "../../server/src/analysis/analyze";
import { noDecisions } from "../../server/src/analysis/types";
import { sameGivenName } from "../../server/src/analysis/names/normalize";

/** Each entity of a kind as its distinct mention texts, joined by "|", sorted. */
function entities(kind: string, sources: { file: string; text: string }[]): string[] {
  const es = analyzeCorpus(sources, { decisions: noDecisions }).entities.filter((e) => e.kind === kind);
  return es.map((e) => [...new Set(e.mentions.map((m) => `${m.file}:${m.text}`))].sort().join("|")).sort();
}

test("an apposition's head noun is the word before 'near', 'outside', 'off': 'a town near the border' is a place", () => {
  const text = "Market fire\n\nThe fire broke out in Wuroka, a town near the border, on Monday night. Traders in Ilemi, a village outside the capital, sent help.";
  const places = entities("place", [{ file: "a.txt", text }]);
  assert.ok(places.includes("a.txt:Wuroka"), places.join(" / "));
  assert.ok(places.includes("a.txt:Ilemi"), places.join(" / "));
  assert.deepEqual(entities("person", [{ file: "a.txt", text }]), []);
  // A person's apposition still makes a person.
  const b = "Strike\n\nTobi Adeyinka, a driver outside the depot, said the buses had stopped.";
  assert.deepEqual(entities("person", [{ file: "b.txt", text: b }]), ["b.txt:Tobi Adeyinka"]);
});

test("a football club named '<town> United' is an organization, not a person", () => {
  const text = "Derby ends level\n\nOkerimi United drew 1-1 with the visitors on Sunday. The coach of Okerimi United, Femi Balogun, praised the fans.";
  assert.deepEqual(entities("organization", [{ file: "a.txt", text }]), ["a.txt:Okerimi United"]);
  assert.deepEqual(entities("person", [{ file: "a.txt", text }]), ["a.txt:Femi Balogun"]);
});

test("Yoruba short forms: 'Tunde' is 'Babatunde', 'Funmi' is 'Funmilayo' or 'Olufunmilayo', 'Sade' is 'Folasade'", () => {
  assert.ok(sameGivenName("Tunde", "Babatunde"));
  assert.ok(sameGivenName("Funmi", "Funmilayo"));
  assert.ok(sameGivenName("Funmi", "Olufunmilayo"));
  assert.ok(sameGivenName("Titi", "Titilayo"));
  assert.ok(sameGivenName("Sade", "Folasade"));
  assert.ok(sameGivenName("Tola", "Omotola"));
  assert.ok(!sameGivenName("Layo", "Funmilayo"), "the ending alone is no name");
  assert.ok(!sameGivenName("Mila", "Funmilayo"));
  assert.ok(!sameGivenName("Anna", "Johanna"));
  const a = "Board named\n\nThe airport authority appointed Babatunde Oyelaran as chairman and Funmilayo Adekoya as his deputy.";
  const b = "New airport board\n\nTunde Oyelaran will chair the board, with Funmi Adekoya as deputy. Mr Oyelaran is a pilot.";
  assert.deepEqual(entities("person", [{ file: "a.txt", text: a }, { file: "b.txt", text: b }]), [
    "a.txt:Babatunde Oyelaran|b.txt:Oyelaran|b.txt:Tunde Oyelaran",
    "a.txt:Funmilayo Adekoya|b.txt:Funmi Adekoya",
  ]);
});
