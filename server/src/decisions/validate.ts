/**
 * Parses crosscheck.json (JSONC: comments and trailing commas allowed) and validates it into `Decisions`.
 *
 * The file is the user's, so every problem comes back with a position (an offset and a length into the
 * text) and a message a person can act on. Unknown keys are warnings and the rest of the file still
 * applies (a newer Crosscheck may have written them); a syntax error or a value of the wrong type makes the
 * whole file invalid, and the caller then keeps the last good decisions (see `DecisionsFile`). An empty
 * file is invalid too: it is what a reader sees while an editor or a script is halfway through writing.
 */
import { Node, ParseError, parseTree, printParseErrorCode } from "jsonc-parser";
import { Decisions, EntityKind, RuleSetting } from "../analysis/types";
import { RULE_INFO } from "../analysis/rules";
import { nameKey } from "./names";

export type ProblemSeverity = "error" | "warning";

/** One thing wrong with the file, at a place in its text. */
export interface DecisionsProblem {
  severity: ProblemSeverity;
  message: string;
  /** UTF-16 offset into the file's text, as an editor counts it. */
  offset: number;
  length: number;
}

export interface ValidationResult {
  /** The decisions when the file is valid (warnings allowed); null when it has an error. */
  decisions: Decisions | null;
  problems: DecisionsProblem[];
}

/** Files larger than this are refused: crosscheck.json holds decisions, not data, and must stay fast to read. */
export const MAX_DECISIONS_BYTES = 1024 * 1024;

export const ENTITY_KINDS: readonly EntityKind[] = ["person", "place", "organization"];
export const RULE_SETTINGS: readonly RuleSetting[] = ["off", "hint", "information", "warning", "error"];

export const TOP_KEYS = ["$schema", "entities", "distinct", "notEntities", "ignoredConflicts", "rules"];
export const ENTITY_KEYS = ["name", "kind", "aliases", "description", "wikidata"];

/** What `printParseErrorCode` names, in words. */
const SYNTAX_MESSAGES: Record<string, string> = {
  InvalidSymbol: "unexpected character",
  InvalidNumberFormat: "invalid number",
  PropertyNameExpected: "a property name in double quotes is expected",
  ValueExpected: "a value is expected",
  ColonExpected: "a colon is expected",
  CommaExpected: "a comma is expected",
  CloseBraceExpected: "a closing brace } is expected",
  CloseBracketExpected: "a closing bracket ] is expected",
  EndOfFileExpected: "the end of the file is expected (extra text after the top-level object)",
  InvalidCommentToken: "invalid comment",
  UnexpectedEndOfComment: "a comment is not closed",
  UnexpectedEndOfString: "a string is not closed",
  UnexpectedEndOfNumber: "a number is cut off",
  InvalidUnicode: "invalid \\u escape",
  InvalidEscapeCharacter: "invalid escape character",
  InvalidCharacter: "invalid character in a string",
};

export function validateDecisionsText(text: string): ValidationResult {
  const problems: DecisionsProblem[] = [];
  if (text.trim() === "") {
    problems.push({ severity: "error", message: "crosscheck.json is empty; write {} for a file with no decisions", offset: 0, length: text.length });
    return { decisions: null, problems };
  }
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false });
  // Only the first syntax error: the parser's later ones are mostly consequences of it. When any of them is
  // at the very end, the file was most likely read while being written: say so.
  const truncated = errors.some((e) => e.offset + e.length >= text.trimEnd().length);
  for (const e of errors.slice(0, 1)) {
    const code = printParseErrorCode(e.error);
    problems.push({
      severity: "error",
      message: `syntax error: ${SYNTAX_MESSAGES[code] ?? code}${truncated ? " (the file ends too early: is it complete?)" : ""}`,
      offset: e.offset,
      length: Math.max(e.length, 1),
    });
  }
  if (errors.length || !root) return { decisions: null, problems };

  const v = new Validator(problems);
  const decisions = v.root(root);
  return { decisions: problems.some((p) => p.severity === "error") ? null : decisions, problems };
}

/** Walks the parse tree; records problems instead of throwing, and returns what it could read. */
class Validator {
  constructor(private readonly problems: DecisionsProblem[]) {}

  private report(severity: ProblemSeverity, node: Node, message: string): void {
    this.problems.push({ severity, message, offset: node.offset, length: node.length });
  }

  private expect(node: Node, type: Node["type"], where: string): boolean {
    if (node.type === type) return true;
    const article = type === "object" || type === "array" ? "an" : "a";
    this.report("error", node, `${where} must be ${article} ${type}, not ${describe(node)}`);
    return false;
  }

