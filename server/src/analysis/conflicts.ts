/**
 * Cross-source conflicts: claims from different articles that count the same thing and disagree.
 *
 * Claims are grouped by a hash key (the claim's quantity key plus, for ages, years, stretches of years and net
 * worth, the entity they belong to), so the work is linear in the number of claims. Inside a group, claims
 * about different times or places are never compared: a count dated by its sentence ("on Sunday") only meets
 * counts of the same day, counts from articles of different dates are kept apart, and a town's count never
 * meets the country's; ages are compared through the birth dates they imply, so "65" in August and "66" a
 * month later can both be true. Figures that differ are a warning when they cannot both be true, information
 * when they differ in precision or when the articles say the count was rising.
 */
import { ArticleAnalysis, Claim, Conflict, ConflictSeverity, Decisions, Entity, Span } from "./types";
import { EARLIER_EVENT } from "./figures/time";
import { qualifierKind } from "./figures/qualifiers";
import { isJsSpace } from "./figures/tokens";
import { isCountry } from "./lexicon/gazetteer";
import { YEARS_PER_DURATION_UNIT } from "./figures/lexicon";
import { packedMentionStarts } from "./mentionStarts";

/** A claim's owner or place as the claim names it. */
type Owner = Span & { text: string };

/** What a conflict needs to know of the article a claim comes from. */
interface Source {
  /** The article's date (ISO) where known. */
  date: string | null;
  outlet: string;
  /** The file's base name: conflict ids use it so that they do not depend on where the folder is. */
  base: string;
  /** The article's position in the corpus: claims are listed in corpus order. */
  order: number;
  /** `date` as a time (NaN when unknown). */
  time: number;
  /** fnv1a(`${base}:`), for conflict ids. */
  baseHash: number;
}

interface Located {
  claim: Claim;
  src: Source;
  /**
   * The claim's file, value, start and time label, copied: claims come in many hidden classes (their optional
   * fields vary), and reading these through one class of record keeps the comparison code from being
   * deoptimized and recompiled over and over.
   */
  file: string;
  /**
   * A small number for `file`, equal for equal names: claims of one file are told apart from another's by an
   * integer comparison (file names of equal length would otherwise be compared character by character).
   */
  fileId: number;
  value: number | null;
  start: number;
  when: string | undefined;
  /** The place the count is about (an entity id or a folded name), where its clause names one. */
  place?: string;
  placeName?: string;
  /** Whether that place is a country: a country-wide count is what a count naming no place usually means. */
  country?: boolean;
}

interface Group {
  located: Located[];
  ownerName?: string;
  firstFile: number;
  /** Whether claims from two or more files are in the group: only then can it be a conflict. */
  multi: boolean;
}

/**
 * The conflicts between the articles' claims. `ignoredConflicts` from crosscheck.json are marked afterwards by
 * `markIgnoredConflicts` (decisions/apply.ts), the one place that decides what an ignore entry covers.
 */
export function findConflicts(analyses: ArticleAnalysis[], entities: Entity[], _decisions: Decisions): Conflict[] {
  const grouping = new Grouping(ownerEntities(analyses, entities));
  for (let order = 0; order < analyses.length; order++) grouping.addArticle(analyses[order], order);
  const conflicts: Ordered[] = [];
  for (const [key, group] of grouping.groups) if (group.multi) groupConflicts(key, group, conflicts);
  return conflicts
    .sort((a, b) => a.order - b.order || a.conflict.claims[0].start - b.conflict.claims[0].start || a.conflict.id.localeCompare(b.conflict.id))
    .map((c) => c.conflict);
}

/**
 * Claims grouped by what they count. The work is split into a call per article and a call per group, not one
 * long loop: this runs once per linking run, and small functions called often are optimized sooner and more
 * cheaply by the JIT than one large function compiled in the middle of its loop.
 */
class Grouping {
  readonly groups = new Map<string, Group>();
  /**
   * Claims with an owner are grouped in two steps (quantity key, then the owner's entity or folded name) so that
   * the composite key string is built once per group, not once per claim.
   */
  private readonly owned = new Map<string, Map<Entity | string, Group>>();
  private readonly places = new PlaceCache();
  private readonly fileIds = new Map<string, number>();
  /** The last file name looked up and its id: claims come file by file. */
  private lastFile: string | undefined = undefined;
  private lastFileId = -1;

  constructor(private readonly owners: Map<string, Map<number, Entity | undefined>>) {}

