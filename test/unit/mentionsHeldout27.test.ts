// Rules found on heldout27 (an impeachment vote in South Korea's National Assembly), each checked on invented text of its own.
import { test } from "node:test";
import assert from "node:assert/strict";
import { sameKoreanName, syllableKey } from "../../server/src/analysis/names/korean";
import { entityGroups, mentionsOf, texts } from "./mentionHelpers";

/** Each person entity as its distinct mention texts, joined by "|", sorted. */
const people = (sources: { file: string; text: string }[]): string[] => entityGroups(sources, "person", true);

test("a plural possessive of people before a body's head word is part of the body's name", () => {
  const ms = mentionsOf(
    "Strike spreads\n\nThe Daegu District Prosecutors' Office opened a case on Monday. The Korean Nurses' Union and the Harbour Workers' Federation joined the walkout.",
  );
  assert.deepEqual(texts(ms, "organization"), ["Daegu District Prosecutors' Office", "Korean Nurses' Union", "Harbour Workers' Federation"]);
  assert.deepEqual(texts(ms, "place"), []);
  assert.equal(ms.find((m) => m.kind === "organization")!.name, "Daegu District Prosecutors' Office");
});

test("a plural possessive that is not of people still ends the name", () => {
  const ms = mentionsOf("Vote held\n\nThe Liberals' Party conference opened in Halifax.");
  assert.ok(!texts(ms, "organization").includes("Liberals' Party"));
});

test('"on" and a name the text calls a place is where the body sits, not its subject', () => {
  const ms = mentionsOf(
    "Crowds gather\n\nThousands marched to the Grand Assembly on Tarvolo, an island in the Varna River, on Friday. The Council on Foreign Relations said nothing.",
  );
  assert.deepEqual(texts(ms, "organization"), ["Assembly", "Council on Foreign Relations"]);
  assert.ok(texts(ms, "place").includes("Tarvolo"));
});

test("a lone family name shared by two full names goes to the one named with the same office title", () => {
  const text =
    "Governor Park faces vote\n\nThe council questioned Governor Park Min-seok on Monday. Its chair, Councillor Park Hye-rin, led the hearing.\n\n" +
    '"We asked for the budget," Councillor Park said. Governor Park did not answer.';
  assert.deepEqual(people([{ file: "a.txt", text }]), ["a.txt:Park|a.txt:Park Hye-rin", "a.txt:Park|a.txt:Park Min-seok"]);
});

test("a lone family name after several namesakes goes to the one its paragraph named, if only one", () => {
  const text =
    "Trial opens\n\nChoi Dong-hyun, the defendant, arrived early. Mr Choi, a retired engineer, pleaded not guilty.\n\n" +
    "Choi Ga-eun, a neighbour, watched from the gallery.\n\n" +
    'Choi Mi-rae, the prosecutor, said the case was simple. "The evidence is clear," Choi told the court.\n\n' +
    "The hearing resumes on Friday, when Choi is expected to testify.";
  assert.deepEqual(people([{ file: "a.txt", text }]), ["a.txt:Choi", "a.txt:Choi Ga-eun", "a.txt:Choi|a.txt:Choi Dong-hyun", "a.txt:Choi|a.txt:Choi Mi-rae"]);
});

test("a Korean name's romanizations are one name; different syllables are not", () => {
  assert.equal(syllableKey("Paik"), syllableKey("Baek"));
  assert.equal(syllableKey("Rhee"), syllableKey("Lee"));
  assert.equal(syllableKey("Jung"), syllableKey("Jeong"));
  assert.equal(syllableKey("Suh"), syllableKey("Seo"));
  assert.equal(syllableKey("Park"), syllableKey("Pak"));
  assert.ok(sameKoreanName(["Yoo", "Ji-hoon"], ["Yu", "Ji-hun"]));
  assert.ok(sameKoreanName(["Jeong", "Gyeong-ho"], ["Chung", "Kyung-ho"]));
  assert.ok(!sameKoreanName(["Kim", "Min-ho"], ["Kim", "Min-jo"]));
  assert.ok(!sameKoreanName(["Lee", "Su-bin"], ["Lee", "Su-jin"]));
  assert.ok(!sameKoreanName(["Yoo", "Ji-hoon"], ["Ji-hoon", "Yoo"]));
  const sources = [
    { file: "a.txt", text: "Builder charged\n\nProsecutors charged Baek Tae-soo, the chairman, on Monday. Baek denied it." },
    { file: "b.txt", text: "Builder charged\n\nThe chairman, Paik Tae-soo, was charged. Mr Paik's lawyer said he would appeal." },
  ];
  assert.deepEqual(people(sources), ["a.txt:Baek|a.txt:Baek Tae-soo|b.txt:Paik|b.txt:Paik Tae-soo"]);
});
