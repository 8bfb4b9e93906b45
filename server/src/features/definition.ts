/** Go to definition on a name: the entity's first mention in the earliest article (by date, then URI). */
import type { Location } from "vscode-languageserver";
import type { Entity } from "../analysis/types";
import type { WorkspaceIndex } from "../index/workspaceIndex";
import { spanToLocation } from "./positions";

/** Where an entity is first mentioned, in reading order. */
export function provideDefinitionOf(index: WorkspaceIndex, entity: Entity): Location | null {
  let first = entity.mentions[0];
  if (!first) return null;
  for (const mention of entity.mentions) {
    const order = index.rank(mention.file) - index.rank(first.file) || mention.start - first.start;
    if (order < 0) first = mention;
  }
  return spanToLocation(index, first.file, first);
}

export function provideDefinition(index: WorkspaceIndex, uri: string, offset: number): Location | null {
  const ref = index.mentionAt(uri, offset);
  return ref ? provideDefinitionOf(index, ref.entity) : null;
}
