/**
 * Who a figure belongs to: the person an age, a year or a stretch of years is about. Resolved through the
 * article's person mentions ("Vitaly Karazhan, 33", "41-year-old Yamagami Tetsuya", "Name (…), 41",
 * "a 41-year-old resident, named X"); a figure with no name beside it ("The 65-year-old", "He was 67") goes to
 * the nearest person named before it who is not already given a different age.
 */
import { Mention, Span } from "../types";

export type Owner = Span & { text: string };

/** Person mentions of one article, sorted by start, with lookups by position. */
export class PersonIndex {
  /** Person mentions by start offset. */
  readonly persons: Mention[];

  /** `persons`: person mentions only. The array is kept (and sorted in place when it is not in text order). */
  constructor(persons: Mention[]) {
    let sorted = true;
    for (let k = 1; k < persons.length && sorted; k++) sorted = persons[k - 1].start <= persons[k].start;
    // A stable sort: mentions with the same start keep their order, as with the sort of a filtered copy.
    this.persons = sorted ? persons : persons.sort((a, b) => a.start - b.start);
  }

  /** Index of the last person mention starting before pos, or -1. */
  private lastBefore(pos: number): number {
    const persons = this.persons;
    let lo = 0;
    let hi = persons.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (persons[mid].start < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  /** The person mention ending exactly where text before pos ends with only `gap` between (e.g. ", "). */
  endingBefore(text: string, pos: number, gap: RegExp): Mention | undefined {
    for (let k = this.lastBefore(pos), tries = 0; k >= 0 && tries < 4; k--, tries++) {
      const m = this.persons[k];
      if (m.end > pos) continue;
      if (gap.test(text.slice(m.end, pos))) return m;
      if (pos - m.end > 200) break;
    }
    return undefined;
  }

  /** The first person mention starting in [from, to). */
  firstIn(from: number, to: number): Mention | undefined {
    const k = this.lastBefore(from) + 1;
    const m = this.persons[k];
    return m && m.start < to ? m : undefined;
  }

  /** The last person mention ending at or before pos and starting at or after from. */
  lastIn(from: number, pos: number): Mention | undefined {
    for (let k = this.lastBefore(pos); k >= 0; k--) {
      const m = this.persons[k];
      if (m.start < from) return undefined;
      if (m.end <= pos) return m;
    }
    return undefined;
  }

  /** Nearest person mentions before pos (most recent first), at most `limit` characters back. */
  *before(pos: number, limit: number): Generator<Mention> {
    for (let k = this.lastBefore(pos); k >= 0; k--) {
      const m = this.persons[k];
      if (pos - m.end > limit) return;
      if (m.end <= pos) yield m;
    }
  }
}

export const asOwner = (m: Mention): Owner => ({ start: m.start, end: m.end, text: m.text });

// "Name, 33" / "Name (pictured …), 41" / "Name, a 37-year-old" / "Name, aged 33"
// (A leading full stop is an initial's: "Markus B., 58,".)
const APPOSITION_GAP = /^\.?\s*(?:\([^()]{0,120}\))?\s*,\s*(?:(?:a|an|the|aged|age)\s+)?$/i;
/** "Jan van der Berg (54)": the age in brackets right after the name. */
const BRACKET_GAP = /^\s*$/;
// "a 41-year-old resident of Nara, named Yamagami Tetsuya"
const NAMED_GAP = /^[^.;!?]{0,60}\b(?:named|identified as|called)\s*$/i;
// A capitalized name run (fallback when no person mention is found there): "Vitaly Karazhan".
const NAME_BEFORE = /((?:\p{Lu}[\p{L}\p{M}'’-]+\s+){0,2}\p{Lu}[\p{L}\p{M}'’-]+)\s*(?:\([^()]{0,120}\))?\s*,\s*(?:(?:a|an|the|aged|age)\s+)?$/u;
const NAME_AFTER = /^\s*((?:\p{Lu}[\p{L}\p{M}'’-]+\s+){0,2}\p{Lu}[\p{L}\p{M}'’-]+)/u;
const NOT_NAMES = new Set(
  "The A An He She It They We I In On At By For And But Mr Mrs Ms Dr Police Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December".split(" "),
);

const ROLE_THEN_COMMA = /^\s*(?:[\p{L}-]+\s+){0,2}[\p{Ll}-]+\s*,\s*$/u;

/** The person whose name ends right before a bracketed age at `pos` (the bracket's offset): "Jan van der Berg (54)". */
export function ownerBeforeBracket(text: string, pos: number, index: PersonIndex): Owner | undefined {
  const m = index.endingBefore(text, pos, BRACKET_GAP);
  return m ? asOwner(m) : undefined;
}

/** The person an apposition figure follows ("Name, 33"), or undefined. */
export function ownerBefore(text: string, pos: number, index: PersonIndex, lineStart: number): Owner | undefined {
  const m = index.endingBefore(text, pos, APPOSITION_GAP);
  if (m) return asOwner(m);
  if (index.persons.length > 0) return undefined;
  // No person mentions at all (e.g. the name finder is off): a capitalized run stands in for the name.
  const before = text.slice(Math.max(lineStart, pos - 160), pos);
  const r = NAME_BEFORE.exec(before);
  if (!r) return undefined;
  const name = r[1];
  const first = name.split(/\s+/)[0];
  if (NOT_NAMES.has(first) && !name.includes(" ")) return undefined;
  const start = pos - before.length + r.index;
  return { start, end: start + name.length, text: name };
}

/** The person named right after a prenominal age ("33-year-old Vitaly Karazahn", "the 41-year-old suspect X"). */
export function ownerAfter(text: string, pos: number, sentenceEnd: number, index: PersonIndex): Owner | undefined {
  const m = index.firstIn(pos, sentenceEnd);
  if (m) {
    const gap = text.slice(pos, m.start);
    // At most two lower-case words between ("suspect", "gunman", "former soldier"), or a role of up to three words
    // set off by a comma ("a 47-year-old Polish manager, Anna Nowak").
    if (/^\s*(?:[\p{Ll}-]+\s+){0,2}$/u.test(gap) || ROLE_THEN_COMMA.test(gap)) return asOwner(m);
    if (NAMED_GAP.test(gap)) return asOwner(m);
    return undefined;
  }
  if (index.persons.length > 0) return undefined;
  const r = NAME_AFTER.exec(text.slice(pos, Math.min(sentenceEnd, pos + 80)));
  if (!r || NOT_NAMES.has(r[1].split(/\s+/)[0])) return undefined;
  const start = pos + r.index + r[0].length - r[1].length;
  return { start, end: start + r[1].length, text: r[1] };
}

/**
 * The person a year or a stretch of years belongs to: the first person named in its sentence (usually its
 * subject), else (for "he"/"his") the last person named before the sentence.
 */
export function sentenceOwner(
  text: string,
  sentenceStart: number,
  sentenceEnd: number,
  index: PersonIndex,
): Owner | undefined {
  const first = index.firstIn(sentenceStart, sentenceEnd);
  if (first) return asOwner(first);
  if (/\b(?:he|she|his|her)\b/i.test(text.slice(sentenceStart, sentenceEnd))) {
    for (const m of index.before(sentenceStart, 600)) return asOwner(m);
  }
  return undefined;
}
