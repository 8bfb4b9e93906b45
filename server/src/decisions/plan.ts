/**
 * The decisions a user makes from the editor, as data, and what each one does: how many mentions, articles
 * and claims it touches (said before it applies: "merge 2 entities: 37 mentions in 5 articles") and the
 * edit to crosscheck.json that records it. The language server calls `planDecision` with the current
 * analysis and the file's text, shows `summary`, and sends `edits` as a workspace edit.
 */
import { Conflict, CorpusAnalysis, Entity, EntityKind } from "../analysis/types";
import { conflictIgnoreKey } from "./apply";
import {
  EditResult,
  EntityRef,
  changeKindEdit,
  confirmEntityEdit,
  distinctEdit,
  ignoreConflictEdit,
  markAsEntityEdit,
  mergeEntitiesEdit,
  notEntityEdit,
  splitSpellingEdit,
} from "./edits";
import { nameKey, wholeWordOccurrences } from "./names";

/** One decision, by the ids the analysis gives entities and conflicts. */
export type Decision =
  | { type: "merge"; entityIds: string[]; /** The display name to keep (one of the entities' names); the first entity's by default. */ name?: string }
  | { type: "split"; entityId: string; spelling: string; intoEntityId?: string }
  | { type: "notEntity"; text: string; kind?: EntityKind }
  | { type: "changeKind"; entityId: string; kind: EntityKind }
  | { type: "markAs"; text: string; kind: EntityKind }
  | { type: "ignoreConflict"; conflictId: string }
  | { type: "confirm"; entityId: string }
  | { type: "distinct"; entityIds: string[] };

export interface DecisionImpact {
  /** What a user reads before confirming, e.g. "merge 2 entities: 37 mentions in 5 articles". */
  summary: string;
  mentions: number;
  articles: number;
  entities: number;
}

const KIND_WORDS: Record<EntityKind, string> = { person: "a person", place: "a place", organization: "an organization" };

