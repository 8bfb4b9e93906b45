/**
 * A small LSP test client: spawns the server (`node dist/server.js --stdio` by default) and talks JSON-RPC to
 * it over stdio with vscode-languageserver-protocol's stream reader and writer, exactly as an editor does.
 * It answers the server's requests (configuration, progress creation, registrations, showDocument) and
 * records what the server sends, so tests can wait for diagnostics, progress, status and log lines.
 */
import { ChildProcess, spawn } from "node:child_process";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import {
  ClientCapabilities,
  createProtocolConnection,
  Diagnostic,
  ProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  TextDocumentContentChangeEvent,
} from "vscode-languageserver-protocol/node";

export const REPO_ROOT = path.resolve(__dirname, "../..");
export const SERVER_JS = path.join(REPO_ROOT, "dist", "server.js");

export interface LspClientOptions {
  /** Workspace folders (file system paths). */
  folders?: string[];
  /** The `crosscheck` settings section the client answers with (per folder path when given a function). */
  settings?: Record<string, unknown> | null | ((folderPath: string | undefined) => Record<string, unknown> | null);
  /** Extra or replaced client capabilities. */
  capabilities?: ClientCapabilities;
  /** The command that starts the server; defaults to `node dist/server.js --stdio`. */
  command?: string[];
  /** Sent in `initialize` (e.g. `{ hoverCommandLinks: true }`, as the VS Code client does). */
  initializationOptions?: unknown;
  /** Print the server's log lines as they arrive (debugging). */
  echoLogs?: boolean;
}

export interface ProgressEvent {
  time: number;
  token: string | number;
  value: { kind: "begin" | "report" | "end"; title?: string; message?: string; percentage?: number };
}

export const uriOf = (file: string): string => pathToFileURL(file).href;

const defaultCapabilities: ClientCapabilities = {
  workspace: {
    configuration: true,
    workspaceFolders: true,
    didChangeConfiguration: { dynamicRegistration: true },
    didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true },
    workspaceEdit: { documentChanges: true, changeAnnotationSupport: { groupsOnLabel: true } },
    symbol: { dynamicRegistration: false },
  },
  window: { workDoneProgress: true, showDocument: { support: true } },
  textDocument: {
    synchronization: { dynamicRegistration: false },
    hover: { contentFormat: ["markdown", "plaintext"] },
    publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true, dataSupport: true },
    rename: { prepareSupport: true },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    semanticTokens: {
      requests: { full: true, range: true },
      tokenTypes: [],
      tokenModifiers: [],
      formats: ["relative"],
    },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ["quickfix"] } }, dataSupport: true },
  },
};

export class LspClient {
  readonly diagnostics = new Map<string, Diagnostic[]>();
  /** Every publishDiagnostics, in order, with its arrival time. */
  readonly diagnosticEvents: { time: number; uri: string; diagnostics: Diagnostic[] }[] = [];
  readonly logs: { type: number; message: string }[] = [];
  readonly messages: { type: number; message: string }[] = [];
  readonly progress: ProgressEvent[] = [];
  readonly statuses: Record<string, unknown>[] = [];
  readonly shownDocuments: unknown[] = [];
  readonly registrations: { method: string; registerOptions?: unknown }[] = [];
  private versions = new Map<string, number>();
  private exited = false;
  stderr = "";

  private constructor(
    readonly connection: ProtocolConnection,
    readonly process: ChildProcess,
    private readonly options: LspClientOptions,
  ) {}

  /** Starts the server, runs initialize/initialized and returns the client. */
  static async start(options: LspClientOptions = {}): Promise<LspClient> {
    const [command, ...args] = options.command ?? [process.execPath, SERVER_JS, "--stdio"];
    const child = spawn(command, args, { stdio: ["pipe", "pipe", "pipe"], cwd: REPO_ROOT });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new LspClient(connection, child, options);
    child.stderr!.on("data", (chunk: Buffer) => (client.stderr += chunk.toString()));
    child.on("exit", () => (client.exited = true));
    client.wire();
    connection.listen();
    const folders = (options.folders ?? []).map((folder) => ({ uri: uriOf(folder), name: path.basename(folder) }));
    await connection.sendRequest("initialize", {
      processId: process.pid,
      rootUri: folders[0]?.uri ?? null,
      workspaceFolders: folders,
      capabilities: { ...defaultCapabilities, ...(options.capabilities ?? {}) },
      initializationOptions: options.initializationOptions,
    });
    await connection.sendNotification("initialized", {});
    return client;
  }

  get alive(): boolean {
    return !this.exited;
  }

