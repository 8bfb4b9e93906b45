/**
 * Starting the language server (dist/server.js) and keeping it alive: the client restarts a server that
 * dies, tells the user once, and gives up (with a way back) if it keeps dying.
 */
import * as vscode from "vscode";
import {
  CloseAction,
  ErrorAction,
  type ErrorHandler,
  LanguageClient,
  type LanguageClientOptions,
  type ServerOptions,
  TransportKind,
} from "vscode-languageclient/node";
import { articleDocumentSelector, articleGlobs } from "./articleFiles";
import { APPLY_DECISION_COMMAND } from "../../server/src/protocol";
import { decisionMiddleware } from "./decisionCommands";

export const CLIENT_ID = "crosscheck";
const CLIENT_NAME = "Crosscheck";

/** More crashes than this within the window and the client stops restarting. */
const MAX_RESTARTS = 4;
const RESTART_WINDOW_MS = 3 * 60 * 1000;

export function createLanguageClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath("dist/server.js");
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ["--nolazy", "--inspect=6019"] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: articleDocumentSelector(),
    synchronize: {
      // The server reads its settings with workspace/configuration; this also pushes didChangeConfiguration.
      configurationSection: "crosscheck",
      fileEvents: articleWatchers(context),
    },
    outputChannel: output,
    // Saves crosscheck.json around a decision, so the server plans on the text the user sees.
    middleware: decisionMiddleware,
    // Hovers end with links that record a decision; only that command may run from the server's markdown.
    initializationOptions: { hoverCommandLinks: true },
    markdown: { isTrusted: { enabledCommands: [APPLY_DECISION_COMMAND] } },
    errorHandler: new RestartingErrorHandler(output),
    initializationFailedHandler: (error) => {
      output.error(`The Crosscheck language server failed to start: ${String(error)}`);
      void vscode.window
        .showErrorMessage("The Crosscheck language server failed to start.", "Show Output")
        .then((choice) => choice && output.show());
      return false;
    },
  };
  // The id "crosscheck" makes the client read `crosscheck.trace.server` for protocol tracing.
  return new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
}

/**
 * File watchers for every folder's article globs, so the server hears about articles created, changed
 * and deleted on disk. The server may also register its own watchers; duplicates are harmless.
 */
function articleWatchers(context: vscode.ExtensionContext): vscode.FileSystemWatcher[] {
  const watchers: vscode.FileSystemWatcher[] = [];
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    for (const glob of articleGlobs(folder)) {
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, glob));
      context.subscriptions.push(watcher);
      watchers.push(watcher);
    }
  }
  return watchers;
}

/**
 * Restarts the server when its connection closes, says so once per session (later restarts only go to the
 * output channel), and stops after too many crashes in a short time so that a server that crashes at
 * start does not loop forever.
 */
class RestartingErrorHandler implements ErrorHandler {
  private readonly restarts: number[] = [];
  private toldUser = false;

  constructor(private readonly output: vscode.LogOutputChannel) {}

  error(error: Error, _message: unknown, count: number | undefined) {
    if ((count ?? 1) <= 1) this.output.error(`Connection to the Crosscheck server: ${error.message}`);
    // Keep going: when the server died, `closed()` follows and restarts it. Shutting down here instead
    // (the default after a few write errors) would stop a server that crashed while the user typed.
    return { action: ErrorAction.Continue, handled: true };
  }

  closed() {
    const now = Date.now();
    this.restarts.push(now);
    while (this.restarts.length > 0 && now - this.restarts[0] > RESTART_WINDOW_MS) this.restarts.shift();
    if (this.restarts.length > MAX_RESTARTS) {
      this.output.error(`The Crosscheck server stopped ${this.restarts.length} times in 3 minutes; not restarting it.`);
      void vscode.window
        .showErrorMessage(
          "The Crosscheck language server keeps stopping, so it was not restarted.",
          "Restart Server",
          "Show Output",
        )
        .then((choice) => {
          if (choice === "Restart Server") void vscode.commands.executeCommand("crosscheck.restartServer");
          if (choice === "Show Output") this.output.show();
        });
      return { action: CloseAction.DoNotRestart, handled: true };
    }
    this.output.warn("The Crosscheck server stopped unexpectedly; restarting it.");
    if (!this.toldUser) {
      this.toldUser = true;
      void vscode.window
        .showWarningMessage("The Crosscheck language server stopped unexpectedly and was restarted.", "Show Output")
        .then((choice) => choice && this.output.show());
    }
    return { action: CloseAction.Restart, handled: true };
  }
}
