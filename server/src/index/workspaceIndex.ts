/**
 * The server's in-memory model of the workspace: every article's text and cached per-article analysis, the
 * last cross-article link (entities, conflicts), and lookup tables prebuilt at link time so that requests
 * never recompute anything: per-file span indexes of mentions and claims (binary search by offset), entities
 * by id, conflicts by claim, claims by quantity, article order.
 *
 * It is synchronous and knows nothing about LSP connections; `indexer.ts` feeds it from disk and from open
 * buffers, and the features read it.
 */
import { TextDocument } from "vscode-languageserver-textdocument";
import type { AnalysisOptions } from "../analysis/analyze";
import type {
  ArticleAnalysis,
  ArticleSource,
  Claim,
  Conflict,
  CorpusAnalysis,
  Decisions,
  Entity,
  Mention,
  Span,
} from "../analysis/types";
import { noDecisions } from "../analysis/types";
import { describeError, Logger } from "../logger";
import { OutletResolver } from "./outlets";
import { SpanIndex } from "./spanIndex";
import { canonicalUri, fileLabel } from "./uris";

/** The two core entry points, injectable so tests and benches can swap in a different core. */
export interface Analyzer {
  analyzeArticle(source: ArticleSource, options?: AnalysisOptions): ArticleAnalysis;
  linkCorpus(analyses: ArticleAnalysis[], options?: AnalysisOptions): CorpusAnalysis;
}

export const NEWS_ARTICLE_LANGUAGE_ID = "news-article";

export interface IndexedArticle {
  uri: string;
  /** The text the analysis reads: the open buffer when the file is open, else the disk contents. */
  document: TextDocument;
  open: boolean;
  /** Only the first `maxFileSize` bytes were read. */
  truncated: boolean;
  /** Path relative to its workspace folder (for the outlet override globs). */
  relativePath?: string;
  /** The outlet the core detected, before the user's override. */
  detectedOutlet: string | null;
  analysis: ArticleAnalysis;
  /** The text changed after `analysis` was computed. */
  stale: boolean;
}

/** A mention together with the entity the last link put it in. */
export interface MentionRef extends Span {
  mention: Mention;
  entity: Entity;
}

interface FileLookups {
  mentions: SpanIndex<MentionRef>;
  claims: SpanIndex<Claim>;
}

const emptyLookups: FileLookups = { mentions: new SpanIndex<MentionRef>([]), claims: new SpanIndex<Claim>([]) };

function claimKey(claim: Claim): string {
  return `${claim.file}\u0000${claim.start}:${claim.end}`;
}

function emptyAnalysis(file: string, text: string): ArticleAnalysis {
  return {
    article: { file, text, headline: null, outlet: null, date: null, authors: [], blocks: [], quotations: [] },
    mentions: [],
    claims: [],
  };
}

export class WorkspaceIndex {
  private readonly articles = new Map<string, IndexedArticle>();
  private corpus: CorpusAnalysis = { articles: [], entities: [], conflicts: [] };
  private lookups = new Map<string, FileLookups>();
  private entitiesById = new Map<string, Entity>();
  private conflictsByClaimKey = new Map<string, Conflict[]>();
  private claimsByQuantityKey = new Map<string, Claim[]>();
  private articleRank = new Map<string, number>();
  private decisions: Decisions = noDecisions;
  private resolveOutlet: OutletResolver = (detected) => detected;
  private linkNeeded = false;
  /** Bumped by every link; caches derived from the link compare it. */
  generation = 0;

  constructor(
    private readonly analyzer: Analyzer,
    private readonly logger: Logger,
  ) {}

  // ---- updates ------------------------------------------------------------------------------------------

  /** Adds or replaces an article's text; the analysis runs at once (it is per-article and cheap). */
  setArticle(uri: string, text: string, options: { open: boolean; truncated?: boolean; relativePath?: string; version?: number }): IndexedArticle {
    const previous = this.articles.get(uri);
    const document = TextDocument.create(uri, NEWS_ARTICLE_LANGUAGE_ID, options.version ?? previous?.document.version ?? 0, text);
    const entry: IndexedArticle = {
      uri,
      document,
      open: options.open,
      truncated: options.truncated ?? false,
      relativePath: options.relativePath ?? previous?.relativePath,
      detectedOutlet: null,
      analysis: emptyAnalysis(uri, text),
      stale: true,
    };
    this.articles.set(uri, entry);
    this.analyze(entry);
    return entry;
  }

