/**
 * Words of a block and the runs of capitalised words in it (the name candidates), with exact UTF-16
 * offsets. A possessive ending ("Lukashenko’s", "Belarus’") is kept out of the word; a lowercase name
 * particle ("von", "al-") stays inside a run when a capitalised word follows it.
 */
import { OUTLET_WORDS, PLACE_OF_HEADS, ROMANCE_ORG_PREFIXES, SAINT_WORDS, TITLES } from "../lexicon/words";
import { COMMON_WORD, DEMONYM, FUNCTION_WORD, MONTH, ORG_HEAD, ROLE, TITLE, WEEKDAY, wordFlags } from "../lexicon/wordFlags";
import { placeName } from "../lexicon/gazetteer";

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
  /** The word lists' flags for the word (lexicon/wordFlags.ts), -1 until first asked: see `flagsOf`. */
  flags?: number;
}

// "dela", "delos", "delas": Filipino family names write "de la" as one word ("Juan dela Cruz", "Ana delos Santos").
const NAME_PARTICLES = new Set(["von", "van", "der", "den", "de", "da", "di", "du", "la", "le", "bin", "ibn", "al", "el", "dos", "das", "del", "della", "dela", "delos", "delas", "ter", "zu", "ben", "abu", "bint"]);
/** Titles written with a period ("Mr.", "Gen."), without it: a word followed by a period is looked up as it is. */
const DOTTED_TITLES = new Set([...TITLES].filter((t) => t.endsWith(".")).map((t) => t.slice(0, -1)));
const PREFIXED = /^(?:al|el|ad|as|ash|at|az|ar|an|bin|ibn|abu|abd|ould)-\p{Lu}/u;

/**
 * tokens[i], or undefined before the first and after the last: reading an array at -1 is a slow property
 * look-up in V8, and the words around a name (at index - 1, index + 1) are read for every candidate.
 */
export function tokenAt(tokens: readonly Token[], i: number): Token | undefined {
  return i >= 0 && i < tokens.length ? tokens[i] : undefined;
}

/** The token's word-list flags, computed on first use and kept on the token. */
export function flagsOf(t: Token): number {
  const f = t.flags;
  if (f !== undefined && f >= 0) return f;
  return (t.flags = wordFlags(t.text));
}

const lowerCache = new Map<string, string>();

/**
 * `word.toLowerCase()`, kept per distinct word: capitalised words are asked about their lowercase form many
 * times per article (vocabulary, roles), and a fresh copy each time is garbage the collector must sweep.
 */
export function lower(word: string): string {
  let l = lowerCache.get(word);
  if (l === undefined) {
    if (lowerCache.size > 50_000) lowerCache.clear();
    lowerCache.set(word, (l = word.toLowerCase()));
  }
  return l;
}

const interned = new Map<string, string>();

/**
 * One string per distinct name. The same names are mentioned thousands of times across a corpus; with one
 * shared string each, the linker's many look-ups by name hash it once and compare names by identity.
 */
export function intern(name: string): string {
  const hit = interned.get(name);
  if (hit !== undefined) return hit;
  if (interned.size > 100_000) interned.clear();
  interned.set(name, name);
  return name;
}

export function isNameParticle(word: string): boolean {
  // No particle is longer than five letters ("della"): most words are not looked up.
  return word.length <= 5 && NAME_PARTICLES.has(word);
}

const wordCharCache = new Map<number, boolean>();
const LETTER_OR_MARK_OR_DIGIT = /[\p{L}\p{M}\p{N}]/u;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

/** Letters, combining marks and digits; ASCII without a regular expression (this runs on every character). */
function isWordCode(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  let hit = wordCharCache.get(code);
  if (hit === undefined) wordCharCache.set(code, (hit = LETTER_OR_MARK_OR_DIGIT.test(String.fromCharCode(code))));
  return hit;
}

function isWordStartCode(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  // Surrogate halves (emoji, rare scripts) never start a word here.
  if (code >= 0xd800 && code <= 0xdfff) return false;
  return isWordCode(code) && LETTER_OR_MARK.test(String.fromCharCode(code));
}

const isUpperAscii = (code: number) => code >= 65 && code <= 90;

