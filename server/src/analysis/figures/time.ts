/**
 * When a counted event happened, from the words of its sentence ("on Sunday", "last week", "yesterday",
 * "in August"). A day named right after a verb of saying dates the report, not the event ("said on Monday"),
 * and a day beyond a clause break ("…, but … on Tuesday", "before … on Thursday") belongs to another clause.
 */
import { MONTHS, REPORTING, WEEKDAYS } from "./lexicon";

const MONTH_NAMES = "january|february|march|april|may|june|july|august|september|october|november|december";
const MONTH_ABBR = "jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec";
const DAY_NAMES = WEEKDAYS.join("|");

const TIME_RE = new RegExp(
  [
    `\\b(?:(?:on|last|this|next|late|early|earlier|later)\\s+)?(${DAY_NAMES})(?:\\s+(?:night|morning|afternoon|evening))?\\b`,
    `\\b(yesterday|today|tonight)\\b`,
    `\\b(?:earlier |late |early )?(last|this)\\s+(week|weekend|month|night)\\b`,
    `\\b(over the weekend)\\b`,
    `\\b(a day (?:after|before|earlier|later)|the day (?:before|after)|the previous day|the next day)\\b`,
    `\\b(?:in|during)\\s+(?:(?:early|mid|late)[- ])?(${MONTH_NAMES})\\b`,
    `\\b(${MONTH_NAMES}|${MONTH_ABBR})\\.?\\s+(\\d{1,2})\\b(?!,?\\d)`,
    `\\b(\\d{1,2})\\s+(${MONTH_NAMES})\\b`,
  ].join("|"),
  "gi",
);
const REPORTING_BEFORE = new RegExp(`\\b(?:${[...REPORTING].join("|")})\\s*$`, "i");
const REPORTING_AFTER = new RegExp(`^\\s*,?\\s*(?:${[...REPORTING].join("|")})\\b`, "i");
const POSSESSIVE_AFTER = /^['’]s\b/;
/** Text between a figure and a time expression that puts them in different clauses. */
const CLAUSE_BREAK = /;|,\s*(?:but|while|whereas|although|though|yet)\b|\b(?:before|after|when|until|since|while)\b|\s[—–-]\s|[—–]/i;

interface TimeMention {
  start: number;
  end: number;
  label: string;
}

// The time expressions of the last sentence looked at: a sentence often holds several figures.
let cache: { text: string; start: number; end: number; date: string | null; found: TimeMention[] } | null = null;

/** The time expressions of a sentence that can date an event (not a report, not another noun's day). */
function timesIn(text: string, sentenceStart: number, sentenceEnd: number, articleDate: string | null, searchFrom: number): TimeMention[] {
  if (cache && cache.text === text && cache.start === sentenceStart && cache.end === sentenceEnd && cache.date === articleDate) return cache.found;
  const found: TimeMention[] = [];
  const sentence = text.slice(sentenceStart, sentenceEnd);
  TIME_RE.lastIndex = Math.max(0, searchFrom - sentenceStart);
  let m: RegExpExecArray | null;
  while ((m = TIME_RE.exec(sentence))) {
    const s = sentenceStart + m.index;
    const e = s + m[0].length;
    // "May" is a month only when capitalized; weekday names are capitalized in prose.
    const monthWord = m[7] ?? m[8] ?? m[11];
    if (monthWord && monthWord.toLowerCase() === "may" && monthWord[0] !== "M") continue;
    if (m[1] && /^[a-z]/.test(m[1])) continue;
    const before = text.slice(Math.max(sentenceStart, s - 30), s);
    const after = text.slice(e, Math.min(sentenceEnd, e + 30));
    if (REPORTING_BEFORE.test(before.replace(/\s+on\s*$/i, " ")) || REPORTING_AFTER.test(after)) continue;
    if (POSSESSIVE_AFTER.test(after)) continue;
    const label = normalize(m, articleDate);
    if (label) found.push({ start: s, end: e, label });
  }
  cache = { text, start: sentenceStart, end: sentenceEnd, date: articleDate, found };
  return found;
}

/**
 * The time of the event a figure counts, normalized: an ISO day or month where the article's date allows, else a label.
 * `searchFrom` may skip the start of the sentence where no time expression can begin (every expression holds a
 * day, month or time word and starts at most three words before it): the caller knows where the first such word is.
 */
export function eventTime(
  text: string,
  sentenceStart: number,
  sentenceEnd: number,
  figureStart: number,
  figureEnd: number,
  articleDate: string | null,
  searchFrom = sentenceStart,
): string | undefined {
  let best: { label: string; distance: number } | undefined;
  for (const t of timesIn(text, sentenceStart, sentenceEnd, articleDate, searchFrom)) {
    if (t.start < figureEnd && t.end > figureStart) continue;
    const between = t.end <= figureStart ? text.slice(t.end, figureStart) : text.slice(figureEnd, t.start);
    if (CLAUSE_BREAK.test(between)) continue;
    const distance = t.end <= figureStart ? figureStart - t.end : t.start - figureEnd;
    if (!best || distance < best.distance) best = { label: t.label, distance };
  }
  return best?.label;
}

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
    `\\blast\\s+year\\b`,
    `\\bin\\s+((?:19|20)\\d\\d)\\b`,
  ].join("|"),
  "giu",
);

/** Clause separators strong enough to keep a past marker from reaching a figure: ";" and sentence-internal dashes. */
const PAST_SEPARATOR = /;|\s[—–]\s|\s-\s/g;

/**
 * Whether the figure at [figureStart, figureEnd) lies in a part of its sentence that tells of an earlier event;
 * its time label then ("in 2015", "an earlier event"). `referenceYear` is the article's year (its date's, or the
 * latest year it names): a year ("in 2015") before it marks the past; without one, years are not read.
 */
export function pastEventTime(
  text: string,
  sentenceStart: number,
  sentenceEnd: number,
  figureStart: number,
  figureEnd: number,
  referenceYear: number | null,
): string | undefined {
  // The part of the sentence between separators around the figure.
  let from = sentenceStart;
  let to = sentenceEnd;
  const sentence = text.slice(sentenceStart, sentenceEnd);
  PAST_SEPARATOR.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = PAST_SEPARATOR.exec(sentence)); ) {
    const at = sentenceStart + m.index;
    if (at + m[0].length <= figureStart) from = at + m[0].length;
    else if (at >= figureEnd) {
      to = at;
      break;
    }
  }
  const part = text.slice(from, to);
  PAST_EVENT_RE.lastIndex = 0;
  let label: string | undefined;
  for (let m: RegExpExecArray | null; (m = PAST_EVENT_RE.exec(part)); ) {
    const at = from + m.index;
    // The figure's own words ("in 2015" as the figure) do not date it.
    if (at < figureEnd && at + m[0].length > figureStart) continue;
    // A marker beyond a comma belongs to an aside ("The ferry, built in 1994, was one of three"), unless it
    // opens the sentence ("In 2015, a dam collapse killed 19 people").
    const between = at < figureStart ? text.slice(at + m[0].length, figureStart) : text.slice(figureEnd, at);
    if (between.includes(",") && !(at < figureStart && /^[\s"“‘(]*$/.test(text.slice(from, at)))) continue;
    if (m[1] !== undefined) {
      const year = Number(m[1]);
      if (referenceYear === null || year >= referenceYear) continue;
      return `in ${year}`;
    }
    label = label ?? EARLIER_EVENT;
  }
  return label;
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
