/**
 * Applies the user's decisions (crosscheck.json) to what the analysis found. Pure functions over the core's
 * types, called from the pipeline in analysis/analyze.ts:
 *
 *   per article:  applyMentionDecisions(article, findMentions(...), decisions)
 *   corpus:       applyEntityDecisions(linkEntities(...), decisions)
 *                 markIgnoredConflicts(findConflicts(...), decisions)
 *
 * Precedence when decisions contradict each other (validation warns about it): `notEntities` beats
 * everything (a string the user says is no entity never appears); a confirmed entity beats `distinct`
 * (names one entity lists are joined even if a `distinct` group names two of them).
 *
 * Decisions are about names, not single mentions, because the file must survive edits to the articles:
 * every mention with the same name goes the same way.
 */
import { Article, Conflict, Decisions, Entity, EntityKind, Mention, ReportedAge } from "../analysis/types";
import { isPartOfName, nameKey, nameWords, wholeWordOccurrences } from "./names";

/** Per decisions object: each notEntities text (by `nameKey`) -> its kinds ("any" for every kind). Built once, as a workspace may hold many. */
const notEntityIndex = new WeakMap<Decisions, Map<string, Set<EntityKind | "any">>>();

/** True when the user said this string (of this kind) is never an entity. */
export function isNotEntity(text: string, kind: EntityKind | undefined, decisions: Decisions): boolean {
  if (decisions.notEntities.length === 0) return false;
  let index = notEntityIndex.get(decisions);
  if (!index) {
    index = new Map();
    for (const n of decisions.notEntities) {
      const key = nameKey(n.text);
      const kinds = index.get(key) ?? new Set();
      kinds.add(n.kind ?? "any");
      index.set(key, kinds);
    }
    notEntityIndex.set(decisions, index);
  }
  const kinds = index.get(nameKey(text));
  return kinds !== undefined && (kind === undefined || kinds.has("any") || kinds.has(kind));
}

function mentionIsNotEntity(m: Mention, decisions: Decisions): boolean {
  return isNotEntity(m.name, m.kind, decisions) || isNotEntity(m.text, m.kind, decisions);
}

const ownersIndex = new WeakMap<Decisions, Map<string, number>>();

/** Each confirmed name or alias (by `nameKey`) -> the index of the first entity in `decisions.entities` that lists it. */
export function confirmedOwners(decisions: Decisions): Map<string, number> {
  const cached = ownersIndex.get(decisions);
  if (cached) return cached;
  const owners = new Map<string, number>();
  ownersIndex.set(decisions, owners);
  decisions.entities.forEach((e, i) => {
    for (const n of [e.name, ...e.aliases]) {
      const key = nameKey(n);
      if (key && !owners.has(key)) owners.set(key, i);
    }
  });
  return owners;
}

function ownerOf(m: Mention, owners: Map<string, number>): number | undefined {
  return owners.get(nameKey(m.name)) ?? owners.get(nameKey(m.text));
}

/**
 * Every whole-word occurrence in the article of a confirmed entity's name or aliases, as mentions of that
 * entity's kind. Where occurrences overlap, the longest wins ("Alexander Lukashenko" over "Lukashenko");
 * printed-twice blocks (`Block.duplicateOf`) are skipped like everywhere else in the core.
 */
export function markedMentions(article: Article, decisions: Decisions): Mention[] {
  if (decisions.entities.length === 0) return [];
  const skipped = article.blocks.filter((b) => b.duplicateOf !== undefined);
  const candidates: Mention[] = [];
  const seen = new Set<string>();
  for (const entity of decisions.entities) {
    for (const alias of [entity.name, ...entity.aliases]) {
      const needle = alias.trim();
      if (!needle || seen.has(`${entity.kind}\u0000${needle}`)) continue;
      seen.add(`${entity.kind}\u0000${needle}`);
      for (const start of wholeWordOccurrences(article.text, needle)) {
        const end = start + needle.length;
        if (skipped.some((b) => start < b.end && end > b.start)) continue;
        candidates.push({
          file: article.file,
          start,
          end,
          text: needle,
          kind: entity.kind,
          name: needle,
          form: nameWords(needle).length > 1 ? "full" : "other",
        });
      }
    }
  }
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mention[] = [];
  for (const c of candidates) {
    const last = kept[kept.length - 1];
    if (last && c.start < last.end) continue; // nested in or overlapping a longer, earlier occurrence
    if (!isNotEntity(c.text, c.kind, decisions)) kept.push(c);
  }
  return kept;
}

