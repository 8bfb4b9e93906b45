/**
 * The "People and Places" tree: People / Places / Organizations, each entity with its counts, its
 * articles under it, and each mention (with its line of context) under its article. The tree follows the
 * server's index: `refresh()` is called whenever the server says the index changed.
 *
 * The same provider backs the Explorer view and the activity-bar view; the title-bar toggles (sort, active
 * article only, filter) are mirrored in context keys so that package.json shows the right icon.
 */
import * as path from "node:path";
import * as vscode from "vscode";
import { contextSnippet, count, matchesFilter } from "./labels";
import type { ArticleMentions, CrosscheckApi, EntityKind, EntitySummary, ResolvedMention } from "./serverApi";

export const OPEN_MENTION_COMMAND = "crosscheck.people.openMention";

export type SortOrder = "name" | "mentions";

interface GroupNode {
  type: "group";
  kind: EntityKind;
  entities: EntitySummary[];
}
interface EntityNode {
  type: "entity";
  entity: EntitySummary;
  parent: GroupNode;
}
interface ArticleNode {
  type: "article";
  article: ArticleMentions;
  parent: EntityNode;
}
interface MentionNode {
  type: "mention";
  mention: ResolvedMention;
  parent: ArticleNode;
}
export type PeopleNode = GroupNode | EntityNode | ArticleNode | MentionNode;

const GROUPS: { kind: EntityKind; label: string; icon: string }[] = [
  { kind: "person", label: "People", icon: "person" },
  { kind: "place", label: "Places", icon: "location" },
  { kind: "organization", label: "Organizations", icon: "organization" },
];

