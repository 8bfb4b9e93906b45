/**
 * Code actions: replace a possible misspelling with the spelling the article uses elsewhere (a preferred
 * quick fix), and "Open the other sources" on a conflict (a server command that asks the client to show
 * each other outlet's claim with `window/showDocument`).
 */
import { CodeAction, CodeActionKind, Command, Diagnostic, Location, Range } from "vscode-languageserver";
import { RULES } from "../analysis/rules";
import type { WorkspaceIndex } from "../index/workspaceIndex";
import { OPEN_OTHER_SOURCES_COMMAND } from "../protocol";
import type { DiagnosticData } from "./diagnostics";
import { misspellingsIn } from "./misspellings";
import { spanToLocation, spanToRange } from "./positions";

/** Opening more editors than this at once helps no one; the Problems panel lists the rest. */
const MAX_SOURCES_OPENED = 8;

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
  return actions;
}
