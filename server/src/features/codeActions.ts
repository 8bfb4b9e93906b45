/**
 * Code actions: record a decision in crosscheck.json through the `crosscheck.applyDecision` command ("Ignore
 * this conflict" on a figure in a conflict; not an entity, change kind, confirm, or split a spelling off the
 * entity under the cursor, each title with what it touches); replace a possible misspelling with the
 * spelling the article uses elsewhere (a preferred quick fix); and "Open the other sources" on a conflict
 * (a server command that asks the client to show each other outlet's claim with `window/showDocument`).
 */
import { CodeAction, CodeActionKind, Command, Diagnostic, Location, Range } from "vscode-languageserver";
import { RULES } from "../analysis/rules";
import type { WorkspaceIndex } from "../index/workspaceIndex";
import type { EntityKind } from "../analysis/types";
import { Decision, describeDecisionImpact } from "../decisions/plan";
import { nameKey } from "../decisions/names";
import { APPLY_DECISION_COMMAND, OPEN_OTHER_SOURCES_COMMAND } from "../protocol";
import type { DiagnosticData } from "./diagnostics";
import { misspellingsIn } from "./misspellings";
import { spanToLocation, spanToRange } from "./positions";

/** Opening more editors than this at once helps no one; the Problems panel lists the rest. */
const MAX_SOURCES_OPENED = 8;

/**
 * A title with what the decision touches when that is more than the one place under the cursor:
 * "Not an entity: “Harbour” (removes 12 mentions in 4 articles)".
 */
export function titleWithImpact(title: string, impact: { summary: string; mentions: number; articles: number }): string {
  if (impact.mentions <= 1 && impact.articles <= 1) return title;
  const at = impact.summary.lastIndexOf(": ");
  return `${title} (${at === -1 ? impact.summary : impact.summary.slice(at + 2)})`;
}

function decisionAction(index: WorkspaceIndex, title: string, kind: string, decision: Decision, uri: string, diagnostics?: Diagnostic[]): CodeAction {
  // Ignoring a conflict touches that conflict only: its title stays short.
  const full = decision.type === "ignoreConflict" ? title : titleWithImpact(title, describeDecisionImpact(index.corpusAnalysis(), decision));
  return { title: full, kind, diagnostics, command: { title: full, command: APPLY_DECISION_COMMAND, arguments: [decision, { uri }] } };
}

const OTHER_KINDS: Record<EntityKind, EntityKind[]> = { person: ["place", "organization"], place: ["person", "organization"], organization: ["person", "place"] };

export function provideCodeActions(index: WorkspaceIndex, uri: string, range: Range, diagnostics: readonly Diagnostic[]): CodeAction[] {
  const entry = index.get(uri);
  if (!entry) return [];
  const from = entry.document.offsetAt(range.start);
  const to = entry.document.offsetAt(range.end);
  const actions: CodeAction[] = [];
  // Misspellings are recomputed from the index, so the fix works whether or not the client sent the diagnostic.
  for (const m of misspellingsIn(index, uri)) {
    if (m.end < from || m.start > to) continue;
    const diagnostic = diagnostics.find((d) => d.code === RULES.nameMisspelling && (d.data as DiagnosticData | undefined)?.rule === "name.misspelling" && entry.document.offsetAt(d.range.start) === m.start);
    actions.push({
      title: `Change “${m.word}” to “${m.replacement}”`,
      kind: CodeActionKind.QuickFix,
      isPreferred: true,
      diagnostics: diagnostic ? [diagnostic] : undefined,
      edit: { changes: { [uri]: [{ range: spanToRange(index, uri, m), newText: m.replacement }] } },
    });
  }
  const seen = new Set<string>();
  for (const claim of index.claimsIn(uri)) {
    if (claim.end < from || claim.start > to) continue;
    for (const conflict of index.conflictsOf(claim)) {
      if (seen.has(conflict.id)) continue;
      seen.add(conflict.id);
      // One location per other article (its first claim in the conflict), earliest article first.
      const perFile = new Map<string, Location>();
      for (const c of [...conflict.claims].sort((a, b) => index.rank(a.file) - index.rank(b.file) || a.start - b.start))
        if (c.file !== uri && index.has(c.file) && !perFile.has(c.file) && perFile.size < MAX_SOURCES_OPENED) perFile.set(c.file, spanToLocation(index, c.file, c));
      const others = [...perFile.values()];
      if (!others.length) continue;
      const command: Command = { title: "Open the other sources", command: OPEN_OTHER_SOURCES_COMMAND, arguments: others };
      const related = diagnostics.filter((d) => (d.data as DiagnosticData | undefined)?.rule !== "name.misspelling" && (d.data as { conflictId?: string } | undefined)?.conflictId === conflict.id);
      actions.push({
        title: `Open the other sources (${others.map((o) => index.outletOf(o.uri)).join(", ")})`,
        kind: CodeActionKind.QuickFix,
        diagnostics: related.length ? related : undefined,
        command,
      });
    }
  }
  // Ignore a conflict: from the claim under the cursor, or from a conflict diagnostic the client sent.
  const conflictIds = new Set<string>();
  for (const claim of index.claimsIn(uri)) if (claim.end >= from && claim.start <= to) for (const c of index.conflictsOf(claim)) if (!c.ignored) conflictIds.add(c.id);
  for (const d of diagnostics) {
    const id = (d.data as { conflictId?: unknown } | undefined)?.conflictId;
    if (typeof id === "string" && index.conflicts().some((c) => c.id === id)) conflictIds.add(id);
  }
  for (const id of conflictIds) {
    const related = diagnostics.filter((d) => (d.data as { conflictId?: string } | undefined)?.conflictId === id);
    actions.push(decisionAction(index, "Ignore this conflict (crosscheck.json)", CodeActionKind.QuickFix, { type: "ignoreConflict", conflictId: id }, uri, related.length ? related : undefined));
  }
  // Decisions about the entity under the cursor.
  const mention = index.mentionsIn(uri).find((m) => m.end >= from && m.start <= to && m.start <= from);
  if (mention) {
    const { entity } = mention;
    const written = nameKey(entry.document.getText().slice(mention.start, mention.end)) || nameKey(mention.mention.name);
    const spelling = nameKey(mention.mention.name) || written;
    const refactor = CodeActionKind.Refactor;
    actions.push(decisionAction(index, `Not an entity: “${written}”`, refactor, { type: "notEntity", text: written }, uri));
    for (const kind of OTHER_KINDS[entity.kind]) actions.push(decisionAction(index, `Change kind to ${kind}`, refactor, { type: "changeKind", entityId: entity.id, kind }, uri));
    if (!entity.confirmed) actions.push(decisionAction(index, `Confirm entity ${entity.name}`, refactor, { type: "confirm", entityId: entity.id }, uri));
    const spellings = new Set(entity.mentions.map((m) => nameKey(m.name)));
    if (spellings.size > 1) actions.push(decisionAction(index, `Split “${spelling}” off into its own entity`, refactor, { type: "split", entityId: entity.id, spelling }, uri));
  }
  return actions;
}