  addArticle({ article, claims }: ArticleAnalysis, order: number): void {
    const base = baseName(article.file);
    // Every field is set here, with its final type: fields added or retyped later would change the objects'
    // hidden class while this code is being optimized, and cost recompilations.
    const src: Source = {
      date: article.date,
      outlet: article.outlet?.trim() || base,
      base,
      order,
      time: article.date ? Date.parse(`${article.date}T00:00:00Z`) : NaN,
      baseHash: fnv1a(`${base}:`),
    };
    const fileOwners = this.owners.get(article.file);
    for (let k = 0; k < claims.length; k++) if (claims[k].quantityKey) this.addClaim(claims[k], src, fileOwners);
  }

  private fileId(file: string): number {
    if (file === this.lastFile) return this.lastFileId;
    let id = this.fileIds.get(file);
    if (id === undefined) this.fileIds.set(file, (id = this.fileIds.size));
    this.lastFile = file;
    this.lastFileId = id;
    return id;
  }

  private addClaim(claim: Claim, src: Source, fileOwners: Map<number, Entity | undefined> | undefined): void {
    const quantityKey = claim.quantityKey;
    const fileId = this.fileId(claim.file);
    let g: Group | undefined;
    if (claim.owner) {
      const entity = fileOwners?.get(claim.owner.start);
      // The claim is the article's own object: its entity is refreshed on every linking run.
      if (entity) claim.entityId = entity.id;
      else delete claim.entityId;
      const ownerKey: Entity | string = entity ?? `name:${foldName(claim.owner.text)}`;
      let byOwner = this.owned.get(quantityKey);
      if (!byOwner) this.owned.set(quantityKey, (byOwner = new Map()));
      g = byOwner.get(ownerKey);
      if (!g) {
        const key = `${quantityKey}|${entity ? entity.id : ownerKey}`;
        g = this.groups.get(key);
        if (!g) this.groups.set(key, (g = { located: [], ownerName: entity ? entity.name : claim.owner.text, firstFile: fileId, multi: false }));
        byOwner.set(ownerKey, g);
      }
    } else {
      if (needsOwner(quantityKey)) return; // an age, a year, a stretch of years: whose?
      g = this.groups.get(quantityKey);
      if (!g) this.groups.set(quantityKey, (g = { located: [], ownerName: undefined, firstFile: fileId, multi: false }));
    }
    if (!g.multi && g.firstFile !== fileId) g.multi = true;
    const { file, value, start, when } = claim;
    if (claim.where) {
      const { place, placeName, country } = this.places.of(claim.where, fileOwners?.get(claim.where.start));
      g.located.push({ claim, src, file, fileId, value, start, when, place, placeName, country });
    } else g.located.push({ claim, src, file, fileId, value, start, when, place: undefined, placeName: undefined, country: false });
  }
}

/** The conflicts of one group of claims from two or more files. */
function groupConflicts(key: string, { located, ownerName }: Group, conflicts: Ordered[]): void {
  // The tests decide and makeConflict describes, called from here alone: the JIT then compiles makeConflict
  // once, not once inlined into each test.
  if (key.startsWith("age|")) {
    const members = ageConflict(located);
    if (members) conflicts.push(makeConflict(key, members, "warning", ownerName, false));
    return;
  }
  // (An area burned grows from day to day as a toll does.)
  const timed = key.startsWith("count|") || key.startsWith("duration|") || key.startsWith("area|");
  const buckets = timed ? timeBuckets(located).flatMap(placeBuckets(located, key.startsWith("count|gathered|"))) : [located];
  for (const bucket of buckets) {
    const c = figureConflict(key, bucket);
    if (c) conflicts.push(makeConflict(key, c.members, c.severity, ownerName, c.rising));
  }
}

/** Where a count is. Entities' names and folded spellings are worked out once per place, not once per claim. */
class PlaceCache {
  private readonly byEntity = new Map<Entity, { countryName: boolean }>();
  private readonly folded = new Map<string, string>();

  of(where: Owner, entity: Entity | undefined): { place: string; placeName: string; country: boolean } {
    if (entity) {
      let e = this.byEntity.get(entity);
      if (!e) this.byEntity.set(entity, (e = { countryName: isCountry(entity.name) }));
      return { place: entity.id, placeName: entity.name, country: e.countryName || isCountry(where.text) };
    }
    let place = this.folded.get(where.text);
    if (place === undefined) this.folded.set(where.text, (place = foldName(where.text)));
    return { place, placeName: where.text, country: isCountry(where.text) };
  }
}

/** Quantities that are compared only through their owner ("age", "year|…", "duration|…"), memoized by key. */
const needsOwnerCache = new Map<string, boolean>();
function needsOwner(key: string): boolean {
  let v = needsOwnerCache.get(key);
  if (v === undefined) {
    v = NEEDS_OWNER.has(key.slice(0, key.indexOf("|")));
    if (needsOwnerCache.size < 10000) needsOwnerCache.set(key, v);
  }
  return v;
}

