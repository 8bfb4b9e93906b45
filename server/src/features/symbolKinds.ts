/** How entity kinds appear as LSP symbols (Outline, Go to Symbol). */
import { SymbolKind } from "vscode-languageserver";
import type { EntityKind } from "../analysis/types";

export const ENTITY_SYMBOL_KIND: Record<EntityKind, SymbolKind> = {
  person: SymbolKind.Object,
  place: SymbolKind.Package,
  organization: SymbolKind.Struct,
};

export const KIND_GROUP_LABEL: Record<EntityKind, string> = { person: "People", place: "Places", organization: "Organizations" };

/** Case- and accent-insensitive form for matching user queries against spellings ("Tsikhanouskaya" ~ "tsikhanouskaya"). */
export function foldForSearch(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}
