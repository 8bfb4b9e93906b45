// The shortcuts the name finder takes for speed (word flags, bounded name look-ups, the age-mark index,
// token neighbours at the block's edges) must give the answers the plain look-ups give. Invented names only.
import { test } from "node:test";
import assert from "node:assert/strict";
import { parseArticle } from "../../server/src/analysis/structure";
import { findMentions } from "../../server/src/analysis/mentions";
import { noDecisions } from "../../server/src/analysis/types";
import { isDemonym, isKnownOrg, maxNameWordsFrom, placeName } from "../../server/src/analysis/lexicon/gazetteer";
import { COMMON_WORD, DEMONYM, FUNCTION_WORD, GIVEN_NAME, MONTH, ROLE, TITLE, WEEKDAY, nameWords, wordFlags } from "../../server/src/analysis/lexicon/wordFlags";
import { intern, isNameParticle, lower, tokenAt, tokenize } from "../../server/src/analysis/names/tokens";
import { foldedKey, nameParts } from "../../server/src/analysis/names/normalize";

test("maxNameWordsFrom bounds every known multi-word place and organization, upper-case datelines included", () => {
  assert.ok(placeName("United Arab Emirates"));
  assert.ok(maxNameWordsFrom("United") >= 3);
  assert.ok(maxNameWordsFrom("UNITED") >= 3, "upper-case words count as their title-case form");
  assert.ok(isKnownOrg("Human Rights Watch") && maxNameWordsFrom("Human") >= 3);
  assert.equal(maxNameWordsFrom("Zorvathian"), 0);
});

test("word flags say what each list says", () => {
  const has = (w: string, flag: number) => (wordFlags(w) & flag) !== 0;
  assert.ok(has("The", FUNCTION_WORD) && !has("The", TITLE));
  assert.ok(has("President", TITLE));
  assert.ok(has("Monday", WEEKDAY) && has("March", MONTH));
  assert.ok(has("Vladimir", GIVEN_NAME) && !has("Zorvathian", GIVEN_NAME));
  assert.ok(has("Police", COMMON_WORD));
  assert.ok(has("Gunman", ROLE), "roles are asked in lowercase");
  assert.equal(has("Russian", DEMONYM), isDemonym("Russian"));
  assert.equal(has("pro-Russian", DEMONYM), isDemonym("pro-Russian"));
  assert.equal(nameWords(wordFlags("United")), maxNameWordsFrom("United"));
});

test("small helpers: lower, intern, particles, neighbours, folded keys", () => {
  assert.equal(lower("Ostrovan"), "ostrovan");
  const a = intern("Dorin " + "Valcu");
  assert.equal(intern(["Dorin", "Valcu"].join(" ")), a);
  assert.ok(isNameParticle("della") && isNameParticle("von") && !isNameParticle("dellas") && !isNameParticle("told"));
  const tokens = tokenize("Anela Vrabie spoke", 0, 18);
  assert.equal(tokenAt(tokens, -1), undefined);
  assert.equal(tokenAt(tokens, 0)?.text, "Anela");
  assert.equal(tokenAt(tokens, tokens.length), undefined);
  assert.equal(foldedKey(nameParts("Anela Vrabie")), "anela vrabie");
  assert.equal(foldedKey(nameParts("Anela Vrabie")), foldedKey(nameParts("Anela Vrabie")));
});

test("ages are read before a name only within reach of the mark, wherever it is in the article", () => {
  const filler = "The council met again and nothing was decided. ".repeat(40);
  const text = `Council news today\n${filler}The 41-year-old teacher Milo Darvek spoke first. ${filler}Lasko Verrin spoke last.`;
  const ms = findMentions(parseArticle("t.txt", text), noDecisions);
  const darvek = ms.find((m) => m.name === "Milo Darvek");
  assert.equal(darvek?.age?.value, 41);
  assert.equal(ms.find((m) => m.name === "Lasko Verrin")?.age, undefined);
  // An article with no age at all, a name first in its block and one last: no look-up falls off an edge.
  const plain = findMentions(parseArticle("t.txt", "Headline words here now\nMilo Darvek\nIt rained on Lasko Verrin"), noDecisions);
  assert.ok(plain.every((m) => m.age === undefined));
});
