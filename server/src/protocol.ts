/**
 * Crosscheck's custom LSP messages, rule ids and the semantic-token legend: the one place the client (and
 * any other editor integration) reads the contract from. Everything a generic LSP client needs (hover,
 * diagnostics, navigation, rename, symbols, semantic tokens, code actions) is standard LSP; the messages
 * below serve the client's People and Places view and status bar only.
 *
 * Positions and ranges are LSP's: zero-based lines, UTF-16 code-unit characters.
 *
 * ## Requests (client -> server)
 * - `crosscheck/entities` ({@link EntitiesParams}) -> {@link EntitiesResult}: every person, place and
 *   organization with counts per article; `uri` limits the list to entities mentioned in one article.
 * - `crosscheck/entityMentions` ({@link EntityMentionsParams}) -> {@link EntityMentionsResult}: the mentions
 *   of one entity, each with its line of context, grouped by article in article order.
 * - `crosscheck/reindex` (no params) -> `null`: re-read every article from disk (the "re-index" command).
 *
 * ## Notifications (server -> client)
 * - `crosscheck/status` ({@link StatusParams}): counts and indexing state, sent when indexing starts, while
 *   it runs (at most a few times a second) and after every re-link. The view refreshes on it.
 *
 * ## Commands (workspace/executeCommand, handled by the server)
 * - `crosscheck.openOtherSources` (arguments: `Location[]`): opens each location with `window/showDocument`.
 *   Used by the "Open the other sources" code action on a conflict. The server registers it, so the client
 *   must not register a command with the same id.
 * - `crosscheck.applyDecision` (arguments: `[Decision, ApplyDecisionOptions?]`) -> {@link DecisionResult}:
 *   records a decision (merge, split, not an entity, change kind, mark as, ignore a conflict, confirm,
 *   distinct) in the crosscheck.json of the articles' workspace folder, created when missing, with
 *   `workspace/applyEdit` (a minimal edit, undoable). Refused with a `window/showMessage` when the file is
 *   invalid or an id is unknown. Used by the code actions and by the client's decision commands.
 * - `crosscheck.exportAnnotations` (arguments: `[format, folderUri]`, format brat|conll|jsonl|csv) ->
 *   {@link ExportAnnotationsResult}: writes the indexed articles' annotations into the folder, as
 *   `crosscheck export` does; refused when it would overwrite an article.
 * - `crosscheck.describeDecision` (arguments: `[Decision]`) -> {@link DecisionResult} without applying:
 *   what the decision touches ("merge 2 entities: 37 mentions in 5 articles"), for a confirmation first.
 *
 * ## initializationOptions
 * - `hoverCommandLinks: true`: the client runs `command:` links in hover markdown (VS Code, with the
 *   command trusted); entity hovers then end with links that record decisions. Off by default, since other
 *   editors would show the raw links.
 */
// The message objects below come from the top-level vscode-languageserver-protocol, the one
// vscode-languageclient uses; vscode-languageserver nests an older vscode-jsonrpc whose types do not
// match, so the server registers its handlers by the `Methods` strings instead.
import { NotificationType, NotificationType0, RequestType, RequestType0 } from "vscode-languageserver-protocol";
import type { Location, Range } from "vscode-languageserver-protocol";

export type EntityKind = "person" | "place" | "organization";

/** One article's share of an entity. */
export interface EntityArticleInfo {
  uri: string;
  /** The outlet (after the `crosscheck.outlets` override), or the file name when none is known. */
  outlet: string;
  headline: string | null;
  /** ISO date where the article gives one. */
  date: string | null;
  mentionCount: number;
  /** Distinct spellings this article uses. */
  spellings: string[];
  /** The first mention in this article. */
  firstMention: Range;
}

export interface EntityInfo {
  /** Stable for the same input (the analysis core's entity id). */
  id: string;
  kind: EntityKind;
  name: string;
  /** Every distinct spelling across articles, most frequent first. */
  spellings: string[];
  mentionCount: number;
  articleCount: number;
  outletCount: number;
  articles: EntityArticleInfo[];
  /** True when the user confirmed the entity in crosscheck.json. */
  confirmed: boolean;
}

export interface EntitiesParams {
  /** Only entities mentioned in this article. */
  uri?: string;
  /** Only these kinds. */
  kinds?: EntityKind[];
}