interface Ordered {
  conflict: Conflict;
  /** The corpus position of the conflict's first article. */
  order: number;
}

const NEEDS_OWNER = new Set(["age", "year", "duration"]);

/** The entity of each mention a claim names as its owner or its place: file -> mention start -> entity. */
function ownerEntities(analyses: ArticleAnalysis[], entities: Entity[]): Map<string, Map<number, Entity | undefined>> {
  const out = new Map<string, Map<number, Entity | undefined>>();
  let maxStart = -1;
  // Indexed loops throughout: this runs once per linking run, mostly before the JIT has optimized it, and
  // for-of costs an iterator per loop there.
  for (let a = 0; a < analyses.length; a++) {
    const claims = analyses[a].claims;
    let starts: Map<number, Entity | undefined> | undefined;
    for (let i = 0; i < claims.length; i++) {
      const c = claims[i];
      if (!c.owner && !c.where) continue;
      if (!starts) {
        const file = analyses[a].article.file;
        starts = out.get(file);
        if (!starts) out.set(file, (starts = new Map()));
      }
      if (c.owner) {
        starts.set(c.owner.start, undefined);
        if (c.owner.start > maxStart) maxStart = c.owner.start;
      }
      if (c.where) {
        starts.set(c.where.start, undefined);
        if (c.where.start > maxStart) maxStart = c.where.start;
      }
    }
  }
  if (!out.size) return out;
  // A bitmap of the offsets any claim points to: most mentions start nowhere a claim points to, and this test
  // is far cheaper than the file's map.
  const anyStart = new Uint8Array(maxStart + 1);
  for (const starts of out.values()) for (const start of starts.keys()) if (start >= 0) anyStart[start] = 1;
  for (let k = 0; k < entities.length; k++) claimMentions(entities[k], out, anyStart);
  return out;
}

/**
 * Sets the entity at each offset of `out` where one of its mentions starts. (A function of its own: a long loop
 * in ownerEntities, called once per run, was compiled twice by the JIT, on the loop and then the whole function.)
 */
function claimMentions(e: Entity, out: Map<string, Map<number, Entity | undefined>>, anyStart: Uint8Array): void {
  // (Organizations own counts of seats; a person or a place at the same offset wins over one.)
  const organization = e.kind === "organization";
  const packed = packedMentionStarts(e);
  if (packed) {
    // The offsets linking packed, file by file: a file no claim points into is skipped whole.
    for (let r = 0; r < packed.files.length; r++) {
      const starts = out.get(packed.files[r]);
      if (!starts) continue;
      for (let j = r > 0 ? packed.ends[r - 1] : 0; j < packed.ends[r]; j++) {
        const start = packed.starts[j];
        if (anyStart[start] === 1 && starts.has(start) && !(organization && starts.get(start) !== undefined)) starts.set(start, e);
      }
    }
    return;
  }
  const mentions = e.mentions;
  for (let j = 0; j < mentions.length; j++) {
    const m = mentions[j];
    if (anyStart[m.start] !== 1) continue;
    const starts = out.get(m.file);
    if (starts && starts.has(m.start) && !(organization && starts.get(m.start) !== undefined)) starts.set(m.start, e);
  }
}

/**
 * Claims that may be compared: a count dated by its own sentence only meets counts of that same time; undated
 * counts of articles with different dates are kept apart (an undated article's counts join each dated set).
 */
function timeBuckets(located: Located[]): Located[][] {
  const out: Located[][] = [];
  const byWhen = new Map<string, Located[]>();
  const undated: Located[] = [];
  for (const l of located) {
    if (l.when) {
      // Two articles' "earlier" events may be different ones: with no year to tell, never compared.
      if (l.when === EARLIER_EVENT) continue;
      const list = byWhen.get(l.when);
      if (list) list.push(l);
      else byWhen.set(l.when, [l]);
    } else undated.push(l);
  }
  out.push(...byWhen.values());
  const byDate = new Map<string, Located[]>();
  const noDate: Located[] = [];
  for (const l of undated) {
    if (l.src.date) {
      const list = byDate.get(l.src.date);
      if (list) list.push(l);
      else byDate.set(l.src.date, [l]);
    } else noDate.push(l);
  }
  if (byDate.size <= 1) out.push(undated);
  else if (byDate.size > MAX_DATED_BUCKETS) {
    // Many dates: undated counts stand on their own rather than being copied into every dated set.
    out.push(...byDate.values());
    if (noDate.length) out.push(noDate);
  } else for (const list of byDate.values()) out.push([...list, ...noDate]);
  return out;
}

