/**
 * Edits to crosscheck.json, one builder per decision the user can make. Each takes the file's current text
 * and returns the smallest text edit that records the decision, made with jsonc-parser's `modify` so that
 * the user's formatting, comments and key order survive (see jsoncWrite.ts for why not jsonc-parser's
 * `modify` itself). Nothing here writes a file: the language server
 * sends the edit as a workspace edit (so the user can undo it), the tests apply it with `applyEdits`.
 *
 * A builder refuses (ok: false) to touch a file that does not parse or validate: the user's file is never
 * overwritten while it is broken. An empty or missing file is started as `{}`.
 */
import { Edit, FormattingOptions, JSONPath, applyEdits } from "jsonc-parser";
import { Decisions, EntityKind, RuleSetting } from "../analysis/types";
import { nameKey } from "./names";
import { lineAndColumn, validateDecisionsText } from "./validate";
import { appendEdits, removeEdits, setEdits } from "./jsoncWrite";

/** A text edit in jsonc-parser's form: replace `length` UTF-16 units at `offset` with `content`. */
export type DecisionEdit = Edit;

export type EditResult =
  | { ok: true; edits: DecisionEdit[]; text: string; changed: boolean }
  | { ok: false; reason: string };

/** An entity as the editor knows it: display name, kind, and every spelling the analysis found for it. */
export interface EntityRef {
  name: string;
  kind: EntityKind;
  spellings: string[];
}

export type ConfirmedEntity = Decisions["entities"][number];

/** Records a sequence of `modify` calls on a working copy, each on the text the previous one produced. */
class Session {
  readonly original: string;
  text: string;
  private readonly formatting: FormattingOptions;

  constructor(original: string) {
    this.original = original;
    this.text = original.trim() === "" ? "{}" + detectEol(original) : original;
    this.formatting = detectFormatting(original);
  }

  private parsed: { text: string; decisions: Decisions } | undefined;

  /** The decisions the working copy holds (re-read only after a change: loops ask for them often). */
  get decisions(): Decisions {
    if (this.parsed?.text !== this.text) {
      // The session only starts on a valid file and only makes valid changes, so this never falls back.
      const decisions = validateDecisionsText(this.text).decisions ?? { entities: [], distinct: [], notEntities: [], ignoredConflicts: [], rules: {} };
      this.parsed = { text: this.text, decisions };
    }
    return this.parsed.decisions;
  }

  set(path: JSONPath, value: unknown): void {
    this.text = applyEdits(this.text, setEdits(this.text, path, value, this.formatting));
  }

  /** Appends to the array at `path`, creating the array when the file has none there yet. */
  append(path: JSONPath, value: unknown): void {
    this.text = applyEdits(this.text, appendEdits(this.text, path, value, this.formatting));
  }

  remove(path: JSONPath): void {
    this.text = applyEdits(this.text, removeEdits(this.text, path));
  }

  result(): EditResult {
    const edit = diffEdit(this.original, this.text);
    return { ok: true, edits: edit ? [edit] : [], text: this.text, changed: edit !== null };
  }
}

/** Starts an edit session, or says why the file must not be edited. */
function open(text: string): Session | { ok: false; reason: string } {
  if (text.trim() !== "") {
    const { decisions, problems } = validateDecisionsText(text);
    if (!decisions) {
      const first = problems.find((p) => p.severity === "error");
      const where = first ? lineAndColumn(text, first.offset) : { line: 1, column: 1 };
      return { ok: false, reason: `crosscheck.json has an error at line ${where.line}, column ${where.column} (${first?.message ?? "invalid"}); fix it before making a decision, so that nothing in it is lost` };
    }
  }
  return new Session(text);
}

function run(text: string, body: (s: Session) => string | void): EditResult {
  const session = open(text);
  if (!(session instanceof Session)) return session;
  const refusal = body(session);
  return refusal ? { ok: false, reason: refusal } : session.result();
}

// ---------------------------------------------------------------------------------------------------------
// The decisions

