/**
 * A tiny, deterministic stand-in for the analysis core, so the LSP layer's translation (hover text, rename
 * edits, related information, semantic tokens, quick fixes) can be tested precisely whatever state the real
 * core is in. It understands only the test fixtures' conventions:
 * - line 1 is the headline; `Source: X` names the outlet; `Date: YYYY-MM-DD` the date; a short line without
 *   final punctuation is a subhead;
 * - a name is a run of capitalized words (minus a few function words); "in X" makes X a place, a name ending in
 *   Party/Council/Agency/Union an organization, anything else a person;
 * - names with the same kind whose last words are within one edit link into one entity;
 * - "<qualifier> N <noun> <verb>" is a claim about "<noun> <verb>"; differing figures across articles conflict.
 */
import type { AnalysisOptions } from "../../server/src/analysis/analyze";
import type { ArticleAnalysis, ArticleSource, Block, Claim, Conflict, CorpusAnalysis, Entity, EntityKind, Mention } from "../../server/src/analysis/types";
import type { Analyzer } from "../../server/src/index/workspaceIndex";

const FUNCTION_WORDS = new Set(["The", "A", "An", "In", "On", "He", "She", "It", "They", "We", "But", "And", "Source", "Date", "Officials", "Police", "About", "Nearly", "More", "At", "By", "Minister", "Total"]);
const NAME = /\p{Lu}[\p{Ll}\p{M}]+(?: \p{Lu}[\p{Ll}\p{M}]+)*/gu;
const CLAIM = /\b([Mm]ore than |[Nn]early |[Aa]t least |[Aa]bout )?(\d[\d,]*) (\p{Ll}+) (\p{Ll}+)/gu;

function oneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

export function fakeAnalyzeArticle(source: ArticleSource): ArticleAnalysis {
  const { file, text } = source;
  const blocks: Block[] = [];
  for (const m of text.matchAll(/[^\r\n]+/g)) {
    const line = m[0];
    const kind: Block["kind"] =
      blocks.length === 0 ? "headline" : /^Source:/.test(line) ? "byline" : /^Date:/.test(line) ? "dateline" : line.length < 50 && !/[.!?:”"]$/.test(line) ? "subhead" : "paragraph";
    blocks.push({ start: m.index, end: m.index + line.length, kind });
  }
  const headline = blocks[0] ? { start: blocks[0].start, end: blocks[0].end, text: text.slice(blocks[0].start, blocks[0].end) } : null;
  const outlet = /^Source: (.+?)\s*$/m.exec(text)?.[1] ?? null;
  const date = /^Date: (\d{4}-\d{2}-\d{2})/m.exec(text)?.[1] ?? null;
  const mentions: Mention[] = [];
  for (const block of blocks) {
    if (block.kind !== "paragraph") continue;
    const line = text.slice(block.start, block.end);
    for (const m of line.matchAll(NAME)) {
      let name = m[0];
      let start = block.start + m.index;
      while (FUNCTION_WORDS.has(name.split(" ")[0])) {
        const rest = name.indexOf(" ");
        if (rest < 0) {
          name = "";
          break;
        }
        start += rest + 1;
        name = name.slice(rest + 1);
      }
      if (!name) continue;
      const before = text.slice(Math.max(0, start - 3), start);
      const kind: EntityKind = /(Party|Council|Agency|Union)$/.test(name) ? "organization" : before === "in " ? "place" : "person";
      mentions.push({ file, start, end: start + name.length, text: name, name, kind, form: name.includes(" ") ? "full" : "surname" });
    }
  }
  const claims: Claim[] = [];
  for (const m of text.matchAll(CLAIM)) {
    const qualifier = (m[1] ?? "").trim().toLowerCase() || "exact";
    const value = Number(m[2].replace(/,/g, ""));
    const [low, high, lowOpen, highOpen] =
      qualifier === "more than" ? [value, null, true, false] : qualifier === "nearly" ? [value * 0.9, value, false, true] : qualifier === "at least" ? [value, null, false, false] : qualifier === "about" ? [value * 0.9, value * 1.1, false, false] : [value, value, false, false];
    claims.push({
      file,
      start: m.index,
      end: m.index + m[0].length - m[4].length - 1 - m[3].length - 1,
      text: m[0].slice(0, m[0].length - m[4].length - 1 - m[3].length - 1),
      value,
      low,
      high,
      lowOpen,
      highOpen,
      qualifier,
      unit: "count",
      quantity: `${m[3]} ${m[4]}`,
      quantityKey: m[4],
    });
  }
  return { article: { file, text, headline, outlet, date, authors: [], blocks, quotations: [] }, mentions, claims };
}

function overlaps(a: Claim, b: Claim): boolean {
  const lo = (c: Claim) => c.low ?? -Infinity;
  const hi = (c: Claim) => c.high ?? Infinity;
  return lo(a) <= hi(b) && lo(b) <= hi(a);
}

export function fakeLinkCorpus(articles: ArticleAnalysis[]): CorpusAnalysis {
  const entities = fakeLinkEntities(articles);
  return { articles, entities, conflicts: fakeFindConflicts(articles) };
}

function fakeLinkEntities(articles: ArticleAnalysis[]): Entity[] {
  const entities: Entity[] = [];
  for (const { mentions } of articles)
    for (const mention of mentions) {
      const last = mention.name.split(" ").pop()!;
      let entity = entities.find((e) => e.kind === mention.kind && e.mentions.some((m) => oneEdit(m.name.split(" ").pop()!, last)));
      if (!entity) entities.push((entity = { id: `${mention.kind}:${mention.name}`, kind: mention.kind, name: mention.name, mentions: [], spellings: {}, descriptions: [], ages: [] }));
      entity.mentions.push(mention);
      if (mention.name.length > entity.name.length) entity.name = mention.name;
      (entity.spellings[mention.file] ??= []).includes(mention.name) || entity.spellings[mention.file].push(mention.name);
    }
  return entities;
}

export function fakeFindConflicts(articles: ArticleAnalysis[]): Conflict[] {
  const byKey = new Map<string, Claim[]>();
  for (const { claims } of articles) for (const claim of claims) byKey.set(claim.quantityKey, [...(byKey.get(claim.quantityKey) ?? []), claim]);
  const conflicts: Conflict[] = [];
  for (const [key, claims] of byKey) {
    if (new Set(claims.map((c) => c.file)).size < 2 || new Set(claims.map((c) => c.text)).size < 2) continue;
    const compatible = claims.every((a) => claims.every((b) => overlaps(a, b)));
    conflicts.push({
      id: `conflict:${key}`,
      quantity: claims[0].quantity,
      quantityKey: key,
      severity: compatible ? "information" : "warning",
      message: `Sources differ on ${claims[0].quantity}: ${claims.map((c) => c.text).join(", ")}`,
      claims,
    });
  }
  return conflicts;
}

export const fakeAnalyzer: Analyzer = {
  analyzeArticle: (source: ArticleSource, _options?: AnalysisOptions) => fakeAnalyzeArticle(source),
  linkCorpus: (articles: ArticleAnalysis[], _options?: AnalysisOptions) => fakeLinkCorpus(articles),
  findConflicts: (articles: ArticleAnalysis[]) => fakeFindConflicts(articles),
};