  /** Object properties as [key, key node, value node]; keys not in `known` are warned about. */
  private properties(node: Node, known: readonly string[], where: string): [string, Node, Node][] {
    const out: [string, Node, Node][] = [];
    for (const prop of node.children ?? []) {
      const [keyNode, valueNode] = prop.children ?? [];
      if (!keyNode || !valueNode) continue;
      const key = String(keyNode.value);
      if (!known.includes(key)) {
        const hint = closest(key, known);
        this.report("warning", keyNode, `unknown key "${key}" in ${where}${hint ? `; did you mean "${hint}"?` : ""} (ignored)`);
        continue;
      }
      out.push([key, keyNode, valueNode]);
    }
    return out;
  }

  private string(node: Node, where: string, options: { nonEmpty?: boolean } = {}): string | undefined {
    if (!this.expect(node, "string", where)) return undefined;
    const value = String(node.value);
    if (options.nonEmpty && nameKey(value) === "") {
      this.report("error", node, `${where} must not be empty`);
      return undefined;
    }
    return value;
  }

  private kind(node: Node, where: string): EntityKind | undefined {
    const value = this.string(node, where);
    if (value === undefined) return undefined;
    if ((ENTITY_KINDS as readonly string[]).includes(value)) return value as EntityKind;
    this.report("error", node, `${where} must be one of ${ENTITY_KINDS.map((k) => `"${k}"`).join(", ")}, not "${value}"`);
    return undefined;
  }

  private stringArray(node: Node, where: string): string[] {
    if (!this.expect(node, "array", where)) return [];
    const out: string[] = [];
    (node.children ?? []).forEach((item, i) => {
      const s = this.string(item, `${where}[${i}]`, { nonEmpty: true });
      if (s !== undefined) out.push(s);
    });
    return out;
  }

  root(node: Node): Decisions {
    const decisions: Decisions = { entities: [], distinct: [], notEntities: [], ignoredConflicts: [], rules: {} };
    if (!this.expect(node, "object", "the top level of crosscheck.json")) return decisions;
    for (const [key, , value] of this.properties(node, TOP_KEYS, "crosscheck.json")) {
      if (key === "$schema") this.string(value, `"$schema"`);
      else if (key === "entities") decisions.entities = this.entities(value);
      else if (key === "distinct") decisions.distinct = this.distinct(value);
      else if (key === "notEntities") decisions.notEntities = this.notEntities(value);
      else if (key === "ignoredConflicts") decisions.ignoredConflicts = this.ignoredConflicts(value);
      else if (key === "rules") decisions.rules = this.rules(value);
    }
    this.crossChecks(node, decisions);
    return decisions;
  }

  private entities(node: Node): Decisions["entities"] {
    if (!this.expect(node, "array", `"entities"`)) return [];
    const out: Decisions["entities"] = [];
    (node.children ?? []).forEach((item, i) => {
      const where = `entities[${i}]`;
      if (!this.expect(item, "object", where)) return;
      const entry: Partial<Decisions["entities"][number]> = { aliases: [] };
      for (const [key, , value] of this.properties(item, ENTITY_KEYS, where)) {
        if (key === "name") entry.name = this.string(value, `${where}.name`, { nonEmpty: true });
        else if (key === "kind") entry.kind = this.kind(value, `${where}.kind`);
        else if (key === "aliases") entry.aliases = this.stringArray(value, `${where}.aliases`);
        else if (key === "description") entry.description = this.string(value, `${where}.description`);
        else if (key === "wikidata") {
          const id = this.string(value, `${where}.wikidata`);
          if (id !== undefined && !/^Q[1-9][0-9]*$/.test(id)) this.report("error", value, `${where}.wikidata must be a Wikidata item id such as "Q42", not "${id}"`);
          else entry.wikidata = id;
        }
      }
      if (entry.name === undefined && !this.hasKey(item, "name")) this.report("error", item, `${where} needs a "name"`);
      if (entry.kind === undefined && !this.hasKey(item, "kind")) this.report("error", item, `${where} needs a "kind" (person, place or organization)`);
      if (entry.name !== undefined && entry.kind !== undefined) {
        out.push({
          name: entry.name,
          kind: entry.kind,
          aliases: entry.aliases ?? [],
          ...(entry.description !== undefined ? { description: entry.description } : {}),
          ...(entry.wikidata !== undefined ? { wikidata: entry.wikidata } : {}),
        });
      }
    });
    return out;
  }

  private distinct(node: Node): string[][] {
    if (!this.expect(node, "array", `"distinct"`)) return [];
    const out: string[][] = [];
    (node.children ?? []).forEach((item, i) => {
      const names = this.stringArray(item, `distinct[${i}]`);
      if (item.type === "array" && new Set(names.map(nameKey)).size < 2)
        this.report("warning", item, `distinct[${i}] lists fewer than two different names, so it keeps nothing apart`);
      out.push(names);
    });
    return out;
  }

