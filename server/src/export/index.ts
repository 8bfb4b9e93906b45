/** `crosscheck export`: the analysis in formats other annotation tools read. Pure: returns files, writes none. */
import { CorpusAnalysis } from "../analysis/types";
import { exportBrat } from "./brat";
import { exportConll } from "./conll";
import { exportCsv } from "./csv";
import { exportJsonl } from "./jsonl";
import { ExportFile } from "./model";

export type ExportFormat = "brat" | "conll" | "jsonl" | "csv";
export const EXPORT_FORMATS: readonly ExportFormat[] = ["brat", "conll", "jsonl", "csv"];

export function exportCorpus(corpus: CorpusAnalysis, format: ExportFormat, displayPath?: (file: string) => string): ExportFile[] {
  switch (format) {
    case "brat":
      return exportBrat(corpus);
    case "conll":
      return exportConll(corpus);
    case "jsonl":
      return exportJsonl(corpus, displayPath);
    case "csv":
      return exportCsv(corpus);
  }
}

export type { ExportFile } from "./model";
