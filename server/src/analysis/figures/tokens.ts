/**
 * Sentences and tokens for the figure extractor. Only sentences that contain a digit or a number word are
 * tokenized (most of an article is skipped by one regex test per sentence), which keeps extraction cheap.
 */

export type TokenKind = "num" | "word" | "sym";

/**
 * A token: its kind and offsets. Its text and lower-cased text are read from the source text only when asked
 * for (most tokens of a sentence are never looked at by name), and kept once read.
 */
export class Token {
  /** The text as sliced, once read. */
  private textCache: string | undefined = undefined;
  private lowerCache: string | undefined = undefined;
  /**
   * The word's shape for the word tables (figures/wordShapes.ts): its length and first two lower-case letters
   * as one index, -1 when it fits no table, -2 for a non-ASCII word (whose shape is read from its lower-cased text).
   * ASCII words get it from the tokenizer, which has their letters at hand: a word is tested against several
   * tables, and reading its letters again for each cost more than the tables' look-ups.
   */
  shape = -2;

  constructor(
    public kind: TokenKind,
    /** The whole text the offsets point into. */
    public source: string,
    public start: number,
    public end: number,
    /** Whether whitespace (or the sentence start) separates this token from the previous one. */
    public spaced: boolean,
    /** A word of lower-case ASCII letters only: its lower-cased text is its text. */
    public plain: boolean,
    /** A word of ASCII characters only: it can be lower-cased (and compared) code by code. */
    public ascii: boolean,
  ) {}

  /** Reuses this object for another token (the pooled tokens of `tokenizeSentence`). */
  reset(kind: TokenKind, source: string, start: number, end: number, spaced: boolean, plain: boolean, ascii: boolean, shape: number): void {
    this.kind = kind;
    this.shape = shape;
    // The pooled tokens live long, the texts they point into do not: storing a young string into an old object
    // goes through the write barrier's slow path, so the (usually unchanged) text is stored only when it changes.
    if (this.source !== source) this.source = source;
    this.start = start;
    this.end = end;
    this.spaced = spaced;
    this.plain = plain;
    this.ascii = ascii;
    this.textCache = undefined;
    this.lowerCache = undefined;
  }

  get text(): string {
    let t = this.textCache;
    if (t === undefined) this.textCache = t = this.source.slice(this.start, this.end);
    return t;
  }

  /** Lower-cased text (words only; numbers and symbols keep their text). */
  get lower(): string {
    let l = this.lowerCache;
    if (l === undefined) {
      if (this.kind === "word") {
        if (this.ascii && this.end - this.start <= MAX_INTERNED) {
          l = internLower(this.source, this.start, this.end, this.plain);
          if (this.plain) this.textCache = l;
        } else l = this.plain ? this.text : this.text.toLowerCase();
      } else l = this.text;
      this.lowerCache = l;
    }
    return l;
  }

  /** The lower-cased code of the character at index k of the token (ASCII words only). */
  lowerCodeAt(k: number): number {
    const c = this.source.charCodeAt(this.start + k);
    return c >= 65 && c <= 90 ? c + 32 : c;
  }
}

/**
 * Lower-cased ASCII words, one string per distinct word. The figure scan asks the word tables about the same
 * few hundred words (of, people, killed, said…) tens of thousands of times: a word read from the text by its
 * character codes, without slicing, comes back as the string kept from its first time, whose hash the tables'
 * look-ups have already computed. An open-addressing table of FNV-1a hashes; emptied when half full.
 */
const INTERN_BITS = 14;
const internSlots = new Int32Array(1 << INTERN_BITS);
const internHashes = new Int32Array(1 << INTERN_BITS);
const internWords: string[] = [];
const MAX_INTERNED = 24;

/** source[start, end) lower-cased (ASCII letters only: other characters are kept), as one string per distinct word. */
export function internLower(source: string, start: number, end: number, lowerCase = false): string {
  // (`lowerCase`: the caller knows the characters are lower case already, so they are read as they are and
  // compared with startsWith, which is native.)
  let h = 0x811c9dc5;
  if (lowerCase) for (let k = start; k < end; k++) h = Math.imul(h ^ source.charCodeAt(k), 0x01000193);
  else for (let k = start; k < end; k++) h = Math.imul(h ^ lowerAscii(source.charCodeAt(k)), 0x01000193);
  const mask = (1 << INTERN_BITS) - 1;
  let slot = (h ^ (h >>> INTERN_BITS)) & mask;
  for (;;) {
    const id = internSlots[slot];
    if (id === 0) break;
    if (internHashes[slot] === h) {
      const w = internWords[id - 1];
      if (w.length === end - start && (lowerCase ? source.startsWith(w, start) : sameLower(w, source, start))) return w;
    }
    slot = (slot + 1) & mask;
  }
  const word = source.slice(start, end).toLowerCase();
  if (internWords.length >= 1 << (INTERN_BITS - 1)) {
    internSlots.fill(0);
    internWords.length = 0;
    return word;
  }
  internWords.push(word);
  internSlots[slot] = internWords.length;
  internHashes[slot] = h;
  return word;
}

