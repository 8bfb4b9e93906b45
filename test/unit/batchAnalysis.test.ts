/**
 * Batch analysis, stage by stage (`analyzeArticles`, used by the CLI and the language server's first indexing),
 * must give exactly what article-by-article analysis gives; and in the index, one article that breaks the
 * batch must not take the others with it.
 */
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { analyzeArticle, analyzeArticles } from "../../server/src/analysis/analyze";
import type { ArticleSource, Decisions } from "../../server/src/analysis/types";
import { noDecisions } from "../../server/src/analysis/types";
import { coreAnalyzer } from "../../server/src/index/coreAnalyzer";
import { Indexer } from "../../server/src/index/indexer";
import { pathToUri } from "../../server/src/index/uris";
import { defaultSettings } from "../../server/src/settings";
import { WorkspaceIndex, type Analyzer } from "../../server/src/index/workspaceIndex";
import type { Logger } from "../../server/src/logger";
import { nullLogger } from "../../server/src/logger";
import { CorpusGenerator } from "../bench/corpus";

const generator = new CorpusGenerator(11);
const sources: ArticleSource[] = Array.from({ length: 40 }, (_, i) => ({ file: `file:///w/a${i}.article`, text: generator.article(i) }));
// Odd input in the batch too: empty, CRLF only, a lone surrogate.
sources.push({ file: "file:///w/empty.article", text: "" }, { file: "file:///w/crlf.article", text: "\r\n\r\n" }, { file: "file:///w/odd.article", text: "Headline \ud800 of 3 things\n\nMore than 200 people." });

test("analyzeArticles gives what analyzeArticle gives, article by article", () => {
  const person = generator.article(3).match(/^(\S+ \S+)/)?.[1] ?? "";
  const decisions: Decisions = { ...noDecisions, notEntities: [{ text: person }] };
  for (const options of [{}, { decisions }]) {
    const batch = analyzeArticles(sources, options);
    assert.equal(batch.length, sources.length);
    sources.forEach((source, i) => assert.deepEqual(batch[i], analyzeArticle(source, options), source.file));
  }
});

test("the index analyses stale articles in batches, with the same result as one by one", () => {
  const batched = new WorkspaceIndex(coreAnalyzer, nullLogger);
  const single = new WorkspaceIndex({ ...coreAnalyzer, analyzeArticles: undefined }, nullLogger);
  for (const s of sources) {
    batched.setArticle(s.file, s.text, { open: false, deferAnalysis: true });
    single.setArticle(s.file, s.text, { open: false });
  }
  assert.equal(batched.hasStale(), true);
  assert.equal(batched.analyzeStale().length, sources.length);
  assert.equal(batched.hasStale(), false);
  for (const s of sources) assert.deepEqual(batched.get(s.file)?.analysis, single.get(s.file)?.analysis, s.file);
});

test("an article that breaks a batch is reported alone; the rest of the batch is analysed", () => {
  const errors: string[] = [];
  const logger: Logger = { ...nullLogger, error: (message: string) => errors.push(message) };
  const breaks = (file: string) => file.endsWith("a5.article");
  const analyzer: Analyzer = {
    ...coreAnalyzer,
    analyzeArticle: (source, options) => {
      if (breaks(source.file)) throw new Error("broken article");
      return coreAnalyzer.analyzeArticle(source, options);
    },
    analyzeArticles: (batch, options) => {
      if (batch.some((s) => breaks(s.file))) throw new Error("broken batch");
      return coreAnalyzer.analyzeArticles!(batch, options);
    },
  };
  const index = new WorkspaceIndex(analyzer, logger);
  for (const s of sources.slice(0, 10)) index.setArticle(s.file, s.text, { open: false, deferAnalysis: true });
  index.analyzeStale();
  assert.equal(errors.length, 1);
  assert.match(errors[0], /a5\.article.*broken article/);
  assert.equal(index.get("file:///w/a5.article")?.analysis.mentions.length, 0);
  assert.ok((index.get("file:///w/a4.article")?.analysis.mentions.length ?? 0) > 0);
  assert.ok((index.get("file:///w/a6.article")?.analysis.claims.length ?? 0) > 0);
});

test("the first indexing analyses files in batches and leaves none stale across a yield", async () => {
  const root = mkdtempSync(join(tmpdir(), "crosscheck-batch-"));
  try {
    const count = 150;
    for (let i = 0; i < count; i++) writeFileSync(join(root, `a${i}.article`), generator.article(i));
    let batches = 0;
    let staleAtYield = 0;
    let reports = 0;
    const analyzer: Analyzer = {
      ...coreAnalyzer,
      analyzeArticles: (batch, options) => {
        batches++;
        return coreAnalyzer.analyzeArticles!(batch, options);
      },
    };
    const index = new WorkspaceIndex(analyzer, nullLogger);
    const indexer = new Indexer(index, {
      logger: nullLogger,
      folders: () => [{ uri: pathToUri(root), name: "w" }],
      settingsFor: () => defaultSettings,
      openDocument: () => undefined,
      openDocuments: () => [],
      // Progress is reported right before each yield to the event loop.
      beginProgress: async () => ({
        report: () => {
          reports++;
          if (index.hasStale()) staleAtYield++;
        },
        end: () => {},
      }),
      onLinked: () => {},
      onIndexProgress: () => {},
      notify: () => {},
    });
    await indexer.indexWorkspace();
    assert.equal(index.size, count);
    assert.equal(index.hasStale(), false);
    assert.ok(batches >= 2 && batches <= count / 2, `analysed in batches (${batches})`);
    assert.ok(reports > 0);
    assert.equal(staleAtYield, 0, "no article left stale across a yield");
    // The same as analysing and linking the files one by one.
    const single = new WorkspaceIndex(coreAnalyzer, nullLogger);
    for (const entry of index.all()) single.setArticle(entry.uri, entry.document.getText(), { open: false });
    single.link();
    for (const entry of index.all()) assert.deepEqual(entry.analysis, single.get(entry.uri)?.analysis, entry.uri);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
