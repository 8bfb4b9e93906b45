// Cross-source conflicts: which claims are grouped, which are kept apart, severities, messages, stable ids
// and ignored conflicts. Articles are our own sentences.
import { test } from "node:test";
import assert from "node:assert/strict";
import { findConflicts } from "../../server/src/analysis/conflicts";
import { ArticleAnalysis, noDecisions } from "../../server/src/analysis/types";
import { analysis, entities } from "./figureHelpers";
import { packMentionStarts, packedMentionStarts } from "../../server/src/analysis/mentionStarts";

const run = (analyses: ArticleAnalysis[], decisions = noDecisions) => findConflicts(analyses, entities(analyses), decisions);

test("figures that differ in precision are an information conflict, with a readable message", () => {
  const analyses = [
    analysis("Police said more than 900 people were arrested during the protests.", [], { file: "one.txt", outlet: "The Daily Ledger" }),
    analysis("Nearly 1,000 people were detained in the crackdown.", [], { file: "two.txt", outlet: "Morning Post" }),
    analysis("At least 950 people were arrested, the monitors said.", [], { file: "dir/three.txt" }),
  ];
  const [c, ...rest] = run(analyses);
  assert.equal(rest.length, 0);
  assert.equal(c.severity, "information");
  assert.equal(c.quantity, "people arrested");
  assert.equal(c.claims.length, 3);
  assert.equal(
    c.message,
    "Sources differ on people arrested: more than 900 (The Daily Ledger), Nearly 1,000 (Morning Post), At least 950 (three)",
  );
});

test("figures that cannot both be true are a warning", () => {
  const c = run([
    analysis("The club won 14 trophies under its owner.", [], { file: "a.txt" }),
    analysis("In all, the club won 11 trophies under its owner.", [], { file: "b.txt" }),
  ]);
  assert.equal(c.length, 1);
  assert.equal(c[0].severity, "warning");
});

test("equal figures with different qualifiers agree: no conflict", () => {
  assert.deepEqual(
    run([
      analysis("At least two people were killed in the clashes.", [], { file: "a.txt" }),
      analysis("Officials reported two deaths in the clashes.", [], { file: "b.txt" }),
      analysis("The army took 80 percent of the vote.", [], { file: "c.txt" }),
      analysis("The army took 80% of the vote.", [], { file: "d.txt" }),
    ]),
    [],
  );
});

test("different events and different counted things are never joined", () => {
  assert.deepEqual(
    run([
      analysis("The border guards released 12 Estonians on Friday.", [], { file: "a.txt" }),
      analysis("Earlier, the border guards detained 13 Estonians.", [], { file: "b.txt" }),
      analysis("The fire injured 40 people.", [], { file: "c.txt" }),
      analysis("The fire left 25 people missing.", [], { file: "d.txt" }),
    ]),
    [],
  );
});

test("a count on a named day is not compared with counts of another time", () => {
  assert.deepEqual(
    run([
      analysis("More than 5,000 people were arrested over the month.", [], { file: "a.txt" }),
      analysis("The ministry said 310 people were arrested on Sunday.", [], { file: "b.txt", date: "2020-09-14" }),
    ]),
    [],
  );
});

test("undated counts of articles with different dates are kept apart", () => {
  assert.deepEqual(
    run([
      analysis("The floods have killed 120 people.", [], { file: "a.txt", date: "2023-01-02" }),
      analysis("The floods have killed 400 people.", [], { file: "b.txt", date: "2023-01-09" }),
    ]),
    [],
  );
});

test("a count the articles say is rising is information, not a warning", () => {
  const [c] = run([
    analysis("The earthquake killed 300 people. The toll is expected to rise.", [], { file: "a.txt" }),
    analysis("The earthquake killed 1,200 people, officials said.", [], { file: "b.txt" }),
  ]);
  assert.equal(c.severity, "information");
  assert.match(c.message, /rising/);
});

test("ages: the same person's differing ages conflict; different people never join", () => {
  const analyses = [
    analysis("Police named the driver as 52-year-old Tomas Verhoeven.", ["Tomas Verhoeven"], { file: "a.txt" }),
    analysis("The driver, Tomas Verhoeven, 51, was released.", ["Tomas Verhoeven"], { file: "b.txt" }),
    analysis("A witness, Ines Calder, 53, saw the crash.", ["Ines Calder"], { file: "c.txt" }),
  ];
  const cs = run(analyses);
  assert.equal(cs.length, 1);
  assert.equal(cs[0].severity, "warning");
  assert.equal(cs[0].quantity, "the age of Tomas Verhoeven");
  assert.deepEqual(new Set(cs[0].claims.map((c) => c.file)), new Set(["a.txt", "b.txt"]));
  assert.equal(cs[0].claims[0].entityId, "person:Verhoeven");
});

