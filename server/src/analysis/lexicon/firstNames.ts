/**
 * Whether a word is a first name: the hand-written international list (GIVEN_NAMES) or the stdlib English
 * lists (generated, less English words and places). Evidence of a person where context says nothing more.
 */
import { GIVEN_NAMES } from "./words";
import { FEMALE_ONLY_FIRST_NAMES, FIRST_NAMES, MALE_ONLY_FIRST_NAMES } from "./firstNames.generated";

/** The generated list as a set, built on first use (a long string until then). */
let firstNames: Set<string> | undefined;

export function isFirstName(word: string): boolean {
  if (GIVEN_NAMES.has(word) || (firstNames ??= new Set(FIRST_NAMES.split("|"))).has(word)) return true;
  // "Andrés", "José", "Zoë": the lists spell most names without accents.
  if (!/[^\x00-\x7f]/.test(word)) return false;
  const plain = word.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  return plain !== word && (GIVEN_NAMES.has(plain) || firstNames.has(plain));
}

let female: Set<string> | undefined;
let male: Set<string> | undefined;

/** Whether the lists give a first name to women only or to men only ("Jill": female); undefined when both or neither. */
export function firstNameGender(word: string): "male" | "female" | undefined {
  if ((female ??= new Set(FEMALE_ONLY_FIRST_NAMES.split("|"))).has(word)) return "female";
  if ((male ??= new Set(MALE_ONLY_FIRST_NAMES.split("|"))).has(word)) return "male";
  return undefined;
}
