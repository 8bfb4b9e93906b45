/**
 * Vietnamese names: family name first, then a middle name and a given name ("Nguyễn Văn Tài", written "Nguyen Van
 * Tai" by outlets without diacritics). A few family names cover most of the population, so the first word tells a
 * Vietnamese name; its middle word is then never the place it may spell elsewhere ("Van", a Turkish city).
 */

/** The commonest family names, without diacritics (together, about nine Vietnamese in ten carry one). */
const FAMILY_NAMES = new Set("nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dinh truong".split(" "));

/** A word without its diacritics and in lower case: "Nguyễn" -> "nguyen", "Đặng" -> "dang". */
function folded(word: string): string {
  return word.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d").toLowerCase();
}

/** Whether a word is one of the common Vietnamese family names, with or without its diacritics. */
export function isVietnameseFamilyName(word: string): boolean {
  return word.length <= 6 && FAMILY_NAMES.has(folded(word));
}
