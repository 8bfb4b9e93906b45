/** File URI helpers. Every URI the index stores goes through `canonicalUri`, so a file found on disk and the
 * same file opened by the client (whose encoder may escape differently) share one key. */
import * as path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith("file:")) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export function pathToUri(file: string): string {
  return pathToFileURL(file).href;
}

export function canonicalUri(uri: string): string {
  const file = uriToPath(uri);
  return file === undefined ? uri : pathToUri(file);
}

/** A short, human name for an article when it names no outlet: its file name without extension. */
export function fileLabel(uri: string): string {
  const file = uriToPath(uri) ?? decodeURIComponent(uri.replace(/[?#].*$/, ""));
  const base = path.basename(file);
  const ext = path.extname(base);
  return ext && ext !== base ? base.slice(0, -ext.length) : base;
}

/** The path of `uri` relative to `folderUri` with forward slashes, or undefined when it is not inside. */
export function relativeTo(folderUri: string, uri: string): string | undefined {
  const folder = uriToPath(folderUri);
  const file = uriToPath(uri);
  if (folder === undefined || file === undefined) return undefined;
  const rel = path.relative(folder, file);
  if (rel === "" || rel.startsWith("..") || path.isAbsolute(rel)) return undefined;
  return rel.split(path.sep).join("/");
}
