// Numeric claims: each form of figure, its value and interval, what it counts, its owner and its time.
// Sentences are our own.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractClaims } from "../../server/src/analysis/claims";
import { parseArticle } from "../../server/src/analysis/structure";
import { Claim } from "../../server/src/analysis/types";
import { analysis, article } from "./figureHelpers";

const claimsOf = (text: string, names: string[] = [], options = {}) => analysis(text, names, options).claims;
const only = (text: string, names: string[] = [], options = {}): Claim => {
  const cs = claimsOf(text, names, options);
  assert.equal(cs.length, 1, `one claim expected in ${JSON.stringify(text)}, got ${JSON.stringify(cs.map((c) => c.text))}`);
  return cs[0];
};
/** The quantity key of the one claim in `text`. */
const keyOf = (text: string): string => only(text).quantityKey;
const offsetsHold = (text: string, cs: Claim[]) => {
  for (const c of cs) assert.equal(text.slice(c.start, c.end), c.text);
};

test("digits with thousands separators, with exact offsets", () => {
  const text = "Officials said 12,400 people were detained in the port city.";
  const c = only(text);
  assert.equal(c.value, 12400);
  assert.equal(c.text, "12,400");
  assert.equal(c.unit, "count");
  assert.equal(c.quantityKey, "count|arrested|people");
  offsetsHold(text, [c]);
});

test("number words: 'two', 'thirty-two', 'two hundred'", () => {
  assert.equal(only("Thirty-two fishermen were rescued off the coast.").value, 32);
  assert.equal(only("Thirty-two fishermen were rescued off the coast.").quantityKey, "count|rescued|fishermen");
  assert.equal(only("Two nurses were injured in the blast.").value, 2);
  assert.equal(only("Some two hundred volunteers gathered at the square.").value, 200);
  assert.equal(claimsOf("One of them left.").length, 0, "'one' alone is a pronoun, not a figure");
});

test("scaled amounts and currencies: $1-billion, 1.2 million, £4.25bn, US$3.1bn, ￡, 4.25 billion pounds", () => {
  const loan = only("The ministry agreed a $1-billion loan with the bank.");
  assert.equal(loan.value, 1e9);
  assert.equal(loan.unit, "money:USD");
  assert.equal(loan.quantity, "loans");
  assert.equal(loan.quantityKey, "", "a loan belongs to one of several borrowers: named, never compared");
  const displaced = only("Floods displaced 1.2 million people in the delta.");
  assert.equal(displaced.value, 1.2e6);
  assert.equal(displaced.quantityKey, "count|displaced|people");
  const bid = only("The group tabled a £4.25bn bid for the airline.");
  assert.equal(bid.value, 4.25e9);
  assert.equal(bid.unit, "money:GBP");
  assert.equal(bid.quantity, "bid");
  assert.equal(only("The airline was sold for US$3.1bn in cash.").unit, "money:USD");
  const fullWidth = only("The sale price of ￡2.5 billion was a record.");
  assert.equal(fullWidth.unit, "money:GBP");
  assert.equal(fullWidth.value, 2.5e9);
  assert.equal(fullWidth.quantityKey, "money|sale price");
  const words = only("The port was sold for 4.25 billion pounds last year.");
  assert.equal(words.unit, "money:GBP");
  assert.equal(words.value, 4.25e9);
  assert.equal(words.text, "4.25 billion pounds");
});

test("currencies named with their country's adjective or a glued code: '3 billion Swiss francs', 'CHF3bn', '50m Australian dollars'", () => {
  const francs = only("The bank was sold for 3 billion Swiss francs ($3.2 billion) on Sunday.");
  assert.deepEqual([francs.unit, francs.value, francs.text], ["money:CHF", 3e9, "3 billion Swiss francs ($3.2 billion)"]);
  assert.deepEqual(francs.conversions, [{ unit: "money:USD", value: 3.2e9 }]);
  const glued = only("The deal values the bank at CHF3bn.");
  assert.deepEqual([glued.unit, glued.value], ["money:CHF", 3e9]);
  assert.equal(only("The miner was sold for 50m Australian dollars.").unit, "money:AUD");
  assert.equal(only("Exports reached 2 trillion South Korean won.").unit, "money:KRW");
  assert.equal(only("The bank offered a 100 billion franc credit line.").unit, "money:CHF");
  assert.equal(only("The bill sought to raise 346 billion shillings ($2.7 billion).").unit, "money:SHILLING");
});

test("an earthquake's magnitude: 'magnitude 6.8', 'a magnitude of 6.9', '6.8-magnitude quake'; aftershocks apart", () => {
  const forms = ["A magnitude 6.8 quake hit the region.", "The earthquake had a magnitude of 6.9.", "A 6.8-magnitude earthquake struck.", "The 7.1 magnitude tremor was felt far away."];
  for (const text of forms) {
    const c = only(text);
    assert.deepEqual([c.unit, c.quantityKey], ["magnitude", "magnitude|quake"], text);
  }
  assert.equal(only("A magnitude 5.1 aftershock followed.").quantityKey, "magnitude|aftershock");
  assert.equal(only("The magnitude 6.8 figure was revised.").quantityKey, "", "no quake named");
});

test("the price of an earlier deal is never this story's price", () => {
  const [now, then] = claimsOf("The club agreed a £90m deal for the player, who joined his current club in 2020 in a £25m deal.", [], { date: "2023-06-07" }).filter((c) => c.unit.startsWith("money"));
  assert.equal(now.quantityKey, "money|sale price");
  assert.equal(then.quantityKey, "");
});

test("a conversion stated in the text is one amount, not two", () => {
  const text = "The deal is worth £2.5bn (US$3.1bn) according to the filing.";
  const c = only(text);
  assert.equal(c.text, "£2.5bn (US$3.1bn)");
  assert.equal(c.value, 2.5e9);
  assert.deepEqual(c.conversions, [{ unit: "money:USD", value: 3.1e9 }]);
  offsetsHold(text, [c]);
});

test("percentages: 80 percent, 80%, 100 per cent, with what they are of", () => {
  for (const text of ["Mayor Ines Varga won 62 percent of the vote.", "Ines Varga won 62% of the vote.", "Ines Varga won 62 per cent of the vote."]) {
    const c = only(text, ["Ines Varga"]);
    assert.equal(c.unit, "percent");
    assert.equal(c.value, 62);
    assert.equal(c.quantityKey, "percent|vote");
    assert.equal(c.owner?.text, "Ines Varga");
  }
  assert.equal(only("Half the town was flooded, and 30% of the homes lost power.").quantityKey, "percent|homes");
});

test("a share of the vote is its winner's: two candidates' shares are never one quantity", () => {
  const names = ["Ines Varga", "Pol Dragan"];
  const [winner, rival] = claimsOf("Ines Varga won 52.1% of the vote, and her rival Pol Dragan won 47.9% of the vote.", names);
  assert.deepEqual([winner.owner?.text, rival.owner?.text], ["Ines Varga", "Pol Dragan"]);
  assert.equal(only("Pol Dragan's rival won 47.9% of the vote.", names).quantityKey, "", "a possessive names no winner");
  assert.equal(only("The mayor won 62% of the vote.").quantityKey, "", "no one named: not compared");
  assert.equal(claimsOf("Ines Varga ran again. She won 55% of the vote.", names)[0].owner?.text, "Ines Varga");
});

test("votes are their winner's too: two candidates' vote counts are never one quantity", () => {
  const names = ["Ines Varga", "Pol Dragan"];
  const [winner, rival] = claimsOf("Ines Varga won 8.8 million votes, while Pol Dragan got 7 million votes.", names);
  assert.deepEqual([winner.owner?.text, rival.owner?.text], ["Ines Varga", "Pol Dragan"]);
  assert.deepEqual([winner.quantityKey, winner.quantity], ["count|-|votes", "{owner}'s votes"]);
  assert.equal(only("About 8.8 million votes were cast.").quantityKey, "", "no one named: not compared");
  // Seats too, and the whole of "412 of the 650 seats" is no one's.
  assert.equal(only("Labour won 411 seats.").quantityKey, "", "a party is no person: not compared");
  const [, whole] = claimsOf("Ines Varga's party won, taking 412 of the 650 seats.", names);
  assert.deepEqual([whole.text, whole.quantityKey], ["650", ""]);
});

test("ages: '41-year-old Name', 'Name, 33,', 'Name, a 37-year-old …', 'Name (…), 41', 'He was 67'", () => {
  const a = only("Police questioned 52-year-old Tomas Verhoeven on Friday.", ["Tomas Verhoeven"]);
  assert.equal(a.unit, "age");
  assert.equal(a.value, 52);
  assert.equal(a.owner?.text, "Tomas Verhoeven");
  const b = only("“We were not warned,” said Ines Calder, 33, a nurse.", ["Ines Calder"]);
  assert.equal(b.unit, "age");
  assert.equal(b.owner?.text, "Ines Calder");
  const c = only("The winner, Hanna Lind, a 37-year-old teacher, spoke first.", ["Hanna Lind"]);
  assert.equal(c.owner?.text, "Hanna Lind");
  const d = only("Driver Marco Pelt (pictured leaving court), 41, was fined.", ["Marco Pelt"]);
  assert.equal(d.unit, "age");
  assert.equal(d.owner?.text, "Marco Pelt");
  const aged = only("The driver, Jonas Berg, aged 58, was unhurt.", ["Jonas Berg"]);
  assert.deepEqual([aged.unit, aged.value, aged.owner?.text, aged.text], ["age", 58, "Jonas Berg", "aged 58"]);
  const cs = claimsOf("The former mayor Olof Brandt died on Monday. He was 67.", ["Olof Brandt"]);
  const e = cs.find((x) => x.unit === "age");
  assert.equal(e?.value, 67);
  assert.equal(e?.owner?.text, "Olof Brandt");
});