/**
 * The article's mentions after the decisions: notEntities dropped, every occurrence of a confirmed name
 * added, and a found mention of a confirmed name given the confirmed kind. A found mention that strictly
 * contains a marked occurrence is kept (it is the longer name); otherwise the marked occurrence replaces
 * the found mentions it overlaps. Returns `mentions` itself when there is nothing to apply.
 */
export function applyMentionDecisions(article: Article, mentions: Mention[], decisions: Decisions): Mention[] {
  if (decisions.entities.length === 0 && decisions.notEntities.length === 0) return mentions;
  const owners = confirmedOwners(decisions);
  const marked = markedMentions(article, decisions);
  const found = mentions
    .filter((m) => !mentionIsNotEntity(m, decisions))
    .map((m) => {
      const i = ownerOf(m, owners);
      const kind = i === undefined ? m.kind : decisions.entities[i].kind;
      return kind === m.kind ? m : { ...m, kind };
    });
  const keptMarked = marked.filter((k) => !found.some((m) => m.start <= k.start && m.end >= k.end && m.end - m.start > k.end - k.start));
  const keptFound = found.filter((m) => !keptMarked.some((k) => m.start < k.end && m.end > k.start));
  return [...keptFound, ...keptMarked].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** A part of one linked entity after a split: the mentions that go to one anchor. */
interface Part {
  source: Entity;
  /** "c:<index>" for a confirmed entity, "d:<name key>" for a name of a `distinct` group, "" for no anchor. */
  anchor: string;
  mentions: Mention[];
  /** True when this part keeps the source entity's identity (its id and display name). */
  primary: boolean;
}

/**
 * The linked entities after the decisions:
 * - mentions that are notEntities are dropped (and entities left without mentions);
 * - an entity whose mentions include names that must be apart (two names of one `distinct` group, or names
 *   of two different confirmed entities) is split by name: each such name anchors a part, and every other
 *   name goes to the one anchor it is part of ("Lukashenko" to "Alexander Lukashenko"), preferring the
 *   anchors named in the same article, or else to the anchor with the most mentions;
 * - every entity or part holding a confirmed name or alias is merged into that confirmed entity, which takes
 *   the confirmed display name and kind and is marked `confirmed`.
 * Ids stay stable: an entity that is not split keeps its id; new entities get `kind:name`; clashes get a
 * numbered suffix in a fixed order.
 */
export function applyEntityDecisions(entities: Entity[], decisions: Decisions): Entity[] {
  if (decisions.entities.length === 0 && decisions.distinct.length === 0 && decisions.notEntities.length === 0) return entities;
  const owners = confirmedOwners(decisions);
  const distinctGroups = decisions.distinct.map((g) => new Set(g.map(nameKey)));
  const fileOrder = new Map<string, number>();
  for (const e of entities) for (const m of e.mentions) if (!fileOrder.has(m.file)) fileOrder.set(m.file, fileOrder.size);

  // Split each entity into parts (most entities give one part).
  const parts: Part[] = [];
  for (const entity of entities) {
    const mentions = entity.mentions.filter((m) => !mentionIsNotEntity(m, decisions));
    if (mentions.length === 0) continue;
    parts.push(...splitEntity(entity, mentions, owners, distinctGroups));
  }

  // Merge the parts that belong to one confirmed entity; keep the others as entities.
  const out: Entity[] = [];
  const confirmedAt = new Map<number, number>(); // confirmed index -> position in `out`
  const byPosition: Part[][] = [];
  for (const part of parts) {
    if (part.anchor.startsWith("c:")) {
      const index = Number(part.anchor.slice(2));
      const at = confirmedAt.get(index);
      if (at !== undefined) {
        byPosition[at].push(part);
        continue;
      }
      confirmedAt.set(index, out.length);
    }
    byPosition.push([part]);
    out.push(part.source); // placeholder, replaced below
  }
  for (let i = 0; i < out.length; i++) {
    const group = byPosition[i];
    const anchor = group[0].anchor;
    out[i] = anchor.startsWith("c:") ? buildConfirmed(decisions.entities[Number(anchor.slice(2))], group, fileOrder) : buildPart(group[0]);
  }
  return uniqueIds(out);
}

function splitEntity(entity: Entity, mentions: Mention[], owners: Map<string, number>, distinctGroups: Set<string>[]): Part[] {
  const byName = new Map<string, Mention[]>();
  for (const m of mentions) {
    const key = nameKey(m.name);
    const list = byName.get(key);
    if (list) list.push(m);
    else byName.set(key, [m]);
  }
  const anchorOf = new Map<string, string>();
  for (const [key, list] of byName) {
    const owner = ownerOf(list[0], owners);
    if (owner !== undefined) anchorOf.set(key, `c:${owner}`);
  }
  for (const group of distinctGroups) {
    const present = [...byName.keys()].filter((k) => group.has(k));
    if (present.length < 2) continue;
    for (const k of present) if (!anchorOf.has(k)) anchorOf.set(k, `d:${k}`);
  }
  const anchors = [...new Set(anchorOf.values())];
  if (anchors.length <= 1) {
    splitSiblings.delete(entity);
    // Nothing to keep apart: the whole entity goes to its one anchor (a confirmed entity) or stays as it is.
    return [{ source: entity, anchor: anchors[0] ?? "", mentions, primary: true }];
  }

  const count = (anchor: string) => [...anchorOf].filter(([, a]) => a === anchor).reduce((n, [k]) => n + (byName.get(k)?.length ?? 0), 0);
  const displayKey = nameKey(entity.name);
  const largest = [...anchors].sort((a, b) => count(b) - count(a) || Number(anchorOf.get(displayKey) === b) - Number(anchorOf.get(displayKey) === a))[0];
  // An unanchored name joins the one anchor it is part of ("Lukashenko" -> "Alexander Lukashenko"). In an
  // article where every longer name it is part of belongs to one anchor, it joins that one (a surname there
  // means the person the article names in full); otherwise the anchors of all articles are looked at; when
  // several fit, or none, it joins the largest part.
  const namesIn = new Map<string, Set<string>>(); // file -> names there
  for (const m of mentions) {
    const names = namesIn.get(m.file) ?? new Set<string>();
    names.add(nameKey(m.name));
    namesIn.set(m.file, names);
  }
  const globalFit = (key: string) => [...new Set([...anchorOf].filter(([k]) => isPartOfName(key, k)).map(([, a]) => a))];
  const decided = new Map<string, string>(); // "file\0name" -> anchor
  const anchorOfMention = (m: Mention): string => {
    const key = nameKey(m.name);
    const anchored = anchorOf.get(key);
    if (anchored !== undefined) return anchored;
    const cacheKey = `${m.file}\u0000${key}`;
    let anchor = decided.get(cacheKey);
    if (anchor === undefined) {
      const longer = [...(namesIn.get(m.file) ?? [])].filter((k) => k !== key && isPartOfName(key, k));
      const local = [...new Set(longer.map((k) => anchorOf.get(k) ?? ""))];
      const global = globalFit(key);
      anchor = local.length === 1 && local[0] !== "" ? local[0] : global.length === 1 ? global[0] : largest;
      decided.set(cacheKey, anchor);
    }
    return anchor;
  };
  const primaryAnchor = anchorOf.get(displayKey) ?? largest;
  const parts = anchors.map((anchor) => ({
    source: entity,
    anchor,
    mentions: mentions.filter((m) => anchorOfMention(m) === anchor),
    primary: anchor === primaryAnchor,
  }));
  splitSiblings.set(entity, parts);
  return parts;
}

/** An entity for one part of a split (or a whole entity that needs no change). */
function buildPart(part: Part): Entity {
  const { source, mentions } = part;
  if (part.primary && mentions.length === source.mentions.length) return source;
  const name = part.primary ? source.name : fullestName(mentions);
  return {
    ...source,
    id: part.primary ? source.id : entityId(source.kind, name),
    name,
    mentions,
    spellings: spellingsOf(mentions),
    descriptions: source.descriptions.filter((d) => ownsFileDetails(part, d.file)),
    ages: source.ages.filter((a) => nearestPart(part, a) === part),
  };
}

/** A confirmed entity from every part that holds one of its names. */
function buildConfirmed(confirmed: Decisions["entities"][number], parts: Part[], fileOrder: Map<string, number>): Entity {
  const kind = confirmed.kind;
  const mentions = parts
    .flatMap((p) => p.mentions)
    .map((m) => (m.kind === kind ? m : { ...m, kind }))
    .sort((a, b) => (fileOrder.get(a.file) ?? 0) - (fileOrder.get(b.file) ?? 0) || a.start - b.start);
  const descriptions = parts.flatMap((p) => p.source.descriptions.filter((d) => ownsFileDetails(p, d.file)));
  if (confirmed.description && !descriptions.some((d) => d.text === confirmed.description)) {
    // The user's own description comes first; it belongs to no article, so its file is crosscheck.json.
    descriptions.unshift({ file: "crosscheck.json", text: confirmed.description });
  }
  const ages: ReportedAge[] = parts.flatMap((p) => p.source.ages.filter((a) => nearestPart(p, a) === p));
  return {
    id: entityId(kind, confirmed.name),
    kind,
    name: confirmed.name,
    mentions,
    spellings: spellingsOf(mentions),
    descriptions,
    ages,
    confirmed: true,
  };
}

/** Details known only by file (descriptions) go to the primary part if it has mentions there, else to the first part that has. */
function ownsFileDetails(part: Part, file: string): boolean {
  const siblings = splitSiblings.get(part.source);
  if (!siblings || siblings.length < 2) return true;
  const inFile = siblings.filter((p) => p.mentions.some((m) => m.file === file));
  const owner = inFile.find((p) => p.primary) ?? inFile[0] ?? siblings.find((p) => p.primary);
  return owner === part;
}

/** A reported age goes to the part whose mention comes closest before it in the same article. */
function nearestPart(part: Part, age: ReportedAge): Part {
  const siblings = splitSiblings.get(part.source);
  if (!siblings || siblings.length < 2) return part;
  let best: Part | undefined;
  let bestDistance = Infinity;
  for (const p of siblings)
    for (const m of p.mentions)
      if (m.file === age.file) {
        const distance = m.start <= age.start ? age.start - m.start : 1e9 + m.start - age.start;
        if (distance < bestDistance) [best, bestDistance] = [p, distance];
      }
  return best ?? siblings.find((p) => p.primary) ?? part;
}

/**
 * The parts each split entity became, so that descriptions and ages can be shared out between them. Set by
 * `splitEntity` within one synchronous `applyEntityDecisions` call; a WeakMap so that nothing is kept alive.
 */
const splitSiblings = new WeakMap<Entity, Part[]>();

function spellingsOf(mentions: Mention[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const m of mentions) {
    const list = (out[m.file] ??= []);
    if (!list.includes(m.name)) list.push(m.name);
  }
  return out;
}

/** The display name of a new part: its name with the most words, then the most mentions. */
function fullestName(mentions: Mention[]): string {
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
  return [...counts].sort((a, b) => nameWords(b[0]).length - nameWords(a[0]).length || b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
}

/** The id of an entity the decisions create: the same form the linker uses, `kind:name`. */
export function entityId(kind: EntityKind, name: string): string {
  return `${kind}:${nameKey(name)}`;
}

/** Makes ids unique in list order: a clash gets `#2`, `#3`…, so ids stay the same for the same input. */
function uniqueIds(entities: Entity[]): Entity[] {
  const used = new Set<string>();
  return entities.map((e) => {
    if (!used.has(e.id)) {
      used.add(e.id);
      return e;
    }
    let n = 2;
    while (used.has(`${e.id}#${n}`)) n++;
    used.add(`${e.id}#${n}`);
    return { ...e, id: `${e.id}#${n}` };
  });
}

/**
 * What identifies a conflict in `ignoredConflicts`: the quantity and the claims' texts, never offsets, so
 * the entry survives edits elsewhere in the articles.
 */
export function conflictIgnoreKey(conflict: Conflict): { quantity: string; claims: string[] } {
  const claims = [...new Set(conflict.claims.map((c) => nameKey(c.text)))].sort();
  return { quantity: conflict.quantity, claims };
}

const quantityKey = (q: string) => nameKey(q).toLowerCase();

/**
 * True when an `ignoredConflicts` entry covers the conflict: same quantity (its wording or its key), and
 * every claim of the conflict is one the entry lists. A new article that adds a new figure to the
 * disagreement makes it show again; an article removed from it does not.
 */
export function isConflictIgnored(conflict: Conflict, decisions: Decisions): boolean {
  if (decisions.ignoredConflicts.length === 0) return false;
  const quantities = new Set([quantityKey(conflict.quantity), quantityKey(conflict.quantityKey)]);
  const texts = conflict.claims.map((c) => nameKey(c.text));
  return decisions.ignoredConflicts.some((entry) => {
    if (!quantities.has(quantityKey(entry.quantity))) return false;
    const listed = new Set(entry.claims.map(nameKey));
    return texts.every((t) => listed.has(t));
  });
}

/** The conflicts with `ignored: true` on those crosscheck.json ignores (copies; the others are returned as they are). */
export function markIgnoredConflicts(conflicts: Conflict[], decisions: Decisions): Conflict[] {
  if (decisions.ignoredConflicts.length === 0) return conflicts;
  return conflicts.map((c) => (isConflictIgnored(c, decisions) ? { ...c, ignored: true } : c));
}
