/** Find all references: every mention of the entity under the cursor, in every article, in reading order. */
import type { Location } from "vscode-languageserver";
import type { CancellationFlag } from "../analysis/types";
import { throwIfCancelled } from "../handlerWrapper";
import type { WorkspaceIndex } from "../index/workspaceIndex";
import { spanToLocation } from "./positions";

export function provideReferences(index: WorkspaceIndex, uri: string, offset: number, token?: CancellationFlag): Location[] {
  const ref = index.mentionAt(uri, offset);
  if (!ref) return [];
  const mentions = index.orderedMentions(ref.entity);
  const locations: Location[] = [];
  for (let i = 0; i < mentions.length; i++) {
    if ((i & 1023) === 0) throwIfCancelled(token);
    locations.push(spanToLocation(index, mentions[i].file, mentions[i]));
  }
  return locations;
}
