// Article structure: headline, outlet, date, authors, block kinds with exact offsets, duplicated captions,
// page furniture and quotations. Texts are written for these tests.
import { test } from "node:test";
import assert from "node:assert/strict";
import { parseArticle } from "../../server/src/analysis/structure";
import { findMentions } from "../../server/src/analysis/mentions";
import { Article, BlockKind, noDecisions } from "../../server/src/analysis/types";

const kinds = (a: Article) => a.blocks.map((b) => b.kind);
const blockText = (a: Article, kind: BlockKind) => a.blocks.filter((b) => b.kind === kind).map((b) => a.text.slice(b.start, b.end));

test("headline, byline with two authors, dateline and outlet from a 'for' credit", () => {
  const text = [
    "Harbour strike enters its second week",
    "",
    "By Jane Okafor and Piotr Wiśniewski for AFP",
    "",
    "March 3, 2024",
    "",
    "Dockers in Valport stayed off work on Sunday, the union said.",
  ].join("\n");
  const a = parseArticle("a.txt", text);
  assert.equal(a.headline?.text, "Harbour strike enters its second week");
  assert.equal(text.slice(a.headline!.start, a.headline!.end), a.headline!.text);
  assert.deepEqual(a.authors, ["Jane Okafor", "Piotr Wiśniewski"]);
  assert.equal(a.outlet, "AFP");
  assert.equal(a.date, "2024-03-03");
  assert.deepEqual(kinds(a), ["headline", "byline", "dateline", "paragraph"]);
});

test("an author line under the headline, an upper-case dateline and an agency credit line", () => {
  const text = "Ferry talks stall again\n\nMarta Lindqvist\nHELSINKI\nThe Associated Press\nThe ferry operator said on Sept. 2, 2023 that talks had stalled.\n";
  const a = parseArticle("b.txt", text);
  assert.deepEqual(a.authors, ["Marta Lindqvist"]);
  assert.equal(a.outlet, "The Associated Press");
  assert.equal(a.date, "2023-09-02");
  assert.deepEqual(kinds(a), ["headline", "byline", "dateline", "credit", "paragraph"]);
});

test("a caption printed twice: the second printing is a duplicate of the first", () => {
  const caption = "Nurses march past the town hall in Brenford on Tuesday - EPA-EFE";
  const text = `Nurses walk out\n\n${caption}\n${caption}\n\nThe walkout began at dawn.`;
  const a = parseArticle("c.txt", text);
  const dup = a.blocks.findIndex((b) => b.duplicateOf !== undefined);
  assert.ok(dup > 0, "a duplicate block is marked");
  const first = a.blocks[a.blocks[dup].duplicateOf!];
  assert.equal(text.slice(first.start, first.end), caption);
  assert.equal(first.kind, "caption");
  assert.equal(a.blocks[dup].kind, "caption");
});

test("page furniture is marked as such", () => {
  const text = [
    "Advertisement",
    "Council approves the new bridge",
    "The council voted 7 to 2 on Monday.",
    "Subscribe to Our Newsletter",
    "Leave a Reply",
    "Your email address will not be published. Required fields are marked *",
    "Original url:",
    "<https://example.invalid/news/bridge>",
  ].join("\n");
  const a = parseArticle("d.txt", text);
  assert.deepEqual(blockText(a, "furniture"), [
    "Advertisement",
    "Subscribe to Our Newsletter",
    "Leave a Reply",
    "Your email address will not be published. Required fields are marked *",
    "Original url:",
    "<https://example.invalid/news/bridge>",
  ]);
  assert.equal(a.headline?.text, "Council approves the new bridge");
});

test("a photo credit 'Name/Agency' is a credit block", () => {
  const text = "Floods close the valley road\nRescuers carry a child to safety on Friday.\nTomas Berg/Reuters\nWater levels kept rising.";
  const a = parseArticle("e.txt", text);
  assert.deepEqual(blockText(a, "credit"), ["Tomas Berg/Reuters"]);
});

test("quotations: curly and straight, across lines, with the speaker where the text names one", () => {
  const text = "Budget vote delayed\n“We will not sign this,\nnot now,” said Amara Diallo.\nThe mayor said: \"The vote will happen.\"\nShe added \"nothing\" more.";
  const a = parseArticle("f.txt", text);
  assert.equal(a.quotations.length, 3);
  const [q1, q2] = a.quotations;
  assert.equal(text.slice(q1.start, q1.end), "“We will not sign this,\nnot now,”");
  assert.equal(q1.speaker?.text, "Amara Diallo");
  assert.equal(text.slice(q1.speaker!.start, q1.speaker!.end), "Amara Diallo");
  assert.equal(text.slice(q2.start, q2.end), "\"The vote will happen.\"");
  assert.equal(q2.speaker?.text, "The mayor");
});

