/**
 * Numeric claims: every figure an article states, with its exact offsets, its value and the interval its
 * qualifier allows, what it measures (count, money, percentage, age, duration, year…) and what it counts.
 *
 * One regex pass over the article finds the blocks that hold a digit or a number word; each of those is
 * tokenized once and scanned left to right, sentence by sentence. Blocks of page furniture, photo credits,
 * bylines and captions printed a second time give no claims.
 */
import { Article, Block, Claim, Mention, Quotation } from "./types";
import * as lexicon from "./figures/lexicon";
import { digitValue, parseNumber, ParsedNumber } from "./figures/numbers";
import { Owner, PersonIndex, asOwner, ownerAfter, ownerBefore, ownerBeforeBracket, sentenceOwner } from "./figures/owners";
import { QualifierMatch, VAGUE_COUNTS, intervalFor, qualifierBefore } from "./figures/qualifiers";
import { countQuantity, durationQuantity, isWholeOfPart, moneyQuantity, percentQuantity, rightClauseEnd, rightClauseStart, yearQuantity } from "./figures/quantity";
import { EARLIER_EVENT, SearchWindows, articleYear, eventTime, mayOpenSinceWhen, pastEventTime } from "./figures/time";
import { Token, sentenceStart, tokenizeSentence, tokenizedEnd } from "./figures/tokens";
import { WordTable, mayBeIn, shapeTable } from "./figures/wordShapes";

// Bound once: reading a module's exports in a hot loop goes through a getter under some loaders.
const { dict, CURRENCY_SYMBOLS, CURRENCY_WORDS, DOLLAR_PREFIXES, DURATION_UNITS, EVENTS, MAX_QUALIFIED_CURRENCY_WORDS, MEASURES, MONTHS, QUALIFIED_CURRENCIES, YEARS_PER_DURATION_UNIT } = lexicon;

const NUMBER_WORDS =
  "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|" +
  "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozens?|hundreds|thousands|" +
  "millions|billions|scores|twice|thrice|thirds?|quarters?|half";
/** Words that say a count is rising: their sentences are read too, figure or not ("the toll is expected to rise"). */
const RISING_STEMS = "rise|rises|risen|rising|rose|climb\\w*|mount\\w*|increas\\w*|grow\\w*|grew|doubl\\w*|jump\\w*";
/**
 * Alternatives grouped by their first letter ("two|ten|four" -> "t(?:wo|en)|f(?:our)"): the same matches, found
 * about a tenth faster, since the regex engine then tries one group per letter rather than every word.
 */
function byFirstLetter(alternatives: string): string {
  const groups = new Map<string, string[]>();
  for (const a of alternatives.split("|")) {
    const list = groups.get(a[0]);
    if (list) list.push(a.slice(1));
    else groups.set(a[0], [a.slice(1)]);
  }
  return [...groups].map(([first, rests]) => `${first}(?:${rests.join("|")})`).join("|");
}
/**
 * A sentence is worth tokenizing only when this matches. (A hand-written scanner doing the same was measured
 * at twice the regex's time: irregexp handles this alternation well.)
 */
const CANDIDATE_G = new RegExp(`\\d|\\b(?:${byFirstLetter(`${NUMBER_WORDS}|${RISING_STEMS}`)})\\b`, "gi");
/** Whether text at `at` is a possessive ending: "’s", "'s", or a lone apostrophe after s ("Belarus’ army"). */
function isPossessiveAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c !== 39 && c !== 0x2019) return false;
  const n = text.charCodeAt(at + 1);
  return n === 115 || n === 83 || text.charCodeAt(at - 1) === 115;
}

/** Words that can start a figure spelled in words: only these are looked at more closely. */
const NUMBERISH = new Set(
  (
    "a one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen " +
    "eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety tens hundreds dozens scores thousands " +
    "millions billions twice thrice"
  ).split(" "),
);

const SKIPPED_BLOCKS = new Set(["furniture", "credit", "byline"]);

/** Per-article state shared by the sentence scans. */
interface Scan {
  article: Article;
  text: string;
  persons: PersonIndex;
  /** Organization mentions in text order: a count of seats is a party's. */
  organizations: Mention[];
  mentionStarts: OffsetSet;
  /** Place mentions by start offset: a count's place ("arrested in Minsk") keeps it apart from other places' counts. */
  places: Map<number, Mention>;
  claims: Claim[];
  /** Ages without a name beside them, resolved once every named age of the article is known. */
  pendingAges: { claim: Claim; pos: number; pronoun?: boolean }[];
  /** The tokens of the sentence being scanned. */
  sentence: Token[];
  /** Whether that sentence has a word of time ("Sunday", "yesterday", "May"): only then is a figure dated. Computed when first needed. */
  timed: boolean | undefined;
  /**
   * Where in that sentence time expressions can start: for each time word, the start of the token four before
   * it and the word's own start (pairs, flat). Every expression holds a time word and starts at most three
   * words before it, so the time regex is tried only there.
   */
  timeWindows: SearchWindows;
  /** Events the article says are rising ("the toll is expected to rise"). */
  rising: Set<string>;
  /** Whether that sentence has a word that can tell of an earlier event ("years", "previous", "in 2015"). Computed when first needed. */
  pastWords: boolean | undefined;
  /** Where in that sentence past markers can start (pairs, as timeWindows): computed with pastWords. */
  pastWindows: SearchWindows;
  /** The article's year (its date's, else the latest year it names), for "in 2015". Computed when first asked for. */
  yearOf: () => number | null;
}

/** The search windows of the sentence being scanned: one pair of buffers for every article (sentences are read one at a time). */
const SEARCH_WINDOWS = { time: new SearchWindows(), past: new SearchWindows() };

export function extractClaims(article: Article, mentions: Mention[]): Claim[] {
  const text = article.text;
  if (!text) return [];
  const scan = newScan(article, mentions);
  try {
    scanArticle(scan, article);
  } finally {
    scan.mentionStarts.release();
  }
  resolvePendingAges(scan);
  attachSpeakers(scan.claims, article.quotations);
  markRising(scan.claims, scan.rising);
  dateHeadlineFigures(scan.claims, article);
  return scan.claims;
}

/** Reads the article's sentences that hold a figure. */
function scanArticle(scan: Scan, article: Article): void {
  const text = scan.text;
  const blocks: Block[] = article.blocks.length ? article.blocks : [{ start: 0, end: text.length, kind: "paragraph" }];
  // One regex pass over the text finds the sentences that hold a figure; only those are tokenized.
  CANDIDATE_G.lastIndex = 0;
  let b = 0;
  // `test` rather than `exec`: no match array per hit. The hit's last character stands for it (a match is a
  // digit or one word, so it lies in one block and one sentence).
  while (CANDIDATE_G.test(text)) {
    const at = CANDIDATE_G.lastIndex - 1;
    while (b < blocks.length && blocks[b].end <= at) b++;
    if (b >= blocks.length) break;
    const block = blocks[b];
    if (block.start > at) {
      CANDIDATE_G.lastIndex = block.start;
      continue;
    }
    if (SKIPPED_BLOCKS.has(block.kind) || block.duplicateOf !== undefined) {
      CANDIDATE_G.lastIndex = block.end;
      continue;
    }
    const s = sentenceStart(text, block.start, block.end, at);
    // The sentence's tokens live until the next sentence is read (their objects are reused): nothing the scan
    // keeps (claims, qualifier phrases, owners) holds a token. The tokenizer finds where the sentence ends (no
    // sentence ends between s and the hit, or sentenceStart would have started later).
    const tokens = tokenizeSentence(text, s, block.end, true);
    const e = tokenizedEnd();
    scanSentence(scan, tokens, s, e, block.start);
    CANDIDATE_G.lastIndex = Math.max(e, at + 1);
  }
}

/**
 * The per-article state. Its own function: mentions come in several hidden classes (optional fields), and
 * reading them here keeps the sentence loop's compiled code free of their checks (a new class would otherwise
 * deoptimize the whole loop).
 */
function newScan(article: Article, mentions: Mention[]): Scan {
  const text = article.text;
  // One pass over the mentions (this runs for every article): persons, places and all starts.
  const persons: Mention[] = [];
  const organizations: Mention[] = [];
  const places = new Map<number, Mention>();
  const mentionStarts = new OffsetSet(text.length);
  const blocks = article.blocks;
  // The block of the last person mention: mentions come in text order, so the blocks are walked forward once
  // (a binary search only for a mention out of order).
  let b = 0;
  let year: number | null | undefined;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    const start = m.start;
    mentionStarts.add(start);
    // Names in photo credits and bylines are not who the figures are about.
    if (m.kind === "person") {
      if (b < blocks.length && blocks[b].start > start) b = 0;
      while (b < blocks.length && blocks[b].end <= start) b++;
      const block = b < blocks.length && blocks[b].start <= start ? blocks[b] : undefined;
      if (!(block && SKIPPED_BLOCKS.has(block.kind))) persons.push(m);
    } else if (m.kind === "place") places.set(start, m);
    else if (m.kind === "organization") organizations.push(m);
  }
  return {
    article,
    text,
    persons: new PersonIndex(persons),
    organizations: inTextOrder(organizations),
    mentionStarts,
    places,
    claims: [],
    pendingAges: [],
    sentence: [],
    timed: undefined,
    timeWindows: SEARCH_WINDOWS.time,
    rising: new Set(),
    pastWords: undefined,
    pastWindows: SEARCH_WINDOWS.past,
    yearOf: () => (year === undefined ? (year = articleYear(text, article.date)) : year),
  };
}

/** Mentions sorted by start (kept as they are when already in text order, as they usually come). */
function inTextOrder(mentions: Mention[]): Mention[] {
  for (let k = 1; k < mentions.length; k++) if (mentions[k - 1].start > mentions[k].start) return mentions.sort((a, b) => a.start - b.start);
  return mentions;
}

/**
 * The start offsets of an article's mentions, as a bitmap over the text: tested for most tokens near a figure,
 * where a typed-array read is cheaper than hashing into a Set. Offsets outside the text (none are expected)
 * go to a Set. The bitmap is one buffer shared by all articles (a buffer per article, as long as its text,
 * cost an allocation and zeroing per article): `release` clears the stretch this article used.
 */
class OffsetSet {
  private static shared = new Uint8Array(1 << 16);
  private readonly bits: Uint8Array;
  private readonly length: number;
  /** Offsets outside the text (none are expected): created only if one turns up. */
  private outside: Set<number> | undefined = undefined;
  /** One past the highest offset set: `release` clears up to it. */
  private top = 0;

  constructor(length: number) {
    if (OffsetSet.shared.length < length) OffsetSet.shared = new Uint8Array(Math.max(length, OffsetSet.shared.length * 2));
    this.bits = OffsetSet.shared;
    this.length = length;
  }

  add(start: number): void {
    if (this.inside(start)) {
      this.bits[start] = 1;
      if (start >= this.top) this.top = start + 1;
    } else (this.outside ??= new Set()).add(start);
  }

  private inside(start: number): boolean {
    return start >= 0 && start < this.length && Number.isInteger(start);
  }

  has(start: number): boolean {
    return this.inside(start) ? this.bits[start] === 1 : this.outside !== undefined && this.outside.has(start);
  }

  /**
   * Clears the shared bitmap for the next article. Clearing the stretch is cheaper than reading every mention's
   * offset again: an article's mention objects are scattered in memory, its bitmap is a few kilobytes.
   */
  release(): void {
    this.bits.fill(0, 0, this.top);
  }
}

/** The block holding pos (blocks are sorted by start), or undefined. */
function blockAt(blocks: Block[], pos: number): Block | undefined {
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid].end <= pos) lo = mid + 1;
    else hi = mid;
  }
  const b = blocks[lo];
  return b && b.start <= pos ? b : undefined;
}

