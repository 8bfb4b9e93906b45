/**
 * When a counted event happened, from the words of its sentence ("on Sunday", "last week", "yesterday",
 * "in August"). A day named right after a verb of saying dates the report, not the event ("said on Monday"),
 * and a day beyond a clause break ("…, but … on Tuesday", "before … on Thursday") belongs to another clause.
 */
import { MONTHS, REPORTING, WEEKDAYS } from "./lexicon";
import { internLower, isJsSpace } from "./tokens";

const MONTH_NAMES = "january|february|march|april|may|june|july|august|september|october|november|december";
const MONTH_ABBR = "jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec";
const DAY_NAMES = WEEKDAYS.join("|");

const TIME_RE = new RegExp(
  [
    `\\b(?:(?:on|last|this|next|late|early|earlier|later)\\s+)?(${DAY_NAMES})(?:\\s+(?:night|morning|afternoon|evening))?\\b`,
    `\\b(yesterday|today|tonight|overnight)\\b`,
    `\\b(?:earlier |late |early )?(last|this)\\s+(week|weekend|month|night)\\b`,
    `\\b(over the weekend)\\b`,
    `\\b(a day (?:after|before|earlier|later)|the day (?:before|after)|the previous day|the next day)\\b`,
    `\\b(?:in|during)\\s+(?:(?:early|mid|late)[- ])?(${MONTH_NAMES})\\b`,
    `\\b(${MONTH_NAMES}|${MONTH_ABBR})\\.?\\s+(\\d{1,2})\\b(?!,?\\d)`,
    `\\b(\\d{1,2})\\s+(${MONTH_NAMES})\\b`,
  ].join("|"),
  "gi",
);
const POSSESSIVE_AFTER = /^['’]s\b/;
/** Words of a time to come before a day, in the same clause. */
const FUTURE_BEFORE = /\b(?:will|would|shall|expected to|due to|scheduled to|set to|plans? to)\b[^,;.]*$/i;
const SINCE_BEFORE = /\bsince\b[^,;:!?]*$/i;
/** Text between a figure and a time expression that puts them in different clauses. */
const CLAUSE_BREAK = /;|,\s*(?:but|while|whereas|although|though|yet)\b|\b(?:before|after|when|until|since|while|and that)\b|\s[—–-]\s|[—–]|\b(?:that|which)\s+(?:began|begun|started|took effect|came into (?:force|effect)|went into effect|ended|was signed|was agreed|broke out|erupted)\b/i;

/** "the October 7 attack", "the Oct. 7, 2023 attack": "the", a month and day (and year), then a lower-case noun. */
const NAMES_AN_EVENT = /^[Tt]he\s\S+?\.?\s+\d{1,2}(?:,?\s+\d{4})?\s+\p{Ll}/u;

interface TimeMention {
  start: number;
  end: number;
  label: string;
  /** A day that names an event ("the October 7 attack"): it dates a figure told of that event, before it, not one after. */
  namesEvent: boolean;
}

// The time expressions of the last sentence looked at: a sentence often holds several figures.
let cache: { text: string; start: number; end: number; date: string | null; found: TimeMention[] } | null = null;

/**
 * Whether text[from, to) ends with a verb of saying, maybe followed by "on" ("said on" before "Monday"): the
 * day then dates the report. A word is a run of ASCII word characters, as regex \b reads them; from cuts words.
 * (Character tests rather than a regex over a slice: this runs for every time expression of a dated figure.)
 */
export function reportingBefore(text: string, from: number, to: number): boolean {
  let j = to;
  while (j > from && isJsSpace(text.charCodeAt(j - 1))) j--;
  // " on" at the end, after white space: read the word before it.
  if (j - 2 > from && (text.charCodeAt(j - 1) | 32) === 110 && (text.charCodeAt(j - 2) | 32) === 111 && isJsSpace(text.charCodeAt(j - 3))) {
    j -= 2;
    while (j > from && isJsSpace(text.charCodeAt(j - 1))) j--;
  }
  let w = j;
  while (w > from && isAsciiWordChar(text.charCodeAt(w - 1))) w--;
  return j - w >= MIN_REPORTING && j - w <= MAX_REPORTING && REPORTING.has(internLower(text, w, j));
}

/** Whether text[from, to) starts with a verb of saying, maybe after a comma (", said the ministry"). */
export function reportingAfter(text: string, from: number, to: number): boolean {
  let j = from;
  while (j < to && isJsSpace(text.charCodeAt(j))) j++;
  if (j < to && text.charCodeAt(j) === 44) j++;
  while (j < to && isJsSpace(text.charCodeAt(j))) j++;
  let w = j;
  while (w < to && isAsciiWordChar(text.charCodeAt(w))) w++;
  return w - j >= MIN_REPORTING && w - j <= MAX_REPORTING && REPORTING.has(internLower(text, j, w));
}

const MIN_REPORTING = Math.min(...[...REPORTING].map((w) => w.length));
const MAX_REPORTING = Math.max(...[...REPORTING].map((w) => w.length));

const isAsciiWordChar = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/**
 * Pairs of offsets (where a match can start at the earliest, and the start of the key word it must hold), in a
 * buffer kept from sentence to sentence: emptying a plain array (`length = 0`) gives its storage back, and the
 * next sentence's pushes allocated it again, for every sentence with a figure.
 */
export class SearchWindows {
  private offsets = new Int32Array(32);
  /** Number of offsets held (twice the number of windows). */
  length = 0;

  clear(): void {
    this.length = 0;
  }

  add(earliest: number, keyWord: number): void {
    if (this.length + 2 > this.offsets.length) {
      const grown = new Int32Array(this.offsets.length * 2);
      grown.set(this.offsets);
      this.offsets = grown;
    }
    this.offsets[this.length++] = earliest;
    this.offsets[this.length++] = keyWord;
  }

  /** The offset at index k (even: a window's earliest start; odd: its key word's start). */
  at(k: number): number {
    return this.offsets[k];
  }
}

/**
 * The matches of a global regex (`re`) in a sentence, in order, as a scan of the whole sentence finds them.
 * With `windows` (pairs of offsets: where a match can start at the earliest, and the start of the key word it
 * must hold), only those stretches are tried, with `anchored` (the same regex, sticky): for regexes whose every
 * match holds a key word and starts at most a few words before it, and starts with \b and a letter or digit.
 * Each window is tried at its word starts, leftmost first, which finds the match the scan would find.
 * (An array rather than a generator: this runs for every dated figure, and a generator is an object per call.)
 */
function matchesIn(re: RegExp, anchored: RegExp, sentence: string, sentenceStart: number, windows: SearchWindows | undefined, starts?: Uint8Array): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  if (!windows) {
    re.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = re.exec(sentence)); ) out.push(m);
    return out;
  }
  let from = 0; // where the scan resumes, relative to the sentence
  for (let w = 0; w < windows.length; w += 2) {
    const last = windows.at(w + 1) - sentenceStart;
    if (last < from) continue; // this key word lies inside the previous match
    for (let p = Math.max(from, windows.at(w) - sentenceStart); p <= last; p++) {
      if (!isAsciiWordChar(sentence.charCodeAt(p)) || (p > 0 && isAsciiWordChar(sentence.charCodeAt(p - 1)))) continue;
      if (starts && !mayStartAt(starts, sentence, p)) continue;
      anchored.lastIndex = p;
      const m = anchored.exec(sentence);
      if (m) {
        from = p + Math.max(m[0].length, 1);
        out.push(m);
        break;
      }
    }
  }
  return out;
}

