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
function timesIn(text: string, sentenceStart: number, sentenceEnd: number, articleDate: string | null): TimeMention[] {
  if (cache && cache.text === text && cache.start === sentenceStart && cache.end === sentenceEnd && cache.date === articleDate) return cache.found;
  const found: TimeMention[] = [];
  const sentence = text.slice(sentenceStart, sentenceEnd);
  TIME_RE.lastIndex = 0;
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

/** The time of the event a figure counts, normalized: an ISO day or month where the article's date allows, else a label. */
export function eventTime(
  text: string,
  sentenceStart: number,
  sentenceEnd: number,
  figureStart: number,
  figureEnd: number,
  articleDate: string | null,
): string | undefined {
  let best: { label: string; distance: number } | undefined;
  for (const t of timesIn(text, sentenceStart, sentenceEnd, articleDate)) {
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