test("CRLF, lone CR, emoji and right-to-left text keep exact offsets; empty text gives an empty article", () => {
  const text = "Storm warning 🌧️ issued\r\n\r\nThe agency said the storm would pass.\rمرحبا بالعالم\r\n";
  const a = parseArticle("g.txt", text);
  for (const b of a.blocks) assert.equal(text.slice(b.start, b.end).trim(), text.slice(b.start, b.end));
  assert.equal(a.headline?.text, "Storm warning 🌧️ issued");
  assert.equal(a.blocks.length, 3);
  const empty = parseArticle("h.txt", "");
  assert.deepEqual([empty.headline, empty.blocks.length, empty.quotations.length, empty.date], [null, 0, 0, null]);
});

test("an outlet's name under the byline is the outlet, not an author", () => {
  const a = parseArticle("i.txt", "Port strike ends\n\nBy Ilse Marquardt\nThe Valley Post\n\nDockers returned to work on Monday.");
  assert.deepEqual(a.authors, ["Ilse Marquardt"]);
  assert.equal(a.outlet, "The Valley Post");
  assert.deepEqual(kinds(a), ["headline", "byline", "credit", "paragraph"]);
});

test("a short title-case line under a 'By' line names the outlet, maybe with the writer's city; a staff title or a second author does not", () => {
  const outletOf = (line: string) => parseArticle("o.txt", `Port strike ends\n\nBy Ilse Marquardt\n${line}\n12 May 2023\n\nDockers returned to work.`);
  const a = outletOf("Politico Europe");
  assert.equal(a.outlet, "Politico Europe");
  assert.deepEqual(a.authors, ["Ilse Marquardt"]);
  assert.deepEqual(kinds(a), ["headline", "byline", "credit", "dateline", "paragraph"]);
  assert.equal(outletOf("Times of India").outlet, "Times of India");
  assert.equal(outletOf("Harbour News, Lagos").outlet, "Harbour News");
  const staff = outletOf("Chief Political Correspondent");
  assert.equal(staff.outlet, null);
  const second = outletOf("John Okafor");
  assert.equal(second.outlet, null);
  assert.deepEqual(second.authors, ["Ilse Marquardt", "John Okafor"]);
});

test("a wire's closing reporting credits are credits, in brackets or not", () => {
  const text = [
    "Floods close the valley road",
    "",
    "Heavy rain closed the road on Monday, officials said.",
    "",
    "Reporting by Ivo Marsh in Bresk; additional reporting by Aino Vale; editing by Clara Denning",
    "",
    "(Writing by Tom Reese; Editing by Ana Pol)",
  ].join("\n");
  const a = parseArticle("w.txt", text);
  assert.deepEqual(blockText(a, "credit"), [
    "Reporting by Ivo Marsh in Bresk; additional reporting by Aino Vale; editing by Clara Denning",
    "(Writing by Tom Reese; Editing by Ana Pol)",
  ]);
  assert.deepEqual(blockText(a, "paragraph"), ["Heavy rain closed the road on Monday, officials said."]);
});

test("a staff title after the byline's comma is not the outlet", () => {
  const a = parseArticle("s.txt", "Council votes on bridge\n\nBy Dana Whitfield, Staff Writer\n\nThe council voted on Tuesday.");
  assert.deepEqual(a.authors, ["Dana Whitfield"]);
  assert.equal(a.outlet, null);
  const b = parseArticle("b.txt", "Dam fails\n\nBy Samuel Okoro, Kestrel News\n\nThe dam failed.");
  assert.equal(b.outlet, "Kestrel News");
});

test("a scraped page: navigation and share buttons are furniture, a time stamp line is a dateline, and the dateline's agency is the outlet", () => {
  const text = [
    "Skip to main content",
    "Menu",
    "FLOODS KILL DOZENS IN THE SOUTH",
    "",
    "By Marta Rocha",
    "Published May 3, 2024 Updated May 3, 2024 4:52 pm GMT",
    "Share",
    "Facebook",
    "Twitter",
    "",
    "PORTO VELHA, Brazil, May 3 (Reuters) - Floods have killed at least 39 people.",
    "",
    "Read more: The president visits the flood-hit region",
    "Our Standards: The Thomson Reuters Trust Principles.",
  ].join("\n");
  const a = parseArticle("s.txt", text);
  assert.equal(a.headline?.text, "FLOODS KILL DOZENS IN THE SOUTH");
  assert.equal(a.outlet, "Reuters");
  assert.deepEqual(kinds(a), ["furniture", "furniture", "headline", "byline", "dateline", "furniture", "furniture", "furniture", "paragraph", "furniture", "furniture"]);
  // No agency in brackets, or one no list knows: no outlet.
  assert.equal(parseArticle("t.txt", "Floods\n\nPORTO VELHA (Harbour Notes) - Floods have killed 39 people.").outlet, null);
});