/**
 * The first two letters of the words a regex's matches can start with (case-insensitive, "a" alone as "a" and
 * no second letter), as a table: a word start whose letters are not in it is not tried (digits always are).
 * Trying the anchored regex there costs more than this test, and most word starts of a window are no match.
 */
function startTable(words: string[]): Uint8Array {
  const table = new Uint8Array(27 * 27);
  for (const w of words) table[(w.charCodeAt(0) - 97) * 27 + (w.length > 1 ? w.charCodeAt(1) - 97 : 26)] = 1;
  return table;
}

/** Whether a word that starts at p (an ASCII word character after a non-word one) can start a match. */
function mayStartAt(table: Uint8Array, s: string, p: number): boolean {
  const c0 = s.charCodeAt(p) | 32;
  if (c0 < 97 || c0 > 122) return s.charCodeAt(p) <= 57; // a digit (or "_", which starts no match)
  const c1 = s.charCodeAt(p + 1);
  if ((c1 >= 65 && c1 <= 90) || (c1 >= 97 && c1 <= 122)) return table[(c0 - 97) * 27 + ((c1 | 32) - 97)] === 1;
  // A second character that is a digit or "_" continues the word: no first word of a match has one.
  if (isAsciiWordChar(c1)) return false;
  return table[(c0 - 97) * 27 + 26] === 1;
}

