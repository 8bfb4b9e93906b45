/** Conversions between the core's UTF-16 offsets and LSP positions, through each article's TextDocument
 * (which handles CRLF, lone CR and surrogate pairs the way LSP counts them). */
import type { Location, Position, Range } from "vscode-languageserver";
import type { Span } from "../analysis/types";
import type { WorkspaceIndex } from "../index/workspaceIndex";

export function spanToRange(index: WorkspaceIndex, uri: string, span: Span): Range {
  const document = index.get(uri)?.document;
  if (!document) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return { start: document.positionAt(span.start), end: document.positionAt(span.end) };
}

export function spanToLocation(index: WorkspaceIndex, uri: string, span: Span): Location {
  return { uri, range: spanToRange(index, uri, span) };
}

/** The offset of an LSP position in an indexed article, or undefined when the article is unknown. */
export function offsetAt(index: WorkspaceIndex, uri: string, position: Position): number | undefined {
  const document = index.get(uri)?.document;
  if (!document) return undefined;
  // Reject malformed positions early: TextDocument would clamp them silently, but a non-number is a client bug.
  if (typeof position?.line !== "number" || typeof position?.character !== "number") throw new TypeError("Invalid position");
  return document.offsetAt(position);
}

/** A `file:` link that opens a location in editors that understand `#L<line>,<column>` (one-based). */
export function locationLink(location: Location): string {
  return `${location.uri}#L${location.range.start.line + 1},${location.range.start.character + 1}`;
}
