// Rules found on heldout32 (a chemical-plant explosion in eastern China), each checked on invented text of its own.
import { test } from "node:test";
import assert from "node:assert/strict";
import { chineseSyllables, isChineseName, sameChineseName } from "../../server/src/analysis/names/chinese";
import { parseArticle } from "../../server/src/analysis/structure";
import { entityGroups, mentionsOf, texts } from "./mentionHelpers";

/** Each person entity as its distinct mention texts, joined by "|", sorted. */
const people = (sources: { file: string; text: string }[]): string[] => entityGroups(sources, "person", true);

test("a Chinese name in Pinyin and in Wade-Giles is one name; other syllables are not", () => {
  assert.deepEqual(chineseSyllables("Jianping"), ["jian", "ping"]);
  assert.deepEqual(chineseSyllables("Chien-ping"), ["chien", "ping"]);
  assert.equal(chineseSyllables("Robert"), null);
  assert.ok(isChineseName(["Zhou", "Jianping"]));
  assert.ok(isChineseName(["Zhou", "Chien-ping"]));
  assert.ok(!isChineseName(["Zhou", "Wei"]), "one syllable says too little");
  assert.ok(!isChineseName(["Anna", "Hsu"]));
  assert.ok(sameChineseName(["Zhou", "Jianping"], ["Zhou", "Chien-ping"]));
  assert.ok(sameChineseName(["Gao", "Xiuying"], ["Gao", "Hsiu-ying"]));
  assert.ok(sameChineseName(["Ma", "Dongsheng"], ["Ma", "Tung-sheng"]));
  assert.ok(!sameChineseName(["Zhou", "Jianping"], ["Zhou", "Jianguo"]));
  assert.ok(!sameChineseName(["Zhou", "Jianping"], ["Zhao", "Jianping"]));
});

test("a Taiwanese outlet's Wade-Giles spelling joins the mainland outlets' Pinyin", () => {
  const a = "Mine fire\n\nThe mine's owner, Peng Xiaowen, was questioned on Friday. Peng declined to comment.";
  const b = "Owner held\n\nPeng Hsiao-wen, 47, who owns the mine, was questioned by police. Ms. Peng has not spoken.";
  assert.deepEqual(people([{ file: "a.txt", text: a }, { file: "b.txt", text: b }]), ["a.txt:Peng|a.txt:Peng Xiaowen|b.txt:Peng|b.txt:Peng Hsiao-wen"]);
});

test("a lone family name shared by two Chinese full names goes to the one named before it, or in its paragraph", () => {
  const text =
    "Flood hits county\n\nMa Dongsheng, a farmer in the village, lost his crops. \"The water came at night,\" Mr Ma said.\n\n" +
    "Provincial governor Ma Zhiqiang toured the area on Sunday. Governor Ma promised aid.";
  assert.deepEqual(people([{ file: "a.txt", text }]), ["a.txt:Ma|a.txt:Ma Dongsheng", "a.txt:Ma|a.txt:Ma Zhiqiang"]);
});

test("a company's own name, after the town it is named for, is the company when written alone", () => {
  const ms = mentionsOf(
    "Plant shut\n\nA fire hit Tarvolo Minghe Chemical Co. on Monday in Tarvolo. Investors with a stake in Minghe were told on Tuesday.\n\nMinghe's chairman resigned.",
  );
  assert.deepEqual(texts(ms, "organization"), ["Tarvolo Minghe Chemical Co", "Minghe", "Minghe"]);
  assert.deepEqual(texts(ms, "place"), ["Tarvolo"]);
});

test("places side by side that open a company's name are the company, written alone", () => {
  const ms = mentionsOf("Shares fall\n\nThe Formosa Tainan Investment Corp. said on Tuesday it had sold its stake. Formosa Tainan's shares fell 9 percent.");
  assert.deepEqual(texts(ms, "organization"), ["Formosa Tainan Investment Corp", "Formosa Tainan"]);
  assert.deepEqual(texts(ms, "place"), []);
});

test("a company named only for a town the lists know leaves the town a place", () => {
  const ms = mentionsOf("Plant shut\n\nWorkers at Nanjing Chemical Co. walked out on Monday. Police in Nanjing made no arrests.");
  assert.deepEqual(texts(ms, "place"), ["Nanjing"]);
});

test("\"People's\" and an ordinal inside a hospital's or a bank's name stay in it", () => {
  const ms = mentionsOf(
    "Injured treated\n\nThe injured were taken to the Tarvolo First People's Hospital and to Kessel Second Hospital. The People's Bank of Tarvolo sent money. The people's anger grew.",
  );
  assert.deepEqual(texts(ms, "organization"), ["Tarvolo First People's Hospital", "Kessel Second Hospital", "People's Bank of Tarvolo"]);
  assert.deepEqual(texts(ms, "place"), []);
});

test('"Sun" before a name word is a family name, also in a picture credit; before a day or a month it is Sunday', () => {
  const ms = mentionsOf(
    "Rescue goes on\n\nSun Meiling, a nurse, worked through the night.\n\nRescuers search the site, June 2, 2027. (Xinhua/Sun Jiahao)\n\nThe memorial is on Sun 14 June. Opening hours: Sun June 7.",
  );
  assert.deepEqual(texts(ms, "person"), ["Sun Meiling", "Sun Jiahao"]);
});

test("a line that is only a numeric date with a slash and a time dates the article, month first when the day says so", () => {
  assert.equal(parseArticle("a.txt", "Port reopens\n\n09/23/2027 07:15 AM\n\nBy Jane Roe\n\nThe port reopened.").date, "2027-09-23");
  assert.equal(parseArticle("b.txt", "Port reopens\n\n23/09/2027 19:15\n\nThe port reopened.").date, "2027-09-23");
  assert.equal(parseArticle("c.txt", "Port reopens\n\nThe port reopened on 09/23/2027 after a week.").date, null);
});