/**
 * Confirms an entity: after this edit the entity in `entities` holds `entity.name`, `entity.kind` and every
 * name in `aliases`. Confirmed entities that already hold one of those names are folded into one (the first
 * keeps its display name unless `rename` is set), so the same name is never listed twice.
 */
export function confirmEntityEdit(text: string, entity: ConfirmedEntity, options: { rename?: boolean } = {}): EditResult {
  return run(text, (s) => upsertEntity(s, entity, options.rename ?? false));
}

/** Merges entities into one confirmed entity (the first is the target), and lifts `distinct` entries between them. */
export function mergeEntitiesEdit(text: string, entities: EntityRef[], target?: { name: string; kind: EntityKind }): EditResult {
  if (entities.length < 2) return { ok: false, reason: "a merge needs at least two entities" };
  const into = target ?? { name: entities[0].name, kind: entities[0].kind };
  const names = unique(entities.flatMap((e) => [e.name, ...e.spellings]));
  return run(text, (s) => {
    upsertEntity(s, { name: into.name, kind: into.kind, aliases: names }, true);
    liftDistinct(s, names);
  });
}

/**
 * Splits one spelling off an entity: into an existing entity (`into`: the spelling becomes its confirmed
 * alias) or into an entity of its own (a `distinct` entry between the spelling and the entity's other name).
 * In both cases the spelling is removed from any other confirmed entity that listed it.
 */
export function splitSpellingEdit(text: string, spelling: string, from: EntityRef, into?: EntityRef): EditResult {
  const key = nameKey(spelling);
  const others = unique([from.name, ...from.spellings]).filter((n) => nameKey(n) !== key);
  if (!into && others.length === 0) return { ok: false, reason: `"${spelling}" is the only spelling of ${from.name}: there is nothing to split it from` };
  return run(text, (s) => {
    removeName(s, spelling, into ? into.name : undefined);
    if (into) {
      upsertEntity(s, { name: into.name, kind: into.kind, aliases: unique([...into.spellings, spelling]) }, false);
      liftDistinct(s, [into.name, spelling]);
    }
    // Keep the spelling apart from the entity it leaves: its display name, or its other best spelling.
    const counterpart = nameKey(from.name) === key ? others[0] : from.name;
    if (counterpart !== undefined) addDistinct(s, [counterpart, spelling]);
  });
}

/** Never an entity: the string (optionally only as this kind). Also removes it from confirmed aliases. */
export function notEntityEdit(text: string, string: string, kind?: EntityKind): EditResult {
  const key = nameKey(string);
  if (!key) return { ok: false, reason: "an empty string cannot be marked as not an entity" };
  return run(text, (s) => {
    if (s.decisions.notEntities.some((n) => nameKey(n.text) === key && (n.kind === undefined || n.kind === kind))) return;
    // notEntities wins over a confirmed alias anyway; removing the alias keeps the file free of contradictions.
    const listed = s.decisions.entities.some((e) => (kind === undefined || e.kind === kind) && [e.name, ...e.aliases].some((n) => nameKey(n) === key));
    if (listed) removeName(s, string);
    s.append(["notEntities"], kind ? { text: key, kind } : { text: key });
  });
}

/** Changes an entity's kind: confirms it with the new kind (and all its spellings). */
export function changeKindEdit(text: string, entity: EntityRef, kind: EntityKind): EditResult {
  return run(text, (s) => upsertEntity(s, { name: entity.name, kind, aliases: entity.spellings }, false));
}

/**
 * Marks a string as a person, place or organization: every whole-word occurrence is then a mention. Lifts a
 * `notEntities` entry for the same string (of that kind or of every kind).
 */
export function markAsEntityEdit(text: string, string: string, kind: EntityKind): EditResult {
  const key = nameKey(string);
  if (!key) return { ok: false, reason: "select a name to mark" };
  return run(text, (s) => {
    for (let i = s.decisions.notEntities.length - 1; i >= 0; i--) {
      const n = s.decisions.notEntities[i];
      if (nameKey(n.text) === key && (n.kind === undefined || n.kind === kind)) s.remove(["notEntities", i]);
    }
    upsertEntity(s, { name: key, kind, aliases: [] }, false);
  });
}

