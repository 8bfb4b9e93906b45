/**
 * Document symbols (the Outline): the headline, the sections (subheads), then People, Places and
 * Organizations mentioned in the article, each entity spanning its mentions here.
 */
import { DocumentSymbol, SymbolKind } from "vscode-languageserver";
import type { Entity, EntityKind, Span } from "../analysis/types";
import type { WorkspaceIndex } from "../index/workspaceIndex";
import { spanToRange } from "./positions";
import { ENTITY_SYMBOL_KIND, KIND_GROUP_LABEL } from "./symbolKinds";

/** Outline labels must be non-empty single lines. */
function label(text: string, fallback: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line ? (line.length > 120 ? `${line.slice(0, 119)}…` : line) : fallback;
}

export function provideDocumentSymbols(index: WorkspaceIndex, uri: string): DocumentSymbol[] {
  const entry = index.get(uri);
  if (!entry) return [];
  const { article } = entry.analysis;
  const symbol = (name: string, kind: SymbolKind, span: Span, selection: Span = span, detail?: string, children?: DocumentSymbol[]): DocumentSymbol => ({
    name,
    kind,
    detail,
    range: spanToRange(index, uri, span),
    selectionRange: spanToRange(index, uri, selection),
    ...(children ? { children } : {}),
  });
  const symbols: DocumentSymbol[] = [];
  if (article.headline) symbols.push(symbol(label(article.headline.text, "Headline"), SymbolKind.File, article.headline, article.headline, "headline"));
  const subheads = article.blocks.filter((b) => b.kind === "subhead");
  subheads.forEach((block, i) => {
    const end = i + 1 < subheads.length ? subheads[i + 1].start : article.text.length;
    symbols.push(symbol(label(article.text.slice(block.start, block.end), "Section"), SymbolKind.Module, { start: block.start, end: Math.max(block.end, end) }, block, "section"));
  });
  const byEntity = new Map<Entity, Span[]>();
  for (const ref of index.mentionsIn(uri)) {
    const spans = byEntity.get(ref.entity);
    if (spans) spans.push(ref);
    else byEntity.set(ref.entity, [ref]);
  }
  for (const kind of ["person", "place", "organization"] as EntityKind[]) {
    const children: DocumentSymbol[] = [];
    let groupStart = Infinity;
    let groupEnd = -Infinity;
    for (const [entity, spans] of byEntity) {
      if (entity.kind !== kind) continue;
      const start = spans[0].start;
      const end = spans[spans.length - 1].end;
      groupStart = Math.min(groupStart, start);
      groupEnd = Math.max(groupEnd, end);
      children.push(symbol(label(entity.name, "?"), ENTITY_SYMBOL_KIND[kind], { start, end }, spans[0], `${spans.length} mention${spans.length === 1 ? "" : "s"}`));
    }
    if (!children.length) continue;
    children.sort((a, b) => a.selectionRange.start.line - b.selectionRange.start.line || a.selectionRange.start.character - b.selectionRange.start.character);
    symbols.push(symbol(KIND_GROUP_LABEL[kind], SymbolKind.Namespace, { start: groupStart, end: groupEnd }, { start: groupStart, end: groupStart }, `${children.length}`, children));
  }
  return symbols;
}
