/**
 * The live workspace index over the real protocol: progress, edits (incremental sync, debounce, re-link,
 * diagnostics published and cleared), open buffers winning over disk, file watching, settings and
 * multi-root workspaces. Uses the fake analysis core for exact expectations.
 */
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { after, afterEach, before, describe, it } from "node:test";
import type { Hover, Location, SymbolInformation } from "vscode-languageserver-protocol";
import { LspClient, positionOf, uriOf } from "../helpers/lspClient";
import { FAKE_SERVER, LSP_FIXTURES, makeWorkspace, removeWorkspace } from "../helpers/tempWorkspace";

const symbolsNamed = async (client: LspClient, query: string) => (await client.request<SymbolInformation[]>("workspace/symbol", { query })).map((s) => s.name);

describe("workspace index (fake core)", () => {
  let dir: string;
  let client: LspClient;
  let harborPath: string;
  let harborUri: string;
  let harborText: string;
  let ledgerUri: string;

  before(async () => {
    dir = makeWorkspace({}, LSP_FIXTURES);
    harborPath = path.join(dir, "harbor-post.article");
    harborUri = uriOf(harborPath);
    harborText = fs.readFileSync(harborPath, "utf8");
    ledgerUri = uriOf(path.join(dir, "evening-ledger.news"));
    client = await LspClient.start({ folders: [dir], command: FAKE_SERVER });
    await client.waitForIndexed();
  });
  after(async () => {
    await client.stop();
    removeWorkspace(dir);
  });

  it("reports work-done progress while indexing, and a status with the counts", () => {
    const values = client.progress.map((p) => p.value);
    assert.equal(values[0].kind, "begin");
    assert.equal(values[0].message, "Indexing articles 0/2");
    assert.ok(values.some((v) => v.kind === "report" && v.message === "Indexing articles 2/2"));
    assert.equal(values.at(-1)!.kind, "end");
    const status = client.statuses.at(-1)!;
    assert.deepEqual({ articles: status.articles, indexing: status.indexing }, { articles: 2, indexing: false });
  });

  it("indexes only files matching crosscheck.files and registers watchers for them", () => {
    assert.ok(!client.diagnostics.has(uriOf(path.join(dir, "notes.txt"))));
    const watch = client.registrations.find((r) => r.method === "workspace/didChangeWatchedFiles")!;
    const patterns = (watch.registerOptions as { watchers: { globPattern: string | { pattern: string } }[] }).watchers.map((w) =>
      typeof w.globPattern === "string" ? w.globPattern : w.globPattern.pattern,
    );
    assert.ok(patterns.includes("**/*.article") && patterns.includes("**/*.news"));
  });

  it("re-analyses an edited article after the debounce, re-links, and publishes and clears diagnostics in every article", async () => {
    await client.open(harborUri, harborText);
    const conflictIn = (uri: string) => (client.diagnostics.get(uri) ?? []).some((d) => d.code === "figure.conflict");
    assert.ok(conflictIn(harborUri) && conflictIn(ledgerUri));
    // Make the Harbor Post agree with the Evening Ledger: "12 ferries" -> "20 ferries".
    const from = positionOf(harborText, "12 ferries");
    const sent = client.diagnosticEvents.length;
    await client.change(harborUri, [{ range: { start: from, end: { line: from.line, character: from.character + 2 } }, text: "20" }]);
    await client.waitFor(() => !conflictIn(harborUri) && !conflictIn(ledgerUri), "the conflict to clear in both articles");
    const events = client.diagnosticEvents.slice(sent);
    assert.ok(events.some((e) => e.uri === ledgerUri), "the unedited article's diagnostics were re-published");
    // And back: the conflict returns.
    await client.change(harborUri, [{ range: { start: from, end: { line: from.line, character: from.character + 2 } }, text: "12" }]);
    await client.waitFor(() => conflictIn(harborUri) && conflictIn(ledgerUri), "the conflict to return");
  });

  it("answers a request made right after an edit from the edited text (no stale offsets)", async () => {
    // Insert text before the first name, then hover it at once, inside the debounce window.
    await client.change(harborUri, [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: "so " }]);
    const hover = await client.request<Hover>("textDocument/hover", { textDocument: { uri: harborUri }, position: { line: 3, character: "so Minister Anika".length + 2 } });
    assert.ok(hover, "a hover on the shifted name");
    assert.equal(hover.range!.start.character, "so Minister ".length);
    await client.change(harborUri, [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 3 } }, text: "" }]);
  });

  it("lets the open buffer win over disk, and falls back to disk on close", async () => {
    const line = positionOf(harborText, "Marek Halloran");
    await client.change(harborUri, [{ range: { start: line, end: { line: line.line, character: line.character + "Marek Halloran".length } }, text: "Ilse Dravanek" }]);
    assert.ok((await symbolsNamed(client, "Dravanek")).includes("Ilse Dravanek"), "the unsaved name is indexed");
    assert.equal(fs.readFileSync(harborPath, "utf8"), harborText, "nothing was written");
    // A change on disk is ignored while the buffer is open.
    await client.notify("workspace/didChangeWatchedFiles", { changes: [{ uri: harborUri, type: 2 }] });
    assert.ok((await symbolsNamed(client, "Dravanek")).includes("Ilse Dravanek"));
    await client.close(harborUri);
    const deadline = Date.now() + 5000;
    while ((await symbolsNamed(client, "Dravanek")).length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    assert.deepEqual(await symbolsNamed(client, "Dravanek"), [], "closed: back to the disk text");
    assert.ok((await symbolsNamed(client, "Halloran")).length);
  });

  it("follows files created, changed and deleted on disk", async () => {
    const third = path.join(dir, "sub", "third.article");
    fs.mkdirSync(path.dirname(third), { recursive: true });
    fs.writeFileSync(third, "Third report\nSource: Lake Wire\nDate: 2031-03-03\nTomas Brevik said about 380 workers joined the strike.\n");
    await client.notify("workspace/didChangeWatchedFiles", { changes: [{ uri: uriOf(third), type: 1 }] });
    await client.waitFor(() => client.statuses.at(-1)?.articles === 3, "the new article");
    assert.deepEqual(await symbolsNamed(client, "Brevik"), ["Tomas Brevik"]);
    fs.writeFileSync(third, "Third report\nSource: Lake Wire\nDate: 2031-03-03\nTomas Breivik said about 380 workers joined the strike.\n");
    await client.notify("workspace/didChangeWatchedFiles", { changes: [{ uri: uriOf(third), type: 2 }] });
    const deadline = Date.now() + 5000;
    while (!(await symbolsNamed(client, "Breivik")).length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    assert.deepEqual(await symbolsNamed(client, "Breivik"), ["Tomas Breivik"]);
    // Deleting the folder drops its articles (one event for the folder).
    fs.rmSync(path.dirname(third), { recursive: true });
    await client.notify("workspace/didChangeWatchedFiles", { changes: [{ uri: uriOf(path.dirname(third)), type: 3 }] });
    await client.waitFor(() => client.statuses.at(-1)?.articles === 2, "the article to leave the index");
    assert.deepEqual(await symbolsNamed(client, "Breivik"), []);
  });

  it("treats an open buffer in the news-article language as an article even outside the globs", async () => {
    const loose = uriOf(path.join(dir, "notes.txt"));
    await client.open(loose, "Loose notes\nSource: Desk\nKarin Olafsdottir met Marek Halloran on the pier.\n", "news-article");
    await client.waitFor(() => client.statuses.at(-1)?.articles === 3, "the buffer to join the index");
    await client.close(loose);
    await client.waitFor(() => client.statuses.at(-1)?.articles === 2, "the buffer to leave on close (it is not an article on disk)");
  });
});

