/**
 * Words of a block and the runs of capitalised words in it (the name candidates), with exact UTF-16
 * offsets. A possessive ending ("Lukashenko’s", "Belarus’") is kept out of the word; a lowercase name
 * particle ("von", "al-") stays inside a run when a capitalised word follows it.
 */
import { TITLES } from "../lexicon/words";

export interface Token {
  start: number;
  /** End of the word without a possessive ending. */
  end: number;
  text: string;
  /** Starts with a capital letter (or is a particle-prefixed name such as "al-Obaidi"). */
  cap: boolean;
  /** Two or more letters, all capitals ("NATO", "MOSCOW", "U.S."). */
  allCaps: boolean;
  /** Followed by a possessive ending ("’s", "'s", or "’" after s). */
  possessive: boolean;
  /** First word of a sentence, a line, a quotation or a bracket. */
  sentenceStart: boolean;
  /** Index of this token in the block's token list. */
  index: number;
}

const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:[-'’][\p{L}\p{M}\p{N}]+)*/gu;
const NAME_PARTICLES = new Set(["von", "van", "der", "den", "de", "da", "di", "du", "la", "le", "bin", "ibn", "al", "el", "dos", "das", "del", "della", "ter", "zu", "ben", "abu", "bint"]);
const PREFIXED = /^(?:al|el|ad|as|ash|at|az|ar|an|bin|ibn|abu|abd|ould)-\p{Lu}/u;

export function isNameParticle(word: string): boolean {
  return NAME_PARTICLES.has(word);
}

/** The words of text[from, to). */
export function tokenize(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) && m.index < to) {
    let word = m[0];
    const start = m.index;
    let possessive = false;
    const lastCode = word.charCodeAt(word.length - 1);
    // "Lukashenko’s" -> "Lukashenko" + possessive; "don’t" and "O’Brien" stay whole.
    if ((lastCode === 115 || lastCode === 83) && word.length >= 4) {
      const q = word.charCodeAt(word.length - 2);
      if (q === 39 || q === 0x2019) {
        word = word.slice(0, -2);
        possessive = true;
      } else {
        const after = text.charCodeAt(start + word.length);
        if ((after === 39 || after === 0x2019) && !isLetter(text.charAt(start + word.length + 1))) possessive = true; // "Belarus’ state"
      }
    }
    // A title abbreviation keeps its period ("Mr.", "Gen.", "Sept.") so that the period does not end the sentence.
    if (text.charCodeAt(start + word.length) === 46 && TITLES.has(word + ".")) word += ".";
    const first = word.charAt(0);
    const upper = first !== first.toLowerCase();
    const cap = upper || (word.length > 3 && word.charCodeAt(0) < 128 && word.includes("-") && PREFIXED.test(word));
    let allCaps = false;
    if (upper && word.length >= 2) {
      const letters = word.replace(/[^\p{L}]/gu, "");
      allCaps = letters.length >= 2 && letters === letters.toUpperCase();
    }
    tokens.push({ start, end: start + word.length, text: word, cap, allCaps, possessive, sentenceStart: tokens.length === 0 || isSentenceStart(text, start, from), index: tokens.length });
  }
  return tokens;
}

function isLetter(c: string): boolean {
  return c !== "" && c.toLowerCase() !== c.toUpperCase();
}

const SENTENCE_PUNCT = new Set(["!", "?", ":", ";", "“", '"', "‘", "(", "[", "•", "*", "–", "—"]);
const ABBREVIATIONS = new Set(["Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Capt", "Sgt", "Prof", "Rev", "No", "vs", "Jr", "Sr"]);

function isSentenceStart(text: string, start: number, from: number): boolean {
  let i = start - 1;
  while (i >= from) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 9 && code !== 10 && code !== 13 && code !== 0xa0) break;
    i--;
  }
  if (i < from) return true;
  const c = text.charAt(i);
  if (SENTENCE_PUNCT.has(c)) return true;
  if (c === "-") return text.charCodeAt(i - 1) === 32;
  if (c === ".") {
    // "U.S. Secretary": an abbreviation's period does not end a sentence.
    if (i >= 3 && text.charAt(i - 2) === "." && isLetter(text.charAt(i - 1))) return false;
    let j = i - 1;
    while (j >= from && isLetter(text.charAt(j))) j--;
    return !ABBREVIATIONS.has(text.slice(j + 1, i));
  }
  if ((c === "'" || c === "’") && (text.charCodeAt(i - 1) === 32 || text.charAt(i - 1) === "(")) return true;
  return false;
}

/** A run of capitalised words that may be one name, possibly with lowercase particles inside. */
export interface Run {
  tokens: Token[];
}

/**
 * Runs of consecutive capitalised tokens separated by plain spaces (no punctuation, no line break).
 * A possessive word ends its run ("Khalifa Haftar’s Libyan National Army" -> two runs).
 */
export function capitalisedRuns(text: string, tokens: Token[]): Run[] {
  const runs: Run[] = [];
  let current: Token[] = [];
  const flush = () => {
    while (current.length && !current[current.length - 1].cap) current.pop();
    if (current.length) runs.push({ tokens: current });
    current = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const prev = current[current.length - 1];
    const joinable = prev !== undefined && /^ {1,2}$/.test(text.slice(prev.end + (prev.text.endsWith(".") ? 0 : 0), t.start)) && !prev.possessive;
    if (t.cap) {
      if (!joinable) flush();
      current.push(t);
    } else if (prev && joinable && isNameParticle(t.text) && tokens[i + 1]?.cap && /^ {1,2}$/.test(text.slice(t.end, tokens[i + 1].start))) {
      current.push(t);
    } else flush();
    if (t.possessive) flush();
  }
  flush();
  return runs;
}
