// Applying crosscheck.json to the analysis: marked names found everywhere, notEntities gone, confirmed
// aliases joined, distinct names split apart, kinds overridden, ignored conflicts marked. The entities here
// are built by hand (what a linker could return), so the tests hold whatever the detectors find.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { applyEdits } from "jsonc-parser";
import {
  applyEntityDecisions,
  applyMentionDecisions,
  conflictIgnoreKey,
  isConflictIgnored,
  isNotEntity,
  markIgnoredConflicts,
  markedMentions,
} from "../../server/src/decisions/apply";
import { ignoreConflictEdit, mergeEntitiesEdit, splitSpellingEdit, distinctEdit } from "../../server/src/decisions/edits";
import { validateDecisionsText } from "../../server/src/decisions/validate";
import { parseArticle } from "../../server/src/analysis/structure";
import { analyzeCorpus } from "../../server/src/analysis/analyze";
import { Claim, Conflict, Decisions, Entity, EntityKind, Mention, noDecisions } from "../../server/src/analysis/types";

const decide = (partial: Partial<Decisions>): Decisions => ({ ...noDecisions, ...partial });

const A = `Harbour strike enters third day

Dock workers in Port Vella stayed out on Monday, said union leader Tomas Brandt.
Brandt said 3,000 workers were on strike. The Harbour Board declined to comment.
`;
const B = `Port Vella strike spreads

Tomasz Brandt, the union's leader, said about 2,500 workers had walked out. T. Brandt spoke in Vella.
Lena Brandt, who runs the port, said Brandt was exaggerating.
`;

/** Every whole occurrence of `name` in `text` as a mention. */
function mentionsOf(file: string, text: string, name: string, kind: EntityKind): Mention[] {
  const out: Mention[] = [];
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
    const before = text[at - 1] ?? " ";
    const after = text[at + name.length] ?? " ";
    if (/\p{L}/u.test(before) || /\p{L}/u.test(after)) continue;
    out.push({ file, start: at, end: at + name.length, text: name, kind, name, form: name.includes(" ") ? "full" : "surname" });
  }
  return out;
}

function entity(id: string, kind: EntityKind, name: string, mentions: Mention[], extra: Partial<Entity> = {}): Entity {
  const spellings: Record<string, string[]> = {};
  for (const m of mentions) if (!(spellings[m.file] ??= []).includes(m.name)) spellings[m.file].push(m.name);
  return { id, kind, name, mentions, spellings, descriptions: [], ages: [], ...extra };
}

/** What a careless linker might return: all the Brandts in one entity, Port Vella and Vella apart. */
function linked(): Entity[] {
  const brandt = [
    ...mentionsOf("a.article", A, "Tomas Brandt", "person"),
    ...mentionsOf("a.article", A, "Brandt", "person").filter((m) => A.slice(m.start - 6, m.start) !== "Tomas "),
    ...mentionsOf("b.article", B, "Tomasz Brandt", "person"),
    ...mentionsOf("b.article", B, "T. Brandt", "person"),
    ...mentionsOf("b.article", B, "Lena Brandt", "person"),
    ...mentionsOf("b.article", B, "Brandt", "person").filter((m) => !/(Tomasz|T\.|Lena) $/.test(B.slice(m.start - 7, m.start))),
  ];
  return [
    entity("person:Tomas Brandt", "person", "Tomas Brandt", brandt, {
      descriptions: [
        { file: "a.article", text: "union leader" },
        { file: "b.article", text: "who runs the port" },
      ],
    }),
    entity("place:Port Vella", "place", "Port Vella", [...mentionsOf("a.article", A, "Port Vella", "place"), ...mentionsOf("b.article", B, "Port Vella", "place")]),
    entity("place:Vella", "place", "Vella", mentionsOf("b.article", B, "Vella", "place").filter((m) => B.slice(m.start - 5, m.start) !== "Port ")),
  ];
}

const names = (e: Entity) => [...new Set(e.mentions.map((m) => m.name))].sort();

