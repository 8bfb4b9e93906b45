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
  /** `analyzeArticle` over a batch (stage by stage, which is faster); without it, article by article. */
  analyzeArticles?(sources: ArticleSource[], options?: AnalysisOptions): ArticleAnalysis[];
  linkCorpus(analyses: ArticleAnalysis[], options?: AnalysisOptions): CorpusAnalysis;
  /** The conflicts step alone (given entities); enables the fast path after an edit. */
  findConflicts?(analyses: ArticleAnalysis[], entities: Entity[], options?: AnalysisOptions): Conflict[];
}

export const NEWS_ARTICLE_LANGUAGE_ID = "news-article";

/** How many stale articles `analyzeStale` analyses together (stage by stage: see analyzeArticles). */
export const ANALYSIS_BATCH = 32;

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

/** Sorted spans of one analysis; an analysis is immutable, so they are built once per article text. */
interface ArticleSpans {
  mentions: SpanIndex<Mention>;
  claims: SpanIndex<Claim>;
}

const spansByAnalysis = new WeakMap<ArticleAnalysis, ArticleSpans>();

function spansOf(analysis: ArticleAnalysis): ArticleSpans {
  let spans = spansByAnalysis.get(analysis);
  if (!spans) spansByAnalysis.set(analysis, (spans = { mentions: new SpanIndex(analysis.mentions), claims: new SpanIndex(analysis.claims) }));
  return spans;
}

/**
 * Which quantity keys an edit changed in one article, for the fast re-link. A key is unchanged when the
 * article's claims about it are the same, in the same order, apart from their offsets: conflicts depend on
 * offsets only through the claims' order within an article (ids and messages come from texts), so their
 * conflicts stay valid once the moved claims replace the old ones (`moved`: old claim -> new claim).
 */
function changedQuantities(previous: ArticleAnalysis, next: ArticleAnalysis): { keys: Set<string>; moved: Map<Claim, Claim> } {
  const keys = new Set<string>();
  const moved = new Map<Claim, Claim>();
  // Claims name their owners by mention; renamed mentions can regroup them, so then every key counts as changed.
  const names = (a: ArticleAnalysis) => a.mentions.map((m) => `${m.kind}\u0000${m.name}`).join("\u0001");
  const byKey = (claims: Claim[]) => {
    const map = new Map<string, Claim[]>();
    for (const c of claims) {
      const list = map.get(c.quantityKey);
      if (list) list.push(c);
      else map.set(c.quantityKey, [c]);
    }
    return map;
  };
  const before = byKey(previous.claims);
  const after = byKey(next.claims);
  // The article's outlet and date name and order its claims in every conflict, whatever the claims say.
  const sameArticle = previous.article.outlet === next.article.outlet && previous.article.date === next.article.date;
  const sameMentions = sameArticle && previous.mentions.length === next.mentions.length && names(previous) === names(next);
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    const a = before.get(key) ?? [];
    const b = after.get(key) ?? [];
    if (!sameMentions || a.length !== b.length || !a.every((c, i) => withoutOffsets(c) === withoutOffsets(b[i])) || !increasing(a) || !increasing(b)) {
      keys.add(key);
      continue;
    }
    for (let i = 0; i < a.length; i++)
      if (a[i] !== b[i]) {
        moved.set(a[i], b[i]);
        // The link sets a claim's owner entity on the article's own object; the fresh analysis has none yet.
        if (a[i].entityId !== undefined) b[i].entityId = a[i].entityId;
        else delete b[i].entityId;
      }
  }
  return { keys, moved };
}

/** A claim's content without any offsets (its own span, its owner's and its place's) nor the entity the link set. */
function withoutOffsets(claim: Claim): string {
  return JSON.stringify(claim, (key, value: unknown) => (key === "start" || key === "end" || key === "entityId" ? undefined : value));
}

function increasing(claims: Claim[]): boolean {
  for (let i = 1; i < claims.length; i++) if (claims[i].start <= claims[i - 1].start) return false;
  return true;
}

/** file -> start offset -> value: lookups by position without building string keys. */
type ByFileAndStart<T> = Map<string, Map<number, T>>;

