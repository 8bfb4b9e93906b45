/**
 * Decisions from the People and Places view (context menu, multi-select), the editor's context menu and
 * the palette: merge, not an entity, change kind, confirm, split a spelling off, mark the selection as a
 * person, place or organization. Each one is plain data sent to the server's `crosscheck.applyDecision`
 * command (through `vscode.commands.executeCommand`, so the language client's middleware below runs); the
 * server writes crosscheck.json with a workspace edit that the user can undo. A decision that touches many
 * places says how many in a modal confirmation first ("merge 2 entities: 37 mentions in 5 articles").
 */
import * as path from "node:path";
import * as vscode from "vscode";
import type { Middleware } from "vscode-languageclient/node";
import { APPLY_DECISION_COMMAND, DESCRIBE_DECISION_COMMAND, type Decision, type DecisionResult } from "../../server/src/protocol";
import { commandRegistrar } from "./commands";
import type { PeopleNode } from "./peopleTree";
import type { CrosscheckApi, EntityKind, EntitySummary } from "./serverApi";

const DECISIONS_FILE_NAME = "crosscheck.json";
const KINDS: { kind: EntityKind; label: string; icon: string }[] = [
  { kind: "person", label: "Person", icon: "person" },
  { kind: "place", label: "Place", icon: "location" },
  { kind: "organization", label: "Organization", icon: "organization" },
];

export interface DecisionCommandDeps {
  api: CrosscheckApi;
  output: vscode.LogOutputChannel;
}

const isDecisionsFile = (document: vscode.TextDocument): boolean =>
  document.uri.scheme === "file" && path.basename(document.uri.fsPath) === DECISIONS_FILE_NAME;

/**
 * Keeps crosscheck.json on disk in step with decisions: the server reads the file from disk (the client
 * does not sync it), so unsaved changes in its buffer are saved before a decision is planned, and the
 * decision's edit (applied to a background buffer by VS Code) is saved after it. Undo still works in the
 * file's editor.
 */
export const decisionMiddleware: Pick<Middleware, "executeCommand"> = {
  async executeCommand(command, args, next) {
    if (command !== APPLY_DECISION_COMMAND) return next(command, args);
    await saveDecisionsFiles();
    const result = (await next(command, args)) as DecisionResult | null | undefined;
    if (result?.applied && result.file) await saveDecisionsFiles(vscode.Uri.parse(result.file).toString());
    return result;
  },
};

async function saveDecisionsFiles(only?: string): Promise<void> {
  for (const document of vscode.workspace.textDocuments)
    if (isDecisionsFile(document) && document.isDirty && (only === undefined || document.uri.toString() === only)) await document.save();
}

/** The entities a tree command acts on: every selected entity row (multi-select), else the clicked one. */
export function selectedEntities(node: PeopleNode | undefined, nodes: readonly PeopleNode[] | undefined): EntitySummary[] {
  const chosen = nodes && nodes.length > 0 ? nodes : node ? [node] : [];
  const seen = new Set<string>();
  return chosen.flatMap((n) => (n.type === "entity" && !seen.has(n.entity.id) && seen.add(n.entity.id) ? [n.entity] : []));
}

/** The display names a merge can keep: each entity's name first, then their other spellings. */
export function mergeNameChoices(entities: readonly EntitySummary[]): string[] {
  const names: string[] = [];
  for (const name of [...entities.map((e) => e.name), ...entities.flatMap((e) => e.spellings)]) if (!names.includes(name)) names.push(name);
  return names;
}

