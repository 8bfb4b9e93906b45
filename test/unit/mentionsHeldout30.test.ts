// Rules found on heldout30 (a passenger plane crash in Nepal), each checked on invented text of its own.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyzeCorpus } from "../../server/src/analysis/analyze";
import { noDecisions } from "../../server/src/analysis/types";
import { mentionsOf, texts } from "./mentionHelpers";

test("after an office title and its portfolio, a known first name opens the holder's name, and so does an unknown word before a two-word name", () => {
  const ms = mentionsOf(
    "Bridge closed\nThe Inspector of Police Ramesh Kumar Thapa visited. Superintendent of Police Krishna Lal Magar agreed. The Minister of Roads Surendra Raj Bhandari spoke. The Minister of Aviation Wang Lin and the Minister of Emergency Management Wang Lin spoke.",
  );
  assert.deepEqual(texts(ms, "person"), ["Ramesh Kumar Thapa", "Krishna Lal Magar", "Surendra Raj Bhandari", "Wang Lin", "Wang Lin"]);
});

test("a body's \"of\" complement ends at its place when a person's name follows, and before a title", () => {
  const ms = mentionsOf(
    "Port reopens\nDirector of the Maritime Authority of Portugal Joaquim Alves Serrano said the port was safe. The Bank of England Governor Tobias Marlow agreed. The National Institute of Burn and Plastic Surgery treated six.",
  );
  assert.deepEqual(texts(ms, "organization"), ["Maritime Authority of Portugal", "Bank of England", "National Institute of Burn and Plastic Surgery"]);
  assert.deepEqual(texts(ms, "person"), ["Joaquim Alves Serrano", "Tobias Marlow"]);
});

test("a country followed by three name words is the country and a person, not a body named after it", () => {
  const ms = mentionsOf("Talks end\nThe envoy of Chile Ignacio Vergara Soto said talks were over. Fans of Boston Celtics cheered.");
  assert.deepEqual(texts(ms, "person"), ["Ignacio Vergara Soto"]);
  assert.ok(texts(ms, "place").includes("Chile"));
});

test('a demonym one letter longer than a place ("Nepali", "Iraqi", "Kenyan") is not that place in another article, and a spelling one consonant longer is', () => {
  const places = (sources: { file: string; text: string }[]) =>
    analyzeCorpus(sources, { decisions: noDecisions })
      .entities.filter((e) => e.kind === "place")
      .flatMap((e) => e.mentions.map((m) => m.text));
  const found = places([
    { file: "a.txt", text: "Flood\nRain fell across Nepal and Iraq and Kenya on Monday." },
    { file: "b.txt", text: "Flood\nNepali pilots flew. Iraqi officials spoke. Kenyan farmers waited. Rain hit Nepal." },
  ]);
  assert.ok(!found.includes("Nepali") && !found.includes("Iraqi") && !found.includes("Kenyan"), found.join(","));
  // A spelling one consonant longer, in a run the article could not classify, is the other article's place.
  const fuzzy = places([
    { file: "a.txt", text: "Crash\nRescuers reached Tarkeghyang on Monday. Villagers in Tarkeghyang helped." },
    { file: "b.txt", text: "Crash\nThe plane fell in a village called Tarkeghyangh. Police said so." },
  ]);
  assert.ok(fuzzy.includes("Tarkeghyangh"), fuzzy.join(","));
});

test("a town that opens a full name in the article is that person alone, not after a preposition of place", () => {
  const ms = mentionsOf('Bus falls\nPolice identified the driver as Anand Patwardhan, 51. "Anand never drove fast," his wife said. Buses from Anand were halted.');
  assert.deepEqual(texts(ms, "person"), ["Anand Patwardhan", "Anand"]);
  assert.deepEqual(texts(ms, "place"), ["Anand"]);
});

test('a lone given name before "and" and a two-word name shares its family name ("Rohit and Priya Kulkarni"), not a name the article repeats or one opening a sentence', () => {
  const ms = mentionsOf(
    "Bus falls\nThe dead included the newly-weds Rohit and Priya Kulkarni, from Pune. Also aboard were Jakub and Maria Lindqvist. Zelig and Anna Brandt left. Zelig said so. Harlow and Peter Quist met. Harlow spoke.",
  );
  assert.deepEqual(texts(ms, "person").slice(0, 4), ["Rohit", "Priya Kulkarni", "Jakub", "Maria Lindqvist"]);
  assert.ok(!ms.some((m) => m.text === "Zelig" && m.start < 120));
  const rohit = ms.find((m) => m.text === "Rohit");
  assert.equal(rohit?.name, "Rohit Kulkarni");
});