const plural = (n: number, word: string, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;

function counts(mentions: { file: string }[]): string {
  return `${plural(mentions.length, "mention")} in ${plural(new Set(mentions.map((m) => m.file)).size, "article")}`;
}

/** How many places a decision touches, in words. Unknown ids give a summary that says so. */
export function describeDecisionImpact(corpus: CorpusAnalysis, decision: Decision): DecisionImpact {
  const byId = new Map(corpus.entities.map((e) => [e.id, e]));
  const result = (summary: string, mentions: { file: string }[], entities: number): DecisionImpact => ({
    summary,
    mentions: mentions.length,
    articles: new Set(mentions.map((m) => m.file)).size,
    entities,
  });
  switch (decision.type) {
    case "merge":
    case "distinct": {
      const entities = decision.entityIds.map((id) => byId.get(id)).filter((e): e is Entity => e !== undefined);
      const mentions = entities.flatMap((e) => e.mentions);
      const verb = decision.type === "merge" ? "merge" : "keep apart";
      return result(`${verb} ${plural(entities.length, "entity", "entities")}: ${counts(mentions)}`, mentions, entities.length);
    }
    case "split": {
      const from = byId.get(decision.entityId);
      const key = nameKey(decision.spelling);
      const moved = from?.mentions.filter((m) => nameKey(m.name) === key || nameKey(m.text) === key) ?? [];
      const into = decision.intoEntityId ? byId.get(decision.intoEntityId) : undefined;
      const target = into ? `into ${into.name}` : "into an entity of its own";
      return result(`split “${decision.spelling}” off ${from?.name ?? "the entity"} ${target}: ${counts(moved)}`, moved, into ? 2 : 1);
    }
    case "notEntity": {
      const key = nameKey(decision.text);
      const hits = corpus.entities.filter((e) => decision.kind === undefined || e.kind === decision.kind);
      const removed = hits.flatMap((e) => e.mentions.filter((m) => nameKey(m.name) === key || nameKey(m.text) === key));
      const touched = hits.filter((e) => e.mentions.some((m) => removed.includes(m))).length;
      return result(`not an entity: “${decision.text}”: removes ${counts(removed)}`, removed, touched);
    }
    case "changeKind":
    case "confirm": {
      const e = byId.get(decision.entityId);
      const mentions = e?.mentions ?? [];
      const summary =
        decision.type === "confirm"
          ? `confirm ${e?.name ?? "the entity"} as ${KIND_WORDS[e?.kind ?? "person"]}: ${counts(mentions)}`
          : `change ${e?.name ?? "the entity"} to ${KIND_WORDS[decision.kind]}: ${counts(mentions)}`;
      return result(summary, mentions, e ? 1 : 0);
    }
    case "markAs": {
      const text = nameKey(decision.text);
      const occurrences = corpus.articles.flatMap(({ article }) => wholeWordOccurrences(article.text, text).map(() => ({ file: article.file })));
      return result(`mark “${text}” as ${KIND_WORDS[decision.kind]}: ${plural(occurrences.length, "occurrence")} in ${plural(new Set(occurrences.map((o) => o.file)).size, "article")}`, occurrences, 1);
    }
    case "ignoreConflict": {
      const conflict = corpus.conflicts.find((c) => c.id === decision.conflictId);
      const claims = conflict?.claims ?? [];
      return result(`ignore the conflict over ${conflict?.quantity ?? "this figure"}: ${plural(claims.length, "claim")} in ${plural(new Set(claims.map((c) => c.file)).size, "article")}`, claims, 0);
    }
  }
}

export type DecisionPlan = (EditResult & { summary: string }) | { ok: false; reason: string; summary?: string };

/** An entity as the edit builders want it: display name, kind and every spelling the analysis found. */
export function entityRef(e: Entity): EntityRef {
  const spellings: string[] = [];
  const seen = new Set<string>();
  for (const m of e.mentions) {
    const key = nameKey(m.name);
    if (key && !seen.has(key)) {
      seen.add(key);
      spellings.push(key);
    }
  }
  return { name: e.name, kind: e.kind, spellings };
}

/**
 * The edit to crosscheck.json (given its current text; "" when it does not exist yet) that records the
 * decision, with the summary of what it touches. Refuses (ok: false) when an id is unknown or the file is
 * invalid.
 */
export function planDecision(corpus: CorpusAnalysis, decision: Decision, fileText: string): DecisionPlan {
  const byId = new Map(corpus.entities.map((e) => [e.id, e]));
  const entity = (id: string) => byId.get(id);
  const missing = (id: string) => ({ ok: false as const, reason: `no entity with id "${id}" (the analysis may have changed; try again)` });
  const { summary } = describeDecisionImpact(corpus, decision);
  let edit: EditResult;
  switch (decision.type) {
    case "merge":
    case "distinct": {
      const unknown = decision.entityIds.find((id) => !byId.has(id));
      if (unknown !== undefined) return missing(unknown);
      const refs = decision.entityIds.map((id) => entityRef(byId.get(id)!));
      // The kept name takes the kind of the entity it comes from (or the first entity's, for a typed-in name).
      const target = decision.type === "merge" && decision.name ? { name: decision.name, kind: (refs.find((r) => r.name === decision.name) ?? refs[0]).kind } : undefined;
      edit = decision.type === "merge" ? mergeEntitiesEdit(fileText, refs, target) : distinctEdit(fileText, refs.map((r) => r.name));
      break;
    }
    case "split": {
      const from = entity(decision.entityId);
      if (!from) return missing(decision.entityId);
      const into = decision.intoEntityId === undefined ? undefined : entity(decision.intoEntityId);
      if (decision.intoEntityId !== undefined && !into) return missing(decision.intoEntityId);
      edit = splitSpellingEdit(fileText, decision.spelling, entityRef(from), into && entityRef(into));
      break;
    }
    case "notEntity":
      edit = notEntityEdit(fileText, decision.text, decision.kind);
      break;
    case "changeKind": {
      const e = entity(decision.entityId);
      if (!e) return missing(decision.entityId);
      edit = changeKindEdit(fileText, entityRef(e), decision.kind);
      break;
    }
    case "markAs":
      edit = markAsEntityEdit(fileText, decision.text, decision.kind);
      break;
    case "confirm": {
      const e = entity(decision.entityId);
      if (!e) return missing(decision.entityId);
      const ref = entityRef(e);
      edit = confirmEntityEdit(fileText, { name: ref.name, kind: ref.kind, aliases: ref.spellings });
      break;
    }
    case "ignoreConflict": {
      const c: Conflict | undefined = corpus.conflicts.find((x) => x.id === decision.conflictId);
      if (!c) return { ok: false, reason: `no conflict with id "${decision.conflictId}" (the analysis may have changed; try again)` };
      edit = ignoreConflictEdit(fileText, conflictIgnoreKey(c));
      break;
    }
  }
  return { ...edit, summary };
}