/** The words TIME_RE's matches start with: every alternative's first word (digits aside). */
const TIME_FIRST_WORDS = [
  ..."on last this next late early earlier later yesterday today tonight overnight over a the in during".split(" "),
  ...WEEKDAYS,
  ...MONTH_NAMES.split("|"),
  ...MONTH_ABBR.split("|"),
];
const TIME_STARTS = startTable(TIME_FIRST_WORDS);

/** TIME_RE anchored: tried at the word starts of a time word's window. */
const TIME_AT = new RegExp(TIME_RE.source, "iy");
const timeMatches = (sentence: string, sentenceStart: number, windows: SearchWindows | undefined) => matchesIn(TIME_RE, TIME_AT, sentence, sentenceStart, windows, TIME_STARTS);

/** The time expressions of a sentence that can date an event (not a report, not another noun's day). */
function timesIn(text: string, sentenceStart: number, sentenceEnd: number, articleDate: string | null, windows: SearchWindows | undefined): TimeMention[] {
  if (cache && cache.text === text && cache.start === sentenceStart && cache.end === sentenceEnd && cache.date === articleDate) return cache.found;
  const found: TimeMention[] = [];
  const sentence = text.slice(sentenceStart, sentenceEnd);
  for (const m of timeMatches(sentence, sentenceStart, windows)) {
    const s = sentenceStart + m.index;
    const e = s + m[0].length;
    // "May" is a month only when capitalized; weekday names are capitalized in prose.
    const monthWord = m[7] ?? m[8] ?? m[11];
    if (monthWord && monthWord.toLowerCase() === "may" && monthWord[0] !== "M") continue;
    if (m[1] && /^[a-z]/.test(m[1])) continue;
    if (reportingBefore(text, Math.max(sentenceStart, s - 30), s) || reportingAfter(text, e, Math.min(sentenceEnd, e + 30))) continue;
    if (POSSESSIVE_AFTER.test(text.slice(e, Math.min(sentenceEnd, e + 30)))) continue;
    // "the October 7 attack", "the May 9 parade": a day naming an event (see eventTime).
    const namesEvent = m[8] !== undefined && NAMES_AN_EVENT.test(text.slice(Math.max(sentenceStart, s - 4), Math.min(sentenceEnd, e + 20)));
    // "are expected to arrive on Friday", "will resume on Monday": a day to come, not the counted event's.
    if (FUTURE_BEFORE.test(text.slice(Math.max(sentenceStart, s - 60), s))) continue;
    // "since protests began on Nov. 28": the start of a span, not the time of what is counted.
    if (SINCE_BEFORE.test(text.slice(Math.max(sentenceStart, s - 50), s))) continue;
    const label = normalize(m, articleDate);
    if (label) found.push({ start: s, end: e, label, namesEvent });
  }
  cache = { text, start: sentenceStart, end: sentenceEnd, date: articleDate, found };
  return found;
}

