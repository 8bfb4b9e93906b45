/**
 * The analysis report: the JSON that `crosscheck analyze --format json` prints (its format is the one
 * ../shared/eval/README.md describes, which the scorer reads), and the readable text table.
 */
import { Claim, Conflict, CorpusAnalysis, Entity, EntityKind } from "./analysis/types";

export interface ReportOptions {
  /** Turns the core's file identifiers into what the report prints (e.g. paths relative to the cwd). */
  displayPath?: (file: string) => string;
}

export interface ReportClaim {
  file: string;
  start: number;
  end: number;
  text: string;
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: string | null;
}

export interface Report {
  version: 1;
  articles: { file: string; headline: string | null; outlet: string | null; date: string | null; authors: string[] }[];
  entities: {
    id: string;
    kind: EntityKind;
    name: string;
    confirmed: boolean;
    spellings: Record<string, string[]>;
    descriptions: { file: string; text: string }[];
    ages: { file: string; value: number }[];
    mentions: { file: string; start: number; end: number; text: string }[];
  }[];
  conflicts: {
    id: string;
    quantity: string;
    severity: string;
    message: string;
    ignored: boolean;
    claims: ReportClaim[];
  }[];
}

export function buildReport(corpus: CorpusAnalysis, options: ReportOptions = {}): Report {
  const show = options.displayPath ?? ((file: string) => file);
  const claimOf = (c: Claim): ReportClaim => ({
    file: show(c.file),
    start: c.start,
    end: c.end,
    text: c.text,
    value: c.value,
    low: c.low,
    high: c.high,
    qualifier: c.qualifier,
  });
  return {
    version: 1,
    articles: corpus.articles.map(({ article }) => ({
      file: show(article.file),
      headline: article.headline?.text ?? null,
      outlet: article.outlet,
      date: article.date,
      authors: article.authors,
    })),
    entities: corpus.entities.map((e) => ({
      id: e.id,
      kind: e.kind,
      name: e.name,
      confirmed: e.confirmed === true,
      spellings: Object.fromEntries(Object.entries(e.spellings).map(([file, names]) => [show(file), names])),
      descriptions: e.descriptions.map((d) => ({ file: show(d.file), text: d.text })),
      ages: e.ages.map((a) => ({ file: show(a.file), value: a.value })),
      mentions: e.mentions.map((m) => ({ file: show(m.file), start: m.start, end: m.end, text: m.text })),
    })),
    conflicts: corpus.conflicts.map((c) => ({
      id: c.id,
      quantity: c.quantity,
      severity: c.severity,
      message: c.message,
      ignored: isIgnored(c),
      claims: c.claims.map(claimOf),
    })),
  };
}

/** Conflicts may carry an `ignored` mark once crosscheck.json's ignoredConflicts are applied. */
export function isIgnored(conflict: Conflict): boolean {
  return (conflict as Conflict & { ignored?: boolean }).ignored === true;
}

const KIND_TITLES: Record<EntityKind, string> = { person: "People", place: "Places", organization: "Organizations" };

/** A readable table: per kind, each entity with its spellings and mention counts per article. */
export function formatReportText(corpus: CorpusAnalysis, options: ReportOptions = {}): string {
  const show = options.displayPath ?? ((file: string) => file);
  const lines: string[] = [];
  lines.push(`${corpus.articles.length} article${corpus.articles.length === 1 ? "" : "s"}`);
  for (const { article } of corpus.articles) {
    const meta = [article.outlet, article.date].filter(Boolean).join(", ");
    lines.push(`  ${show(article.file)}: ${article.headline?.text ?? "(no headline)"}${meta ? ` [${meta}]` : ""}`);
  }
  for (const kind of ["person", "place", "organization"] as EntityKind[]) {
    const entities = corpus.entities.filter((e) => e.kind === kind).sort(byMentionsThenName);
    lines.push("", `${KIND_TITLES[kind]} (${entities.length})`);
    for (const e of entities) {
      const spellings = [...new Set(Object.values(e.spellings).flat())].filter((s) => s !== e.name);
      lines.push(`  ${e.name}: ${e.mentions.length} mention${e.mentions.length === 1 ? "" : "s"}${spellings.length ? `; also ${spellings.join(", ")}` : ""}`);
      const perFile = new Map<string, number>();
      for (const m of e.mentions) perFile.set(m.file, (perFile.get(m.file) ?? 0) + 1);
      for (const [file, n] of perFile) lines.push(`      ${n} in ${show(file)}`);
    }
  }
  if (corpus.conflicts.length) {
    lines.push("", `Conflicts (${corpus.conflicts.length})`);
    for (const c of corpus.conflicts) lines.push(`  [${c.severity}${isIgnored(c) ? ", ignored" : ""}] ${c.message}`);
  }
  return lines.join("\n") + "\n";
}

function byMentionsThenName(a: Entity, b: Entity): number {
  return b.mentions.length - a.mentions.length || a.name.localeCompare(b.name);
}