/** Whether `word` (lower case) is source[start, start + word.length) lower-cased (ASCII). */
function sameLower(word: string, source: string, start: number): boolean {
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== lowerAscii(source.charCodeAt(start + k))) return false;
  return true;
}

/**
 * A word's shape index from its length and the codes of its first two lower-case letters (c1 is ignored for
 * one-letter words): -1 unless 1-15 letters long and both letters a-z.
 */
export function shapeIndex(n: number, c0: number, c1: number): number {
  if (n === 0 || n > 15) return -1;
  const a = c0 - 97;
  const b = n > 1 ? c1 - 97 : 26;
  if (a < 0 || a > 25 || b < 0 || b > 26 || (n > 1 && b > 25)) return -1;
  return (a * 27 + b) * 16 + n;
}

const lowerAscii = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);

const LETTER_RE = /[\p{L}\p{M}]/u;

/** Character classes: 1 digit, 2 letter or combining mark, 3 white space, 0 anything else. */
function charClass(c: number, text: string, i: number): number {
  if (c >= 48 && c <= 57) return 1;
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return 2;
  if (c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x3000) return 3;
  if (c < 128) return 0;
  if (c >= 0xd800 && c <= 0xdbff) return LETTER_RE.test(text.slice(i, i + 2)) ? 2 : 0;
  if (c === 0x2028 || c === 0x2029 || (c >= 0x2000 && c <= 0x200a)) return 3;
  // Common cases without the regex: Latin letters with accents (all letters but × and ÷), and the zero-width
  // marks, dashes, quotes and ellipsis of 0x200B–0x2027 (none a letter or a mark).
  if (c >= 0xc0 && c <= 0x2af) return c === 0xd7 || c === 0xf7 ? 0 : 2;
  if (c >= 0x200b && c <= 0x2027) return 0;
  return LETTER_RE.test(text[i]) ? 2 : 0;
}

/**
 * Token objects reused from one sentence to the next by `tokenizeSentence`: the figure extractor reads one
 * sentence at a time and keeps no token once the next sentence is read, so the hundreds of thousands of tokens
 * of a large corpus need not be allocated (and collected) one by one.
 */
const pool: Token[] = [];

/**
 * The arrays `tokenizeSentence` returns, one per sentence length, reused: an array shortened to a much shorter
 * sentence's length gives back its storage, and growing it again for the next long one allocates anew (this
 * was most of the extractor's allocation in the tokenizer). An array whose length never changes keeps it.
 */
const tokensByLength: Token[][] = [];

/**
 * Tokens of text[start, end), with offsets into the whole text: digits with inner separators ("6,500",
 * "4.25"), words with inner apostrophes ("Lukashenko’s"), and any other character alone. With `toSentenceEnd`,
 * tokenizing stops after the first sentence end ("." "!" "?" and closing quotes or brackets, as `sentenceEnd`
 * finds it), and `tokenizedEnd()` tells where that was: the figure scan reads a sentence's characters once,
 * rather than once to find its end and again to tokenize it. The tokens are valid only until the next call:
 * their objects are reused. For the figure extractor's sentence scan, which keeps strings and offsets from
 * tokens but never a token itself. A hand-written scanner: this runs on every sentence that holds a figure,
 * so it avoids regexes and allocation, and tests ASCII before anything else.
 */
export function tokenizeSentence(text: string, start: number, end: number, toSentenceEnd = false): Token[] {
  let n = 0;
  let i = start;
  let prevEnd = -1;
  let stop = end;
  while (i < stop) {
    const c = text.charCodeAt(i);
    let k: number;
    if (c < 128) {
      if (c === 32) {
        i++;
        continue;
      }
      k = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 2 : c >= 48 && c <= 57 ? 1 : c === 10 || c === 13 || c === 9 ? 3 : 0;
    } else k = charClass(c, text, i);
    if (k === 3) {
      i++;
      continue;
    }
    const s = i;
    let kind: TokenKind;
    let plain = true;
    let ascii = true;
    let shape = -1;
    if (k === 1) {
      kind = "num";
      i++;
      for (;;) {
        while (i < end && isDigit(text.charCodeAt(i))) i++;
        const sep = text.charCodeAt(i);
        if (i + 1 < end && (sep === 44 || sep === 46 || sep === 0xa0 || sep === 0x202f) && isDigit(text.charCodeAt(i + 1))) i++;
        else break;
      }
    } else if (k === 2) {
      kind = "word";
      // Lower-casing allocates: it is done (when asked for) only for words with a capital or a non-ASCII letter.
      plain = c >= 97 && c <= 122;
      ascii = c < 128;
      i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
      for (;;) {
        while (i < end) {
          const d = text.charCodeAt(i);
          if (d >= 97 && d <= 122) i++;
          else if (d < 128 ? d >= 65 && d <= 90 : charClass(d, text, i) === 2) {
            plain = false;
            if (d >= 128) ascii = false;
            i += d >= 0xd800 && d <= 0xdbff ? 2 : 1;
          } else break;
        }
        const ap = text.charCodeAt(i);
        if ((ap === 39 || ap === 0x2019) && i + 1 < end && charClass(text.charCodeAt(i + 1), text, i + 1) === 2) {
          if (ap !== 39) ascii = false;
          i++;
        } else break;
      }
      shape = ascii ? shapeIndex(i - s, lowerAscii(c), lowerAscii(text.charCodeAt(s + 1))) : -2;
    } else {
      kind = "sym";
      // (A full stop inside a number is part of its token: every sentence end is a symbol token.)
      if (toSentenceEnd && stop === end && (c === 46 || c === 33 || c === 63) && endsSentenceAt(text, i, end) >= 0) stop = closersEnd(text, i + 1, end);
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < end ? 2 : 1;
    }
    let token: Token;
    if (n < pool.length) {
      token = pool[n];
      token.reset(kind, text, s, i, s !== prevEnd, plain, ascii, shape);
    } else {
      token = new Token(kind, text, s, i, s !== prevEnd, plain, ascii);
      token.shape = shape;
      pool.push(token);
    }
    n++;
    prevEnd = i;
  }
  lastEnd = stop;
  let out = tokensByLength[n];
  if (out === undefined) {
    while (tokensByLength.length < n) tokensByLength.push(undefined as unknown as Token[]);
    tokensByLength[n] = out = pool.slice(0, n);
  } else for (let k = 0; k < n; k++) out[k] = pool[k];
  return out;
}