/**
 * The time of the event a figure counts, normalized: an ISO day or month where the article's date allows, else a label.
 * `windows` may limit the search to where time expressions can start (see timeMatches): the caller has the
 * sentence's words and knows where its time words are.
 */
export function eventTime(
  text: string,
  sentenceStart: number,
  sentenceEnd: number,
  figureStart: number,
  figureEnd: number,
  articleDate: string | null,
  windows?: SearchWindows,
): string | undefined {
  let best: { label: string; distance: number; sameClause: boolean } | undefined;
  const times = timesIn(text, sentenceStart, sentenceEnd, articleDate, windows);
  if (times.length === 0) return undefined;
  // "put the death toll at 62 on Tuesday": a time after a figure that was put at a value dates the putting.
  const put = PUT_AT_BEFORE.test(text.slice(Math.max(sentenceStart, figureStart - 60), figureStart));
  for (const t of times) {
    if (t.start < figureEnd && t.end > figureStart) continue;
    if (put && t.start >= figureEnd) continue;
    // "released 183 prisoners, … not involved in the October 7 attack": the attack's day is not the release's.
    if (t.namesEvent && t.start >= figureEnd) continue;
    const between = t.end <= figureStart ? text.slice(t.end, figureStart) : text.slice(figureEnd, t.start);
    if (CLAUSE_BREAK.test(between)) continue;
    const distance = t.end <= figureStart ? figureStart - t.end : t.start - figureEnd;
    // A time in the figure's own stretch between commas wins over a nearer one beyond a comma: "exploded on Monday
    // afternoon, with 12,000 residents moved out of their homes overnight".
    const sameClause = !withoutDigitCommas(between).includes(",");
    if (!best || (sameClause && !best.sameClause) || (sameClause === best.sameClause && distance < best.distance)) best = { label: t.label, distance, sameClause };
  }
  // "Overnight" is the report's own present, as an undated count is: it dates nothing, but no other time of the
  // sentence dates the figure either ("exploded on Monday, with 12,000 moved out of their homes overnight").
  return best?.label === OVERNIGHT ? undefined : best?.label;
}

/** Text before a figure that puts it at a value: "put the death toll at", "raised its estimate to". */
const PUT_AT_BEFORE = /\b(?:put|puts|putting|raised|raises|revised|revises|updated|updates|placed|places)\b[^.;,]*\b(?:at|to)\s*$/;

/** The label of "overnight" (never a claim's time: see eventTime). */
const OVERNIGHT = "overnight";