describe("mention decisions", () => {
  it("markedMentions finds every whole-word occurrence of a confirmed name, longest first", () => {
    const article = parseArticle("a.article", A);
    const found = markedMentions(article, decide({ entities: [{ name: "Harbour Board", kind: "organization", aliases: ["Board", "Harbour"] }] }));
    assert.deepEqual(
      found.map((m) => [m.text, m.kind, A.slice(m.start, m.end)]),
      [
        ["Harbour", "organization", "Harbour"],
        ["Harbour Board", "organization", "Harbour Board"],
      ],
    );
    assert.equal(found[0].start, 0, "the headline's 'Harbour' (a word of its own)");
  });

  it("whole words only, across Unicode: no match inside a longer word; emoji and RTL text keep offsets right", () => {
    const text = "Vellamo is not Vella. 🙂 Vella’s port; שלום Vella\r\nVella";
    const article = parseArticle("u.article", text);
    const found = markedMentions(article, decide({ entities: [{ name: "Vella", kind: "place", aliases: [] }] }));
    assert.equal(found.length, 4);
    for (const m of found) assert.equal(text.slice(m.start, m.end), "Vella");
  });

  it("applyMentionDecisions drops notEntities, adds marked names, and gives found confirmed names the confirmed kind", () => {
    const article = parseArticle("a.article", A);
    const found = [...mentionsOf("a.article", A, "Port Vella", "place"), ...mentionsOf("a.article", A, "Harbour Board", "place"), ...mentionsOf("a.article", A, "Dock", "place")];
    const d = decide({ entities: [{ name: "Harbour Board", kind: "organization", aliases: [] }, { name: "Vella", kind: "place", aliases: [] }], notEntities: [{ text: "Dock" }] });
    const out = applyMentionDecisions(article, found, d);
    assert.deepEqual(out.map((m) => [m.text, m.kind]), [
      ["Port Vella", "place"], // kept: it contains the marked "Vella"
      ["Harbour Board", "organization"],
    ]);
    assert.equal(applyMentionDecisions(article, found, noDecisions), found, "no decisions: the same array");
  });

  it("isNotEntity honours the optional kind", () => {
    const d = decide({ notEntities: [{ text: "Dock", kind: "place" }, { text: "Harbour" }] });
    assert.equal(isNotEntity("Dock", "place", d), true);
    assert.equal(isNotEntity("Dock", "organization", d), false);
    assert.equal(isNotEntity("Harbour", "person", d), true);
    assert.equal(isNotEntity(" Harbour ", undefined, d), true);
  });
});