/**
 * Whether a token glued to a number makes it part of an identifier ("G7", "Covid-19", "a71160") or of a web
 * address (every number in "site.com/2022/05/07/story-1.html" follows a glued "/", "." or letter).
 */
function gluedToWord(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  if (prev && !t.spaced) {
    // (Not a currency code: "CHF3bn", "Rs500".)
    if (prev.kind === "word" && !DOLLAR_PREFIXES[prev.lower] && !lexicon.CURRENCY_CODES_BEFORE[prev.lower] && !letterCurrencyBefore(tokens, i)) return true;
    if (prev.kind === "num") return true;
    if ("/_#@.&".includes(prev.text)) return true;
    if (prev.text === "-" && tokens[i - 2] && !prev.spaced && tokens[i - 2].kind === "word") return true;
  }
  return false;
}

const LETTER_SCALES = new Set(["tr", "trn", "tn", "bn", "b", "mn", "m"]);

/**
 * A currency written as one capital letter glued to an amount: Korea's won ("W10.9tr", "W86,000"), Nigeria's
 * naira ("N70,000", "N617") and the Philippine peso ("P3.2 billion", "P120,000"). Letters glued to numbers are
 * mostly names ("N95", "W3", "P3"), so the amount must have a scale or separators, or (for the naira and the
 * peso) the article must name the currency.
 */
function letterCurrencyBefore(tokens: Token[], i: number): string | undefined {
  const w = tokens[i - 1];
  const t = tokens[i];
  if (!w || w.kind !== "word" || t.spaced || (w.text !== "W" && w.text !== "N" && w.text !== "P")) return undefined;
  const scale = tokens[i + 1];
  const written =
    t.text.includes(",") ||
    (scale !== undefined && scale.kind === "word" && (scale.spaced ? SCALE_WORDS.has(scale.lower) : LETTER_SCALES.has(scale.lower)));
  if (w.text === "W") return written ? "KRW" : undefined;
  if (w.text === "N") return written || articleNames(t.source, "naira") ? "NGN" : undefined;
  return written || articleNames(t.source, "pesos") ? "PHP" : undefined;
}

/** Scale words written apart from a letter-prefixed amount ("P3.2 billion"). */
const SCALE_WORDS = new Set(["million", "billion", "trillion"]);

/** Whether the article names a currency (kept for the last article and word asked about: one test per article). */
let namedText: string | undefined;
let namedWord = "";
let named = false;
function articleNames(text: string, currency: "naira" | "pesos"): boolean {
  if (text !== namedText || currency !== namedWord) {
    namedText = text;
    namedWord = currency;
    named = (currency === "naira" ? /\bnaira\b/i : /\bpesos?\b/i).test(text);
  }
  return named;
}

/** Words that may be glued after digits in a figure: scales ("4bn", "3m"), times ("5pm"). */
const GLUED_OK = /^(?:k|m|b|bn|mn|tn|tr|trn|billion|million|am|pm|a|p|hrs|h)$/;
const ZONES = "gmt|utc|bst|cet|cest|eet|eest|msk|est|edt|cst|cdt|pst|pdt|jst|ist|aest|aedt";
/** Time zones: after "16.05" they make it a time of day even with a space between ("16.05 GMT"). */
const TIME_ZONE = new RegExp(`^(?:${ZONES})$`);
/** Words after the digits of a time of day: "am", "pm", their letters, hours, and the zones. */
const TIME_SUFFIX = new RegExp(`^(?:am|pm|a|p|hrs|h|${ZONES})$`);

const TIME_WORDS = new Set([
  ...lexicon.WEEKDAYS,
  ...Object.keys(MONTHS),
  ..."yesterday today tonight overnight week weekend month night day".split(" "),
]);

/** Whether the current sentence names a time; the answer is kept for the sentence's other figures. */
function sentenceTimed(scan: Scan): boolean {
  if (scan.timed === undefined) {
    const tokens = scan.sentence;
    const windows = scan.timeWindows;
    windows.clear();
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k];
      if (t.kind === "word" && mayBeIn(TIME_SHAPES, t) && TIME_WORDS.has(t.lower)) {
        // "earlier last week", "in mid-May", "the previous day", "4 July": at most three tokens before the word.
        windows.add(tokens[Math.max(0, k - 4)].start, t.start);
      }
    }
    scan.timed = windows.length > 0;
  }
  return scan.timed;
}

const PAST_WORDS = new Set("year years decade decades month months weeks season previous prior earlier following summer winter spring autumn".split(" "));

/**
 * The time label of a count told as part of an earlier event ("three years after a similar collapse killed 19
 * people"), or undefined. The sentence's words are looked at once, so most sentences skip the regex.
 */
function pastTime(scan: Scan, sStart: number, sEnd: number, figureStart: number, figureEnd: number): string | undefined {
  if (scan.pastWords === undefined) {
    const tokens = scan.sentence;
    const windows = scan.pastWindows;
    windows.clear();
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k];
      if (t.kind !== "word" || !(mayBeIn(PAST_SHAPES, t) || (mayBeIn(BEFORE_NUMBER_SHAPES, t) && numberWithinTwo(tokens, k)))) continue;
      // A past marker starts at its word ("years ago", "in 2015", "since November 2001", "the 2013 collapse") or up
      // to two words before it ("the previous", "last year", "the following year").
      if (PAST_WORDS.has(t.lower)) windows.add(tokens[Math.max(0, k - 2)].start, t.start);
      else if ((t.lower === "in" || t.lower === "since") && (tokens[k + 1]?.kind === "num" || (tokens[k + 2]?.kind === "num" && MONTHS[tokens[k + 1].lower] !== undefined))) windows.add(t.start, t.start);
      else if ((t.lower === "the" || t.lower === "a" || t.lower === "an") && tokens[k + 1]?.kind === "num") windows.add(t.start, t.start);
      else if (t.lower === "since" && mayOpenSinceWhen(scan.text, t.end, sEnd)) windows.add(t.start, t.start);
      else if (t.lower === "of" && tokens[k + 1]?.kind === "num" && k > 0) windows.add(tokens[k - 1].start, tokens[k - 1].start);
    }
    scan.pastWords = windows.length > 0;
  }
  if (!scan.pastWords) return undefined;
  return pastEventTime(scan.text, sStart, sEnd, figureStart, figureEnd, scan.yearOf, scan.pastWindows);
}

/** Reads the figures of one tokenized sentence, left to right. */
function scanSentence(scan: Scan, tokens: Token[], sStart: number, sEnd: number, lineStart: number): void {
  scan.sentence = tokens;
  scan.timed = undefined;
  scan.pastWords = undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === "sym") continue;
    if (t.kind === "word") {
      // Most words are none of the rising words, months or number words looked for here: a table of their
      // first two letters and length rules them out without hashing the word.
      if (!mayBeIn(SCAN_SHAPES, t)) continue;
      if (RISING_WORDS.has(t.lower)) noteRising(scan, tokens, i);
      // Dates ("May 31", "Sept. 14, 2020") are not figures.
      if ((tokens[i + 1]?.kind === "num" || tokens[i + 2]?.kind === "num") && MONTHS[t.lower] !== undefined && /^\p{Lu}/u.test(t.text)) {
        let k = i + 1;
        if (tokens[k] && tokens[k].text === "." && !tokens[k].spaced) k++;
        const d = tokens[k];
        if (d && d.kind === "num" && /^\d{1,2}$/.test(d.text) && Number(d.text) <= 31 && !tokens[k + 1]?.text.match(/^[-–]$/)) {
          i = skipYearAfterDate(tokens, k);
          continue;
        }
      }
      if (!NUMBERISH.has(t.lower)) continue;
      const w = wordFigure(scan, tokens, i, sStart, sEnd, lineStart);
      if (w !== null) i = w;
      continue;
    }
    // A number token.
    if (gluedToWord(tokens, i)) continue;
    const after = tokens[i + 1];
    // "04/03/2025", "24/7": a date or a ratio written with slashes (the later parts are glued to a "/" and skipped above).
    if (after && after.text === "/" && !after.spaced && tokens[i + 2]?.kind === "num" && !tokens[i + 2].spaced) continue;
    // "GMT+6", "UTC-5": a time zone's offset.
    if (!t.spaced && (tokens[i - 1]?.text === "+" || tokens[i - 1]?.text === "-") && !tokens[i - 1].spaced && tokens[i - 2]?.kind === "word" && TIME_ZONE.test(tokens[i - 2].lower)) continue;
    // "40C", "5G", "3D", "21st": a glued letter that is no scale or time makes a unit or a name, not a count.
    if (after && !after.spaced && after.kind === "word" && !GLUED_OK.test(after.lower)) continue;
    if (/^\d{10,}$/.test(t.text)) continue;
    // "8 July 2022"
    if (after && after.kind === "word" && MONTHS[after.lower] !== undefined && /^\p{Lu}/u.test(after.text) && /^\d{1,2}$/.test(t.text)) {
      i = skipYearAfterDate(tokens, i + 1);
      continue;
    }
    const tod = timeOfDay(tokens, i);
    if (tod !== null) {
      pushClaim(scan, tokens, i, tod.next, tod.value, null, "time", "", "time of day", NO_EXTRAS);
      i = tod.next - 1;
      continue;
    }
    const end = digitFigure(scan, tokens, i, sStart, sEnd, lineStart);
    i = Math.max(i, end - 1);
  }
}

function skipYearAfterDate(tokens: Token[], dayIndex: number): number {
  let k = dayIndex;
  if (tokens[k + 1] && tokens[k + 1].text === "," && tokens[k + 2] && /^\d{4}$/.test(tokens[k + 2].text)) k += 2;
  else if (tokens[k + 1] && /^\d{4}$/.test(tokens[k + 1].text)) k += 1;
  return k;
}

/** "11:30 a.m.", "11: 30 am", "11.30am", "5pm": a time of day (value in hours). */
/** Whether tokens from k read "a.m." or "p.m." ("10 a.m.": a, ".", m). */
function isDottedMeridiem(tokens: Token[], k: number): boolean {
  const l = tokens[k]?.lower;
  return (l === "a" || l === "p") && tokens[k + 1]?.text === "." && !tokens[k + 1].spaced && tokens[k + 2]?.lower === "m" && !tokens[k + 2].spaced;
}

function timeOfDay(tokens: Token[], i: number): { value: number; next: number } | null {
  const t = tokens[i];
  const a = tokens[i + 1];
  const b = tokens[i + 2];
  // Fast exit: a time of day has ":" or "am"/"pm" right after its first number.
  if (!a || !(a.text === ":" || (a.kind === "word" && TIME_SUFFIX.test(a.lower)))) return null;
  let value: number | null = null;
  let next = i + 1;
  if (/^\d{1,2}$/.test(t.text) && a && a.text === ":" && !a.spaced && b && /^\d{2}$/.test(b.text)) {
    value = Number(t.text) + Number(b.text) / 60;
    next = i + 3;
  } else if (/^\d{1,2}\.\d{2}$/.test(t.text) && a && a.kind === "word" && (TIME_ZONE.test(a.lower) || (!a.spaced && TIME_SUFFIX.test(a.lower)))) {
    const [h, m] = t.text.split(".");
    value = Number(h) + Number(m) / 60;
  } else if (/^\d{1,2}$/.test(t.text) && a && a.kind === "word" && (/^(?:am|pm)$/.test(a.lower) || isDottedMeridiem(tokens, i + 1))) {
    value = Number(t.text);
  } else if (/^[0-2]\d[0-5]\d$/.test(t.text) && a.kind === "word" && TIME_ZONE.test(a.lower)) {
    // "1500 GMT", "0930 UTC": hours and minutes run together before a time zone (no year is followed by one).
    value = Number(t.text.slice(0, 2)) + Number(t.text.slice(2)) / 60;
  } else return null;
  if (value >= 24) return null;
  // Swallow "a.m." / "pm" after the figure; "p" makes it afternoon.
  const suffix = tokens[next];
  if (suffix && suffix.kind === "word" && TIME_SUFFIX.test(suffix.lower)) {
    if ((suffix.lower === "p" || suffix.lower === "pm") && value < 12) value += 12;
    next++;
    // "a.m." is four tokens: a . m .
    if (suffix.text.length === 1 && tokens[next]?.text === "." && tokens[next + 1]?.lower === "m" && !tokens[next + 1].spaced) {
      next += 2;
      if (tokens[next]?.text === "." && !tokens[next].spaced) next++;
    }
  }
  return { value, next };
}