/** The words of text[from, to): letter runs with inner hyphens and apostrophes, and dotted abbreviations ("U.S."). */
export function tokenize(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    if (!isWordStartCode(code)) {
      i++;
      continue;
    }
    const start = i;
    // "U.S.", "U.N.": capital, period, capital, period…
    if (isUpperAscii(code) && text.charCodeAt(i + 1) === 46 && isUpperAscii(text.charCodeAt(i + 2)) && text.charCodeAt(i + 3) === 46) {
      i += 4;
      while (isUpperAscii(text.charCodeAt(i)) && text.charCodeAt(i + 1) === 46) i += 2;
    } else {
      i++;
      while (i < to) {
        const c = text.charCodeAt(i);
        if (isWordCode(c)) i++;
        else if ((c === 45 || c === 39 || c === 0x2019) && i + 1 < to && isWordCode(text.charCodeAt(i + 1))) i += 2;
        else break;
      }
    }
    pushToken(text, tokens, start, i, from);
  }
  return tokens;
}

function pushToken(text: string, tokens: Token[], start: number, end: number, from: number): void {
  let word = text.slice(start, end);
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
      if ((after === 39 || after === 0x2019) && !isLetterAt(text, start + word.length + 1)) possessive = true; // "Belarus’ state"
    }
  }
  // A title abbreviation keeps its period ("Mr.", "Gen.", "Sept.") so that the period does not end the
  // sentence, and so does a middle initial followed by a name ("George W. Bush").
  if (text.charCodeAt(start + word.length) === 46) {
    if (DOTTED_TITLES.has(word)) word += ".";
    else if (word === "Ma" && abbreviatedGivenName(text, tokens, start, 2)) word += ".";
    else if ((word === "Md" || word === "Mohd") && !(text.charCodeAt(start - 2) === 44 && tokens.length > 0 && tokens[tokens.length - 1].cap) && abbreviatedGivenName(text, tokens, start, word.length) && opensWithName(text, start + word.length + 2)) word += ".";
    else if (word.length === 1 && isUpperAscii(word.charCodeAt(0)) && text.charCodeAt(start + 2) === 32 && isUpperAscii(text.charCodeAt(start + 3)) && ((tokens.length > 0 && tokens[tokens.length - 1].cap) || initialOpensName(text, tokens, word, start))) word += ".";
  }
  const c0 = word.charCodeAt(0);
  const upper = c0 < 128 ? isUpperAscii(c0) : word.charAt(0) !== word.charAt(0).toLowerCase();
  // PREFIXED has its hyphen after two, three or four letters ("al-", "abu-", "ould-"): checked before the expression.
  const cap = upper || (word.length > 3 && c0 < 128 && (word.charCodeAt(2) === 45 || word.charCodeAt(3) === 45 || word.charCodeAt(4) === 45) && PREFIXED.test(word));
  let allCaps = false;
  const c1 = word.charCodeAt(1);
  if (upper && word.length >= 2 && !(c1 >= 97 && c1 <= 122)) {
    const letters = word.replace(/[^\p{L}]/gu, "");
    allCaps = letters.length >= 2 && letters === letters.toUpperCase();
  }
  tokens.push({ start, end: start + word.length, text: word, cap, allCaps, possessive, sentenceStart: tokens.length === 0 || (!isAbbreviatedGiven(tokens[tokens.length - 1].text) && isSentenceStart(text, start, from)), index: tokens.length, flags: -1 });
}

/**
 * "Ma." opening a name is "María" abbreviated, as Filipino papers print it ("Gov. Ma. Teresa Reyes", "Ma. Luisa
 * Tan"), and "Md." or "Mohd." is Muhammad, as Bangladeshi and Malaysian papers print it ("master Md. Abdur Rahim"):
 * the period is the word's, and neither the sentence nor the name ends there. Only where a name starts (after no
 * capitalised word, or after a title) and a capitalised word follows: "Jack Ma. The company" is a sentence's end.
 */
function abbreviatedGivenName(text: string, tokens: Token[], start: number, length: number): boolean {
  if (text.charCodeAt(start + length + 1) !== 32 || !isUpperAscii(text.charCodeAt(start + length + 2))) return false;
  const prev = tokens.length ? tokens[tokens.length - 1] : undefined;
  if (prev === undefined || !prev.cap || prev.end !== start - 1 || text.charCodeAt(prev.end) !== 32) return true;
  return TITLES.has(prev.text) || DOTTED_TITLES.has(prev.text.endsWith(".") ? prev.text.slice(0, -1) : prev.text);
}

