/**
 * "Crosscheck: Export Annotations…": the editor's `crosscheck export`. Asks for a format and a folder, then
 * has the server (which holds the index) write the files there.
 */
import * as vscode from "vscode";
import { EXPORT_ANNOTATIONS_COMMAND, type ExportAnnotationsResult } from "../../server/src/protocol";

const FORMATS: (vscode.QuickPickItem & { format: string })[] = [
  { label: "brat standoff", description: ".ann beside a copy of each article, plus annotation.conf", format: "brat" },
  { label: "CoNLL-2003", description: "token and BIO tag columns, one document per article", format: "conll" },
  { label: "JSONL", description: "one article per line with its mentions and claims", format: "jsonl" },
  { label: "CSV", description: "one row per entity with spellings and mentions per outlet", format: "csv" },
];

export async function exportAnnotationsInteractively(): Promise<void> {
  const picked = await vscode.window.showQuickPick(FORMATS, { title: "Export Crosscheck annotations as…" });
  if (!picked) return;
  const folders = await vscode.window.showOpenDialog({
    title: "Folder to export into",
    canSelectFiles: false,
    canSelectFolders: true,
    canSelectMany: false,
    openLabel: "Export here",
    defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
  });
  const folder = folders?.[0];
  if (!folder) return;
  // The language client registers the server's command under the same id; it forwards the call.
  const result = await vscode.commands.executeCommand<ExportAnnotationsResult | null>(EXPORT_ANNOTATIONS_COMMAND, picked.format, folder.toString());
  if (!result) throw new Error("the language server is not running.");
  if (!result.ok) throw new Error(`export refused: ${result.reason}`);
  void vscode.window.showInformationMessage(`Crosscheck: exported ${result.articles} articles as ${picked.label} (${result.files} files) to ${folder.fsPath}.`);
}