interface ClaimExtras {
  qualifier?: QualifierMatch | null;
  low?: number | null;
  high?: number | null;
  lowOpen?: boolean;
  highOpen?: boolean;
  owner?: Owner;
  where?: Owner;
  when?: string;
  conversions?: { unit: string; value: number }[];
  roundingUnit?: number;
}

/**
 * Extras with every field, unset. Each call's extras spread it first ("{ ...NO_EXTRAS, owner }"), so that all of
 * them share one hidden class: pushClaim reads them for every claim, and a dozen differently shaped literals made
 * each of its reads a slow, megamorphic look-up.
 */
const NO_EXTRAS: Readonly<ClaimExtras> = {
  qualifier: undefined,
  low: undefined,
  high: undefined,
  lowOpen: undefined,
  highOpen: undefined,
  owner: undefined,
  where: undefined,
  when: undefined,
  conversions: undefined,
  roundingUnit: undefined,
};

function pushClaim(
  scan: Scan,
  tokens: Token[],
  firstIdx: number,
  nextIdx: number,
  value: number | null,
  qualifierOrNull: QualifierMatch | null,
  unit: string,
  quantityKey: string,
  quantity: string,
  extras: ClaimExtras,
): Claim {
  const q = extras.qualifier !== undefined ? extras.qualifier : qualifierOrNull;
  const startIdx = q ? Math.min(q.first, firstIdx) : firstIdx;
  const start = tokens[startIdx].start;
  const end = tokens[nextIdx - 1].end;
  let low = extras.low !== undefined ? extras.low : value;
  let high = extras.high !== undefined ? extras.high : value;
  let lowOpen = extras.lowOpen ?? false;
  let highOpen = extras.highOpen ?? false;
  if (value !== null && extras.low === undefined && q && q.kind !== "exact") {
    if (unit === "year" && q.kind === "about") {
      // "roughly 2005": a year either side, not a tenth of two millennia.
      low = value - 1;
      high = value + 1;
    } else ({ low, high, lowOpen, highOpen } = intervalFor(q.kind, value));
  }
  const claim: Claim = {
    file: scan.article.file,
    start,
    end,
    text: scan.text.slice(start, end),
    value,
    low,
    high,
    qualifier: q ? q.phrase : null,
    unit,
    quantity,
    quantityKey,
  };
  if (lowOpen) claim.lowOpen = true;
  if (highOpen) claim.highOpen = true;
  if (extras.owner) claim.owner = extras.owner;
  if (extras.when) claim.when = extras.when;
  if (extras.where) claim.where = extras.where;
  if (extras.conversions && extras.conversions.length) claim.conversions = extras.conversions;
  if (extras.roundingUnit !== undefined) claim.roundingUnit = extras.roundingUnit;
  scan.claims.push(claim);
  return claim;
}


/** The first words of the QUALIFIED_CURRENCIES names ("swiss", "south"). */
const CURRENCY_FIRST_WORDS = new WordTable(new Set(Object.keys(QUALIFIED_CURRENCIES).map((name) => name.slice(0, name.indexOf(" ")))));

/**
 * The currency code a word before an amount is ("Rs", "USD"), or undefined. (By its shape first: this is asked
 * of the word before every number, seldom a code.)
 */
function currencyCodeBefore(w: Token): string | undefined {
  return CURRENCY_CODE_WORDS.has(w) ? lexicon.CURRENCY_CODES_BEFORE[w.lower] : undefined;
}

const CURRENCY_CODE_WORDS = new WordTable(new Set(Object.keys(lexicon.CURRENCY_CODES_BEFORE)));

/** A currency named with its country's adjective at token k ("Swiss francs", "South Korean won"), and the index after it. */
function qualifiedCurrencyAt(tokens: Token[], k: number): { code: string; next: number } | null {
  const t = tokens[k];
  // (The first word first: this is asked after every number, and most words start no currency's name, which
  // then need not be built word by word.)
  if (!t || !CURRENCY_FIRST_WORDS.has(t) || t.text === t.lower) return null;
  let name = t.lower;
  for (let n = 2; n <= MAX_QUALIFIED_CURRENCY_WORDS; n++) {
    const w = tokens[k + n - 1];
    if (!w || w.kind !== "word") return null;
    name += ` ${w.lower}`;
    const code = QUALIFIED_CURRENCIES[name];
    if (code) return { code, next: k + n };
  }
  return null;
}

/** Currency glued before token i ("£", "US$", "￡"): the currency code and the index of its first token. */
function currencyBefore(tokens: Token[], i: number): { code: string; first: number } | null {
  const letter = letterCurrencyBefore(tokens, i);
  if (letter) return { code: letter, first: i - 1 };
  const sym = tokens[i - 1];
  // "Rs 500 crore", "USD 3bn", "Rs. 500"
  const code0 = sym && sym.kind === "word" ? currencyCodeBefore(sym) : sym?.text === "." && tokens[i - 2]?.kind === "word" ? currencyCodeBefore(tokens[i - 2]) : undefined;
  if (code0) return { code: code0, first: sym.kind === "word" ? i - 1 : i - 2 };
  if (!sym || tokens[i].spaced || sym.kind !== "sym") return null;
  let code = CURRENCY_SYMBOLS[sym.text];
  if (!code) return null;
  let first = i - 1;
  const pre = tokens[i - 2];
  if (sym.text === "$" && pre && pre.kind === "word" && !sym.spaced && DOLLAR_PREFIXES[pre.lower]) {
    code = DOLLAR_PREFIXES[pre.lower];
    first = i - 2;
  }
  return { code, first };
}

/** A money amount at token i (after its currency symbol) with an optional "(US$3.1bn)" conversion after it. */
function moneyAt(tokens: Token[], i: number): Money | null {
  const cb = tokens[i].kind === "sym" ? null : currencyBefore(tokens, i);
  const n = parseNumber(tokens, i, moneyParse(tokens, i, cb));
  return n ? moneyOf(tokens, i, n, cb) : null;
}

interface Money {
  code: string;
  first: number;
  value: number;
  next: number;
  unit: number;
}

/** Whether the number at i is read as money: a currency before it or a currency word right after it. */
function moneyParse(tokens: Token[], i: number, before: { code: string; first: number } | null): boolean {
  return !!before || CURRENCY_WORDS[tokens[i + 1]?.lower ?? ""] !== undefined || qualifiedCurrencyAt(tokens, i + 1) !== null || qualifiedCurrencyAt(tokens, i + 2) !== null;
}

/** The amount of money a parsed number is, with its currency from before it or from the word after it. */
function moneyOf(tokens: Token[], i: number, n: ParsedNumber, before: { code: string; first: number } | null): Money | null {
  let first = i;
  let code: string | undefined;
  if (before) {
    code = before.code;
    first = before.first;
  }
  let next = n.next;
  const w = tokens[next];
  const qualified = qualifiedCurrencyAt(tokens, next);
  if (qualified) {
    code = code ?? qualified.code;
    next = qualified.next;
  } else if (w && w.kind === "word") {
    if (CURRENCY_WORDS[w.lower] && !(w.lower.startsWith("pound") && !n.scaled && !code)) {
      code = code ?? CURRENCY_WORDS[w.lower];
      next++;
    } else if (w.lower === "won" && tokens[i].kind === "num") {
      // Korea's won after digits ("86,000 won", "10.9 trillion won"); after a number word it is the verb ("two won").
      code = code ?? "KRW";
      next++;
    } else if (w.lower === "us" && tokens[next + 1] && CURRENCY_WORDS[tokens[next + 1].lower]) {
      code = code ?? "USD";
      next += 2;
    }
  }
  if (!code) return null;
  return { code, first, value: n.value, next, unit: n.unit };
}

/** A figure starting with digits at token i. Returns the index after the figure. */
function digitFigure(scan: Scan, tokens: Token[], i: number, sStart: number, sEnd: number, lineStart: number): number {
  const { text } = scan;
  // One parse serves both readings unless money parses differently ("5m dollars": a glued "m" scales money only).
  const before = tokens[i].kind === "sym" ? null : currencyBefore(tokens, i);
  const asMoney = moneyParse(tokens, i, before);
  const parsed = parseNumber(tokens, i, asMoney);
  const money = parsed ? moneyOf(tokens, i, parsed, before) : null;
  if (money) {
    let next = money.next;
    // "($1 = 0.9231 euros)": an exchange rate printed under a wire story, no amount of the story.
    if (tokens[next]?.text === "=") {
      let k = next + 1;
      if (tokens[k]?.kind === "sym" && CURRENCY_SYMBOLS[tokens[k].text]) k++;
      const rate = tokens[k]?.kind === "num" ? moneyAt(tokens, k) ?? parseNumber(tokens, k) : null;
      return rate ? rate.next : next + 1;
    }
    const conversions: { unit: string; value: number }[] = [];
    // "£2.5bn (US$3.1bn)", "$4.5bn (£3.6bn)": a conversion stated in the text is the same amount.
    if (tokens[next]?.text === "(") {
      let k = next + 1;
      if (tokens[k] && tokens[k].kind === "sym" && CURRENCY_SYMBOLS[tokens[k].text]) k++;
      else if (tokens[k] && tokens[k].kind === "word" && DOLLAR_PREFIXES[tokens[k].lower] && tokens[k + 1]?.text === "$") k += 2;
      const conv = tokens[k] && tokens[k].kind === "num" ? moneyAt(tokens, k) : null;
      if (conv && tokens[conv.next]?.text === ")") {
        conversions.push({ unit: `money:${conv.code}`, value: conv.value });
        next = conv.next + 1;
      }
    }
    let q = qualifierBefore(tokens, money.first);
    // "jails four over €1.2 billion fraud": "over" before an amount that qualifies a noun is "because of".
    if (q && q.phrase === "over" && tokens[next]?.kind === "word" && tokens[next].text === tokens[next].lower && !lexicon.FUNCTION_WORDS.has(tokens[next].lower)) q = null;
    const quantity = moneyQuantity(tokens, q ? q.first : money.first, next);
    // A net worth is a person's: compared only through its owner.
    const owner = quantity.key === "money|net worth" ? sentenceOwner(scan.text, sStart, sEnd, scan.persons) : undefined;
    let key = quantity.key === "money|net worth" && !owner ? "" : quantity.key;
    // The price of an earlier deal ("joined Dortmund in 2020 for £25m") is not this story's price; nor is the old
    // value of a change ("rose from $617 to $897": the 617 is what it was).
    if (key && key !== "money|net worth" && pastTime(scan, sStart, sEnd, tokens[money.first].start, tokens[next - 1].end) !== undefined) key = "";
    if (key && tokens[money.first - 1]?.lower === "from") key = "";
    // "an estimated €50 billion a year": a rate, not the story's amount.
    if (key && isPerPeriod(tokens, next)) key = "";
    // "Quang Ngai alone reported losses of 1.2 trillion dong": one place's part of the amount, never compared (as "a
    // share of the damage" is not). (The sentence's tokens start at its first word.)
    if (key && key !== "money|net worth" && subjectPlaceWith(scan, tokens, 0, money.first) !== undefined) key = "";
    pushClaim(scan, tokens, money.first, next, money.value, q, `money:${money.code}`, key, owner ? "{owner}'s net worth" : quantity.words, {
      ...NO_EXTRAS,
      conversions,
      owner,
      roundingUnit: money.unit,
    });
    return next;
  }
  const n = asMoney ? parseNumber(tokens, i) : parsed;
  if (!n) return i + 1;
  return numberFigure(scan, tokens, i, n, sStart, sEnd, lineStart, text);
}

