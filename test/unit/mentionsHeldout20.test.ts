// Rules found on heldout20 (a bushfire and heatwave in New South Wales), each checked on invented text of its own.
import { test } from "node:test";
import assert from "node:assert/strict";
import { EntityKind, Mention } from "../../server/src/analysis/types";
import { mentionsOf, texts } from "./mentionHelpers";

const names = (ms: Mention[], kind: EntityKind) => ms.filter((m) => m.kind === kind).map((m) => m.name);

test('"Creek", "Flat", "Gully" and "Falls" end a place\'s name, whatever the context', () => {
  const ms = mentionsOf("Storm cuts roads\nCrews reached Wirrinda Creek and Booral Flat before dusk. A farmer watched the water approach Muswell Gully on Friday, and Coolabah Falls was cut off.");
  assert.deepEqual(texts(ms, "place"), ["Wirrinda Creek", "Booral Flat", "Muswell Gully", "Coolabah Falls"]);
  assert.deepEqual(texts(ms, "person"), []);
  assert.deepEqual(texts(ms, "organization"), []);
});

test('"Cr" and "Cllr" (councillor) are honorifics, not part of the name', () => {
  const ms = mentionsOf('Council meets\nMayor Dana Anstey opened the meeting. "We will rebuild," Cr Anstey said. Cllr Morwenna Pike agreed.');
  assert.deepEqual(texts(ms, "person"), ["Dana Anstey", "Anstey", "Morwenna Pike"]);
});

test('"Store" ends a business\'s name', () => {
  const ms = mentionsOf("Town holds out\nAt the Yarrum Bend General Store, manager Pia Colbert handed out water.");
  assert.deepEqual(texts(ms, "organization"), ["Yarrum Bend General Store"]);
  assert.deepEqual(texts(ms, "person"), ["Pia Colbert"]);
});

test("the possessive ending of an organization's \"of\" complement is not part of its name", () => {
  const ms = mentionsOf("Prices rise\nThe Office of Fair Trading's report came out on Monday, and the Bank of Scotland’s economists agreed.");
  assert.deepEqual(texts(ms, "organization"), ["Office of Fair Trading", "Bank of Scotland"]);
});

test("a district named for a public service is an organization, another district a place", () => {
  const ms = mentionsOf("Schools close\nThe Coalfields Local Health District and the Pinebrook Unified School District closed sites. Families in Tarnow District were told to stay home.");
  assert.deepEqual(texts(ms, "organization"), ["Coalfields Local Health District", "Pinebrook Unified School District"]);
  assert.deepEqual(texts(ms, "place"), ["Tarnow District"]);
});

test("a state's initials before a region's name of several words are two places, unless the lists know the whole", () => {
  const ms = mentionsOf("Heat spreads\nTemperatures rose across the NSW Far South Coast on Sunday. Tourists left the US Virgin Islands.");
  assert.deepEqual(texts(ms, "place"), ["NSW", "Far South Coast", "US Virgin Islands"]);
  assert.deepEqual(names(ms, "place").slice(0, 1), ["New South Wales"]);
});

test("an outlet's word before a country's name is the outlet's edition, not a place", () => {
  const ms = mentionsOf('Minister speaks\n"We are ready," the minister told Guardian Australia on Monday. She later spoke to Sky News Australia.');
  assert.deepEqual(texts(ms, "organization"), ["Guardian Australia", "Sky News Australia"]);
  assert.deepEqual(texts(ms, "place"), []);
});

test("a state's or country's initials before a body's initials are that body, named by its own initials", () => {
  const ms = mentionsOf("Crews stretched\nThe blaze jumped the road overnight. (Picture: NSW SES)\nWaiting lists grew, the UK NHS said.");
  assert.deepEqual(texts(ms, "organization"), ["NSW SES", "UK NHS"]);
  assert.deepEqual(names(ms, "organization"), ["SES", "NHS"]);
  assert.deepEqual(texts(ms, "place"), []);
});
