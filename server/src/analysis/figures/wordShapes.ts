/**
 * Word tables that can rule a token out without reading its text. The figure scan looks most words of a
 * sentence up in one table or another (clause words, qualifiers, time words); most are in none. A table keeps,
 * beside its words, a bitmap of their shapes (first letter, second letter or none, length): a token whose
 * shape is not in the bitmap is surely not in the table, which is told from its character codes without
 * slicing or lower-casing it.
 */
import { Token, shapeIndex } from "./tokens";

const stringShape = (w: string): number => shapeIndex(w.length, w.charCodeAt(0), w.length > 1 ? w.charCodeAt(1) : 0);

/** The shapes of a list of words, as a bitmap. */
export function shapeTable(words: Iterable<string>): Uint8Array {
  const table = new Uint8Array(26 * 27 * 16);
  for (const w of words) {
    const k = stringShape(w);
    // Every word of these tables is plain lower-case ASCII and short; anything else would need its own test.
    if (k < 0) throw new Error(`word out of the shape table: ${w}`);
    table[k] = 1;
  }
  return table;
}

/** Whether a word token can be one of a shape table's words (false means surely not). */
export function mayBeIn(table: Uint8Array, t: Token): boolean {
  let k = t.shape;
  if (k === -2) t.shape = k = stringShape(t.lower);
  return k >= 0 && table[k] === 1;
}

/** A set of lower-case words with its shape bitmap: `has(token)` tests a word token's lower-cased text. */
export class WordTable {
  private readonly shapes: Uint8Array;

  constructor(readonly words: ReadonlySet<string>) {
    this.shapes = shapeTable(words);
  }

  /** Whether the token is a word whose lower-cased text is in the table. */
  has(t: Token): boolean {
    return t.kind === "word" && mayBeIn(this.shapes, t) && this.words.has(t.lower);
  }
}