/** A figure spelled in words at token i ("two", "thirty-two", "dozens", "tens of thousands", "two-thirds", "twice"). */
function wordFigure(scan: Scan, tokens: Token[], i: number, sStart: number, sEnd: number, lineStart: number): number | null {
  const t = tokens[i];
  const w = t.lower;
  // Vague counts: "tens of thousands", "hundreds", "dozens".
  if (/^(?:tens|hundreds|dozens|scores|thousands|millions|billions)$/.test(w)) {
    let next = i + 1;
    let phrase = w;
    if ((w === "tens" || w === "hundreds") && tokens[i + 1]?.lower === "of" && /^(?:thousands|millions)$/.test(tokens[i + 2]?.lower ?? "")) {
      phrase = `${w} of ${tokens[i + 2].lower}`;
      next = i + 3;
    } else if (w === "tens" || (w === "scores" && tokens[i + 1]?.lower !== "of")) return null;
    const vague = VAGUE_COUNTS.find(([re]) => re.test(phrase));
    if (!vague) return null;
    const quantity = countQuantity(tokens, i, next, true, scan.mentionStarts);
    pushClaim(scan, tokens, i, next, null, null, "count", "", quantity.words, {
      ...NO_EXTRAS,
      qualifier: { kind: "about", phrase, first: i },
      low: vague[1],
      high: vague[2],
      highOpen: true,
    });
    return next - 1;
  }
  if (w === "twice" || w === "thrice") {
    pushClaim(scan, tokens, i, i + 1, w === "twice" ? 2 : 3, null, "times", "", "times", NO_EXTRAS);
    return i;
  }
  // Fractions: "two-thirds", "a third of", "three-quarters".
  const frac = fraction(tokens, i);
  if (frac) {
    pushClaim(scan, tokens, i, frac.next, frac.value, null, "fraction", "", "fraction", NO_EXTRAS);
    return frac.next - 1;
  }
  const n = parseNumber(tokens, i);
  if (!n) return null;
  // A word number spelled as a fraction numerator ("two-thirds") is handled above; "one" alone is skipped by parseNumber.
  return numberFigure(scan, tokens, i, n, sStart, sEnd, lineStart, scan.text);
}

const NUMERATORS: Record<string, number> = dict({ one: 1, two: 2, three: 3, four: 4, a: 1 });
const FRACTIONS: Record<string, number> = dict({ half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fifth: 5, fifths: 5 });

function fraction(tokens: Token[], i: number): { value: number; next: number } | null {
  const t = tokens[i];
  const dash = tokens[i + 1];
  const den = tokens[i + 2];
  if (NUMERATORS[t.lower] !== undefined && dash?.text === "-" && !dash.spaced && den && FRACTIONS[den.lower]) {
    return { value: NUMERATORS[t.lower] / FRACTIONS[den.lower], next: i + 3 };
  }
  if ((t.lower === "a" || t.lower === "one") && den === undefined) return null;
  if ((t.lower === "a" || t.lower === "one") && dash && FRACTIONS[dash.lower] && dash.lower !== "half" && tokens[i + 2]?.lower === "of") {
    return { value: 1 / FRACTIONS[dash.lower], next: i + 2 };
  }
  return null;
}

/**
 * The figure whose number was parsed at token i: a percentage, an age, a duration, a measurement, a year, a
 * range or a count, with its qualifier and what it counts.
 */
