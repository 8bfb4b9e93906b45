// What a decision touches, said before it applies, and the edit planDecision builds from analysis ids.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { applyEdits } from "jsonc-parser";
import { describeDecisionImpact, planDecision } from "../../server/src/decisions/plan";
import { validateDecisionsText } from "../../server/src/decisions/validate";
import { ArticleAnalysis, Conflict, CorpusAnalysis, Entity, EntityKind, Mention } from "../../server/src/analysis/types";
import { parseArticle } from "../../server/src/analysis/structure";

const TEXTS: Record<string, string> = {
  "a.article": "Strike in Port Vella\n\nTomas Brandt spoke. Brandt left Port Vella.\n",
  "b.article": "Vella port closed\n\nTomasz Brandt said Vella was calm. Vella reopened.\n",
  "c.article": "Ferry news\n\nBrandt, the union leader, spoke in Sela.\n",
};

function m(file: string, name: string, kind: EntityKind, nth = 0): Mention {
  const text = TEXTS[file];
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(name, at + 1);
  assert.ok(at >= 0, `${name} in ${file}`);
  return { file, start: at, end: at + name.length, text: name, kind, name, form: "full" };
}

function e(id: string, kind: EntityKind, name: string, mentions: Mention[]): Entity {
  return { id, kind, name, mentions, spellings: {}, descriptions: [], ages: [] };
}

const entities: Entity[] = [
  e("p1", "person", "Tomas Brandt", [m("a.article", "Tomas Brandt", "person"), m("a.article", "Brandt", "person", 1), m("c.article", "Brandt", "person")]),
  e("p2", "person", "Tomasz Brandt", [m("b.article", "Tomasz Brandt", "person")]),
  e("l1", "place", "Port Vella", [m("a.article", "Port Vella", "place"), m("a.article", "Port Vella", "place", 1)]),
  e("l2", "place", "Vella", [m("b.article", "Vella", "place", 1), m("b.article", "Vella", "place", 2)]),
];
const conflict: Conflict = {
  id: "k1",
  quantity: "workers on strike",
  quantityKey: "count:worker",
  severity: "warning",
  message: "m",
  claims: [
    { file: "a.article", start: 0, end: 5, text: "3,000", value: 3000, low: 3000, high: 3000, qualifier: null, unit: "count", quantity: "workers on strike", quantityKey: "count:worker" },
    { file: "b.article", start: 0, end: 5, text: "2,500", value: 2500, low: 2500, high: 2500, qualifier: null, unit: "count", quantity: "workers on strike", quantityKey: "count:worker" },
  ],
};
const articles: ArticleAnalysis[] = Object.entries(TEXTS).map(([file, text]) => ({ article: parseArticle(file, text), mentions: [], claims: [] }));
const corpus: CorpusAnalysis = { articles, entities, conflicts: [conflict] };

describe("describeDecisionImpact", () => {
  it("says how many mentions and articles each decision touches", () => {
    const say = (d: Parameters<typeof describeDecisionImpact>[1]) => describeDecisionImpact(corpus, d).summary;
    assert.equal(say({ type: "merge", entityIds: ["p1", "p2"] }), "merge 2 entities: 4 mentions in 3 articles");
    assert.equal(say({ type: "split", entityId: "p1", spelling: "Brandt" }), "split “Brandt” off Tomas Brandt into an entity of its own: 2 mentions in 2 articles");
    assert.equal(say({ type: "split", entityId: "p1", spelling: "Brandt", intoEntityId: "p2" }), "split “Brandt” off Tomas Brandt into Tomasz Brandt: 2 mentions in 2 articles");
    assert.equal(say({ type: "notEntity", text: "Vella" }), "not an entity: “Vella”: removes 2 mentions in 1 article");
    assert.equal(say({ type: "changeKind", entityId: "l1", kind: "organization" }), "change Port Vella to an organization: 2 mentions in 1 article");
    assert.equal(say({ type: "markAs", text: "Sela", kind: "place" }), "mark “Sela” as a place: 1 occurrence in 1 article");
    assert.equal(say({ type: "confirm", entityId: "p1" }), "confirm Tomas Brandt as a person: 3 mentions in 2 articles");
    assert.equal(say({ type: "ignoreConflict", conflictId: "k1" }), "ignore the conflict over workers on strike: 2 claims in 2 articles");
    assert.equal(say({ type: "distinct", entityIds: ["l1", "l2"] }), "keep apart 2 entities: 4 mentions in 2 articles");
    const impact = describeDecisionImpact(corpus, { type: "merge", entityIds: ["p1", "p2", "l2"] });
    assert.deepEqual([impact.entities, impact.mentions, impact.articles], [3, 6, 3]);
  });
});

describe("planDecision", () => {
  const file = `{\n  // ours\n  "entities": []\n}\n`;
  const decisionsAfter = (plan: ReturnType<typeof planDecision>) => {
    assert.ok(plan.ok, plan.ok ? "" : plan.reason);
    const text = applyEdits(file, plan.edits);
    assert.ok(text.includes("// ours"));
    return validateDecisionsText(text).decisions!;
  };

  it("merge: every spelling of both entities under the first one's name", () => {
    const d = decisionsAfter(planDecision(corpus, { type: "merge", entityIds: ["p1", "p2"] }, file));
    assert.deepEqual(d.entities, [{ name: "Tomas Brandt", kind: "person", aliases: ["Brandt", "Tomasz Brandt"] }]);
  });

  it("confirm, change kind, split, distinct, ignore, mark, not-an-entity", () => {
    assert.deepEqual(decisionsAfter(planDecision(corpus, { type: "confirm", entityId: "l1" }, file)).entities, [{ name: "Port Vella", kind: "place", aliases: [] }]);
    assert.equal(decisionsAfter(planDecision(corpus, { type: "changeKind", entityId: "l2", kind: "organization" }, file)).entities[0].kind, "organization");
    assert.deepEqual(decisionsAfter(planDecision(corpus, { type: "split", entityId: "p1", spelling: "Brandt" }, file)).distinct, [["Tomas Brandt", "Brandt"]]);
    assert.deepEqual(decisionsAfter(planDecision(corpus, { type: "distinct", entityIds: ["l1", "l2"] }, file)).distinct, [["Port Vella", "Vella"]]);
    assert.deepEqual(decisionsAfter(planDecision(corpus, { type: "ignoreConflict", conflictId: "k1" }, file)).ignoredConflicts, [{ quantity: "workers on strike", claims: ["2,500", "3,000"] }]);
    assert.deepEqual(decisionsAfter(planDecision(corpus, { type: "markAs", text: "Sela", kind: "place" }, file)).entities[0].name, "Sela");
    assert.deepEqual(decisionsAfter(planDecision(corpus, { type: "notEntity", text: "Vella", kind: "place" }, file)).notEntities, [{ text: "Vella", kind: "place" }]);
  });

  it("refuses unknown ids and invalid files, with the summary when there is one", () => {
    const unknown = planDecision(corpus, { type: "confirm", entityId: "nope" }, file);
    assert.equal(unknown.ok, false);
    assert.match(unknown.ok ? "" : unknown.reason, /no entity with id "nope"/);
    const broken = planDecision(corpus, { type: "confirm", entityId: "p1" }, `{ "entities": [ }`);
    assert.equal(broken.ok, false);
    assert.equal(planDecision(corpus, { type: "ignoreConflict", conflictId: "zz" }, file).ok, false);
  });
});