/** Ignores a conflict, keyed by its quantity and its claims' texts (see `conflictIgnoreKey`). */
export function ignoreConflictEdit(text: string, key: { quantity: string; claims: string[] }): EditResult {
  const claims = unique(key.claims.map(nameKey));
  if (claims.length === 0) return { ok: false, reason: "a conflict without claims cannot be ignored" };
  return run(text, (s) => {
    const d = s.decisions;
    const covered = d.ignoredConflicts.some((e) => nameKey(e.quantity).toLowerCase() === nameKey(key.quantity).toLowerCase() && claims.every((c) => e.claims.some((x) => nameKey(x) === c)));
    if (covered) return;
    s.append(["ignoredConflicts"], { quantity: key.quantity, claims });
  });
}

/** Names that must never be linked to each other; lifts confirmed aliases that join two of them. */
export function distinctEdit(text: string, names: string[]): EditResult {
  const list = unique(names);
  if (list.length < 2) return { ok: false, reason: "keeping names apart needs at least two different names" };
  return run(text, (s) => {
    // A confirmed entity that lists two of the names would win over `distinct`: keep only the first there.
    for (const n of list.slice(1)) {
      const owner = s.decisions.entities.find((e) => [e.name, ...e.aliases].some((a) => nameKey(a) === nameKey(n)));
      if (owner && [owner.name, ...owner.aliases].some((a) => list.slice(0, list.indexOf(n)).some((m) => nameKey(m) === nameKey(a)))) removeName(s, n);
    }
    addDistinct(s, list);
  });
}

/** Sets a rule's severity (or off). */
export function setRuleEdit(text: string, ruleId: string, setting: RuleSetting): EditResult {
  return run(text, (s) => {
    if (s.decisions.rules[ruleId] !== setting) s.set(["rules", ruleId], setting);
  });
}

// ---------------------------------------------------------------------------------------------------------
// Building blocks

/** Adds or extends a confirmed entity so that it holds all of `entity`'s names; folds other holders into it. */
function upsertEntity(s: Session, entity: ConfirmedEntity, rename: boolean): void {
  const wanted = unique([entity.name, ...entity.aliases]);
  const wantedKeys = new Set(wanted.map(nameKey));
  const holders = s.decisions.entities.map((e, i) => ({ e, i })).filter(({ e }) => [e.name, ...e.aliases].some((n) => wantedKeys.has(nameKey(n))));
  if (holders.length === 0) {
    const entry: Record<string, unknown> = { name: entity.name, kind: entity.kind, aliases: wanted.filter((n) => nameKey(n) !== nameKey(entity.name)) };
    if (entity.description) entry.description = entity.description;
    if (entity.wikidata) entry.wikidata = entity.wikidata;
    s.append(["entities"], entry);
    return;
  }
  const [first, ...rest] = holders;
  const absorbed = rest.flatMap(({ e }) => [e.name, ...e.aliases]);
  // Remove the other holders first (from the end, so the first one's index stays valid).
  for (const { i } of [...rest].reverse()) s.remove(["entities", i]);
  const target = s.decisions.entities[first.i];
  if (rename && nameKey(target.name) !== nameKey(entity.name)) s.set(["entities", first.i, "name"], entity.name);
  if (target.kind !== entity.kind) s.set(["entities", first.i, "kind"], entity.kind);
  const displayKey = nameKey(rename ? entity.name : target.name);
  const have = new Set([target.name, ...target.aliases].map(nameKey));
  if (rename) have.delete(nameKey(target.name));
  const missing = unique([...(rename ? [target.name] : []), ...wanted, ...absorbed]).filter((n) => !have.has(nameKey(n)) && nameKey(n) !== displayKey);
  // The new display name may be listed as an alias already: drop it there, a name is listed once.
  if (rename) {
    const at = target.aliases.findIndex((a) => nameKey(a) === displayKey);
    if (at !== -1) s.remove(["entities", first.i, "aliases", at]);
  }
  for (const n of missing) s.append(["entities", first.i, "aliases"], n);
  if (entity.description && !target.description) s.set(["entities", first.i, "description"], entity.description);
  if (entity.wikidata && !target.wikidata) s.set(["entities", first.i, "wikidata"], entity.wikidata);
}

