/**
 * Decisions from the editor: the `crosscheck.applyDecision` command records a decision (plain data, see
 * decisions/plan.ts) in the crosscheck.json of the articles' workspace folder, and `crosscheck.describeDecision`
 * says what it would touch first. The edit goes through `workspace/applyEdit` as the minimal text edits
 * planDecision computes, so the user's formatting and comments survive and the user can undo it; a file
 * that does not exist yet is created with the same request. A file that does not parse is never touched.
 *
 * Once the client applied the edit, the server takes the new text as the file's decisions at once (the
 * client may keep it unsaved in a buffer); the file watcher's later event for the saved file changes nothing.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { TextEdit, WorkspaceEdit } from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import type { EntityKind } from "../analysis/types";
import { DECISIONS_FILE_NAME, findDecisionsFile } from "../decisions/file";
import { Decision, DecisionPlan, describeDecisionImpact, planDecision } from "../decisions/plan";
import type { DecisionEdit } from "../decisions/edits";
import { pathToUri, uriToPath } from "../index/uris";
import type { WorkspaceIndex } from "../index/workspaceIndex";
import type { ApplyDecisionOptions, DecisionResult } from "../protocol";

const KINDS: readonly EntityKind[] = ["person", "place", "organization"];

const isString = (v: unknown): v is string => typeof v === "string";
const isKind = (v: unknown): v is EntityKind => KINDS.includes(v as EntityKind);
const isIdList = (v: unknown): v is string[] => Array.isArray(v) && v.length > 0 && v.every(isString);

/**
 * The command's argument as a Decision, or undefined when it is not one. Arguments come from any client
 * (or a hand-written keybinding), so every field is checked rather than trusted.
 */
export function parseDecision(value: unknown): Decision | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const d = value as Record<string, unknown>;
  switch (d.type) {
    case "merge":
      if (!isIdList(d.entityIds) || (d.name !== undefined && !isString(d.name))) return undefined;
      return { type: "merge", entityIds: d.entityIds, ...(isString(d.name) && d.name.trim() ? { name: d.name.trim() } : {}) };
    case "distinct":
      return isIdList(d.entityIds) ? { type: "distinct", entityIds: d.entityIds } : undefined;
    case "split":
      if (!isString(d.entityId) || !isString(d.spelling) || !d.spelling.trim()) return undefined;
      if (d.intoEntityId !== undefined && !isString(d.intoEntityId)) return undefined;
      return { type: "split", entityId: d.entityId, spelling: d.spelling, ...(isString(d.intoEntityId) ? { intoEntityId: d.intoEntityId } : {}) };
    case "notEntity":
      if (!isString(d.text) || !d.text.trim() || (d.kind !== undefined && !isKind(d.kind))) return undefined;
      return { type: "notEntity", text: d.text, ...(isKind(d.kind) ? { kind: d.kind } : {}) };
    case "changeKind":
      return isString(d.entityId) && isKind(d.kind) ? { type: "changeKind", entityId: d.entityId, kind: d.kind } : undefined;
    case "markAs":
      return isString(d.text) && d.text.trim() && isKind(d.kind) ? { type: "markAs", text: d.text, kind: d.kind } : undefined;
    case "ignoreConflict":
      return isString(d.conflictId) ? { type: "ignoreConflict", conflictId: d.conflictId } : undefined;
    case "confirm":
      return isString(d.entityId) ? { type: "confirm", entityId: d.entityId } : undefined;
    default:
      return undefined;
  }
}

/** The articles (URIs) a decision is about, to find their workspace folder; `hint` for decisions by text. */
export function articlesOfDecision(index: WorkspaceIndex, decision: Decision, hint?: string): string[] {
  const ofEntities = (ids: (string | undefined)[]) => ids.flatMap((id) => (id === undefined ? [] : (index.entity(id)?.mentions.map((m) => m.file) ?? [])));
  const found = (() => {
    switch (decision.type) {
      case "merge":
      case "distinct":
        return ofEntities(decision.entityIds);
      case "split":
        return ofEntities([decision.entityId, decision.intoEntityId]);
      case "changeKind":
      case "confirm":
        return ofEntities([decision.entityId]);
      case "ignoreConflict":
        return index.conflicts().find((c) => c.id === decision.conflictId)?.claims.map((c) => c.file) ?? [];
      case "notEntity":
      case "markAs":
        return [];
    }
  })();
  return [...new Set(hint ? [hint, ...found] : found)];
}

/**
 * The crosscheck.json a decision goes to: the one the server reads for the workspace folder holding the
 * first of the articles (found by walking up from the folder, as the server loads it), else a new one at
 * that folder's root. Without a folder (a loose file), the article's own folder.
 */
export function decisionsFileFor(folderPaths: readonly string[], articlePaths: readonly string[]): string | undefined {
  const inside = (folder: string, file: string) => {
    const rel = path.relative(folder, file);
    return rel !== "" && !rel.startsWith("..") && !path.isAbsolute(rel);
  };
  // The deepest folder wins when folders nest, as the server's folderOf does.
  const byDepth = [...folderPaths].sort((a, b) => b.length - a.length);
  for (const file of articlePaths) {
    const folder = byDepth.find((f) => inside(f, file));
    if (folder) return findDecisionsFile(folder) ?? path.join(folder, DECISIONS_FILE_NAME);
  }
  if (articlePaths.length) return findDecisionsFile(path.dirname(articlePaths[0])) ?? path.join(path.dirname(articlePaths[0]), DECISIONS_FILE_NAME);
  if (folderPaths.length) return findDecisionsFile(folderPaths[0]) ?? path.join(folderPaths[0], DECISIONS_FILE_NAME);
  return undefined;
}