test("an age a month later may be one year more: no conflict across a birthday", () => {
  assert.deepEqual(
    run([
      analysis("Anton Rask, 65, spoke to reporters.", ["Anton Rask"], { file: "a.txt", date: "2021-08-16" }),
      analysis("Anton Rask, 66, spoke to reporters.", ["Anton Rask"], { file: "b.txt", date: "2021-09-14" }),
    ]),
    [],
  );
});

test("the start of a period is compared with starts, never with ends", () => {
  const cs = run([
    analysis("Lena Moss was a member of the coast guard from 2003 to 2005.", ["Lena Moss"], { file: "a.txt" }),
    analysis("Lena Moss served in the coast guard between 2002 and 2005.", ["Lena Moss"], { file: "b.txt" }),
    analysis("Lena Moss resigned in 2005.", ["Lena Moss"], { file: "c.txt" }),
  ]);
  assert.equal(cs.length, 1);
  assert.equal(cs[0].quantityKey, "year|service start|person:Moss");
  assert.deepEqual(
    cs[0].claims.map((c) => c.text),
    ["from 2003", "between 2002"],
  );
});

test("money: different things are not joined; a conversion lets currencies compare", () => {
  const cs = run([
    analysis("The sale price of £2.5bn (US$3.1bn) is a record.", [], { file: "a.txt" }),
    analysis("The owners agreed a $5.2bn sale of the club.", [], { file: "b.txt" }),
    analysis("A rival had made a £4.25bn bid for the club.", [], { file: "c.txt" }),
    analysis("The new owner has a net worth of $4.5bn.", [], { file: "d.txt" }),
  ]);
  assert.equal(cs.length, 1);
  assert.equal(cs[0].quantityKey, "money|sale price");
  assert.equal(cs[0].severity, "warning");
  assert.deepEqual(
    cs[0].claims.map((c) => c.file),
    ["a.txt", "b.txt"],
  );
});

test("conflict ids are stable when offsets move", () => {
  const make = (prefix: string) => [
    analysis(`${prefix}The club won 14 trophies under its owner.`, [], { file: "a.txt" }),
    analysis("The club won 11 trophies under its owner.", [], { file: "b.txt" }),
  ];
  const [first] = run(make(""));
  const [moved] = run(make("A new first line.\n"));
  assert.equal(first.id, moved.id);
  assert.notEqual(first.claims[0].start, moved.claims[0].start);
  assert.equal(run(make("Another line.\n"))[0].id, first.id);
});

test("vague counts are never called a conflict", () => {
  assert.deepEqual(
    run([
      analysis("Thousands of people were arrested.", [], { file: "a.txt" }),
      analysis("More than 600 people were arrested.", [], { file: "b.txt" }),
    ]),
    [],
  );
});

test("counts about different places are never joined; a count naming the country meets those naming no place", () => {
  const places = { places: ["Varna", "Ruse", "Bulgaria"] };
  assert.deepEqual(
    run([
      analysis("The floods killed 300 people in Varna.", [], { file: "a.txt", ...places }),
      analysis("In Ruse, 40 people were killed by the floods.", [], { file: "b.txt", ...places }),
      analysis("The floods killed 250 people, officials said.", [], { file: "c.txt", ...places }),
    ]),
    [],
    "a town's count is not the country's",
  );
  const cs = run([
    analysis("The floods killed 300 people in Bulgaria.", [], { file: "a.txt", ...places }),
    analysis("The floods killed 250 people.", [], { file: "c.txt", ...places }),
  ]);
  assert.equal(cs.length, 1);
  assert.equal(cs[0].quantity, "people killed in Bulgaria");
});

test("an earlier event's dead never join the current death toll", () => {
  const cs = run([
    analysis("The quake killed at least 40 people.", [], { file: "a.txt" }),
    analysis("At least 41 people died in the quake.\nIt struck five years after a similar tremor in the same province killed 19 people.", [], { file: "b.txt" }),
    analysis("A previous tremor in the province killed 23 people.", [], { file: "c.txt" }),
  ]);
  for (const c of cs) for (const claim of c.claims) assert.ok(!["19", "23"].includes(claim.text), c.message);
});