test("an age with no name beside it goes to the nearest person without another age", () => {
  const text =
    "Greta Holm, a 29-year-old engineer, challenged Anton Rask in the vote and says he should go.\nThe 71-year-old has led the party since 1998.";
  const cs = claimsOf(text, ["Greta Holm", "Anton Rask"]);
  const ages = cs.filter((c) => c.unit === "age");
  assert.deepEqual(
    ages.map((c) => [c.value, c.owner?.text]),
    [
      [29, "Greta Holm"],
      [71, "Anton Rask"],
    ],
  );
});

test("durations: '26 years', '26-year rule' belong to the person whose rule it is", () => {
  const cs = claimsOf("Opponents of Anton Rask say his 19-year rule must end after 19 years in power.", ["Anton Rask"]);
  assert.equal(cs.length, 2);
  for (const c of cs) {
    assert.equal(c.unit, "duration:years");
    assert.equal(c.value, 19);
    assert.equal(c.quantityKey, "duration|tenure");
    assert.equal(c.owner?.text, "Anton Rask");
  }
  assert.equal(claimsOf("The bridge opened six years ago.")[0].quantityKey, "", "'six years ago' is a point in time");
  // A prison term is the convicted person's.
  const term = only("A court sentenced Ales Varko to 10 years in prison.", ["Ales Varko"]);
  assert.deepEqual([term.quantityKey, term.owner?.text, term.quantity], ["duration|prison", "Ales Varko", "{owner}'s prison sentence"]);
  assert.equal(only("Ales Varko was jailed for nine years.", ["Ales Varko"]).quantityKey, "duration|prison");
  // "11 years, five months and 15 days" is one prison term: its months and days are not terms of their own.
  const longTerm = claimsOf("The court sentenced Dario Vell to 11 years, five months and 15 days in prison.", ["Dario Vell"]);
  assert.deepEqual(longTerm.map((c) => [c.text, c.quantityKey]), [["11 years, five months and 15 days", "duration|prison"]]);
});

test("years: 'came to power in 1994', periods 'from 2003 to 2005' and 'between 2002 and 2005'", () => {
  const y = claimsOf("Anton Rask came to power in 1994.", ["Anton Rask"]);
  assert.equal(y.length, 1);
  assert.equal(y[0].unit, "year");
  assert.equal(y[0].value, 1994);
  assert.equal(y[0].quantityKey, "year|came to power");
  const p = claimsOf("Lena Moss, a member of the coast guard from 2003 to 2005, was arrested.", ["Lena Moss"]);
  assert.deepEqual(
    p.filter((c) => c.unit === "year").map((c) => [c.text, c.quantityKey]),
    [
      ["from 2003", "year|service start"],
      ["to 2005", "year|service end"],
    ],
  );
  const q = claimsOf("Lena Moss served in the army between 2002 and 2005.", ["Lena Moss"]);
  assert.deepEqual(
    q.map((c) => [c.text, c.value]),
    [
      ["between 2002", 2002],
      ["and 2005", 2005],
    ],
  );
});

test("vague counts: dozens, hundreds, thousands, tens of thousands", () => {
  const cases: [string, string, number, number][] = [
    ["Dozens of shops were looted.", "Dozens", 24, 100],
    ["Hundreds of people were injured.", "Hundreds", 200, 1000],
    ["Thousands marched through the capital.", "Thousands", 2000, 10000],
    ["Tens of thousands marched through the capital.", "Tens of thousands", 20000, 100000],
  ];
  for (const [text, span, low, high] of cases) {
    const c = only(text);
    assert.equal(c.text, span);
    assert.equal(c.value, null);
    assert.equal(c.low, low);
    assert.equal(c.high, high);
    assert.equal(c.quantityKey, "", "a vague count is never compared");
  }
});

test("ranges: 'between 200 and 300', '5,000 to 6,000'", () => {
  const a = only("Officials said between 200 and 300 homes were flooded.");
  assert.equal(a.low, 200);
  assert.equal(a.high, 300);
  assert.equal(a.text, "between 200 and 300");
  const b = only("Rescuers said 5,000 to 6,000 people were missing.");
  assert.equal(b.low, 5000);
  assert.equal(b.high, 6000);
  assert.equal(b.quantityKey, "count|missing|people");
});

test("fractions: 'two-thirds', 'a third of'", () => {
  const a = only("Two-thirds of the voters stayed home.");
  assert.equal(a.unit, "fraction");
  assert.ok(Math.abs((a.value ?? 0) - 2 / 3) < 1e-9);
  const b = only("A third of the harvest was lost.");
  assert.ok(Math.abs((b.value ?? 0) - 1 / 3) < 1e-9);
});

test("qualifiers normalize to intervals", () => {
  const more = only("More than 6,500 people were arrested.");
  assert.deepEqual([more.low, more.high, more.lowOpen, more.qualifier], [6500, null, true, "more than"]);
  const nearly = only("Nearly 7,000 people were arrested.");
  assert.equal(nearly.high, 7000);
  assert.equal(nearly.highOpen, true);
  assert.ok(nearly.low !== null && nearly.low > 6400 && nearly.low < 6600);
  const least = only("At least 6,700 people were detained.");
  assert.deepEqual([least.low, least.high, least.lowOpen ?? false], [6700, null, false]);
  const around = only("Around 200 fighters crossed the border.");
  assert.ok(Math.abs((around.low ?? 0) - 180) < 1e-6 && Math.abs((around.high ?? 0) - 220) < 1e-6);
  const upTo = only("As many as 2,000 people may have drowned.");
  assert.deepEqual([upTo.low, upTo.high], [null, 2000]);
  assert.equal(upTo.quantityKey, "count|killed|people");
  const passes = only("The quake's death toll passes 2,000.");
  assert.deepEqual([passes.qualifier, passes.low, passes.high, passes.lowOpen], ["passes", 2000, null, true]);
  const exceed = only("The dead exceed 2,000, the governor said.");
  assert.equal(exceed.qualifier, "exceed");
  assert.equal(exceed.quantityKey, "count|killed|people");
  // Phrases of three and four words, the longest one read back from the figure, and a softener inside one.
  assert.equal(only("Losses were in excess of 900 tonnes.").qualifier, "in excess of");
  assert.equal(only("Losses were in the region of 900 tonnes.").qualifier, "in the region of");
  assert.equal(only("Losses were no fewer than 900 tonnes.").qualifier, "no fewer than");
  assert.equal(only("The crowd was closer to just 250 people.").qualifier, "closer to just");
  // A word that ends a qualifier but is not one with the words before it: only the last word counts.
  assert.equal(only("Rescuers were told of 90 survivors.").qualifier, null);
  // "over" as a verb's particle is no qualifier: the figure after "handed over" is exact.
  assert.equal(only("The guards handed over 41 detainees.").qualifier, null);
  assert.equal(only("The guards handed over 41 detainees.").low, 41);
  assert.equal(only("Police turned over 12 suspects to prosecutors.").qualifier, null);
  assert.equal(only("The crowd was well over 300 people.").qualifier, "well over");
  assert.equal(only("Rescuers found over 300 survivors.").qualifier, "over");
});

test("a count of places after 'in' or 'across' says where, not what was counted", () => {
  const displaced = claimsOf("About 9,000 families were displaced across 11 provinces.");
  assert.equal(displaced.find((c) => c.text === "About 9,000")?.quantityKey, "count|displaced|families");
  assert.equal(displaced.find((c) => c.text === "11")?.quantityKey, "");
  assert.equal(claimsOf("Residents were evacuated in three districts on Monday.").find((c) => c.text === "three")?.quantityKey, "");
  // Without the preposition, places can be what is counted.
  assert.equal(only("The storm destroyed 12 villages.").quantityKey, "count|destroyed|villages");
});

test("the counted thing: noun, nationality, event synonyms, confirmed tallies", () => {
  assert.equal(only("Guards detained 40 Danish citizens at the border.").quantityKey, "count|arrested|danish nationals");
  assert.equal(only("The army released 15 Ukrainians on Monday.").quantityKey, "count|released|ukrainians");
  assert.equal(only("Medics confirmed three deaths.").quantityKey, "count|killed|people|confirmed");
  assert.equal(only("The storm killed 41 people.").quantityKey, "count|killed|people");
  assert.equal(only("The floods left 300 dead.").quantityKey, "count|killed|people");
  assert.equal(only("The club won 14 trophies.").quantityKey, "count|-|trophies");
  assert.equal(only("Police detained 48 protesters on Thursday night.").quantityKey, "count|arrested|people", "protesters are people");
  // A noun before a noun for people modifies it: the count is of workers, not of "health".
  assert.equal(only("Officials said 10 health workers were infected.").quantity, "health workers infected");
  assert.equal(only("Three aid workers were killed in the strike.").quantityKey, "count|killed|workers");
  // An aside about part of the count sits between the count and its verb.
  const [all, part] = claimsOf("At least 34 people, including 10 soldiers, were killed by the fires.");
  assert.deepEqual([all.quantityKey, part.quantityKey], ["count|killed|people", ""]);
  assert.equal(claimsOf("About 200 residents, mostly elderly, were evacuated overnight.")[0].quantityKey, "count|displaced|people");
  assert.equal(claimsOf("Some 40 people, the mayor said, were hurt.")[0].quantityKey, "", "a comma that opens no aside still ends the clause");
});