test("an agency dateline in ordinary capitals with a country in brackets names the outlet: 'Tarnow (Poland) (AFP) –'", () => {
  const a = parseArticle("t.txt", "Mine flooded\n\nIssued on: 04/05/2024 - 10:12\n\nTarnow (Poland) (AFP) – Rescuers pumped water from a flooded coal mine on Sunday.");
  assert.equal(a.outlet, "AFP");
});

test("an outlet's line under an author's name on a line of its own: 'Jane Doe' then 'BBC Bangla, Dhaka'; a second author is not one", () => {
  const a = parseArticle("t.txt", "Families wait for news after mill fire\n\n4 March 2025\n\nTanvir Rahmanov\nBBC Bangla, Dhaka\n\nAt least 30 people have been killed in a fire.");
  assert.equal(a.outlet, "BBC Bangla");
  assert.deepEqual(a.authors, ["Tanvir Rahmanov"]);
  const b = parseArticle("t.txt", "Families wait for news after mill fire\n\nTanvir Rahmanov\nOrla Kessing\n\nAt least 30 people have been killed in a fire.");
  assert.equal(b.outlet, null);
});

test("a 'Source: OUTLET/initials' footer names the outlet when nothing else does; a sentence opening with 'Source:' does not", () => {
  const a = parseArticle("a.txt", "Bridge reopens\n\nThe bridge at Kelvar reopened on Monday, officials said.\n\nSource: KTV/mk(ra)");
  assert.equal(a.outlet, "KTV");
  assert.equal(a.blocks[a.blocks.length - 1].kind, "credit");
  const b = parseArticle("b.txt", "Bridge reopens\n\nThe bridge at Kelvar reopened on Monday.\n\nSource: The figures come from the police");
  assert.equal(b.outlet, null);
});

test("an outlet's name in capitals under an author's name is the outlet, not a dateline; a known place there stays a dateline", () => {
  const a = parseArticle("t.txt", "Strike closes the ports\n\nLucía Arrieta Gil\nDIARIO AUSTRAL\nValparaíso - Mar 04, 2030 - 09:10 CEST\n\nDockworkers walked out on Tuesday.");
  assert.equal(a.outlet, "DIARIO AUSTRAL");
  assert.deepEqual(a.authors, ["Lucía Arrieta Gil"]);
  const b = parseArticle("t.txt", "Strike closes the ports\n\nLucía Arrieta Gil\nNEW DELHI\n\nDockworkers walked out on Tuesday.");
  assert.equal(b.outlet, null);
  assert.equal(b.blocks.find((k) => b.text.slice(k.start, k.end) === "NEW DELHI")?.kind, "dateline");
});

test("a byline without 'By': writers with where they write, or a writer with a staff title", () => {
  const a = parseArticle("a.txt", ["Lender cuts rates again", "", "Rates fall for a third month as growth slows", "", "Marta Lind in Oslo and Tae-yang Seo in Busan", "", "March 3 2027", "", "The central bank cut rates on Tuesday."].join("\n"));
  assert.deepEqual(a.authors, ["Marta Lind", "Tae-yang Seo"]);
  assert.ok(kinds(a).includes("byline"));
  const b = parseArticle("b.txt", ["Lender cuts rates again", "", "OSKAR VEHMAS, Harbour Ledger staff writer", "March 3, 2027 10:05 CET", "", "OSLO -- The central bank cut rates on Tuesday."].join("\n"));
  assert.deepEqual(b.authors, ["Oskar Vehmas"]);
  assert.equal(b.outlet, "Harbour Ledger");
  // A sentence of the text stays a paragraph.
  const c = parseArticle("c.txt", ["Lender cuts rates again", "", "Marta Lind in Oslo said rates would fall again soon.", "", "The bank agreed."].join("\n"));
  assert.deepEqual(c.authors, []);
});