test("two outlets' values of a rising toll on the same day are still reported", () => {
  const cs = run([
    analysis("The number of people killed in the landslide near the mountain villages of the north rose to 44 on Tuesday.", [], { file: "a.txt" }),
    analysis("The official death toll from the landslide rose to 41 on Tuesday, rescuers said.\nThe toll is expected to rise.", [], { file: "b.txt" }),
  ]);
  assert.equal(cs.length, 1);
  assert.deepEqual(cs[0].claims.map((c) => c.text), ["44", "41"]);
  assert.equal(cs[0].claims[0].when, "tuesday");
  // The articles say the count is rising: the figures may be from different hours.
  assert.equal(cs[0].severity, "information");
});

test("stretches of time compare in years; a stretch still to come is not the time so far", () => {
  const names = ["Ivo Marek"];
  assert.deepEqual(
    run([
      analysis("Ivo Marek has ruled the country for 20 years.", names, { file: "a.txt" }),
      analysis("Ivo Marek, who has ruled for two decades, spoke.", names, { file: "b.txt" }),
    ]),
    [],
    "20 years and two decades agree",
  );
  const differ = run([
    analysis("Ivo Marek has ruled the country for 20 years.", names, { file: "a.txt" }),
    analysis("Ivo Marek, who has ruled for three decades, spoke.", names, { file: "b.txt" }),
  ]);
  assert.equal(differ.length, 1);
  assert.equal(differ[0].severity, "warning");
  assert.deepEqual(
    run([
      analysis("Ivo Marek has ruled the country for 20 years.", names, { file: "a.txt" }),
      analysis("Ivo Marek secured another five years in power.", names, { file: "b.txt" }),
    ]),
    [],
  );
});

test("things counted without an event that one article gives two figures for are not one quantity", () => {
  const c = run([
    analysis("Microsoft will cut 10,000 jobs. Amazon said it would cut 18,000 jobs.", [], { file: "a.txt" }),
    analysis("Microsoft will cut 10,000 jobs, and Meta around 11,000 jobs.", [], { file: "b.txt" }),
  ]);
  assert.deepEqual(c, []);
  // With one figure each, they are still compared.
  assert.equal(run([analysis("The club won 14 trophies.", [], { file: "a.txt" }), analysis("The club won 11 trophies.", [], { file: "b.txt" })]).length, 1);
});

test("one figure written to two precisions is no difference; round numbers and disjoint figures still are", () => {
  const pair = (a: string, b: string) => run([analysis(a, [], { file: "a.txt" }), analysis(b, [], { file: "b.txt" })]);
  // "57%" is "57.3%" rounded, "8.8 million" is "8.79 million" rounded: the same figure.
  assert.deepEqual(pair("Turnout was 57% on Sunday.", "Turnout was 57.3% on Sunday."), []);
  assert.deepEqual(pair("Guards detained 8.8 million migrants.", "Guards detained 8.79 million migrants."), []);
  // "7,000" may be a round number rather than a rounded one, and 6,800 and 6,500 are different figures.
  assert.equal(pair("Police arrested 7,000 people.", "Police arrested 6,800 people.").length, 1);
  assert.equal(pair("Police arrested 6,500 people.", "Police arrested 6,700 people.").length, 1);
  // A figure said to be approximate is a rounded one: "about 30%" is "29.8%".
  assert.deepEqual(pair("Turnout was about 30% on Sunday.", "Turnout was 29.8% on Sunday."), []);
  // A qualifier the finer figure breaks is a contradiction whatever the precision.
  assert.equal(pair("Turnout was nearly 57% on Sunday.", "Turnout was 57.3% on Sunday.")[0]?.severity, "warning");
});

test("a party's seats are compared through the party; a winner's margin through the winner, whatever its place", () => {
  const seats = run([
    analysis("The Harbour Alliance won 138 seats.", [], { file: "a.txt", organizations: ["Harbour Alliance"] }),
    analysis("The Harbour Alliance won 136 seats in the assembly.", [], { file: "b.txt", organizations: ["Harbour Alliance"] }),
    analysis("The Valley Front won 71 seats.", [], { file: "c.txt", organizations: ["Valley Front"] }),
  ]);
  assert.equal(seats.length, 1);
  assert.deepEqual(seats[0].claims.map((c) => c.value), [138, 136]);
  const margins = run([
    analysis("Rana Patel retained her seat by 3,412 votes.", ["Rana Patel"], { file: "a.txt" }),
    analysis("In Eastfield, Rana Patel retained her seat by 4,312 votes.", ["Rana Patel"], { file: "b.txt", places: ["Eastfield"] }),
    analysis("Rana Patel polled 81,206 votes.", ["Rana Patel"], { file: "c.txt" }),
  ]);
  assert.equal(margins.length, 1);
  assert.deepEqual(margins[0].claims.map((c) => c.value), [3412, 4312]);
});