test("a hyphenated modifier before the noun: '360 heat-related deaths', '1,200 flood-hit homes'", () => {
  assert.equal(only("Officials recorded 360 heat-related deaths in the region.").quantityKey, "count|killed|people|confirmed");
  const homes = only("Rain hit 1,200 flood-hit homes.");
  assert.deepEqual([homes.quantityKey, homes.quantity], ["count|-|homes", "flood-hit homes"]);
});

test("the counted noun of a compound: 'passenger trains', 'deadly plane crashes', 'South Koreans'", () => {
  assert.equal(only("Two passenger trains collided near the station.").quantityKey, "count|-|trains");
  assert.equal(only("The country has had 42 deadly plane crashes.").quantityKey, "count|-|crashes");
  assert.equal(only("Among the dead were two South Koreans.").quantity, "South Koreans killed");
  assert.equal(only("Officials said 1 tank remains on the bridge.").quantity, "tank", "no compound after one");
  assert.equal(only("Two officials says it is over.").quantity, "officials", "a verb of saying is no noun");
});

test("figures that must not be compared: subsets, other incidents, people without a verb, bare percentages", () => {
  const [all, children] = claimsOf("The strike killed 40 people, including 12 children.");
  assert.equal(all.quantityKey, "count|killed|people");
  assert.equal(children.quantityKey, "");
  assert.equal(only("A separate strike killed 5 people.").quantityKey, "");
  assert.equal(only("The couple has three children.").quantityKey, "");
  assert.equal(only("Around 200 fighters crossed the river.").quantityKey, "");
  assert.equal(only("The company's shares fell 5% on the news.").quantityKey, "");
  assert.equal(only("The president's net worth of $4.5bn was a surprise.").quantityKey, "", "no owner named");
  const worth = only("Mr Lind has a net worth of $4.5bn.", ["Mr Lind"]);
  assert.equal(worth.quantityKey, "money|net worth");
  assert.equal(worth.owner?.text, "Mr Lind");
  // Other ways to say it: "whose net worth is estimated at", "who is worth"; a deal "worth" $44bn is no one's.
  assert.equal(only("Mr Lind, whose net worth is estimated at $220bn, agreed.", ["Mr Lind"]).quantityKey, "money|net worth");
  assert.equal(only("Analysts say Mr Lind, who is worth about $200bn, will struggle.", ["Mr Lind"]).quantityKey, "money|net worth");
  assert.notEqual(only("Mr Lind said the deal is worth $44bn.", ["Mr Lind"]).quantityKey, "money|net worth");
  // "killing at least 70 of the 72 people aboard": 72 were aboard, not killed.
  const [, aboard] = claimsOf("The crash killed at least 70 of the 72 people aboard.");
  assert.deepEqual([aboard.text, aboard.quantityKey], ["72", ""]);
  const [, residents] = claimsOf("In the village, 90 of its 200 residents were killed.");
  assert.deepEqual([residents.text, residents.quantityKey], ["200", ""]);
  assert.equal(only("It was one of three ferries serving the island.").quantityKey, "count|-|ferries", "the whole still counts its things");
});

test("a count's place: a locative phrase in its clause, or a sentence opening 'In X,'", () => {
  const a = article(
    "Police arrested 300 people in the capital city of Varna.\nIn Ruse, 40 people were arrested.\nRuse released 12 prisoners.\n" +
      "Rescuers in Lovech said 12 people had died there.",
  );
  const places = (["Varna", "Ruse", "Lovech"] as const).flatMap((name) => {
    const out = [];
    for (let i = a.text.indexOf(name); i >= 0; i = a.text.indexOf(name, i + 1))
      out.push({ file: a.file, start: i, end: i + name.length, text: name, kind: "place" as const, name, form: "full" as const });
    return out;
  });
  const cs = extractClaims(a, places);
  assert.deepEqual(
    cs.map((c) => c.where?.text),
    ["Varna", "Ruse", undefined, "Lovech"],
  );
  // The opening place may come with its kind and a direction: "In the western Lviv region,", "In the southern city of Kherson,".
  const region = claimsOf("In the western Lvara region, five people were killed.", [], { places: ["Lvara"] });
  assert.equal(region[0].where?.text, "Lvara");
  const city = claimsOf("In the southern city of Kherra, three people were killed.", [], { places: ["Kherra"] });
  assert.equal(city[0].where?.text, "Kherra");
  // A place's possessive says whose, not where: "killed in Veloria's offensive".
  const offensive = claimsOf("More than 13,300 people have been killed in Veloria's offensive.", [], { places: ["Veloria"] });
  assert.equal(offensive[0].where, undefined);
});

test("figures that must not be compared: forecasts, parts of a count, anaphora, generic nouns", () => {
  assert.equal(only("Officials expect the toll to rise to 900.").quantityKey, "");
  assert.equal(only("At least 12 other people were killed elsewhere.").quantityKey, "");
  assert.equal(only("Of the displaced, 30,000 of them came from the coast.").quantityKey, "");
  assert.equal(only("The two countries signed a treaty.").quantityKey, "");
  assert.equal(only("The envoy visited five countries.").quantityKey, "");
});

test("when: 'on Sunday' dates the event; 'said on Monday' dates only the report", () => {
  const sunday = only("Police arrested 300 people in the capital on Sunday.", [], { date: "2021-03-09" });
  assert.equal(sunday.when, "2021-03-07");
  assert.equal(only("Police arrested 300 people in the capital on Sunday.").when, "sunday");
  assert.equal(only("Police said on Monday that 300 people were arrested.").when, undefined);
  assert.equal(only("Police said 300 people were arrested, before the march on Thursday.").when, undefined);
  // The verb of saying after the day, or in capitals before it, dates the report too; a longer word does not.
  assert.equal(only("On Monday, police said 300 people were arrested.", [], { date: "2021-03-09" }).when, "2021-03-08");
  assert.equal(only("Police arrested 300 people on Monday, officials said.", [], { date: "2021-03-09" }).when, "2021-03-08");
  assert.equal(only("300 people were arrested, police SAID ON Monday.").when, undefined);
  assert.equal(only("300 people were arrested, police unsaid on Monday.").when, "monday");
  assert.equal(only("300 people were arrested on Monday, said police.").when, undefined);
});

test("dates, times of day and identifiers are not counts", () => {
  assert.equal(claimsOf("The licence runs until May 31.").length, 0);
  assert.equal(claimsOf("The vote was held on Sept. 14, 2020 in the north.").length, 0);
  assert.equal(claimsOf("She filed the report on 8 July 2022.").length, 0);
  const t = only("The blast happened at 11:30 a.m. near the station.");
  assert.equal(t.unit, "time");
  assert.equal(t.quantityKey, "");
  assert.equal(t.text, "11:30 a.m.");
  // A time stamp with a zone, spaced or not, is a time of day; "PST" is no "p.m.".
  const stamp = only("Updated Tue 18 Jan 2022 16.05 GMT");
  assert.deepEqual([stamp.unit, stamp.text, stamp.value, stamp.quantityKey], ["time", "16.05 GMT", 16 + 5 / 60, ""]);
  const pacific = only("The launch is set for 11:30 PST on Friday.");
  assert.deepEqual([pacific.unit, pacific.value], ["time", 11.5]);
  assert.equal(claimsOf("Cases of Covid-19 rose in the G7 states, see www.example.com/2021/05/story.").filter((c) => c.unit === "count").length, 0);
});

test("names with numbers, units glued to digits and scores are never compared", () => {
  const keyed = (text: string) => claimsOf(text).filter((c) => c.quantityKey);
  assert.deepEqual(keyed("The Boeing 737 flew over Highway 61 under Article 5."), []);
  assert.deepEqual(keyed("He ran the 100m sprint in 40C heat on a 5G phone."), []);
  assert.deepEqual(keyed("The new clade 1b variant spread to 4x4 trucks."), []);
  assert.deepEqual(keyed("They won 2-1 and the bill passed 52-48."), []);
  assert.deepEqual(keyed("The assembly voted 190-0 to block it, and 300 people were arrested.").map((c) => c.text), ["300"]);
  assert.deepEqual(keyed("Delegates voted 2,936 to 3 to approve him."), []);
  assert.deepEqual(claimsOf("Ines Varga beat Pol Dragan in a run-off by 215 votes to 194.", ["Ines Varga", "Pol Dragan"]).filter((c) => c.quantityKey), []);
  assert.equal(only("The toll rose from 20 to 30 people killed.").text, "20 to 30", "a range, not a tally");
  assert.equal(only("He served two five-year terms.").quantityKey, "", "a number word is no counted noun");
  assert.equal(only("Rs 500 crore was spent on roads.").unit, "money:INR");
  assert.equal(only("Rs 500 crore was spent on roads.").value, 5e9);
  // The Turkish lira's "TL" before an amount, as "Rs" or "Tk".
  assert.equal(only("A fine of TL 3 million was imposed.").unit, "money:TRY");
  assert.equal(only("A fine of TL 3 million was imposed.").value, 3e6);
  assert.equal(only("About 3m people watched the final.").value, 3e6);
  assert.equal(only("Some 300 villagers fled the fighting.").quantityKey, "count|displaced|villagers");
});

