/**
 * Reading a number at a token: digits with separators ("6,500", "4.25"), number words ("two",
 * "thirty-two", "two hundred", "a dozen"), and a scale word after either ("1.2 million", "4.25bn", "$1-billion").
 */
import { dict } from "./lexicon";
import { Token } from "./tokens";

export const UNITS: Record<string, number> = dict({
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19,
});
export const TENS: Record<string, number> = dict({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});
/** Scale words, spelled out or abbreviated. The one-letter forms count only when glued to digits ("4bn", "3m"). */
export const SCALES: Record<string, number> = dict({
  hundred: 1e2, thousand: 1e3, million: 1e6, millions: 1e6, billion: 1e9, trillion: 1e12,
  mn: 1e6, mln: 1e6, bn: 1e9, tn: 1e12, trn: 1e12, lakh: 1e5, crore: 1e7,
});
const GLUED_SCALES: Record<string, number> = dict({ k: 1e3, m: 1e6, b: 1e9, bn: 1e9, mn: 1e6, tn: 1e12, tr: 1e12, trn: 1e12, billion: 1e9, million: 1e6 });

/** A parsed number: value, the token index after it, and its rounding unit (6,500 -> 100; 4.25bn -> 1e7). */
export interface ParsedNumber {
  value: number;
  next: number;
  /** The unit of the last written digit, for deciding whether two rounded figures can both be true. */
  unit: number;
  words: boolean;
  scaled: boolean;
}

const DIGITS_RE = /^(?:\d{1,3}(?:[,\u00A0\u202F]\d{3})+|\d+)(?:\.\d+)?$/;

function allDigits(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** The digits of a well-formed number without its thousands separators ("6,500" -> "6500"), without a regex. */
function withoutSeparators(text: string): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 0xa0 || c === 0x202f) {
      out += text.slice(from, i);
      from = i + 1;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}

/** The value of a digit token, or null when it is not a well-formed number ("1,2,3"). */
export function digitValue(text: string): { value: number; unit: number } | null {
  if (allDigits(text)) {
    // The common case, without a regex: "774", "2003".
    let zeros = 0;
    for (let i = text.length - 1; i > 0 && text.charCodeAt(i) === 48; i--) zeros++;
    return { value: Number(text), unit: Math.pow(10, zeros) };
  }
  if (!DIGITS_RE.test(text)) return null;
  const plain = withoutSeparators(text);
  const value = Number(plain);
  if (!Number.isFinite(value)) return null;
  const dot = plain.indexOf(".");
  let unit: number;
  if (dot >= 0) unit = Math.pow(10, -(plain.length - dot - 1));
  else {
    let zeros = 0;
    for (let i = plain.length - 1; i > 0 && plain[i] === "0"; i--) zeros++;
    unit = Math.pow(10, zeros);
  }
  return { value, unit };
}

/** The lower-cased word at token k, or "" (a plain function: this runs on every number word). */
function wordAt(tokens: Token[], k: number): string {
  const t = tokens[k];
  return t !== undefined && t.kind === "word" ? t.lower : "";
}

/** Number words starting at token i ("thirty-two", "two hundred thousand", "a dozen"), or null. */
function wordNumber(tokens: Token[], i: number): ParsedNumber | null {
  let j = i;
  let total = 0;
  let current = 0;
  let seen = false;
  // "a dozen", "a hundred", "a million"
  if (wordAt(tokens, j) === "a" && (wordAt(tokens, j + 1) === "dozen" || SCALES[wordAt(tokens, j + 1)] !== undefined) && wordAt(tokens, j + 1) !== "bn") {
    current = 1;
    seen = true;
    j++;
  }
  for (;;) {
    const w = wordAt(tokens, j);
    if (!w) break;
    if (!seen && w === "one" && SCALES[wordAt(tokens, j + 1)] === undefined) return null; // "one" alone is too often a pronoun
    if (UNITS[w] !== undefined && (!seen || current % 10 === 0)) {
      if (seen && current % 100 !== 0 && current >= 10 && current < 20) break;
      current += UNITS[w];
      seen = true;
      j++;
    } else if (TENS[w] !== undefined && (!seen || current % 100 === 0)) {
      current += TENS[w];
      seen = true;
      j++;
      // "thirty-two"
      if (tokens[j] && tokens[j].text === "-" && !tokens[j].spaced && UNITS[wordAt(tokens, j + 1)] !== undefined && UNITS[wordAt(tokens, j + 1)] < 10) {
        current += UNITS[wordAt(tokens, j + 1)];
        j += 2;
      }
    } else if (w === "dozen" && seen) {
      current *= 12;
      j++;
    } else if (seen && (w === "hundred" || w === "thousand" || w === "million" || w === "billion" || w === "trillion")) {
      const scale = SCALES[w];
      if (scale === 100) current *= 100;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
      j++;
      // "two hundred and fifty"
      if (wordAt(tokens, j) === "and" && (UNITS[wordAt(tokens, j + 1)] !== undefined || TENS[wordAt(tokens, j + 1)] !== undefined)) j++;
    } else break;
  }
  if (!seen || j === i) return null;
  const value = total + current;
  if (value <= 0) return null;
  return { value, next: j, unit: 1, words: true, scaled: value >= 1000 };
}

/**
 * The number at token i with any scale word after it: "6,500", "1.2 million", "4.25bn", "$1-billion" (the
 * hyphen form), "two", "thirty-two". Null when token i starts no number.
 */
export function parseNumber(tokens: Token[], i: number, money = false): ParsedNumber | null {
  const t = tokens[i];
  if (!t) return null;
  if (t.kind === "word") return wordNumber(tokens, i);
  if (t.kind !== "num") return null;
  const d = digitValue(t.text);
  if (!d) return null;
  let j = i + 1;
  let { value, unit } = d;
  let scaled = false;
  const n = tokens[j];
  if (n && n.kind === "word") {
    const glued = !n.spaced;
    let s: number | undefined = glued ? GLUED_SCALES[n.lower] ?? SCALES[n.lower] : SCALES[n.lower];
    // "100m sprint", "5k run": a one-letter unit is a scale only for money or before a plural ("3m people").
    if (s !== undefined && glued && n.lower.length === 1 && !money && !/s$/.test(tokens[j + 1]?.lower ?? "") && tokens[j + 1]?.lower !== "people") s = undefined;
    if (s !== undefined) {
      value *= s;
      unit *= s;
      scaled = true;
      j++;
    }
  } else if (n && n.text === "-" && !n.spaced) {
    // "$1-billion"
    const w = tokens[j + 1];
    if (w && w.kind === "word" && !w.spaced && SCALES[w.lower] !== undefined && w.lower !== "hundred") {
      value *= SCALES[w.lower];
      unit *= SCALES[w.lower];
      scaled = true;
      j += 2;
    }
  }
  return { value, next: j, unit, words: false, scaled };
}
