/**
 * The palette and context-menu commands. Navigation goes through VS Code's own commands (references,
 * rename) at a mention, so that what the user sees is the language server's answer, the same as from the
 * editor.
 */
import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import { treatAsArticle } from "./articleFiles";
import { goToConflict } from "./conflictNavigation";
import { exportAnnotationsInteractively } from "./exportCommand";
import { OPEN_MENTION_COMMAND, type PeopleNode, type PeopleTreeProvider } from "./peopleTree";
import type { ArticleMentions, CrosscheckApi, EntitySummary, ResolvedMention } from "./serverApi";

export interface CommandDeps {
  client: LanguageClient;
  api: CrosscheckApi;
  tree: PeopleTreeProvider;
  output: vscode.LogOutputChannel;
}

/**
 * Registers commands so that a failure is logged and shown once, never thrown into VS Code's command
 * service (which would show a bare stack). Shared by every command module of the client.
 */
export function commandRegistrar(output: vscode.LogOutputChannel) {
  return (id: string, run: (...args: never[]) => unknown): vscode.Disposable =>
    vscode.commands.registerCommand(id, async (...args: never[]) => {
      try {
        return await run(...args);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        output.error(`${id}: ${message}`);
        void vscode.window.showErrorMessage(`Crosscheck: ${message}`);
        return undefined;
      }
    });
}

export function registerCommands(deps: CommandDeps): vscode.Disposable[] {
  const { client, api, tree, output } = deps;
  const register = commandRegistrar(output);

  /** Resolves an entity node from the tree, or asks for one when run from the palette. */
  const entityFrom = async (node: PeopleNode | undefined): Promise<EntitySummary | undefined> =>
    node?.type === "entity" ? node.entity : pickEntity(api);

  return [
    // ---- the tree's title bar ----
    register("crosscheck.people.refresh", () => tree.refresh()),
    register("crosscheck.people.sortByName", () => tree.setSort("name")),
    register("crosscheck.people.sortByMentions", () => tree.setSort("mentions")),
    register("crosscheck.people.showActiveArticleOnly", () => tree.setActiveArticleOnly(true)),
    register("crosscheck.people.showAllArticles", () => tree.setActiveArticleOnly(false)),
    register("crosscheck.people.filter", async () => {
      const text = await vscode.window.showInputBox({
        title: "Filter People and Places",
        prompt: "Show the entities with a spelling that contains this text (case and accents ignored).",
        value: tree.filter,
        placeHolder: "e.g. tikhan",
      });
      if (text !== undefined) tree.setFilter(text);
    }),
    register("crosscheck.people.clearFilter", () => tree.setFilter("")),

    // ---- tree items ----
    register(OPEN_MENTION_COMMAND, (uri: vscode.Uri, range: vscode.Range) => openAt(uri, range)),
    register("crosscheck.people.findReferences", async (node: PeopleNode | undefined) => {
      const entity = await entityFrom(node);
      const first = entity && (await firstMention(tree, entity));
      if (!first) return;
      await openAt(first.uri, first.range);
      const locations = await vscode.commands.executeCommand<vscode.Location[]>(
        "vscode.executeReferenceProvider",
        first.uri,
        first.range.start,
      );
      await vscode.commands.executeCommand("editor.action.showReferences", first.uri, first.range.start, locations ?? []);
    }),
    register("crosscheck.people.rename", async (node: PeopleNode | undefined) => {
      const entity = await entityFrom(node);
      const first = entity && (await firstMention(tree, entity));
      if (!first) return;
      await openAt(first.uri, first.range);
      await vscode.commands.executeCommand("editor.action.rename");
    }),
    register("crosscheck.people.copyName", async (node: PeopleNode | undefined) => {
      const entity = await entityFrom(node);
      if (entity) await vscode.env.clipboard.writeText(entity.name);
    }),
    register("crosscheck.people.revealInArticles", async (node: PeopleNode | undefined) => {
      const entity = await entityFrom(node);
      if (!entity) return;
      const articles = await tree.mentionsOf(entity);
      // Each article in its own tab at its first mention; the last one opened keeps focus.
      for (const article of articles) {
        const first = article.mentions[0];
        if (first) await openAt(first.uri, first.range, { preview: false });
      }
    }),

    // ---- palette ----
    register("crosscheck.showEntity", async () => {
      const entity = await pickEntity(api);
      if (!entity) return;
      const mention = await pickMention(await tree.mentionsOf(entity), entity);
      if (mention) await openAt(mention.uri, mention.range);
    }),
    register("crosscheck.nextConflict", () => goToConflict(1)),
    register("crosscheck.previousConflict", () => goToConflict(-1)),
    register("crosscheck.export", () => exportAnnotationsInteractively()),
    register("crosscheck.reindex", async () => {
      if (!api.isRunning) throw new Error("the language server is not running.");
      await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: "Crosscheck: re-indexing" },
        () => api.reindex(),
      );
      tree.refresh();
    }),
    register("crosscheck.treatAsArticle", async () => {
      const document = vscode.window.activeTextEditor?.document;
      if (!document) throw new Error("open the file to treat as an article first.");
      const name = await treatAsArticle(document);
      vscode.window.setStatusBarMessage(`Crosscheck: ${name} is now an article.`, 5000);
    }),
    register("crosscheck.showOutput", () => output.show()),
    register("crosscheck.restartServer", async () => {
      output.info("Restarting the Crosscheck language server on request.");
      await (client.isRunning() ? client.restart() : client.start());
    }),
  ];
}