function numberFigure(
  scan: Scan,
  tokens: Token[],
  i: number,
  n: ParsedNumber,
  sStart: number,
  sEnd: number,
  lineStart: number,
  text: string,
): number {
  let next = n.next;
  const q = qualifierBefore(tokens, i);
  const firstCtx = q ? q.first : i;
  const w = tokens[next];
  const w2 = tokens[next + 1];

  // Percentages: "80%", "80 percent", "100 per cent".
  if (w && (w.text === "%" || w.lower === "percent" || w.lower === "pc" || (w.lower === "per" && w2?.lower === "cent"))) {
    next += w.lower === "per" ? 2 : 1;
    const quantity = percentQuantity(tokens, firstCtx, next);
    // A share of the vote is a candidate's: compared only through the person who won it ("Erdogan won 52.1% of
    // the vote" and "his rival won 47.9% of the vote" are two quantities), never on its own.
    if (VOTE_SHARES.has(quantity.key)) {
      const past = pastTime(scan, sStart, sEnd, tokens[firstCtx].start, tokens[next - 1].end) !== undefined;
      const owner = past ? undefined : voteWinner(scan, sStart, tokens[firstCtx].start);
      pushClaim(scan, tokens, i, next, n.value, q, "percent", owner ? quantity.key : "", owner ? `{owner}'s ${quantity.words.replace(/^percentage/, "share")}` : quantity.words, {
        ...NO_EXTRAS,
        roundingUnit: n.unit,
        owner,
      });
      return next;
    }
    // Another candidate's share after the first's, the vote left unsaid: "X won 52.1% of the vote, while Y got
    // 45.3%", "… against 45.3% for opposition candidate Y".
    if (!quantity.key) {
      const share = otherCandidateShare(scan, tokens, sStart, firstCtx, next);
      if (share) {
        pushClaim(scan, tokens, i, next, n.value, q, "percent", share.key, share.words, { ...NO_EXTRAS, roundingUnit: n.unit, owner: share.owner });
        return next;
      }
    }
    // An earlier election's turnout ("Six years ago, … on a turnout of 61%") is not this one's.
    const key = quantity.key && pastTime(scan, sStart, sEnd, tokens[firstCtx].start, tokens[next - 1].end) !== undefined ? "" : quantity.key;
    pushClaim(scan, tokens, i, next, n.value, q, "percent", key, quantity.words, { ...NO_EXTRAS, roundingUnit: n.unit });
    return next;
  }

  // Ages: "33-year-old", "33 years old".
  const age = ageSuffix(tokens, next);
  if (age !== null) {
    next = age;
    const figureStart = tokens[q ? q.first : i].start;
    const figureEnd = tokens[next - 1].end;
    // "33-year-old Vitaly Karazahn", "Name, a 37-year-old …", "a 41-year-old resident…, named X"
    const owner =
      ownerBefore(text, leftEdge(tokens, q ? q.first : i), scan.persons, lineStart) ??
      ownerAfter(text, figureEnd, sEnd, scan.persons);
    // "gave him his debut as a 17-year-old": an age at an earlier time, not the person's age now.
    const then = isAgeThen(tokens, q ? q.first : i);
    const claim = pushClaim(scan, tokens, i, next, n.value, q, "age", owner && !then ? "age" : "", "age", { ...NO_EXTRAS, owner, roundingUnit: 1 });
    // "her eight-year-old son", "a 12-year-old boy": the age of someone the article does not name, not of the
    // last person named.
    if (!owner && !then && !agesUnnamedPerson(tokens, q ? q.first : i, next)) scan.pendingAges.push({ claim, pos: figureStart });
    return next;
  }

  // Durations: "26 years", "26-year rule"; "six years ago" is a point in time.
  const dur = durationSuffix(tokens, next);
  if (dur) {
    next = dur.next;
    if (tokens[next]?.lower === "ago") {
      pushClaim(scan, tokens, i, next + 1, n.value, q, `ago:${dur.unit}`, "", "time ago", NO_EXTRAS);
      return next + 1;
    }
    // "five years and nine months", "11 years, five months and 15 days": one stretch, in its first unit, written to
    // the last unit's precision (so that "three years and four months" and "three years and two months" differ).
    let value = n.value;
    let roundingUnit = 1;
    for (let more = durationContinuation(tokens, next, dur.unit); more; more = durationContinuation(tokens, next, dur.unit)) {
      value += more.value;
      roundingUnit = more.unit;
      next = more.next;
    }
    const quantity = durationQuantity(tokens, firstCtx, next);
    const figureStart = tokens[firstCtx].start;
    // "another five years in power", "a further two years": a stretch still to come, not the time so far.
    const ahead = ADDED_TIME.has(tokens[firstCtx - 1]?.lower ?? "");
    // "11 years, five months and 15 days": the months and days are part of the first stretch, not stretches of
    // their own (compared alone, "15 days" against "11 years" made a false warning).
    const part = continuesDuration(tokens, firstCtx);
    // "Vance also gave Whitaker 10 years for tampering": a further term, beside the main one.
    const further = quantity.key === "duration|prison" && alsoBefore(tokens, firstCtx);
    const owner =
      !quantity.key || ahead || part || further
        ? undefined
        : quantity.key === "duration|prison"
          ? prisoner(scan, sStart, sEnd, figureStart)
          : sentenceOwner(text, sStart, sEnd, scan.persons);
    const when = sentenceTimed(scan) ? eventTime(text, sStart, sEnd, figureStart, tokens[next - 1].end, scan.article.date, scan.timeWindows) : undefined;
    pushClaim(scan, tokens, i, next, value, q, `duration:${dur.unit}`, owner ? quantity.key : "", quantity.words, {
      ...NO_EXTRAS,
      owner,
      when,
      roundingUnit,
    });
    return next;
  }

  // An earthquake's magnitude: "magnitude 6.8", "a magnitude of 6.9", "6.8-magnitude", "a 7.8 magnitude quake".
  const magnitude = magnitudeAt(tokens, i, next);
  if (magnitude) {
    const figureStart = tokens[magnitude.first].start;
    const figureEnd = tokens[magnitude.next - 1].end;
    const quake = quakeOf(tokens, i, magnitude.next);
    // A past quake's magnitude ("In 2015, a 7.8 quake…") is not this story's.
    const key = quake && pastTime(scan, sStart, sEnd, figureStart, figureEnd) === undefined ? `magnitude|${quake}` : "";
    pushClaim(scan, tokens, magnitude.first, magnitude.next, n.value, q, "magnitude", key, quake === "aftershock" ? "the aftershock's magnitude" : "the earthquake's magnitude", {
      ...NO_EXTRAS,
      roundingUnit: n.unit,
    });
    return magnitude.next;
  }

  // Measurements: "125 miles", "300 km".
  // "8 nautical miles", "40 square kilometres": two words.
  if (w && w.kind === "word" && (w.lower === "nautical" || w.lower === "square") && w2?.kind === "word" && MEASURES.has(w2.lower)) {
    pushClaim(scan, tokens, i, next + 2, n.value, q, `measure:${w.lower} ${w2.lower}`, "", `${w.lower} ${w2.lower}`, NO_EXTRAS);
    return next + 2;
  }
  if (w && w.kind === "word" && (MEASURES.has(w.lower) || (!w.spaced && w.lower === "m"))) {
    // The area a fire or a flood has burned or covered ("has scorched 12,000 hectares", "15,000 hectares burned"):
    // the story's one area, compared (in its own unit) across articles, unless told of an earlier event.
    const areaEvent = AREA_UNITS.has(w.lower) ? areaEventAround(tokens, firstCtx, next + 1) : undefined;
    const key = areaEvent && pastTime(scan, sStart, sEnd, tokens[firstCtx].start, tokens[next].end) === undefined ? `area|${areaEvent}|${w.lower}` : "";
    pushClaim(scan, tokens, i, next + 1, n.value, q, `measure:${w.lower}`, key, key ? `${w.lower} ${areaEvent}` : w.lower, { ...NO_EXTRAS, roundingUnit: key ? n.unit : undefined });
    return next + 1;
  }

  // A word glued to the number that no rule above read makes an identifier: "clade 1b", "3D", "4x4".
  if (w && w.kind === "word" && !w.spaced && !n.words) return next + 1;

  // Years: "in 1994", "from 2003 to 2005", "between 2002 and 2005", "until roughly 2005".
  if (isYear(tokens, i, n, q)) return yearFigure(scan, tokens, i, n, q, sStart, sEnd, text);

  // Apposition ages: "Vitaly Karazhan, 33," / "Name (…), 41" / "Name, aged 33" / "He was 67."
  if (!n.words && !n.scaled && Number.isInteger(n.value) && n.value > 0 && n.value < 120 && !q) {
    const end = tokens[next];
    const closes = !end || (end.kind === "sym" && /^[,.;)]$/.test(end.text)) || (end.kind === "word" && /^(?:and|who|was|is|when|had|has)$/.test(end.lower));
    const prev = tokens[i - 1]?.lower;
    const aged = prev === "aged";
    if (closes && (prev === "," || aged)) {
      const owner = ownerBefore(text, tokens[aged ? i - 1 : i].start, scan.persons, lineStart);
      if (owner || aged) {
        const claim = pushClaim(scan, tokens, aged ? i - 1 : i, next, n.value, null, "age", owner ? "age" : "", "age", { ...NO_EXTRAS, owner, roundingUnit: 1 });
        if (!owner) scan.pendingAges.push({ claim, pos: claim.start });
        return next;
      }
    }
    // "Jan van der Berg (54)": an age in brackets right after a name.
    if (prev === "(" && end?.text === ")") {
      const owner = ownerBeforeBracket(text, tokens[i - 1].start, scan.persons);
      if (owner) {
        pushClaim(scan, tokens, i, next, n.value, null, "age", "age", "age", { ...NO_EXTRAS, owner, roundingUnit: 1 });
        return next;
      }
    }
    if (closes && (prev === "was" || prev === "is") && /^(?:he|she)$/.test(tokens[i - 2]?.lower ?? "")) {
      const claim = pushClaim(scan, tokens, i, next, n.value, null, "age", "", "age", { ...NO_EXTRAS, roundingUnit: 1 });
      scan.pendingAges.push({ claim, pos: claim.start, pronoun: true });
      return next;
    }
  }

  // Ranges: "5,000 to 6,000", "between 200 and 300", "200-300".
  let low: number | null = null;
  let high: number | null = null;
  const between = tokens[i - 1]?.lower === "between";
  const sep = tokens[next];
  if (sep && (sep.lower === "to" || ((sep.text === "-" || sep.text === "–") && !sep.spaced) || (between && sep.lower === "and"))) {
    const m = parseNumber(tokens, next + 1);
    if (m && m.value > n.value && (!tokens[next + 1].spaced || sep.kind === "word" || sep.text === "–")) {
      low = n.value;
      high = m.value;
      next = m.next;
    }
  }
  const quantity = countQuantity(tokens, firstCtx, next, n.words, scan.mentionStarts);
  // "Boeing 737", "Article 5", "Apollo 11": a number right after a capitalized word names something.
  const designation = !q && !between && isDesignation(tokens, i);
  const figureStart = tokens[between ? i - 1 : firstCtx].start;
  const figureEnd = tokens[next - 1].end;
  // A count of an earlier event is dated by it; otherwise by the sentence's day, where it names one.
  // "92 killed since the truce took effect" counts from an event on: only such counts meet it (not the war's toll).
  const when = quantity.key
    ? (pastTime(scan, sStart, sEnd, figureStart, figureEnd) ??
      sinceEvent(tokens, next) ??
      (sentenceTimed(scan) ? eventTime(text, sStart, sEnd, figureStart, figureEnd, scan.article.date, scan.timeWindows) : undefined))
    : undefined;
  let where = quantity.key && scan.places.size ? placeOf(scan, tokens, firstCtx, next, sStart) ?? whereClausePlace(scan, tokens, firstCtx, sStart) : undefined;
  let countKey = quantity.key;
  // "Nineteen people died there" with no place in the sentence: a place named before, whose share it is.
  if (quantity.there && !where) countKey = "";
  // "about 400 trucks a day": a rate, not a count of the story's.
  if (countKey && rateAfter(tokens, next)) countKey = "";
  // "Forty-three died and 65 others were injured": the others are a count of their own only beside another event.
  if (quantity.besides !== undefined && lastCountEvent(scan) === quantity.besides) countKey = "";
  if (countKey === "count|-|population") {
    // A population is a place's ("Derna, which has a population of 100,000"): without the place, not compared.
    where = where ?? lastPlaceBefore(scan, sStart, tokens[firstCtx].start);
    if (!where) countKey = "";
  }
  // Votes are a candidate's, as a share of the vote is: "Tinubu won 8.8 million votes" and "Atiku got 7 million
  // votes" are two quantities, compared only through the person who won them.
  let voter: Owner | undefined;
  let words = quantity.words;
  if (countKey && isVoteCount(countKey)) {
    // "retained the seat by 3,412 votes": the winner's margin, another quantity than the votes polled.
    if (isVoteMargin(tokens, firstCtx)) {
      countKey = VOTE_MARGIN;
      words = "winning margin in votes";
      // (A candidate has one margin: "In Vellampatti, X retained his seat by 4,312 votes" is not kept apart by its place.)
      where = undefined;
    }
    // ("412 of the 650 seats": the whole is no one's.) Seats are a party's, votes a candidate's.
    const figureStart = tokens[firstCtx].start;
    voter = isWholeOfPart(tokens, firstCtx)
      ? undefined
      : ((countKey.endsWith("|seats") ? organizationBefore(scan, sStart, figureStart) : undefined) ?? voteWinner(scan, sStart, figureStart));
    if (voter) words = `{owner}'s ${words}`;
    else countKey = "";
  }
  // "Shahidul Islam and his sons rescued 11 passengers": one rescuer's share, not the number rescued.
  if (countKey && countEvent(countKey) === "rescued" && rescuedByPerson(scan, sStart, tokens[firstCtx].start)) countKey = "";
  // Jobs cut are a company's: "Amazon would cut 18,000 jobs" and "Microsoft will cut 10,000 jobs" are two quantities.
  if (countKey === JOBS_CUT) {
    // "650 jobs at its compressor factory in Kerkhoven": one site's cuts, compared only where the place is known.
    voter = !where && atOneSite(tokens, next) ? undefined : organizationBefore(scan, sStart, tokens[firstCtx].start);
    if (voter) words = `{owner}'s ${words}`;
    else countKey = "";
  }
  const extras: ClaimExtras = { ...NO_EXTRAS, when, where, roundingUnit: n.unit, owner: voter };
  if (low !== null) {
    extras.low = low;
    extras.high = high;
    extras.qualifier = between ? { kind: "exact", phrase: "between", first: i - 1 } : q;
    if (q && (q.kind === "at most" || q.kind === "less than")) extras.low = null;
    if (q && (q.kind === "more than" || q.kind === "at least")) extras.high = null;
  }
  // A figure right after a name is part of that name's phrase ("three Red Crescent volunteers"): not comparable.
  // Nor is either side of a tally or a score ("voted 190-0", "won 3-1"): a count of votes, not of people.
  const key = designation || isTally(tokens, i, low !== null) || (tokens[next] && scan.mentionStarts.has(tokens[next].start)) ? "" : countKey;
  pushClaim(scan, tokens, i, next, low !== null ? high : n.value, q, "count", key, words, extras);
  return next;
}

/**
 * Whether the number at token i is one side of a tally or a score: digits joined to digits by a dash, with no
 * space, that are no range (a range's second number is larger: "200-300" was read as one).
 */
function isTally(tokens: Token[], i: number, isRange: boolean): boolean {
  if (isRange) return false;
  const after = tokens[i + 1];
  if (isGluedDash(after) && tokens[i + 2]?.kind === "num" && !tokens[i + 2].spaced) return true;
  if (isGluedDash(tokens[i - 1]) && !tokens[i].spaced && tokens[i - 2]?.kind === "num") return true;
  // "voted 2,936 to 3": a larger number then a smaller one, joined by "to" (not "from 30 to 20", a change).
  if (after?.lower === "to" && numberValueAt(tokens, i + 2) < numberValueAt(tokens, i) && tokens[i - 1]?.lower !== "from") return true;
  // "by 215 votes to 194": the noun between the two sides.
  if (after?.kind === "word" && tokens[i + 2]?.lower === "to" && numberValueAt(tokens, i + 3) < numberValueAt(tokens, i) && tokens[i - 1]?.lower !== "from") return true;
  return tokens[i - 1]?.lower === "to" && numberValueAt(tokens, i) < numberValueAt(tokens, i - 2) && tokens[i - 3]?.lower !== "from";
}

/** A dash glued to the token before it ("3-2", "2–1"). (Module functions, not closures: isTally runs for every count.) */
const isGluedDash = (t: Token | undefined): boolean => t !== undefined && (t.text === "-" || t.text === "–") && !t.spaced;

/** The value of the number token at k, NaN when there is none. */
const numberValueAt = (tokens: Token[], k: number): number => (tokens[k]?.kind === "num" ? (digitValue(tokens[k].text)?.value ?? NaN) : NaN);

/**
 * A share of the vote left unsaid, in a sentence that has just given one ("X won 52.1% of the vote, while Y got
 * 45.3%"): the candidate is the person named right after it ("45.3% for opposition candidate Y") or the last one
 * named between the two shares ("while Y got 45.3%"), and must be another person than the first share's.
 */
function otherCandidateShare(scan: Scan, tokens: Token[], sStart: number, first: number, next: number): { key: string; words: string; owner: Owner } | undefined {
  const previous = scan.claims[scan.claims.length - 1];
  if (!previous || previous.start < sStart || !VOTE_SHARES.has(previous.quantityKey) || !previous.owner) return undefined;
  let candidate: Mention | undefined;
  // "for (opposition candidate) Y": up to three lower-case words between.
  if (tokens[next]?.lower === "for") {
    let k = next + 1;
    while (k < next + 4 && tokens[k]?.kind === "word" && tokens[k].text === tokens[k].lower) k++;
    const m = tokens[k] && scan.persons.firstIn(tokens[k].start, tokens[k].end);
    if (m && m.start === tokens[k].start) candidate = m;
  }
  candidate ??= scan.persons.lastIn(previous.end, tokens[first].start);
  if (!candidate || candidate.text === previous.owner.text) return undefined;
  return { key: previous.quantityKey, words: previous.quantity, owner: asOwner(candidate) };
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A headline's figure is the body's figure told short ("312 arrested" above "312 suspects were arrested on
 * Monday alone"): an undated count in the headline takes the day of a body count of the same event and value when
 * that day is not the article's own (an undated figure is taken as of the article's day; the body says otherwise).
 */
function dateHeadlineFigures(claims: Claim[], article: Article): void {
  const headline = article.headline;
  // (Without the article's date, its own day is unknown: the headline's figure stays as it is.)
  if (!headline || !article.date) return;
  for (const c of claims) {
    if (c.start >= headline.end) break;
    const event = countEvent(c.quantityKey);
    if (c.start < headline.start || c.when || event === undefined) continue;
    const body = claims.find((b) => b.start >= headline.end && b.when && ISO_DAY.test(b.when) && b.when !== article.date && b.value === c.value && countEvent(b.quantityKey) === event);
    if (body) c.when = body.when;
  }
}

const PERIOD_WORDS = new Set(["year", "month", "week", "day", "annum"]);

/** Whether tokens from k say "a year", "per year", "each month", "every day" or "annually". */
function isPerPeriod(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || t.kind !== "word") return false;
  if (t.lower === "annually" || t.lower === "yearly" || t.lower === "monthly") return true;
  return (t.lower === "a" || t.lower === "per" || t.lower === "each" || t.lower === "every") && PERIOD_WORDS.has(tokens[k + 1]?.lower ?? "");
}

