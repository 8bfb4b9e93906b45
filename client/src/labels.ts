/**
 * The text the client shows (tree labels, counts, filters), kept free of `vscode` imports so that unit
 * tests can run it under plain Node.
 */

/** How much of a mention's line to show around it, so long paragraphs stay readable in the tree. */
const CONTEXT_BEFORE = 30;
const CONTEXT_AFTER = 60;

/** The part of the mention's line to show, and where the mention is in it (for the highlight). */
export function contextSnippet(mention: { context: string; contextStart: number; contextEnd: number }): {
  text: string;
  start: number;
  end: number;
} {
  const line = mention.context.replace(/\s+/g, " ");
  // Whitespace collapsing can shift the mention: re-measure on the collapsed text.
  const before = mention.context.slice(0, mention.contextStart).replace(/\s+/g, " ");
  const inside = mention.context.slice(mention.contextStart, mention.contextEnd).replace(/\s+/g, " ");
  let from = Math.max(0, before.length - CONTEXT_BEFORE);
  let to = Math.min(line.length, before.length + inside.length + CONTEXT_AFTER);
  // Start and end on word boundaries, so the snippet does not open with half a word.
  if (from > 0) {
    const space = line.indexOf(" ", from);
    if (space >= 0 && space < before.length) from = space + 1;
  }
  if (to < line.length) {
    const space = line.lastIndexOf(" ", to);
    if (space > before.length + inside.length) to = space;
  }
  // Do not cut a surrogate pair in half.
  if (from > 0 && isLowSurrogate(line.charCodeAt(from))) from--;
  if (to < line.length && isLowSurrogate(line.charCodeAt(to))) to++;
  const prefix = from > 0 ? "…" : "";
  const suffix = to < line.length ? "…" : "";
  const text = `${prefix}${line.slice(from, to)}${suffix}`;
  const start = prefix.length + before.length - from;
  return { text, start, end: start + inside.length };
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Case- and accent-insensitive match on any spelling, so "tikhan" finds "Tsikhanouskaya" via its variants. */
export function matchesFilter(entity: { spellings: readonly string[] }, filter: string): boolean {
  if (filter === "") return true;
  const needle = fold(filter);
  return entity.spellings.some((spelling) => fold(spelling).includes(needle));
}

function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLocaleLowerCase();
}

/** "1 mention", "65 mentions". */
export function count(value: number, one: string, many = `${one}s`): string {
  return `${value.toLocaleString("en-US")} ${value === 1 ? one : many}`;
}

/** "5 articles · 22 people · 1 conflict". */
export function summarize(status: { articles: number; people: number; conflicts: number }): string {
  return [
    count(status.articles, "article"),
    count(status.people, "person", "people"),
    count(status.conflicts, "conflict"),
  ].join(" · ");
}
