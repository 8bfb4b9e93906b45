/**
 * Chinese names in romanization: written family name first ("Wang Xiaoming"), the given name of two syllables run
 * together, hyphenated ("Wang Xiao-ming"), or in Wade-Giles as Taiwan and older usage print it ("Wang Hsiao-ming",
 * "Li Chien-kuo" for "Li Jianguo"). Such names are compared syllable by syllable through a key that folds the two
 * systems together.
 */

/**
 * One syllable in Pinyin or Wade-Giles: an optional initial, then a final. A syllable without an initial opens with
 * a, e or o ("an", "ou"), as the systems write it ("yi", "wu" carry their y or w).
 */
const SYLLABLE = /^(?:(?:zh|ch|sh|hs|ts|tz|[bpmfdtnlgkhjqxrzcsyw])'?(?:iang|iong|uang|ueng|ieh|ien|ian|iao|ing|ang|eng|ong|ung|uai|uan|uei|ueh|ai|ei|ao|ou|an|en|er|ia|ie|in|iu|ua|uo|ui|un|ue|ih|a|e|i|o|u)|(?:ang|eng|ai|ei|ao|ou|an|en|er|a|e|o))$/;

const splitCache = new Map<string, string[] | null>();

/** A word's syllables, lower case (one or two; "Jianguo" -> jian, guo; "Hsiao-ming" -> hsiao, ming), or null. */
export function chineseSyllables(word: string): string[] | null {
  let hit = splitCache.get(word);
  if (hit !== undefined) return hit;
  hit = null;
  const w = word.toLowerCase().replace(/’/g, "'");
  if (/^[a-z']{1,12}(?:-[a-z']{1,7})?$/.test(w)) {
    const dash = w.indexOf("-");
    if (dash > 0) {
      const a = w.slice(0, dash);
      const b = w.slice(dash + 1);
      if (SYLLABLE.test(a) && SYLLABLE.test(b)) hit = [a, b];
    } else if (SYLLABLE.test(w)) hit = [w];
    else
      for (let i = 1; i < w.length; i++) {
        const a = w.slice(0, i);
        const b = w.slice(i);
        if (SYLLABLE.test(a) && SYLLABLE.test(b) && !(b.length && /^[aeo]/.test(b))) {
          hit = [a, b];
          break;
        }
      }
  }
  if (splitCache.size > 10_000) splitCache.clear();
  splitCache.set(word, hit);
  return hit;
}

/**
 * A two-part name written family name first with a given name of two syllables: "Li Jianguo", "Wang Xiao-ming",
 * "Wang Hsiao-ming". (A given name of one syllable, "Li Wei", says too little to tell the order.)
 */
export function isChineseName(parts: readonly string[]): boolean {
  if (parts.length !== 2 || !/^[A-Z][a-z]{0,5}$/.test(parts[0]) || !/^[A-Z]/.test(parts[1])) return false;
  const family = chineseSyllables(parts[0]);
  const given = chineseSyllables(parts[1]);
  return family !== null && family.length === 1 && given !== null && given.length === 2;
}

/** Finals Wade-Giles writes apart from Pinyin, longest first: "ieh" (ie), "ien" (ian), "ung" (ong), "ih" (i), "uei" (ui). */
const FINALS: [string, string][] = [["ieh", "ie"], ["ueh", "ue"], ["ien", "ian"], ["uei", "ui"], ["ung", "ong"], ["ih", "i"]];

/**
 * One syllable's key: Wade-Giles "hs" is Pinyin "x", its "ts"/"tz" is "z"; aspirated and plain initials fold together
 * (the apostrophe that tells them apart in Wade-Giles is mostly dropped: "Chien" is "Jian" or "Qian", "Kuo" is
 * "Guo", "Tung" is "Dong").
 */
function syllableKey(s: string): string {
  let k = s.replace(/'/g, "");
  if (k.startsWith("hs")) k = "x" + k.slice(2);
  else if (k.startsWith("ts") || k.startsWith("tz")) k = "z" + k.slice(2);
  else if (k.startsWith("zh") || k.startsWith("ch")) k = "j" + k.slice(2);
  else if (k[0] === "q") k = "j" + k.slice(1);
  else if (k[0] === "c") k = "z" + k.slice(1);
  else if (k[0] === "p") k = "b" + k.slice(1);
  else if (k[0] === "t") k = "d" + k.slice(1);
  else if (k[0] === "k") k = "g" + k.slice(1);
  for (const [from, to] of FINALS)
    if (k.endsWith(from)) {
      k = k.slice(0, -from.length) + to;
      break;
    }
  return k;
}

/**
 * Two Chinese names (see isChineseName) that are one name however romanized: "Wang Xiaoming" / "Wang Hsiao-ming",
 * "Li Jianguo" / "Li Chien-kuo". The family names are spelled the same.
 */
export function sameChineseName(a: readonly string[], b: readonly string[]): boolean {
  if (!isChineseName(a) || !isChineseName(b) || a[0] !== b[0]) return false;
  const ga = chineseSyllables(a[1])!;
  const gb = chineseSyllables(b[1])!;
  return syllableKey(ga[0]) === syllableKey(gb[0]) && syllableKey(ga[1]) === syllableKey(gb[1]);
}
