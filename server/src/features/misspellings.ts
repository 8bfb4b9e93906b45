/**
 * Possible misspellings of a known name inside one article: a word of an entity's mention that is one edit
 * away from a better-attested word of the same entity in the same article ("Lukashnenko" where the article
 * also says "Lukashenko" twice). Better attested = more frequent in this article, or, on a tie, across
 * all articles. Only the linker decides that the two are the same entity; this module only compares spellings.
 */
import type { Entity, Span } from "../analysis/types";
import type { WorkspaceIndex } from "../index/workspaceIndex";

export interface Misspelling extends Span {
  word: string;
  replacement: string;
  entity: Entity;
}

/** Words shorter than this are too often legitimately one letter apart (Ali/Al, Kim/Kin). */
const MIN_WORD_LENGTH = 4;
const WORD = /\p{L}[\p{L}\p{M}'’]*/gu;

/**
 * Per index (tests run several servers in one process) and article. A re-link keeps an article's result when
 * the article's linked mentions are unchanged (same analysis, same entities at the same offsets), so an edit
 * re-computes one article, not all of them. (A tie broken by corpus-wide counts may then lag until the article
 * itself changes; ties are rare and the hint is only a hint.)
 */
interface CacheEntry {
  generation: number;
  analysis: object;
  signature: string;
  list: Misspelling[];
}
const caches = new WeakMap<WorkspaceIndex, Map<string, CacheEntry>>();

/** True when a and b differ by exactly one insertion, deletion, substitution or adjacent transposition. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // transposition
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

interface WordHit extends Span {
  word: string;
}

function wordsOf(text: string, span: Span): WordHit[] {
  const hits: WordHit[] = [];
  const surface = text.slice(span.start, span.end);
  for (const match of surface.matchAll(WORD))
    if (match[0].length >= MIN_WORD_LENGTH) hits.push({ word: match[0], start: span.start + match.index, end: span.start + match.index + match[0].length });
  return hits;
}

function corpusCounts(entity: Entity): Map<string, number> {
  const counts = new Map<string, number>();
  for (const mention of entity.mentions)
    for (const match of mention.name.matchAll(WORD)) counts.set(match[0], (counts.get(match[0]) ?? 0) + 1);
  return counts;
}

export function misspellingsIn(index: WorkspaceIndex, uri: string): Misspelling[] {
  let cache = caches.get(index);
  if (!cache) caches.set(index, (cache = new Map()));
  const cached = cache.get(uri);
  if (cached && cached.generation === index.generation) return cached.list;
  const analysis = index.get(uri)?.analysis ?? {};
  const refs = index.mentionsIn(uri);
  let signature = "";
  for (const ref of refs) signature += `${ref.entity.id}\u0001${ref.entity.name}\u0001${ref.start}\u0002`;
  if (cached && cached.analysis === analysis && cached.signature === signature) {
    const list = cached.list.map((m) => ({ ...m, entity: index.entity(m.entity.id) ?? m.entity }));
    cache.set(uri, { generation: index.generation, analysis, signature, list });
    return list;
  }
  const text = index.get(uri)?.analysis.article.text ?? "";
  const byEntity = new Map<Entity, WordHit[]>();
  for (const ref of refs) {
    let hits = byEntity.get(ref.entity);
    if (!hits) byEntity.set(ref.entity, (hits = []));
    hits.push(...wordsOf(text, ref));
  }
  const list: Misspelling[] = [];
  for (const [entity, hits] of byEntity) {
    const counts = new Map<string, number>();
    for (const hit of hits) counts.set(hit.word, (counts.get(hit.word) ?? 0) + 1);
    if (counts.size < 2) continue;
    let overall: Map<string, number> | undefined;
    const replacementOf = new Map<string, string>();
    for (const [word, count] of counts) {
      let best: string | undefined;
      for (const [other, otherCount] of counts) {
        if (!oneEditApart(word, other)) continue;
        let better = otherCount > count;
        if (otherCount === count) {
          overall ??= corpusCounts(entity);
          better = (overall.get(other) ?? 0) > (overall.get(word) ?? 0);
        }
        if (better && (best === undefined || otherCount > (counts.get(best) ?? 0))) best = other;
      }
      if (best !== undefined) replacementOf.set(word, best);
    }
    for (const hit of hits) {
      const replacement = replacementOf.get(hit.word);
      if (replacement !== undefined) list.push({ start: hit.start, end: hit.end, word: hit.word, replacement, entity });
    }
  }
  list.sort((a, b) => a.start - b.start);
  cache.set(uri, { generation: index.generation, analysis, signature, list });
  return list;
}
