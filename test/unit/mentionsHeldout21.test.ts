// Rules found on heldout21 (a launch capsize in Bangladesh), each checked on invented text of its own.
import { test } from "node:test";
import assert from "node:assert/strict";
import { parseArticle } from "../../server/src/analysis/structure";
import { analyzeCorpus } from "../../server/src/analysis/analyze";
import { EntityKind, noDecisions } from "../../server/src/analysis/types";
import { sameFamilyName } from "../../server/src/analysis/names/normalize";
import { mentionsOf, texts } from "./mentionHelpers";

function entities(articles: Record<string, string>, kind: EntityKind): string[][] {
  const sources = Object.entries(articles).map(([file, text]) => ({ file, text }));
  return analyzeCorpus(sources, { decisions: noDecisions })
    .entities.filter((e) => e.kind === kind)
    .map((e) => [...new Set(e.mentions.map((m) => m.text))].sort())
    .sort((a, b) => a[0].localeCompare(b[0]));
}

test('"Md." (Muhammad abbreviated) keeps its period: it opens the name and ends no sentence', () => {
  const ms = mentionsOf("Boat sinks\nPolice detained the boatman Md. Faruk Hossen Dewan on Monday. Md Selim Uddin Patwary, a trader, said the boat was full.");
  assert.deepEqual(texts(ms, "person"), ["Md. Faruk Hossen Dewan", "Md Selim Uddin Patwary"]);
  // A sentence that ends with a word "Md" is still a sentence's end elsewhere ("Annapolis, Md. The").
  const end = mentionsOf("Storm\nThe storm reached Annapolis, Md. The Navy closed its academy.");
  assert.ok(!texts(end, "person").some((t) => t.startsWith("Md")));
});

test('a name printed with "Md" in one outlet and without it in another is one person; a different middle name is not', () => {
  const es = entities(
    {
      "a.txt": "Ship held\nThe master, Md. Kobir Ahmed Mia, was arrested on Monday.",
      "b.txt": "Ship held\nThe master, Kobir Ahmed Miah, 48, was arrested. Miah denied it.",
      "c.txt": "Ship held\nThe owner, Md Jalal Ahmed Mia, declined to comment.",
    },
    "person",
  );
  assert.deepEqual(es, [["Kobir Ahmed Miah", "Md. Kobir Ahmed Mia", "Miah"], ["Md Jalal Ahmed Mia"]]);
});

test('"Commodore", "Adviser": titles; two or three capitals between a title and a two-word name are initials', () => {
  const ms = mentionsOf("Port closed\nPort Chairman Commodore ABM Rafiqul Karim said the channel was shut. Planning Adviser Tahmina Sultan Rupa visited.");
  assert.deepEqual(texts(ms, "person"), ["ABM Rafiqul Karim", "Tahmina Sultan Rupa"]);
  assert.deepEqual(texts(ms, "organization"), []);
  // Without a title, capitals before a name stay an acronym.
  const plain = mentionsOf("Strike called\nThe BNP Lutfur Rahman Khan faction called a strike.");
  assert.ok(texts(plain, "organization").includes("BNP"));
});

test('"X Bazar" and "the X launch ghat" are places; "X village" is the village X, one place with the bare name', () => {
  const ms = mentionsOf("Ferry delayed\nTraders at Sholakandi Bazar waited at the Kamarkhola launch ghat, and boats left Rupdia ghat late. Farmers from Dighirpar village came too. Dighirpar has no road.");
  assert.deepEqual(texts(ms, "place"), ["Sholakandi Bazar", "Kamarkhola", "Rupdia", "Dighirpar", "Dighirpar"]);
  assert.deepEqual(texts(ms, "person"), []);
});

test("a name after a city's possessive and before 'terminal' or 'ghat' is a place in it", () => {
  const ms = mentionsOf("Buses stopped\nPassengers were stranded at Dhaka's Gabtolapur terminal overnight.");
  assert.ok(texts(ms, "place").includes("Gabtolapur"));
});