/** Whether the word at `at` could go on a name: no function word, month, weekday or common word ("Md. The" ends a sentence). */
function opensWithName(text: string, at: number): boolean {
  let e = at + 1;
  while (e < text.length && isLowerAsciiOrLetter(text, e)) e++;
  return e - at >= 2 && (wordFlags(text.slice(at, e)) & (FUNCTION_WORD | MONTH | WEEKDAY | COMMON_WORD)) === 0;
}

/**
 * An initial after a role word, a comma or at a block's start opens the name that follows it ("his wife M.
 * Kalpana", "party leader S. Vasuki Selvam", "Kalpana's son, M. Arvind": South Indian papers write a given name
 * after the father's initial), so its period does not end a sentence. Not "I", and not before a function word,
 * a common word, a month, a weekday, a title, a demonym or a place any list knows ("in group B. Spain",
 * "plan B. The"). ("vitamin D. Researchers" has no role word before the initial.)
 */
function initialOpensName(text: string, tokens: Token[], word: string, start: number): boolean {
  if (word === "I") return false;
  const prev = tokens.length > 0 ? tokens[tokens.length - 1] : undefined;
  if (prev && !(text.charCodeAt(start - 2) === 44 || (!prev.cap && prev.end === start - 1 && (wordFlags(prev.text) & ROLE) !== 0))) return false;
  const next = start + 3;
  let e = next + 1;
  while (e < text.length && isLowerAsciiOrLetter(text, e)) e++;
  if (e - next < 3) return false;
  const following = text.slice(next, e);
  if (wordFlags(following) & (FUNCTION_WORD | MONTH | WEEKDAY | TITLE | DEMONYM | COMMON_WORD)) return false;
  return placeName(following) === undefined;
}

/** A lowercase letter (ASCII, or any other script's lowercase) at text[i]. */
function isLowerAsciiOrLetter(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return code >= 97 && code <= 122;
  const c = text.charAt(i);
  return c !== c.toUpperCase();
}

function isLetter(c: string): boolean {
  return c !== "" && c.toLowerCase() !== c.toUpperCase();
}

/** isLetter(text.charAt(i)), without a string for ASCII. */
function isLetterAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return isLetter(text.charAt(i));
}

/** Punctuation after which a word starts a sentence: ! ? : ; “ " ‘ ( [ • * – — (by code: asked before every word). */
function isSentencePunct(code: number): boolean {
  switch (code) {
    case 33: case 63: case 58: case 59: case 0x201c: case 34: case 0x2018: case 40: case 91: case 0x2022: case 42: case 0x2013: case 0x2014:
      return true;
    default:
      return false;
  }
}

/** Given names abbreviated with a period that opens a name: the next word starts no sentence. */
const ABBREVIATED_GIVEN = new Set(["Ma.", "Md.", "Mohd."]);

/**
 * Whether a token is one of those abbreviations. Tested on every token's predecessor: the length and the final
 * full stop rule out almost every word before the set is asked (which would hash each word's fresh text).
 */
function isAbbreviatedGiven(word: string): boolean {
  return word.length <= 5 && word.charCodeAt(word.length - 1) === 46 && ABBREVIATED_GIVEN.has(word);
}

const ABBREVIATIONS = new Set(["Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Capt", "Sgt", "Prof", "Rev", "No", "vs", "Jr", "Sr"]);

function isSentenceStart(text: string, start: number, from: number): boolean {
  let i = start - 1;
  while (i >= from) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 9 && code !== 10 && code !== 13 && code !== 0xa0) break;
    i--;
  }
  if (i < from) return true;
  if (isSentencePunct(text.charCodeAt(i))) return true;
  const c = text.charAt(i);
  if (c === "-") return text.charCodeAt(i - 1) === 32;
  if (c === ".") {
    // "U.S. Secretary", "George W. Bush": an abbreviation's or an initial's period does not end a sentence.
    if (i >= 3 && text.charAt(i - 2) === "." && isLetterAt(text, i - 1)) return false;
    if (i >= 2 && isUpperAscii(text.charCodeAt(i - 1)) && text.charCodeAt(i - 2) === 32) return false;
    let j = i - 1;
    while (j >= from && isLetterAt(text, j)) j--;
    return !ABBREVIATIONS.has(text.slice(j + 1, i));
  }
  if ((c === "'" || c === "’") && (text.charCodeAt(i - 1) === 32 || text.charAt(i - 1) === "(")) return true;
  return false;
}

