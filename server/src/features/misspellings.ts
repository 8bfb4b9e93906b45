/**
 * Possible misspellings of a known name inside one article: a word of an entity's mention that is one edit
 * away from a better-attested word of the same entity in the same article ("Lukashnenko" where the article
 * also says "Lukashenko" twice). Better attested = more frequent in this article, or, on a tie, across
 * all articles. Only the linker decides that the two are the same entity; this module only compares spellings.
 *
 * The pairs of words one edit apart depend on the article's text alone, so they are found once per analysis;
 * after each re-link only those few pairs are checked against the new entities (most articles have none).
 */
import type { ArticleAnalysis, Entity, Span } from "../analysis/types";
import type { WorkspaceIndex } from "../index/workspaceIndex";

export interface Misspelling extends Span {
  word: string;
  replacement: string;
  entity: Entity;
}

/** Words shorter than this are too often legitimately one letter apart (Ali/Al, Kim/Kin). */
const MIN_WORD_LENGTH = 4;
const WORD = /\p{L}[\p{L}\p{M}'’]*/gu;

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
  /** Start of the mention the word is in (how the linked entity is looked up). */
  mentionStart: number;
}

interface Candidates {
  /** Hits of the words that have a one-edit neighbour in the article. */
  hits: WordHit[];
  /** word -> the words one edit away from it. */
  neighbours: Map<string, string[]>;
}

const candidatesByAnalysis = new WeakMap<ArticleAnalysis, Candidates>();

function candidatesOf(analysis: ArticleAnalysis): Candidates {
  const cached = candidatesByAnalysis.get(analysis);
  if (cached) return cached;
  const text = analysis.article.text;
  const all: WordHit[] = [];
  for (const mention of analysis.mentions) {
    const surface = text.slice(mention.start, mention.end);
    for (const match of surface.matchAll(WORD))
      if (match[0].length >= MIN_WORD_LENGTH)
        all.push({ word: match[0], start: mention.start + match.index, end: mention.start + match.index + match[0].length, mentionStart: mention.start });
  }
  const words = [...new Set(all.map((h) => h.word))];
  const neighbours = new Map<string, string[]>();
  for (let i = 0; i < words.length; i++)
    for (let j = i + 1; j < words.length; j++)
      if (oneEditApart(words[i], words[j])) {
        neighbours.set(words[i], [...(neighbours.get(words[i]) ?? []), words[j]]);
        neighbours.set(words[j], [...(neighbours.get(words[j]) ?? []), words[i]]);
      }
  const candidates = { hits: neighbours.size ? all.filter((h) => neighbours.has(h.word)) : [], neighbours };
  candidatesByAnalysis.set(analysis, candidates);
  return candidates;
}

function corpusCounts(entity: Entity): Map<string, number> {
  const counts = new Map<string, number>();
  for (const mention of entity.mentions)
    for (const match of mention.name.matchAll(WORD)) counts.set(match[0], (counts.get(match[0]) ?? 0) + 1);
  return counts;
}

/** Per index (tests run several servers in one process) and article, valid for one link generation. */
const caches = new WeakMap<WorkspaceIndex, Map<string, { generation: number; list: Misspelling[] }>>();

export function misspellingsIn(index: WorkspaceIndex, uri: string): Misspelling[] {
  let cache = caches.get(index);
  if (!cache) caches.set(index, (cache = new Map()));
  const cached = cache.get(uri);
  if (cached && cached.generation === index.generation) return cached.list;
  const entry = index.get(uri);
  const list: Misspelling[] = [];
  const { hits, neighbours } = entry ? candidatesOf(entry.analysis) : { hits: [], neighbours: new Map<string, string[]>() };
  if (hits.length) {
    // Group the candidate words by the entity their mention was linked to.
    const entityOf = new Map(index.mentionsIn(uri).map((ref) => [ref.start, ref.entity]));
    const byEntity = new Map<Entity, WordHit[]>();
    for (const hit of hits) {
      const entity = entityOf.get(hit.mentionStart);
      if (!entity) continue;
      const group = byEntity.get(entity);
      if (group) group.push(hit);
      else byEntity.set(entity, [hit]);
    }
    for (const [entity, group] of byEntity) {
      // Every word of the entity's mentions in this article counts, not only the candidates.
      const counts = new Map<string, number>();
      const text = entry!.analysis.article.text;
      for (const ref of index.mentionsIn(uri))
        if (ref.entity === entity)
          for (const match of text.slice(ref.start, ref.end).matchAll(WORD)) counts.set(match[0], (counts.get(match[0]) ?? 0) + 1);
      let overall: Map<string, number> | undefined;
      const replacementOf = new Map<string, string | null>();
      for (const hit of group) {
        if (replacementOf.has(hit.word)) continue;
        const count = counts.get(hit.word) ?? 0;
        let best: string | null = null;
        for (const other of neighbours.get(hit.word) ?? []) {
          const otherCount = counts.get(other) ?? 0;
          if (!otherCount) continue; // the neighbour belongs to someone else
          let better = otherCount > count;
          if (otherCount === count) {
            overall ??= corpusCounts(entity);
            better = (overall.get(other) ?? 0) > (overall.get(hit.word) ?? 0);
          }
          if (better && (best === null || otherCount > (counts.get(best) ?? 0))) best = other;
        }
        replacementOf.set(hit.word, best);
      }
      for (const hit of group) {
        const replacement = replacementOf.get(hit.word);
        if (replacement) list.push({ start: hit.start, end: hit.end, word: hit.word, replacement, entity });
      }
    }
    list.sort((a, b) => a.start - b.start);
  }
  cache.set(uri, { generation: index.generation, list });
  return list;
}