/** jsonc-parser edits (UTF-16 offset and length) as LSP text edits, with positions in `currentText`. */
export function toTextEdits(currentText: string, edits: readonly DecisionEdit[]): TextEdit[] {
  const document = TextDocument.create("file:///crosscheck.json", "jsonc", 0, currentText);
  return edits.map((e) => ({ range: { start: document.positionAt(e.offset), end: document.positionAt(e.offset + e.length) }, newText: e.content }));
}

/**
 * The workspace edit that records a plan: the minimal edits in an existing file; a CreateFile and the
 * whole text for a new one (which needs `documentChanges` support: undefined without it).
 */
export function decisionWorkspaceEdit(
  fileUri: string,
  currentText: string | undefined,
  plan: { edits: DecisionEdit[]; text: string },
  documentChanges: boolean,
): WorkspaceEdit | undefined {
  if (currentText === undefined) {
    if (!documentChanges) return undefined;
    return {
      documentChanges: [
        { kind: "create", uri: fileUri, options: { ignoreIfExists: true } },
        { textDocument: { uri: fileUri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: plan.text }] },
      ],
    };
  }
  const edits = toTextEdits(currentText, plan.edits);
  return documentChanges ? { documentChanges: [{ textDocument: { uri: fileUri, version: null }, edits }] } : { changes: { [fileUri]: edits } };
}

export interface DecisionHost {
  index: WorkspaceIndex;
  folderPaths(): string[];
  /** The text of an open buffer the client syncs (it wins over disk), if any. */
  openText(uri: string): string | undefined;
  documentChanges: boolean;
  applyEdit(label: string, edit: WorkspaceEdit): Promise<{ applied: boolean; failureReason?: string }>;
  /** Tells the user why a decision was not recorded. */
  warn(message: string): void;
  /** The client applied the edit: the file's new text is in force now. */
  recorded(file: string, text: string): void;
}

interface Prepared {
  decision: Decision;
  file: string;
  fileUri: string;
  currentText: string | undefined;
  plan: DecisionPlan;
}

function prepare(host: DecisionHost, args: readonly unknown[]): Prepared | { error: string } {
  const decision = parseDecision(args[0]);
  if (!decision) return { error: "that is not a decision Crosscheck knows (expected e.g. {type: \"merge\", entityIds: [...]})" };
  const options = (typeof args[1] === "object" && args[1] !== null ? args[1] : {}) as ApplyDecisionOptions;
  const articles = articlesOfDecision(host.index, decision, isString(options.uri) ? options.uri : undefined)
    .map(uriToPath)
    .filter((p): p is string => p !== undefined);
  const file = decisionsFileFor(host.folderPaths(), articles);
  if (!file) return { error: "there is no workspace folder to keep crosscheck.json in" };
  const fileUri = pathToUri(file);
  let currentText = host.openText(fileUri);
  if (currentText === undefined) {
    try {
      currentText = fs.readFileSync(file, "utf8");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") return { error: `could not read ${file}: ${String(error)}` };
    }
  }
  const plan = planDecision(host.index.corpusAnalysis(), decision, currentText ?? "");
  return { decision, file, fileUri, currentText, plan };
}

/** `crosscheck.describeDecision`: the impact, and whether the file would accept it, without writing. */
export function describeDecision(host: DecisionHost, args: readonly unknown[]): DecisionResult {
  const prepared = prepare(host, args);
  if ("error" in prepared) return { applied: false, reason: prepared.error };
  const { plan, fileUri, decision } = prepared;
  if (!plan.ok) return { applied: false, reason: plan.reason, summary: plan.summary ?? describeDecisionImpact(host.index.corpusAnalysis(), decision).summary, file: fileUri };
  return { applied: false, summary: plan.summary, file: fileUri };
}

/** `crosscheck.applyDecision`: plans the edit and has the client apply it. */
export async function applyDecision(host: DecisionHost, args: readonly unknown[]): Promise<DecisionResult> {
  const prepared = prepare(host, args);
  if ("error" in prepared) {
    host.warn(`Crosscheck: ${prepared.error}.`);
    return { applied: false, reason: prepared.error };
  }
  const { plan, file, fileUri, currentText } = prepared;
  if (!plan.ok) {
    host.warn(`Crosscheck did not change ${path.basename(file)}: ${plan.reason}.`);
    return { applied: false, reason: plan.reason, summary: plan.summary, file: fileUri };
  }
  // Already recorded (e.g. confirming a confirmed entity): nothing to write, nothing to undo.
  if (!plan.changed && currentText !== undefined) return { applied: true, summary: plan.summary, file: fileUri };
  const edit = decisionWorkspaceEdit(fileUri, currentText, plan, host.documentChanges);
  if (!edit) {
    // A client that cannot create files gets the new file written here (there is nothing to undo yet).
    try {
      fs.writeFileSync(file, plan.text, { flag: "wx" });
    } catch (error) {
      host.warn(`Crosscheck could not create ${file}: ${String(error)}.`);
      return { applied: false, reason: String(error), summary: plan.summary, file: fileUri };
    }
    host.recorded(file, plan.text);
    return { applied: true, summary: plan.summary, file: fileUri };
  }
  const response = await host.applyEdit(`Crosscheck: ${plan.summary}`, edit);
  if (!response.applied) {
    const reason = response.failureReason ?? "the editor did not apply the edit";
    host.warn(`Crosscheck did not change ${path.basename(file)}: ${reason}.`);
    return { applied: false, reason, summary: plan.summary, file: fileUri };
  }
  host.recorded(file, plan.text);
  return { applied: true, summary: plan.summary, file: fileUri };
}