describe("settings (fake core)", () => {
  const dirs: string[] = [];
  let client: LspClient | undefined;
  afterEach(async () => {
    await client?.stop();
    client = undefined;
  });
  after(() => dirs.forEach(removeWorkspace));
  const workspace = () => {
    const dir = makeWorkspace({}, LSP_FIXTURES);
    dirs.push(dir);
    return dir;
  };

  it("applies rule severities, 'off', and the outlet override map", async () => {
    const dir = workspace();
    client = await LspClient.start({
      folders: [dir],
      command: FAKE_SERVER,
      settings: { rules: { "figure.conflict": "off", "name.misspelling": "error" }, outlets: { "Harbor Post": "The Harbor Post", "*.news": "Ledger (evening)" } },
    });
    await client.waitForIndexed();
    const harbor = uriOf(path.join(dir, "harbor-post.article"));
    const diagnostics = await client.waitFor(() => client!.diagnostics.get(harbor), "diagnostics");
    assert.ok(!diagnostics.some((d) => d.code === "figure.conflict"), "figure.conflict is off");
    assert.equal(diagnostics.find((d) => d.code === "name.misspelling")!.severity, 1, "misspelling raised to error");
    const text = fs.readFileSync(path.join(dir, "harbor-post.article"), "utf8");
    const hover = await client.request<Hover>("textDocument/hover", { textDocument: { uri: harbor }, position: positionOf(text, "Vossberg", 1) });
    const value = (hover.contents as { value: string }).value;
    assert.match(value, /The Harbor Post:/);
    assert.match(value, /Ledger \\\(evening\\\):|Ledger \(evening\):/);
  });

  it("re-reads settings on didChangeConfiguration and re-indexes when the globs change", async () => {
    const dir = workspace();
    let settings: Record<string, unknown> | null = null; // null -> defaults
    client = await LspClient.start({ folders: [dir], command: FAKE_SERVER, settings: () => settings });
    await client.waitForIndexed();
    assert.equal(client.statuses.at(-1)!.articles, 2);
    settings = { files: ["**/*.txt"], maxFileSize: null, rules: null };
    await client.notify("workspace/didChangeConfiguration", { settings: null });
    await client.waitFor(() => client!.statuses.at(-1)?.articles === 1 && client!.statuses.at(-1)?.indexing === false, "a re-index over *.txt");
    settings = { rules: { "figure.difference": "off", "figure.conflict": "off", "name.misspelling": "off" } };
    await client.notify("workspace/didChangeConfiguration", { settings: null });
    await client.waitFor(() => client!.statuses.at(-1)?.articles === 2 && client!.statuses.at(-1)?.indexing === false, "back to the default globs");
    const harbor = uriOf(path.join(dir, "harbor-post.article"));
    await client.waitFor(() => client!.diagnostics.get(harbor)?.length === 0, "every rule off clears the diagnostics");
  });

  it("links entities across the folders of a multi-root workspace", async () => {
    const a = makeWorkspace({ "a.article": fs.readFileSync(path.join(LSP_FIXTURES, "harbor-post.article"), "utf8") });
    const b = makeWorkspace({ "b.news": fs.readFileSync(path.join(LSP_FIXTURES, "evening-ledger.news"), "utf8") });
    dirs.push(a, b);
    client = await LspClient.start({ folders: [a, b], command: FAKE_SERVER });
    await client.waitForIndexed();
    const text = fs.readFileSync(path.join(a, "a.article"), "utf8");
    const refs = await client.request<Location[]>("textDocument/references", {
      textDocument: { uri: uriOf(path.join(a, "a.article")) },
      position: positionOf(text, "Marek"),
      context: { includeDeclaration: true },
    });
    assert.deepEqual(new Set(refs.map((r) => path.basename(new URL(r.uri).pathname))), new Set(["a.article", "b.news"]));
  });
});

