/**
 * Rename one spelling of an entity across all articles. Only the occurrences of the chosen spelling inside
 * that entity's mentions change (never another entity's names, never the same letters elsewhere), as a
 * workspace edit whose changes need confirmation, so the editor shows a preview the user reviews.
 */
import type { Range, TextEdit, WorkspaceEdit } from "vscode-languageserver";
import type { ChangeAnnotation, TextDocumentEdit } from "vscode-languageserver";
import type { Entity } from "../analysis/types";
import { RefusalError } from "../handlerWrapper";
import type { WorkspaceIndex, MentionRef } from "../index/workspaceIndex";
import { spanToRange } from "./positions";

export interface RenameCapabilities {
  documentChanges: boolean;
  changeAnnotations: boolean;
}

interface Occurrence {
  uri: string;
  start: number;
  end: number;
}

const LETTER = /[\p{L}\p{M}\p{N}]/u;

/** The chosen spelling: the cleaned name where it appears in the mention, else the mention as written. */
function spellingAt(index: WorkspaceIndex, uri: string, ref: MentionRef): { start: number; end: number; text: string } {
  const text = index.get(uri)?.analysis.article.text ?? "";
  const surface = text.slice(ref.start, ref.end);
  const at = ref.mention.name ? surface.indexOf(ref.mention.name) : -1;
  if (at >= 0) return { start: ref.start + at, end: ref.start + at + ref.mention.name.length, text: ref.mention.name };
  return { start: ref.start, end: ref.end, text: surface };
}

export function prepareRename(index: WorkspaceIndex, uri: string, offset: number): { range: Range; placeholder: string } {
  const ref = index.mentionAt(uri, offset);
  if (!ref) throw new RefusalError("Place the cursor on the name of a person, place or organization to rename it.");
  const spelling = spellingAt(index, uri, ref);
  return { range: spanToRange(index, uri, spelling), placeholder: spelling.text };
}

/** Every whole-word occurrence of `spelling` inside the entity's mentions. */
function occurrences(index: WorkspaceIndex, entity: Entity, spelling: string): Occurrence[] {
  const found: Occurrence[] = [];
  const seen = new Set<string>();
  for (const mention of entity.mentions) {
    const text = index.get(mention.file)?.analysis.article.text;
    if (text === undefined) continue;
    const surface = text.slice(mention.start, mention.end);
    for (let at = surface.indexOf(spelling); at >= 0; at = surface.indexOf(spelling, at + spelling.length)) {
      const start = mention.start + at;
      const end = start + spelling.length;
      if (LETTER.test(text[start - 1] ?? "") || LETTER.test(text[end] ?? "")) continue;
      const key = `${mention.file}:${start}`;
      if (!seen.has(key)) {
        seen.add(key);
        found.push({ uri: mention.file, start, end });
      }
    }
  }
  return found;
}

export function provideRename(index: WorkspaceIndex, uri: string, offset: number, newName: string, capabilities: RenameCapabilities): WorkspaceEdit {
  const ref = index.mentionAt(uri, offset);
  if (!ref) throw new RefusalError("Place the cursor on the name of a person, place or organization to rename it.");
  const replacement = newName.trim();
  if (!replacement || /[\r\n]/.test(replacement)) throw new RefusalError("The new name must be one non-empty line.");
  const spelling = spellingAt(index, uri, ref).text;
  const byUri = new Map<string, Occurrence[]>();
  for (const occurrence of occurrences(index, ref.entity, spelling)) {
    const list = byUri.get(occurrence.uri);
    if (list) list.push(occurrence);
    else byUri.set(occurrence.uri, [occurrence]);
  }
  const ordered = [...byUri].sort((a, b) => index.rank(a[0]) - index.rank(b[0]));
  if (!capabilities.documentChanges) {
    const changes: Record<string, TextEdit[]> = {};
    for (const [file, list] of ordered) changes[file] = list.map((o) => ({ range: spanToRange(index, file, o), newText: replacement }));
    return { changes };
  }
  const changeAnnotations: Record<string, ChangeAnnotation> = {};
  const documentChanges: TextDocumentEdit[] = [];
  for (const [file, list] of ordered) {
    const entry = index.get(file);
    const annotationId = `crosscheck.rename:${file}`;
    if (capabilities.changeAnnotations)
      changeAnnotations[annotationId] = {
        label: `${index.outletOf(file)}: “${spelling}” → “${replacement}” (${list.length})`,
        description: entry?.analysis.article.headline?.text,
        needsConfirmation: true,
      };
    documentChanges.push({
      // Closed files have no version the client knows; open buffers are pinned to the version we analysed.
      textDocument: { uri: file, version: entry?.open ? entry.document.version : null },
      edits: list.map((o) => ({
        range: spanToRange(index, file, o),
        newText: replacement,
        ...(capabilities.changeAnnotations ? { annotationId } : {}),
      })),
    });
  }
  return capabilities.changeAnnotations ? { documentChanges, changeAnnotations } : { documentChanges };
}