  /** Records an edited buffer without analysing it yet (the caller debounces `analyzeStale`). */
  setOpenDocument(document: TextDocument): void {
    const uri = canonicalUri(document.uri);
    const previous = this.articles.get(uri);
    if (previous && previous.document === document) {
      previous.stale = true;
      return;
    }
    this.articles.set(uri, {
      uri,
      document,
      open: true,
      truncated: false,
      relativePath: previous?.relativePath,
      detectedOutlet: previous?.detectedOutlet ?? null,
      analysis: previous?.analysis ?? emptyAnalysis(uri, ""),
      stale: true,
    });
  }

  removeArticle(uri: string): boolean {
    const removed = this.articles.delete(uri);
    if (removed) this.linkNeeded = true;
    return removed;
  }

  /** Analyses every article whose text changed since its last analysis; returns their URIs. */
  analyzeStale(only?: Iterable<string>): string[] {
    const done: string[] = [];
    const entries = only ? [...only].map((uri) => this.articles.get(uri)) : [...this.articles.values()];
    for (const entry of entries)
      if (entry?.stale) {
        this.analyze(entry);
        done.push(entry.uri);
      }
    return done;
  }

  hasStale(uri?: string): boolean {
    if (uri !== undefined) return this.articles.get(uri)?.stale ?? false;
    for (const entry of this.articles.values()) if (entry.stale) return true;
    return false;
  }

  /** New decisions (crosscheck.json) change mentions, so every article is analysed again. */
  setDecisions(decisions: Decisions): void {
    this.decisions = decisions;
    for (const entry of this.articles.values()) entry.stale = true;
    this.analyzeStale();
  }

  getDecisions(): Decisions {
    return this.decisions;
  }

  /** A new outlet override map: applied without re-analysing (it only renames). */
  setOutletResolver(resolve: OutletResolver): void {
    this.resolveOutlet = resolve;
    for (const entry of this.articles.values()) entry.analysis.article.outlet = resolve(entry.detectedOutlet, entry.relativePath);
    this.linkNeeded = true;
  }

  clear(keep?: (entry: IndexedArticle) => boolean): void {
    for (const [uri, entry] of this.articles) if (!keep?.(entry)) this.articles.delete(uri);
    this.linkNeeded = true;
  }

  get needsLink(): boolean {
    return this.linkNeeded;
  }

  /** Re-links every article's analysis into entities and conflicts, and rebuilds the lookup tables. */
  link(): void {
    const analyses = [...this.articles.values()].map((entry) => entry.analysis);
    let corpus: CorpusAnalysis;
    try {
      corpus = this.analyzer.linkCorpus(analyses, { decisions: this.decisions });
    } catch (error) {
      // Offsets of the old link no longer match the texts; an empty link is wrong but safe.
      this.logger.error(`Linking ${analyses.length} articles failed: ${describeError(error)}`);
      corpus = { articles: analyses, entities: [], conflicts: [] };
    }
    this.corpus = corpus;
    this.rebuildLookups();
    this.linkNeeded = false;
    this.generation++;
  }

  private analyze(entry: IndexedArticle): void {
    const text = entry.document.getText();
    try {
      entry.analysis = this.analyzer.analyzeArticle({ file: entry.uri, text }, { decisions: this.decisions });
    } catch (error) {
      this.logger.error(`Analysing ${entry.uri} failed: ${describeError(error)}`);
      entry.analysis = emptyAnalysis(entry.uri, text);
    }
    entry.detectedOutlet = entry.analysis.article.outlet;
    entry.analysis.article.outlet = this.resolveOutlet(entry.detectedOutlet, entry.relativePath);
    entry.stale = false;
    this.linkNeeded = true;
  }

