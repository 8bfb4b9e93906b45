// Conflict messages on the paths the conflicts stage's speed-ups rewrote: the sources past MAX_LISTED counted,
// a source's repeated figure listed once, and the time every claim gives named once. Articles are our own sentences.
import { test } from "node:test";
import assert from "node:assert/strict";
import { findConflicts } from "../../server/src/analysis/conflicts";
import { ArticleAnalysis, noDecisions } from "../../server/src/analysis/types";
import { analysis, entities } from "./figureHelpers";

const run = (analyses: ArticleAnalysis[]) => findConflicts(analyses, entities(analyses), noDecisions);

test("a conflict of ten outlets names eight and counts the other two", () => {
  const analyses = Array.from({ length: 10 }, (_, k) =>
    analysis(`The club won ${11 + k} trophies under its owner.`, [], { file: `a${k}.txt`, outlet: `Outlet ${k}` }),
  );
  const [c, ...rest] = run(analyses);
  assert.equal(rest.length, 0);
  assert.equal(c.claims.length, 10);
  const listed = Array.from({ length: 8 }, (_, k) => `${11 + k} (Outlet ${k})`).join(", ");
  assert.equal(c.message, `Sources differ on trophies: ${listed}, and 2 more sources`);
});

test("a conflict of exactly eight outlets names them all, with no count of others", () => {
  const analyses = Array.from({ length: 8 }, (_, k) =>
    analysis(`The club won ${11 + k} trophies under its owner.`, [], { file: `b${k}.txt`, outlet: `Outlet ${k}` }),
  );
  const [c] = run(analyses);
  assert.doesNotMatch(c.message, /more sources/);
  assert.match(c.message, /18 \(Outlet 7\)$/);
});

test("one outlet's articles list a figure they repeat once", () => {
  const [c] = run([
    analysis("The club won 14 trophies under its owner.", [], { file: "c1.txt", outlet: "Ledger" }),
    analysis("The club won 14 trophies under its owner, the fans said.", [], { file: "c2.txt", outlet: "Ledger" }),
    analysis("In all, the club won 11 trophies under its owner.", [], { file: "c3.txt", outlet: "Post" }),
  ]);
  assert.equal(c.claims.length, 3);
  assert.equal(c.message, "Sources differ on trophies: 14 (Ledger), 11 (Post)");
});