test("a claim inside a quotation carries its speaker", () => {
  const text = "“We counted 45 bodies,” said Ada Ruiz.";
  const a = article(text, { quotations: [{ start: 0, end: 24, speaker: { start: 30, end: 38, text: "Ada Ruiz" } }] });
  const [c] = extractClaims(a, []);
  assert.equal(c.speaker, "Ada Ruiz");
  // (Bodies counted are the toll as the speaker counts it, not a tally apart: see "bodies counted are the toll".)
  assert.equal(c.quantityKey, "count|killed|people");
  // Several quotations: each claim takes the one it lies in, none outside them.
  const two = "“We saw 12 trucks,” said Ada Ruiz. Then 30 buses came. “There were 45 bodies,” said Ben Ode.";
  const quotes = [
    { start: 0, end: 19, speaker: { start: 25, end: 33, text: "Ada Ruiz" } },
    { start: 55, end: 79, speaker: { start: 85, end: 92, text: "Ben Ode" } },
  ];
  const claims = extractClaims(article(two, { quotations: quotes }), []);
  assert.deepEqual(claims.map((x) => [x.text, x.speaker]), [["12", "Ada Ruiz"], ["30", undefined], ["45", "Ben Ode"]]);
});

test("furniture and captions printed twice give no claims", () => {
  const text = "Subscribe for 30 days free\nCrowds of 5,000 filled the square\nCrowds of 5,000 filled the square\nPolice arrested 20 people.";
  const a = article(text, {
    blocks: [
      { start: 0, end: 26, kind: "furniture" },
      { start: 27, end: 60, kind: "caption" },
      { start: 61, end: 94, kind: "caption", duplicateOf: 1 },
      { start: 95, end: text.length, kind: "paragraph" },
    ],
  });
  const cs = extractClaims(a, []);
  assert.deepEqual(
    cs.map((c) => c.text),
    ["5,000", "20"],
  );
});

test("an article that says a count is rising marks its counts", () => {
  const cs = claimsOf("The storm killed 120 people.\nThe toll is expected to rise as rescuers search.");
  assert.equal(cs[0].rising, true);
  // A disaster's other counts move with its toll: the injured and the missing are counted at some hour too.
  const all = claimsOf("The death toll rose to 19 on Friday. Officials said 41 people were injured and 6 were missing.");
  assert.deepEqual(all.filter((c) => c.quantityKey).map((c) => [c.quantityKey, c.rising]), [
    ["count|killed|people", true],
    ["count|injured|people", true],
    ["count|missing|people", true],
  ]);
  // Counts of other things are not.
  assert.equal(claimsOf("The death toll rose to 19. Police arrested 12 looters.")[1].rising, undefined);
});

test("bad input never throws and offsets stay exact: empty, CRLF, lone CR, emoji, RTL", () => {
  assert.deepEqual(extractClaims(article(""), []), []);
  const texts = [
    "Line one\r\nPolice arrested 20 people.\r\n",
    "Line one\rPolice arrested 20 people.\r",
    "🎉🎉 Police arrested 20 people 🎉 and 3,000 marched.",
    "قال المسؤولون إن 300 شخص اعتقلوا. Police arrested 20 people.",
    "\u0000\uFFFF 12 \uD800 lone surrogate 13",
  ];
  for (const text of texts) {
    const cs = extractClaims(article(text), []);
    offsetsHold(text, cs);
    assert.ok(cs.some((c) => c.value === 20 || c.value === 12));
  }
});

test("'rose to N': the new value of a count named at the head of a long clause", () => {
  const c = only("The number of passengers who drowned in the sinking of the old river ferry near the northern port rose to 63 on Friday.");
  assert.equal(c.quantityKey, "count|killed|people");
  assert.equal(c.when, "friday");
  const raised = only("Divers worked through the night, raising the death toll from the collapse of the old stone bridge to at least 17.");
  assert.equal(raised.quantityKey, "count|killed|people");
  // A number in between owns the event word: "to 30" is not a count of the dead.
  const level = claimsOf("Seven died in the storm that pushed the river level in the town to 30.").find((x) => x.text === "30");
  assert.notEqual(level?.quantityKey, "count|killed|people");
  // An event in a relative clause about something else is not the count's: "the wildfire that destroyed the town".
  const toll = only("The death toll from the wildfire that destroyed the historic harbour town of Lahel on the island rose to 93 on Saturday.");
  assert.equal(toll.quantityKey, "count|killed|people");
  assert.equal(only("The death toll from the wildfire that destroyed the town rose to 93.").quantityKey, "count|killed|people", "a short clause too");
  // A date and a clause of time inside the long clause are read through; "since … Nov. 28" dates nothing.
  const total = claimsOf("Police detained 49 people, bringing the total number of detentions since protests began on Nov. 28 to more than 400.", [], {
    date: "2024-12-06",
  }).find((c) => c.text === "more than 400");
  assert.deepEqual([total?.quantityKey, total?.when], ["count|arrested|people", undefined]);
});

test("a count of an earlier event is dated by it and never as the current count", () => {
  const earlier = claimsOf("The blaze came two decades after a similar fire at the same plant killed 31 people.").find((x) => x.text === "31")!;
  assert.equal(earlier.quantityKey, "count|killed|people");
  assert.equal(earlier.when, "an earlier event");
  assert.equal(only("A previous storm on the coast killed 12 people.").when, "an earlier event");
  assert.equal(only("Last year a flood in the valley killed 9 people.").when, "an earlier event");
  assert.equal(only("A study found that 61,672 people died from heat in the region last summer.").when, "an earlier event");
  // "since 2012, when 26 people were killed", "in 2012, in which 20 children were killed": a clause of that time.
  const since = claimsOf("It was the deadliest since 2012, when 26 people were killed at a school.", [], { date: "2022-05-25" });
  assert.equal(since.find((c) => c.text === "26")?.when, "in 2012");
  const which = claimsOf("It recalled the massacre in 2012, in which 20 children were killed.", [], { date: "2022-05-25" });
  assert.equal(which.find((c) => c.text === "20")?.when, "in 2012");
  const queens = claimsOf("It was the deadliest crash since November 2001, when a jet crashed in Queens, killing 265 people.", [], { date: "2025-01-30" });
  assert.equal(queens.find((c) => c.text === "265")?.when, "in 2001");
  const in2009 = claimsOf("In 2009, a landslide in the same valley killed 80 people.", [], { date: "2024-02-01" }).find((x) => x.text === "80");
  assert.equal(in2009?.when, "in 2009");
  // Days and weeks after the event are still the event; a year in an aside does not date the count.
  assert.equal(claimsOf("Three days after the quake, 500 people were still missing.").find((x) => x.text === "500")?.when, undefined);
  const aside = claimsOf("The crew, trained in 2015, rescued 14 people on Monday.", [], { date: "2024-02-07" }).find((x) => x.text === "14");
  assert.equal(aside?.quantityKey, "count|rescued|people");
  assert.equal(aside?.when, "2024-02-05");
  // A participle after the comma continues the earlier event's clause.
  const downed = claimsOf("Flight KX20 was downed in 2014, killing 298 people.", [], { date: "2024-05-02" })[1];
  assert.deepEqual([downed.text, downed.when], ["298", "in 2014"]);
});

test("an earlier event named by its year, told in a relative clause or by 'the following year'", () => {
  const date = { date: "2024-09-10" };
  // "the 2011 quake": a year naming the event; ", which killed …": a clause about it (the figures' own commas
  // separate no clauses).
  const named = claimsOf("Builders recalled the 2011 Kessel quake, which killed 1,204 people and injured about 3,600.", [], date);
  assert.deepEqual(named.filter((c) => c.quantityKey).map((c) => [c.text, c.when]), [["1,204", "in 2011"], ["about 3,600", "in 2011"]]);
  const which = claimsOf("The rules were written after the mine collapse in 2016, which killed 71 miners.", [], date).find((c) => c.text === "71");
  assert.equal(which?.when, "in 2016");
  const following = claimsOf("The Orla ferry sank in 2019, and a landslide the following year killed 60 people.", [], date).find((c) => c.text === "60");
  assert.equal(following?.when, "an earlier event");
  // The year is no count, even before a verb of the event or an event noun.
  const year = claimsOf("A blast in 2012 killed 112 workers at the plant.", [], date);
  assert.deepEqual(year.map((c) => [c.text, c.unit, c.quantityKey]), [["2012", "year", ""], ["112", "count", "count|killed|workers"]]);
  assert.equal(claimsOf("Officials called the 2024 death toll the worst yet.", [], date)[0].unit, "year");
  // This year's event is not an earlier one.
  assert.equal(claimsOf("Crews recalled the 2024 floods, which killed 40 people.", [], date).find((c) => c.text === "40")?.when, undefined);
});