const MAX_DATED_BUCKETS = 8;

/**
 * Counts about different places are different counts. A count in a town or a region ("230 died in Kessel")
 * only meets counts in that same place. A count that names no place is usually the country-wide total, so it
 * meets counts that name the country ("arrested in Belarus") when the quantity is counted for one country
 * only; with several countries named, each country's counts stand apart and so do the counts naming none.
 * Returns a splitter for the time buckets of one quantity (the countries are counted over all its claims).
 * Crowds are the exception below: counted where they gathered, a crowd's counts naming no place join the one place named.
 */
function placeBuckets(all: Located[], crowd: boolean): (bucket: Located[]) => Located[][] {
  const countries = new Set(all.filter((l) => l.country).map((l) => l.place));
  const local = all.some((l) => l.place && !l.country);
  if (!local && countries.size <= 1) return (bucket) => [bucket];
  const keyOf = (l: Located): string => (l.place && (!l.country || countries.size > 1) ? l.place : "");
  return (bucket) => {
    // A crowd is counted where it gathered: when every count of the same time naming a place names the same one,
    // the counts naming none are of that crowd too ("12,000 gathered in Yeouido", "the crowd outside the Assembly
    // at 15,000").
    if (crowd && oneLocalPlace(bucket)) return [bucket];
    const byPlace = new Map<string, Located[]>();
    for (const l of bucket) {
      const k = keyOf(l);
      const list = byPlace.get(k);
      if (list) list.push(l);
      else byPlace.set(k, [l]);
    }
    return [...byPlace.values()];
  };
}

/** Whether the claims that name a place all name one place, and it is no country. */
function oneLocalPlace(bucket: Located[]): boolean {
  let place: string | undefined;
  for (const l of bucket) {
    if (!l.place) continue;
    if (l.country || (place !== undefined && l.place !== place)) return false;
    place = l.place;
  }
  return place !== undefined;
}

/** Whether one article's claims in the group give two different figures. */
function someArticleDiffers(members: Located[], scale: (l: Located) => number): boolean {
  const firstValue = new Map<number, number>();
  for (const l of members) {
    if (l.value === null) continue;
    const v = round(l.value * scale(l));
    const seen = firstValue.get(l.fileId);
    if (seen === undefined) firstValue.set(l.fileId, v);
    else if (!sameValueZero(seen, v)) return true;
  }
  return false;
}

/**
 * A figure comparable across currencies: the value in `currency` where the claim states it. `generic` maps a
 * currency named only by its word ("pesos") to the one code of that family the group states ("P3.2 billion").
 */
function inCurrency(claim: Claim, currency: string, generic: Map<string, string>): number | null {
  if ((generic.get(claim.unit) ?? claim.unit) === currency) return claim.value;
  const conv = claim.conversions?.find((c) => (generic.get(c.unit) ?? c.unit) === currency);
  return conv ? conv.value : null;
}

/** Currencies an article may name by their word alone ("pesos", "riyals"), and the codes each can be. */
const CURRENCY_FAMILIES: Record<string, string[]> = {
  "money:PESO": ["money:PHP", "money:MXN", "money:ARS", "money:CLP", "money:COP", "money:UYU", "money:DOP", "money:CUP"],
  "money:RIYAL": ["money:SAR", "money:QAR", "money:OMR", "money:YER"],
  "money:DIRHAM": ["money:AED", "money:MAD"],
  "money:KWACHA": ["money:ZMW", "money:MWK"],
};

/** For each family word the claims use, the one code of its family they also use (none when two or none). */
function genericCurrencies(units: Iterable<string>): Map<string, string> {
  const present = new Set(units);
  const out = new Map<string, string>();
  for (const [word, codes] of Object.entries(CURRENCY_FAMILIES)) {
    if (!present.has(word)) continue;
    const used = codes.filter((c) => present.has(c));
    if (used.length === 1) out.set(word, used[0]);
  }
  return out;
}

/** A conflict found, before it is described. */
interface Found {
  members: Located[];
  severity: ConflictSeverity;
  rising: boolean;
}