test("a lone unknown word after a verb of travel and 'to' is a place; after other verbs it is not", () => {
  const ms = mentionsOf("Cargo boat missing\nThe trawler, which was heading to Banaripara, has not been found. Officials spoke to Hamidpur later.");
  assert.deepEqual(texts(ms, "place"), ["Banaripara"]);
});

test("a two-word place written with a lowercase unit ('X upazila') is that place where only its shape made it a person", () => {
  const ms = mentionsOf("Storm damage\nRoofs were torn off at Kalia Nagor on Sunday. Most damage was in Kalia Nagor upazila, officials said.");
  assert.deepEqual(texts(ms, "person"), []);
  assert.deepEqual(texts(ms, "place"), ["Kalia Nagor", "Kalia Nagor upazila"]);
});

test('"Samity", "Parishad": the last words of Bengali and Hindi bodies\' names', () => {
  const ms = mentionsOf("Fares rise\nThe Nobinagar Jatri Kalyan Samity and the Karimpur Union Parishad protested.");
  assert.deepEqual(texts(ms, "organization"), ["Nobinagar Jatri Kalyan Samity", "Karimpur Union Parishad"]);
});

test("a district or upazila named for its town is one place with the town across articles", () => {
  const es = entities(
    {
      "a.txt": "Flood warning\nWater rose in Sonadighi district on Monday, officials said.",
      "b.txt": "Flood warning\nWater rose in Sonadighi on Monday. Schools in Sonadighi closed.",
    },
    "place",
  );
  assert.deepEqual(es, [["Sonadighi", "Sonadighi district"]]);
});

test("a river named with 'river' in one article is known by its bare name in another", () => {
  const es = entities(
    {
      "a.txt": "Boat sinks\nA boat sank in the Dhalkosi river on Monday, police said.",
      "b.txt": "Dhalkosi boat capsize: toll rises\nThe toll from the capsize in the Dhalkosi off Narkeli rose to nine. It was the third accident on the Dhalkosi this year.",
    },
    "place",
  );
  assert.deepEqual(es, [["Dhalkosi"], ["Narkeli"]]);
  const sources = [{ file: "a.txt", text: "Boat sinks\nA boat sank in the Dhalkosi river on Monday, police said." }, { file: "b.txt", text: "Dhalkosi boat capsize: toll rises\nThe toll from the capsize in the Dhalkosi off Narkeli rose to nine. It was the third accident on the Dhalkosi this year." }];
  const river = analyzeCorpus(sources, { decisions: noDecisions }).entities.find((e) => e.mentions.some((m) => m.text === "Dhalkosi"))!;
  assert.equal(river.mentions.filter((m) => m.file === "b.txt").length, 3);
});

test("a silent final 'h' after a vowel: short family names with and without it are one name", () => {
  assert.ok(sameFamilyName("Miah", "Mia"));
  assert.ok(sameFamilyName("Pasha", "Pashah"));
  assert.ok(!sameFamilyName("Mir", "Mirh"), "not after a consonant");
  const es = entities(
    {
      "a.txt": "Ship held\nThe master, Kobir Ahmed Miah, 48, was arrested. Miah denied it.",
      "b.txt": "Ship held\nThe master Kobir Ahmed Mia was arrested on Monday.",
    },
    "person",
  );
  assert.deepEqual(es, [["Kobir Ahmed Mia", "Kobir Ahmed Miah", "Miah"]]);
});

test("'Name, Town' over the page's time stamp is a byline: the writer is an author", () => {
  const a = parseArticle("t.txt", "Launch sinks in river\n\nMd Rafiul Alam, Sonadighi\nMon Jun 8, 2026 07:20 PM\n\nA launch sank on Monday, officials said.");
  assert.deepEqual(a.authors, ["Rafiul Alam"]);
  // A staff title is no writer.
  const b = parseArticle("t.txt", "Launch sinks in river\n\nStaff Correspondent, Sonadighi\nMon Jun 8, 2026 07:20 PM\n\nA launch sank on Monday, officials said.");
  assert.deepEqual(b.authors, []);
});
