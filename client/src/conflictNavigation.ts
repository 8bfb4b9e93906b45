/**
 * Next/previous conflict across every article: walks the server's conflict diagnostics in a stable order
 * (article, then position) from the cursor, wrapping around, and opens the one it lands on with its hover.
 */
import * as vscode from "vscode";

export const DIAGNOSTIC_SOURCE = "crosscheck";

export interface ConflictLocation {
  uri: vscode.Uri;
  diagnostic: vscode.Diagnostic;
}

/**
 * A conflict diagnostic: from Crosscheck, and either coded as a conflict or pointing at another outlet's
 * claim. Misspelling hints and other single-article notes are not conflicts.
 */
export function isConflictDiagnostic(diagnostic: vscode.Diagnostic): boolean {
  if (diagnostic.source !== DIAGNOSTIC_SOURCE) return false;
  const code = typeof diagnostic.code === "object" ? diagnostic.code.value : diagnostic.code;
  if (code !== undefined && /conflict/i.test(String(code))) return true;
  return (diagnostic.relatedInformation?.length ?? 0) > 0 && diagnostic.severity !== vscode.DiagnosticSeverity.Hint;
}

/** Every conflict diagnostic in the workspace, ordered by article path then position. */
export function allConflicts(): ConflictLocation[] {
  const result: ConflictLocation[] = [];
  for (const [uri, diagnostics] of vscode.languages.getDiagnostics()) {
    for (const diagnostic of diagnostics) {
      if (isConflictDiagnostic(diagnostic)) result.push({ uri, diagnostic });
    }
  }
  return result.sort(compareLocations);
}

function compareLocations(a: ConflictLocation, b: ConflictLocation): number {
  const byUri = a.uri.toString().localeCompare(b.uri.toString());
  if (byUri !== 0) return byUri;
  return a.diagnostic.range.start.compareTo(b.diagnostic.range.start);
}

/**
 * The conflict after (or before) a position. `here` is the active editor's document and cursor; without
 * one, the first (or last) conflict.
 */
export function pickConflict(
  conflicts: readonly ConflictLocation[],
  here: { uri: vscode.Uri; position: vscode.Position } | undefined,
  direction: 1 | -1,
): ConflictLocation | undefined {
  if (conflicts.length === 0) return undefined;
  if (!here) return direction === 1 ? conflicts[0] : conflicts[conflicts.length - 1];
  const hereUri = here.uri.toString();
  const isAfter = (location: ConflictLocation): boolean => {
    const order = location.uri.toString().localeCompare(hereUri);
    return order > 0 || (order === 0 && location.diagnostic.range.start.isAfter(here.position));
  };
  const isBefore = (location: ConflictLocation): boolean => {
    const order = location.uri.toString().localeCompare(hereUri);
    return order < 0 || (order === 0 && location.diagnostic.range.start.isBefore(here.position));
  };
  if (direction === 1) return conflicts.find(isAfter) ?? conflicts[0];
  for (let index = conflicts.length - 1; index >= 0; index--) {
    if (isBefore(conflicts[index])) return conflicts[index];
  }
  return conflicts[conflicts.length - 1];
}

export async function goToConflict(direction: 1 | -1): Promise<void> {
  const conflicts = allConflicts();
  const editor = vscode.window.activeTextEditor;
  // The selection's start: after a jump the conflict itself is selected, and must not be found again.
  const here = editor ? { uri: editor.document.uri, position: editor.selection.start } : undefined;
  const target = pickConflict(conflicts, here, direction);
  if (!target) {
    void vscode.window.showInformationMessage("Crosscheck found no conflicts between the articles.");
    return;
  }
  const index = conflicts.indexOf(target) + 1;
  const opened = await vscode.window.showTextDocument(target.uri, {
    selection: target.diagnostic.range,
    preview: false,
  });
  opened.revealRange(target.diagnostic.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  vscode.window.setStatusBarMessage(`Conflict ${index} of ${conflicts.length}: ${target.diagnostic.message}`, 5000);
  await vscode.commands.executeCommand("editor.action.showHover");
}