export interface EntitiesResult {
  entities: EntityInfo[];
  /** True while the first index is still running: the list is partial. */
  indexing: boolean;
}

export interface EntityMentionsParams {
  id: string;
  /** Only the mentions in this article. */
  uri?: string;
}

export interface EntityMentionInfo {
  uri: string;
  range: Range;
  /** The mention as written. */
  text: string;
  /** The whole line the mention is on, trimmed to at most ~200 characters around the mention. */
  lineText: string;
  /** Where the mention starts and ends inside `lineText` (UTF-16), for highlighting. */
  lineStart: number;
  lineEnd: number;
  outlet: string;
  headline: string | null;
}

export interface EntityMentionsResult {
  /** Null when no entity has that id (it may have been re-linked away). */
  entity: EntityInfo | null;
  mentions: EntityMentionInfo[];
}

export interface StatusParams {
  articles: number;
  people: number;
  places: number;
  organizations: number;
  /** Conflicts with at least one diagnostic shown (rules switched off are not counted). */
  conflicts: number;
  indexing: boolean;
  /**
   * True after an edit was applied by the fast path (the edited article is up to date) while the full
   * re-link of the workspace waits for typing to pause; false once it ran. Optional for older servers.
   */
  relinkPending?: boolean;
  /** Progress of the running index: files analysed so far and files found. */
  indexed: number;
  total: number;
}

/** Method names. Send with e.g. `client.sendRequest<EntitiesResult>(Methods.entities, params)`. */
export const Methods = {
  entities: "crosscheck/entities",
  entityMentions: "crosscheck/entityMentions",
  reindex: "crosscheck/reindex",
  status: "crosscheck/status",
  /** Notification (no params): the index changed (after every re-link); views refresh on it. */
  indexChanged: "crosscheck/indexChanged",
} as const;

export const EntitiesRequest = new RequestType<EntitiesParams, EntitiesResult, void>(Methods.entities);
export const EntityMentionsRequest = new RequestType<EntityMentionsParams, EntityMentionsResult, void>(Methods.entityMentions);
export const ReindexRequest = new RequestType0<null, void>(Methods.reindex);
export const StatusNotification = new NotificationType<StatusParams>(Methods.status);
export const IndexChangedNotification = new NotificationType0(Methods.indexChanged);

export const OPEN_OTHER_SOURCES_COMMAND = "crosscheck.openOtherSources";
export type OpenOtherSourcesArguments = Location[];

export const APPLY_DECISION_COMMAND = "crosscheck.applyDecision";
export const DESCRIBE_DECISION_COMMAND = "crosscheck.describeDecision";
export const EXPORT_ANNOTATIONS_COMMAND = "crosscheck.exportAnnotations";

export type ExportAnnotationsResult =
  | { ok: true; files: number; articles: number; folder: string }
  | { ok: false; reason: string };
/** A decision is plain data: entity ids (EntityInfo.id), conflict ids (a conflict diagnostic's data.conflictId) or text. */
export type { Decision } from "./decisions/plan";

export interface ApplyDecisionOptions {
  /** The article the decision was made from: picks the workspace folder for decisions by text (mark as, not an entity). */
  uri?: string;
}

export interface DecisionResult {
  /** True when the decision is (now) recorded in the file; false when refused or the client rejected the edit. */
  applied: boolean;
  /** What it touches, e.g. "merge 2 entities: 37 mentions in 5 articles". */
  summary?: string;
  /** Why it was refused. */
  reason?: string;
  /** The crosscheck.json written to (a URI). */
  file?: string;
}

/** Diagnostic codes (one per rule, `figure.conflict`, `figure.difference`, `name.misspelling`) live in the core. */
export { RULES, RULE_INFO, ruleHelpUri } from "./analysis/rules";
export type { RuleId } from "./analysis/rules";

/**
 * The semantic-token legend. The types are custom; a VS Code client declares them in package.json
 * (`contributes.semanticTokenTypes`, each with a standard `superType`, plus `semanticTokenScopes`) so that any
 * theme colours them differently. Other editors see `person`, `place`, … and can style them by name.
 */
export const SEMANTIC_TOKEN_TYPES = ["person", "place", "organization", "figure"] as const;
/** `conflict`: a figure other outlets disagree with; `confirmed`: an entity the user confirmed. */
export const SEMANTIC_TOKEN_MODIFIERS = ["conflict", "confirmed"] as const;