/** The figures of one bucket that conflict, with how badly; null when they agree or cannot be compared. */
function figureConflict(key: string, bucket: Located[]): Found | null {
  let members = bucket;
  let scale = (_l: Located): number => 1;
  if (key.startsWith("money|")) {
    // Compare in the currency most claims state (a claim in another currency with no conversion is left out).
    const stated = bucket.flatMap((l) => [l.claim.unit, ...(l.claim.conversions ?? []).map((c) => c.unit)]);
    const generic = genericCurrencies(stated);
    const counts = new Map<string, number>();
    for (const unit of stated) {
      const u = generic.get(unit) ?? unit;
      counts.set(u, (counts.get(u) ?? 0) + 1);
    }
    const currency = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
    if (!currency) return null;
    members = bucket.filter((l) => inCurrency(l.claim, currency, generic) !== null);
    scale = (l) => {
      const v = inCurrency(l.claim, currency, generic);
      return v !== null && l.claim.value ? v / l.claim.value : 1;
    };
  } else if (key.startsWith("duration|")) {
    // "20 years" and "two decades" are one figure: stretches of time are compared in years.
    scale = (l) => YEARS_PER_DURATION_UNIT[l.claim.unit.slice("duration:".length)] ?? 1;
  }
  // One pass: the claims with a value, whether they come from two files, and whether their figures differ
  // ("at least two" and "two deaths" agree: figures are compared by value, whatever the qualifiers).
  const kept: Located[] = [];
  let firstFile = -1;
  let twoFiles = false;
  let firstSignature = 0;
  let differ = false;
  for (let k = 0; k < members.length; k++) {
    const l = members[k];
    if (l.value === null) continue;
    const signature = round(l.value * scale(l));
    if (kept.length === 0) {
      firstFile = l.fileId;
      firstSignature = signature;
    } else {
      if (!twoFiles && l.fileId !== firstFile) twoFiles = true;
      if (!differ && !sameValueZero(signature, firstSignature)) differ = true;
    }
    kept.push(l);
  }
  members = kept;
  if (!twoFiles) return null;
  // Two figures from different articles differ exactly when there are two articles and two distinct values.
  if (!differ) return null;
  // Things counted without an event ("cut 10,000 jobs", "two trains") that one article gives two figures for are
  // not one quantity: "Microsoft will cut 10,000 jobs … Amazon 18,000": whose they are is not in the key.
  // Likewise fines: "the company was fined €1.2m … its former chief €200,000" are two fines of one story.
  if ((key.startsWith("count|-|") || key === "money|fine") && someArticleDiffers(members, scale)) return null;
  const bounds = new Bounds(members.length);
  for (let k = 0; k < members.length; k++) setTolerant(bounds, k, members[k].claim, scale(members[k]));
  const disjoint = hasDisjointPair(members, bounds);
  // "57%" in a headline and "57.3%" in the body are one figure written to two precisions, not a difference.
  if (!disjoint && onlyPrecisionDiffers(members, scale)) return null;
  const rising = members.some((l) => l.claim.rising);
  const severity: ConflictSeverity = disjoint && !rising ? "warning" : "information";
  return { members, severity, rising };
}

/**
 * Whether the group's distinct values are one figure rounded differently: each pair lies within half the last
 * written digit of the coarser one, where that digit is not a zero or the figure is said to be approximate ("57"
 * and "57.3": yes; "about 30%" and "29.8%": yes; "7,000" and "6,800": no, since "7,000" may be a round number as
 * much as a rounded one). Groups of many distinct values are never that.
 */
function onlyPrecisionDiffers(members: Located[], scale: (l: Located) => number): boolean {
  const values: number[] = [];
  const units: number[] = [];
  for (const l of members) {
    const v = round(l.value! * scale(l));
    let k = values.indexOf(v);
    if (k < 0) {
      if (values.length === 8) return false;
      k = values.push(v) - 1;
      units.push(0);
    }
    // (A figure said to be approximate, "about 30%", is a rounded one whatever its last digit.)
    const unit = l.claim.roundingUnit;
    if (unit !== undefined && (lastDigitIsNonzero(l.claim.text) || qualifierKind(l.claim.qualifier) === "about")) units[k] = Math.max(units[k], unit * scale(l));
  }
  for (let a = 0; a < values.length; a++)
    for (let b = a + 1; b < values.length; b++) if (!(Math.abs(values[a] - values[b]) < 0.5 * Math.max(units[a], units[b]))) return false;
  return true;
}

/** Whether the last digit written in a figure's text is not a zero ("57.3%": yes; "7,000": no). */
function lastDigitIsNonzero(text: string): boolean {
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return c !== 48;
  }
  return false;
}

/** The intervals of a group's claims, in typed arrays: this comparison runs over every claim of a group. */
class Bounds {
  readonly low: Float64Array;
  readonly high: Float64Array;
  readonly lowOpen: Uint8Array;
  readonly highOpen: Uint8Array;

  constructor(n: number) {
    this.low = new Float64Array(n);
    this.high = new Float64Array(n);
    this.lowOpen = new Uint8Array(n);
    this.highOpen = new Uint8Array(n);
  }

  set(k: number, low: number, high: number, lowOpen: boolean, highOpen: boolean): void {
    this.low[k] = low;
    this.high[k] = high;
    this.lowOpen[k] = lowOpen ? 1 : 0;
    this.highOpen[k] = highOpen ? 1 : 0;
  }

