/**
 * CSV (RFC 4180: comma-separated, double quotes doubled, CRLF line ends), one row per entity: id, kind,
 * display name, confirmed (yes/no), spellings (separated by "; "), total mentions and articles, then one
 * column of mention counts per outlet (the article's outlet, or its file name when the outlet is unknown).
 */
import * as path from "node:path";
import { CorpusAnalysis } from "../analysis/types";
import { ExportFile } from "./model";

export function exportCsv(corpus: CorpusAnalysis): ExportFile[] {
  const outletOf = new Map(corpus.articles.map(({ article }) => [article.file, article.outlet ?? path.basename(article.file)]));
  const outlets = [...new Set(outletOf.values())];
  const header = ["id", "kind", "name", "confirmed", "spellings", "mentions", "articles", ...outlets.map((o) => `mentions: ${o}`)];
  const rows = corpus.entities.map((e) => {
    const perOutlet = new Map<string, number>();
    for (const m of e.mentions) {
      const o = outletOf.get(m.file) ?? path.basename(m.file);
      perOutlet.set(o, (perOutlet.get(o) ?? 0) + 1);
    }
    // From the mentions themselves, so the column is right whatever the linker put in `spellings`.
    const spellings = [...new Set(e.mentions.map((m) => m.name))];
    return [e.id, e.kind, e.name, e.confirmed ? "yes" : "no", spellings.join("; "), String(e.mentions.length), String(new Set(e.mentions.map((m) => m.file)).size), ...outlets.map((o) => String(perOutlet.get(o) ?? 0))];
  });
  const content = [header, ...rows].map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
  return [{ path: "entities.csv", content }];
}

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value;
}