/** Opens an article with the mention selected and in view. */
async function openAt(uri: vscode.Uri, range: vscode.Range, options: vscode.TextDocumentShowOptions = {}): Promise<void> {
  const editor = await vscode.window.showTextDocument(uri, { selection: range, ...options });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

async function firstMention(tree: PeopleTreeProvider, entity: EntitySummary): Promise<ResolvedMention | undefined> {
  const articles = await tree.mentionsOf(entity);
  const first = articles.find((article) => article.mentions.length > 0)?.mentions[0];
  if (!first) void vscode.window.showInformationMessage(`Crosscheck has no mention of ${entity.name} any more.`);
  return first;
}

interface EntityPick extends vscode.QuickPickItem {
  entity: EntitySummary;
}

/** A quick pick over every entity; any spelling matches because the spellings are in the detail line. */
async function pickEntity(api: CrosscheckApi): Promise<EntitySummary | undefined> {
  const items = api.entities().then((entities) =>
    entities
      .sort((a, b) => b.mentionCount - a.mentionCount || a.name.localeCompare(b.name))
      .map(
        (entity): EntityPick => ({
          label: `$(${iconFor(entity)}) ${entity.name}`,
          description: `${entity.kind} · ${entity.mentionCount} mentions · ${entity.outletCount} outlets`,
          detail: entity.spellings.filter((spelling) => spelling !== entity.name).join(", ") || undefined,
          entity,
        }),
      ),
  );
  const picked = await vscode.window.showQuickPick(items, {
    title: "Crosscheck: Show Entity",
    placeHolder: "Type any spelling of a person, place or organization",
    matchOnDescription: true,
    matchOnDetail: true,
  });
  return picked?.entity;
}

interface MentionPick extends vscode.QuickPickItem {
  mention?: ResolvedMention;
}

async function pickMention(articles: ArticleMentions[], entity: EntitySummary): Promise<ResolvedMention | undefined> {
  const items: MentionPick[] = [];
  for (const article of articles) {
    items.push({ label: article.outlet, description: article.headline, kind: vscode.QuickPickItemKind.Separator });
    for (const mention of article.mentions) {
      items.push({
        label: mention.text,
        description: `line ${mention.line + 1}`,
        detail: mention.context.trim(),
        mention,
      });
    }
  }
  if (items.length === 0) return undefined;
  const picked = await vscode.window.showQuickPick(items, {
    title: `${entity.name}: ${entity.mentionCount} mentions`,
    placeHolder: "Choose a mention to open",
    matchOnDetail: true,
  });
  return picked?.mention;
}

function iconFor(entity: EntitySummary): string {
  return entity.kind === "person" ? "person" : entity.kind === "place" ? "location" : "organization";
}