export function registerDecisionCommands(deps: DecisionCommandDeps): vscode.Disposable[] {
  const { api, output } = deps;
  const register = commandRegistrar(output);

  /** Asks the server what a decision touches. */
  const describe = async (decision: Decision): Promise<DecisionResult> =>
    ((await vscode.commands.executeCommand<DecisionResult | null>(DESCRIBE_DECISION_COMMAND, decision)) ?? { applied: false, reason: "the language server is not running" });

  /**
   * Applies a decision; with `confirm`, first shows what it touches in a modal dialog. The server says
   * itself (window/showMessage) why it refused one.
   */
  const apply = async (decision: Decision, options: { confirm?: string; uri?: vscode.Uri } = {}): Promise<DecisionResult | undefined> => {
    if (!api.isRunning) throw new Error("the language server is not running.");
    if (options.confirm) {
      const described = await describe(decision);
      if (described.reason) throw new Error(described.reason);
      const file = described.file ? vscode.workspace.asRelativePath(vscode.Uri.parse(described.file)) : DECISIONS_FILE_NAME;
      const choice = await vscode.window.showWarningMessage(
        capitalize(described.summary ?? options.confirm),
        { modal: true, detail: `Recorded in ${file}; Undo in that file takes it back.` },
        options.confirm,
      );
      if (choice !== options.confirm) return undefined;
    }
    const result = await vscode.commands.executeCommand<DecisionResult | null>(APPLY_DECISION_COMMAND, decision, options.uri ? { uri: options.uri.toString() } : {});
    if (result?.applied) vscode.window.setStatusBarMessage(`Crosscheck: ${result.summary ?? "decision recorded"}`, 5000);
    else if (result?.reason) output.warn(`Decision not recorded: ${result.reason}`);
    return result ?? undefined;
  };

  /** The entities a command acts on: the tree's selection, else picked from every entity. */
  const entitiesFor = async (node: PeopleNode | undefined, nodes: readonly PeopleNode[] | undefined, title: string, many: boolean) => {
    const selected = selectedEntities(node, nodes);
    if (selected.length >= (many ? 2 : 1)) return selected;
    return pickEntities(api, title, many, selected);
  };

  const markAs = (kind: EntityKind) => async () => {
    const editor = vscode.window.activeTextEditor;
    const text = editor?.document.getText(editor.selection).replace(/\s+/g, " ").trim();
    if (!editor || !text) throw new Error("select the name to mark in an article first.");
    await apply({ type: "markAs", text, kind }, { uri: editor.document.uri });
  };

  return [
    register("crosscheck.decisions.merge", async (node?: PeopleNode, nodes?: PeopleNode[]) => {
      const entities = await entitiesFor(node, nodes, "Crosscheck: Merge Entities", true);
      if (!entities || entities.length < 2) return;
      const names = mergeNameChoices(entities);
      const name = await vscode.window.showQuickPick(names, {
        title: `Merge ${entities.length} entities: which name to keep?`,
        placeHolder: "The display name of the merged entity",
      });
      if (!name) return;
      await apply({ type: "merge", entityIds: entities.map((e) => e.id), name }, { confirm: "Merge" });
    }),
    register("crosscheck.decisions.notEntity", async (node?: PeopleNode, nodes?: PeopleNode[]) => {
      const entities = await entitiesFor(node, nodes, "Crosscheck: Not an Entity", false);
      // Every spelling of each entity: "not an entity" is about the strings, which the file lists one by one.
      for (const entity of entities ?? []) {
        for (const [i, text] of entity.spellings.entries()) {
          const done = await apply({ type: "notEntity", text }, i === 0 ? { confirm: "Not an Entity" } : {});
          if (!done?.applied) break;
        }
      }
    }),
    register("crosscheck.decisions.changeKind", async (node?: PeopleNode, nodes?: PeopleNode[]) => {
      const entities = await entitiesFor(node, nodes, "Crosscheck: Change Kind", false);
      if (!entities?.length) return;
      const kinds = KINDS.filter((k) => entities.some((e) => e.kind !== k.kind));
      const picked = await vscode.window.showQuickPick(
        kinds.map((k) => ({ label: `$(${k.icon}) ${k.label}`, entityKind: k.kind })),
        { title: `Change ${entities.length === 1 ? entities[0].name : `${entities.length} entities`} to…` },
      );
      if (!picked) return;
      for (const entity of entities.filter((e) => e.kind !== picked.entityKind))
        await apply({ type: "changeKind", entityId: entity.id, kind: picked.entityKind }, { confirm: "Change Kind" });
    }),
    register("crosscheck.decisions.confirm", async (node?: PeopleNode, nodes?: PeopleNode[]) => {
      const entities = await entitiesFor(node, nodes, "Crosscheck: Confirm Entity", false);
      for (const entity of entities ?? []) await apply({ type: "confirm", entityId: entity.id });
    }),
    register("crosscheck.decisions.split", async (node?: PeopleNode, nodes?: PeopleNode[]) => {
      const [entity] = (await entitiesFor(node, nodes, "Crosscheck: Split a Spelling Off", false)) ?? [];
      if (!entity) return;
      if (entity.spellings.length < 2) throw new Error(`${entity.name} has only one spelling: there is nothing to split off.`);
      const spelling = await vscode.window.showQuickPick(entity.spellings, {
        title: `Split a spelling off ${entity.name}`,
        placeHolder: "The spelling that is someone (or something) else",
      });
      if (!spelling) return;
      // Into an entity of its own, or into another entity the spelling really belongs to.
      const others = (await api.entities()).filter((e) => e.id !== entity.id).sort((a, b) => b.mentionCount - a.mentionCount);
      const own = { label: "$(add) Its own entity", description: `keep “${spelling}” apart from ${entity.name}`, into: undefined as EntitySummary | undefined };
      const target = await vscode.window.showQuickPick(
        [own, ...others.map((e) => ({ label: e.name, description: `${e.kind} · ${e.mentionCount} mentions`, into: e as EntitySummary | undefined }))],
        { title: `Split “${spelling}” off ${entity.name} into…`, matchOnDescription: true },
      );
      if (!target) return;
      await apply({ type: "split", entityId: entity.id, spelling, ...(target.into ? { intoEntityId: target.into.id } : {}) }, { confirm: "Split" });
    }),
    register("crosscheck.decisions.markAsPerson", markAs("person")),
    register("crosscheck.decisions.markAsPlace", markAs("place")),
    register("crosscheck.decisions.markAsOrganization", markAs("organization")),
  ];
}

interface EntityPick extends vscode.QuickPickItem {
  entity: EntitySummary;
}

/** A quick pick over every entity (several with `many`); any spelling matches through the detail line. */
async function pickEntities(api: CrosscheckApi, title: string, many: boolean, preselected: EntitySummary[]): Promise<EntitySummary[] | undefined> {
  const entities = (await api.entities()).sort((a, b) => b.mentionCount - a.mentionCount || a.name.localeCompare(b.name));
  const items = entities.map(
    (entity): EntityPick => ({
      label: `$(${KINDS.find((k) => k.kind === entity.kind)?.icon ?? "symbol-misc"}) ${entity.name}`,
      description: `${entity.kind} · ${entity.mentionCount} mentions${entity.confirmed ? " · ✓ confirmed" : ""}`,
      detail: entity.spellings.filter((s) => s !== entity.name).join(", ") || undefined,
      picked: preselected.some((p) => p.id === entity.id),
      entity,
    }),
  );
  const placeHolder = many ? "Choose two or more entities" : "Type any spelling of a person, place or organization";
  if (many) {
    const picked = await vscode.window.showQuickPick(items, { title, placeHolder, canPickMany: true, matchOnDescription: true, matchOnDetail: true });
    return picked?.map((p) => p.entity);
  }
  const picked = await vscode.window.showQuickPick(items, { title, placeHolder, matchOnDescription: true, matchOnDetail: true });
  return picked ? [picked.entity] : undefined;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
