/**
 * What every export format shares: per article, its mentions with the cross-article entity each belongs to,
 * and offset conversion. The core counts offsets in UTF-16 code units (as JavaScript strings and LSP do);
 * brat and the JSONL export count Unicode code points (as Python, where brat, doccano and spaCy live, does),
 * so the formats convert with `offsetMapper`.
 */
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { ArticleAnalysis, Claim, CorpusAnalysis, EntityKind } from "../analysis/types";

/** One file an export writes, relative to the output folder. */
export interface ExportFile {
  path: string;
  content: string;
}

export interface ExportMention {
  /** UTF-16 offsets, as in the core. */
  start: number;
  end: number;
  text: string;
  kind: EntityKind;
  entityId: string;
}

export interface ExportArticle {
  analysis: ArticleAnalysis;
  /** The output name without extension ("folder/article"): unique, from the path relative to the inputs' common folder. */
  name: string;
  /** Mentions of linked entities, sorted by start (longest first where two start together). */
  mentions: ExportMention[];
  claims: Claim[];
}

/** The articles in corpus order with the entity of each mention (a mention no entity holds is left out). */
export function exportArticles(corpus: CorpusAnalysis): ExportArticle[] {
  const byFile = new Map<string, ExportMention[]>();
  const seen = new Set<string>();
  for (const entity of corpus.entities) {
    for (const m of entity.mentions) {
      const key = `${m.file}\u0000${m.start}\u0000${m.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const list = byFile.get(m.file) ?? [];
      list.push({ start: m.start, end: m.end, text: m.text, kind: entity.kind, entityId: entity.id });
      byFile.set(m.file, list);
    }
  }
  const names = outputNames(corpus.articles.map((a) => a.article.file));
  return corpus.articles.map((analysis, i) => ({
    analysis,
    name: names[i],
    mentions: (byFile.get(analysis.article.file) ?? []).sort((a, b) => a.start - b.start || b.end - a.end),
    claims: [...analysis.claims].sort((a, b) => a.start - b.start),
  }));
}

/**
 * Output names for article files: the path relative to their common folder, without its extension
 * (brat wants `name.txt` beside `name.ann`), with a numbered suffix where two would collide
 * ("a.article" and "a.news" in one folder).
 */
export function outputNames(files: string[]): string[] {
  // The language server names articles by file: URIs, the CLI by paths; names come from the path either way.
  const resolved = files.map((f) => path.resolve(f.startsWith("file:") ? fileURLToPath(f) : f));
  const common = commonFolder(resolved);
  const used = new Set<string>();
  return resolved.map((file) => {
    const relative = path.relative(common, file).split(path.sep).join("/");
    const base = relative.replace(/\.[^./]*$/, "") || "article";
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base}-${n}`;
    used.add(name.toLowerCase()); // case-insensitive file systems (macOS, Windows) would merge them
    return name;
  });
}

function commonFolder(files: string[]): string {
  if (files.length === 0) return process.cwd();
  let common = path.dirname(files[0]).split(path.sep);
  for (const f of files.slice(1)) {
    const parts = path.dirname(f).split(path.sep);
    let n = 0;
    while (n < common.length && n < parts.length && common[n] === parts[n]) n++;
    common = common.slice(0, n);
  }
  return common.join(path.sep) || path.sep;
}

export interface OffsetMapper {
  /** The text the offsets count in (line breaks normalized to \n when asked). */
  text: string;
  /** A UTF-16 offset into the original text -> a code point offset into `text`. */
  map(offset: number): number;
}

/**
 * Converts the core's UTF-16 offsets to code point offsets, optionally over a copy of the text whose line
 * breaks (\r\n, lone \r) are normalized to \n. A surrogate pair counts once; an offset inside a pair (never
 * produced by the core) maps to the pair's start.
 */
export function offsetMapper(original: string, options: { normalizeNewlines?: boolean } = {}): OffsetMapper {
  const table = new Uint32Array(original.length + 1);
  let out = 0;
  const pieces: string[] = [];
  let i = 0;
  while (i < original.length) {
    table[i] = out;
    const c = original.charCodeAt(i);
    if (options.normalizeNewlines && c === 13) {
      const crlf = original.charCodeAt(i + 1) === 10;
      if (crlf) table[i + 1] = out; // the \n of \r\n is the same output character
      pieces.push("\n");
      out++;
      i += crlf ? 2 : 1;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < original.length) {
      const d = original.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        table[i + 1] = out;
        pieces.push(original.slice(i, i + 2));
        out++;
        i += 2;
        continue;
      }
    }
    pieces.push(original[i]);
    out++;
    i++;
  }
  table[original.length] = out;
  const text = options.normalizeNewlines ? pieces.join("") : original;
  return { text, map: (offset) => table[Math.max(0, Math.min(offset, original.length))] };
}

/** A code point slice of a string: what Python's `text[start:end]` gives. */
export function codePointSlice(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join("");
}

export const KIND_LABELS: Record<EntityKind, { brat: string; conll: string }> = {
  person: { brat: "Person", conll: "PER" },
  place: { brat: "Place", conll: "LOC" },
  organization: { brat: "Organization", conll: "ORG" },
};