const MAX_RUN = 12;

/** A run of capitalised words that may be one name, possibly with lowercase particles inside. */
export interface Run {
  tokens: Token[];
}

/**
 * Runs of consecutive capitalised tokens separated by plain spaces (no punctuation, no line break).
 * A possessive word ends its run ("Khalifa Haftar’s Libyan National Army" -> two runs).
 */
/**
 * " & " between two capitalised words of one company's name: "Daehan Investment & Securities", "Harlow & Finch
 * Partners", "Kessler & Co". The words after it must end with an organization's head word ("Tom & Jerry" are two).
 */
function ampersandInCompanyName(text: string, tokens: Token[], prev: Token, i: number): boolean {
  if (tokens[i].start - prev.end !== 3 || text.charCodeAt(prev.end + 1) !== 38 || text.charCodeAt(prev.end) !== 32 || text.charCodeAt(prev.end + 2) !== 32) return false;
  for (let j = i; j < tokens.length && j < i + 4 && tokens[j].cap && !tokens[j].allCaps; j++) {
    if (wordFlags(tokens[j].text) & ORG_HEAD) return true;
    if (tokens[j].possessive || j + 1 >= tokens.length || !spacesOnly(text, tokens[j].end, tokens[j + 1].start)) break;
  }
  return false;
}

export function capitalisedRuns(text: string, tokens: Token[]): Run[] {
  const runs: Run[] = [];
  let current: Token[] = [];
  const flush = () => {
    // Most words are lowercase and end no run: a new array only when the current one was used.
    if (!current.length) return;
    while (current.length && !current[current.length - 1].cap) current.pop();
    if (current.length) runs.push({ tokens: current });
    current = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const prev = current.length ? current[current.length - 1] : undefined;
    const joinable = prev !== undefined && (prev.possessive ? officeOfHolder(text, prev, t) : spacesOnly(text, prev.end, t.start) || (t.cap && ampersandInCompanyName(text, tokens, prev, i)));
    if (t.cap) {
      // No name is longer than this; a longer run is a headline or noise, and is cut to keep the work linear.
      if (!joinable || current.length >= MAX_RUN) flush();
      current.push(t);
    } else if (prev && joinable && i + 1 < tokens.length && tokens[i + 1].cap && spacesOnly(text, t.end, tokens[i + 1].start) && (isNameParticle(t.text) || placeParticle(text, current, t, tokens[i + 1]) || orgParticle(current, t) || placeOf(current, t))) {
      current.push(t);
    } else if (prev && joinable && particlePair(text, tokens, i)) {
      // "Núñez de la Garza", "Ortega de los Santos", "van der Berg": two particles before the surname.
      current.push(t, tokens[i + 1]);
      i++;
    } else if (prev && joinable && t.text === "of" && PLACE_OF_HEADS.has(prev.text) && tokens[i + 1]?.text === "the" && tokens[i + 2]?.cap && spacesOnly(text, t.end, tokens[i + 1].start) && spacesOnly(text, tokens[i + 1].end, tokens[i + 2].start)) {
      // "Republic of the Congo": "of" here, "the" on the next word.
      current.push(t);
    } else flush();
    if (t.possessive && !(i + 1 < tokens.length && officeOfHolder(text, t, tokens[i + 1]))) flush();
  }
  flush();
  return runs;
}

/** Office holders whose possessive names an office ("the Chief Public Prosecutor's Office"), titles or not. */
const OFFICE_HOLDERS = new Set([...TITLES, "Prosecutor", "Prosecutor-General", "Ombudsman", "Attorney-General", "Solicitor-General", "Auditor-General"]);

/**
 * "Istanbul Chief Public Prosecutor's Office", "the Governor's Office", "Prime Minister's Office": an office
 * holder's possessive before "Office" does not end the run, so the office is one name (an organization).
 */
