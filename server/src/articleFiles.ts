/**
 * Finding and reading article files, shared by the language server and the CLI so that both accept and
 * refuse the same files for the same reasons. Node's fs only; no LSP imports.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import picomatch from "picomatch";

/** Which workspace files are articles when the user has not said otherwise (setting `crosscheck.files`). */
export const DEFAULT_ARTICLE_GLOBS: readonly string[] = ["**/*.article", "**/*.news"];

/** Files above this many bytes are skipped by the CLI and indexed only up to it by the server. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/** Folders that never hold the user's articles and are expensive to walk. */
const SKIPPED_FOLDERS = new Set(["node_modules", ".git", ".hg", ".svn", ".vscode-test", "dist", "out"]);

export type DecodeResult =
  | { ok: true; text: string; truncated: boolean }
  | { ok: false; reason: string };

export interface DecodeOptions {
  maxBytes?: number;
  /** Keep the first `maxBytes` (cut at a character boundary) instead of refusing a larger file. */
  truncate?: boolean;
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/**
 * Turns a file's bytes into article text, or says in a few words why it is not an article:
 * empty, binary (a NUL byte), not UTF-8, or too large.
 */
export function decodeArticleBytes(bytes: Uint8Array, options: DecodeOptions = {}): DecodeResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length === 0) return { ok: false, reason: "empty file" };
  let truncated = false;
  if (bytes.length > maxBytes) {
    if (!options.truncate) return { ok: false, reason: `larger than ${formatBytes(maxBytes)} (${formatBytes(bytes.length)})` };
    bytes = bytes.subarray(0, utf8Boundary(bytes, maxBytes));
    truncated = true;
  }
  // A NUL byte does not occur in text; checking only the start keeps this cheap on large files.
  if (bytes.subarray(0, 8192).includes(0)) return { ok: false, reason: "binary file (contains NUL bytes)" };
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    return { ok: false, reason: "not UTF-8 text" };
  }
  if (text.trim() === "") return { ok: false, reason: "empty file" };
  return { ok: true, text, truncated };
}

/** Reads and decodes one file; I/O errors become a reason rather than an exception. */
export function readArticleFile(file: string, options: DecodeOptions = {}): DecodeResult {
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) return { ok: false, reason: "not a regular file" };
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    if (stat.size > maxBytes && !options.truncate)
      return { ok: false, reason: `larger than ${formatBytes(maxBytes)} (${formatBytes(stat.size)})` };
    return decodeArticleBytes(readAtMost(file, options.truncate ? maxBytes + 4 : stat.size), options);
  } catch (error) {
    return { ok: false, reason: `cannot read: ${(error as Error).message}` };
  }
}

export interface FindOptions {
  /** Globs added to `globs` (the CLI adds `**\/*.txt` for a folder named explicitly). */
  extraGlobs?: readonly string[];
  /** Globs of files and folders never to read. */
  exclude?: readonly string[];
}

/** Every file under `root` whose path relative to `root` matches one of the globs, sorted, without following links. */
export function findArticleFiles(root: string, globs: readonly string[], options: FindOptions = {}): string[] {
  const isArticle = picomatch([...globs, ...(options.extraGlobs ?? [])], { dot: false });
  const isExcluded = options.exclude?.length ? picomatch([...options.exclude]) : () => false;
  const found: string[] = [];
  const walk = (dir: string): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return; // unreadable folder: nothing to index there
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      const relative = path.relative(root, full).split(path.sep).join("/");
      if (isExcluded(relative)) continue;
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name) && !entry.name.startsWith(".")) walk(full);
      } else if (entry.isFile() && isArticle(relative)) {
        found.push(full);
      }
    }
  };
  walk(root);
  return found.sort();
}

/** A matcher for one folder's globs, for the server to test a single changed file. */
export function articleMatcher(globs: readonly string[]): (relativePath: string) => boolean {
  return picomatch([...globs], { dot: false });
}

function readAtMost(file: string, limit: number): Uint8Array {
  const fd = fs.openSync(file, "r");
  try {
    const buffer = Buffer.alloc(limit);
    const read = fs.readSync(fd, buffer, 0, limit, 0);
    return buffer.subarray(0, read);
  } finally {
    fs.closeSync(fd);
  }
}

/** The largest index <= limit that does not split a UTF-8 sequence. */
function utf8Boundary(bytes: Uint8Array, limit: number): number {
  let i = limit;
  while (i > 0 && (bytes[i] & 0xc0) === 0x80) i--;
  return i;
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}
