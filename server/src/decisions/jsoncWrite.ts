/**
 * Small, layout-keeping edits to a JSONC text: append to an array, add a property, remove an element or a
 * property, replace a value. jsonc-parser's `modify` re-formats the lines around an insertion (a one-line
 * object beside it gets spread over several lines), drops the comment above a removed element, and can
 * produce invalid JSON when removing an array's last element without formatting options; these functions
 * touch only the characters that must change and follow the container's own style (one line or one item
 * per line, its indentation, a trailing comma).
 */
import { Edit, FormattingOptions, JSONPath, Node, findNodeAtLocation, modify, parseTree } from "jsonc-parser";

function tree(text: string): Node | undefined {
  return parseTree(text, [], { allowTrailingComma: true, disallowComments: false });
}

/** The position of the next character that is not whitespace or a comment. */
function skipTrivia(text: string, at: number): number {
  for (;;) {
    while (at < text.length && /\s/.test(text[at])) at++;
    if (text.startsWith("//", at)) {
      while (at < text.length && text[at] !== "\n" && text[at] !== "\r") at++;
    } else if (text.startsWith("/*", at)) {
      const close = text.indexOf("*/", at + 2);
      at = close === -1 ? text.length : close + 2;
    } else return at;
  }
}

function lineStart(text: string, at: number): number {
  while (at > 0 && text[at - 1] !== "\n" && text[at - 1] !== "\r") at--;
  return at;
}

/** The whitespace a line starts with. */
function indentOfLine(text: string, at: number): string {
  const start = lineStart(text, at);
  return /^[ \t]*/.exec(text.slice(start))?.[0] ?? "";
}

function unitOf(f: FormattingOptions): string {
  return f.insertSpaces === false ? "\t" : " ".repeat(f.tabSize ?? 2);
}

/**
 * JSON on several lines, each line after the first starting with `indent`; scalars and short lists of
 * strings stay on one line (`"aliases": ["A", "B"]`), as people write them.
 */
function pretty(value: unknown, indent: string, f: FormattingOptions): string {
  if (value === null || typeof value !== "object" || isShortStringList(value) || isSmallRecord(value)) return compact(value);
  const inner = indent + unitOf(f);
  const entries = Array.isArray(value)
    ? value.map((v) => pretty(v, inner, f))
    : Object.entries(value as Record<string, unknown>).map(([k, v]) => `${JSON.stringify(k)}: ${pretty(v, inner, f)}`);
  const [open, close] = Array.isArray(value) ? ["[", "]"] : ["{", "}"];
  if (entries.length === 0) return open + close;
  return open + f.eol + entries.map((e) => inner + e).join("," + f.eol) + f.eol + indent + close;
}

/** JSON on one line with a space after each comma and colon, as people write short values. */
function compact(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(compact).join(", ")}]`;
  if (value && typeof value === "object")
    return `{ ${Object.entries(value as Record<string, unknown>).map(([k, v]) => `${JSON.stringify(k)}: ${compact(v)}`).join(", ")} }`;
  return JSON.stringify(value);
}

const isMultiLine = (text: string, node: Node) => /[\r\n]/.test(text.slice(node.offset, node.offset + node.length));

/** Adds `item` (an array element, or a `"key": value` property when `key` is given) at the end of `container`. */
function appendTo(text: string, container: Node, item: unknown, key: string | undefined, f: FormattingOptions): Edit[] {
  const children = container.children ?? [];
  const render = (v: unknown, indent: string, multi: boolean) =>
    (key !== undefined ? `${JSON.stringify(key)}: ` : "") + (multi ? pretty(v, indent, f) : compact(v));
  const open = container.offset + 1;
  const close = container.offset + container.length - 1;
  if (children.length === 0) {
    // An empty container: objects and structured items go one per line, a lone string stays on one line.
    const multi = key !== undefined || (typeof item === "object" && item !== null && !isShortStringList(item)) || isMultiLine(text, container);
    if (!multi) return [{ offset: open, length: close - open, content: render(item, "", false) }];
    const outer = indentOfLine(text, container.offset);
    const inner = outer + unitOf(f);
    return [{ offset: open, length: close - open, content: f.eol + inner + render(item, inner, true) + f.eol + outer }];
  }
  const last = children[children.length - 1];
  const lastEnd = last.offset + last.length;
  const next = skipTrivia(text, lastEnd);
  const trailingComma = text[next] === ",";
  if (!isMultiLine(text, container)) {
    return trailingComma
      ? [{ offset: next + 1, length: 0, content: ` ${render(item, "", false)},` }]
      : [{ offset: lastEnd, length: 0, content: `, ${render(item, "", false)}` }];
  }
  const startsLine = text.slice(lineStart(text, last.offset), last.offset).trim() === "";
  const indent = startsLine ? indentOfLine(text, last.offset) : indentOfLine(text, container.offset) + unitOf(f);
  const entry = render(item, indent, true);
  // The new entry goes on a new line after the last one (after its trailing comment, if any), unless the
  // container closes on that same line.
  const after = trailingComma ? next + 1 : lastEnd;
  const eolAt = endOfLine(text, after);
  const at = eolAt > close ? after : eolAt;
  if (trailingComma) return [{ offset: at, length: 0, content: f.eol + indent + entry + "," }]; // keep the trailing-comma style
  if (at === lastEnd) return [{ offset: lastEnd, length: 0, content: "," + f.eol + indent + entry }];
  return [
    { offset: lastEnd, length: 0, content: "," },
    { offset: at, length: 0, content: f.eol + indent + entry },
  ];
}

/** A small object of scalars and short name lists reads best on one line: `{ "text": "Reuters" }`. */
function isSmallRecord(value: object): boolean {
  return !Array.isArray(value) && Object.values(value).every((v) => typeof v !== "object" || v === null || isShortStringList(v)) && compact(value).length <= 72;
}

/** A list of names reads best on one line: `"aliases": ["A", "B"]`. */
function isShortStringList(value: unknown): boolean {
  return Array.isArray(value) && value.every((v) => typeof v === "string") && compact(value).length <= 60;
}

/** The end of the line `at` is on, before any trailing `// comment` is kept: the offset of the line break. */
function endOfLine(text: string, at: number): number {
  while (at < text.length && text[at] !== "\n" && text[at] !== "\r") at++;
  return at;
}

