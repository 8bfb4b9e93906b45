// Builders for the figure tests: an article from our own text (one paragraph block per line), person mentions
// for given names, and entities joining mentions by a chosen key. Independent of the structure and name finders.
import { Article, ArticleAnalysis, Block, Entity, Mention, Quotation } from "../../server/src/analysis/types";
import { extractClaims } from "../../server/src/analysis/claims";

export interface ArticleOptions {
  file?: string;
  date?: string | null;
  outlet?: string | null;
  blocks?: Block[];
  quotations?: Quotation[];
  /** Place names to mark as place mentions. */
  places?: string[];
  /** Organization names to mark as organization mentions. */
  organizations?: string[];
}

export function article(text: string, options: ArticleOptions = {}): Article {
  const blocks: Block[] = options.blocks ?? [];
  if (!options.blocks) {
    const re = /[^\r\n]+/g;
    for (let m: RegExpExecArray | null; (m = re.exec(text)); ) blocks.push({ start: m.index, end: m.index + m[0].length, kind: "paragraph" });
  }
  return {
    file: options.file ?? "a.txt",
    text,
    headline: null,
    outlet: options.outlet ?? null,
    date: options.date ?? null,
    authors: [],
    blocks,
    quotations: options.quotations ?? [],
  };
}

/** Person mentions for every whole-word occurrence of each name (longest names first, no overlaps). */
export function persons(a: Article, names: string[], kind: "person" | "place" | "organization" = "person"): Mention[] {
  const out: Mention[] = [];
  for (const name of [...names].sort((x, y) => y.length - x.length)) {
    for (let i = a.text.indexOf(name); i >= 0; i = a.text.indexOf(name, i + 1)) {
      const end = i + name.length;
      if (/\p{L}/u.test(a.text[i - 1] ?? "") || /\p{L}/u.test(a.text[end] ?? "")) continue;
      if (out.some((m) => m.start < end && m.end > i)) continue;
      out.push({ file: a.file, start: i, end, text: name, kind, name, form: name.includes(" ") ? "full" : "surname" });
    }
  }
  return out.sort((x, y) => x.start - y.start);
}

export function analysis(text: string, names: string[] = [], options: ArticleOptions = {}): ArticleAnalysis {
  const a = article(text, options);
  const mentions = [...persons(a, names), ...persons(a, options.places ?? [], "place"), ...persons(a, options.organizations ?? [], "organization")].sort((x, y) => x.start - y.start);
  return { article: a, mentions, claims: extractClaims(a, mentions) };
}

/** Entities joining person mentions whose name maps to the same key (e.g. the surname), and organizations by name. */
export function entities(analyses: ArticleAnalysis[], keyOf: (name: string) => string = (n) => n.split(" ").pop() ?? n): Entity[] {
  const byKey = new Map<string, Entity>();
  for (const { mentions } of analyses)
    for (const m of mentions) {
      if (m.kind === "place") continue;
      const key = m.kind === "person" ? keyOf(m.name) : `organization:${m.name}`;
      let e = byKey.get(key);
      if (!e) byKey.set(key, (e = { id: m.kind === "person" ? `person:${key}` : key, kind: m.kind, name: m.name, mentions: [], spellings: {}, descriptions: [], ages: [] }));
      e.mentions.push(m);
    }
  return [...byKey.values()];
}