test("authors on a line of their own joined by 'and', and a one-word outlet under them", () => {
  const text = "Bread prices double in a month\n\nBakers blame the cost of flour\n\nAdaeze Nwankwo and Kola Bamidele\nVanguard\n3rd March 2025\n\nBakers in Aba raised prices again on Monday.";
  const a = parseArticle("v.txt", text);
  assert.deepEqual(a.authors, ["Adaeze Nwankwo", "Kola Bamidele"]);
  assert.equal(a.outlet, "Vanguard");
  assert.equal(a.date, "2025-03-03");
  assert.deepEqual(kinds(a), ["headline", "paragraph", "byline", "credit", "dateline", "paragraph"]);
  // A place under the authors is no outlet.
  const b = parseArticle("w.txt", "Bread prices double\n\nAdaeze Nwankwo and Kola Bamidele\nLagos\n\nBakers raised prices again.");
  assert.equal(b.outlet, null);
});

test("a page's 'Issued on: 05/08/2026' stamp is day first and dates the article before a caption's date; '© 2026 AFP' names AFP", () => {
  const text = "Dockers strike in Valport\n\nIssued on: 05/08/2026 - 18:42\n\nDockers march on August 4, 2026. © Jan Roe, AFP\n\nValport (AFP) – Dockers struck on Wednesday.\n\n© 2026 AFP";
  const a = parseArticle("f.txt", text);
  assert.equal(a.date, "2026-08-05");
  assert.equal(a.outlet, "AFP");
});

test("a page's labelled author and date fields, and an 'Edited by:' line, as Deutsche Welle prints them", () => {
  const text = "Ferry operator fined over safety lapses\n\nA court in Kiel fined the operator on Monday.\n\nDate 03.11.2025\nAuthor Jana Marek (with AFP, dpa)\n\nThe court in Kiel fined the operator €2 million on Monday.\n\nAuthor Frieda Olsen said in her new book that the fine was low.\n\nEdited by: Tomas Brandt";
  const a = parseArticle("t.txt", text);
  assert.deepEqual(a.authors, ["Jana Marek"]);
  assert.equal(a.date, "2025-11-03");
  const kindOf = (s: string) => a.blocks.find((b) => text.slice(b.start, b.end).startsWith(s))?.kind;
  assert.equal(kindOf("Author Jana"), "byline");
  assert.equal(kindOf("Author Frieda"), "paragraph");
  assert.equal(kindOf("Edited by"), "credit");
});

test("an author's name on a line of its own, then an outlet line ending in 'Edition', then a dotted date with the time", () => {
  const text = "Harbour fire: ferries diverted\n\nTwo ships damaged, no one hurt\n\nStavros Lianos\nAegean Courier English Edition\n14.08.2027 • 08:15\n\nA fire broke out at the harbour of the island on Friday, the coast guard said.";
  const a = parseArticle("a.txt", text);
  assert.deepEqual(a.authors, ["Stavros Lianos"]);
  assert.equal(a.outlet, "Aegean Courier English Edition");
  assert.equal(a.date, "2027-08-14");
});

test("'By:' with a role and a handle after the name, then the outlet and its time stamp on one line", () => {
  const text = [
    "Ferry service resumes after storm",
    "",
    "By: Carmela D. Ibarra - Correspondent / @HarborDesk",
    "Valdora Daily Inquirer / 06:40 PM March 4, 2027",
    "",
    "Ferries left the port on Thursday, the coast guard said.",
  ].join("\n");
  const a = parseArticle("a.txt", text);
  assert.deepEqual(a.authors, ["Carmela D. Ibarra"]);
  assert.equal(a.outlet, "Valdora Daily Inquirer");
  assert.equal(a.date, "2027-03-04");
});

test("a byline that says who reported and who edited names both as authors", () => {
  const text = ["Flood waters recede in the valley", "", "Reported by Oren Falkirk, Edited by Mira Dasgupta", "Updated: June 02, 2026 10:15 am IST", "", "Valport: The river fell overnight, officials said."].join("\n");
  const a = parseArticle("t.txt", text);
  assert.deepEqual(a.authors, ["Oren Falkirk", "Mira Dasgupta"]);
  assert.equal(kinds(a)[1], "byline");
});

test("an author field's brackets may list the agencies without 'with': 'Author Jan Veltrop (AFP, dpa, Reuters)'", () => {
  const text = "Bridge closed after flood\n\nThe river rose overnight.\n\nDate 12.03.2027\nAuthor Jan Veltrop (AFP, dpa, Reuters)\n\nThe bridge will stay shut, officials said.";
  const a = parseArticle("t.txt", text);
  assert.deepEqual(a.authors, ["Jan Veltrop"]);
  assert.equal(a.blocks.find((b) => text.slice(b.start, b.end).startsWith("Author"))?.kind, "byline");
  assert.deepEqual(findMentions(a, noDecisions).filter((m) => m.kind === "person").map((m) => m.text), ["Jan Veltrop"]);
});