const STRETCH_BEFORE = new Set(["during", "in", "over", "for", "within", "throughout", "last", "past"]);

/**
 * Whether a named person is the subject of a rescue count: a person named before the figure in its sentence with no
 * verb of saying between ("X, a retired officer, and his sons rescued 11 passengers"; not "X said 87 were rescued").
 */
function rescuedByPerson(scan: Scan, sentenceStart: number, figureStart: number): boolean {
  const m = scan.persons.lastIn(sentenceStart, figureStart);
  return m !== undefined && !SAID_BETWEEN.test(scan.text.slice(m.end, figureStart));
}

const SAID_BETWEEN = /\b(?:said|says|told|added|according|reported|stated|announced|confirmed)\b/;

/** Whether a per-period phrase follows a count within its noun phrase ("400 trucks a day", "30 flights daily"). */
function rateAfter(tokens: Token[], next: number): boolean {
  for (let k = next; k < tokens.length && k < next + 5; k++) {
    const t = tokens[k];
    // ("detained 400 people during a week of protests": a stretch of time, not a rate.)
    if (t.kind !== "word" || STRETCH_BEFORE.has(t.lower)) return false;
    if (t.lower === "daily" || t.lower === "weekly" || isPerPeriod(tokens, k)) return true;
  }
  return false;
}

/** Events a count may run from that split a story's toll ("since the truce"), with their synonyms folded. */
// (Only a pause inside a longer story: "since the war began" counts the same as the war's toll.)
const SPAN_EVENTS: Record<string, string> = dict({ truce: "ceasefire", ceasefire: "ceasefire", armistice: "ceasefire" });

// The two tests below read offsets and character codes first: this runs for every keyed count, and reading a
// token's text or lower-cased text slices (and interns) it, which most of the ten tokens looked at never need.
/** Whether a token is "," or ";". */
const isCommaOrSemicolon = (t: Token): boolean => t.kind === "sym" && t.end - t.start === 1 && (t.source.charCodeAt(t.start) === 44 || t.source.charCodeAt(t.start) === 59);
/** Whether a token reads "since" (lower-casing never shortens a text, so only a token of five characters can). */
const isSince = (t: Token): boolean => t.end - t.start === 5 && t.lower === "since";

/** The span a count runs over when "since the <event>" follows it in its clause: "since the ceasefire", else undefined. */
function sinceEvent(tokens: Token[], next: number): string | undefined {
  for (let k = next; k < tokens.length && k < next + 10; k++) {
    const t = tokens[k];
    if (isCommaOrSemicolon(t)) return undefined;
    if (!isSince(t)) continue;
    const det = tokens[k + 1]?.lower;
    const noun = det === "the" || det === "a" ? tokens[k + 2] : undefined;
    const event = noun && noun.kind === "word" ? SPAN_EVENTS[noun.lower] : undefined;
    return event ? `since the ${event}` : undefined;
  }
  return undefined;
}

/** The event of the article's last count with a key so far ("killed" for "count|killed|people"), or undefined. */
function lastCountEvent(scan: Scan): string | undefined {
  for (let k = scan.claims.length - 1; k >= 0; k--) {
    const event = countEvent(scan.claims[k].quantityKey);
    if (event !== undefined) return event;
  }
  return undefined;
}

/** The event of a count's key ("killed" for "count|killed|people"); undefined for other keys. */
function countEvent(key: string): string | undefined {
  return key.startsWith("count|") ? key.slice(6, key.indexOf("|", 6)) : undefined;
}

/** Whether a prenominal age at `first` reads "as a N-year-old" (the age then, not now). */
function isAgeThen(tokens: Token[], first: number): boolean {
  const a = tokens[first - 1]?.lower;
  return (a === "a" || a === "an") && tokens[first - 2]?.lower === "as";
}

const AREA_UNITS = new Set(["hectares", "acres"]);
/** Verbs of an area lost or covered, by what they say happened to it. */
const AREA_EVENTS: Record<string, string> = dict({
  burned: "burned", burnt: "burned", burning: "burned", scorched: "burned", charred: "burned", consumed: "burned", ravaged: "burned", blackened: "burned",
  flooded: "flooded", inundated: "flooded", submerged: "flooded",
});

/** The event of an area figure: a verb of burning or flooding up to four words before it or right after it. */
function areaEventAround(tokens: Token[], first: number, next: number): string | undefined {
  for (let k = first - 1; k >= 0 && first - k <= 4; k--) {
    const t = tokens[k];
    if (t.kind === "sym" && t.text !== "-") break;
    const e = t.kind === "word" ? AREA_EVENTS[t.lower] : undefined;
    if (e) return e;
  }
  const after = tokens[next];
  const e = after?.kind === "word" ? AREA_EVENTS[after.lower] : undefined;
  return e ?? (fireGrowsTo(tokens, first) ? "burned" : undefined);
}

const FIRE_WORDS = new Set(["fire", "fires", "blaze", "blazes", "bushfire", "bushfires", "wildfire", "wildfires", "inferno"]);
const SPREAD_WORDS = new Set(["grown", "grew", "grows", "spread", "spreads", "expanded", "tears", "tore", "torn", "swept", "sweeps", "raced", "races", "ripped", "through"]);

/**
 * Whether an area figure is what a fire has grown to or torn through: "The bushfire burning around X has grown to
 * about 45,000 hectares", "fire tears through 45,000 hectares": a word of spreading in the three words before the
 * figure, and a fire in the clause before that.
 */
function fireGrowsTo(tokens: Token[], first: number): boolean {
  let spread = -1;
  for (let k = first - 1; k >= 0 && first - k <= 3; k--) if (tokens[k].kind === "word" && SPREAD_WORDS.has(tokens[k].lower)) spread = k;
  if (spread < 0) return false;
  for (let k = spread - 1; k >= 0 && spread - k <= 10; k--) {
    const t = tokens[k];
    if (t.kind === "sym" && (t.text === ";" || t.text === ".")) return false;
    if (t.kind === "word" && FIRE_WORDS.has(t.lower)) return true;
  }
  return false;
}

const UNNAMED_PERSONS = new Set(
  "son daughter boy girl child baby infant toddler teenager grandson granddaughter brother sister nephew niece cousin man woman".split(" "),
);

/** Whether a prenominal age (tokens [first, next)) is of an unnamed person: "her 8-year-old son", "a 12-year-old girl". */
function agesUnnamedPerson(tokens: Token[], first: number, next: number): boolean {
  const before = tokens[first - 1];
  if (before && before.kind === "word" && lexicon.POSSESSIVE_DETERMINERS.has(before.lower)) return true;
  const after = tokens[next];
  return after !== undefined && after.kind === "word" && UNNAMED_PERSONS.has(after.lower);
}

/** Whether the figure at `first` continues a stretch of time just named: "11 years and five months", "…, 15 days". */
function continuesDuration(tokens: Token[], first: number): boolean {
  let k = first - 1;
  if (tokens[k]?.lower === "and") k--;
  if (tokens[k]?.text === ",") k--;
  return k < first - 1 && tokens[k]?.kind === "word" && DURATION_UNITS[tokens[k].lower] !== undefined;
}

/** Words before a stretch of time that make it one still to come or added ("another five years"). */
const ADDED_TIME = new Set(["another", "further", "additional", "extra", "next", "new"]);

/**
 * The tokens of a magnitude figure at token i (its number parsed up to `next`): "magnitude 6.8", "magnitude of
 * 6.9", "6.8-magnitude", "6.8 magnitude"; null when the number is no magnitude.
 */
function magnitudeAt(tokens: Token[], i: number, next: number): { first: number; next: number } | null {
  if (tokens[i - 1]?.lower === "magnitude") return { first: i - 1, next };
  if (tokens[i - 1]?.lower === "of" && tokens[i - 2]?.lower === "magnitude") return { first: i, next };
  const a = tokens[next];
  if (a?.lower === "magnitude") return { first: i, next: next + 1 };
  if (a?.text === "-" && !a.spaced && tokens[next + 1]?.lower === "magnitude") return { first: i, next: next + 2 };
  return null;
}

const QUAKE_WORDS: Record<string, string> = dict({ quake: "quake", quakes: "quake", earthquake: "quake", earthquakes: "quake", tremor: "quake", temblor: "quake", aftershock: "aftershock", aftershocks: "aftershock" });

/** Which quake a magnitude is of: the quake word nearest to it in its sentence ("quake" or "aftershock"). */
function quakeOf(tokens: Token[], first: number, next: number): string | undefined {
  for (let d = 0; d < tokens.length; d++) {
    const after = tokens[next + d];
    const before = tokens[first - 1 - d];
    if (after === undefined && before === undefined) break;
    const hit = (after && QUAKE_WORDS[after.lower]) || (before && QUAKE_WORDS[before.lower]);
    if (hit) return hit;
  }
  return undefined;
}

/** Percentages that are someone's share: of the vote, the ballots, the seats. */
const VOTE_SHARES = new Set(["percent|vote", "percent|votes", "percent|ballots", "percent|seats"]);
/** Counted nouns that are a candidate's (or a party's, which has no owner here): votes, ballots and seats won. */
const VOTE_COUNTS = ["votes", "ballots", "seats"];
/** Whether a count's key counts votes: its last part is one of VOTE_COUNTS (tested without slicing the key). */
function isVoteCount(key: string): boolean {
  // Kept per key: a corpus has a few hundred keys, asked about for every count.
  let known = voteCountKeys.get(key);
  if (known === undefined) {
    known = endsWithVoteCount(key);
    if (voteCountKeys.size >= 20000) voteCountKeys.clear();
    voteCountKeys.set(key, known);
  }
  return known;
}

/** Whether the key's last part is "votes", "ballots" or "seats". (A loop, not a closure: a closure over `key` would cost a context per call.) */
function endsWithVoteCount(key: string): boolean {
  for (const w of VOTE_COUNTS) {
    const at = key.length - w.length;
    if (key.endsWith(w) && (at === 0 || key.charCodeAt(at - 1) === 124)) return true;
  }
  return false;
}

const voteCountKeys = new Map<string, boolean>();

/**
 * Who won a share of the vote: the last person named in the sentence before the figure ("Erdogan won 52.1%",
 * "his rival Kemal Kilicdaroglu won 47.9%"), not one named in the possessive ("Erdogan's rival won 47.9%").
 */