  private rebuildLookups(): void {
    const mentionsByFile = new Map<string, MentionRef[]>();
    this.entitiesById = new Map();
    for (const entity of this.corpus.entities) {
      this.entitiesById.set(entity.id, entity);
      for (const mention of entity.mentions) {
        let list = mentionsByFile.get(mention.file);
        if (!list) mentionsByFile.set(mention.file, (list = []));
        list.push({ start: mention.start, end: mention.end, mention, entity });
      }
    }
    this.lookups = new Map();
    this.claimsByQuantityKey = new Map();
    for (const entry of this.articles.values()) {
      const claims = entry.analysis.claims;
      this.lookups.set(entry.uri, { mentions: new SpanIndex(mentionsByFile.get(entry.uri) ?? []), claims: new SpanIndex(claims) });
      for (const claim of claims) {
        let list = this.claimsByQuantityKey.get(claim.quantityKey);
        if (!list) this.claimsByQuantityKey.set(claim.quantityKey, (list = []));
        list.push(claim);
      }
    }
    this.conflictsByClaimKey = new Map();
    for (const conflict of this.corpus.conflicts)
      for (const claim of conflict.claims) {
        const key = claimKey(claim);
        const list = this.conflictsByClaimKey.get(key);
        if (list) list.push(conflict);
        else this.conflictsByClaimKey.set(key, [conflict]);
      }
    // Earliest article first: by the date the text gives, then by URI, so "definition" is deterministic.
    const order = [...this.articles.values()].sort((a, b) => {
      const da = a.analysis.article.date ?? "\uffff";
      const db = b.analysis.article.date ?? "\uffff";
      return da < db ? -1 : da > db ? 1 : a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0;
    });
    this.articleRank = new Map(order.map((entry, i) => [entry.uri, i]));
  }

  // ---- lookups ------------------------------------------------------------------------------------------

  get(uri: string): IndexedArticle | undefined {
    return this.articles.get(uri);
  }

  has(uri: string): boolean {
    return this.articles.has(uri);
  }

  all(): IterableIterator<IndexedArticle> {
    return this.articles.values();
  }

  get size(): number {
    return this.articles.size;
  }

  entities(): readonly Entity[] {
    return this.corpus.entities;
  }

  conflicts(): readonly Conflict[] {
    return this.corpus.conflicts;
  }

  entity(id: string): Entity | undefined {
    return this.entitiesById.get(id);
  }

  mentionAt(uri: string, offset: number): MentionRef | undefined {
    return (this.lookups.get(uri) ?? emptyLookups).mentions.at(offset);
  }

  claimAt(uri: string, offset: number): Claim | undefined {
    return (this.lookups.get(uri) ?? emptyLookups).claims.at(offset);
  }

  /** Linked mentions in one article, in text order. */
  mentionsIn(uri: string): readonly MentionRef[] {
    return (this.lookups.get(uri) ?? emptyLookups).mentions.all();
  }

  claimsIn(uri: string): readonly Claim[] {
    return (this.lookups.get(uri) ?? emptyLookups).claims.all();
  }

  conflictsOf(claim: Claim): readonly Conflict[] {
    return this.conflictsByClaimKey.get(claimKey(claim)) ?? [];
  }

  claimsAbout(quantityKey: string): readonly Claim[] {
    return this.claimsByQuantityKey.get(quantityKey) ?? [];
  }

  /** Position of the article in reading order (earliest date first); unknown articles go last. */
  rank(uri: string): number {
    return this.articleRank.get(uri) ?? Number.MAX_SAFE_INTEGER;
  }

  /** The outlet to show for an article: the (overridden) detected outlet, else the file name. */
  outletOf(uri: string): string {
    return this.articles.get(uri)?.analysis.article.outlet ?? fileLabel(uri);
  }

  headlineOf(uri: string): string | null {
    return this.articles.get(uri)?.analysis.article.headline?.text ?? null;
  }

  /** An entity's mentions in reading order: earliest article first, then by offset. */
  orderedMentions(entity: Entity): Mention[] {
    return [...entity.mentions].sort((a, b) => this.rank(a.file) - this.rank(b.file) || a.start - b.start);
  }
}