export class PeopleTreeProvider implements vscode.TreeDataProvider<PeopleNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<PeopleNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  /** Fires after each root load with what is shown, so the views can update their title and message. */
  private readonly loaded = new vscode.EventEmitter<{ shown: number; total: number }>();
  readonly onDidLoad = this.loaded.event;

  private sort: SortOrder;
  private activeArticleOnly = false;
  private filterText = "";
  /** The article the "active article only" toggle shows: the last article editor that had focus. */
  private activeArticle: vscode.Uri | undefined;
  private mentionCache = new Map<string, Promise<ArticleMentions[]>>();

  constructor(
    private readonly api: CrosscheckApi,
    private readonly state: vscode.Memento,
    private readonly isArticle: (document: vscode.TextDocument) => boolean,
  ) {
    this.sort = state.get<SortOrder>("crosscheck.people.sort") === "name" ? "name" : "mentions";
    this.activeArticleOnly = state.get<boolean>("crosscheck.people.activeArticleOnly") === true;
    this.trackActiveArticle(vscode.window.activeTextEditor);
    void this.updateContextKeys();
  }

  // ---- state the title-bar buttons change ----

  get filter(): string {
    return this.filterText;
  }

  get showsActiveArticleOnly(): boolean {
    return this.activeArticleOnly;
  }

  setSort(sort: SortOrder): void {
    this.sort = sort;
    void this.state.update("crosscheck.people.sort", sort);
    void this.updateContextKeys();
    this.changed.fire(undefined);
  }

  setActiveArticleOnly(on: boolean): void {
    this.activeArticleOnly = on;
    void this.state.update("crosscheck.people.activeArticleOnly", on);
    void this.updateContextKeys();
    this.changed.fire(undefined);
  }

  setFilter(text: string): void {
    this.filterText = text.trim();
    void this.updateContextKeys();
    this.changed.fire(undefined);
  }

  /**
   * Called when the active editor changes (or its document becomes an article); refreshes only when the
   * shown article changes. Other editors (output, settings) leave the last article in place.
   */
  trackActiveArticle(editor: vscode.TextEditor | undefined): void {
    if (!editor || !this.isArticle(editor.document)) return;
    if (this.activeArticle?.toString() === editor.document.uri.toString()) return;
    this.activeArticle = editor.document.uri;
    if (this.activeArticleOnly) this.changed.fire(undefined);
  }

  /** The article the "active article only" toggle shows (the active editor's, or the last one's). */
  currentArticle(): vscode.Uri | undefined {
    this.trackActiveArticle(vscode.window.activeTextEditor);
    return this.activeArticle;
  }

  /** Forgets everything fetched: the index changed. */
  refresh(): void {
    this.mentionCache.clear();
    this.changed.fire(undefined);
  }

  private async updateContextKeys(): Promise<void> {
    await vscode.commands.executeCommand("setContext", "crosscheck.people.sort", this.sort);
    await vscode.commands.executeCommand("setContext", "crosscheck.people.activeArticleOnly", this.activeArticleOnly);
    await vscode.commands.executeCommand("setContext", "crosscheck.people.filtered", this.filterText !== "");
  }

  // ---- data ----

  /** The mentions of an entity, fetched once per index version. */
  mentionsOf(entity: EntitySummary): Promise<ArticleMentions[]> {
    let mentions = this.mentionCache.get(entity.id);
    if (!mentions) {
      mentions = this.api.mentions(entity.id);
      // A failed request is not cached, so the next expansion asks again.
      mentions.catch(() => this.mentionCache.delete(entity.id));
      this.mentionCache.set(entity.id, mentions);
    }
    return mentions;
  }

  async getChildren(node?: PeopleNode): Promise<PeopleNode[]> {
    if (!node) return this.rootGroups();
    switch (node.type) {
      case "group":
        return node.entities.map((entity) => ({ type: "entity", entity, parent: node }));
      case "entity": {
        const articles = await this.mentionsOf(node.entity).catch(() => []);
        const scope = this.activeArticleOnly ? this.currentArticle() : undefined;
        const shown = scope ? sortActiveFirst(articles, scope) : articles;
        return shown.map((article) => ({ type: "article", article, parent: node }));
      }
      case "article":
        return node.article.mentions.map((mention) => ({ type: "mention", mention, parent: node }));
      case "mention":
        return [];
    }
  }

  getParent(node: PeopleNode): PeopleNode | undefined {
    return node.type === "group" ? undefined : node.parent;
  }

  private async rootGroups(): Promise<GroupNode[]> {
    if (!this.api.isRunning) {
      this.loaded.fire({ shown: 0, total: 0 });
      return [];
    }
    let entities: EntitySummary[];
    try {
      const scope = this.activeArticleOnly ? this.currentArticle() : undefined;
      if (this.activeArticleOnly && !scope) {
        // Nothing to scope to yet: an empty tree with the view's message saying why.
        this.loaded.fire({ shown: 0, total: 0 });
        return [];
      }
      entities = await this.api.entities(scope);
      if (scope) entities = entities.filter((entity) => mentionsArticle(entity, scope));
    } catch {
      this.loaded.fire({ shown: 0, total: 0 });
      return [];
    }
    const total = entities.length;
    const shown = entities.filter((entity) => matchesFilter(entity, this.filterText));
    this.loaded.fire({ shown: shown.length, total });
    const groups: GroupNode[] = [];
    for (const group of GROUPS) {
      const members = shown.filter((entity) => entity.kind === group.kind).sort(compareBy(this.sort));
      if (members.length > 0) groups.push({ type: "group", kind: group.kind, entities: members });
    }
    return groups;
  }

  // ---- presentation ----

  getTreeItem(node: PeopleNode): vscode.TreeItem {
    switch (node.type) {
      case "group":
        return groupItem(node);
      case "entity":
        return entityItem(node.entity);
      case "article":
        return articleItem(node);
      case "mention":
        return mentionItem(node);
    }
  }

  dispose(): void {
    this.changed.dispose();
    this.loaded.dispose();
  }
}

function groupItem(node: GroupNode): vscode.TreeItem {
  const group = GROUPS.find((candidate) => candidate.kind === node.kind)!;
  const item = new vscode.TreeItem(group.label, vscode.TreeItemCollapsibleState.Expanded);
  item.id = `group:${node.kind}`;
  item.description = String(node.entities.length);
  item.contextValue = "group";
  return item;
}

