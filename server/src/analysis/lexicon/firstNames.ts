/**
 * Whether a word is a first name: the hand-written international list (GIVEN_NAMES) or the stdlib English
 * lists (generated, less English words and places). Evidence of a person where context says nothing more.
 */
import { GIVEN_NAMES } from "./words";
import { FIRST_NAMES } from "./firstNames.generated";

/** The generated list as a set, built on first use (a long string until then). */
let firstNames: Set<string> | undefined;

export function isFirstName(word: string): boolean {
  if (GIVEN_NAMES.has(word) || (firstNames ??= new Set(FIRST_NAMES.split("|"))).has(word)) return true;
  // "Andrés", "José", "Zoë": the lists spell most names without accents.
  if (!/[^\x00-\x7f]/.test(word)) return false;
  const plain = word.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  return plain !== word && (GIVEN_NAMES.has(plain) || firstNames.has(plain));
}