  /** Whether the intervals k and j share a point. */
  overlaps(k: number, j: number): boolean {
    const low = Math.max(this.low[k], this.low[j]);
    const high = Math.min(this.high[k], this.high[j]);
    if (low < high) return true;
    if (low > high) return false;
    // Touching ends: true only when both touching bounds are closed.
    const lowOpen = this.low[k] === low ? this.lowOpen[k] : this.lowOpen[j];
    const highOpen = this.high[k] === high ? this.highOpen[k] : this.highOpen[j];
    return lowOpen === 0 && highOpen === 0;
  }
}

/**
 * Whether two claims from different articles have intervals that cannot both hold. Linear: if any such pair
 * exists, one is found among the two highest lower bounds and the two lowest upper bounds (from distinct files).
 * Each list keeps one claim per file (a later claim replaces its file's entry only when strictly better), in
 * order, ties in arrival order, as a stable sort would leave them.
 */
function hasDisjointPair(members: Located[], bounds: Bounds): boolean {
  const { low, high } = bounds;
  // top: t0, t1 (highest lower bounds first); bottom: b0, b1 (lowest upper bounds first); -1 when empty.
  let t0 = -1;
  let t1 = -1;
  let b0 = -1;
  let b1 = -1;
  for (let k = 0; k < members.length; k++) {
    const file = members[k].fileId;
    if (t0 >= 0 && members[t0].fileId === file) {
      if (low[k] > low[t0]) t0 = k; // stays first: it only rose
    } else if (t1 >= 0 && members[t1].fileId === file) {
      if (low[k] > low[t1]) {
        t1 = k;
        if (low[t1] > low[t0]) {
          const x = t0;
          t0 = t1;
          t1 = x;
        }
      }
    } else if (t0 < 0) t0 = k;
    else if (low[k] > low[t0]) {
      t1 = t0;
      t0 = k;
    }
    else if (t1 < 0 || low[k] > low[t1]) t1 = k;

    if (b0 >= 0 && members[b0].fileId === file) {
      if (high[k] < high[b0]) b0 = k;
    } else if (b1 >= 0 && members[b1].fileId === file) {
      if (high[k] < high[b1]) {
        b1 = k;
        if (high[b1] < high[b0]) {
          const x = b0;
          b0 = b1;
          b1 = x;
        }
      }
    } else if (b0 < 0) b0 = k;
    else if (high[k] < high[b0]) {
      b1 = b0;
      b0 = k;
    }
    else if (b1 < 0 || high[k] < high[b1]) b1 = k;
  }
  return disjoint(members, bounds, t0, b0) || disjoint(members, bounds, t0, b1) || disjoint(members, bounds, t1, b0) || disjoint(members, bounds, t1, b1);
}

function disjoint(members: Located[], bounds: Bounds, x: number, y: number): boolean {
  return x >= 0 && y >= 0 && members[x].fileId !== members[y].fileId && !bounds.overlaps(x, y);
}

/** The interval a claim allows, widened by the rounding of an unqualified figure ("6,500" ≈ 6,450–6,550). */
function setTolerant(bounds: Bounds, k: number, c: Claim, f: number): void {
  // (Half the last written digit, in the unit the figures are compared in.)
  const half = c.qualifier === null || c.qualifier === "just" || c.qualifier === "only" ? (c.roundingUnit ?? 0) * 0.49 * f : 0;
  const low = c.low === null ? -Infinity : c.low * f - half;
  const high = c.high === null ? Infinity : c.high * f + half;
  bounds.set(k, low, high, !!c.lowOpen, !!c.highOpen);
}

const DAY_MS = 86400000;
const YEAR_MS = 365.2425 * DAY_MS;

/**
 * The ages compared, when they conflict: only when the birth dates they imply cannot overlap (an undated article
 * is taken as same-day). Null when they agree.
 */
function ageConflict(located: Located[]): Located[] | null {
  const members: Located[] = [];
  const dates: number[] = [];
  let fallback = NaN;
  for (let k = 0; k < located.length; k++) {
    const l = located[k];
    if (l.value === null) continue;
    const d = l.src.time;
    if (Number.isNaN(fallback) && !Number.isNaN(d)) fallback = d;
    members.push(l);
    dates.push(d);
  }
  if (Number.isNaN(fallback)) fallback = 0;
  const bounds = new Bounds(members.length);
  for (let k = 0; k < members.length; k++) {
    const at = Number.isNaN(dates[k]) ? fallback : dates[k];
    const age = members[k].value!;
    // Born after at-(age+1) years and on or before at-age years.
    bounds.set(k, at - (age + 1) * YEAR_MS, at - age * YEAR_MS, true, false);
  }
  const incompatible = hasDisjointPair(members, bounds);
  return incompatible ? members : null;
}


