/**
 * Which files are articles, from the client's side: the `crosscheck.files` globs (relative to each
 * workspace folder) decide which documents the language client sends to the server, and which plain-text
 * files open in the `news-article` mode so that they get its grammar and commands.
 */
import * as path from "node:path";
import picomatch from "picomatch";
import * as vscode from "vscode";
import type { DocumentSelector } from "vscode-languageclient/node";

export const ARTICLE_LANGUAGE = "news-article";
export const FILES_SETTING = "files";
const DEFAULT_GLOBS = ["**/*.article", "**/*.news"];

/** The configured globs for a folder, with anything that is not a non-empty string dropped. */
export function articleGlobs(folder?: vscode.WorkspaceFolder): string[] {
  const value = vscode.workspace.getConfiguration("crosscheck", folder?.uri).get<unknown>(FILES_SETTING);
  if (!Array.isArray(value)) return DEFAULT_GLOBS;
  return value.filter((glob): glob is string => typeof glob === "string" && glob.trim() !== "");
}

/**
 * The language client's document selector: the article language, plus every file that a folder's globs
 * match (whatever language the user opened it in). Absolute patterns because the globs are relative to
 * their own folder.
 */
export function articleDocumentSelector(): DocumentSelector {
  // Only real files and new untitled buffers: virtual documents in the article language (the refactor
  // preview's, a diff's other side) must not be indexed as more articles.
  const selector: DocumentSelector = [
    { scheme: "file", language: ARTICLE_LANGUAGE },
    { scheme: "untitled", language: ARTICLE_LANGUAGE },
  ];
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    if (folder.uri.scheme !== "file") continue;
    const base = folder.uri.fsPath.split(path.sep).join("/");
    for (const glob of articleGlobs(folder)) {
      selector.push({ scheme: "file", pattern: `${escapeGlob(base)}/${glob.replace(/^\.?\//, "")}` });
    }
  }
  return selector;
}

/** True when a file is an article by the globs of the workspace folder that holds it. */
export function isArticleFile(uri: vscode.Uri): boolean {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder) return false;
  const relative = path.relative(folder.uri.fsPath, uri.fsPath).split(path.sep).join("/");
  if (relative === "" || relative.startsWith("../")) return false;
  const globs = articleGlobs(folder);
  return globs.length > 0 && picomatch(globs, { dot: true })(relative);
}

/**
 * A glob that matches exactly one file, relative to its folder: glob syntax characters in the name are
 * escaped so that "notes [draft].txt" does not become a character class.
 */
export function globForFile(folder: vscode.WorkspaceFolder, uri: vscode.Uri): string {
  const relative = path.relative(folder.uri.fsPath, uri.fsPath).split(path.sep).join("/");
  return escapeGlob(relative);
}

function escapeGlob(text: string): string {
  return text.replace(/[*?[\]{}()!+@]/g, (character) => `[${character}]`);
}

/**
 * Opens plain-text files that the globs name as articles in the article language. Only `plaintext` is
 * switched: a user who chose another mode for a file keeps it.
 */
export function registerArticleLanguage(): vscode.Disposable {
  const adopt = (document: vscode.TextDocument): void => {
    if (document.languageId !== "plaintext" || document.uri.scheme !== "file") return;
    if (!isArticleFile(document.uri)) return;
    void vscode.languages.setTextDocumentLanguage(document, ARTICLE_LANGUAGE).then(undefined, () => undefined);
  };
  vscode.workspace.textDocuments.forEach(adopt);
  return vscode.Disposable.from(
    vscode.workspace.onDidOpenTextDocument(adopt),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(`crosscheck.${FILES_SETTING}`)) vscode.workspace.textDocuments.forEach(adopt);
    }),
  );
}

/**
 * Makes a file an article: adds a glob naming it to `crosscheck.files` in the settings of its workspace
 * folder (so the server indexes it from now on, open or not) and switches its editor to the article mode.
 */
export async function treatAsArticle(document: vscode.TextDocument): Promise<string> {
  const folder = vscode.workspace.getWorkspaceFolder(document.uri);
  if (!folder || document.uri.scheme !== "file") {
    throw new Error("Only files inside a workspace folder can be articles: open the folder that holds it first.");
  }
  if (!isArticleFile(document.uri)) {
    const glob = globForFile(folder, document.uri);
    const configuration = vscode.workspace.getConfiguration("crosscheck", folder.uri);
    const current = articleGlobs(folder);
    // One folder: workspace settings (.vscode/settings.json); several: that folder's own settings.
    const target =
      (vscode.workspace.workspaceFolders?.length ?? 0) > 1
        ? vscode.ConfigurationTarget.WorkspaceFolder
        : vscode.ConfigurationTarget.Workspace;
    await configuration.update(FILES_SETTING, [...current, glob], target);
  }
  if (document.languageId !== ARTICLE_LANGUAGE) {
    await vscode.languages.setTextDocumentLanguage(document, ARTICLE_LANGUAGE);
  }
  return path.basename(document.uri.fsPath);
}