  private settingsFor(scopeUri: string | undefined): Record<string, unknown> | null {
    const settings = this.options.settings;
    if (typeof settings === "function") return settings(scopeUri ? new URL(scopeUri).pathname : undefined);
    return settings ?? null;
  }

  private wire(): void {
    const c = this.connection;
    c.onRequest("workspace/configuration", (params: { items: { scopeUri?: string; section?: string }[] }) =>
      params.items.map((item) => (item.section === "crosscheck" ? this.settingsFor(item.scopeUri) : null)),
    );
    c.onRequest("window/workDoneProgress/create", () => null);
    c.onRequest("client/registerCapability", (params: { registrations: { method: string; registerOptions?: unknown }[] }) => {
      this.registrations.push(...params.registrations);
      return null;
    });
    c.onRequest("client/unregisterCapability", () => null);
    c.onRequest("window/showDocument", (params: unknown) => {
      this.shownDocuments.push(params);
      return { success: true };
    });
    c.onRequest("workspace/semanticTokens/refresh", () => null);
    c.onRequest("workspace/diagnostic/refresh", () => null);
    c.onNotification("textDocument/publishDiagnostics", (params: { uri: string; diagnostics: Diagnostic[] }) => {
      this.diagnostics.set(params.uri, params.diagnostics);
      this.diagnosticEvents.push({ time: performance.now(), uri: params.uri, diagnostics: params.diagnostics });
    });
    c.onNotification("window/logMessage", (params: { type: number; message: string }) => {
      this.logs.push(params);
      if (this.options.echoLogs) console.error(`[server] ${params.message}`);
    });
    c.onNotification("window/showMessage", (params: { type: number; message: string }) => {
      this.messages.push(params);
    });
    c.onNotification("$/progress", (params: { token: string | number; value: ProgressEvent["value"] }) => {
      this.progress.push({ time: performance.now(), token: params.token, value: params.value });
    });
    c.onNotification("crosscheck/status", (params: Record<string, unknown>) => {
      this.statuses.push(params);
    });
  }

  request<R = unknown>(method: string, params?: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  notify(method: string, params?: unknown): Promise<void> {
    return this.connection.sendNotification(method, params);
  }

  /** Polls `check` until it returns a truthy value or the deadline passes. */
  async waitFor<T>(check: () => T | undefined | null | false, what: string, timeoutMs = 10_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = check();
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}${this.stderr ? `\nserver stderr: ${this.stderr}` : ""}`);
      if (this.exited) throw new Error(`Server exited while waiting for ${what}\n${this.stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  /** Waits until the first index finished: a status saying "not indexing" after one saying "indexing". */
  waitForIndexed(timeoutMs = 30_000): Promise<true> {
    return this.waitFor(
      () => {
        const started = this.statuses.findIndex((s) => s.indexing === true);
        return started >= 0 && this.statuses.slice(started).some((s) => s.indexing === false);
      },
      "the first index",
      timeoutMs,
    );
  }

  async open(uri: string, text: string, languageId = "news-article"): Promise<void> {
    this.versions.set(uri, 1);
    await this.notify("textDocument/didOpen", { textDocument: { uri, languageId, version: 1, text } });
  }

  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<void> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.notify("textDocument/didChange", { textDocument: { uri, version }, contentChanges: changes });
  }

  async close(uri: string): Promise<void> {
    await this.notify("textDocument/didClose", { textDocument: { uri } });
  }

  async stop(): Promise<void> {
    if (this.exited) return;
    try {
      await Promise.race([this.request("shutdown"), new Promise((resolve) => setTimeout(resolve, 2000))]);
      await this.notify("exit");
    } catch {
      // the server may already be gone
    }
    const exited = new Promise((resolve) => this.process.once("exit", resolve));
    const timer = setTimeout(() => this.process.kill(), 2000);
    if (!this.exited) await exited;
    clearTimeout(timer);
    this.connection.dispose();
  }
}

/** Finds `needle` (the `occurrence`-th, 0-based) in `text` and returns its LSP position, computed the LSP way. */
export function positionOf(text: string, needle: string, occurrence = 0, delta = 0): { line: number; character: number } {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" (occurrence ${occurrence}) not in text`);
  }
  return offsetToPosition(text, at + delta);
}

/** LSP position of a UTF-16 offset: lines end at \r\n, \n or a lone \r. */
export function offsetToPosition(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const ch = text[i];
    if (ch === "\r" || ch === "\n") {
      if (ch === "\r" && text[i + 1] === "\n") {
        if (i + 1 >= offset) break;
        i++;
      }
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}