describe("crosscheck.json (fake core)", () => {
  let dir: string;
  let client: LspClient;
  before(async () => {
    dir = makeWorkspace({ "crosscheck.json": '{\n  // shared rule settings\n  "rules": { "name.misspelling": "off" }\n}\n' }, LSP_FIXTURES);
    client = await LspClient.start({ folders: [dir], command: FAKE_SERVER });
    await client.waitForIndexed();
  });
  after(async () => {
    await client.stop();
    removeWorkspace(dir);
  });

  it("applies its rule settings, reloads it when it changes, and reports its errors in the file", async () => {
    const harbor = uriOf(path.join(dir, "harbor-post.article"));
    const config = path.join(dir, "crosscheck.json");
    const misspelling = () => (client.diagnostics.get(harbor) ?? []).find((d) => d.code === "name.misspelling");
    const diagnostics = await client.waitFor(() => client.diagnostics.get(harbor), "diagnostics");
    assert.ok(diagnostics.some((d) => d.code === "figure.conflict"));
    assert.equal(misspelling(), undefined, "name.misspelling is off in crosscheck.json");
    assert.ok(client.registrations.some((r) => JSON.stringify(r.registerOptions).includes("crosscheck.json")), "the file is watched");
    // A broken file: the last good decisions stay, and the error shows in the file.
    fs.writeFileSync(config, '{ "rules": { "name.misspelling": "off" ');
    await client.notify("workspace/didChangeWatchedFiles", { changes: [{ uri: uriOf(config), type: 2 }] });
    const problems = await client.waitFor(() => (client.diagnostics.get(uriOf(config))?.length ? client.diagnostics.get(uriOf(config)) : undefined), "a problem in crosscheck.json");
    assert.equal(problems[0].severity, 1);
    assert.equal(misspelling(), undefined, "the last good decisions stay in force");
    // Fixed: the rule is back on, the problem is gone.
    fs.writeFileSync(config, '{ "rules": { "name.misspelling": "warning" } }\n');
    await client.notify("workspace/didChangeWatchedFiles", { changes: [{ uri: uriOf(config), type: 2 }] });
    await client.waitFor(() => misspelling()?.severity === 2, "the misspelling as a warning");
    assert.equal(client.diagnostics.get(uriOf(config))!.length, 0);
  });
});

