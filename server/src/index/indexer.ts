/**
 * Keeps the `WorkspaceIndex` in step with the workspace: the first index of every matching file (in chunks
 * that yield to the event loop, with progress), file-system events, and edits to open buffers (debounced,
 * re-analysing only the edited articles, then re-linking once).
 *
 * Open buffers win over disk: a file event for an open file is ignored until the buffer closes, and closing
 * falls back to the disk contents (or drops the article when the file is gone).
 */
import type { TextDocument } from "vscode-languageserver-textdocument";
import { articleMatcher, findArticleFiles, readArticleFile } from "../articleFiles";
import { describeError, Logger } from "../logger";
import { CrosscheckSettings } from "../settings";
import { ANALYSIS_BATCH, NEWS_ARTICLE_LANGUAGE_ID, WorkspaceIndex } from "./workspaceIndex";
import { canonicalUri, pathToUri, relativeTo, uriToPath } from "./uris";

export interface Folder {
  uri: string;
  name: string;
}

/** What the indexer reports progress to (the server maps it to `$/progress`). */
export interface ProgressSink {
  report(done: number, total: number): void;
  end(): void;
}

export interface IndexerHost {
  logger: Logger;
  folders(): readonly Folder[];
  settingsFor(folderUri: string | undefined): CrosscheckSettings;
  openDocument(uri: string): TextDocument | undefined;
  openDocuments(): readonly TextDocument[];
  beginProgress(total: number): Promise<ProgressSink>;
  /**
   * After every re-link: publish diagnostics, refresh views. `interim` links during the first index only
   * refresh lookups and views; diagnostics wait for the complete link, so they are published once.
   */
  onLinked(interim?: boolean, changed?: readonly string[]): void;
  /** While indexing: counts for the status bar. */
  onIndexProgress(done: number, total: number): void;
  /** A message the user should see once (e.g. files cut at the size limit). */
  notify(message: string): void;
}

/** Delay after the last keystroke before re-analysing; long enough to skip bursts of typing. */
export const EDIT_DEBOUNCE_MS = 200;
/**
 * After an edit took the fast path (see `WorkspaceIndex.relinkEdited`), the full re-link runs once the user
 * pauses this long, so typing never waits for it.
 */
export const FULL_LINK_DELAY_MS = 500;
/** Work done between two yields to the event loop while indexing, so requests are answered promptly. */
const TIME_SLICE_MS = 8;
/** Files read during the first indexing are analysed together once a batch is waiting, or this many characters. */
const INDEX_BATCH_CHARS = 64 * 1024;
/** While the first index runs, re-link this often so that views and requests see the articles read so far. */
const INTERIM_LINK_MS = 1500;
/** Re-links slower than this are logged, so a slow workspace shows why in the output channel. */
const SLOW_FLUSH_MS = 250;

export class Indexer {
  private run = 0;
  private indexingNow = false;
  private done = 0;
  private total = 0;
  private timer: NodeJS.Timeout | undefined;
  /** The full re-link that follows a fast one, once typing pauses. */
  private fullLinkTimer: NodeJS.Timeout | undefined;
  private matchers = new Map<string, (relativePath: string) => boolean>();

  constructor(
    private readonly index: WorkspaceIndex,
    private readonly host: IndexerHost,
  ) {}

  get indexing(): boolean {
    return this.indexingNow;
  }

  /** A full re-link is scheduled after a fast one. */
  get relinkPending(): boolean {
    return this.fullLinkTimer !== undefined;
  }

  get progress(): { done: number; total: number } {
    return { done: this.done, total: this.total };
  }

  /** Which workspace folder a URI is in (the innermost one for nested folders). */
  folderOf(uri: string): Folder | undefined {
    let best: Folder | undefined;
    for (const folder of this.host.folders())
      if (relativeTo(folder.uri, uri) !== undefined && (!best || folder.uri.length > best.uri.length)) best = folder;
    return best;
  }

  /** True when the file matches its folder's `crosscheck.files` globs. */
  matchesGlobs(uri: string): boolean {
    const folder = this.folderOf(uri);
    if (!folder) return false;
    const relative = relativeTo(folder.uri, uri);
    return relative !== undefined && this.matcherFor(folder)(relative);
  }

  /** An open buffer is an article when it matches the globs or the client says it is in the article language. */
  isArticleDocument(document: TextDocument): boolean {
    return document.languageId === NEWS_ARTICLE_LANGUAGE_ID || this.matchesGlobs(canonicalUri(document.uri));
  }

  /** Forgets cached glob matchers (after a settings change). */
  resetMatchers(): void {
    this.matchers.clear();
  }

  private matcherFor(folder: Folder): (relativePath: string) => boolean {
    let matcher = this.matchers.get(folder.uri);
    if (!matcher) this.matchers.set(folder.uri, (matcher = articleMatcher(this.host.settingsFor(folder.uri).files)));
    return matcher;
  }