function voteWinner(scan: Scan, sentenceStart: number, figureStart: number): Owner | undefined {
  let best: Mention | undefined;
  for (const m of scan.persons.before(figureStart, figureStart - sentenceStart)) {
    if (m.start >= sentenceStart) best = m;
    break;
  }
  // (Not across a semicolon: "Ezhilarasan set for CM post; minister holds on by 4,312 votes".)
  if (best) return /^['’]s?\b/.test(scan.text.slice(best.end, best.end + 3)) || scan.text.slice(best.end, figureStart).includes(";") ? undefined : asOwner(best);
  // "He won 52%", "The 65-year-old … claims to have won 80%": the person named last before the sentence.
  if (!ANAPHORIC_SUBJECT.test(scan.text.slice(sentenceStart, figureStart))) return undefined;
  for (const m of scan.persons.before(sentenceStart, 600)) return asOwner(m);
  return undefined;
}

/**
 * The organization a count belongs to (a party's seats, a company's job cuts): the one named last before the
 * figure in its sentence ("The TMP led by T.M. Ezhilarasan won 138 seats", "Microsoft Corp said it would cut
 * 10,000 jobs"), not one in the possessive ("the TMP's candidate"), nor across a semicolon. Undefined when the
 * sentence names none before the figure.
 */
function organizationBefore(scan: Scan, sentenceStart: number, figureStart: number): Owner | undefined {
  const organizations = scan.organizations;
  for (let k = organizations.length - 1; k >= 0; k--) {
    const m = organizations[k];
    if (m.start >= figureStart) continue;
    if (m.start < sentenceStart || scan.text.slice(m.end, figureStart).includes(";")) break;
    if (!isPossessiveAt(scan.text, m.end)) return asOwner(m);
  }
  return undefined;
}

/** Words for one site of a company. */
const SITE_WORDS = new Set("factory factories plant plants site sites facility facilities mill mills works warehouse office offices branch branches".split(" "));

/**
 * Whether the words after a count of jobs put them at one site ("650 jobs at its Brabant compressor factory"):
 * "at" or "in" within the three words after the figure, then a site's word within six more, in the same clause.
 */
function atOneSite(tokens: Token[], next: number): boolean {
  let at = -1;
  for (let k = next; k < tokens.length && k < next + 3; k++) {
    if (tokens[k].kind !== "word") return false;
    if (tokens[k].lower === "at" || tokens[k].lower === "in") {
      at = k;
      break;
    }
  }
  if (at < 0) return false;
  for (let k = at + 1; k < tokens.length && k <= at + 6; k++) {
    const t = tokens[k];
    if (t.kind === "sym" && t.text !== "-" && t.text !== "'" && t.text !== "’") return false;
    if (t.kind === "word" && SITE_WORDS.has(t.lower)) return true;
  }
  return false;
}

/** The key of jobs a company cuts: compared only through the company. */
const JOBS_CUT = "count|cut|jobs";

/** The key of a winner's margin in votes ("by 3,412 votes"): compared only through the winner, as votes are. */
const VOTE_MARGIN = "count|margin|votes";

/** Verbs of winning or holding on before "by N votes" ("retained the seat by 3,412 votes", "survived by 12 votes"). */
const MARGIN_VERBS = new Set(
  (
    "won win wins winning lost lose loses losing retained retain retains retaining held hold holds holding survived " +
    "survive survives surviving scraped edged beat beats beaten defeated defeats trailed trails trailing leads leading kept keeps"
  ).split(" "),
);

/**
 * Whether the vote count at `first` is a margin: "by N votes" after a verb of winning in the same clause, or "a
 * margin of N votes".
 */
function isVoteMargin(tokens: Token[], first: number): boolean {
  const before = tokens[first - 1];
  if (!before) return false;
  if (before.lower === "of") return tokens[first - 2]?.lower === "margin";
  if (before.lower !== "by") return false;
  for (let j = first - 2; j >= 0 && j >= first - 14; j--) {
    const t = tokens[j];
    if (t.kind === "sym" && (t.text === ";" || t.text === ":" || t.text === "(")) return false;
    if (t.kind === "word" && MARGIN_VERBS.has(t.lower)) return true;
  }
  return false;
}

/**
 * Whose prison term a figure is. The person a verb of sentencing takes as its object ("Judge Ann Corr sentenced
 * Marcus Dale to 25 years", "gave Dale 25 years"); else the first person of the sentence who is neither the judge
 * nor the victim ("Dale, who co-owned the firm with Lee Park, was sentenced to 25 years"); else "he" or "him" for
 * the person named before; else, when the sentence names no one else, its subject told later: a lede that opens
 * "The man convicted of killing X … was sentenced to 40 years" names him at the start of the next sentence.
 */
function prisoner(scan: Scan, sentenceStart: number, sentenceEnd: number, figureStart: number): Owner | undefined {
  const text = scan.text;
  let subject: Mention | undefined;
  for (let m = scan.persons.firstIn(sentenceStart, figureStart); m; m = scan.persons.firstIn(m.end, figureStart)) {
    const before = text.slice(Math.max(sentenceStart, m.start - 24), m.start);
    if (SENTENCING_VERB_BEFORE.test(before)) return asOwner(m);
    if (!subject && !JUDGE_BEFORE.test(before) && !VICTIM_BEFORE.test(before)) subject = m;
  }
  if (subject) return asOwner(subject);
  // "The court sentenced him to 12 years": the person named before.
  if (/\b(?:he|she|him|her)\b/i.test(text.slice(sentenceStart, figureStart))) return sentenceOwner(text, sentenceStart, figureStart, scan.persons);
  // (Only from a body paragraph to the paragraph after it: a headline's next line is a byline.)
  const next = scan.persons.firstIn(sentenceEnd, sentenceEnd + 200);
  if (!next || !/^\s*$/.test(text.slice(sentenceEnd, next.start))) return undefined;
  return blockAt(scan.article.blocks, figureStart)?.kind === "paragraph" && blockAt(scan.article.blocks, next.start)?.kind === "paragraph" ? asOwner(next) : undefined;
}

/** The end of text right before a name, where an honorific may stand between ("gave Mr. "). */
const BEFORE_NAME = String.raw`\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$`;

/** A verb of sentencing right before a name: the name is the one sentenced. */
const SENTENCING_VERB_BEFORE = new RegExp(String.raw`\b(?:sentenced|sentences|sentence|gave|give|gives|handed|jailed|jails|jail)` + BEFORE_NAME);
/** Words before a name that make it the victim's ("killing Terry Abernathy", "the murder of X"). */
const VICTIM_BEFORE = /\b(?:killing|killed|murdering|murdered|murder of|death of|shooting|shot|stabbing|stabbed|victim)\s+$/;

/** Whether "also" stands in the few words before a figure ("also gave Whitaker 10 years", "was also sentenced to"). */
function alsoBefore(tokens: Token[], first: number): boolean {
  for (let k = first - 1; k >= 0 && k >= first - 5; k--) if (tokens[k].lower === "also") return true;
  return false;
}

/** A judge's title right before a name. */
const JUDGE_BEFORE = /\b(?:Judge|Justice|judge|justice|Magistrate|magistrate)\s+$/;

/** A sentence whose subject stands for a person named before: "He", "She", "The 65-year-old". */
const ANAPHORIC_SUBJECT = /^\s*["“]?(?:He|She|The \d{1,3}-year-old)\b/;

/** The last place named in [from, to). */
/**
 * The place a "where" clause holding the figure refers to: "seized El Geneina, the capital of West Darfur, where
 * UN experts say between 10,000 and 15,000 people were killed" counts El Geneina's dead.
 */
function whereClausePlace(scan: Scan, tokens: Token[], first: number, sentenceStart: number): Owner | undefined {
  for (let k = first - 1; k >= 0 && k >= first - 8; k--) {
    const t = tokens[k];
    if (t.kind === "num") return undefined;
    // (Kind and length before text: no word's text is sliced or lower-cased unless it can be "where".)
    if (t.kind === "sym") {
      if (t.text === ";") return undefined;
    } else if (t.end - t.start === 5 && t.lower === "where") return lastPlaceBefore(scan, sentenceStart, t.start);
  }
  return undefined;
}

function lastPlaceBefore(scan: Scan, from: number, to: number): Owner | undefined {
  let best: Mention | undefined;
  for (const m of scan.places.values()) if (m.start >= from && m.end <= to && (!best || m.start > best.start)) best = m;
  return best ? { start: best.start, end: best.end, text: best.text } : undefined;
}

const LOCATIVES = new Set(["in", "across", "throughout", "inside", "outside", "near"]);
/** Words that may stand between a locative and its place: "in the nearby coastal city of Derna". */
const PLACE_PHRASE_WORDS = new Set(
  "the of city town village region province state county district capital streets area coastal nearby neighbouring neighboring small eastern western northern southern central north south east west port".split(" "),
);

/**
 * The place a count is about: a place in a locative phrase of the figure's own clause ("774 people were
 * arrested in Minsk", "died in the coastal city of Derna"), or a sentence that opens with one ("In Hatay,
 * 1,200 people died"). A place before the figure is usually an agent ("Belarus released 32") and is not used.
 */
function placeOf(scan: Scan, tokens: Token[], first: number, next: number, sentenceStart: number): Owner | undefined {
  const r0 = rightClauseStart(tokens, next);
  const r1 = rightClauseEnd(tokens, r0, 12);
  for (let k = r0; k < r1; k++) {
    // "Rescuers in Al Haouz province said 1,293 people had died there": "there" is the place named before.
    if (tokens[k].lower === "there" && tokens[k].kind === "word") {
      const before = lastPlaceBefore(scan, sentenceStart, tokens[first].start);
      if (before) return before;
    }
    if (!LOCATIVES.has(tokens[k].lower)) continue;
    for (let j = k + 1; j < r1 && j <= k + 6; j++) {
      const m = scan.places.get(tokens[j].start);
      // "killed in Israel's offensive": a place's possessive names whose the thing is, not where.
      if (m) return isPossessiveAt(scan.text, m.end) ? undefined : { start: m.start, end: m.end, text: m.text };
      if (tokens[j].kind !== "word" || !(PLACE_PHRASE_WORDS.has(tokens[j].lower) || tokens[j].text !== tokens[j].lower)) break;
    }
  }
  // "In Hatay, …", "In the western Lviv region, …", "In the southern city of Kherson, …": the sentence's opening place.
  let k = first;
  while (k > 0 && tokens[k - 1].start >= sentenceStart) k--;
  if (LOCATIVES.has(tokens[k]?.lower ?? "")) {
    let p = k + 1;
    while (p < first && p <= k + 5 && !scan.places.has(tokens[p].start) && tokens[p].kind === "word" && PLACE_PHRASE_WORDS.has(tokens[p].lower)) p++;
    const m = scan.places.get(tokens[p]?.start ?? -1);
    if (m) {
      for (let j = p + 1; j < first; j++) {
        if (tokens[j].start < m.end) continue;
        if (tokens[j].text === ",") return { start: m.start, end: m.end, text: m.text };
        // "In the Lviv region, …": a lower-case word for the kind of place may follow the name.
        if (tokens[j].kind === "word" && PLACE_PHRASE_WORDS.has(tokens[j].lower) && tokens[j].text === tokens[j].lower) continue;
        break;
      }
    }
  }
  return subjectPlaceWith(scan, tokens, k, first);
}

/** Verbs after a place opening its sentence that make the place the one a ", with N …" phrase tells of. */
const PLACE_SUBJECT_VERBS = new Set(["was", "is", "were", "are", "has", "have", "had", "remains", "remained", "suffered", "bore", "saw"]);

/**
 * "Quang Ngai was the worst hit, with 15 deaths": a count in a ", with N" phrase after a clause whose subject is a
 * place, the sentence's first words, is that place's share (not the whole event's toll); so is a count in the clause
 * of "X alone …". `k` is the sentence's first token, `first` the figure's.
 */
function subjectPlaceWith(scan: Scan, tokens: Token[], k: number, first: number): Owner | undefined {
  if (tokens[k]?.lower === "the") k++;
  const m = scan.places.get(tokens[k]?.start ?? -1);
  if (!m) return undefined;
  let v = k + 1;
  while (v < first && tokens[v].start < m.end) v++;
  if (v >= first) return undefined;
  const place = { start: m.start, end: m.end, text: m.text };
  // "Quang Ngai alone reported losses of 1.2 trillion dong": "alone" makes the place's figure a part of the whole.
  if (tokens[v].lower === "alone") {
    for (let j = v + 1; j < first; j++) if (tokens[j].text === "," || tokens[j].text === ";") return undefined;
    return place;
  }
  if (first < 2 || tokens[first - 1].lower !== "with" || tokens[first - 2].text !== ",") return undefined;
  return PLACE_SUBJECT_VERBS.has(tokens[v].lower) ? place : undefined;
}

const NOT_DESIGNATORS = new Set([...lexicon.WEEKDAYS, "between", "from", "to", "until", "since", "some", "about", "around", "nearly", "almost", "over", "under", "only", "just", "all", "police", "officials", "another", "other"]);

function isDesignation(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev || prev.kind !== "word" || !tokens[i].spaced || prev.text === prev.lower) return false;
  if (MONTHS[prev.lower] !== undefined || NOT_DESIGNATORS.has(prev.lower) || NUMBERISH.has(prev.lower)) return false;
  return !lexicon.FUNCTION_WORDS.has(prev.lower);
}

/** The start offset of the figure's first token, or of an opening quote glued before it. */
function leftEdge(tokens: Token[], first: number): number {
  const prev = tokens[first - 1];
  if (prev && (prev.text === "“" || prev.text === '"') && !tokens[first].spaced) return prev.start;
  return tokens[first].start;
}

/** Index after "-year-old" / " years old" at k, or null. */
function ageSuffix(tokens: Token[], k: number): number | null {
  const a = tokens[k];
  if (!a) return null;
  if (a.text === "-" && !a.spaced) {
    const y = tokens[k + 1];
    const d = tokens[k + 2];
    const o = tokens[k + 3];
    if (y && /^years?$/.test(y.lower) && d?.text === "-" && o?.lower === "old") return k + 4;
    return null;
  }
  if (/^years?$/.test(a.lower) && tokens[k + 1]?.lower === "old") return k + 2;
  return null;
}

/** A duration unit after the number ("26 years", "26-year", "two weeks"), or null. */
/**
 * The smaller stretch that continues a duration at `k` (", five months", "and nine months"): its value and its
 * unit in the first stretch's unit, or null.
 */
function durationContinuation(tokens: Token[], k: number, unit: string): { value: number; unit: number; next: number } | null {
  let at = k;
  if (tokens[at]?.text === ",") at++;
  if (tokens[at]?.lower === "and") at++;
  if (at === k) return null;
  const m = parseNumber(tokens, at);
  if (!m || m.scaled) return null;
  const d = durationSuffix(tokens, m.next);
  if (!d || !(YEARS_PER_DURATION_UNIT[d.unit] < YEARS_PER_DURATION_UNIT[unit])) return null;
  const ratio = YEARS_PER_DURATION_UNIT[d.unit] / YEARS_PER_DURATION_UNIT[unit];
  return { value: m.value * ratio, unit: ratio, next: d.next };
}

function durationSuffix(tokens: Token[], k: number): { unit: string; next: number } | null {
  let a = tokens[k];
  let next = k + 1;
  if (a && a.text === "-" && !a.spaced) {
    a = tokens[k + 1];
    next = k + 2;
    if (!a || a.spaced) return null;
  }
  if (!a || a.kind !== "word") return null;
  const unit = DURATION_UNITS[a.lower];
  if (!unit) return null;
  // "-long" in "decade-long" is still a duration; "26-year-old" was handled as an age.
  return { unit, next };
}

function isYear(tokens: Token[], i: number, n: ParsedNumber, q: QualifierMatch | null): boolean {
  const t = tokens[i];
  if (n.words || n.scaled || !/^\d{4}$/.test(t.text)) return false;
  if (n.value < 1000 || n.value > 2100) return false;
  if (q && q.kind !== "about" && q.kind !== "exact") return false;
  // "2000 people", "1500 deaths", "1500 killed": a count; but "in 2012 killed 112" and "the 2025 death toll"
  // are years (an event word after "in", "since" or "the" continues the sentence or names the event).
  const w = tokens[n.next];
  const prev = tokens[i - 1];
  const afterYearWord = prev !== undefined && prev.kind === "word" && (prev.lower === "in" || prev.lower === "since" || prev.lower === "the");
  if (w && w.kind === "word" && /^\p{Ll}/u.test(w.text) && (w.lower === "people" || (EVENTS.has(w.lower) && !afterYearWord) || /[^s]s$/.test(w.lower))) return false;
  return true;
}

function yearFigure(
  scan: Scan,
  tokens: Token[],
  i: number,
  n: ParsedNumber,
  q: QualifierMatch | null,
  sStart: number,
  sEnd: number,
  text: string,
): number {
  const prev = tokens[i - 1]?.lower;
  const sep = tokens[n.next];
  const other = sep && (sep.lower === "to" || sep.lower === "and" || ((sep.text === "-" || sep.text === "–") && !sep.spaced)) ? tokens[n.next + 1] : undefined;
  const sentenceTokens = tokens; // a sentence's tokens
  // A period: "from 2003 to 2005", "between 2002 and 2005": its start and its end are two claims.
  if ((prev === "from" || prev === "between") && other && /^\d{4}$/.test(other.text) && (sep.lower !== "and" || prev === "between")) {
    const endYear = Number(other.text);
    const owner = sentenceOwner(text, sStart, sEnd, scan.persons);
    const startQ = yearQuantity(tokens, i, n.next, "start", sentenceTokens);
    const endQ = yearQuantity(tokens, i, n.next, "end", sentenceTokens);
    pushClaim(scan, tokens, i - 1, n.next, n.value, null, "year", owner ? startQ.key : "", startQ.words, { ...NO_EXTRAS, owner, roundingUnit: 1 });
    pushClaim(scan, tokens, n.next, n.next + 2, endYear, null, "year", owner ? endQ.key : "", endQ.words, { ...NO_EXTRAS, owner, roundingUnit: 1 });
    return n.next + 2;
  }
  const quantity = yearQuantity(tokens, q ? q.first : i, n.next, null, sentenceTokens);
  const owner = quantity.key ? sentenceOwner(text, sStart, sEnd, scan.persons) : undefined;
  pushClaim(scan, tokens, i, n.next, n.value, q, "year", owner ? quantity.key : "", quantity.words, { ...NO_EXTRAS, owner, roundingUnit: 1 });
  return n.next;
}

/** A preposition right before a name ("with Whittaker", "by Ms Cole"). */
const AFTER_PREPOSITION = new RegExp(String.raw`\b(?:with|by|for|to|from|against|of|about)` + BEFORE_NAME);

/** Ages with no name beside them go to the nearest person named before who has no other age in this article. */
function resolvePendingAges(scan: Scan): void {
  if (!scan.pendingAges.length) return;
  const agesOf = new Map<string, Set<number>>();
  const nameKey = (o: Owner) => o.text.toLowerCase();
  for (const c of scan.claims) if (c.unit === "age" && c.owner && c.value !== null) {
    const k = nameKey(c.owner);
    if (!agesOf.has(k)) agesOf.set(k, new Set());
    agesOf.get(k)!.add(c.value);
  }
  const bySurname = agesBySurname(agesOf);
  for (const { claim, pos, pronoun } of scan.pendingAges) {
    for (const m of scan.persons.before(pos, 1500)) {
      // "He was 52" after "… the dealership he co-owned with Whittaker": a pronoun stands for a subject or an
      // object of a verb, not for a name after a preposition.
      if (pronoun && AFTER_PREPOSITION.test(scan.text.slice(Math.max(0, m.start - 8), m.start))) continue;
      const o = asOwner(m);
      const known = agesOf.get(nameKey(o)) ?? bySurname.get(lastWord(o.text));
      if (known && claim.value !== null && !known.has(claim.value)) continue;
      claim.owner = o;
      claim.quantityKey = "age";
      break;
    }
  }
}

/**
 * The ages already given to a person, by each word of the person's name ("tikhanovskaya" for "Svetlana
 * Tikhanovskaya"): the first person named with the word wins. Built once per article, not per pending age.
 */
function agesBySurname(agesOf: Map<string, Set<number>>): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  for (const [k, v] of agesOf) for (const w of k.split(/\s+/)) if (!out.has(w)) out.set(w, v);
  return out;
}