test("page stamps are no figures: dates with slashes, time-zone offsets", () => {
  assert.deepEqual(claimsOf("Issued on: 12/09/2024 - 10:15").map((c) => c.text), ["10:15"]);
  assert.deepEqual(claimsOf("Posted 9:40 AM GMT+3, updated later").map((c) => c.text), ["9:40 AM"]);
  assert.deepEqual(claimsOf("Prices rose 3% after UTC-5 traders left.").map((c) => c.text), ["3%"]);
});

test("taka, naira and other currencies by name or code", () => {
  const tk = only("The minister announced Tk 3 lakh for each family.");
  assert.deepEqual([tk.unit, tk.value], ["money:BDT", 300000]);
  assert.deepEqual([only("The fund paid 150,000 taka to each family.").unit], ["money:BDT"]);
  assert.deepEqual([only("The ministry set aside 2 billion naira for repairs.").unit], ["money:NGN"]);
  assert.deepEqual([only("Tickets cost 900 baht each.").unit], ["money:THB"]);
});

test("one article's mentions never leak into the next article's scan", () => {
  const text = "Police said 300 people were arrested.";
  const before = only(text).quantityKey;
  assert.equal(before, "count|arrested|people");
  // The same text with a (made-up) mention starting at "people": the figure is part of a name's phrase.
  const a = article(text, { file: "a.txt" });
  const at = text.indexOf("people");
  const named = extractClaims(a, [{ file: "a.txt", start: at, end: at + 6, text: "people", kind: "place", name: "people", form: "full" }]);
  assert.equal(named[0].quantityKey, "");
  // The next article, without that mention, reads the figure as before.
  assert.equal(only(text).quantityKey, before);
});

test("people aboard: one count whatever the verb, kept apart from passengers or crew alone and from a capacity", () => {
  assert.equal(only("A bus carrying 40 people overturned.").quantityKey, "count|aboard|people");
  assert.equal(only("The boat had 52 people on board.").quantityKey, "count|aboard|people");
  assert.equal(only("The plane was carrying 61 passengers and crew.").quantityKey, "count|aboard|people");
  // "61 passengers and 4 crew": the passengers only; a licensed capacity is no count of people aboard.
  assert.equal(claimsOf("The plane was carrying 61 passengers and 4 crew.")[0].quantityKey, "count|aboard|passengers");
  assert.equal(only("The ferry was licensed to carry 90 passengers.").quantityKey, "");
});

test("an earlier story told 'weeks later', a day in another clause, unnamed people's ages, distances, payments", () => {
  const later = claimsOf("Months later, a second landslide buried the village, killing at least 40 people.", [], { date: "2024-09-10" });
  assert.equal(later.find((c) => c.text === "at least 40")?.when, "an earlier event");
  // "and that … on Saturday": the day is the other clause's.
  const rescued = claimsOf("Officials said that 61 people had been rescued and that the search would resume on Saturday.", [], { date: "2024-09-13" });
  assert.equal(rescued[0].when, undefined);
  // "her eight-year-old son": not the age of the woman named before.
  const text = "Rina Sari, 31, said she lifted her eight-year-old son onto a raft.";
  const ages = claimsOf(text, ["Rina Sari"]);
  assert.deepEqual(ages.map((c) => [c.text, c.owner?.text]), [["31", "Rina Sari"], ["eight-year-old", undefined]]);
  const nautical = only("The boat sank about 12 nautical miles off the cape.");
  assert.deepEqual([nautical.unit, nautical.text], ["measure:nautical miles", "about 12 nautical miles"]);
  // "would pay" names who pays: the amount is no salary.
  const pay = only("The insurer said it would pay 20 million rupiah to each family.");
  assert.notEqual(pay.quantity, "salary");
  assert.equal(pay.quantityKey, "");
});

test("rescued and missing counts with 'saved' and 'remained'", () => {
  assert.equal(only("Fishermen saved 31 people before dawn.").quantityKey, "count|rescued|people");
  assert.equal(only("Officials said 40 people remained missing.").quantityKey, "count|missing|people");
  assert.equal(only("Police said 12 remain unaccounted for.").quantityKey, "count|missing|people");
});

test("'N others' counts people beside another event's count, and is part of the same event's count", () => {
  assert.deepEqual(claimsOf("The blast killed 12 people and injured 30 others.").map((c) => c.quantityKey), ["count|killed|people", "count|injured|people"]);
  assert.deepEqual(claimsOf("Nine miners died and 14 others were hurt.").map((c) => c.quantityKey), ["count|killed|miners", "count|injured|people"]);
  // The same event: "two others" are part of the toll, never compared on their own.
  assert.deepEqual(claimsOf("Three people were killed in Tarno and two others in Velm.").map((c) => c.quantityKey)[1], "");
  assert.deepEqual(claimsOf("Twelve people died. Four others were killed later.").map((c) => c.quantityKey)[1], "");
});

test("'10 a.m.' is a time of day; 'injures'; 'Another N' beside another event's count", () => {
  assert.deepEqual(claimsOf("Nine remained missing as of 10 a.m., officials said.").map((c) => [c.text, c.unit]), [["Nine", "count"], ["10 a.m.", "time"]]);
  assert.equal(claimsOf("Blast at chemical plant kills 8, injures 27")[1].quantityKey, "count|injured|people");
  assert.deepEqual(claimsOf("Eight people were killed. Another 27 people were injured.").map((c) => c.quantityKey), ["count|killed|people", "count|injured|people"]);
  assert.deepEqual(claimsOf("Eight people died in Tarno. Another 5 people were killed in Velm.").map((c) => c.quantityKey)[1], "");
});

test("turnout is a quantity of its own; an earlier election's is not this one's", () => {
  assert.equal(only("Turnout was 62%, the commission said.").quantityKey, "percent|turnout");
  assert.equal(only("Participation reached 48.5% by the evening.").quantityKey, "percent|turnout");
  const earlier = claimsOf("Four years ago, the party won on a turnout of 61%.", [], { date: "2024-06-03" });
  assert.equal(earlier.find((c) => c.text === "61%")?.quantityKey, "");
  // A number word or two before "years ago" still opens the sentence.
  assert.equal(claimsOf("Two decades ago, a flood in the valley killed 40 people.").find((c) => c.text === "40")?.when, "an earlier event");
});

test("another candidate's share after the first's, the vote left unsaid", () => {
  const names = ["Ines Varga", "Marta Kovacs"];
  const whileShare = claimsOf("Ines Varga won 52.1% of the vote, while Marta Kovacs got 45.3%.", names);
  assert.deepEqual(whileShare.map((c) => [c.text, c.quantityKey, c.owner?.text]), [["52.1%", "percent|vote", "Ines Varga"], ["45.3%", "percent|vote", "Marta Kovacs"]]);
  const forShare = claimsOf("Ines Varga won 52.1% of the vote against 45.3% for opposition candidate Marta Kovacs.", names);
  assert.equal(forShare[1].owner?.text, "Marta Kovacs");
  // No other person: no share ("up from 45% in 2019" is the winner's earlier share, never compared).
  assert.equal(claimsOf("Ines Varga won 52.1% of the vote, up from 45% in 2019.", names)[1].quantityKey, "");
});

test("Korea's won: after digits, as 'W' glued to an amount, and 'tr' for trillion; 'acquire' prices a deal", () => {
  const won = only("Dalsan agreed to buy the chipmaker for 3.4 trillion won ($2.5 billion).");
  assert.deepEqual([won.unit, won.value, won.quantityKey], ["money:KRW", 3.4e12, "money|sale price"]);
  assert.deepEqual(won.conversions, [{ unit: "money:USD", value: 2.5e9 }]);
  assert.equal(only("Shares closed at 51,200 won on Friday.").unit, "money:KRW");
  assert.deepEqual([only("Dalsan buys chipmaker for W3.4tr").unit, only("Dalsan buys chipmaker for W3.4tr").value], ["money:KRW", 3.4e12]);
  // After a number word, "won" is the verb.
  assert.deepEqual(claimsOf("Of the nine finalists, two won medals.").map((c) => c.unit), ["count", "count"]);
  assert.equal(only("Mireva will acquire the grocer for $410 million.").quantityKey, "money|sale price");
});

test("naira written 'N' and other symbols; a change's old price; a fronted phrase dates its clause; counts of states", () => {
  // "N617" is naira when the article names the currency; "N95" alone is a mask.
  const naira = claimsOf("The pump price rose from N617 to N897 per litre as the naira fell.");
  assert.deepEqual(naira.map((c) => [c.text, c.unit, c.quantityKey]), [["N617", "money:NGN", ""], ["N897", "money:NGN", "money|sale price"]]);
  assert.deepEqual(claimsOf("Nurses wore N95 masks."), []);
  assert.equal(only("A ticket costs N12,000.").unit, "money:NGN");
  assert.deepEqual(claimsOf("Fares rose to KSh 200 and ₦5,000.").map((c) => c.unit), ["money:KES", "money:NGN"]);
  // "During the protests in October 2020, … at least 56 were killed": the earlier event's.
  const fronted = claimsOf("During the protests against the levy in October 2020, Amnesty said at least 56 people were killed.", [], { date: "2026-08-05" });
  assert.equal(fronted.find((c) => c.text === "at least 56")?.when, "in 2020");
  // States, provinces and counties counted with no event are never compared.
  assert.equal(only("Protests broke out in at least 17 states.").quantityKey, "");
});

