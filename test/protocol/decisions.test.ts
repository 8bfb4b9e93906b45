/**
 * Decisions from the editor over the real protocol (built server, real core, articles of our own): a code
 * action's `crosscheck.applyDecision` command makes the server send `workspace/applyEdit` for crosscheck.json;
 * this client applies it to the file on disk, as an editor would, and the next diagnostics and hovers follow.
 * A broken crosscheck.json is never written to.
 */
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import type { CodeAction, Diagnostic, Hover, TextEdit, WorkspaceEdit } from "vscode-languageserver-protocol";
import { TextDocument } from "vscode-languageserver-textdocument";
import type { DecisionResult, EntitiesResult } from "../../server/src/protocol";
import { LspClient, positionOf, SERVER_JS, uriOf } from "../helpers/lspClient";
import { makeWorkspace, removeWorkspace } from "../helpers/tempWorkspace";

const HARBOUR = `Storm floods the lower town
Source: Harbour Post
Date: 2031-04-02

At least 40 people were killed when the river burst its banks in Port Vella on Tuesday, officials said.
Mayor Tomas Brevik said the town council would meet on Wednesday. Brevik thanked the rescue teams.
Jonas Aldt, a fisherman, said the water rose within minutes.
`;
const LEDGER = `Floods hit Port Vella
Source: Evening Ledger
Date: 2031-04-02

Twelve people were killed when the river burst its banks in Port Vella on Tuesday, the police said.
Mayor Tomas Brevik called the flood the worst in a generation. Brevik asked residents to stay indoors.
Jonas Aldt, a fisherman, described the damage to the harbour.
`;

/** Applies a workspace edit to the files on disk (creates, then text edits), as an editor would. */
function applyToDisk(edit: WorkspaceEdit): void {
  const textEdits: [string, TextEdit[]][] = [];
  for (const change of edit.documentChanges ?? []) {
    if ("kind" in change) {
      assert.equal(change.kind, "create");
      const file = new URL(change.uri).pathname;
      if (!fs.existsSync(file)) fs.writeFileSync(file, "");
    } else if ("textDocument" in change) textEdits.push([change.textDocument.uri, change.edits as TextEdit[]]);
  }
  for (const [uri, edits] of Object.entries(edit.changes ?? {})) textEdits.push([uri, edits]);
  for (const [uri, edits] of textEdits) {
    const file = new URL(uri).pathname;
    const document = TextDocument.create(uri, "jsonc", 0, fs.readFileSync(file, "utf8"));
    fs.writeFileSync(file, TextDocument.applyEdits(document, edits));
  }
}

const conflictsIn = (client: LspClient, uri: string): Diagnostic[] =>
  (client.diagnostics.get(uri) ?? []).filter((d) => typeof (d.data as { conflictId?: unknown } | undefined)?.conflictId === "string");

