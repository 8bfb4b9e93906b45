/**
 * The built server with the real analysis core, on samples/ (our invented story) and on a read-only view of
 * ../shared/seeds (configured so that its *.txt files are articles). The assertions are about behaviour, not
 * about the seeds' answers: a name's hover lists its other spellings, a conflict reaches the other outlets,
 * navigation crosses outlets. Parts of the core that have not landed yet make the matching test skip.
 */
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import type { Hover, Location } from "vscode-languageserver-protocol";
import type { EntitiesResult } from "../../server/src/protocol";
import { LspClient, positionOf, REPO_ROOT, SERVER_JS, uriOf } from "../helpers/lspClient";

const SAMPLES = path.join(REPO_ROOT, "samples");
const SEEDS = path.resolve(REPO_ROOT, "../shared/seeds");

function hoverText(hover: Hover | null): string {
  return hover ? (hover.contents as { value: string }).value : "";
}

describe("samples (built server, real core)", () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start({ folders: [SAMPLES], command: [process.execPath, SERVER_JS, "--stdio"] });
    await client.waitForIndexed();
  });
  after(() => client.stop());

  it("indexes every sample article", () => {
    const expected = fs.readdirSync(SAMPLES).filter((f) => /\.(article|news)$/.test(f)).length;
    assert.equal(client.statuses.at(-1)!.articles, expected);
  });

  it("hover on the most-mentioned entity lists its spellings and every article it is in", async (t) => {
    const { entities } = await client.request<EntitiesResult>("crosscheck/entities", {});
    const top = [...entities].sort((a, b) => b.articleCount - a.articleCount || b.mentionCount - a.mentionCount)[0];
    if (!top) return t.skip("the core finds no entities yet");
    const first = top.articles[0];
    const hover = await client.request<Hover>("textDocument/hover", { textDocument: { uri: first.uri }, position: first.firstMention.start });
    const value = hoverText(hover);
    assert.ok(value.includes(top.name), "display name");
    for (const spelling of top.spellings) assert.ok(value.includes(spelling), `spelling ${spelling}`);
    for (const article of top.articles) assert.ok(value.includes(article.uri), `link to ${article.outlet}`);
    const refs = await client.request<Location[]>("textDocument/references", {
      textDocument: { uri: first.uri },
      position: first.firstMention.start,
      context: { includeDeclaration: true },
    });
    assert.equal(refs.length, top.mentionCount);
  });

  it("document symbols give the headline first", async () => {
    const file = fs.readdirSync(SAMPLES).find((f) => f.endsWith(".article"))!;
    const symbols = await client.request<{ name: string }[]>("textDocument/documentSymbol", { textDocument: { uri: uriOf(path.join(SAMPLES, file)) } });
    const firstLine = fs.readFileSync(path.join(SAMPLES, file), "utf8").split(/\r?\n/)[0].trim();
    if (!symbols.length) return;
    assert.equal(symbols[0].name, firstLine.length > 120 ? `${firstLine.slice(0, 119)}…` : firstLine);
  });
});

describe("seeds as *.txt articles (built server, real core)", { skip: !fs.existsSync(SEEDS) && "no ../shared/seeds" }, () => {
  let client: LspClient;
  const seedFiles = () => fs.readdirSync(SEEDS).filter((f) => f.endsWith(".txt"));
  const fileContaining = (needle: string) => seedFiles().find((f) => fs.readFileSync(path.join(SEEDS, f), "utf8").includes(needle));
  before(async () => {
    client = await LspClient.start({ folders: [SEEDS], command: [process.execPath, SERVER_JS, "--stdio"], settings: { files: ["**/*.txt"] } });
    await client.waitForIndexed();
  });
  after(() => client.stop());

  it("indexes the *.txt files", () => {
    assert.equal(client.statuses.at(-1)!.articles, seedFiles().length);
  });

  it("hover on a misspelt name shows the entity with its other spellings", async (t) => {
    const file = fileContaining("Lukashnenko");
    if (!file) return t.skip("no misspelling in the seeds");
    const text = fs.readFileSync(path.join(SEEDS, file), "utf8");
    const hover = await client.request<Hover | null>("textDocument/hover", { textDocument: { uri: uriOf(path.join(SEEDS, file)) }, position: positionOf(text, "Lukashnenko", 0, 3) });
    if (!hover) return t.skip("the core does not find this mention yet");
    const value = hoverText(hover);
    if (!/Lukashenko/.test(value)) return t.skip("the linker does not join the misspelling yet");
    assert.match(value, /Lukashnenko/);
    assert.match(value, /person/);
  });

  it("definition and references on a name reach the other outlets' spellings", async (t) => {
    const file = fileContaining("Tsikhanouskaya");
    const other = fileContaining("Tikhanovskaya");
    if (!file || !other) return t.skip("spellings not in the seeds");
    const text = fs.readFileSync(path.join(SEEDS, file), "utf8");
    const params = { textDocument: { uri: uriOf(path.join(SEEDS, file)) }, position: positionOf(text, "Tsikhanouskaya", 0, 2) };
    const refs = await client.request<Location[]>("textDocument/references", { ...params, context: { includeDeclaration: true } });
    if (!refs.length) return t.skip("the core does not find this mention yet");
    if (!refs.some((r) => r.uri === uriOf(path.join(SEEDS, other)))) return t.skip("the linker does not join the transliterations yet");
    const definition = await client.request<Location>("textDocument/definition", params);
    assert.ok(refs.some((r) => r.uri === definition.uri && r.range.start.line === definition.range.start.line), "the definition is one of the references");
  });

  it("a conflict between outlets is a diagnostic in each article, with the other outlets as related information", async (t) => {
    const conflicts = [...client.diagnostics].flatMap(([uri, list]) => list.filter((d) => String(d.code).startsWith("figure.")).map((d) => ({ uri, d })));
    if (!conflicts.length) return t.skip("the core finds no conflicts yet");
    for (const { uri, d } of conflicts) {
      assert.equal(d.source, "crosscheck");
      assert.ok(d.codeDescription?.href.startsWith("https://"));
      assert.ok(d.relatedInformation?.length, "related information");
      for (const related of d.relatedInformation!) assert.notEqual(related.location.uri, uri, "related claims are in other articles");
    }
    const arrests = conflicts.filter(({ d }) => /arrest|detain/i.test(String(d.message)));
    if (arrests.length) assert.ok(new Set(arrests.map((c) => c.uri)).size >= 3, "the arrests conflict shows in three articles");
  });
});