test("a headline's undated count takes the body's day for it when that day is not the article's", () => {
  // (The article's structure, headline included, from the structure stage.)
  const claimsOfPage = (text: string) => extractClaims(parseArticle("p.txt", text), []);
  const cs = claimsOfPage("Strike: 120 arrested in clashes\n\nAugust 5, 2026\n\nPolice said 120 protesters were arrested on Monday alone. Talks resume today.");
  assert.deepEqual(cs.map((c) => c.when), ["2026-08-03", "2026-08-03"]);
  // The body's day is the article's own: the headline stays undated (as of the article's day); so it does when
  // the article has no date.
  const same = claimsOfPage("Strike: 120 arrested in clashes\n\nAugust 5, 2026\n\nPolice said 120 protesters were arrested on Wednesday.");
  assert.equal(same[0].when, undefined);
  const undated = claimsOfPage("Strike: 120 arrested in clashes\n\nPolice said 120 protesters were arrested on Monday alone.");
  assert.equal(undated[0].when, undefined);
});

test("ages: a role set off by commas before the name, an initial's full stop, an age in brackets; exchange-rate notes; 'over' as 'because of'; a share of an amount", () => {
  const names = ["Klaus Vogel", "Anna Nowak", "Markus B", "Jan van der Berg"];
  const role = claimsOf("The court sentenced Klaus Vogel, 61, to seven years, and a 47-year-old Polish manager, Anna Nowak, to three years.", names);
  assert.deepEqual(role.filter((c) => c.unit === "age").map((c) => [c.value, c.owner?.text]), [[61, "Klaus Vogel"], [47, "Anna Nowak"]]);
  assert.equal(claimsOf("Markus B., 58, was jailed.", names)[0].owner?.text, "Markus B");
  assert.deepEqual(claimsOf("Jan van der Berg (54) was jailed.", names).map((c) => [c.unit, c.owner?.text]), [["age", "Jan van der Berg"]]);
  // Not an age: a bracketed number after no name.
  assert.equal(claimsOf("Sales rose (12) times.", names)[0].unit, "count");
  assert.deepEqual(claimsOf("($1 = 0.9231 euros)"), []);
  assert.equal(claimsOf("Court jails four over €1.2 billion tax fraud")[1].qualifier, null);
  assert.equal(only("The club paid over £50m for him.").qualifier, "over");
  assert.equal(only("The Dutch share of the damage was around 95 million euros.").quantityKey, "");
});

test("damage: a loss caused ('cost <whom> <amount>'), not a price, a rate, or an attribute of other things", () => {
  assert.equal(only("The fraud cost European treasuries around €1.2 billion.").quantityKey, "money|damage");
  assert.equal(claimsOf("The scheme cost the treasuries of Spain, Italy and Greece an estimated 1.4 billion euros.")[0].quantityKey, "money|damage");
  assert.equal(only("Tickets cost 900 baht each.").quantityKey, "");
  // "a year": a rate; "with damage of": an attribute of the investigations, not the story's loss.
  assert.equal(only("VAT fraud costs member states an estimated €50 billion a year.").quantityKey, "");
  assert.equal(claimsOf("Prosecutors run 206 investigations, with estimated damage of €2.7 billion.")[1].quantityKey, "");
  assert.equal(only("The storm caused damage of $3bn.").quantityKey, "money|damage");
});

test("the area a fire burned is compared; a count still to come and a day to come are not the event's; an unnamed man's age", () => {
  assert.equal(only("The fire has scorched 9,000 hectares of pine forest.").quantityKey, "area|burned|hectares");
  assert.equal(only("Blaze: 9,000 hectares burned").quantityKey, "area|burned|hectares");
  assert.equal(only("The estate covers 9,000 hectares.").quantityKey, "");
  assert.equal(claimsOf("In 2018, a fire burned 1,200 hectares near Mati.", [], { date: "2026-07-23" })[1].quantityKey, "");
  assert.equal(only("Two more aircraft are expected to arrive.").quantityKey, "");
  assert.equal(only("Some 100 people are feared dead.").quantityKey, "count|killed|people");
  const future = claimsOf("Officials said 300 people were evacuated and that more planes will arrive on Friday.", [], { date: "2026-07-23" });
  assert.equal(future[0].when, undefined);
  assert.deepEqual(claimsOf("Rina Sari, 31, said a 79-year-old man was found dead.", ["Rina Sari"]).map((c) => c.owner?.text), ["Rina Sari", undefined]);
});

test("an age 'as a 17-year-old' is the age then; 'the season before' is an earlier season", () => {
  const then = claimsOf("Marta Kovacs, 21, said the coach who gave her a debut as a 17-year-old had left.", ["Marta Kovacs"]);
  assert.deepEqual(then.map((c) => [c.value, c.quantityKey, c.owner?.text]), [[21, "age", "Marta Kovacs"], [17, "", undefined]]);
  assert.equal(claimsOf("The season before, she scored 14 times in 39 appearances.")[1].when, "an earlier event");
});

test("a winner's margin in votes is its own quantity, the winner's, and not compared with votes polled", () => {
  const margin = only("Rana Patel retained the Eastfield seat by 1,204 votes over her rival.", ["Rana Patel"]);
  assert.equal(margin.quantityKey, "count|margin|votes");
  assert.equal(margin.owner?.text, "Rana Patel");
  assert.equal(only("Rana Patel won by a margin of 980 votes.", ["Rana Patel"]).quantityKey, "count|margin|votes");
  assert.notEqual(only("Rana Patel polled 40,112 votes.", ["Rana Patel"]).quantityKey, "count|margin|votes");
  // Not across a semicolon: the person named in the clause before is not the winner.
  assert.equal(only("Ines Varga is set to lead; the minister holds on by 812 votes", ["Ines Varga"]).quantityKey, "");
  // "backed by 300 votes": no verb of winning, no margin.
  assert.notEqual(only("The motion was backed by 300 votes.").quantityKey, "count|margin|votes");
});

test("a count of seats belongs to the party named before it in its sentence", () => {
  const won = only("The Harbour Alliance, led by Ines Varga, won 61 seats in the assembly.", ["Ines Varga"], { organizations: ["Harbour Alliance"] });
  assert.equal(won.owner?.text, "Harbour Alliance");
  assert.match(won.quantityKey, /\|seats$/);
  // Without a party, the person who won them, as before.
  assert.equal(only("Ines Varga's bloc won 61 seats.", ["Ines Varga"]).owner, undefined);
});

test("a year set off by commas after the subject dates the clause; a year after 'from N' dates that old value", () => {
  const dated = (text: string) => claimsOf(text, [], { date: "2026-03-05" });
  const past = dated("The worst disaster, in 2018, killed 25 people and injured more than 300.");
  assert.deepEqual(past.filter((c) => c.unit === "count").map((c) => c.when), ["in 2018", "in 2018"]);
  assert.equal(dated("The first exchange, in December 2024, freed 300 prisoners.").find((c) => c.value === 300)?.when, "in 2024");
  // An aside that does not open with the year still leaves the figure alone.
  assert.equal(dated("The ferry, built in 1994, was carrying 300 passengers.").find((c) => c.value === 300)?.when, undefined);
  assert.equal(dated("The party was reduced to 71 seats from 128 in 2021.").find((c) => c.value === 71)?.when, undefined);
});

test("the Philippine peso written 'P' before an amount, and 'hhmm GMT' as a time of day", () => {
  const damage = only("Damage to crops reached P870 million.");
  assert.equal(damage.unit, "money:PHP");
  assert.equal(damage.value, 8.7e8);
  assert.equal(only("He paid a fine of P120,000.").unit, "money:PHP");
  assert.deepEqual(claimsOf("The P3 protein was studied.").map((c) => c.unit), [], "a letter glued to a number is a name");
  const time = claimsOf("The storm made landfall on Monday (1500 GMT).");
  assert.deepEqual(time.map((c) => [c.unit, c.value]), [["time", 15]]);
});

test("captives who come home or are handed over were released; a superlative's figure and a shelter's evacuees are no counts", () => {
  assert.equal(only("Kyiv said 157 Ukrainians had come home.").quantityKey, "count|released|ukrainians");
  assert.equal(only("In return, 150 Ukrainian prisoners of war were handed over.").quantityKey, "count|released|ukrainians");
  assert.equal(only("The army brought home 40 soldiers.").quantityKey, "count|released|soldiers");
  assert.equal(only("The oldest freed prisoner is 61.").quantityKey, "");
  assert.equal(only("The parish opened its hall to some 600 evacuees.").quantityKey, "");
  assert.equal(only("More than 12,000 people were evacuated.").quantityKey, "count|displaced|people");
});

test("an amount put 'at' a figure measures the noun after the verb of estimating; damage is told apart by sector", () => {
  assert.equal(only("The agency put damage to roads, bridges and dikes at $3.2 billion.").quantityKey, "money|damage|infrastructure");
  assert.equal(only("Officials estimated crop losses at $870 million.").quantityKey, "money|damage|agriculture");
  assert.equal(only("The storm caused damage of $2 billion.").quantityKey, "money|damage");
});

