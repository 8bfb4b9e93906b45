/**
 * The analysis core's data model. Everything in `server/src/analysis/` is plain TypeScript with no LSP or
 * VS Code imports, so the language server, the CLI, the tests and the benchmarks share it.
 *
 * Offsets are UTF-16 code units into the article's text, exactly as `String.prototype.slice` reads them
 * (the same unit LSP positions use), so `text.slice(start, end)` is always the mention's surface text.
 */

export type EntityKind = "person" | "place" | "organization";

/** A half-open range [start, end) of UTF-16 code units in one article's text. */
export interface Span {
  start: number;
  end: number;
}

/** An article as handed to the core: an identifier (a path or a URI, opaque to the core) and its text. */
export interface ArticleSource {
  file: string;
  text: string;
}

/** What a block of text is, as far as the article's structure goes. */
export type BlockKind =
  | "headline"
  | "byline"
  | "dateline"
  | "subhead"
  | "paragraph"
  | "caption"
  | "credit"
  | "furniture";

/** One block (usually one line or paragraph) of an article. */
export interface Block extends Span {
  kind: BlockKind;
  /** For a caption printed twice: the index (in `Article.blocks`) of its first printing. Duplicates produce no mentions or claims. */
  duplicateOf?: number;
}

/** A quotation with its speaker when the text says who spoke ("…," he said / said Mr Lukashenko). */
export interface Quotation extends Span {
  /** The span of the speaker's name or pronoun where one is found. */
  speaker?: Span & { text: string };
}

/** The parsed structure of one article. */
export interface Article {
  file: string;
  text: string;
  headline: (Span & { text: string }) | null;
  outlet: string | null;
  /** ISO date (YYYY-MM-DD) where the text gives one. */
  date: string | null;
  authors: string[];
  blocks: Block[];
  quotations: Quotation[];
}

/** How a mention names its entity; the linker weighs these differently. */
export type MentionForm = "full" | "surname" | "given" | "acronym" | "other";

/** One occurrence of a name in one article. */
export interface Mention extends Span {
  file: string;
  text: string;
  kind: EntityKind;
  /** The name with honorifics, possessive endings and glued typos removed ("Mr Lukashenko’s" -> "Lukashenko"). */
  name: string;
  form: MentionForm;
  /** A description the article attaches to this mention ("a 27-year-old programmer", "opposition leader"). */
  description?: string;
  /** An age the article gives with this mention ("Vitaly Karazhan, 33", "33-year-old Vitaly Karazhan"). */
  age?: Span & { value: number };
  /** The office title written before a person's name ("Governor" in "Governor Lemos"); honorifics are not kept. */
  title?: string;
  /** What an honorific before a person's name says of them ("Mr Biden": "male", "Mrs Biden": "female"). */
  gender?: "male" | "female";
}

/** A description an article attaches to an entity ("the 66-year-old former state farm director"). */
export interface Description {
  file: string;
  text: string;
}

/** A person's age as one article reports it. */
export interface ReportedAge extends Span {
  file: string;
  value: number;
}

/** One real-world person, place or organization across all articles. */
export interface Entity {
  /** Stable for the same input: derived from the kind and the display name. */
  id: string;
  kind: EntityKind;
  /** The fullest common spelling. */
  name: string;
  mentions: Mention[];
  /** Distinct surface names (Mention.name) per article file. */
  spellings: Record<string, string[]>;
  descriptions: Description[];
  ages: ReportedAge[];
  /** True when the user confirmed it in crosscheck.json. */
  confirmed?: boolean;
}

/** What a qualifier does to a figure. */
export type Qualifier =
  | "exact"
  | "more than"
  | "at least"
  | "nearly"
  | "almost"
  | "less than"
  | "at most"
  | "about"
  | "vague"
  | "range"
  | string;

/** A numeric claim found in an article. */
export interface Claim extends Span {
  file: string;
  text: string;
  /** The figure as written, normalized ("6,500" -> 6500); null for vague counts ("thousands"). */
  value: number | null;
  /** The interval the wording allows; null means unbounded on that side. */
  low: number | null;
  high: number | null;
  /** Whether the bounds are open: "more than 6,500" is (6500, …). */
  lowOpen?: boolean;
  highOpen?: boolean;
  qualifier: string | null;
  /** What the figure measures: a count, an age, a duration, a year, money, a percentage… */
  unit: string;
  /** What it counts, in a few words ("people arrested"); used to group claims across articles. */
  quantity: string;
  /** A normalized key: claims with the same key count the same thing. */
  quantityKey: string;
  /** The entity the figure belongs to (an age's person), where known. */
  entityId?: string;
  /** When the counted event happened, where the text says so ("on Sunday" with the article's date). */
  when?: string;
  /** The speaker when the claim is inside a quotation. */
  speaker?: string;
  /** The name the figure belongs to in its article (an age's person), resolved to `entityId` across articles. */
  owner?: Span & { text: string };
  /** The place a count is about, where its clause names one ("arrested in Minsk"). */
  where?: Span & { text: string };
  /** The same amount as the text converts it ("£2.5bn (US$3.1bn)"): unit ("money:USD") and value. */
  conversions?: { unit: string; value: number }[];
  /** The unit of the last written digit (6,500 -> 100), for telling rounding from disagreement. */
  roundingUnit?: number;
  /** The article says this count is rising ("the toll is expected to rise"). */
  rising?: boolean;
}

export type ConflictSeverity = "warning" | "information";

/** Claims from two or more articles about the same quantity whose figures differ. */
export interface Conflict {
  /** Stable across unrelated edits: derived from the quantity key and the claims' texts. */
  id: string;
  quantity: string;
  quantityKey: string;
  severity: ConflictSeverity;
  message: string;
  claims: Claim[];
  /** True when crosscheck.json's `ignoredConflicts` covers it: reported with --show-ignored, no diagnostic. */
  ignored?: boolean;
}

/** The per-article part of the analysis: computed from one article alone, cached per file. */
export interface ArticleAnalysis {
  article: Article;
  mentions: Mention[];
  claims: Claim[];
}

/** The cross-article part: entities linked over every article, and the conflicts between them. */
export interface CorpusAnalysis {
  articles: ArticleAnalysis[];
  entities: Entity[];
  conflicts: Conflict[];
}

/** A cooperative cancellation flag, checked in long loops (the LSP layer adapts its token to this). */
export interface CancellationFlag {
  readonly isCancellationRequested: boolean;
}

/** An injected logger; the core never logs to the console itself. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export const nullLogger: Logger = { info() {}, warn() {}, error() {} };

/** A severity setting for one rule, as the user writes it in settings or crosscheck.json. */
export type RuleSetting = "off" | "hint" | "information" | "warning" | "error";

/**
 * The user's decisions from crosscheck.json, already validated. The analysis applies them before linking:
 * confirmed aliases join, `distinct` names never join, `notEntities` never appear, ignored conflicts are
 * marked so that no diagnostic is produced for them.
 */
export interface Decisions {
  entities: { name: string; kind: EntityKind; aliases: string[]; description?: string; wikidata?: string }[];
  distinct: string[][];
  notEntities: { text: string; kind?: EntityKind }[];
  ignoredConflicts: { quantity: string; claims: string[] }[];
  rules: Record<string, RuleSetting>;
}

export const noDecisions: Decisions = { entities: [], distinct: [], notEntities: [], ignoredConflicts: [], rules: {} };
