/** Document highlights: the mentions of the entity under the cursor in this article. */
import { DocumentHighlight, DocumentHighlightKind } from "vscode-languageserver";
import type { WorkspaceIndex } from "../index/workspaceIndex";
import { spanToRange } from "./positions";

export function provideDocumentHighlights(index: WorkspaceIndex, uri: string, offset: number): DocumentHighlight[] {
  const ref = index.mentionAt(uri, offset);
  if (!ref) return [];
  return index
    .mentionsIn(uri)
    .filter((other) => other.entity === ref.entity)
    .map((other) => ({ range: spanToRange(index, uri, other), kind: DocumentHighlightKind.Text }));
}