describe("entity decisions", () => {
  it("no decisions: the same entities", () => {
    const entities = linked();
    assert.equal(applyEntityDecisions(entities, noDecisions), entities);
  });

  it("distinct splits an entity by names; other names go to the name they are part of, or to the largest part", () => {
    const out = applyEntityDecisions(linked(), decide({ distinct: [["Tomas Brandt", "Lena Brandt"]] }));
    const tomas = out.find((e) => e.name === "Tomas Brandt")!;
    const lena = out.find((e) => e.name === "Lena Brandt")!;
    assert.ok(tomas && lena);
    assert.equal(tomas.id, "person:Tomas Brandt", "the part with the display name keeps the id");
    assert.equal(lena.id, "person:Lena Brandt");
    assert.deepEqual(names(lena), ["Lena Brandt"]);
    assert.deepEqual(names(tomas), ["Brandt", "T. Brandt", "Tomas Brandt", "Tomasz Brandt"]);
    assert.deepEqual(lena.spellings, { "b.article": ["Lena Brandt"] });
    assert.deepEqual(tomas.descriptions.map((d) => d.file), ["a.article", "b.article"], "descriptions stay with the primary part where it has mentions");
    assert.equal(out.reduce((n, e) => n + e.mentions.length, 0), linked().reduce((n, e) => n + e.mentions.length, 0), "no mention lost");
  });

  it("after a split, a surname goes with the full name its own article uses", () => {
    const X = "Ann Vogel spoke first. Vogel said the port would reopen.";
    const Y = "Anna Vogel, the mayor, disagreed. Vogel called it premature. Vogel left.";
    const joined = entity("person:Ann Vogel", "person", "Ann Vogel", [
      ...mentionsOf("x.article", X, "Ann Vogel", "person"),
      ...mentionsOf("x.article", X, "Vogel", "person").slice(1),
      ...mentionsOf("y.article", Y, "Anna Vogel", "person"),
      ...mentionsOf("y.article", Y, "Vogel", "person").slice(1),
    ]);
    const out = applyEntityDecisions([joined], decide({ distinct: [["Ann Vogel", "Anna Vogel"]] }));
    const files = (name: string) => out.find((e) => e.name === name)!.mentions.map((m) => `${m.file}:${m.text}`);
    assert.deepEqual(files("Ann Vogel"), ["x.article:Ann Vogel", "x.article:Vogel"]);
    assert.deepEqual(files("Anna Vogel"), ["y.article:Anna Vogel", "y.article:Vogel", "y.article:Vogel"]);
  });

  it("a confirmed entity joins every entity holding one of its names, with its name, kind and confirmed mark", () => {
    const out = applyEntityDecisions(linked(), decide({ entities: [{ name: "Port Vella", kind: "place", aliases: ["Vella"], wikidata: "Q1" }] }));
    const vella = out.filter((e) => e.kind === "place");
    assert.equal(vella.length, 1);
    assert.equal(vella[0].confirmed, true);
    assert.equal(vella[0].id, "place:Port Vella");
    assert.deepEqual(names(vella[0]), ["Port Vella", "Vella"]);
    assert.deepEqual(
      vella[0].mentions.map((m) => m.file),
      [...vella[0].mentions.map((m) => m.file)].sort(),
      "mentions in article order",
    );
  });

  it("confirmed entities split a wrongly joined entity along their names, and override the kind", () => {
    const d = decide({
      entities: [
        { name: "Tomas Brandt", kind: "person", aliases: ["Tomasz Brandt", "T. Brandt"] },
        { name: "Lena Brandt", kind: "person", aliases: [] },
        { name: "Port Vella", kind: "organization", aliases: [] },
      ],
    });
    const out = applyEntityDecisions(linked(), d);
    const tomas = out.find((e) => e.name === "Tomas Brandt")!;
    assert.deepEqual(names(tomas), ["Brandt", "T. Brandt", "Tomas Brandt", "Tomasz Brandt"]);
    assert.deepEqual(names(out.find((e) => e.name === "Lena Brandt")!), ["Lena Brandt"]);
    const port = out.find((e) => e.name === "Port Vella")!;
    assert.equal(port.kind, "organization");
    assert.ok(port.mentions.every((m) => m.kind === "organization"));
    assert.ok(out.filter((e) => e.confirmed).length === 3);
  });

  it("a confirmed entity wins over a distinct group that names two of its names", () => {
    const d = decide({ entities: [{ name: "Port Vella", kind: "place", aliases: ["Vella"] }], distinct: [["Port Vella", "Vella"]] });
    const out = applyEntityDecisions(linked(), d);
    assert.equal(out.filter((e) => e.kind === "place").length, 1);
  });

  it("notEntities removes mentions and entities left empty", () => {
    const out = applyEntityDecisions(linked(), decide({ notEntities: [{ text: "Vella", kind: "place" }, { text: "T. Brandt" }] }));
    assert.equal(out.find((e) => e.name === "Vella"), undefined);
    assert.ok(!names(out[0]).includes("T. Brandt"));
  });

  it("ids are stable for the same input and decisions, and unique", () => {
    const d = decide({ distinct: [["Tomas Brandt", "Lena Brandt", "Tomasz Brandt"]], entities: [{ name: "Vella", kind: "place", aliases: [] }] });
    const one = applyEntityDecisions(linked(), d).map((e) => e.id);
    const two = applyEntityDecisions(linked(), d).map((e) => e.id);
    assert.deepEqual(one, two);
    assert.equal(new Set(one).size, one.length);
  });

  it("the distinct-then-merge round trip through the edit builders: split, then joined again", () => {
    let file = "{}";
    const step = (r: ReturnType<typeof distinctEdit>) => {
      assert.ok(r.ok);
      file = applyEdits(file, r.edits);
      return validateDecisionsText(file).decisions!;
    };
    const split = applyEntityDecisions(linked(), step(distinctEdit(file, ["Tomas Brandt", "Tomasz Brandt"])));
    const a = split.find((e) => names(e).includes("Tomas Brandt"))!;
    const b = split.find((e) => names(e).includes("Tomasz Brandt"))!;
    assert.notEqual(a, b, "distinct keeps them apart");
    const refs = [a, b].map((e) => ({ name: e.name, kind: e.kind, spellings: names(e) }));
    const merged = applyEntityDecisions(linked(), step(mergeEntitiesEdit(file, refs)));
    const joined = merged.filter((e) => names(e).includes("Tomas Brandt") || names(e).includes("Tomasz Brandt"));
    assert.equal(joined.length, 1, "the merge joins them back");
    assert.equal(joined[0].confirmed, true);
    assert.deepEqual(validateDecisionsText(file).decisions!.distinct, [], "and lifted the distinct group");
  });

  it("split a spelling into another entity through the edit builder", () => {
    const r = splitSpellingEdit("{}", "Lena Brandt", { name: "Tomas Brandt", kind: "person", spellings: ["Tomas Brandt", "Lena Brandt", "Brandt"] });
    assert.ok(r.ok);
    const out = applyEntityDecisions(linked(), validateDecisionsText(r.text).decisions!);
    assert.deepEqual(names(out.find((e) => e.name === "Lena Brandt")!), ["Lena Brandt"]);
  });
});

