/**
 * Korean names in romanization: outlets spell one name several ways ("Baek" / "Paik", "Yoo" / "Yu", "Lee" / "Yi" /
 * "Rhee", "Jeong" / "Jung" / "Chung", "Su-jin" / "Soo-jin", "Gyeong" / "Kyung"). A name written family name first
 * with a given name of two syllables joined by a hyphen ("Lee Su-jin", "Paik Seung-ho") is compared syllable by
 * syllable through a key that folds those spellings together.
 */

/** A given name of two short syllables joined by a hyphen, the second in lower case: "Su-jin", "Kyung-ah". */
const SYLLABIC_GIVEN = /^[A-Z][a-z]{0,5}-[a-z]{1,6}$/;

export function isSyllabicGiven(part: string): boolean {
  return SYLLABIC_GIVEN.test(part);
}

/** Vowel spellings of one sound, longest first: "oo" and "u", "eo" and "u" ("Seo" / "Suh"), "ae" and "ai" ("Baek" / "Paik"). */
const VOWELS: [string, string][] = [["ee", "i"], ["oo", "u"], ["ou", "u"], ["eo", "u"], ["eu", "u"], ["ae", "e"], ["ai", "e"], ["oi", "e"], ["oe", "e"]];

/** Opening consonants written voiced or not ("Gang" / "Kang", "Jeong" / "Cheong", "Baek" / "Paek"). */
const ONSETS: [string, string][] = [["sh", "s"], ["rh", "r"], ["j", "ch"], ["g", "k"], ["d", "t"], ["b", "p"]];

const keyCache = new Map<string, string>();

/** One syllable's spelling-free key: "Paik" and "Baek" -> "pek", "Rhee", "Lee" and "Yi" -> "i", "Suh" and "Seo" -> "su". */
export function syllableKey(syllable: string): string {
  let k = keyCache.get(syllable);
  if (k !== undefined) return k;
  k = syllable.toLowerCase();
  for (const [from, to] of ONSETS)
    if (k.startsWith(from)) {
      k = to + k.slice(from.length);
      break;
    }
  for (const [from, to] of VOWELS) k = k.split(from).join(to);
  // "Park" / "Pak": an "r" before the final consonant is not pronounced.
  if (k.length >= 3 && k[k.length - 2] === "r" && !"aeiouy".includes(k[k.length - 1])) k = k.slice(0, -2) + k[k.length - 1];
  // "Suh" / "Seo", "Kyung-ah" / "Kyung-a", "Ahn" / "An": a silent "h" at the end.
  if (k.length >= 2 && k.endsWith("h") && !k.endsWith("ch") && !k.endsWith("sh")) k = k.slice(0, -1);
  else if (k.length >= 3 && k.endsWith("hn")) k = k.slice(0, -2) + "n";
  // "Lee", "Rhee", "Yi", "Ri": an opening l, r or y before i is dropped in the South's spelling; so is "Ryu" / "Yu"'s r.
  if (k.length >= 2 && (k[0] === "l" || k[0] === "r" || k[0] === "y") && (k[1] === "i" || (k[1] === "y" && k[0] !== "y"))) k = k.slice(1);
  if (keyCache.size > 10_000) keyCache.clear();
  keyCache.set(syllable, k);
  return k;
}

/**
 * Two names written family name first with a syllabic given name ("Lee Su-jin" / "Lee Soo-jin", "Yu Kyung-ah" / "Yoo
 * Kyung-ah", "Baek Seung-ho" / "Paik Seung-ho") that are one name however romanized.
 */
export function sameKoreanName(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== 2 || b.length !== 2 || !isSyllabicGiven(a[1]) || !isSyllabicGiven(b[1])) return false;
  if (syllableKey(a[0]) !== syllableKey(b[0])) return false;
  const sa = a[1].split("-");
  const sb = b[1].split("-");
  return syllableKey(sa[0]) === syllableKey(sb[0]) && syllableKey(sa[1]) === syllableKey(sb[1]);
}
