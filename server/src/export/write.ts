/**
 * Writing an export to disk, shared by `crosscheck export` and the editor's export command. An export
 * writes copies of the articles (brat's `.txt` files); a folder that holds the articles themselves must
 * never have them overwritten, so any target that is one of the analysed articles refuses the whole export
 * before anything is written.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { ExportFile } from "./model";

export type WriteExportResult = { ok: true; written: number } | { ok: false; reason: string };

export function writeExportFiles(outFolder: string, files: readonly ExportFile[], articlePaths: Iterable<string>): WriteExportResult {
  const protectedPaths = new Set([...articlePaths].map((p) => path.resolve(p)));
  const targets = files.map((file) => ({ target: path.resolve(outFolder, file.path), content: file.content }));
  const clash = targets.find(({ target }) => protectedPaths.has(target));
  if (clash) return { ok: false, reason: `the export would overwrite the article ${clash.target}; choose another folder` };
  const escaping = targets.find(({ target }) => !target.startsWith(path.resolve(outFolder) + path.sep));
  if (escaping) return { ok: false, reason: `the export would write outside ${outFolder}: ${escaping.target}` };
  for (const { target, content } of targets) {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, content);
  }
  return { ok: true, written: targets.length };
}