describe("conflict decisions", () => {
  const claim = (file: string, text: string, value: number): Claim => ({
    file, start: 0, end: text.length, text, value, low: value, high: value, qualifier: null, unit: "count", quantity: "workers on strike", quantityKey: "count:worker:strike",
  });
  const conflict: Conflict = {
    id: "c1", quantity: "workers on strike", quantityKey: "count:worker:strike", severity: "warning", message: "Sources disagree",
    claims: [claim("a.article", "3,000", 3000), claim("b.article", "about  2,500", 2500)],
  };

  it("keys a conflict by quantity and the claims' texts", () => {
    assert.deepEqual(conflictIgnoreKey(conflict), { quantity: "workers on strike", claims: ["3,000", "about 2,500"] });
  });

  it("an entry ignores the conflict while every claim is listed; a new claim brings it back", () => {
    const d = decide({ ignoredConflicts: [{ quantity: "Workers on strike", claims: ["3,000", "about 2,500", "2,800"] }] });
    assert.equal(isConflictIgnored(conflict, d), true);
    assert.equal(isConflictIgnored({ ...conflict, claims: [conflict.claims[0]] }, d), true, "an article removed: still ignored");
    assert.equal(isConflictIgnored({ ...conflict, claims: [...conflict.claims, claim("c.article", "4,000", 4000)] }, d), false);
    assert.equal(isConflictIgnored({ ...conflict, quantity: "dock workers", quantityKey: "x" }, d), false);
    assert.equal(isConflictIgnored(conflict, decide({ ignoredConflicts: [{ quantity: "count:worker:strike", claims: ["3,000", "about 2,500"] }] })), true, "the quantity key matches too");
  });

  it("markIgnoredConflicts marks copies; the ignore edit's entry matches its conflict", () => {
    const r = ignoreConflictEdit("{}", conflictIgnoreKey(conflict));
    assert.ok(r.ok);
    const d = validateDecisionsText(r.text).decisions!;
    const [marked] = markIgnoredConflicts([conflict], d);
    assert.equal(marked.ignored, true);
    assert.equal(conflict.ignored, undefined, "the input is not mutated");
  });
});

describe("the pipeline applies the decisions", () => {
  it("analyzeCorpus: marked names are mentions of a confirmed entity; notEntities never appear", () => {
    const d = decide({
      entities: [{ name: "Harbour Board", kind: "organization", aliases: ["the Board"] }],
      notEntities: [{ text: "Brandt" }, { text: "Tomas Brandt" }, { text: "Tomasz Brandt" }],
    });
    const corpus = analyzeCorpus([{ file: "a.article", text: A }, { file: "b.article", text: B }], { decisions: d });
    const board = corpus.entities.find((e) => e.name === "Harbour Board");
    assert.ok(board, JSON.stringify(corpus.entities.map((e) => e.name)));
    assert.equal(board.confirmed, true);
    assert.equal(board.kind, "organization");
    assert.equal(board.mentions.length, 1);
    for (const e of corpus.entities) for (const m of e.mentions) assert.ok(!["Brandt", "Tomas Brandt", "Tomasz Brandt"].includes(m.name), m.name);
    for (const a of corpus.articles) for (const m of a.mentions) assert.ok(!["Brandt", "Tomas Brandt", "Tomasz Brandt"].includes(m.name), m.name);
  });
});
