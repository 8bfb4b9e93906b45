/**
 * The extension's entry point: starts the Crosscheck language server and wires the People and Places
 * view, the status-bar item and the commands to it.
 */
import * as path from "node:path";
import * as vscode from "vscode";
import { State, type LanguageClient } from "vscode-languageclient/node";
import { isArticleFile, ARTICLE_LANGUAGE, registerArticleLanguage } from "./articleFiles";
import { registerCommands } from "./commands";
import { registerDecisionCommands } from "./decisionCommands";
import { PeopleTreeProvider, type PeopleNode } from "./peopleTree";
import { CrosscheckApi, type StatusParams } from "./serverApi";
import { createLanguageClient } from "./serverClient";
import { count as plural } from "./labels";
import { CrosscheckStatusBar } from "./statusBar";

/** The tree reloads at most this often while the index changes (e.g. during indexing). */
const TREE_REFRESH_DELAY_MS = 300;

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel("Crosscheck", { log: true });
  context.subscriptions.push(output);

  client = createLanguageClient(context, output);
  const api = new CrosscheckApi(client);
  const isArticle = (document: vscode.TextDocument): boolean =>
    document.languageId === ARTICLE_LANGUAGE || (document.uri.scheme === "file" && isArticleFile(document.uri));

  const tree = new PeopleTreeProvider(api, context.workspaceState, isArticle);
  const views = ["crosscheck.people", "crosscheck.peopleSidebar"].map((id) =>
    // canSelectMany: commands on entities (merge, issue 8) receive every selected node as their second argument.
    vscode.window.createTreeView<PeopleNode>(id, { treeDataProvider: tree, showCollapseAll: true, canSelectMany: true }),
  );
  const statusBar = new CrosscheckStatusBar();
  context.subscriptions.push(tree, statusBar, ...views, registerArticleLanguage());

  // Title and message of both views follow what the tree shows (count, filter, scope).
  context.subscriptions.push(
    tree.onDidLoad(({ shown, total }) => {
      const scope = tree.showsActiveArticleOnly ? tree.currentArticle() : undefined;
      const parts: string[] = [];
      if (tree.showsActiveArticleOnly) {
        parts.push(scope ? `In ${path.basename(scope.path)} only.` : "Open an article to see its people and places.");
      }
      if (tree.filter) parts.push(`Filtered by “${tree.filter}”: ${shown} of ${total}.`);
      const message = parts.length > 0 ? parts.join(" ") : undefined;
      for (const view of views) {
        view.message = message;
        view.description = total > 0 ? plural(shown, "entity", "entities") : undefined;
      }
    }),
    vscode.window.onDidChangeActiveTextEditor((editor) => tree.trackActiveArticle(editor)),
    // A language change ("treat as article") reopens the document under the same editor.
    vscode.workspace.onDidOpenTextDocument((document) => {
      const editor = vscode.window.activeTextEditor;
      if (editor?.document === document) tree.trackActiveArticle(editor);
    }),
  );

  // The view follows the index: every status notification may mean new entities or counts.
  let refreshTimer: NodeJS.Timeout | undefined;
  const scheduleRefresh = (): void => {
    if (refreshTimer) return;
    refreshTimer = setTimeout(() => {
      refreshTimer = undefined;
      tree.refresh();
    }, TREE_REFRESH_DELAY_MS);
  };
  context.subscriptions.push({ dispose: () => refreshTimer && clearTimeout(refreshTimer) });

  // Status arrives several times a second while indexing; the tree reloads only when a count moved
  // (the server's indexChanged notification covers changes that keep the counts).
  let lastCounts = "";
  const applyStatus = (status: StatusParams): void => {
    statusBar.update(status);
    void vscode.commands.executeCommand("setContext", "crosscheck.articleCount", status.articles);
    const counts = [status.articles, status.people, status.places, status.organizations, status.conflicts].join();
    if (counts !== lastCounts || !status.indexing) scheduleRefresh();
    lastCounts = counts;
  };

  context.subscriptions.push(
    client.onDidChangeState(({ newState }) => {
      void vscode.commands.executeCommand("setContext", "crosscheck.active", newState === State.Running);
      if (newState === State.Running) scheduleRefresh();
      else if (newState === State.Starting) statusBar.showStarting();
      else statusBar.showStopped();
    }),
    ...registerCommands({ client, api, tree, output }),
    ...registerDecisionCommands({ api, output }),
    // Before start, so that the first status (sent while the server indexes) is not missed; the handler
    // survives restarts.
    api.onStatus(applyStatus),
    api.onIndexChanged(scheduleRefresh),
  );

  try {
    await client.start();
  } catch (error) {
    output.error(`Could not start the Crosscheck language server: ${String(error)}`);
    statusBar.showStopped();
  }
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
  client = undefined;
}
