/**
 * The index's fast path after one edited article (`WorkspaceIndex.relinkEdited`) must give the conflicts and
 * diagnostics a full re-link gives: it recomputes only the quantities whose claims changed and carries the
 * others over with the moved claims swapped in. Checked on a generated workspace over edits that change a
 * figure, shift every offset, change an age and a percentage, add text and cut the end.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { TextDocument } from "vscode-languageserver-textdocument";
import { computeAllDiagnostics } from "../../server/src/features/diagnostics";
import { coreAnalyzer } from "../../server/src/index/coreAnalyzer";
import { WorkspaceIndex } from "../../server/src/index/workspaceIndex";
import { nullLogger } from "../../server/src/logger";
import { CorpusGenerator } from "../bench/corpus";

const uriOf = (i: number) => `file:///workspace/article-${String(i).padStart(5, "0")}.article`;

function snapshot(index: WorkspaceIndex, uri: string) {
  const diagnostics = [...computeAllDiagnostics(index, () => ({}))].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return {
    diagnostics: JSON.stringify(diagnostics),
    conflicts: index.conflicts().map((c) => JSON.stringify(c)).sort(),
    mentions: index.mentionsIn(uri).map((r) => [r.start, r.end, r.entity.id]),
    conflictsAtClaims: index.claimsIn(uri).map((c) => index.conflictsOf(c).map((x) => x.id).sort()),
  };
}

test("the fast re-link after an edit matches a full re-link", () => {
  const generator = new CorpusGenerator(7);
  const index = new WorkspaceIndex(coreAnalyzer, nullLogger);
  const texts: string[] = [];
  for (let i = 0; i < 120; i++) {
    texts.push(generator.article(i));
    index.setArticle(uriOf(i), texts[i], { open: false });
  }
  index.link();
  const uri = uriOf(1);
  let text = texts[1];
  const edits: ((t: string, round: number) => string)[] = [
    (t, round) => {
      const at = t.indexOf("said on");
      const match = /\d+/.exec(t.slice(at))!;
      const offset = at + match.index;
      return t.slice(0, offset) + String(Number(match[0]) + 1 + round * 1000) + t.slice(offset + match[0].length);
    },
    (t) => `Update: ${t}`,
    (t) => t.replace(/\d+-year-old/, "77-year-old"),
    (t) => t.replace(/\d+%/, "12%"),
    (t) => t.replace("\n\n", "\n\nThe count rose again. "),
    (t) => t.slice(0, t.length - 200),
    // Another outlet renames the article's sources in every conflict it is in, whatever its claims say.
    (t) => t.replace(/\n(By [^\n]*)\n[^\n]*\n/, (_, byline: string) => `\n${byline}\nThe Example Gazette ${t.length}\n`),
  ];
  let fast = 0;
  for (let round = 0; round < 14; round++) {
    text = edits[round % edits.length](text, round);
    index.setOpenDocument(TextDocument.create(uri, "news-article", round + 1, text));
    const analysed = index.analyzeStale();
    if (index.relinkEdited(analysed[0])) fast++;
    const afterFast = snapshot(index, uri);
    index.link();
    assert.deepEqual(afterFast, snapshot(index, uri), `edit ${round}`);
  }
  assert.ok(fast > 0, "the fast path applied");
});
