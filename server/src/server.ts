/**
 * The Crosscheck language server: wires the workspace index, the indexer and one module per LSP feature to
 * a connection. `main.ts` only creates the connection; tests and benches may inject a different analyzer or
 * logger through `deps`.
 *
 * Every request goes through `runSafe` (errors and cancellation) and first flushes pending edits, so answers
 * match the text the user sees. Nothing here is VS Code-specific: any LSP client gets the same answers.
 */
import {
  CodeActionKind,
  Connection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  Disposable,
  FileChangeType,
  InitializeParams,
  InitializeResult,
  Location,
  MessageType,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  WatchKind,
} from "vscode-languageserver";
import * as fs from "node:fs";
import { TextDocument } from "vscode-languageserver-textdocument";
import type { RuleSetting } from "./analysis/types";
import { provideCodeActions } from "./features/codeActions";
import { applyDecision, DecisionHost, describeDecision } from "./features/decisions";
import { exportAnnotations } from "./features/exportAnnotations";
import { provideDefinition } from "./features/definition";
import { DiagnosticsPublisher, shownConflicts } from "./features/diagnostics";
import { provideDocumentHighlights } from "./features/documentHighlights";
import { provideDocumentSymbols } from "./features/documentSymbols";
import { provideHover } from "./features/hover";
import { offsetAt } from "./features/positions";
import { provideReferences } from "./features/references";
import { prepareRename, provideRename } from "./features/rename";
import { provideSemanticTokens, semanticTokensLegend } from "./features/semanticTokens";
import { provideEntities, provideEntityMentions } from "./features/treeView";
import { provideWorkspaceSymbols } from "./features/workspaceSymbols";
import { runSafe, runSafeNotification } from "./handlerWrapper";
import { coreAnalyzer } from "./index/coreAnalyzer";
import { Folder, Indexer, ProgressSink } from "./index/indexer";
import { outletResolver } from "./index/outlets";
import { canonicalUri, fileLabel, pathToUri, uriToPath } from "./index/uris";
import { Analyzer, WorkspaceIndex } from "./index/workspaceIndex";
import { isDecisionsFile, WorkspaceDecisions } from "./index/workspaceDecisions";
import { createConnectionLogger, Logger } from "./logger";
import {
  APPLY_DECISION_COMMAND,
  DESCRIBE_DECISION_COMMAND,
  EXPORT_ANNOTATIONS_COMMAND,
  EntitiesParams,
  EntityMentionsParams,
  Methods,
  OPEN_OTHER_SOURCES_COMMAND,
  StatusParams,
} from "./protocol";
import { CrosscheckSettings, defaultSettings, needsReindex, sanitizeSettings } from "./settings";

export interface ServerDeps {
  /** The analysis core; the real one by default. */
  analyzer?: Analyzer;
  /** Defaults to the connection's console (`window/logMessage`). */
  logger?: Logger;
}

interface ClientSupport {
  configuration: boolean;
  workspaceFolders: boolean;
  watchedFilesRegistration: boolean;
  relativePatterns: boolean;
  configurationRegistration: boolean;
  workDoneProgress: boolean;
  showDocument: boolean;
  documentChanges: boolean;
  changeAnnotations: boolean;
  semanticTokensRefresh: boolean;
  /** `initializationOptions.hoverCommandLinks`: the client runs `command:` links in hovers (VS Code). */
  hoverCommandLinks: boolean;
}

/** Status notifications at most this often while indexing (the last one is always sent). */
const STATUS_INTERVAL_MS = 200;
/** `$/progress` reports at most this often. */
const PROGRESS_INTERVAL_MS = 100;

const countFormat = new Intl.NumberFormat("en-US");

