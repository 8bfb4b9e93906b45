/**
 * Word tables that can rule a token out without reading its text. The figure scan looks most words of a
 * sentence up in one table or another (clause words, qualifiers, time words); most are in none. A table keeps,
 * beside its words, their shapes (first letter, second letter or none, length) and, for each shape, the set of
 * last letters its words end with: a token whose shape and last letter are not in the table is surely not in it,
 * which is told from its character codes without slicing or lower-casing it. (The last letter rules out the
 * many common words that share a table word's shape: "first" for "fifty", "since" for "sixty", "just" for "june".)
 */
import { Token, shapeIndex } from "./tokens";

const stringShape = (w: string): number => shapeIndex(w.length, w.charCodeAt(0), w.length > 1 ? w.charCodeAt(1) : 0);

/** The bit of a word's last character (lower case) in a shape's mask: a-z one bit each, anything else bit 26. */
function lastBit(c: number): number {
  const b = (c >= 65 && c <= 90 ? c + 32 : c) - 97;
  return b >= 0 && b < 26 ? 1 << b : 1 << 26;
}

/** The shapes of a list of words: for each shape, a mask of the last letters of its words (0 for no word). */
export function shapeTable(words: Iterable<string>): Uint32Array {
  const table = new Uint32Array(26 * 27 * 16);
  for (const w of words) {
    const k = stringShape(w);
    // Every word of these tables is plain lower-case ASCII and short; anything else would need its own test.
    if (k < 0) throw new Error(`word out of the shape table: ${w}`);
    table[k] |= lastBit(w.charCodeAt(w.length - 1));
  }
  return table;
}

/** Whether a word token can be one of a shape table's words (false means surely not). */
export function mayBeIn(table: Uint32Array, t: Token): boolean {
  const k = t.shape;
  if (k === -2) {
    // (A non-ASCII word, seldom seen: its shape and last letter from its lower-cased text, each time.)
    const l = t.lower;
    const s = stringShape(l);
    return s >= 0 && (table[s] & lastBit(l.charCodeAt(l.length - 1))) !== 0;
  }
  if (k < 0) return false;
  const mask = table[k];
  return mask !== 0 && (mask & lastBit(t.source.charCodeAt(t.end - 1))) !== 0;
}

/** A set of lower-case words with its shape bitmap: `has(token)` tests a word token's lower-cased text. */
export class WordTable {
  private readonly shapes: Uint32Array;

  constructor(readonly words: ReadonlySet<string>) {
    this.shapes = shapeTable(words);
  }

  /** Whether the token is a word whose lower-cased text is in the table. */
  has(t: Token): boolean {
    return t.kind === "word" && mayBeIn(this.shapes, t) && this.words.has(t.lower);
  }
}
