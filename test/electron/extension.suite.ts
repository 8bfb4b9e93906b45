// Integration checks through the `vscode` API, run in a desktop VS Code by `npm run test:desktop`.
// The workspace is a copy of samples/ (see scripts/run-desktop-tests.mjs).
import * as vscode from "vscode";
import { assert, test } from "./runner";

const EXTENSION_ID = "crosscheck.crosscheck";

function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, "a workspace folder is open");
  return vscode.Uri.joinPath(folder.uri, name);
}

test("the extension is installed and activates", async () => {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is installed`);
  await extension.activate();
  assert.equal(extension.isActive, true);
});

test(".article and .news files open in the news-article language", async () => {
  for (const name of ["amsel-courier.article", "northwind-wire.news"]) {
    const document = await vscode.workspace.openTextDocument(workspaceFile(name));
    assert.equal(document.languageId, "news-article", name);
  }
});

test("the extension registers its commands", async () => {
  const commands = await vscode.commands.getCommands(true);
  assert.ok(commands.some((c) => c.startsWith("crosscheck.")), "at least one crosscheck.* command");
});

test("crosscheck.files has the article globs by default", () => {
  const globs = vscode.workspace.getConfiguration("crosscheck").get<string[]>("files");
  assert.deepEqual(globs, ["**/*.article", "**/*.news"]);
});

test("the language server answers a hover on a name in an article", async () => {
  const document = await vscode.workspace.openTextDocument(workspaceFile("amsel-courier.article"));
  await vscode.window.showTextDocument(document);
  const offset = document.getText().indexOf("Zhelevsky");
  assert.ok(offset >= 0);
  const position = document.positionAt(offset + 2);
  // The server indexes in the background; retry for a while before giving up.
  const deadline = Date.now() + 30_000;
  let hovers: vscode.Hover[] = [];
  while (Date.now() < deadline) {
    hovers = await vscode.commands.executeCommand<vscode.Hover[]>("vscode.executeHoverProvider", document.uri, position);
    if (hovers.length > 0) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  assert.ok(hovers.length > 0, "a hover from the Crosscheck server");
});
