/**
 * Turns the CLI's file and folder arguments into article sources. Folders are read recursively by the
 * article globs, plus `*.txt` since the user named the folder explicitly; a file named explicitly is read
 * whatever its extension. Files that are not articles are skipped with one line each through `warn`.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { DEFAULT_ARTICLE_GLOBS, findArticleFiles, readArticleFile } from "../articleFiles";
import { ArticleSource } from "../analysis/types";

export interface InputOptions {
  globs?: readonly string[];
  maxBytes: number;
  warn: (line: string) => void;
}

export function collectArticleSources(args: readonly string[], options: InputOptions): ArticleSource[] {
  const files: string[] = [];
  for (const arg of args) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(arg);
    } catch {
      options.warn(`${arg}: skipped: no such file or folder`);
      continue;
    }
    if (stat.isDirectory()) files.push(...findArticleFiles(arg, options.globs ?? DEFAULT_ARTICLE_GLOBS, { extraGlobs: ["**/*.txt"] }));
    else files.push(arg);
  }
  const seen = new Set<string>();
  const sources: ArticleSource[] = [];
  for (const file of files) {
    const key = path.resolve(file);
    if (seen.has(key)) continue;
    seen.add(key);
    const read = readArticleFile(file, { maxBytes: options.maxBytes });
    if (read.ok) sources.push({ file, text: read.text });
    else options.warn(`${file}: skipped: ${read.reason}`);
  }
  return sources;
}
