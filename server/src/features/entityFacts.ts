/**
 * Plain facts about an entity, as the hover, the symbols and the tree-view requests show them: spellings by
 * frequency, per-article counts, outlets. Computed from the last link; cached per link generation.
 */
import type { Entity } from "../analysis/types";
import type { EntityArticleInfo, EntityInfo } from "../protocol";
import type { WorkspaceIndex } from "../index/workspaceIndex";
import { spanToRange } from "./positions";

const cache = new WeakMap<Entity, { generation: number; info: EntityInfo }>();

/** Spellings (the mentions' cleaned names) from most to least frequent, ties alphabetical. */
export function spellingsByFrequency(names: Iterable<string>): string[] {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name]) => name);
}

export function describeEntity(index: WorkspaceIndex, entity: Entity): EntityInfo {
  const cached = cache.get(entity);
  if (cached && cached.generation === index.generation) return cached.info;
  const articles: EntityArticleInfo[] = [];
  for (const [uri, mentions] of index.mentionsByArticle(entity)) {
    const article = index.get(uri)?.analysis.article;
    articles.push({
      uri,
      outlet: index.outletOf(uri),
      headline: article?.headline?.text ?? null,
      date: article?.date ?? null,
      mentionCount: mentions.length,
      spellings: spellingsByFrequency(mentions.map((m) => m.name)),
      firstMention: spanToRange(index, uri, mentions[0]),
    });
  }
  const info: EntityInfo = {
    id: entity.id,
    kind: entity.kind,
    name: entity.name,
    spellings: spellingsByFrequency(entity.mentions.map((m) => m.name)),
    mentionCount: entity.mentions.length,
    articleCount: articles.length,
    outletCount: new Set(articles.map((a) => a.outlet)).size,
    articles,
    confirmed: entity.confirmed ?? false,
  };
  cache.set(entity, { generation: index.generation, info });
  return info;
}
