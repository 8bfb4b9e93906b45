// The cheaper first tests of the time and past-event readers (claims' sinceEvent and pastTime, figures/time.ts)
// give the answers the regexes alone gave: the edge cases each test stands in for. Sentences are our own.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mayOpenSinceWhen } from "../../server/src/analysis/figures/time";
import { analysis } from "./figureHelpers";

const whenOf = (text: string, figure: string, date: string | null = null) => analysis(text, [], { date }).claims.find((c) => c.text.endsWith(figure))?.when;

test("'since the truce' after a count: in any case, not beyond a comma or a semicolon, not inside a longer word", () => {
  assert.equal(whenOf("At least 92 people have been killed since the truce took effect.", "92"), "since the ceasefire");
  assert.equal(whenOf("At least 92 people have been killed SINCE the truce took effect.", "92"), "since the ceasefire");
  assert.equal(whenOf("At least 92 people have been killed, since the truce took effect.", "92"), undefined);
  assert.equal(whenOf("At least 92 people have been killed; since the truce took effect, more.", "92"), undefined);
  assert.equal(whenOf("At least 92 people have been killed sincerely since the truce.", "92"), "since the ceasefire");
});

test("'in', 'the', 'of' before a year mark the past; before other words they mark nothing", () => {
  assert.equal(whenOf("In 2009, a landslide in the same valley killed 80 people.", "80", "2024-02-01"), "in 2009");
  assert.equal(whenOf("The 2013 collapse killed 1,134 people.", "1,134", "2024-04-24"), "in 2013");
  assert.equal(whenOf("The fires of 2019 killed 33 people.", "33", "2026-01-15"), "in 2019");
  assert.equal(whenOf("In the valley, a landslide killed 80 people.", "80", "2024-02-01"), undefined);
});

test("'since …, when' needs white space, a comma before any other stop, and 'when' (any case)", () => {
  const t = (s: string) => mayOpenSinceWhen(s, s.indexOf("since") + 5, s.length);
  assert.equal(t("the biggest since Black Summer, when one fire"), true);
  assert.equal(t("the biggest since Black Summer,\u00a0  WHEN one fire"), true);
  assert.equal(t("the biggest since Black Summer, whence"), true); // the regex then rules it out (\b)
  assert.equal(t("the biggest since Black Summer, according to"), false);
  assert.equal(t("the biggest since Black Summer; when one fire"), false);
  assert.equal(t("the biggest since 5.5 fires, when"), false);
  assert.equal(t("the biggest since, when"), false);
  assert.equal(t("the biggest since Black Summer, whe"), false);
  assert.equal(whenOf("It is the worst blast since the Rostal fire, when 41 people were killed.", "41"), "an earlier event");
  assert.equal(whenOf("It is the worst blast since the Rostal fire, whence 41 people were killed.", "41"), undefined);
  assert.equal(whenOf("It is the worst blast since the Rostal fire, according to police, when 41 people were killed.", "41"), undefined);
});

test("days: labels with and without the article's date, possessives, and 'put the toll at'", () => {
  assert.equal(whenOf("Police detained 40 people on Monday.", "40", "2027-03-10"), "2027-03-08");
  assert.equal(whenOf("Police detained 40 people on Monday.", "40"), "monday");
  assert.equal(whenOf("Police detained 40 people yesterday.", "40", "2027-03-10"), "2027-03-09");
  assert.equal(whenOf("Police detained 40 people tonight.", "40"), "today");
  assert.equal(whenOf("Police detained 40 people last week.", "40", "2027-03-10"), "last week");
  assert.equal(whenOf("Police detained 40 people in March.", "40", "2027-03-10"), "2027-03");
  assert.equal(whenOf("Police detained 40 people on March 3.", "40", "2027-03-10"), "2027-03-03");
  // A day's possessive names another noun's time, at the sentence's end too.
  assert.equal(whenOf("Police detained 40 people before Monday's vote.", "40", "2027-03-10"), undefined);
  assert.equal(whenOf("Police detained 40 people on Monday’s eve.", "40", "2027-03-10"), undefined);
  assert.equal(whenOf("Police detained 40 people on Monday's", "40", "2027-03-10"), undefined);
  // The day after "put the toll at N" dates the putting; "at" with no verb of putting, or in capitals, does not.
  assert.equal(whenOf("Doctors put the death toll at 40 on Tuesday.", "40", "2027-03-10"), undefined);
  assert.equal(whenOf("Doctors put the death toll at  40 on Tuesday.", "40", "2027-03-10"), undefined);
  assert.equal(whenOf("Doctors raised the death toll to 40 on Tuesday.", "40", "2027-03-10"), undefined);
  assert.equal(whenOf("Doctors counted deaths at 40 on Tuesday.", "40", "2027-03-10"), "2027-03-09");
  assert.equal(whenOf("Doctors put the death toll AT 40 on Tuesday.", "40", "2027-03-10"), "2027-03-09");
  assert.equal(whenOf("On Tuesday doctors put the death toll at 40.", "40", "2027-03-10"), "2027-03-09");
});
