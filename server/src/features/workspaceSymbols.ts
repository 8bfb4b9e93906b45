/** Workspace symbols: people, places and organizations whose spelling in any article contains the query. */
import type { SymbolInformation } from "vscode-languageserver";
import type { CancellationFlag, Entity } from "../analysis/types";
import { throwIfCancelled } from "../handlerWrapper";
import type { WorkspaceIndex } from "../index/workspaceIndex";
import { provideDefinitionOf } from "./definition";
import { ENTITY_SYMBOL_KIND, foldForSearch } from "./symbolKinds";

/** Enough for any picker; keeps a one-letter query on a huge workspace cheap to send. */
export const MAX_WORKSPACE_SYMBOLS = 1000;

interface SearchEntry {
  entity: Entity;
  spellings: { text: string; folded: string }[];
}

const tables = new WeakMap<WorkspaceIndex, { generation: number; entries: SearchEntry[] }>();

function searchTable(index: WorkspaceIndex): SearchEntry[] {
  const cached = tables.get(index);
  if (cached && cached.generation === index.generation) return cached.entries;
  const entries = [...index.entities()]
    .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name))
    .map((entity) => {
      const names = new Set([entity.name, ...entity.mentions.map((m) => m.name)]);
      return { entity, spellings: [...names].map((text) => ({ text, folded: foldForSearch(text) })) };
    });
  tables.set(index, { generation: index.generation, entries });
  return entries;
}

export function provideWorkspaceSymbols(index: WorkspaceIndex, query: string, token?: CancellationFlag): SymbolInformation[] {
  const folded = foldForSearch(query.trim());
  const out: SymbolInformation[] = [];
  const entries = searchTable(index);
  for (let i = 0; i < entries.length && out.length < MAX_WORKSPACE_SYMBOLS; i++) {
    if ((i & 1023) === 0) throwIfCancelled(token);
    const { entity, spellings } = entries[i];
    const hit = folded === "" ? spellings[0] : spellings.find((s) => s.folded.includes(folded));
    if (!hit) continue;
    const location = provideDefinitionOf(index, entity);
    if (!location) continue;
    const others = spellings.filter((s) => s.text !== entity.name).map((s) => s.text);
    out.push({
      name: entity.name,
      kind: ENTITY_SYMBOL_KIND[entity.kind],
      location,
      // Pickers show the container beside the name: the other spellings make a variant query's hit obvious.
      containerName: others.length ? `${entity.kind} · ${others.slice(0, 4).join(", ")}` : entity.kind,
    });
  }
  return out;
}
