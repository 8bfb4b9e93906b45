/**
 * JSON Lines: one article per line, self-contained: its text, its mentions (offsets, kind, cross-article
 * entity id) and its claims. Offsets are Unicode code points into `text`, as Python (and doccano, spaCy,
 * Prodigy, which read such files) counts them: `text[start:end]` in Python is the mention's `text`.
 * Every line says so in `offsetUnit`.
 */
import { CorpusAnalysis } from "../analysis/types";
import { ExportFile, exportArticles, offsetMapper } from "./model";

export function exportJsonl(corpus: CorpusAnalysis, displayPath: (file: string) => string = (f) => f): ExportFile[] {
  const lines = exportArticles(corpus).map((a) => {
    const { article } = a.analysis;
    const at = offsetMapper(article.text);
    return JSON.stringify({
      file: displayPath(article.file),
      outlet: article.outlet,
      headline: article.headline?.text ?? null,
      date: article.date,
      authors: article.authors,
      offsetUnit: "codepoint",
      text: article.text,
      mentions: a.mentions.map((m) => ({ start: at.map(m.start), end: at.map(m.end), text: m.text, kind: m.kind, entity: m.entityId })),
      claims: a.claims.map((c) => ({
        start: at.map(c.start),
        end: at.map(c.end),
        text: c.text,
        value: c.value,
        low: c.low,
        high: c.high,
        qualifier: c.qualifier,
        unit: c.unit,
        quantity: c.quantity,
        ...(c.entityId ? { entity: c.entityId } : {}),
      })),
    });
  });
  return [{ path: "corpus.jsonl", content: lines.length ? lines.join("\n") + "\n" : "" }];
}