/** Where the last `tokenizeSentence` stopped: its `end`, or the sentence end it found first. */
let lastEnd = 0;
export const tokenizedEnd = (): number => lastEnd;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

// Words before a full stop that do not end a sentence.
const ABBREVIATIONS = new Set(
  (
    "mr mrs ms dr prof st mt gen lt col sgt capt cmdr adm gov sen rep jr sr no nos vs etc inc ltd co corp dept " +
    "jan feb mar apr jun jul aug sep sept oct nov dec a.m p.m am pm u.s u.n u.k e.u approx est fig vol op"
  ).split(" "),
);

const MAX_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

const CLOSERS = new Set(["”", "’", '"', "'", ")", "]"]);
const OPENERS = new Set(["“", "‘", '"', "(", "["]);

/** Letters (any script, roughly: everything non-ASCII counts) and the full stop, for reading "U.S." back from its end. */
const isWordOrDot = (c: number): boolean => c === 46 || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c > 127 && c !== 0x2019 && c !== 0x201d && c !== 0xa0);
const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 0xa0 || c === 10 || c === 13;

/** White space as `trim` and regex \s read it (every Unicode space, not only the sentence breaks' few). */
export function isJsSpace(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  if (c < 160) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Whether a sentence ends at the . ! ? at index k (followed by space and a capital, digit or opening quote). */
function endsSentenceAt(text: string, k: number, limit: number): number {
  const c = text.charCodeAt(k);
  if (c !== 46 && c !== 33 && c !== 63) return -1;
  let j = k + 1;
  while (j < limit && CLOSERS.has(text[j])) j++;
  if (j >= limit || !isSpace(text.charCodeAt(j))) return -1;
  while (j < limit && isSpace(text.charCodeAt(j))) j++;
  if (j >= limit) return -1;
  const n = text[j];
  if (!(OPENERS.has(n) || (n >= "0" && n <= "9") || (n !== n.toLowerCase() && n === n.toUpperCase()))) return -1;
  if (c === 46) {
    // The word before the full stop: an abbreviation or an initial does not end the sentence.
    let w = k;
    while (w > 0 && isWordOrDot(text.charCodeAt(w - 1))) w--;
    if (k - w === 1) return -1;
    // A word longer than any abbreviation, with no inner full stop ("U.S."), is read without slicing it.
    if (k - w > MAX_ABBREVIATION && !hasFullStop(text, w, k)) return j;
    const word = text.slice(w, k).toLowerCase();
    if (ABBREVIATIONS.has(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) return -1;
  }
  return j;
}

function hasFullStop(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 46) return true;
  return false;
}

/** The start of the sentence around pos inside [start, end). (Two functions rather than a pair: no array per sentence.) */
export function sentenceStart(text: string, start: number, end: number, pos: number): number {
  for (let k = pos - 1; k >= start; k--) {
    const c = text.charCodeAt(k);
    if (c !== 46 && c !== 33 && c !== 63) continue;
    const next = endsSentenceAt(text, k, end);
    if (next >= 0 && next <= pos) return next;
  }
  return start;
}

/** The end of the sentence around pos inside [start, end). */
export function sentenceEnd(text: string, end: number, pos: number): number {
  for (let k = pos; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c !== 46 && c !== 33 && c !== 63) continue;
    if (endsSentenceAt(text, k, end) >= 0) return closersEnd(text, k + 1, end);
  }
  return end;
}

/** The end of the closing quotes and brackets from `from` on (before `end`). */
function closersEnd(text: string, from: number, end: number): number {
  let e = from;
  while (e < end && CLOSERS.has(text[e])) e++;
  return e;
}