  /**
   * (Re-)indexes every folder. A newer call supersedes a running one, which stops at its next yield.
   * Open buffers are kept and re-read from their buffers.
   */
  async indexWorkspace(): Promise<void> {
    const run = ++this.run;
    this.cancelPendingEdits();
    this.resetMatchers();
    const started = Date.now();
    const files: { uri: string; path: string; relativePath: string; maxBytes: number }[] = [];
    for (const folder of this.host.folders()) {
      const root = uriToPath(folder.uri);
      if (root === undefined) continue; // only file: folders can be walked
      const settings = this.host.settingsFor(folder.uri);
      for (const file of findArticleFiles(root, settings.files)) {
        const uri = pathToUri(file);
        files.push({ uri, path: file, relativePath: relativeTo(folder.uri, uri) ?? file, maxBytes: settings.maxFileSize });
      }
    }
    this.index.clear((entry) => entry.open);
    this.indexingNow = true;
    this.done = 0;
    this.total = files.length;
    this.host.onIndexProgress(0, files.length);
    const progress = await this.host.beginProgress(files.length);
    const truncated: string[] = [];
    let sliceStart = Date.now();
    let lastLink = Date.now();
    let interimInterval = INTERIM_LINK_MS;
    // Read files are analysed a batch at a time (stage by stage, which is faster than file by file).
    let unanalysed: string[] = [];
    let unanalysedChars = 0;
    const analyzeRead = () => {
      this.index.analyzeStale(unanalysed);
      unanalysed = [];
      unanalysedChars = 0;
    };
    try {
      for (const file of files) {
        if (run !== this.run) return; // superseded
        const open = this.host.openDocument(file.uri);
        if (open) this.index.setOpenDocument(open);
        else if (this.readFromDisk(file.uri, file.path, file.relativePath, file.maxBytes, true)) truncated.push(file.path);
        unanalysed.push(file.uri);
        unanalysedChars += this.index.get(file.uri)?.document.getText().length ?? 0;
        // A batch is a few dozen articles, or fewer when they are long: its analysis must stay a short step.
        if (unanalysed.length >= ANALYSIS_BATCH || unanalysedChars >= INDEX_BATCH_CHARS) analyzeRead();
        this.done++;
        if (Date.now() - sliceStart >= TIME_SLICE_MS) {
          // Nothing is left stale across a yield: a request in between would otherwise analyse and re-link it.
          analyzeRead();
          progress.report(this.done, this.total);
          this.host.onIndexProgress(this.done, this.total);
          if (Date.now() - lastLink >= interimInterval) {
            const linkStart = Date.now();
            this.index.analyzeStale();
            this.index.link();
            this.host.onLinked(true);
            lastLink = Date.now();
            // Keep interim links a small share of the indexing time, however slow linking gets.
            interimInterval = Math.max(INTERIM_LINK_MS, 4 * (lastLink - linkStart));
          }
          await yieldToEventLoop();
          sliceStart = Date.now();
        }
      }
      // Open buffers outside the globs (language mode "News Article") are articles too.
      for (const document of this.host.openDocuments())
        if (!this.index.has(canonicalUri(document.uri)) && this.isArticleDocument(document)) this.index.setOpenDocument(document);
      this.index.analyzeStale();
      this.index.link();
      progress.report(this.done, this.total);
    } finally {
      if (run === this.run) {
        this.indexingNow = false;
        progress.end();
      } else progress.end();
    }
    this.host.logger.info(`Indexed ${files.length} articles in ${Date.now() - started} ms`);
    if (truncated.length)
      this.host.notify(
        `Crosscheck read only the first part of ${truncated.length} file(s) larger than the size limit (crosscheck.maxFileSize): ${truncated.slice(0, 3).join(", ")}${truncated.length > 3 ? ", …" : ""}`,
      );
    this.host.onLinked();
  }

  /**
   * Reads one file into the index; returns true when it was cut at the size limit. Unreadable files are dropped.
   * With `deferAnalysis`, the article is left stale for the caller's next `analyzeStale`.
   */
  private readFromDisk(uri: string, path: string, relativePath: string | undefined, maxBytes: number, deferAnalysis = false): boolean {
    const result = readArticleFile(path, { maxBytes, truncate: true });
    if (!result.ok) {
      this.host.logger.info(`Skipped ${path}: ${result.reason}`);
      this.index.removeArticle(uri);
      return false;
    }
    if (result.truncated) this.host.logger.warn(`Indexed ${path} only up to ${maxBytes} bytes (crosscheck.maxFileSize)`);
    this.index.setArticle(uri, result.text, { open: false, truncated: result.truncated, relativePath, deferAnalysis });
    return result.truncated;
  }

  private diskRead(uri: string): boolean {
    const path = uriToPath(uri);
    const folder = this.folderOf(uri);
    if (path === undefined) return false;
    const truncated = this.readFromDisk(uri, path, folder ? relativeTo(folder.uri, uri) : undefined, this.host.settingsFor(folder?.uri).maxFileSize);
    if (truncated) this.host.notify(`Crosscheck read only the first part of ${path}: it is larger than crosscheck.maxFileSize.`);
    return this.index.has(uri);
  }

