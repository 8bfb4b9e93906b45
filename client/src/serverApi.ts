/**
 * The client's typed view of the server's custom messages (the contract is server/src/protocol.ts).
 * Everything the tree, the status bar and the commands ask of the server goes through here, resolved to
 * VS Code types, so that a change in the protocol touches one file on this side.
 */
import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import {
  EntitiesRequest,
  EntityMentionsRequest,
  IndexChangedNotification,
  ReindexRequest,
  StatusNotification,
  type EntityInfo,
  type EntityKind,
  type EntityMentionInfo,
  type StatusParams,
} from "../../server/src/protocol";

export type { EntityKind, StatusParams };

/** One entity as the client shows it. */
export interface EntitySummary {
  id: string;
  kind: EntityKind;
  name: string;
  /** Every distinct spelling, most frequent first. */
  spellings: string[];
  /** Spellings per outlet, in article order (outlets reprinted twice merge). */
  spellingsByOutlet: [outlet: string, spellings: string[]][];
  mentionCount: number;
  articleCount: number;
  outletCount: number;
  /** The articles (as `Uri.toString()`) that mention it. */
  articleUris: string[];
  confirmed: boolean;
}

/** One mention, resolved to VS Code types. */
export interface ResolvedMention {
  uri: vscode.Uri;
  range: vscode.Range;
  text: string;
  /** The mention's line (as the server trimmed it), and where the mention sits in it. */
  context: string;
  contextStart: number;
  contextEnd: number;
  line: number;
}

/** The mentions of one entity in one article. */
export interface ArticleMentions {
  uri: vscode.Uri;
  outlet: string;
  headline: string;
  mentions: ResolvedMention[];
}

export class CrosscheckApi {
  constructor(private readonly client: LanguageClient) {}

  /** True once the server answers requests. */
  get isRunning(): boolean {
    return this.client.isRunning();
  }

  /** Every entity in the index, or only those mentioned in one article. */
  async entities(articleUri?: vscode.Uri, token?: vscode.CancellationToken): Promise<EntitySummary[]> {
    if (!this.isRunning) return [];
    const params = articleUri ? { uri: this.client.code2ProtocolConverter.asUri(articleUri) } : {};
    const result = await this.client.sendRequest(EntitiesRequest, params, token);
    return (result?.entities ?? []).map((entity) => this.toSummary(entity));
  }

  /** The mentions of one entity, grouped by article in the server's article order. */
  async mentions(entityId: string, token?: vscode.CancellationToken): Promise<ArticleMentions[]> {
    if (!this.isRunning) return [];
    const result = await this.client.sendRequest(EntityMentionsRequest, { id: entityId }, token);
    const byArticle = new Map<string, ArticleMentions>();
    for (const mention of result?.mentions ?? []) {
      let article = byArticle.get(mention.uri);
      if (!article) {
        article = {
          uri: this.client.protocol2CodeConverter.asUri(mention.uri),
          outlet: mention.outlet,
          headline: mention.headline ?? "",
          mentions: [],
        };
        byArticle.set(mention.uri, article);
      }
      article.mentions.push(this.resolveMention(mention));
    }
    return [...byArticle.values()];
  }

  /** Asks the server to read every article from disk again. */
  async reindex(): Promise<void> {
    await this.client.sendRequest(ReindexRequest);
  }

  onStatus(listener: (status: StatusParams) => void): vscode.Disposable {
    return this.client.onNotification(StatusNotification, listener);
  }

  onIndexChanged(listener: () => void): vscode.Disposable {
    return this.client.onNotification(IndexChangedNotification, listener);
  }

  private toSummary(entity: EntityInfo): EntitySummary {
    const byOutlet = new Map<string, string[]>();
    for (const article of entity.articles ?? []) {
      const spellings = byOutlet.get(article.outlet) ?? [];
      for (const spelling of article.spellings ?? []) if (!spellings.includes(spelling)) spellings.push(spelling);
      byOutlet.set(article.outlet, spellings);
    }
    return {
      id: entity.id,
      kind: entity.kind,
      name: entity.name,
      spellings: dedupe([entity.name, ...(entity.spellings ?? [])]),
      spellingsByOutlet: [...byOutlet.entries()],
      mentionCount: entity.mentionCount,
      articleCount: entity.articleCount,
      outletCount: entity.outletCount,
      articleUris: (entity.articles ?? []).map((article) => this.client.protocol2CodeConverter.asUri(article.uri).toString()),
      confirmed: entity.confirmed === true,
    };
  }

  private resolveMention(mention: EntityMentionInfo): ResolvedMention {
    const range = this.client.protocol2CodeConverter.asRange(mention.range);
    const context = mention.lineText ?? mention.text;
    const contextStart = clamp(mention.lineStart ?? 0, 0, context.length);
    return {
      uri: this.client.protocol2CodeConverter.asUri(mention.uri),
      range,
      text: mention.text,
      context,
      contextStart,
      contextEnd: clamp(mention.lineEnd ?? contextStart + mention.text.length, contextStart, context.length),
      line: range.start.line,
    };
  }
}

/** Case-insensitive dedupe that keeps the first spelling seen. */
function dedupe(spellings: string[]): string[] {
  const seen = new Set<string>();
  return spellings.filter((spelling) => {
    const key = spelling.toLocaleLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), high);
}