  private notEntities(node: Node): Decisions["notEntities"] {
    if (!this.expect(node, "array", `"notEntities"`)) return [];
    const out: Decisions["notEntities"] = [];
    (node.children ?? []).forEach((item, i) => {
      const where = `notEntities[${i}]`;
      if (!this.expect(item, "object", where)) return;
      let text: string | undefined;
      let kind: EntityKind | undefined;
      for (const [key, , value] of this.properties(item, ["text", "kind"], where)) {
        if (key === "text") text = this.string(value, `${where}.text`, { nonEmpty: true });
        else kind = this.kind(value, `${where}.kind`);
      }
      if (text === undefined && !this.hasKey(item, "text")) this.report("error", item, `${where} needs a "text"`);
      if (text !== undefined) out.push(kind ? { text, kind } : { text });
    });
    return out;
  }

  private ignoredConflicts(node: Node): Decisions["ignoredConflicts"] {
    if (!this.expect(node, "array", `"ignoredConflicts"`)) return [];
    const out: Decisions["ignoredConflicts"] = [];
    (node.children ?? []).forEach((item, i) => {
      const where = `ignoredConflicts[${i}]`;
      if (!this.expect(item, "object", where)) return;
      let quantity: string | undefined;
      let claims: string[] | undefined;
      for (const [key, , value] of this.properties(item, ["quantity", "claims"], where)) {
        if (key === "quantity") quantity = this.string(value, `${where}.quantity`, { nonEmpty: true });
        else claims = this.stringArray(value, `${where}.claims`);
      }
      if (quantity === undefined && !this.hasKey(item, "quantity")) this.report("error", item, `${where} needs a "quantity"`);
      if (claims === undefined && !this.hasKey(item, "claims")) this.report("error", item, `${where} needs "claims" (the texts of the claims it ignores)`);
      else if (claims && claims.length === 0) this.report("warning", item, `${where}.claims is empty, so it ignores nothing`);
      if (quantity !== undefined && claims !== undefined) out.push({ quantity, claims });
    });
    return out;
  }

  private rules(node: Node): Record<string, RuleSetting> {
    if (!this.expect(node, "object", `"rules"`)) return {};
    const known = Object.keys(RULE_INFO);
    const out: Record<string, RuleSetting> = {};
    for (const prop of node.children ?? []) {
      const [keyNode, valueNode] = prop.children ?? [];
      if (!keyNode || !valueNode) continue;
      const id = String(keyNode.value);
      if (!known.includes(id)) {
        const hint = closest(id, known);
        this.report("warning", keyNode, `unknown rule "${id}"${hint ? `; did you mean "${hint}"?` : ""} (known rules: ${known.join(", ")})`);
      }
      const value = this.string(valueNode, `rules["${id}"]`);
      if (value === undefined) continue;
      if ((RULE_SETTINGS as readonly string[]).includes(value)) out[id] = value as RuleSetting;
      else this.report("error", valueNode, `rules["${id}"] must be one of ${RULE_SETTINGS.map((s) => `"${s}"`).join(", ")}, not "${value}"`);
    }
    return out;
  }

  /** Decisions that contradict each other: allowed (the documented precedence applies) but worth a warning. */
  private crossChecks(root: Node, d: Decisions): void {
    const owner = new Map<string, string>();
    const entitiesNode = propertyValue(root, "entities");
    d.entities.forEach((e, i) => {
      for (const n of [e.name, ...e.aliases]) {
        const key = nameKey(n);
        const first = owner.get(key);
        const at = entitiesNode?.children?.[i] ?? root;
        if (first !== undefined && first !== e.name)
          this.report("warning", at, `"${n}" is listed under both "${first}" and "${e.name}"; the first entity keeps it`);
        else owner.set(key, e.name);
      }
    });
    const distinctNode = propertyValue(root, "distinct");
    d.distinct.forEach((group, i) => {
      const owners = group.map((n) => owner.get(nameKey(n))).filter((o): o is string => o !== undefined);
      const shared = owners.find((o, j) => owners.indexOf(o) !== j);
      if (shared !== undefined)
        this.report("warning", distinctNode?.children?.[i] ?? root, `distinct[${i}] lists names that "entities" joins in "${shared}"; the entity wins`);
    });
  }

  private hasKey(node: Node, key: string): boolean {
    return (node.children ?? []).some((p) => p.children?.[0]?.value === key);
  }
}

function propertyValue(node: Node, key: string): Node | undefined {
  return node.children?.find((p) => p.children?.[0]?.value === key)?.children?.[1];
}

function describe(node: Node): string {
  if (node.type === "string") return `the string ${JSON.stringify(node.value)}`;
  if (node.type === "number" || node.type === "boolean") return `${node.type} ${String(node.value)}`;
  if (node.type === "null") return "null";
  return `an ${node.type}`;
}

/** The known key within two edits of `key`, for "did you mean" hints. */
function closest(key: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const k of known) {
    const d = editDistance(key.toLowerCase(), k.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}

/** 1-based line and column (UTF-16 units) of an offset, for messages on a terminal. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < Math.min(offset, text.length); i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: Math.max(offset, lineStart) - lineStart + 1 };
}