function makeConflict(key: string, members: Located[], severity: ConflictSeverity, ownerName: string | undefined, rising: boolean): Ordered {
  const facts = memberFacts(members);
  // Members arrive in corpus order except where undated claims were appended to a dated bucket.
  const sorted = facts.ordered ? members : [...members].sort(byCorpusOrder);
  const first = sorted[0].claim;
  const quantity = describeQuantity(key, first, ownerName, facts.when, facts.place);
  let message = `Sources differ on ${quantity}: ${listSources(sorted)}`;
  if (rising) message += "; the articles say this count was rising, so the figures may come from different hours";
  const claims: Claim[] = new Array(sorted.length);
  for (let k = 0; k < sorted.length; k++) claims[k] = sorted[k].claim;
  const id = `figure-${hex8(fnv1a(key))}${hex8(textsHash(sorted))}`;
  return { conflict: { id, quantity, quantityKey: key, severity, message, claims }, order: sorted[0].src.order };
}

// makeConflict's loops over the members are small functions of their own: the JIT optimizes them quickly,
// without compiling one large function for them.

const byCorpusOrder = (a: Located, b: Located): number => a.src.order - b.src.order || a.start - b.start;

/** What a conflict's message reads of its members, whatever their order. */
interface MemberFacts {
  /** Whether the members are in corpus order already. */
  ordered: boolean;
  /** The time every member is dated with, when they all give the same one. */
  when: string | undefined;
  /** The one place the members name, if they name exactly one. */
  place: string | undefined;
}

/**
 * The members' MemberFacts, in one pass (three small loops, each compiled by the JIT on its own and again
 * inlined into makeConflict, cost more to compile than they saved).
 */
function memberFacts(members: Located[]): MemberFacts {
  let ordered = true;
  let when = members[0].when || undefined;
  let place: string | undefined = undefined;
  // How many times the place named changes along the members: past one, they name two or more.
  let places = 0;
  for (let k = 0; k < members.length; k++) {
    const l = members[k];
    if (ordered && k > 0 && byCorpusOrder(members[k - 1], l) > 0) ordered = false;
    if (when !== undefined && l.when !== when) when = undefined;
    const p = l.placeName;
    if (p && p !== place && places < 2) {
      place = p;
      places++;
    }
  }
  return { ordered, when, place: places === 1 ? place : undefined };
}

/**
 * Each source once, with its distinct figures: "5,300 / at least 5,300 (Outlet), …". Only the first
 * MAX_LISTED sources and figures are shown, so the others are only counted.
 */
function listSources(sorted: Located[]): string {
  const byOutlet = new Map<string, OutletFigures>();
  // Members come article by article: the outlet's entry is looked up when the outlet changes.
  let outlet: string | undefined = undefined;
  let entry: OutletFigures | undefined = undefined;
  // The outlets listed by name, in order: read by index below, not by iterating the map (less code to compile).
  const listed: OutletFigures[] = [];
  for (let k = 0; k < sorted.length; k++) {
    const l = sorted[k];
    if (l.src.outlet !== outlet || !entry) {
      outlet = l.src.outlet;
      entry = byOutlet.get(outlet);
      if (!entry) {
        byOutlet.set(outlet, (entry = { name: outlet, figures: [], folded: [], written: null, listed: byOutlet.size < MAX_LISTED }));
        if (entry.listed) listed.push(entry);
      }
    }
    if (!entry.listed || entry.figures.length >= MAX_LISTED) continue;
    // A text met before as written is shown already (ages and years, shown by value, are not skipped this way).
    if (!showsValue(l.claim)) {
      if (entry.written?.has(l.claim.text)) continue;
      (entry.written ??= new Set()).add(l.claim.text);
    }
    const shown = figureText(l.claim);
    const folded = shown.toLowerCase();
    // (At most MAX_LISTED figures: an array is searched faster than a set is made.)
    if (entry.folded.includes(folded)) continue;
    entry.folded.push(folded);
    entry.figures.push(shown);
  }
  const parts: string[] = [];
  for (let k = 0; k < listed.length; k++) parts.push(`${listed[k].figures.join(" / ")} (${listed[k].name})`);
  if (byOutlet.size > MAX_LISTED) parts.push(`and ${byOutlet.size - MAX_LISTED} more sources`);
  return parts.join(", ");
}

/**
 * The id's hash of the set of distinct (file, text) pairs, order-free: the same conflict keeps its id when
 * offsets move or articles are listed in another order. Each pair's hash is fnv1a("base:text"), continued from
 * the hash of "base:" rather than built from a joined string.
 */