function normalize(m: RegExpExecArray, articleDate: string | null): string | undefined {
  const date = articleDate && /^\d{4}-\d{2}-\d{2}$/.test(articleDate) ? new Date(`${articleDate}T00:00:00Z`) : null;
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  const year = articleDate ? articleDate.slice(0, 4) : null;
  if (m[1]) {
    const day = WEEKDAYS.indexOf(m[1].toLowerCase());
    if (!date) return m[1].toLowerCase();
    const back = (date.getUTCDay() - day + 7) % 7;
    return iso(new Date(date.getTime() - back * 86400000));
  }
  if (m[2]) {
    const w = m[2].toLowerCase();
    if (w === "overnight") return OVERNIGHT;
    if (!date) return w === "tonight" ? "today" : w;
    return iso(new Date(date.getTime() - (w === "yesterday" ? 86400000 : 0)));
  }
  if (m[3]) return `${m[3].toLowerCase()} ${m[4].toLowerCase()}`;
  if (m[5]) return "weekend";
  if (m[6]) return m[6].toLowerCase().replace(/earlier|previous/, "before").replace(/later|next/, "after");
  const monthOnly = m[7];
  if (monthOnly) {
    const month = MONTHS[monthOnly.toLowerCase()];
    return year ? `${year}-${String(month).padStart(2, "0")}` : monthOnly.toLowerCase();
  }
  const monthWord = m[8] ?? m[11];
  const dayText = m[9] ?? m[10];
  if (monthWord && dayText) {
    const month = MONTHS[monthWord.toLowerCase()];
    const day = Number(dayText);
    if (!month || day < 1 || day > 31) return undefined;
    const md = `${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    return year ? `${year}-${md}` : md;
  }
  return undefined;
}

/**
 * Words that put what a clause tells in the past of the article's own event: "three years after a similar
 * collapse", "two years ago", "a previous disaster", "an earlier flood", "last year". A count in such a clause is
 * another event's ("the disaster came three years after a collapse that killed 19 people") and must not meet
 * the current count. Days and weeks are left out: "three days after the dam burst" is still the same event.
 */
/** The time label of a count of an earlier event that names no year: such counts are never compared across articles. */
export const EARLIER_EVENT = "an earlier event";

const PAST_EVENT_RE = new RegExp(
  [
    `\\b(?:years?|decades?|months?)\\s+(?:ago|earlier|before|previously)\\b`,
    `\\b(?:years?|decades?|months?)\\s+after\\s+(?:a|an|another|the\\s+(?:last|previous|earlier))\\b`,
    `\\b(?:a|an|the)\\s+(?:previous|prior|earlier)\\s+(?!(?:day|night|morning|evening|afternoon|week|weekend|hour|hours|statement|report|figure|figures|toll|count|estimate|tally)\\b)\\p{L}`,
    `\\blast\\s+(?:year|summer|winter|spring|autumn)\\b`,
    // "the Rana Plaza collapse the following year killed…", "a year earlier": told from an earlier event.
    `\\bthe\\s+following\\s+year\\b`,
    // "The season before, he scored 14 times": the season before the one the story is about.
    `\\bthe\\s+(?:season|year)\\s+before\\b`,
    `\\ba\\s+year\\s+(?:earlier|before)\\b`,
    // "Weeks later, another ferry ran aground, killing 34": a story told after an earlier one (not "hours" or
    // "days later", which are still the article's own event).
    `\\b(?:weeks|months|years|decades)\\s+later\\b`,
    `\\b(?:in|since)\\s+(?:(?:${MONTH_NAMES})\\s+)?((?:19|20)\\d\\d)\\b`,
    // "the 2013 Rana Plaza collapse", "the 2004 tsunami": a year naming an event.
    `\\b(?:the|a|an)\\s+((?:19|20)\\d\\d)\\s+(?=\\p{L})`,
    // "the Black Summer fires of 2019-20, when blazes burned 5.5m hectares": an event named with its year.
    `\\b(?:fires|floods|flood|war|quake|earthquake|attacks|riots|protests|crisis|disaster|tsunami|storm|hurricane|cyclone|typhoon|season|summer|winter)\\s+of\\s+((?:19|20)\\d\\d)\\b`,
    // "since Black Summer, when the Gospers Mountain fire burned 512,000 hectares": a clause told of an earlier time.
    `\\bsince\\s+[^,;.]{1,50}(?=,\\s*when\\b)`,
  ].join("|"),
  "giu",
);

/**
 * Whether the text after a "since" that ends at `sinceEnd` can make the marker "since …, when" (PAST_EVENT_RE's
 * last alternative): white space after the word, and the first of "," ";" "." in the rest of the sentence a comma
 * followed by "when". A test of character codes that the regex then confirms: most "since" open no such clause
 * ("since the vote, according to"), and without a window there the sentence's past markers are not searched.
 */
export function mayOpenSinceWhen(text: string, sinceEnd: number, sentenceEnd: number): boolean {
  if (sinceEnd >= sentenceEnd || !isJsSpace(text.charCodeAt(sinceEnd))) return false;
  let c = sinceEnd + 1;
  for (; c < sentenceEnd; c++) {
    const code = text.charCodeAt(c);
    if (code === 44) break;
    if (code === 59 || code === 46) return false;
  }
  let w = c + 1;
  while (w < sentenceEnd && isJsSpace(text.charCodeAt(w))) w++;
  // (Case-insensitive: no character but the ASCII letters folds to these under the regex's "iu".)
  return (
    w + 4 <= sentenceEnd &&
    (text.charCodeAt(w) | 32) === 119 &&
    (text.charCodeAt(w + 1) | 32) === 104 &&
    (text.charCodeAt(w + 2) | 32) === 101 &&
    (text.charCodeAt(w + 3) | 32) === 110
  );
}

/**
 * Text from a past marker to its figure made of clauses of that time: ", killing 298", ", when a jet crashed,
 * killing 265", ", which killed 1,134"; a place set off by commas may stand inside one (", when a blast at a plant
 * in Xiangshui County, also in Jiangsu, killed 78").
 */
const PARTICIPLE_AFTER_COMMA = /^[^,]*(?:,\s*(?:\p{Ll}+ing|when|which|in which|during which)\b[^,]*(?:,\s*(?:also\s+)?(?:in|near|outside)\s[^,]*,[^,]*)*)+$/u;

/**
 * Text before a past marker that still lets it open the sentence: quotes, brackets, and a word or two ("Six years
 * ago,"), or a fronted phrase of time or place that holds it ("During the protests in October 2020, …").
 */
const OPENS_SENTENCE = /^[\s"“‘(]*(?:(?:[\p{L}\d-]+\s+){0,2}|(?:During|Amid|After|Before|In|At|On)\s[^,;:]*)$/u;

const DIGIT_COMMA = /(?<=\d),(?=\d)/g;
const withoutDigitCommas = (s: string): string => (s.includes(",") ? s.replace(DIGIT_COMMA, "") : s);

/** Clause separators strong enough to keep a past marker from reaching a figure: ";" and sentence-internal dashes. */
const PAST_SEPARATOR = /;|\s[—–]\s|\s-\s/g;

/**
 * Whether the figure at [figureStart, figureEnd) lies in a part of its sentence that tells of an earlier event;
 * its time label then ("in 2015", "an earlier event"). `referenceYear` gives the article's year (its date's, or the
 * latest year it names): a year ("in 2015") before it marks the past; without one, years are not read. It is asked
 * only when a marker names a year (an undated article's year takes a search of its whole text).
 * `windows` may limit the search to the stretches where markers can start: pairs of offsets, the word before
 * a marker word ("years", "previous", "year") or "in" before a number, and that word's start.
 */
export function pastEventTime(
  text: string,
  sentenceStart: number,
  sentenceEnd: number,
  figureStart: number,
  figureEnd: number,
  referenceYear: () => number | null,
  windows?: SearchWindows,
): string | undefined {
  const found = pastMarkersIn(text, sentenceStart, sentenceEnd, windows);
  const markers = found.markers;
  if (markers.length === 0) return undefined;
  const separators = separatorsOf(found);
  // The part of the sentence between separators around the figure.
  let from = sentenceStart;
  let to = sentenceEnd;
  for (let k = 0; k < separators.length; k += 2) {
    const at = separators[k];
    if (separators[k + 1] <= figureStart) from = separators[k + 1];
    else if (at >= figureEnd) {
      to = at;
      break;
    }
  }
  let label: string | undefined;
  // A marker never spans a separator, so the sentence's markers inside the part are the part's own.
  for (const marker of markers) {
    const at = marker.start;
    if (at < from) continue;
    if (marker.end > to) break;
    // The figure's own words ("in 2015" as the figure) do not date it.
    if (at < figureEnd && marker.end > figureStart) continue;
    // A marker beyond a comma belongs to an aside ("The ferry, built in 1994, was one of three"), unless it
    // opens the sentence ("In 2015, a dam collapse killed 19 people").
    // (The commas of figures between, "1,134", separate no clauses.)
    const between = withoutDigitCommas(at < figureStart ? text.slice(marker.end, figureStart) : text.slice(figureEnd, at));
    // (Nor one followed by a participle that continues its clause: "downed in 2014, killing 298 people".)
    if (between.includes(",") && !(at < figureStart && (OPENS_SENTENCE.test(text.slice(from, at)) || PARTICIPLE_AFTER_COMMA.test(between) || setOffByCommas(text, from, at, between)))) continue;
    // "reduced to 71 seats from 128 in 2021": a year after an old value ("from 128") is that value's.
    if (at >= figureEnd && FROM_OLD_VALUE.test(between)) continue;
    if (marker.year !== undefined) {
      const year = Number(marker.year);
      const reference = referenceYear();
      if (reference === null || year >= reference) continue;
      return `in ${year}`;
    }
    label = label ?? EARLIER_EVENT;
  }
  return label;
}

/** "from 128" between a figure and a later year: the year dates the old value. */
const FROM_OLD_VALUE = /\bfrom\s+\d/;

/**
 * Whether a marker before the figure is an aside of the clause's subject, set off by commas, with the figure in
 * that same clause after the closing comma: "The worst disaster, in 2018, killed 25 people", "The first
 * exchange, in December 2024, freed 300 prisoners". (Not "The ferry, built in 1994, was one of three": the
 * aside must open with the marker.)
 */
function setOffByCommas(text: string, from: number, at: number, between: string): boolean {
  let k = at - 1;
  while (k >= from && isJsSpace(text.charCodeAt(k))) k--;
  if (k < from || text.charCodeAt(k) !== 44) return false;
  const rest = between.trimStart();
  return rest.startsWith(",") && !rest.slice(1).includes(",");
}

interface PastMarkers {
  text: string;
  start: number;
  end: number;
  /** Separator spans, flat: start, end, start, end… (null until asked for: most sentences hold no marker). */
  separators: number[] | null;
  /** The past markers of the sentence, in order ("in 2015" keeps its year). */
  markers: { start: number; end: number; year: string | undefined }[];
}

// The separators and past markers of the last sentence looked at: a sentence often holds several figures.
let pastCache: PastMarkers | null = null;

/** PAST_EVENT_RE anchored: tried only near the words a past marker holds (see pastEventTime's `windows`). */
const PAST_EVENT_AT = new RegExp(PAST_EVENT_RE.source, "iuy");

function pastMarkersIn(text: string, sentenceStart: number, sentenceEnd: number, windows: SearchWindows | undefined): PastMarkers {
  const c = pastCache;
  if (c && c.text === text && c.start === sentenceStart && c.end === sentenceEnd) return c;
  const sentence = text.slice(sentenceStart, sentenceEnd);
  const markers: PastMarkers["markers"] = [];
  for (const m of matchesIn(PAST_EVENT_RE, PAST_EVENT_AT, sentence, sentenceStart, windows)) {
    markers.push({ start: sentenceStart + m.index, end: sentenceStart + m.index + m[0].length, year: m[1] ?? m[2] ?? m[3] });
  }
  return (pastCache = { text, start: sentenceStart, end: sentenceEnd, separators: null, markers });
}

/** The sentence's clause separators, found on first use and kept with its markers. */
function separatorsOf(found: PastMarkers): number[] {
  if (found.separators) return found.separators;
  const separators: number[] = [];
  const sentence = found.text.slice(found.start, found.end);
  PAST_SEPARATOR.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = PAST_SEPARATOR.exec(sentence)); ) separators.push(found.start + m.index, found.start + m.index + m[0].length);
  return (found.separators = separators);
}

const YEAR_IN_TEXT = /\b(?:19|20)\d\d\b/g;

/** The year an article is about: its date's, or else the latest plausible year its text names (null if none). */
export function articleYear(text: string, articleDate: string | null): number | null {
  if (articleDate && /^\d{4}/.test(articleDate)) return Number(articleDate.slice(0, 4));
  let best: number | null = null;
  YEAR_IN_TEXT.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = YEAR_IN_TEXT.exec(text)); ) {
    const y = Number(m[0]);
    if (best === null || y > best) best = y;
  }
  return best;
}
