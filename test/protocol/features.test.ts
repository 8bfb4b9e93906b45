/**
 * Each LSP feature over the real protocol (JSON-RPC over stdio), with the fake analysis core so that the
 * expected answers are exact: this tests the server's translation of analysis results into LSP.
 * Fixtures: test/fixtures/lsp (our own invented articles).
 */
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import type { CodeAction, Diagnostic, DocumentSymbol, Hover, Location, Range, SymbolInformation, WorkspaceEdit } from "vscode-languageserver-protocol";
import { LspClient, positionOf, uriOf } from "../helpers/lspClient";
import { FAKE_SERVER, LSP_FIXTURES, makeWorkspace, removeWorkspace } from "../helpers/tempWorkspace";

describe("language features (fake core)", () => {
  let dir: string;
  let client: LspClient;
  let harbor: { uri: string; text: string };
  let ledger: { uri: string; text: string };
  const at = (doc: { uri: string; text: string }, needle: string, occurrence = 0, delta = 0) => ({
    textDocument: { uri: doc.uri },
    position: positionOf(doc.text, needle, occurrence, delta),
  });

  before(async () => {
    dir = makeWorkspace({}, LSP_FIXTURES);
    const read = (name: string) => ({ uri: uriOf(path.join(dir, name)), text: fs.readFileSync(path.join(dir, name), "utf8") });
    harbor = read("harbor-post.article");
    ledger = read("evening-ledger.news");
    client = await LspClient.start({ folders: [dir], command: FAKE_SERVER });
    await client.waitForIndexed();
  });
  after(async () => {
    await client.stop();
    removeWorkspace(dir);
  });

  it("hover on a name shows the entity, its spellings per outlet and links to each article's first mention", async () => {
    const hover = await client.request<Hover>("textDocument/hover", at(harbor, "Vosberg", 0, 3));
    const value = (hover.contents as { value: string }).value;
    assert.match(value, /· person/);
    for (const spelling of ["Vossberg", "Vosberg", "Wossberg"]) assert.ok(value.includes(spelling), `hover lists ${spelling}`);
    assert.match(value, /Evening Ledger: Anika Wossberg, Wossberg/);
    assert.match(value, /Harbor Post: .*Vosberg/);
    assert.ok(value.includes(`${ledger.uri}#L4,`), "links to the Evening Ledger's first mention");
    assert.match(value, /5 mentions in 2 articles/);
    assert.deepEqual(hover.range, { start: positionOf(harbor.text, "Vosberg"), end: positionOf(harbor.text, "Vosberg", 0, 7) });
  });

  it("hover on a figure shows its interval, what it counts and the other outlets' figures", async () => {
    const hover = await client.request<Hover>("textDocument/hover", at(harbor, "300"));
    const value = (hover.contents as { value: string }).value;
    assert.match(value, /workers joined/);
    assert.match(value, /\(300, ∞\)/);
    assert.match(value, /Evening Ledger/);
    assert.match(value, /\[450, ∞\)/);
  });

  it("hover elsewhere is empty", async () => {
    assert.equal(await client.request("textDocument/hover", at(harbor, "declined")), null);
  });

  it("publishes conflicts with rule codes, README links and related information to the other outlet", async () => {
    const diagnostics = await client.waitFor(() => client.diagnostics.get(harbor.uri), "harbor diagnostics");
    const conflict = diagnostics.find((d) => d.code === "figure.conflict")!;
    assert.ok(conflict, "a figure.conflict diagnostic");
    assert.equal(conflict.source, "crosscheck");
    assert.equal(conflict.severity, 2);
    assert.match(conflict.codeDescription!.href, /^https:\/\/.*#figure-conflict$/);
    assert.deepEqual(conflict.range.start, positionOf(harbor.text, "12 ferries"));
    assert.equal(conflict.relatedInformation!.length, 1);
    assert.equal(conflict.relatedInformation![0].location.uri, ledger.uri);
    assert.deepEqual(conflict.relatedInformation![0].location.range.start, positionOf(ledger.text, "20 ferries"));
    assert.match(conflict.relatedInformation![0].message, /Evening Ledger/);
    const difference = diagnostics.find((d) => d.code === "figure.difference")!;
    assert.equal(difference.severity, 3, "compatible figures are information");
    const ledgerDiagnostics = client.diagnostics.get(ledger.uri)!;
    assert.ok(ledgerDiagnostics.some((d) => d.code === "figure.conflict"), "the other article gets its side of the conflict");
  });

  it("flags a misspelling of a known name in the same article as a hint with a quick fix", async () => {
    const diagnostics = client.diagnostics.get(harbor.uri)!;
    const hint = diagnostics.find((d) => d.code === "name.misspelling")!;
    assert.ok(hint, "a name.misspelling hint");
    assert.equal(hint.severity, 4);
    assert.deepEqual(hint.range.start, positionOf(harbor.text, "Vosberg"));
    assert.match(String(hint.message), /Vosberg.*Vossberg/);
    assert.ok(!(client.diagnostics.get(ledger.uri) ?? []).some((d) => d.code === "name.misspelling"), "other outlets' spellings are not misspellings");
    const actions = await client.request<CodeAction[]>("textDocument/codeAction", {
      textDocument: { uri: harbor.uri },
      range: hint.range,
      context: { diagnostics: [hint] },
    });
    const fix = actions.find((a) => a.title.includes("Vossberg"))!;
    assert.ok(fix.isPreferred);
    assert.equal(fix.kind, "quickfix");
    assert.deepEqual(fix.edit!.changes![harbor.uri], [{ range: hint.range, newText: "Vossberg" }]);
  });

  it("offers 'Open the other sources' on a conflict, which shows each other claim", async () => {
    const conflict = client.diagnostics.get(harbor.uri)!.find((d: Diagnostic) => d.code === "figure.conflict")!;
    const actions = await client.request<CodeAction[]>("textDocument/codeAction", {
      textDocument: { uri: harbor.uri },
      range: conflict.range,
      context: { diagnostics: [conflict] },
    });
    const open = actions.find((a) => a.title.startsWith("Open the other sources"))!;
    assert.ok(open, "the action is offered");
    assert.equal(open.command!.command, "crosscheck.openOtherSources");
    await client.request("workspace/executeCommand", { command: open.command!.command, arguments: open.command!.arguments });
    assert.equal(client.shownDocuments.length, 1);
    assert.equal((client.shownDocuments[0] as { uri: string }).uri, ledger.uri);
  });

  it("goes to the first mention in the earliest article", async () => {
    const location = await client.request<Location>("textDocument/definition", at(harbor, "Vossberg", 1));
    // The Evening Ledger is dated a day earlier.
    assert.equal(location.uri, ledger.uri);
    assert.deepEqual(location.range.start, positionOf(ledger.text, "Anika Wossberg"));
  });

  it("finds every mention in every article, and highlights the ones in this article", async () => {
    const refs = await client.request<Location[]>("textDocument/references", { ...at(harbor, "Vossberg", 1), context: { includeDeclaration: true } });
    assert.equal(refs.length, 5);
    assert.equal(refs.filter((r) => r.uri === ledger.uri).length, 2);
    assert.equal(refs[0].uri, ledger.uri, "earliest article first");
    const highlights = await client.request<{ range: unknown }[]>("textDocument/documentHighlight", at(harbor, "Vossberg", 1));
    assert.equal(highlights.length, 3);
  });

  it("renames only the chosen spelling of that entity, across articles, as an edit needing confirmation", async () => {
    const prepared = await client.request<{ range: { start: unknown }; placeholder: string }>("textDocument/prepareRename", at(harbor, "Vossberg", 1, 2));
    assert.equal(prepared.placeholder, "Vossberg");
    const edit = await client.request<WorkspaceEdit>("textDocument/rename", { ...at(harbor, "Vossberg", 1, 2), newName: "Vossberg-Lind" });
    const edits = edit.documentChanges!.flatMap((change) =>
      "edits" in change ? change.edits.map((e) => ({ uri: change.textDocument.uri, ...(e as { range: Range; newText: string; annotationId?: string }) })) : [],
    );
    // "Anika Vossberg" and "Vossberg" in the Harbor Post; never "Vosberg", "Wossberg" or Marek Halloran.
    assert.equal(edits.length, 2);
    assert.ok(edits.every((e) => e.uri === harbor.uri && e.newText === "Vossberg-Lind"));
    assert.deepEqual(edits.map((e) => e.range.start).sort((a, b) => a.line - b.line), [positionOf(harbor.text, "Vossberg"), positionOf(harbor.text, "Vossberg", 1)]);
    const annotations = Object.values(edit.changeAnnotations!);
    assert.ok(annotations.length >= 1 && annotations.every((a) => a.needsConfirmation === true));
    assert.ok(edits.every((e) => "annotationId" in e));
  });

  it("refuses to rename where there is no name", async () => {
    await assert.rejects(client.request("textDocument/prepareRename", at(harbor, "declined")), /name of a person/);
  });

  it("finds workspace symbols by any spelling, accent- and case-insensitively", async () => {
    const symbols = await client.request<SymbolInformation[]>("workspace/symbol", { query: "wossb" });
    assert.equal(symbols.length, 1);
    assert.match(symbols[0].containerName!, /Vossberg/);
    assert.equal(symbols[0].location.uri, ledger.uri);
    const all = await client.request<SymbolInformation[]>("workspace/symbol", { query: "" });
    assert.ok(all.some((s) => s.name === "Marek Halloran"));
  });

  it("outlines the headline, sections and people of an article", async () => {
    const symbols = await client.request<DocumentSymbol[]>("textDocument/documentSymbol", { textDocument: { uri: harbor.uri } });
    assert.equal(symbols[0].name, "Ferry strike leaves Korvel stranded");
    assert.ok(symbols.some((s) => s.name === "Talks" && s.detail === "section"));
    const people = symbols.find((s) => s.name === "People")!;
    assert.deepEqual(people.children!.map((c) => c.name).sort(), ["Anika Wossberg", "Marek Halloran"]);
    assert.ok(symbols.some((s) => s.name === "Places"));
  });

  it("returns semantic tokens for people, places, organizations and figures with a legend", async () => {
    const init = await client.request<{ data: number[] }>("textDocument/semanticTokens/full", { textDocument: { uri: harbor.uri } });
    const tokens: { line: number; character: number; length: number; type: number; modifiers: number }[] = [];
    let line = 0;
    let character = 0;
    for (let i = 0; i < init.data.length; i += 5) {
      const [dl, dc, length, type, modifiers] = init.data.slice(i, i + 5);
      line += dl;
      character = dl ? dc : character + dc;
      tokens.push({ line, character, length, type, modifiers });
    }
    const find = (needle: string, occurrence = 0) => {
      const p = positionOf(harbor.text, needle, occurrence);
      return tokens.find((t) => t.line === p.line && t.character === p.character);
    };
    assert.equal(find("Anika Vossberg")!.type, 0, "person");
    assert.equal(find("Anika Vossberg")!.length, "Anika Vossberg".length);
    assert.equal(find("Korvel", 1)!.type, 1, "place");
    assert.equal(find("Transport Union")!.type, 2, "organization");
    assert.equal(find("12 ferries")!.type, 3, "figure");
    assert.equal(find("12 ferries")!.modifiers & 1, 1, "a conflicting figure has the conflict modifier");
  });

  it("answers the tree view's custom requests", async () => {
    const { entities, indexing } = await client.request<{ entities: { id: string; name: string; kind: string; mentionCount: number; articleCount: number; spellings: string[]; outletCount: number }[]; indexing: boolean }>(
      "crosscheck/entities",
      {},
    );
    assert.equal(indexing, false);
    const anika = entities.find((e) => e.spellings.includes("Vossberg"))!;
    assert.equal(anika.mentionCount, 5);
    assert.equal(anika.articleCount, 2);
    assert.equal(anika.outletCount, 2);
    const onlyLedger = await client.request<{ entities: { id: string }[] }>("crosscheck/entities", { uri: ledger.uri, kinds: ["organization"] });
    assert.equal(onlyLedger.entities.length, 0);
    const { mentions } = await client.request<{ mentions: { uri: string; lineText: string; lineStart: number; lineEnd: number; text: string; outlet: string }[] }>(
      "crosscheck/entityMentions",
      { id: anika.id },
    );
    assert.equal(mentions.length, 5);
    for (const m of mentions) assert.equal(m.lineText.slice(m.lineStart, m.lineEnd), m.text);
    assert.equal(mentions[0].outlet, "Evening Ledger");
    const last = client.statuses.at(-1)!;
    assert.equal(last.articles, 2);
    assert.equal(last.conflicts, 2);
  });
});