function textsHash(sorted: Located[]): number {
  const texts = new Map<string, SeenTexts>();
  let sum = 0;
  // Members come article by article: the article's sets are looked up when the article changes.
  let base: string | undefined = undefined;
  let seen: SeenTexts | undefined = undefined;
  for (let k = 0; k < sorted.length; k++) {
    const { src, claim } = sorted[k];
    if (src.base !== base || !seen) {
      base = src.base;
      seen = texts.get(base);
      if (!seen) texts.set(base, (seen = { raw: new Set(), normalized: new Set() }));
    }
    // A text met before as written needs no normalizing: most of a group's texts repeat ("6,500", "6,500").
    if (seen.raw.has(claim.text)) continue;
    seen.raw.add(claim.text);
    const text = normalizeSpace(claim.text);
    if (seen.normalized.has(text)) continue;
    seen.normalized.add(text);
    sum = (sum + fnv1aFrom(src.baseHash, text)) >>> 0;
  }
  return sum;
}

/** One article's claim texts in a conflict: as written, and with their white space normalized. */
interface SeenTexts {
  raw: Set<string>;
  normalized: Set<string>;
}

/** One source's figures in a conflict's message: the texts shown, folded and as written, to list each once. */
interface OutletFigures {
  name: string;
  figures: string[];
  /** The figures folded to lower case. */
  folded: string[];
  written: Set<string> | null;
  listed: boolean;
}

/** Sources (and figures per source) listed by name in a message; the rest are counted. */
const MAX_LISTED = 8;

function describeQuantity(key: string, claim: Claim, ownerName: string | undefined, when: string | undefined, where: string | undefined): string {
  let q: string;
  if (key.startsWith("age|")) q = `the age of ${ownerName ?? "one person"}`;
  else if (claim.quantity.includes("{owner}")) q = claim.quantity.replace("{owner}", ownerName ?? "one person");
  else q = ownerName ? `${claim.quantity} (${ownerName})` : claim.quantity;
  if (where) q = `${q} in ${where}`;
  return when ? `${q} (${when})` : q;
}

/** The figure as a reader sees it: the claim's text, trimmed of a conversion in brackets for brevity. */
function figureText(c: Claim): string {
  if (showsValue(c)) return String(c.value);
  return normalizeSpace(c.text);
}

/** Ages and years are shown by their value ("33" for "33-year-old"). */
const showsValue = (c: Claim): boolean => (c.unit === "age" || c.unit === "year") && c.value !== null;

const SPACES = /\s+/g;
/** White space in one line, trimmed. Most claims' texts have none to change: they are returned as they are. */
function normalizeSpace(s: string): string {
  if (needsCollapse(s)) return s.replace(SPACES, " ").trim();
  const n = s.length;
  return n > 0 && (isJsSpace(s.charCodeAt(0)) || isJsSpace(s.charCodeAt(n - 1))) ? s.trim() : s;
}

/** Whether s has two spaces in a row, a tab, a line break or a no-break space (read by code, without a regex). */
function needsCollapse(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 ? s.charCodeAt(i + 1) === 32 : c === 9 || c === 10 || c === 13 || c === 0xa0) return true;
  }
  return false;
}

const round = (x: number): number => Math.round(x * 1e6) / 1e6;
/** Equality as a Set sees it (NaN equals NaN). */
const sameValueZero = (a: number, b: number): boolean => a === b || (a !== a && b !== b);

/** The file's base name without extension: the outlet label when the article names none. */
export function baseName(file: string): string {
  // (By index, not by regex: this runs for every article on every linking run.)
  const name = file.slice(Math.max(file.lastIndexOf("/"), file.lastIndexOf("\\")) + 1);
  const dot = name.lastIndexOf(".");
  return dot >= 0 && dot < name.length - 1 ? name.slice(0, dot) : name;
}

/** A name folded for comparison when no entity is known: lower case, no accents or titles, parts sorted. */
function foldName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’]s$/, "")
    .split(/[^\p{L}]+/u)
    .filter((w) => w && !/^(?:mr|mrs|ms|dr|sir|president|prime|minister)$/.test(w))
    .sort()
    .join(" ");
}

/** 32-bit FNV-1a: stable ids from text. */
function fnv1a(s: string): number {
  return fnv1aFrom(0x811c9dc5, s);
}

/** FNV-1a continued over s from the hash h of a prefix: fnv1aFrom(fnv1a(a), b) === fnv1a(a + b). */
function fnv1aFrom(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const hex8 = (n: number): string => n.toString(16).padStart(8, "0");