function officeOfHolder(text: string, holder: Token, next: Token): boolean {
  if (next.text === "Office" && next.start - holder.end === 3 && text.charCodeAt(next.start - 1) === 32 && OFFICE_HOLDERS.has(holder.text)) return true;
  // "First People's Hospital", "People's Bank", "People's Court": "People's" before a body's head word is its own name.
  if (holder.text === "People" && next.start - holder.end === 3 && text.charCodeAt(next.start - 1) === 32 && (wordFlags(next.text) & ORG_HEAD) !== 0) return true;
  return bodyOfMembers(text, holder, next);
}

/**
 * "Supreme Prosecutors' Office", "Korean Teachers' Union", "Citizens' Coalition": the plural possessive of people
 * (a title or a role, written "…s'") before an organization's head word is the body's own name, not an owner.
 */
function bodyOfMembers(text: string, holder: Token, next: Token): boolean {
  const h = holder.text;
  if (next.start - holder.end !== 2 || h.length < 4 || h.charCodeAt(h.length - 1) !== 115 || text.charCodeAt(next.start - 1) !== 32 || (wordFlags(next.text) & ORG_HEAD) === 0) return false;
  const one = h.slice(0, -1);
  return OFFICE_HOLDERS.has(one) || (wordFlags(one) & ROLE) !== 0;
}

/** Second words of a two-word particle: "de la", "de las", "de los", "van der", "van den", "von der", "van de". */
const SECOND_PARTICLES = new Set(["la", "las", "los", "der", "den", "de"]);

/** tokens[i] and tokens[i + 1] are two particles ("de la", "van der") and a capitalised word follows them. */
function particlePair(text: string, tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const second = tokens[i + 1];
  const next = tokens[i + 2];
  if (next === undefined || !next.cap || second.cap) return false;
  if (!((t.text === "de" && second.text !== "de") || ((t.text === "van" || t.text === "von") && second.text !== "la" && second.text !== "las" && second.text !== "los"))) return false;
  return SECOND_PARTICLES.has(second.text) && spacesOnly(text, t.end, second.start) && spacesOnly(text, second.end, next.start);
}

/**
 * "do" inside a known place's name ("Rio Grande do Sul", "Mato Grosso do Sul"), or after a saint's name, as Brazilian
 * towns are named ("Santa Rita do Paraopeba", "São José do Rio Preto"): not a particle of people's names ("Vale do
 * Sul" is a company), so only the place lists or a saint's word let it join a run.
 */
function placeParticle(text: string, current: Token[], t: Token, next: Token): boolean {
  return t.text === "do" && (SAINT_WORDS.has(current[0].text) || placeName(text.slice(current[0].start, next.end)) !== undefined);
}

/**
 * "do" after a name opened by a Romance body's word ("Banco Atlântico do Norte", "Partido do Povo"): the
 * organization's name goes on, as "dos" and "da" already do in people's names.
 */
function orgParticle(current: Token[], t: Token): boolean {
  return t.text === "do" && ROMANCE_ORG_PREFIXES.has(current[0].text);
}

/** "of" (and "of the") after a word that names a place by what follows (PLACE_OF_HEADS): "Isle of Wight". */
function placeOf(current: Token[], t: Token): boolean {
  const last = current[current.length - 1];
  // ("The Times of India": a paper's name, read as such by classifyRun when a place follows.)
  if (t.text === "of") return PLACE_OF_HEADS.has(last.text) || (OUTLET_WORDS.has(last.text) && current.length >= 2 && current[current.length - 2].text === "The");
  return t.text === "the" && last.text === "of" && current.length >= 2 && PLACE_OF_HEADS.has(current[current.length - 2].text);
}

/** One or two plain spaces between two words (no punctuation, no line break). */
export function spacesOnly(text: string, from: number, to: number): boolean {
  const gap = to - from;
  if (gap === 1) return text.charCodeAt(from) === 32;
  return gap === 2 && text.charCodeAt(from) === 32 && text.charCodeAt(from + 1) === 32;
}

/** Exactly one space between two words. */
export function oneSpace(text: string, from: number, to: number): boolean {
  return to - from === 1 && text.charCodeAt(from) === 32;
}

/** Only white space (at least one character) between two words. */
export function blankBetween(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0xa0) return false;
  }
  return true;
}