describe("decisions from the editor (built server, real core)", () => {
  let dir: string;
  let client: LspClient;
  let harbourUri: string;
  let ledgerUri: string;
  let decisionsFile: string;
  const applyEdits: { label?: string; edit: WorkspaceEdit }[] = [];

  before(async () => {
    dir = makeWorkspace({ "harbour-post.article": HARBOUR, "evening-ledger.article": LEDGER });
    harbourUri = uriOf(path.join(dir, "harbour-post.article"));
    ledgerUri = uriOf(path.join(dir, "evening-ledger.article"));
    decisionsFile = path.join(dir, "crosscheck.json");
    client = await LspClient.start({ folders: [dir], command: [process.execPath, SERVER_JS, "--stdio"], initializationOptions: { hoverCommandLinks: true } });
    client.connection.onRequest("workspace/applyEdit", (params: { label?: string; edit: WorkspaceEdit }) => {
      applyEdits.push(params);
      applyToDisk(params.edit);
      return { applied: true };
    });
    await client.waitForIndexed();
  });
  after(async () => {
    await client.stop();
    removeWorkspace(dir);
  });

  const execute = (decision: unknown, options?: unknown) =>
    client.request<DecisionResult>("workspace/executeCommand", { command: "crosscheck.applyDecision", arguments: options ? [decision, options] : [decision] });

  it("registers the decision commands", async () => {
    // The server's capabilities are not kept by the helper; an unknown command would answer null.
    const { entities } = await client.request<EntitiesResult>("crosscheck/entities", {});
    const ids = ["Tomas Brevik", "Jonas Aldt"].map((name) => entities.find((e) => e.name === name)?.id ?? name);
    const result = await client.request<DecisionResult>("workspace/executeCommand", { command: "crosscheck.describeDecision", arguments: [{ type: "merge", entityIds: ids }] });
    assert.equal(result.applied, false);
    assert.match(result.summary ?? "", /^merge 2 entities: \d+ mentions in 2 articles$/);
  });

  it("ignores a conflict from its quick fix: the server creates crosscheck.json and the conflict's diagnostics go", async () => {
    const diagnostic = await client.waitFor(() => conflictsIn(client, harbourUri)[0], "a conflict diagnostic");
    assert.ok(conflictsIn(client, ledgerUri).length > 0);
    const actions = await client.request<CodeAction[]>("textDocument/codeAction", {
      textDocument: { uri: harbourUri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    });
    const ignore = actions.find((a) => a.title.startsWith("Ignore this conflict"));
    assert.ok(ignore?.command, `an ignore action among: ${actions.map((a) => a.title).join(" | ")}`);
    assert.deepEqual(ignore.diagnostics, [diagnostic]);
    assert.ok(!fs.existsSync(decisionsFile));
    const result = await client.request<DecisionResult>("workspace/executeCommand", { command: ignore.command.command, arguments: ignore.command.arguments });
    assert.equal(result.applied, true, result.reason);
    assert.equal(applyEdits.length, 1);
    const created = applyEdits[0].edit.documentChanges?.[0];
    assert.ok(created && "kind" in created && created.kind === "create", "a CreateFile first");
    const written = JSON.parse(fs.readFileSync(decisionsFile, "utf8")) as { ignoredConflicts: { quantity: string; claims: string[] }[] };
    assert.equal(written.ignoredConflicts.length, 1);
    assert.deepEqual([...written.ignoredConflicts[0].claims].sort(), ["At least 40", "Twelve"]);
    await client.waitFor(() => conflictsIn(client, harbourUri).length === 0 && conflictsIn(client, ledgerUri).length === 0, "the conflict's diagnostics to clear");
    // The editor would save the file and its watcher report it: nothing changes again.
    await client.notify("workspace/didChangeWatchedFiles", { changes: [{ uri: uriOf(decisionsFile), type: 1 }] });
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(conflictsIn(client, harbourUri).length, 0);
  });

  it("merges two people with a minimal edit that keeps the file's comments, and the next hover shows the merged entity", async () => {
    // The user's own comment must survive the edit.
    const before = fs.readFileSync(decisionsFile, "utf8").replace("{", "{\n  // kept by the team\n");
    fs.writeFileSync(decisionsFile, before);
    await client.notify("workspace/didChangeWatchedFiles", { changes: [{ uri: uriOf(decisionsFile), type: 2 }] });
    const { entities } = await client.request<EntitiesResult>("crosscheck/entities", {});
    const brevik = entities.find((e) => e.name === "Tomas Brevik");
    const aldt = entities.find((e) => e.name === "Jonas Aldt");
    assert.ok(brevik && aldt, `both people found among ${entities.map((e) => e.name).join(", ")}`);
    const at = positionOf(LEDGER, "Jonas Aldt", 0, 2);
    const hoverBefore = await client.request<Hover>("textDocument/hover", { textDocument: { uri: ledgerUri }, position: at });
    assert.match((hoverBefore.contents as { value: string }).value, /^\*\*Jonas Aldt\*\*/);

    const result = await execute({ type: "merge", entityIds: [aldt.id, brevik.id], name: "Tomas Brevik" });
    assert.equal(result.applied, true, result.reason);
    assert.match(result.summary ?? "", /^merge 2 entities: \d+ mentions in 2 articles$/);
    const edit = applyEdits.at(-1)!.edit;
    assert.ok(edit.documentChanges?.every((c) => !("kind" in c)), "an existing file is edited, not created");
    const after = fs.readFileSync(decisionsFile, "utf8");
    assert.ok(after.includes("// kept by the team"), after);
    assert.ok(after.includes("ignoredConflicts"));

    let hoverValue = "";
    for (const deadline = Date.now() + 10_000; !hoverValue.startsWith("**Tomas Brevik**") && Date.now() < deadline; ) {
      const hover = await client.request<Hover | null>("textDocument/hover", { textDocument: { uri: ledgerUri }, position: at });
      hoverValue = (hover?.contents as { value: string } | undefined)?.value ?? "";
      if (!hoverValue.startsWith("**Tomas Brevik**")) await new Promise((r) => setTimeout(r, 50));
    }
    assert.match(hoverValue, /^\*\*Tomas Brevik\*\* · person · confirmed/);
    assert.match(hoverValue, /Jonas Aldt/);
  });

  it("splits a spelling back off from a hover's command link, and the next hover shows it apart", async () => {
    const at = positionOf(LEDGER, "Jonas Aldt", 0, 2);
    const hover = await client.request<Hover>("textDocument/hover", { textDocument: { uri: ledgerUri }, position: at });
    const value = (hover.contents as { value: string }).value;
    const lastLine = value.split("\n").at(-1)!;
    assert.match(lastLine, /^Decide \(crosscheck\.json\): /);
    assert.ok(!lastLine.includes("[Confirm]"), "a confirmed entity offers no Confirm");
    const link = /\[Split “Jonas Aldt” off\]\(command:crosscheck\.applyDecision\?([^)]+)\)/.exec(lastLine);
    assert.ok(link, lastLine);
    const args = JSON.parse(decodeURIComponent(link[1])) as unknown[];
    const result = await client.request<DecisionResult>("workspace/executeCommand", { command: "crosscheck.applyDecision", arguments: args });
    assert.equal(result.applied, true, result.reason);
    const written = JSON.parse(fs.readFileSync(decisionsFile, "utf8").replace(/^\s*\/\/.*$/gm, "")) as { entities: { aliases: string[] }[]; distinct: string[][] };
    assert.ok(!written.entities[0].aliases.includes("Jonas Aldt"));
    assert.ok(written.distinct.some((group) => group.includes("Jonas Aldt")), JSON.stringify(written));
    let after = "";
    for (const deadline = Date.now() + 10_000; !after.startsWith("**Jonas Aldt**") && Date.now() < deadline; ) {
      const next = await client.request<Hover | null>("textDocument/hover", { textDocument: { uri: ledgerUri }, position: at });
      after = (next?.contents as { value: string } | undefined)?.value ?? "";
      if (!after.startsWith("**Jonas Aldt**")) await new Promise((r) => setTimeout(r, 50));
    }
    assert.match(after, /^\*\*Jonas Aldt\*\*/);
    // Merge them again for the next test, which expects the confirmed entity.
    const { entities } = await client.request<EntitiesResult>("crosscheck/entities", {});
    const ids = ["Tomas Brevik", "Jonas Aldt"].map((n) => entities.find((e) => e.name === n)!.id);
    assert.equal((await execute({ type: "merge", entityIds: ids, name: "Tomas Brevik" })).applied, true);
    for (const deadline = Date.now() + 10_000; Date.now() < deadline; ) {
      const { entities: now } = await client.request<EntitiesResult>("crosscheck/entities", {});
      if (!now.some((e) => e.name === "Jonas Aldt")) break;
      await new Promise((r) => setTimeout(r, 50));
    }
  });

  it("offers the entity decisions on a mention, with the impact in the title", async () => {
    const at = positionOf(HARBOUR, "Brevik thanked", 0, 1);
    const actions = await client.request<CodeAction[]>("textDocument/codeAction", {
      textDocument: { uri: harbourUri },
      range: { start: at, end: at },
      context: { diagnostics: [] },
    });
    const titles = actions.map((a) => a.title);
    assert.ok(titles.some((t) => /^Not an entity: “Brevik” \(removes \d+ mentions in 2 articles\)$/.test(t)), titles.join(" | "));
    assert.ok(titles.some((t) => t.startsWith("Change kind to place")));
    assert.ok(titles.some((t) => t.startsWith("Change kind to organization")));
    assert.ok(titles.some((t) => t.startsWith("Split “Brevik” off into its own entity")), titles.join(" | "));
    assert.ok(!titles.some((t) => t.startsWith("Confirm entity")), "the merged entity is confirmed already");
    assert.ok(actions.filter((a) => !a.title.startsWith("Change “")).every((a) => a.kind === "refactor" && a.command?.command === "crosscheck.applyDecision"));
    const quickFixesOnly = await client.request<CodeAction[]>("textDocument/codeAction", {
      textDocument: { uri: harbourUri },
      range: { start: at, end: at },
      context: { diagnostics: [], only: ["quickfix"] },
    });
    assert.ok(quickFixesOnly.every((a) => a.kind === "quickfix"), "only the kinds asked for");
  });

  it("refuses to write a crosscheck.json that does not parse, says why, and leaves it alone", async () => {
    const broken = '{ "entities": [ { "name": "Tomas Brevik", \n';
    fs.writeFileSync(decisionsFile, broken);
    await client.notify("workspace/didChangeWatchedFiles", { changes: [{ uri: uriOf(decisionsFile), type: 2 }] });
    const sentBefore = applyEdits.length;
    const messagesBefore = client.messages.length;
    const { entities } = await client.request<EntitiesResult>("crosscheck/entities", {});
    const result = await execute({ type: "confirm", entityId: entities[0].id });
    assert.equal(result.applied, false);
    assert.equal(applyEdits.length, sentBefore, "no edit sent");
    assert.equal(fs.readFileSync(decisionsFile, "utf8"), broken);
    const message = await client.waitFor(() => client.messages.slice(messagesBefore).find((m) => m.type === 2), "a warning");
    assert.match(message.message, /crosscheck\.json/);
  });

  it("answers a malformed decision with a message, not an error", async () => {
    const messagesBefore = client.messages.length;
    const result = await execute({ type: "merge", entityIds: "nope" });
    assert.equal(result.applied, false);
    assert.ok(result.reason);
    await client.waitFor(() => client.messages.length > messagesBefore, "a warning");
  });
});