/** Removes a name from every confirmed entity that lists it (except `keepIn`); an entity left with no name goes. */
function removeName(s: Session, name: string, keepIn?: string): void {
  const key = nameKey(name);
  for (let i = s.decisions.entities.length - 1; i >= 0; i--) {
    const e = s.decisions.entities[i];
    if (keepIn !== undefined && nameKey(e.name) === nameKey(keepIn)) continue;
    const aliasAt = e.aliases.map((a, j) => (nameKey(a) === key ? j : -1)).filter((j) => j >= 0);
    for (const j of aliasAt.reverse()) s.remove(["entities", i, "aliases", j]);
    if (nameKey(e.name) === key) {
      const next = s.decisions.entities[i].aliases.find((a) => nameKey(a) !== key);
      if (next === undefined) s.remove(["entities", i]);
      else {
        s.set(["entities", i, "name"], next);
        const at = s.decisions.entities[i].aliases.findIndex((a) => a === next);
        if (at !== -1) s.remove(["entities", i, "aliases", at]);
      }
    }
  }
}

/** Adds a `distinct` group unless one already keeps all of these names apart. */
function addDistinct(s: Session, names: string[]): void {
  const keys = names.map(nameKey);
  const d = s.decisions;
  if (d.distinct.some((g) => keys.every((k) => g.some((n) => nameKey(n) === k)))) return;
  s.append(["distinct"], unique(names));
}

/** After a merge: no `distinct` group may keep two of `names` apart; all but the first of them leave it. */
function liftDistinct(s: Session, names: string[]): void {
  const keys = new Set(names.map(nameKey));
  for (let g = s.decisions.distinct.length - 1; g >= 0; g--) {
    const group = s.decisions.distinct[g];
    const inGroup = group.map((n, j) => ({ n, j })).filter(({ n }) => keys.has(nameKey(n)));
    if (inGroup.length < 2) continue;
    const remaining = group.length - (inGroup.length - 1);
    if (remaining < 2) {
      s.remove(["distinct", g]);
      continue;
    }
    for (const { j } of inGroup.slice(1).reverse()) s.remove(["distinct", g, j]);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Text helpers

function unique(names: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const n of names) {
    const key = nameKey(n);
    if (key && !seen.has(key)) {
      seen.add(key);
      out.push(key);
    }
  }
  return out;
}

function detectEol(text: string): string {
  return text.includes("\r\n") ? "\r\n" : "\n";
}

/** The file's own indentation and line ends, so that inserted entries look like the rest of it. */
export function detectFormatting(text: string): FormattingOptions {
  const eol = detectEol(text);
  const indent = /^(?:\r?\n)*[ \t]*\S.*?\r?\n([ \t]+)\S/m.exec(text)?.[1] ?? /\n([ \t]+)\S/.exec(text)?.[1];
  if (indent?.startsWith("\t")) return { insertSpaces: false, tabSize: 4, eol };
  return { insertSpaces: true, tabSize: indent ? indent.length : 2, eol };
}

/** One edit that turns `before` into `after`: the changed middle, between their common prefix and suffix. */
function diffEdit(before: string, after: string): DecisionEdit | null {
  if (before === after) return null;
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < max - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  // Do not cut a surrogate pair in two.
  if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start--;
  if (end > 0 && isLowSurrogate(before.charCodeAt(before.length - end))) end--;
  return { offset: start, length: before.length - start - end, content: after.slice(start, after.length - end) };
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;