test("an amount in pesos meets the same amount written with the peso's code", () => {
  const c = run([
    analysis("Officials put damage to roads and bridges at 2.3 billion pesos.", [], { file: "a.txt" }),
    analysis("Officials put damage to roads and bridges at P3.2 billion.", [], { file: "b.txt" }),
  ]);
  assert.equal(c.length, 1);
  assert.equal(c[0].severity, "warning");
});

test("two companies' job cuts are never joined; one company's are", () => {
  const orgs = { organizations: ["Veltrix", "Norgate"] };
  const c = run([
    analysis("Veltrix would cut 10,000 jobs, and Norgate said it would cut 18,000 jobs.", [], { file: "a.txt", ...orgs }),
    analysis("Veltrix will cut 12,000 positions.", [], { file: "b.txt", ...orgs }),
  ]);
  assert.equal(c.length, 1);
  assert.deepEqual(c[0].claims.map((x) => x.value), [10000, 12000]);
});

test("owners are found the same way from linking's packed offsets and from the mentions themselves", () => {
  const analyses = [
    analysis("Police named the driver as 52-year-old Tomas Verhoeven. Ines Calder, 40, saw it.", ["Tomas Verhoeven", "Ines Calder"], { file: "a.txt" }),
    analysis("The driver, Tomas Verhoeven, 51, was released. A witness, Ines Calder, 40, spoke.", ["Tomas Verhoeven", "Ines Calder"], { file: "b.txt" }),
  ];
  const unpacked = entities(analyses);
  const packed = unpacked.map((e) => ({ ...e }));
  for (const e of packed) packMentionStarts(e);
  assert.deepEqual(run(analyses).map((c) => c.id), findConflicts(analyses, packed, noDecisions).map((c) => c.id));
  assert.equal(findConflicts(analyses, packed, noDecisions)[0]?.claims[0].entityId, "person:Verhoeven");
  // One stretch of offsets per file, in mention order.
  const verhoeven = packedMentionStarts(packed.find((e) => e.id === "person:Verhoeven")!)!;
  assert.deepEqual(verhoeven.files, ["a.txt", "b.txt"]);
  assert.deepEqual([...verhoeven.ends], [1, 2]);
  // An entity given other mentions since (the user's decisions) is read from its mentions again.
  const moved = packed[0];
  moved.mentions = moved.mentions.slice(0, 1);
  assert.equal(packedMentionStarts(moved), undefined);
});

test("a crowd's counts naming no place meet those naming the one place it gathered in; two places stay apart", () => {
  const cs = run([
    analysis("Police said about 12,000 people gathered in Pellworth on Tuesday.", [], { file: "a.txt", date: "2027-03-16", places: ["Pellworth"] }),
    analysis("Police estimated the crowd at 15,000 on Tuesday.", [], { file: "b.txt", date: "2027-03-16" }),
  ]);
  assert.equal(cs.length, 1);
  assert.equal(cs[0].claims.length, 2);
  const apart = run([
    analysis("Police said about 12,000 people gathered in Pellworth on Tuesday.", [], { file: "a.txt", date: "2027-03-16", places: ["Pellworth"] }),
    analysis("Police said 3,000 people gathered in Osterby on Tuesday.", [], { file: "c.txt", date: "2027-03-16", places: ["Osterby"] }),
    analysis("Police estimated the crowd at 15,000 on Tuesday.", [], { file: "b.txt", date: "2027-03-16" }),
  ]);
  assert.equal(apart.length, 0);
});

test("fines: differing fines conflict; an article that gives two different fines is of two fines, never compared", () => {
  const one = run([
    analysis("The company was fined €1.2 million.", [], { file: "a.txt" }),
    analysis("The court imposed a fine of €2.1 million on the company.", [], { file: "b.txt" }),
  ]);
  assert.equal(one.length, 1);
  assert.equal(one[0].quantityKey, "money|fine");
  const two = run([
    analysis("The company was fined €1.2 million and its former chief was fined €200,000.", [], { file: "a.txt" }),
    analysis("The court imposed a fine of €2.1 million on the company.", [], { file: "b.txt" }),
  ]);
  assert.equal(two.length, 0);
});
