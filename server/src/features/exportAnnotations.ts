/**
 * `crosscheck.exportAnnotations` (workspace/executeCommand): the editor's way to `crosscheck export`. The
 * client picks a format and a folder; the server exports what it has indexed, with the same writer as the
 * CLI, which refuses to overwrite any indexed article.
 */
import { CorpusAnalysis } from "../analysis/types";
import { EXPORT_FORMATS, ExportFormat, exportCorpus } from "../export/index";
import { writeExportFiles } from "../export/write";
import { fileLabel, uriToPath } from "../index/uris";
import type { ExportAnnotationsResult } from "../protocol";

export function exportAnnotations(corpus: CorpusAnalysis, args: readonly unknown[]): ExportAnnotationsResult {
  const [format, folderUri] = args;
  if (typeof format !== "string" || !EXPORT_FORMATS.includes(format as ExportFormat))
    return { ok: false, reason: `the export format must be one of ${EXPORT_FORMATS.join(", ")}` };
  const folder = typeof folderUri === "string" ? uriToPath(folderUri) : undefined;
  if (!folder) return { ok: false, reason: "the export needs a folder on disk (a file: URI)" };
  if (corpus.articles.length === 0) return { ok: false, reason: "there are no indexed articles to export" };
  const files = exportCorpus(corpus, format as ExportFormat, fileLabel);
  const articlePaths = corpus.articles.map(({ article }) => uriToPath(article.file) ?? article.file);
  const written = writeExportFiles(folder, files, articlePaths);
  if (!written.ok) return { ok: false, reason: written.reason };
  return { ok: true, files: written.written, articles: corpus.articles.length, folder: folderUri as string };
}