test("a prison term is the prisoner's, not the judge's; a term sought or possible is not one given", () => {
  const given = only("Judge Ann Corr sentenced Marcus Dale to 25 years in prison.", ["Ann Corr", "Marcus Dale"]);
  assert.equal(given.quantityKey, "duration|prison");
  assert.equal(given.owner?.text, "Marcus Dale");
  assert.equal(claimsOf("Marcus Dale, 34, received a 30-year sentence.", ["Marcus Dale"]).find((c) => c.value === 30)?.quantityKey, "duration|prison");
  assert.equal(only("Prosecutors had sought 30 years in prison for Marcus Dale.", ["Marcus Dale"]).quantityKey, "");
  assert.equal(only("Marcus Dale faces up to 20 years in prison.", ["Marcus Dale"]).quantityKey, "");
});

test("jobs a company cuts are one quantity whatever the posts are called, and the company's", () => {
  const orgs = { organizations: ["Veltrix", "Norgate"] };
  const jobs = only("Veltrix said it would cut 4,000 jobs.", [], orgs);
  assert.equal(jobs.quantityKey, "count|cut|jobs");
  assert.equal(jobs.owner?.text, "Veltrix");
  assert.equal(only("Veltrix plans to eliminate around 4,200 positions.", [], orgs).quantityKey, "count|cut|jobs");
  // No company named before the figure: not compared.
  assert.equal(only("The plan would cut 900 roles.").quantityKey, "");
  // "half of its 7,500 staff": the whole, not a count cut.
  assert.equal(only("Norgate has cut about half of its 7,500 staff.", [], orgs).quantityKey, "");
});

test("a count of an earlier event is never marked as rising", () => {
  const cs = claimsOf("The death toll rose to 17. The 2007 quake, in 2007, killed 519 people.", [], { date: "2026-10-08" });
  assert.equal(cs.find((c) => c.value === 17)?.rising, true);
  assert.equal(cs.find((c) => c.value === 519)?.rising, undefined);
});

test("whose prison term: the one sentenced, not the victim or the judge; a lede's unnamed subject named in the next paragraph", () => {
  const names = ["Marcus Dale", "Lee Park", "Ann Corr"];
  assert.equal(only("Marcus Dale, who ran the firm with Lee Park, was sentenced to 25 years in prison.", names).owner?.text, "Marcus Dale");
  assert.equal(only("Judge Ann Corr gave Marcus Dale 25 years in prison.", names).owner?.text, "Marcus Dale");
  const lede = claimsOf("The man convicted of killing Lee Park was sentenced on Thursday to 40 years in prison.\nMarcus Dale showed no emotion.", names);
  assert.equal(lede.find((c) => c.value === 40)?.owner?.text, "Marcus Dale");
  // A further term beside the main one is not compared.
  assert.equal(claimsOf("Corr also gave Marcus Dale 10 years for perjury.", names).find((c) => c.value === 10)?.quantityKey, "");
});

test("'He was 52' stands for a person named as a subject or object, not one after a preposition", () => {
  const cs = claimsOf("Police said Lee Park was shot in the shop he ran with Marcus Dale. He was 52.", ["Lee Park", "Marcus Dale"]);
  assert.equal(cs.find((c) => c.value === 52)?.owner?.text, "Lee Park");
});

test("rates, counts since a truce, and days that name an event or another clause's time", () => {
  assert.equal(only("Only about 400 trucks a day have entered.").quantityKey, "");
  assert.equal(only("Police detained 400 people during a week of protests.").quantityKey, "count|arrested|people");
  const since = only("At least 92 people have been killed since the truce took effect.");
  assert.equal(since.when, "since the ceasefire");
  const dated = (text: string) => claimsOf(text, [], { date: "2026-02-14" });
  assert.equal(dated("Israel released 183 prisoners, among them men held since the October 7 attack.").find((c) => c.value === 183)?.when, undefined);
  assert.equal(dated("It followed the October 7 attack, in which about 1,200 people were killed.").find((c) => c.value === 1200)?.when, "2026-10-07");
  assert.equal(dated("Israel released 190 prisoners under a truce that began on January 19.").find((c) => c.value === 190)?.when, undefined);
});

test("a company's cuts at one site are not its worldwide cuts", () => {
  assert.equal(only("Veltrix will cut 650 jobs at its compressor factory.", [], { organizations: ["Veltrix"] }).quantityKey, "");
});

test("a ransom in bitcoin is money; people a breach or a disaster affected are a count of their own", () => {
  const ransom = claimsOf("The gang demanded a ransom of 50 bitcoin.")[0];
  assert.deepEqual([ransom.unit, ransom.quantityKey], ["money:BTC", "money|ransom"]);
  assert.equal(only("The hackers stole the data of 2.3 million customers.").quantityKey, "count|breached|customers");
  assert.equal(only("The breach affected roughly 2.1 million patients.").quantityKey, "count|affected|patients");
});

test("homes and houses destroyed are one quantity", () => {
  assert.equal(only("The fire destroyed 1,100 houses.").quantityKey, only("The fire destroyed 1,200 homes.").quantityKey);
});

test("'current and former customers', 'of its customers', 'data on N customers was taken'", () => {
  assert.equal(only("The bank said 1.2 million current and former customers were affected.").quantityKey, "count|affected|customers");
  // Not across a number: "19 children and two teachers" counts children.
  assert.equal(claimsOf("The gunman killed 19 children and two teachers.")[0].quantityKey, "count|killed|children");
  assert.equal(only("Hackers stole data on 1.2 million of its customers.").quantityKey, "count|breached|customers");
  assert.equal(only("The letter says data on 1.4 million customers was taken.").quantityKey, "count|breached|customers");
  // "of the N" is still a part of a whole.
  assert.equal(claimsOf("Two of the five suspects were arrested.")[0].quantityKey, "");
});

test("areas a fire has grown to or torn through; earlier fires named by their year or by 'since X, when'", () => {
  const dated = (text: string) => claimsOf(text, [], { date: "2026-01-15" });
  assert.equal(only("The bushfire near Lorn has grown to about 45,000 hectares.").quantityKey, "area|burned|hectares");
  assert.equal(only("Lorn fire tears through 45,000 hectares").quantityKey, "area|burned|hectares");
  assert.equal(dated("It is the largest since the fires of 2019-20, when blazes burned more than 5.5m hectares.").find((c) => c.text.includes("hectares"))?.quantityKey, "");
  assert.equal(dated("It is the biggest since Black Summer, when one fire alone burned more than 512,000 hectares.").find((c) => c.text.includes("hectares"))?.quantityKey, "");
});

test("people ordered to evacuate are a count of their own", () => {
  const key = "count|ordered to evacuate|people";
  assert.equal(only("About 6,500 people have been ordered to evacuate.").quantityKey, key);
  assert.equal(only("More than 4,000 people remain under evacuation orders.").quantityKey, key);
  assert.equal(only("Evacuation orders remain in place for about 4,000 people.").quantityKey, key);
  assert.equal(only("More than 4,000 people were evacuated.").quantityKey, "count|displaced|people");
});

test("one named rescuer's count is not the number rescued", () => {
  assert.equal(only("Ali Khan, a fisherman, and his sons rescued 11 passengers, witnesses said.", ["Ali Khan"]).quantityKey, "");
  assert.equal(only("Spokesman Ali Khan said 87 passengers were rescued.", ["Ali Khan"]).quantityKey, "count|rescued|passengers");
});

test("bodies counted are the toll as the article counts it; one group's bodies are a share", () => {
  assert.equal(only("Rescuers have recovered 38 bodies from the river.").quantityKey, "count|killed|people");
  assert.equal(only("Officials said more than 5,300 bodies had been counted.").quantityKey, "count|killed|people");
  assert.equal(only("Ann Lee said her crews had recovered 11 bodies near the reef.", ["Ann Lee"]).quantityKey, "");
});

test("an outbreak's cases (suspected apart), people infected, and people trapped are counts", () => {
  assert.equal(only("Officials have recorded 4,512 suspected cases.").quantityKey, "count|infected|people|suspected");
  assert.equal(only("Officials counted 2,104 cases.").quantityKey, "count|infected|people|confirmed");
  assert.equal(only("The virus has now reached 2,104 cases.").quantityKey, "count|infected|people");
  assert.equal(only("The virus has infected more than 4,200 people.").quantityKey, "count|infected|people");
  assert.equal(only("Nine miners remain trapped underground.").quantityKey, "count|trapped|miners");
  assert.equal(only("Police arrested nine suspected smugglers.").quantityKey, "count|arrested|smugglers");
});

test("'a 2022 collapse' names an earlier event, as 'the 2013 collapse' does", () => {
  const cs = claimsOf("Four workers died on Sunday. A 2022 collapse there killed three.", [], { date: "2026-03-05" });
  assert.equal(cs.find((c) => c.text === "three")?.when, "in 2022");
  assert.equal(cs.find((c) => c.text === "Four")?.when, "2026-03-01");
});

test("a fee's add-ons, a total that may be reached, and a price paid for something", () => {
  const keys = (text: string) => claimsOf(text).filter((c) => c.unit.startsWith("money")).map((c) => [c.text, c.quantityKey]);
  // The variable part of a fee is its own quantity; the total it could reach is another.
  assert.deepEqual(keys("Rovers agreed a deal worth £20m for the winger, with a further £4m in add-ons that could take the total to £24m."), [
    ["£20m", "money|sale price"],
    ["£4m", "money|add-ons"],
    ["£24m", "money|potential total"],
  ]);
  assert.deepEqual(keys("The club sold him for €12 million, plus €3 million in objectives."), [
    ["€12 million", "money|sale price"],
    ["€3 million", "money|add-ons"],
  ]);
  assert.deepEqual(keys("The total value of the contract could reach $90 million, the league said."), [["$90 million", "money|potential total"]]);
  // A potential amount of another kind is never compared with the amount itself.
  assert.deepEqual(keys("Insured losses could climb to $8 billion, the broker said."), [["$8 billion", "money|damage|potential"]]);
  assert.deepEqual(keys("The storm caused losses of $6 billion."), [["$6 billion", "money|damage"]]);
  // "pay … for": a price, not a wage ("a pay rise of £2,000" stays a wage).
  assert.deepEqual(keys("Hallam will pay Kestrel $3 million for the striker."), [["$3 million", "money|sale price"]]);
  assert.deepEqual(keys("Nurses were offered a pay rise of £2,000."), [["£2,000", ""]]);
});