export function startServer(connection: Connection, deps: ServerDeps = {}): void {
  const logger = deps.logger ?? createConnectionLogger(connection.console);
  const analyzer = deps.analyzer ?? coreAnalyzer;
  const documents = new TextDocuments(TextDocument);
  const index = new WorkspaceIndex(analyzer, logger);
  const publisher = new DiagnosticsPublisher((uri, diagnostics) => connection.sendDiagnostics({ uri, diagnostics }));

  const decisions = new WorkspaceDecisions(logger);
  let decisionsDiagnostics = new Set<string>();
  let support: ClientSupport | undefined;
  let folders: Folder[] = [];
  let globalSettings: CrosscheckSettings = defaultSettings;
  let folderSettings = new Map<string, CrosscheckSettings>();
  let watcherRegistration: Disposable | undefined;
  let lastStatus = 0;
  let statusTimer: NodeJS.Timeout | undefined;

  const settingsFor = (folderUri: string | undefined): CrosscheckSettings => (folderUri && folderSettings.get(folderUri)) || globalSettings;
  const rulesFor = (uri: string): Record<string, RuleSetting> => ({
    // Personal settings override the shared crosscheck.json, as editor settings usually do.
    ...index.getDecisions().rules,
    ...settingsFor(indexer.folderOf(uri)?.uri).rules,
  });

  const indexer: Indexer = new Indexer(index, {
    logger,
    folders: () => folders,
    settingsFor,
    openDocument: (uri) => documents.all().find((d) => canonicalUri(d.uri) === uri),
    openDocuments: () => documents.all(),
    beginProgress,
    onLinked: (interim, changed) => {
      // The edited articles first, then the open ones: what the user looks at is updated before the rest.
      const first = [...(changed ?? []), ...documents.all().map((d) => canonicalUri(d.uri))];
      if (!interim)
        publisher.publish(index, rulesFor, first).catch((error: unknown) => logger.error(`Publishing diagnostics failed: ${String(error)}`));
      sendStatus(true);
      void connection.sendNotification(Methods.indexChanged).catch(() => undefined);
      // A re-link can link or unlink names in articles nobody edited: their colours follow.
      if (!interim && support?.semanticTokensRefresh) connection.languages.semanticTokens.refresh().catch(() => undefined);
    },
    onIndexProgress: () => sendStatus(false),
    // A plain notification: `showInformationMessage` is a request, and a client that does not answer it
    // must not leave a rejected promise behind.
    notify: (message) => void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message }).catch(() => undefined),
  });

  // ---- lifecycle -----------------------------------------------------------------------------------------

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities;
    support = {
      configuration: caps.workspace?.configuration === true,
      workspaceFolders: caps.workspace?.workspaceFolders === true,
      watchedFilesRegistration: caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
      relativePatterns: caps.workspace?.didChangeWatchedFiles?.relativePatternSupport === true,
      configurationRegistration: caps.workspace?.didChangeConfiguration?.dynamicRegistration === true,
      workDoneProgress: caps.window?.workDoneProgress === true,
      showDocument: caps.window?.showDocument?.support === true,
      documentChanges: caps.workspace?.workspaceEdit?.documentChanges === true,
      changeAnnotations: caps.workspace?.workspaceEdit?.changeAnnotationSupport !== undefined,
      semanticTokensRefresh: caps.workspace?.semanticTokens?.refreshSupport === true,
      hoverCommandLinks: (params.initializationOptions as { hoverCommandLinks?: unknown } | undefined)?.hoverCommandLinks === true,
    };
    folders = (params.workspaceFolders ?? []).map((f) => ({ uri: canonicalUri(f.uri), name: f.name }));
    if (!folders.length && params.rootUri) folders = [{ uri: canonicalUri(params.rootUri), name: fileLabel(params.rootUri) }];
    else if (!folders.length && params.rootPath) folders = [{ uri: canonicalUri(`file://${params.rootPath}`), name: params.rootPath }];
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        documentHighlightProvider: true,
        renameProvider: { prepareProvider: true },
        workspaceSymbolProvider: true,
        documentSymbolProvider: { label: "Crosscheck" },
        semanticTokensProvider: { legend: semanticTokensLegend, full: true, range: true },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.Refactor] },
        executeCommandProvider: { commands: [OPEN_OTHER_SOURCES_COMMAND, APPLY_DECISION_COMMAND, DESCRIBE_DECISION_COMMAND, EXPORT_ANNOTATIONS_COMMAND] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: "crosscheck" },
    };
  });

  connection.onInitialized(() => {
    runSafeNotification(logger, "initialized", undefined, async () => {
      if (support?.configurationRegistration) await connection.client.register(DidChangeConfigurationNotification.type, { section: "crosscheck" });
      if (support?.workspaceFolders)
        connection.workspace.onDidChangeWorkspaceFolders((event) =>
          runSafeNotification(logger, "workspace folders change", undefined, async () => {
            const removed = new Set(event.removed.map((f) => canonicalUri(f.uri)));
            folders = [...folders.filter((f) => !removed.has(f.uri)), ...event.added.map((f) => ({ uri: canonicalUri(f.uri), name: f.name }))];
            await loadSettings();
            await registerWatchers();
            loadDecisions();
            await indexer.indexWorkspace();
          }),
        );
      await loadSettings();
      await registerWatchers();
      loadDecisions();
      await indexer.indexWorkspace();
    });
  });

  connection.onShutdown(() => {
    indexer.dispose();
    if (statusTimer) clearTimeout(statusTimer);
  });

  // ---- crosscheck.json ---------------------------------------------------------------------------------

  const folderPaths = () => folders.map((f) => uriToPath(f.uri)).filter((p): p is string => p !== undefined);

  /** Reads every folder's crosscheck.json into the index's decisions (before an index run). */
  function loadDecisions(): void {
    decisions.load(folderPaths());
    index.setDecisions(decisions.decisions);
    publishDecisionsProblems();
  }

  /** Problems in crosscheck.json are diagnostics in that file, at the error. */
  function publishDecisionsProblems(): void {
    const next = new Set<string>();
    for (const state of decisions.states()) {
      const uri = pathToUri(state.path);
      next.add(uri);
      let text = "";
      try {
        text = fs.readFileSync(state.path, "utf8");
      } catch {
        // deleted meanwhile: positions fall back to the start
      }
      const document = TextDocument.create(uri, "jsonc", 0, text);
      void connection
        .sendDiagnostics({
          uri,
          diagnostics: state.problems.map((problem) => ({
            range: { start: document.positionAt(problem.offset), end: document.positionAt(problem.offset + problem.length) },
            severity: problem.severity === "error" ? 1 : 2,
            source: "crosscheck",
            message: problem.message,
          })),
        })
        .catch(() => undefined);
    }
    for (const uri of decisionsDiagnostics) if (!next.has(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] }).catch(() => undefined);
    decisionsDiagnostics = next;
  }

  // ---- settings ------------------------------------------------------------------------------------------

  async function loadSettings(pushed?: unknown): Promise<void> {
    if (support?.configuration) {
      const items = [{ section: "crosscheck" }, ...folders.map((f) => ({ scopeUri: f.uri, section: "crosscheck" }))];
      let values: unknown[] = [];
      try {
        values = await connection.workspace.getConfiguration(items);
      } catch (error) {
        logger.warn(`Could not read settings, using defaults: ${String(error)}`);
      }
      globalSettings = sanitizeSettings(values[0]);
      folderSettings = new Map(folders.map((f, i) => [f.uri, values[i + 1] == null ? globalSettings : sanitizeSettings(values[i + 1])]));
    } else {
      // Clients without workspace/configuration may push settings in didChangeConfiguration.
      const section = (pushed as { crosscheck?: unknown } | undefined)?.crosscheck;
      globalSettings = sanitizeSettings(section);
      folderSettings = new Map();
    }
    indexer.resetMatchers();
    // Outlet overrides: one map per folder, applied by the article's folder.
    const resolvers = new Map(folders.map((f) => [f.uri, outletResolver(settingsFor(f.uri).outlets)]));
    const fallback = outletResolver(globalSettings.outlets);
    index.setOutletResolver((detected, relativePath, uri) => {
      const folder = uri === undefined ? undefined : indexer.folderOf(uri);
      return ((folder && resolvers.get(folder.uri)) || fallback)(detected, relativePath);
    });
  }

  connection.onDidChangeConfiguration((params) =>
    runSafeNotification(logger, "configuration change", undefined, async () => {
      const before = folders.map((f) => settingsFor(f.uri)).concat(globalSettings);
      await loadSettings(params.settings);
      const after = folders.map((f) => settingsFor(f.uri)).concat(globalSettings);
      if (before.some((b, i) => needsReindex(b, after[i]))) {
        await registerWatchers();
        await indexer.indexWorkspace();
      } else indexer.flush();
    }),
  );

  /** Watches the article globs (and every deletion, so a deleted folder drops its articles). */
  async function registerWatchers(): Promise<void> {
    if (!support?.watchedFilesRegistration) return;
    watcherRegistration?.dispose();
    const watchers = folders.flatMap((folder) =>
      settingsFor(folder.uri).files.map((pattern) => ({
        globPattern: support?.relativePatterns ? { baseUri: folder.uri, pattern } : pattern,
      })),
    );
    watchers.push(...folders.map((folder) => ({ globPattern: support?.relativePatterns ? { baseUri: folder.uri, pattern: "**/crosscheck.json" } : "**/crosscheck.json" })));
    if (!folders.length) watchers.push(...globalSettings.files.map((pattern) => ({ globPattern: pattern })));
    const registration = { watchers: [...watchers, { globPattern: "**/*", kind: WatchKind.Delete }] };
    try {
      watcherRegistration = await connection.client.register(DidChangeWatchedFilesNotification.type, registration);
    } catch (error) {
      logger.warn(`Could not register file watchers: ${String(error)}`);
    }
  }

  connection.onDidChangeWatchedFiles((params) =>
    runSafeNotification(logger, "watched files", undefined, () => {
      const type = { [FileChangeType.Created]: "created", [FileChangeType.Changed]: "changed", [FileChangeType.Deleted]: "deleted" } as const;
      const articles = [];
      let decisionsChanged = false;
      for (const change of params.changes) {
        const file = uriToPath(change.uri);
        if (file !== undefined && isDecisionsFile(file)) {
          decisionsChanged = decisions.changed(file, change.type === FileChangeType.Deleted, folderPaths()) || decisionsChanged;
          publishDecisionsProblems();
        } else articles.push({ uri: change.uri, type: type[change.type] ?? "changed" });
      }
      indexer.filesChanged(articles);
      if (decisionsChanged) {
        // Decisions change mentions and links everywhere: re-analyse every article, in chunks, with progress.
        index.setDecisions(decisions.decisions);
        void indexer.indexWorkspace();
      }
    }),
  );

  // ---- progress and status -------------------------------------------------------------------------------

  async function beginProgress(total: number): Promise<ProgressSink> {
    const message = (done: number) => `Indexing articles ${countFormat.format(done)}/${countFormat.format(total)}`;
    if (!support?.workDoneProgress) return { report() {}, end() {} };
    try {
      const reporter = await connection.window.createWorkDoneProgress();
      reporter.begin("Crosscheck", 0, message(0), false);
      let last = 0;
      return {
        report(done) {
          if (Date.now() - last < PROGRESS_INTERVAL_MS && done < total) return;
          last = Date.now();
          reporter.report(total ? Math.floor((done / total) * 100) : 100, message(done));
        },
        end() {
          reporter.done();
        },
      };
    } catch (error) {
      logger.warn(`Could not create progress: ${String(error)}`);
      return { report() {}, end() {} };
    }
  }

  function status(): StatusParams {
    let people = 0;
    let places = 0;
    let organizations = 0;
    for (const entity of index.entities())
      if (entity.kind === "person") people++;
      else if (entity.kind === "place") places++;
      else organizations++;
    const rules = folders.length ? settingsFor(folders[0].uri).rules : globalSettings.rules;
    const progress = indexer.progress;
    return {
      articles: index.size,
      people,
      places,
      organizations,
      conflicts: shownConflicts(index, { ...index.getDecisions().rules, ...rules }).length,
      indexing: indexer.indexing,
      relinkPending: indexer.relinkPending,
      indexed: progress.done,
      total: progress.total,
    };
  }

  function sendStatus(force: boolean): void {
    const send = () => {
      statusTimer = undefined;
      lastStatus = Date.now();
      void connection.sendNotification(Methods.status, status()).catch(() => undefined);
    };
    if (force || Date.now() - lastStatus >= STATUS_INTERVAL_MS) {
      if (statusTimer) clearTimeout(statusTimer);
      send();
    } else statusTimer ??= setTimeout(send, STATUS_INTERVAL_MS);
  }

  // ---- documents -----------------------------------------------------------------------------------------

  documents.onDidOpen((event) => runSafeNotification(logger, "didOpen", event.document.uri, () => indexer.didOpen(event.document)));
  documents.onDidChangeContent((event) => runSafeNotification(logger, "didChange", event.document.uri, () => indexer.didChange(event.document)));
  documents.onDidClose((event) => runSafeNotification(logger, "didClose", event.document.uri, () => indexer.didClose(event.document.uri)));
  documents.listen(connection);

  // ---- features ------------------------------------------------------------------------------------------

  /** Runs a positional request: flush pending edits, find the article and offset, then delegate. */
  function atPosition<T>(
    operation: string,
    params: { textDocument: { uri: string }; position: { line: number; character: number } },
    token: Parameters<typeof runSafe>[3],
    empty: T,
    work: (uri: string, offset: number) => T,
  ) {
    return runSafe(logger, operation, params?.textDocument?.uri, token, () => {
      indexer.flushForRequest();
      const uri = canonicalUri(params.textDocument.uri);
      const offset = offsetAt(index, uri, params.position);
      return offset === undefined ? empty : work(uri, offset);
    });
  }

  connection.onHover((params, token) => atPosition("hover", params, token, null, (uri, offset) => provideHover(index, uri, offset, { commandLinks: support?.hoverCommandLinks })));
  connection.onDefinition((params, token) => atPosition("definition", params, token, null, (uri, offset) => provideDefinition(index, uri, offset)));
  connection.onReferences((params, token) => atPosition("references", params, token, [], (uri, offset) => provideReferences(index, uri, offset, token)));
  connection.onDocumentHighlight((params, token) =>
    atPosition("document highlights", params, token, [], (uri, offset) => provideDocumentHighlights(index, uri, offset)),
  );
  connection.onPrepareRename((params, token) => atPosition("prepare rename", params, token, null, (uri, offset) => prepareRename(index, uri, offset)));
  connection.onRenameRequest((params, token) =>
    atPosition("rename", params, token, null, (uri, offset) =>
      provideRename(index, uri, offset, params.newName, {
        documentChanges: support?.documentChanges ?? false,
        changeAnnotations: support?.changeAnnotations ?? false,
      }),
    ),
  );
  connection.onWorkspaceSymbol((params, token) =>
    runSafe(logger, "workspace symbols", undefined, token, () => {
      indexer.flushForRequest();
      return provideWorkspaceSymbols(index, typeof params?.query === "string" ? params.query : "", token);
    }),
  );
  connection.onDocumentSymbol((params, token) =>
    runSafe(logger, "document symbols", params?.textDocument?.uri, token, () => {
      indexer.flushForRequest();
      return provideDocumentSymbols(index, canonicalUri(params.textDocument.uri));
    }),
  );
  connection.languages.semanticTokens.on((params, token) =>
    runSafe(logger, "semantic tokens", params?.textDocument?.uri, token, () => {
      indexer.flushForRequest();
      return provideSemanticTokens(index, canonicalUri(params.textDocument.uri));
    }),
  );
  connection.languages.semanticTokens.onRange((params, token) =>
    runSafe(logger, "semantic tokens (range)", params?.textDocument?.uri, token, () => {
      indexer.flushForRequest();
      return provideSemanticTokens(index, canonicalUri(params.textDocument.uri), params.range);
    }),
  );
  connection.onCodeAction((params, token) =>
    runSafe(logger, "code actions", params?.textDocument?.uri, token, () => {
      indexer.flushForRequest();
      const actions = provideCodeActions(index, canonicalUri(params.textDocument.uri), params.range, params.context?.diagnostics ?? []);
      // A client asking for some kinds only (e.g. quick fixes) does not get the refactorings.
      const only = params.context?.only;
      return only?.length ? actions.filter((a) => only.some((kind) => a.kind === kind || a.kind?.startsWith(`${kind}.`))) : actions;
    }),
  );
  const decisionHost: DecisionHost = {
    index,
    folderPaths,
    openText: (uri) => documents.get(uri)?.getText(),
    get documentChanges() {
      return support?.documentChanges ?? false;
    },
    applyEdit: (label, edit) => connection.workspace.applyEdit({ label, edit }),
    warn: (message) => void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message }).catch(() => undefined),
    recorded: (file, text) => {
      // Every article re-links at once; the watcher's event for the saved file then changes nothing.
      if (decisions.recorded(file, text)) {
        index.setDecisions(decisions.decisions);
        void indexer.indexWorkspace();
      }
      publishDecisionsProblems();
    },
  };

  connection.onExecuteCommand((params, token) =>
    runSafe(logger, `command ${params?.command}`, undefined, token, async () => {
      if (params.command === APPLY_DECISION_COMMAND || params.command === DESCRIBE_DECISION_COMMAND) {
        indexer.flushForRequest();
        const args = params.arguments ?? [];
        return params.command === APPLY_DECISION_COMMAND ? await applyDecision(decisionHost, args) : describeDecision(decisionHost, args);
      }
      if (params.command === EXPORT_ANNOTATIONS_COMMAND) {
        indexer.flushForRequest();
        return exportAnnotations(index.corpusAnalysis(), params.arguments ?? []);
      }
      if (params.command !== OPEN_OTHER_SOURCES_COMMAND) return null;
      const locations = (params.arguments ?? []).filter((l): l is Location => typeof (l as Location)?.uri === "string");
      if (!support?.showDocument) {
        logger.warn(`${OPEN_OTHER_SOURCES_COMMAND}: the client cannot show documents (window/showDocument)`);
        return null;
      }
      for (const [i, location] of locations.entries())
        await connection.window.showDocument({ uri: location.uri, selection: location.range, takeFocus: i === 0 });
      return null;
    }),
  );

  // ---- custom requests (protocol.ts) ---------------------------------------------------------------------

  connection.onRequest(Methods.entities, (params: EntitiesParams | undefined, token) =>
    runSafe(logger, "crosscheck/entities", params?.uri, token, () => {
      indexer.flushForRequest();
      return provideEntities(index, params ? { ...params, uri: params.uri ? canonicalUri(params.uri) : undefined } : undefined, indexer.indexing, token);
    }),
  );
  connection.onRequest(Methods.entityMentions, (params: EntityMentionsParams, token) =>
    runSafe(logger, "crosscheck/entityMentions", params?.uri, token, () => {
      indexer.flushForRequest();
      return provideEntityMentions(index, { ...params, uri: params?.uri ? canonicalUri(params.uri) : undefined });
    }),
  );
  connection.onRequest(Methods.reindex, (token) =>
    runSafe(logger, "crosscheck/reindex", undefined, token, async () => {
      await loadSettings();
      loadDecisions();
      await indexer.indexWorkspace();
      return null;
    }),
  );

  connection.listen();
}
