/**
 * What the word lists say about one word, as bits, computed once per distinct word. The name finder asks
 * about every word of every capitalised run whether it is a function word, a title, a month, a first name…;
 * one look-up (or none: tokens keep their flags) replaces a look-up per list.
 */
import { isDemonym, maxNameWordsFrom } from "./gazetteer";
import { COMMON_WORDS, FUNCTION_WORDS, GIVEN_NAMES, MONTHS, ORG_HEADS, PERSON_ROLES, PLACE_HEADS, TITLES, WEEKDAYS } from "./words";

export const FUNCTION_WORD = 1;
export const TITLE = 2;
export const WEEKDAY = 4;
export const MONTH = 8;
export const GIVEN_NAME = 16;
export const COMMON_WORD = 32;
/** PERSON_ROLES has the word's lowercase form ("Gunman", "Journalist" at a sentence start). */
export const ROLE = 64;
export const DEMONYM = 128;
export const ORG_HEAD = 256;
export const PLACE_HEAD = 512;
/** Bits 16 and up: maxNameWordsFrom(word), the most words of a known place or organization starting with it. */
const NAME_WORDS_SHIFT = 16;

/** The most words of a known place or organization that start with the word (from its flags). */
export function nameWords(flags: number): number {
  return flags >>> NAME_WORDS_SHIFT;
}

const cache = new Map<string, number>();

/** First parts of a title written with a hyphen: "Vice-President", "Co-pilot", "Ex-Minister", "Deputy-Governor". */
const TITLE_PREFIXES = new Set(["Vice", "Co", "Ex", "Deputy", "Acting", "Assistant", "Under", "Sub", "Joint"]);

/**
 * A title written with a hyphen that the list does not spell out: a title prefix or a title, then a title or a
 * role ("Vice-President", "Co-pilot", "Ex-Chancellor", "Director-General", "Attorney-General"). Before a name it
 * is a title, not part of the name.
 */
function isHyphenatedTitle(word: string): boolean {
  const dash = word.indexOf("-");
  if (dash <= 0 || dash !== word.lastIndexOf("-")) return false;
  const head = word.slice(0, dash);
  const rest = word.slice(dash + 1);
  if (!(TITLE_PREFIXES.has(head) || TITLES.has(head)) || !rest) return false;
  return TITLES.has(rest) || TITLES.has(rest[0].toUpperCase() + rest.slice(1)) || PERSON_ROLES.has(rest.toLowerCase());
}

export function wordFlags(word: string): number {
  let f = cache.get(word);
  if (f === undefined) {
    f =
      (FUNCTION_WORDS.has(word) ? FUNCTION_WORD : 0) |
      (TITLES.has(word) || isHyphenatedTitle(word) ? TITLE : 0) |
      (WEEKDAYS.has(word) ? WEEKDAY : 0) |
      (MONTHS.has(word) ? MONTH : 0) |
      (GIVEN_NAMES.has(word) ? GIVEN_NAME : 0) |
      (COMMON_WORDS.has(word) ? COMMON_WORD : 0) |
      (PERSON_ROLES.has(word.toLowerCase()) ? ROLE : 0) |
      (isDemonym(word) ? DEMONYM : 0) |
      (ORG_HEADS.has(word) ? ORG_HEAD : 0) |
      (PLACE_HEADS.has(word) ? PLACE_HEAD : 0) |
      (Math.min(maxNameWordsFrom(word), 0x7fff) << NAME_WORDS_SHIFT);
    if (cache.size > 100_000) cache.clear();
    cache.set(word, f);
  }
  return f;
}