function entityItem(entity: EntitySummary): vscode.TreeItem {
  const item = new vscode.TreeItem(entity.name, vscode.TreeItemCollapsibleState.Collapsed);
  item.id = `entity:${entity.id}`;
  item.description = `${count(entity.mentionCount, "mention")} · ${count(entity.outletCount, "outlet")}${entity.confirmed ? " · ✓ confirmed" : ""}`;
  // Confirmed in crosscheck.json: a check badge instead of the kind's icon (the group already says the kind).
  item.iconPath = entity.confirmed
    ? new vscode.ThemeIcon("verified-filled", new vscode.ThemeColor("charts.green"))
    : new vscode.ThemeIcon(GROUPS.find((group) => group.kind === entity.kind)?.icon ?? "symbol-misc");
  item.contextValue = "entity";
  item.tooltip = entityTooltip(entity);
  item.accessibilityInformation = { label: `${entity.name}, ${entity.kind}, ${item.description}` };
  return item;
}

function entityTooltip(entity: EntitySummary): vscode.MarkdownString {
  const tooltip = new vscode.MarkdownString(undefined, true);
  tooltip.appendMarkdown(`**${escapeMarkdown(entity.name)}** — ${entity.kind}`);
  if (entity.confirmed) tooltip.appendMarkdown(" (confirmed)");
  tooltip.appendMarkdown(`\n\n${count(entity.mentionCount, "mention")} in ${count(entity.articleCount, "article")}\n\n`);
  const lines = entity.spellingsByOutlet.map(
    ([outlet, spellings]) => `- ${escapeMarkdown(outlet)}: ${spellings.map(escapeMarkdown).join(", ")}`,
  );
  if (lines.length > 0) tooltip.appendMarkdown(`Spellings:\n\n${lines.join("\n")}`);
  return tooltip;
}

function articleItem(node: ArticleNode): vscode.TreeItem {
  const { article } = node;
  const item = new vscode.TreeItem(article.outlet || path.basename(article.uri.path), vscode.TreeItemCollapsibleState.Collapsed);
  item.id = `article:${node.parent.entity.id}:${article.uri.toString()}`;
  item.description = article.headline;
  item.iconPath = new vscode.ThemeIcon("file-text");
  item.resourceUri = article.uri;
  item.contextValue = "article";
  item.accessibilityInformation = { label: `${article.outlet}, ${article.headline}, ${count(article.mentions.length, "mention")}` };
  item.tooltip = new vscode.MarkdownString(
    `**${escapeMarkdown(article.outlet)}**\n\n${escapeMarkdown(article.headline)}\n\n` +
      `${count(article.mentions.length, "mention")} · \`${escapeMarkdown(vscode.workspace.asRelativePath(article.uri))}\``,
  );
  return item;
}

function mentionItem(node: MentionNode): vscode.TreeItem {
  const { mention } = node;
  const snippet = contextSnippet(mention);
  const item = new vscode.TreeItem({ label: snippet.text, highlights: [[snippet.start, snippet.end]] });
  item.id = `mention:${node.parent.parent.entity.id}:${mention.uri.toString()}:${mention.range.start.line}:${mention.range.start.character}`;
  item.description = `line ${mention.line + 1}`;
  item.tooltip = mention.context;
  item.contextValue = "mention";
  item.accessibilityInformation = { label: `${mention.text}, line ${mention.line + 1}: ${mention.context.trim()}` };
  item.command = {
    command: OPEN_MENTION_COMMAND,
    title: "Open Mention",
    arguments: [mention.uri, mention.range],
  };
  return item;
}

function compareBy(sort: SortOrder): (a: EntitySummary, b: EntitySummary) => number {
  const byName = (a: EntitySummary, b: EntitySummary): number =>
    a.name.localeCompare(b.name, undefined, { sensitivity: "base" });
  if (sort === "name") return byName;
  return (a, b) => b.mentionCount - a.mentionCount || b.outletCount - a.outletCount || byName(a, b);
}

/** The server scopes the list to the article already; this guards against a URI spelled differently. */
function mentionsArticle(entity: EntitySummary, article: vscode.Uri): boolean {
  return entity.articleUris.length === 0 || entity.articleUris.includes(article.toString());
}

function sortActiveFirst(articles: ArticleMentions[], active: vscode.Uri): ArticleMentions[] {
  const key = active.toString();
  return [...articles].sort((a, b) => Number(b.uri.toString() === key) - Number(a.uri.toString() === key));
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, "\\$&");
}