test("one facility's share, a planned trip's load, craft at work, crowds by their counter, people who boarded", () => {
  // A "where" clause of a building or a camp counts that place's share.
  assert.equal(keyOf("Families reached the Wiratama shelter where about 300 evacuees are staying."), "");
  assert.equal(keyOf("They were taken to the city hospital, where 25 injured people were treated."), "");
  assert.equal(keyOf("About 3,000 people were evacuated from the valley."), "count|displaced|people");
  // What a planned trip will carry is not the count itself; what a trip carried still is.
  assert.equal(keyOf("The ferry will sail on Monday to bring three bodies home."), "");
  assert.equal(keyOf("Three bodies were brought ashore on Monday."), "count|killed|people");
  // Boats and helicopters at work in a search change by the hour; a count of wrecked boats is still compared.
  assert.equal(keyOf("Divers searched the bay with four patrol boats."), "");
  assert.equal(keyOf("Six boats of the navy arrived at dawn."), "");
  assert.equal(keyOf("Two boats sank in the storm."), "count|-|boats");
  // Crowds: the size put by police and the size put by organisers are two quantities; "the crowd at N" is a crowd.
  assert.equal(keyOf("Police estimated the crowd in the square at about 9,000."), "count|gathered|people|police");
  assert.equal(keyOf("Organisers said 40,000 people had marched."), "count|gathered|people|organisers");
  assert.equal(keyOf("About 5,000 people marched through the town."), "count|gathered|people");
  assert.equal(keyOf("Some 140 people had boarded the ferry."), "count|aboard|people");
});

test("a term of years and months is one stretch; 'received' a term; fines; 'N out of M' is a proportion", () => {
  const names = ["Anton Reisig"];
  const term = only("Anton Reisig was sentenced to four years and three months in prison.", names);
  assert.deepEqual([term.text, term.value, term.unit, term.quantityKey, term.roundingUnit], ["four years and three months", 4.25, "duration:years", "duration|prison", 1 / 12]);
  const days = only("The siege lasted 11 years, five months and 15 days.");
  assert.equal(days.text, "11 years, five months and 15 days");
  assert.ok(Math.abs(days.value! - (11 + 5 / 12 + 15 / 365.25)) < 1e-9);
  // "received" right before a term hands it down; "sought" a term does not.
  assert.equal(only("The driver, Anton Reisig, received two years and six months.", names).quantityKey, "duration|prison");
  assert.equal(only("Prosecutors had sought five years for Anton Reisig.", names).quantityKey, "");
  // A fine is one of the story's amounts; an earlier fine is not.
  assert.equal(only("The firm was fined 3.5 million euros.").quantityKey, "money|fine");
  assert.equal(claimsOf("In 2019, the same court fined a supplier 1.5 million euros.", [], { date: "2027-09-09" })[1].quantityKey, "");
  // Proportions: neither the part nor the whole is a count.
  assert.deepEqual(claimsOf("Eight out of 10 residents were evacuated.").map((c) => c.quantityKey), ["", ""]);
});

test("people left homeless, who lost their homes or were relocated are displaced; 'died there' is a place's share", () => {
  assert.equal(keyOf("About 9,000 people were left homeless by the storm."), "count|displaced|people");
  assert.equal(keyOf("The state says 14,000 people have lost their homes."), "count|displaced|people");
  // Any possessive: a quoted resident speaks of "our homes".
  assert.equal(keyOf("\"In this village 300 families lost our homes,\" she said."), "count|displaced|families");
  assert.equal(keyOf("More than 6,000 residents were relocated to safe places."), "count|displaced|people");
  assert.equal(keyOf("About 600 people were removed from their homes by the civil defence."), "count|displaced|people");
  assert.equal(keyOf("Some 1,500 families were forced from their homes."), "count|displaced|families");
  assert.equal(keyOf("Some 2,000 families moved out of their homes overnight."), "count|displaced|families");
  assert.equal(keyOf("Eleven people died there, the mayor said."), "");
  assert.equal(keyOf("Eleven people died in the flood."), "count|killed|people");
});

test("an earlier event's toll after 'since YEAR, when', with a place set off by commas inside the clause", () => {
  const toll = claimsOf(
    "It is the worst blast since 2016, when an explosion at a depot in Rostal County, also in the north, killed 41 people.",
    [],
    { date: "2027-05-18" },
  ).find((c) => c.value === 41)!;
  assert.equal(toll.when, "in 2016");
});

test("people placed before their verb, people moved to shelters, and 'overnight' as the report's present", () => {
  assert.equal(claimsOf("About 5,000 residents within 2 km of the refinery were moved to schools and gyms.")[0].quantityKey, "count|displaced|people");
  assert.equal(keyOf("Some 900 families living near the dam were evacuated."), "count|displaced|families");
  assert.equal(claimsOf("About 5,000 residents within 2 km of the refinery were angry.")[0].quantityKey, "");
  const dated = claimsOf("The plant exploded on Monday afternoon, with 7,000 residents moved out of their homes overnight.", [], { date: "2027-05-18" });
  assert.deepEqual([dated[0].quantityKey, dated[0].when], ["count|displaced|people", undefined]);
  // A time in the figure's own stretch between commas wins over a nearer one beyond a comma.
  const own = claimsOf("The storm hit on Sunday, and 300 people were evacuated on Monday.", [], { date: "2027-05-18" });
  assert.equal(own[0].when, "2027-05-17");
});

test("a war's whole toll, a toll put at a value on a day, people who arrived from a place, a 'where' clause's place, costs", () => {
  assert.equal(keyOf("The war has killed at least 90,000 people."), "count|killed|people|war");
  assert.deepEqual(claimsOf("The war has killed 90,000 people and displaced more than 3 million.").map((c) => c.quantityKey), ["count|killed|people|war", "count|displaced|people|war"]);
  assert.equal(keyOf("The civil defence agency said 85 people have been killed."), "count|killed|people");
  // The day after "put the toll at N" dates the putting, not the deaths.
  assert.equal(claimsOf("Doctors put the death toll at 40 on Tuesday.", [], { date: "2027-03-10" })[0].when, undefined);
  assert.equal(keyOf("About 6,000 people had arrived in Kessel from the camp."), "count|displaced|people");
  // A count in a "where" clause belongs to the place before it.
  const a = analysis("Fighters seized Marrin, a border town, where 300 people were killed.", [], { places: ["Marrin"] });
  assert.equal(a.claims[0].where?.text, "Marrin");
  // A cost word as a noun, or the cost of planned spending, is no damage; a fraud that cost someone is.
  assert.equal(keyOf("The bank expects one-off restructuring costs of about 90 million francs."), "");
  assert.equal(keyOf("The merger will cost the bank about 80 million francs."), "");
  assert.equal(keyOf("The fraud cost taxpayers €2 billion."), "money|damage");
  assert.equal(keyOf("The governor estimated the cost of rebuilding at $4 billion."), "money|damage");
  assert.equal(keyOf("The offer is well above the closing price of 41.20 francs."), "");
});

test("a ', with N deaths' phrase after a place as its clause's subject is that place's share", () => {
  const where = (text: string) => only(text, [], { places: ["Hatay"] }).where?.text;
  assert.equal(where("Hatay was the worst hit, with 12 deaths, officials said."), "Hatay");
  assert.equal(where("Hatay has suffered most, with 12 deaths."), "Hatay");
  // Not when the place is not the subject, or the phrase is not set off by a comma.
  assert.equal(where("Officials from Hatay said the storm was severe, with 12 deaths."), undefined);
  assert.equal(where("The storm left with 12 deaths in its wake."), undefined);
  // "X alone …": the place's part, for counts and amounts alike (an amount's part is never compared).
  assert.equal(where("Hatay alone counted 12 deaths."), "Hatay");
  assert.equal(only("Hatay alone reported losses of 1.2 trillion dong.", [], { places: ["Hatay"] }).quantityKey, "");
  assert.equal(only("Hatay reported losses of 1.2 trillion dong.", [], { places: ["Hatay"] }).quantityKey, "money|damage");
});

test("the dong and the Brazilian real: '4.7 trillion dong', 'VND4.7 trillion', 'R$250m', '250 million reais'", () => {
  assert.equal(only("Damage was estimated at 4.7 trillion dong.").unit, "money:VND");
  assert.equal(only("Damage was estimated at VND4.7 trillion.").unit, "money:VND");
  const fine = only("The miner was fined R$250m.");
  assert.equal(fine.unit, "money:BRL");
  assert.equal(fine.value, 250_000_000);
  assert.equal(only("The miner was fined 250 million reais.").unit, "money:BRL");
});