describe("a minimal LSP client (fake core)", () => {
  it("gets the same answers without configuration, progress, watchers or workspace-edit capabilities", async () => {
    const dir = makeWorkspace({}, LSP_FIXTURES);
    const client = await LspClient.start({ folders: [dir], command: FAKE_SERVER, capabilities: { workspace: {}, window: {}, textDocument: {} } });
    try {
      await client.waitForIndexed();
      assert.equal(client.progress.length, 0, "no work-done progress without the capability");
      assert.equal(client.registrations.length, 0, "no dynamic registrations without the capability");
      const harbor = path.join(dir, "harbor-post.article");
      const text = fs.readFileSync(harbor, "utf8");
      const hover = await client.request<Hover>("textDocument/hover", { textDocument: { uri: uriOf(harbor) }, position: positionOf(text, "Vossberg", 1) });
      assert.match((hover.contents as { value: string }).value, /Wossberg/);
      const edit = await client.request<{ changes?: Record<string, unknown[]>; documentChanges?: unknown }>("textDocument/rename", {
        textDocument: { uri: uriOf(harbor) },
        position: positionOf(text, "Vossberg", 1),
        newName: "Vossberg-Lind",
      });
      assert.equal(edit.documentChanges, undefined, "plain `changes` for a client without documentChanges");
      assert.equal(edit.changes![uriOf(harbor)].length, 2);
      await client.waitFor(() => client.diagnostics.get(uriOf(harbor))?.some((d) => d.code === "figure.conflict"), "diagnostics");
    } finally {
      await client.stop();
      removeWorkspace(dir);
    }
  });
});
