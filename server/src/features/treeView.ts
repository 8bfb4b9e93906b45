/** The custom requests behind the client's People and Places view (documented in protocol.ts). */
import type { Entity } from "../analysis/types";
import { throwIfCancelled } from "../handlerWrapper";
import type { WorkspaceIndex } from "../index/workspaceIndex";
import type { EntitiesParams, EntitiesResult, EntityMentionInfo, EntityMentionsParams, EntityMentionsResult } from "../protocol";
import { describeEntity } from "./entityFacts";
import { spanToRange } from "./positions";
import type { CancellationFlag } from "../analysis/types";

/** Longest line of context sent per mention; the tree shows one line anyway. */
const CONTEXT_CHARS = 200;

export function provideEntities(index: WorkspaceIndex, params: EntitiesParams | undefined, indexing: boolean, token?: CancellationFlag): EntitiesResult {
  let entities: Iterable<Entity> = index.entities();
  if (params?.uri) entities = new Set(index.mentionsIn(params.uri).map((ref) => ref.entity));
  const kinds = params?.kinds?.length ? new Set(params.kinds) : undefined;
  const out = [];
  let i = 0;
  for (const entity of entities) {
    if ((i++ & 255) === 0) throwIfCancelled(token);
    if (!kinds || kinds.has(entity.kind)) out.push(describeEntity(index, entity));
  }
  return { entities: out, indexing };
}

export function provideEntityMentions(index: WorkspaceIndex, params: EntityMentionsParams): EntityMentionsResult {
  const entity = params?.id ? index.entity(params.id) : undefined;
  if (!entity) return { entity: null, mentions: [] };
  const mentions: EntityMentionInfo[] = [];
  for (const mention of index.orderedMentions(entity)) {
    if (params.uri && mention.file !== params.uri) continue;
    const entry = index.get(mention.file);
    if (!entry) continue;
    const text = entry.analysis.article.text;
    const range = spanToRange(index, mention.file, mention);
    // The mention's line, cut around the mention when the line is a long paragraph.
    let lineStart = mention.start;
    while (lineStart > 0 && text[lineStart - 1] !== "\n" && text[lineStart - 1] !== "\r") lineStart--;
    let lineEnd = mention.end;
    while (lineEnd < text.length && text[lineEnd] !== "\n" && text[lineEnd] !== "\r") lineEnd++;
    const from = Math.max(lineStart, mention.start - CONTEXT_CHARS / 2);
    const to = Math.min(lineEnd, Math.max(mention.end + CONTEXT_CHARS / 2, from + CONTEXT_CHARS));
    const prefix = from > lineStart ? "…" : "";
    const raw = text.slice(from, to);
    const trimmed = raw.trimStart();
    const lead = prefix.length - (raw.length - trimmed.length);
    mentions.push({
      uri: mention.file,
      range,
      text: text.slice(mention.start, mention.end),
      lineText: `${prefix}${trimmed.trimEnd()}${to < lineEnd ? "…" : ""}`,
      lineStart: mention.start - from + lead,
      lineEnd: mention.end - from + lead,
      outlet: index.outletOf(mention.file),
      headline: index.headlineOf(mention.file),
    });
  }
  return { entity: describeEntity(index, entity), mentions };
}