test("a numeric stamp is read month first when the dateline's month and day say so", () => {
  const text = (stamp: string) => ["Quake toll rises", "", "13:45 | Lima, Oct. 8.", "", "The toll rose to 17, officials said.", "", `Published: ${stamp}`].join("\n");
  assert.equal(parseArticle("a.txt", text("10/8/2026")).date, "2026-10-08");
  // Without such a dateline, day first as before.
  assert.equal(parseArticle("b.txt", text("10/8/2026").replace("Lima, Oct. 8.", "Lima.")).date, "2026-08-10");
});

test("an outlet from the footer's copyright line, from a site's address after the byline, never from the writer's city", () => {
  const body = "Ferries stopped on Tuesday after the storm.\n\nThe port will reopen on Friday, officials said.\n";
  const footer = (line: string) => parseArticle("a.txt", `Storm halts ferries on the lake\n\nBy Mara Quell\n\n${body}\n${line}\n`).outlet;
  assert.equal(footer("Copyright PUNCH. All rights reserved. This material may not be reproduced."), "Punch");
  assert.equal(footer("Copyright The Financial Times Limited 2027. All rights reserved."), "The Financial Times");
  assert.equal(footer("© 2027 Lakeside Media Network"), "Lakeside");
  assert.equal(footer("All rights reserved."), null);
  // A credit line above wins over the footer.
  assert.equal(parseArticle("b.txt", `Storm halts ferries\n\nBy Mara Quell, The Valley Post\n\n${body}\nCopyright Harbour Press Ltd\n`).outlet, "The Valley Post");
  const byline = (line: string) => parseArticle("c.txt", `Storm halts ferries on the lake\n\n${line}\n\n${body}`);
  assert.equal(byline("By Laura Fontana, swissinfo.ch").outlet, "swissinfo.ch");
  const city = byline("By Ankit Saxena, New Delhi");
  assert.equal(city.outlet, null);
  assert.deepEqual(city.authors, ["Ankit Saxena"]);
});

test("an outlet's staff byline, a 'Source: X and news agencies' footer and a site name above a breadcrumb trail name the outlet", () => {
  const body = "Ferries stopped on Tuesday after the storm.\n\nThe port will reopen on Friday, officials said.\n";
  const staff = parseArticle("a.txt", `Storm halts ferries on the lake\n\nBy Lakeside Wire Staff\n\n${body}`);
  assert.equal(staff.outlet, "Lakeside Wire");
  assert.deepEqual(staff.authors, []);
  // A staff credit beside a writer is left out of the authors, and names no outlet.
  const shared = parseArticle("b.txt", `Storm halts ferries on the lake\n\nBy Mara Quell and LW Staff\n\n${body}`);
  assert.deepEqual(shared.authors, ["Mara Quell"]);
  assert.equal(shared.outlet, null);
  assert.equal(parseArticle("c.txt", `Storm halts ferries on the lake\n\n${body}\nSource: Harbour Daily and news agencies\n`).outlet, "Harbour Daily");
  const page = parseArticle("d.txt", `Lakeside Online\nNews  >  Region  >  Transport\n\nStorm halts ferries on the lake\n\n${body}`);
  assert.equal(page.outlet, "Lakeside Online");
  assert.equal(page.headline?.text, "Storm halts ferries on the lake");
});

test("a byline's trailing date names no one, and a second name after its comma is a second writer", () => {
  const body = "Ferries stopped on Tuesday after the storm.\n\nThe port will reopen on Friday, officials said.\n";
  const byline = (line: string) => parseArticle("a.txt", `Storm halts ferries on the lake\n\n${line}\n\n${body}`);
  const two = byline("By Mara Quell, Tomas Verhoek   October 28, 2027 | 05:40 pm GMT+7");
  assert.deepEqual(two.authors, ["Mara Quell", "Tomas Verhoek"]);
  assert.equal(two.outlet, null);
  assert.equal(two.date, "2027-10-28");
  assert.deepEqual(byline("By Mara Quell   28 October 2027").authors, ["Mara Quell"]);
  // An outlet, a staff title or a place after the comma stays what it was.
  assert.equal(byline("By Mara Quell, Lakeside Post").outlet, "Lakeside Post");
  assert.deepEqual(byline("By Mara Quell, Harbour Reporter").authors, ["Mara Quell"]);
  assert.deepEqual(byline("By Ankit Saxena, New Delhi").authors, ["Ankit Saxena"]);
});