  // ---- open buffers -------------------------------------------------------------------------------------

  didOpen(document: TextDocument): void {
    if (!this.isArticleDocument(document)) return;
    const uri = canonicalUri(document.uri);
    const existing = this.index.get(uri);
    if (existing && !existing.open && existing.document.getText() === document.getText()) {
      // Same text as on disk: keep the analysis, just let the buffer own the article from now on.
      existing.document = document;
      existing.open = true;
      return;
    }
    this.index.setOpenDocument(document);
    this.scheduleFlush();
  }

  didChange(document: TextDocument): void {
    const uri = canonicalUri(document.uri);
    if (!this.index.has(uri)) {
      if (!this.isArticleDocument(document)) return;
    }
    this.index.setOpenDocument(document);
    this.scheduleFlush();
  }

  /** On close the article falls back to the disk contents, or leaves the index when it is no article on disk. */
  didClose(documentUri: string): void {
    const uri = canonicalUri(documentUri);
    if (!this.index.has(uri)) return;
    if (!(this.matchesGlobs(uri) && this.diskRead(uri))) this.index.removeArticle(uri);
    this.scheduleFlush();
  }

  // ---- file system --------------------------------------------------------------------------------------

  /** Created, changed and deleted files (a rename arrives as a delete and a create). */
  filesChanged(changes: readonly { uri: string; type: "created" | "changed" | "deleted" }[]): void {
    let touched = false;
    for (const change of changes) {
      const uri = canonicalUri(change.uri);
      if (this.index.get(uri)?.open) continue; // the buffer wins until it closes
      try {
        if (change.type === "deleted") {
          touched = this.index.removeArticle(uri) || touched;
          // A deleted folder arrives as one event for the folder.
          const prefix = uri.endsWith("/") ? uri : `${uri}/`;
          for (const entry of [...this.index.all()]) if (entry.uri.startsWith(prefix) && !entry.open) touched = this.index.removeArticle(entry.uri) || touched;
        } else if (this.matchesGlobs(uri)) {
          this.diskRead(uri);
          touched = true;
        }
      } catch (error) {
        this.host.logger.error(`Failed to update ${uri}: ${describeError(error)}`);
      }
    }
    if (touched) this.scheduleFlush();
  }

  // ---- debounced re-analysis ----------------------------------------------------------------------------

  private scheduleFlush(): void {
    if (this.timer) clearTimeout(this.timer);
    if (this.fullLinkTimer) clearTimeout(this.fullLinkTimer);
    this.fullLinkTimer = undefined;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.flush();
    }, EDIT_DEBOUNCE_MS);
  }

  private cancelPendingEdits(): void {
    if (this.timer) clearTimeout(this.timer);
    if (this.fullLinkTimer) clearTimeout(this.fullLinkTimer);
    this.timer = undefined;
    this.fullLinkTimer = undefined;
  }

  /** Re-analyses the edited articles, re-links, and tells the host. */
  flush(): void {
    this.cancelPendingEdits();
    const started = Date.now();
    let analysed: string[] = [];
    try {
      analysed = this.index.analyzeStale();
      // One edited article: carry the last link over now, re-link everything when typing pauses.
      if (!this.indexingNow && analysed.length === 1 && this.index.relinkEdited(analysed[0])) {
        this.fullLinkTimer = setTimeout(() => {
          this.fullLinkTimer = undefined;
          if (this.index.needsLink) this.flush();
          else this.host.onLinked(false, []);
        }, FULL_LINK_DELAY_MS);
        this.host.onLinked(false, analysed);
        const total = Date.now() - started;
        if (total > SLOW_FLUSH_MS) this.host.logger.info(`Re-analysed ${analysed[0]} and carried the link over in ${total} ms`);
        return;
      }
      this.index.link();
    } catch (error) {
      this.host.logger.error(`Re-analysis failed: ${describeError(error)}`);
    }
    const linked = Date.now();
    this.host.onLinked(false, analysed);
    const total = Date.now() - started;
    if (total > SLOW_FLUSH_MS)
      this.host.logger.info(
        `Re-analysed ${analysed.length} article(s) and re-linked ${this.index.size} in ${linked - started} ms ` +
          `(core link ${Math.round(this.index.lastLinkTimes.coreMs)} ms, lookups ${Math.round(this.index.lastLinkTimes.lookupsMs)} ms); first diagnostics in ${Date.now() - linked} ms`,
      );
  }

  /**
   * Called before answering a request: an edited article pending its debounce is analysed now, so the
   * answer matches the text the user sees.
   */
  flushForRequest(): void {
    if (this.index.hasStale() || (this.index.needsLink && !this.indexingNow && this.timer === undefined && this.fullLinkTimer === undefined)) this.flush();
  }

  dispose(): void {
    this.run++;
    this.cancelPendingEdits();
  }
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