/** The edits (in order, to apply one after another) that append `value` to the array at `path`, creating it if needed. */
export function appendEdits(text: string, path: JSONPath, value: unknown, f: FormattingOptions): Edit[] {
  const root = tree(text);
  if (!root) return [];
  const node = findNodeAtLocation(root, path);
  if (node?.type === "array") return appendTo(text, node, value, undefined, f);
  return setEdits(text, path, [value], f);
}

/** Sets the value at `path`: replaces it where it exists, adds the property at the end of its object otherwise. */
export function setEdits(text: string, path: JSONPath, value: unknown, f: FormattingOptions): Edit[] {
  const root = tree(text);
  if (!root) return [];
  const node = findNodeAtLocation(root, path);
  if (node) {
    return [{ offset: node.offset, length: node.length, content: pretty(value, indentOfLine(text, node.offset), f) }];
  }
  const parent = findNodeAtLocation(root, path.slice(0, -1));
  const key = path[path.length - 1];
  if (parent?.type === "object" && typeof key === "string") {
    return appendTo(text, parent, value, key, f);
  }
  // Anything else (a path through a missing object): jsonc-parser builds the structure.
  return modify(text, path, value, { formattingOptions: f });
}

/**
 * Removes the array element or property at `path`, with the comma that separated it, and (when it had a
 * line of its own) that line and the comment lines directly above it, which were about it.
 */
export function removeEdits(text: string, path: JSONPath): Edit[] {
  const root = tree(text);
  if (!root) return [];
  let node = findNodeAtLocation(root, path);
  if (!node) return [];
  if (node.parent?.type === "property") node = node.parent; // an object's member: remove the whole property
  const container = node.parent;
  if (!container) return [];
  const siblings = container.children ?? [];
  const index = siblings.indexOf(node);
  const start = node.offset;
  const end = node.offset + node.length;
  const afterEnd = skipTrivia(text, end);
  const hasComma = text[afterEnd] === ",";
  const ownLine = text.slice(lineStart(text, start), start).trim() === "";

  if (ownLine && isMultiLine(text, container)) {
    let from = lineStart(text, start);
    // Comment lines right above the entry describe it: they go with it.
    for (;;) {
      if (from === 0) break;
      const prevStart = lineStart(text, from - 1 - (text[from - 1] === "\n" && text[from - 2] === "\r" ? 1 : 0));
      const line = text.slice(prevStart, from).trim();
      if (!line.startsWith("//")) break;
      from = prevStart;
    }
    let to = hasComma ? afterEnd + 1 : end;
    const rest = text.slice(to, endOfLine(text, to));
    if (rest.trim() === "" || rest.trim().startsWith("//")) {
      to = endOfLine(text, to);
      if (text[to] === "\r") to++;
      if (text[to] === "\n") to++;
    }
    const edits: Edit[] = [{ offset: from, length: to - from, content: "" }];
    if (!hasComma && index > 0) {
      // The last entry had no comma after it: the one before it must lose its separating comma.
      const prev = siblings[index - 1];
      const comma = skipTrivia(text, prev.offset + prev.length);
      if (text[comma] === ",") edits.unshift({ offset: comma, length: 1, content: "" });
    }
    return edits; // both in the original text's offsets, not overlapping: apply together

  }
  if (index < siblings.length - 1) return [{ offset: start, length: siblings[index + 1].offset - start, content: "" }];
  if (index > 0) {
    const prev = siblings[index - 1];
    const prevEnd = prev.offset + prev.length;
    return [{ offset: prevEnd, length: end - prevEnd, content: "" }];
  }
  return [{ offset: start, length: (hasComma ? afterEnd + 1 : end) - start, content: "" }];
}
