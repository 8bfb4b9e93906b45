/**
 * How crosscheck.json's strings are compared with the names the analysis finds. Decisions are written by
 * people, so a name is compared after Unicode NFC normalization and with runs of whitespace collapsed
 * ("Alexander  Lukashenko" and a name split over two lines are the same name); case is kept, because case
 * tells names from words ("Bush" the person, "bush" the plant).
 */

/** The comparison key of a name. */
export function nameKey(name: string): string {
  return name.normalize("NFC").replace(/\s+/gu, " ").trim();
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** True when the character that ends just before `offset` is part of a word (a letter, mark or digit). */
function wordBefore(text: string, offset: number): boolean {
  if (offset <= 0) return false;
  const low = text.charCodeAt(offset - 1);
  // A low surrogate: look at the whole pair so that letters outside the BMP count as letters.
  const ch = low >= 0xdc00 && low <= 0xdfff && offset >= 2 ? text.slice(offset - 2, offset) : text[offset - 1];
  return WORD_CHAR.test(ch);
}

/** True when the character that starts at `offset` is part of a word. */
function wordAt(text: string, offset: number): boolean {
  if (offset >= text.length) return false;
  const cp = text.codePointAt(offset);
  return cp !== undefined && WORD_CHAR.test(String.fromCodePoint(cp));
}

/**
 * Every whole-word occurrence of `needle` in `text`, as UTF-16 offsets: the characters before and after are
 * not letters, marks or digits, so "Minsk" is found in "Minsk's" and "(Minsk)" but not in "Minskaya".
 */
export function wholeWordOccurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  if (!needle) return found;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    if (!wordBefore(text, at) && !wordAt(text, at + needle.length)) found.push(at);
  }
  return found;
}

/** The words of a name, for "is this name part of that one" ("Lukashenko" is part of "Alexander Lukashenko"). */
export function nameWords(name: string): string[] {
  return nameKey(name)
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean);
}

/** True when every word of `part` is a word of `whole`. */
export function isPartOfName(part: string, whole: string): boolean {
  const words = new Set(nameWords(whole));
  const partWords = nameWords(part);
  return partWords.length > 0 && partWords.every((w) => words.has(w));
}