function put<T>(map: ByFileAndStart<T>, file: string, start: number, value: T): void {
  let inner = map.get(file);
  if (!inner) map.set(file, (inner = new Map()));
  inner.set(start, value);
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
  private entitiesById = new Map<string, Entity>();
  /** The entity of each linked mention, by file and start offset. */
  private entityAtMention: ByFileAndStart<Entity> = new Map();
  private conflictsAtClaim: ByFileAndStart<Conflict[]> = new Map();
  /** Built on first use after a link (hover on a figure), not on every link. */
  private claimsByQuantityKey: { generation: number; map: Map<string, Claim[]> } | undefined;
  private mentionRefs = new Map<string, { generation: number; refs: MentionRef[] }>();
  private articleRank = new Map<string, number>();
  private decisions: Decisions = noDecisions;
  private resolveOutlet: OutletResolver = (detected) => detected;
  private linkNeeded = false;
  /** Articles analysed or removed since the last link; `everything` after a change that touches all. */
  private changedSinceLink = new Set<string>();
  private everythingChanged = false;
  /** The analysis each article had when it was last linked (fully or by the fast path). */
  private linkedAnalyses = new Map<string, ArticleAnalysis>();
  /** Bumped by every link; caches derived from the link compare it. */
  generation = 0;
  /** How long the last link took in the core (`linkCorpus`) and in rebuilding the lookup tables. */
  lastLinkTimes = { coreMs: 0, lookupsMs: 0 };

  constructor(
    private readonly analyzer: Analyzer,
    private readonly logger: Logger,
  ) {}

  // ---- updates ------------------------------------------------------------------------------------------

  /**
   * Adds or replaces an article's text; the analysis runs at once (it is per-article and cheap), unless
   * `deferAnalysis` leaves the article stale for a later `analyzeStale` over a batch (the first indexing).
   */
  setArticle(
    uri: string,
    text: string,
    options: { open: boolean; truncated?: boolean; relativePath?: string; version?: number; deferAnalysis?: boolean },
  ): IndexedArticle {
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
    if (!options.deferAnalysis) this.analyze(entry);
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
    if (removed) {
      this.linkNeeded = true;
      this.changedSinceLink.add(uri);
    }
    return removed;
  }

  /** Analyses every article whose text changed since its last analysis; returns their URIs. */
  analyzeStale(only?: Iterable<string>): string[] {
    const entries = only ? [...only].map((uri) => this.articles.get(uri)) : [...this.articles.values()];
    const stale = entries.filter((entry): entry is IndexedArticle => entry?.stale === true);
    // Batches of a few dozen articles get most of the stage-by-stage speed-up and keep each step short.
    for (let from = 0; from < stale.length; from += ANALYSIS_BATCH) this.analyzeBatch(stale.slice(from, from + ANALYSIS_BATCH));
    return stale.map((entry) => entry.uri);
  }

  private analyzeBatch(entries: IndexedArticle[]): void {
    if (entries.length < 2 || !this.analyzer.analyzeArticles) {
      for (const entry of entries) this.analyze(entry);
      return;
    }
    let analyses: ArticleAnalysis[];
    try {
      analyses = this.analyzer.analyzeArticles(
        entries.map((entry) => ({ file: entry.uri, text: entry.document.getText() })),
        { decisions: this.decisions },
      );
    } catch {
      // One article broke the batch: analyse them one by one, so that only that one is reported and left empty.
      for (const entry of entries) this.analyze(entry);
      return;
    }
    entries.forEach((entry, i) => this.analyzed(entry, analyses[i]));
  }

  hasStale(uri?: string): boolean {
    if (uri !== undefined) return this.articles.get(uri)?.stale ?? false;
    for (const entry of this.articles.values()) if (entry.stale) return true;
    return false;
  }

  /**
   * New decisions (crosscheck.json) change mentions, so every article must be analysed again: they are marked
   * stale here, and the caller re-indexes (in chunks) or calls `analyzeStale`.
   */
  setDecisions(decisions: Decisions): void {
    this.decisions = decisions;
    for (const entry of this.articles.values()) entry.stale = true;
    this.linkNeeded = true;
    this.everythingChanged = true;
  }

  getDecisions(): Decisions {
    return this.decisions;
  }

  /** A new outlet override map: applied without re-analysing (it only renames). */
  setOutletResolver(resolve: OutletResolver): void {
    this.resolveOutlet = resolve;
    for (const entry of this.articles.values()) entry.analysis.article.outlet = resolve(entry.detectedOutlet, entry.relativePath, entry.uri);
    this.linkNeeded = true;
    this.everythingChanged = true;
  }

  clear(keep?: (entry: IndexedArticle) => boolean): void {
    for (const [uri, entry] of this.articles) if (!keep?.(entry)) this.articles.delete(uri);
    this.linkNeeded = true;
    this.everythingChanged = true;
  }

  get needsLink(): boolean {
    return this.linkNeeded;
  }

  /** Re-links every article's analysis into entities and conflicts, and rebuilds the lookup tables. */
  link(): void {
    const analyses = [...this.articles.values()].map((entry) => entry.analysis);
    const started = performance.now();
    let corpus: CorpusAnalysis;
    try {
      corpus = this.analyzer.linkCorpus(analyses, { decisions: this.decisions });
    } catch (error) {
      // Offsets of the old link no longer match the texts; an empty link is wrong but safe.
      this.logger.error(`Linking ${analyses.length} articles failed: ${describeError(error)}`);
      corpus = { articles: analyses, entities: [], conflicts: [] };
    }
    const linked = performance.now();
    this.corpus = corpus;
    this.rebuildLookups();
    this.linkNeeded = false;
    this.changedSinceLink.clear();
    this.everythingChanged = false;
    this.linkedAnalyses = new Map([...this.articles].map(([uri, entry]) => [uri, entry.analysis]));
    this.generation++;
    this.lastLinkTimes = { coreMs: linked - started, lookupsMs: performance.now() - linked };
  }

  private analyze(entry: IndexedArticle): void {
    const text = entry.document.getText();
    let analysis: ArticleAnalysis;
    try {
      analysis = this.analyzer.analyzeArticle({ file: entry.uri, text }, { decisions: this.decisions });
    } catch (error) {
      this.logger.error(`Analysing ${entry.uri} failed: ${describeError(error)}`);
      analysis = emptyAnalysis(entry.uri, text);
    }
    this.analyzed(entry, analysis);
  }

  private analyzed(entry: IndexedArticle, analysis: ArticleAnalysis): void {
    entry.analysis = analysis;
    entry.detectedOutlet = entry.analysis.article.outlet;
    entry.analysis.article.outlet = this.resolveOutlet(entry.detectedOutlet, entry.relativePath, entry.uri);
    entry.stale = false;
    this.linkNeeded = true;
    this.changedSinceLink.add(entry.uri);
  }

  /**
   * The fast path after one article was edited: instead of re-linking the whole workspace, carry the last
   * link over. The article's new mentions join the entities its old mentions with the same name and kind
   * were in, and conflicts are recomputed only for the quantities the article's claims (old or new) count.
   * An edit that brings a name the last link has not seen takes the full path. Otherwise the result matches a
   * full link except where the linker would weigh the moved text differently; the index stays marked as
   * needing a full link, which the caller runs when typing pauses.
   * Returns false (doing nothing) when the fast path does not apply.
   */
  relinkEdited(uri: string): boolean {
    const entry = this.articles.get(uri);
    const previous = this.linkedAnalyses.get(uri);
    if (!entry || entry.stale || !previous || !this.analyzer.findConflicts) return false;
    if (this.everythingChanged || this.changedSinceLink.size !== 1 || !this.changedSinceLink.has(uri)) return false;
    const next = entry.analysis;
    try {
      // Entities: drop the article's old mentions and ages, add its new mentions by name and kind.
      const entityByName = new Map<string, Entity>();
      const oldEntities = this.entityAtMention.get(uri) ?? new Map<number, Entity>();
      const unlinked = new Set<string>();
      for (const mention of previous.mentions) {
        const entity = oldEntities.get(mention.start);
        if (entity) entityByName.set(`${mention.kind}\u0000${mention.name}`, entity);
        else unlinked.add(`${mention.kind}\u0000${mention.name}`);
      }
      // A name the last link has not seen needs the linker (it may join someone, or be someone new).
      const known = (m: { kind: string; name: string }) => entityByName.has(`${m.kind}\u0000${m.name}`) || unlinked.has(`${m.kind}\u0000${m.name}`);
      if (!next.mentions.every(known)) return false;
      const touched = new Set(oldEntities.values());
      for (const entity of touched) {
        entity.mentions = entity.mentions.filter((m) => m.file !== uri);
        entity.ages = entity.ages.filter((a) => a.file !== uri);
        delete entity.spellings[uri];
      }
      for (const mention of next.mentions) {
        const entity = entityByName.get(`${mention.kind}\u0000${mention.name}`);
        if (!entity) continue;
        entity.mentions.push(mention);
        const spellings = (entity.spellings[uri] ??= []);
        if (!spellings.includes(mention.name)) spellings.push(mention.name);
      }
      const entities = this.corpus.entities.filter((e) => e.mentions.length > 0);
      this.updateEntityLookupsAfterEdit(uri, next);
      // Conflicts: recompute the quantities whose claims in this article changed; a quantity whose claims
      // only moved (text typed before them) keeps its conflicts, with the moved claims swapped in.
      const { keys, moved } = changedQuantities(previous, next);
      const analyses = [...this.articles.values()].map((e) => e.analysis);
      let fresh: Conflict[] = [];
      if (keys.size) {
        const subset: ArticleAnalysis[] = [];
        for (const a of analyses) {
          const claims = a.claims.filter((c) => keys.has(c.quantityKey));
          if (claims.length) subset.push({ ...a, claims });
        }
        fresh = this.analyzer.findConflicts(subset, this.ownerEntitiesFor(subset), { decisions: this.decisions });
      }
      const kept: Conflict[] = [];
      for (const c of this.corpus.conflicts) {
        if (keys.has(c.quantityKey) || c.claims.some((claim) => keys.has(claim.quantityKey))) continue;
        kept.push(moved.size && c.claims.some((claim) => moved.has(claim)) ? { ...c, claims: c.claims.map((claim) => moved.get(claim) ?? claim) } : c);
      }
      this.corpus = { articles: analyses, entities, conflicts: [...kept, ...fresh] };
    } catch (error) {
      this.logger.error(`Fast re-link of ${uri} failed: ${describeError(error)}`);
      return false;
    }
    this.updateLookupsAfterEdit(previous, next);
    this.linkedAnalyses.set(uri, next);
    this.changedSinceLink.clear();
    this.generation++;
    // Still true: a full link must confirm what the fast path assumed.
    this.linkNeeded = true;
    return true;
  }

  /**
   * The entities the conflicts step can ask about (a claim's owner or place), each reduced to the mentions the
   * claims point at: the step only looks entities up by those mentions, and scanning every mention of every
   * entity would cost more than the rest of the fast path. One stand-in per entity keeps grouping by entity.
   * Needs `entityAtMention` already updated for the edited article.
   */
  private ownerEntitiesFor(subset: readonly ArticleAnalysis[]): Entity[] {
    const standIns = new Map<Entity, Entity>();
    for (const analysis of subset) {
      const file = analysis.article.file;
      const entityAt = this.entityAtMention.get(file);
      if (!entityAt) continue;
      for (const claim of analysis.claims)
        for (const span of [claim.owner, claim.where]) {
          if (!span) continue;
          const entity = entityAt.get(span.start);
          if (!entity) continue;
          const mention = spansOf(this.articles.get(file)?.analysis ?? analysis)
            .mentions.overlapping(span.start, span.start + 1)
            .find((m) => m.start === span.start);
          if (!mention) continue;
          let standIn = standIns.get(entity);
          if (!standIn) standIns.set(entity, (standIn = { ...entity, mentions: [] }));
          standIn.mentions.push(mention);
        }
    }
    return [...standIns.values()];
  }

  /**
   * The entity lookup tables after the fast path, without walking every entity's mentions: only the edited article's
   * mentions moved, and only entities it emptied leave. Gives the tables `rebuildLookups` would.
   */
  private updateEntityLookupsAfterEdit(uri: string, next: ArticleAnalysis): void {
    for (const entity of new Set(this.entityAtMention.get(uri)?.values() ?? []))
      if (entity.mentions.length === 0 && this.entitiesById.get(entity.id) === entity) this.entitiesById.delete(entity.id);
    const own = new Map<number, Entity>();
    const entityOf = new Map<Mention, Entity>();
    for (const entity of this.corpus.entities) {
      // The edited article's mentions were appended last; an entity without any of them ends the scan early.
      for (let i = entity.mentions.length - 1; i >= 0 && entity.mentions[i].file === uri; i--) entityOf.set(entity.mentions[i], entity);
    }
    for (const mention of next.mentions) {
      const entity = entityOf.get(mention);
      if (entity) own.set(mention.start, entity);
    }
    this.entityAtMention.delete(uri);
    if (own.size) this.entityAtMention.set(uri, own);
  }

  /** The rest of the lookup tables after the fast path (see `updateEntityLookupsAfterEdit`). */
  private updateLookupsAfterEdit(previous: ArticleAnalysis, next: ArticleAnalysis): void {
    this.rebuildConflictLookups();
    if (previous.article.date !== next.article.date) this.rebuildRanks();
  }

  /** Conflicts by the claims they hold, and the caches derived from the link (rebuilt lazily). */
  private rebuildConflictLookups(): void {
    this.conflictsAtClaim = new Map();
    for (const conflict of this.corpus.conflicts)
      for (const claim of conflict.claims) {
        const list = this.conflictsAtClaim.get(claim.file)?.get(claim.start);
        if (list) list.push(conflict);
        else put(this.conflictsAtClaim, claim.file, claim.start, [conflict]);
      }
    this.mentionRefs = new Map();
    this.claimsByQuantityKey = undefined;
  }

  /** Tables that depend on the link; everything per article (sorted spans) is cached with its analysis. */
  private rebuildLookups(): void {
    this.entitiesById = new Map();
    this.entityAtMention = new Map();
    for (const entity of this.corpus.entities) {
      this.entitiesById.set(entity.id, entity);
      for (const mention of entity.mentions) put(this.entityAtMention, mention.file, mention.start, entity);
    }
    this.rebuildConflictLookups();
    this.rebuildRanks();
  }

  private rebuildRanks(): void {
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

  /** The whole last link (for decisions: what a merge or an ignore touches). Read-only by convention. */
  corpusAnalysis(): CorpusAnalysis {
    return this.corpus;
  }

  conflicts(): readonly Conflict[] {
    return this.corpus.conflicts;
  }

  entity(id: string): Entity | undefined {
    return this.entitiesById.get(id);
  }

  /** The linked mention at an offset (a mention the last link left out of every entity does not count). */
  mentionAt(uri: string, offset: number): MentionRef | undefined {
    const entry = this.articles.get(uri);
    if (!entry) return undefined;
    const mention = spansOf(entry.analysis).mentions.at(offset);
    const entity = mention && this.entityAtMention.get(uri)?.get(mention.start);
    return mention && entity ? { start: mention.start, end: mention.end, mention, entity } : undefined;
  }

  claimAt(uri: string, offset: number): Claim | undefined {
    const entry = this.articles.get(uri);
    return entry ? spansOf(entry.analysis).claims.at(offset) : undefined;
  }

  /** Linked mentions in one article, in text order. */
  mentionsIn(uri: string): readonly MentionRef[] {
    const cached = this.mentionRefs.get(uri);
    if (cached && cached.generation === this.generation) return cached.refs;
    const entry = this.articles.get(uri);
    const entities = this.entityAtMention.get(uri);
    const refs: MentionRef[] = [];
    if (entry && entities)
      for (const mention of spansOf(entry.analysis).mentions.all()) {
        const entity = entities.get(mention.start);
        if (entity) refs.push({ start: mention.start, end: mention.end, mention, entity });
      }
    this.mentionRefs.set(uri, { generation: this.generation, refs });
    return refs;
  }

  claimsIn(uri: string): readonly Claim[] {
    const entry = this.articles.get(uri);
    return entry ? spansOf(entry.analysis).claims.all() : [];
  }

  conflictsOf(claim: Claim): readonly Conflict[] {
    return this.conflictsAtClaim.get(claim.file)?.get(claim.start) ?? [];
  }

  claimsAbout(quantityKey: string): readonly Claim[] {
    if (this.claimsByQuantityKey?.generation !== this.generation) {
      const map = new Map<string, Claim[]>();
      for (const entry of this.articles.values())
        for (const claim of entry.analysis.claims) {
          const list = map.get(claim.quantityKey);
          if (list) list.push(claim);
          else map.set(claim.quantityKey, [claim]);
        }
      this.claimsByQuantityKey = { generation: this.generation, map };
    }
    return this.claimsByQuantityKey.map.get(quantityKey) ?? [];
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

  /** An entity's mentions grouped by article, articles in reading order, mentions by offset. */
  mentionsByArticle(entity: Entity): [uri: string, mentions: Mention[]][] {
    const byFile = new Map<string, Mention[]>();
    for (const mention of entity.mentions) {
      const list = byFile.get(mention.file);
      if (list) list.push(mention);
      else byFile.set(mention.file, [mention]);
    }
    const groups = [...byFile];
    // Sorting the (few) articles, not the (many) mentions, keeps this cheap for an entity named everywhere.
    groups.sort((a, b) => this.rank(a[0]) - this.rank(b[0]));
    for (const [, list] of groups) list.sort((a, b) => a.start - b.start);
    return groups;
  }

  /** An entity's mentions in reading order: earliest article first, then by offset. */
  orderedMentions(entity: Entity): Mention[] {
    return this.mentionsByArticle(entity).flatMap(([, mentions]) => mentions);
  }
}