/** The last word of a name, lower-cased. */
const lastWord = (name: string): string => name.toLowerCase().split(/\s+/).pop() ?? "";

function attachSpeakers(claims: Claim[], quotations: Quotation[]): void {
  if (!quotations.length) return;
  // Quotations come in text order and never overlap (structure.ts finds them in one regex pass): the one that can
  // hold a claim is the last that starts at or before it.
  for (const c of claims) {
    let lo = 0;
    let hi = quotations.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (quotations[mid].start <= c.start) lo = mid + 1;
      else hi = mid;
    }
    const q = lo > 0 ? quotations[lo - 1] : undefined;
    if (q && c.end <= q.end && q.speaker) c.speaker = q.speaker.text;
  }
}

// An article that says a count is rising ("the death toll is expected to rise", "arrests grew"): the candidate
// regex sends these sentences to the scan, which notes the events named near the rising word.
const RISING_WORDS = new Set(
  "rise rises risen rising rose climb climbs climbed climbing mount mounts mounted mounting increase increases increased increasing grow grows growing grown grew double doubles doubled doubling jump jumps jumped".split(" "),
);
const RISING_WINDOW = 12;

/** The words scanSentence looks up: rising words, months and number words. */
const SCAN_SHAPES = shapeTable([...RISING_WORDS, ...Object.keys(MONTHS), ...NUMBERISH]);
const TIME_SHAPES = shapeTable(TIME_WORDS);
const PAST_SHAPES = shapeTable([...PAST_WORDS, "since"]);
/**
 * Words that open a past marker only before a number, one or two tokens on ("in 2015", "in November 2001", "the
 * 2013 collapse", "fires of 2019"). They are among the commonest words: the next tokens' kinds rule most of them
 * out before their lower-cased text is read (and interned).
 */
const BEFORE_NUMBER_SHAPES = shapeTable(["in", "the", "a", "an", "of"]);
const numberWithinTwo = (tokens: Token[], k: number): boolean => tokens[k + 1]?.kind === "num" || tokens[k + 2]?.kind === "num";

/** The words of EVENTS, by shape: most words near a rising word name no event. */
const EVENT_WORDS = new WordTable(new Set(EVENTS.keys()));

function noteRising(scan: Scan, tokens: Token[], i: number): void {
  for (let k = Math.max(0, i - RISING_WINDOW); k < Math.min(tokens.length, i + RISING_WINDOW); k++) {
    const e = EVENT_WORDS.has(tokens[k]) ? EVENTS.get(tokens[k].lower) : undefined;
    if (e) scan.rising.add(e);
  }
}

/**
 * The counts of a disaster that move together while it is reported: when an article says one of them is rising
 * ("the death toll rose to 19"), its others were counted at some hour too ("41 injured" by the afternoon, "52" by
 * the evening), and a difference between articles is information rather than a contradiction.
 */
const CASUALTY_EVENTS = ["killed", "injured", "missing", "rescued"];

/** Whether a claim's time label tells of an earlier event ("in 2007", "an earlier event"), as pastTime gives them. */
const isPastLabel = (when: string): boolean => when === EARLIER_EVENT || /^in \d{4}$/.test(when);

function markRising(claims: Claim[], rising: Set<string>): void {
  if (!rising.size) return;
  if (CASUALTY_EVENTS.some((e) => rising.has(e))) for (const e of CASUALTY_EVENTS) rising.add(e);
  for (const c of claims) {
    // (A count of an earlier event, "killed 519 people in 2007", rises no more.)
    if (c.when !== undefined && isPastLabel(c.when)) continue;
    const event = countEvent(c.quantityKey);
    if (event !== undefined && rising.has(event)) c.rising = true;
  }
}
