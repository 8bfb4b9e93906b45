/**
 * Name comparison that survives romanisation: the same name written by different outlets folds to the same
 * key or to keys one edit apart. Folding is for comparison only; displayed names are never folded.
 *
 *   Aleksandr / Alexander       ks -> x, and one edit
 *   Tikhanovskaya / Tsikhanouskaya   kh -> h, ov/ou before a consonant, and one edit
 *   Othman / Osman              th -> s (Arabic ث)
 *   Mohammed / Muhammad, Osama / Ossama   consonant skeleton (given names only), doubled letters
 *   al-Mismari / Mismari, Abu Chkiouat / Chkiouat   Arabic articles and kinship particles dropped
 *   Hansjoerg / Hansjörg / Hansjorg   diacritics and German oe/ue/ae
 *   Klitschko / Klychko          German tsch/sch
 *   Đokić / Djokic               Serbo-Croatian đ written dj
 */

const PARTICLES = new Set(["al", "el", "ad", "as", "ash", "at", "az", "ar", "an", "bin", "ibn", "abu", "bint", "ben", "ould", "von", "van", "der", "den", "de", "da", "di", "du", "la", "le", "los", "las", "dos", "das", "del", "della", "dela", "delos", "delas", "ter", "zu", "mc"]);

/** Lowercase, no diacritics, romanisation variants folded ("Tsikhanouskaya" -> "tsihanouskaia"). */
const foldCache = new Map<string, string>();

export function fold(word: string): string {
  const hit = foldCache.get(word);
  if (hit !== undefined) return hit;
  const s = foldUncached(word);
  if (foldCache.size > 100_000) foldCache.clear();
  foldCache.set(word, s);
  return s;
}

/** Latin letters that do not decompose into a base letter and a mark: "Kılıçdaroğlu", "Søren", "Łukasz". */
const UNDECOMPOSED: Record<string, string> = { ı: "i", İ: "I", ø: "o", Ø: "O", ł: "l", Ł: "L", đ: "d", Đ: "D", ð: "d", Ð: "D", þ: "th", Þ: "Th", æ: "ae", Æ: "Ae", œ: "oe", Œ: "Oe", ß: "ss", ħ: "h", Ħ: "H" };
const UNDECOMPOSED_RE = new RegExp(`[${Object.keys(UNDECOMPOSED).join("")}]`, "g");

function foldUncached(word: string): string {
  let s = word
    .replace(UNDECOMPOSED_RE, (c) => UNDECOMPOSED[c])
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z]/g, "");
  s = s
    // A long i written "ee" inside a name ("Saeed" / "Said", "Rasheed" / "Rashid", "Fareed" / "Farid"), before "ae" is
    // read as German; not at a name's end ("Lee" is no "Li"), nor Russian "-eev" ("Sergeev" is "Sergeyev", below).
    .replace(/ee(?=[a-uw-z])/g, "i")
    // German spellings of Slavic sounds: "Klitschko" / "Klychko", "Schewtschenko" / "Shevchenko".
    .replace(/tsch/g, "ch")
    .replace(/sch/g, "sh")
    .replace(/oe/g, "o")
    .replace(/ue/g, "u")
    .replace(/ae(?!l)/g, "a")
    .replace(/ks/g, "x")
    .replace(/kh/g, "h")
    .replace(/ph/g, "f")
    // Arabic ث is written th, s or t ("Othman", "Osman", "Otman").
    .replace(/th/g, "s")
    .replace(/dh/g, "d")
    .replace(/ck/g, "k")
    // c sounds k before a, o, u and s before e, i, y: "Defence"/"Defense", "Carl"/"Karl".
    .replace(/c(?=[eiy])/g, "s")
    .replace(/c/g, "k")
    .replace(/w/g, "v")
    // Ukrainian -iv for Russian -ov at a name's end, after a consonant: "Kharkiv" / "Kharkov", "Lviv" / "Lvov"
    // ("Kyiv" / "Kiev" meet another way, one letter apart).
    .replace(/(?<=[^aeiouy])iv$/, "ov")
    .replace(/o[vu](?=[^aeiouy]|$)/g, "ou")
    // French spellings of the u sound: "Zourabichvili" / "Zurabishvili", "Youssef" / "Yusuf".
    .replace(/ou/g, "u")
    // Russian е after a vowel written "ye" or "e" in "-eyev" / "-ayev": "Dorofeyeva" / "Dorofeeva", "Sergeyev" /
    // "Sergeev" (two letters apart, too far for one edit).
    .replace(/([aeiou])yev/g, "$1ev")
    .replace(/y/g, "i")
    // Serbo-Croatian đ, folded to d above, is written dj without diacritics: "Đokić" / "Djokic".
    .replace(/dj/g, "d")
    .replace(/j/g, "i")
    .replace(/(.)\1+/g, "$1")
    // Arabic tā marbūṭa is written -eh, -ah or -a: "Haniyeh" / "Haniya", "Fatimah" / "Fatima".
    .replace(/(?<=.{3})[ae]h$/, "a");
  return s;
}

/** The consonant skeleton of a folded word, with its first letter: "muhamad" -> "mhmd", "osama" -> "osm". */
export function skeleton(folded: string): string {
  if (!folded) return "";
  // Asked for every place and person chain of the corpus, which name the same few places again and again.
  let s = skeletonCache.get(folded);
  if (s === undefined) {
    if (skeletonCache.size > 100_000) skeletonCache.clear();
    skeletonCache.set(folded, (s = folded.charAt(0) + folded.slice(1).replace(/[aeiou]/g, "").replace(/(.)\1+/g, "$1")));
  }
  return s;
}

const skeletonCache = new Map<string, string>();

/** The words of a person's name that carry identity: particles ("al", "von", "Abu") and initials dropped. */
const partsCache = new Map<string, string[]>();

export function nameParts(name: string): string[] {
  const hit = partsCache.get(name);
  if (hit) return hit;
  const parts = namePartsUncached(name);
  if (partsCache.size > 100_000) partsCache.clear();
  partsCache.set(name, parts);
  return parts;
}

function namePartsUncached(name: string): string[] {
  const out: string[] = [];
  for (const raw of name.split(/\s+/)) {
    // "Al-Mismari" -> "Mismari"; "Ungern-Sternberg" stays whole.
    const word = raw.replace(/^(?:al|el|ad|as|ash|at|az|ar|an)-(?=\p{L})/iu, "");
    // Particles and initials carry no identity of their own.
    if (!word || PARTICLES.has(word.toLowerCase()) || /^\p{L}\.?$/u.test(word)) continue;
    // A generational suffix or a regnal number does: "Donald Trump Jr" is not "Donald Trump", "Charles III" is
    // not "Charles Leclerc". It stays as the last part, one spelling for each ("Jr.", "Junior" -> "Jr").
    if (out.length && /^(?:jr|junior|júnior)\.?$/i.test(word)) out.push("Jr");
    // "Ma." is "María" abbreviated (Filipino usage: "Ma. Teresa Reyes" is "Maria Teresa Reyes").
    else if (word === "Ma.") out.push("Maria");
    else if (word === "Md." || word === "Mohd.") out.push(word.slice(0, -1));
    else if (out.length && /^sr\.?$/i.test(word)) out.push("Sr");
    else out.push(word);
  }
  return out;
}

const foldedKeys = new WeakMap<readonly string[], string>();

/** The folded parts joined by spaces ("sviatlana tsihanouskaia"), kept per parts array (nameParts keeps one per name). */
export function foldedKey(parts: readonly string[]): string {
  let k = foldedKeys.get(parts);
  if (k === undefined) foldedKeys.set(parts, (k = parts.map(fold).join(" ")));
  return k;
}

/** True when a and b are at most one insertion, deletion, substitution or adjacent swap apart. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (la === lb) {
    // substitution, or adjacent transposition
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return i + 1 < la && a.charAt(i) === b.charAt(i + 1) && a.charAt(i + 1) === b.charAt(i) && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Feminine and masculine forms of one Slavic surname are different people (a wife and her husband). */
function genderClash(a: string, b: string): boolean {
  const fem = /(?:aia|ova|eva|ina|ska|ka|na)$/;
  const masc = /(?:i|ov|ev|in|ski|sk|ii)$/;
  return (fem.test(a) && masc.test(b) && !fem.test(b)) || (fem.test(b) && masc.test(a) && !fem.test(a));
}

/** Family names match when they fold to the same key or one edit apart (long enough for a typo to be a typo). */
export function sameFamilyName(a: string, b: string): boolean {
  const fa = fold(a);
  const fb = fold(b);
  if (fa === fb) return true;
  // The Arabic article written into the name: "Alotaibi" is "al-Otaibi" (whose "al-" nameParts drops).
  if (joinedArticle(fa) === fb || joinedArticle(fb) === fa) return true;
  if (genderClash(fa, fb)) return false;
  if (Math.min(fa.length, fb.length) >= 5 && withinOneEdit(fa, fb)) return true;
  if (silentFinalH(fa, fb) || silentFinalH(fb, fa)) return true;
  return hyphenPartOf(a, fb) || hyphenPartOf(b, fa);
}

/**
 * A final "h" after a vowel is silent in Arabic, Persian and Bengali family names, and transliterations keep or drop
 * it: "Miah" / "Mia", "Pasha" / "Pashah". Folding already drops it after a long stem ("Fatimah"); this is for short
 * names, which the one-edit rule leaves alone. Whether `long` is `short` with that "h" (three letters at least before it).
 */
function silentFinalH(long: string, short: string): boolean {
  return long.length === short.length + 1 && short.length >= 3 && long.endsWith("h") && long.startsWith(short) && "aeiou".includes(short.charAt(short.length - 1));
}

/**
 * A double family name joined by a hyphen is often written with one of its parts only: Spanish and Filipino
 * papers shorten "García-Luna" to "García", and a married name "Reyes-Tan" to "Reyes" or "Tan". Whether one
 * part (four letters at least) of the hyphenated `name` folds to `other`. Full names still need their given
 * names to match; a lone name of another article reaches a hyphenated one only through the linker's blocking
 * keys (its first letters), so in practice by the first part.
 */
function hyphenPartOf(name: string, other: string): boolean {
  const at = name.indexOf("-");
  if (at < 0 || name.indexOf("-", at + 1) >= 0) return false;
  const head = fold(name.slice(0, at));
  const tail = fold(name.slice(at + 1));
  return (head.length >= 4 && head === other) || (tail.length >= 4 && tail === other);
}

/** Abbreviations of Muhammad printed as a first name ("Md Anwar Hossain", "Mohd Faizal"), folded. */
const MUHAMMAD_ABBREVIATIONS = new Set(["md", "mohd", "muhd", "mhd"]);

/** Whether `word` ("Md", "Md.", "Mohd") is Muhammad abbreviated, which some outlets print and others leave out. */
export function isMuhammadAbbreviation(word: string): boolean {
  return MUHAMMAD_ABBREVIATIONS.has(fold(word.endsWith(".") ? word.slice(0, -1) : word));
}

/** Common short forms of given names, written by the team (general English usage). */
const HYPOCORISMS: Record<string, string> = {
  steve: "stephen", stevie: "stephen", steven: "stephen", mike: "michael", mick: "michael", jim: "james", jimmy: "james",
  bob: "robert", rob: "robert", bobby: "robert", bill: "william", will: "william", billy: "william", tom: "thomas",
  tommy: "thomas", tony: "anthony", alex: "alexander", sasha: "alexander", dave: "david", dan: "daniel", danny: "daniel",
  joe: "joseph", ben: "benjamin", nick: "nicholas", chris: "christopher", matt: "matthew", andy: "andrew", ed: "edward",
  ted: "edward", fred: "frederick", sam: "samuel", pete: "peter", greg: "gregory", jeff: "jeffrey", jon: "jonathan",
  johnny: "john", jack: "john", liz: "elizabeth", beth: "elizabeth", kate: "katherine", katie: "katherine",
  sue: "susan", jen: "jennifer", jenny: "jennifer", ron: "ronald", ronnie: "ronald", ronny: "ronald", don: "donald",
  donnie: "donald", ken: "kenneth", kenny: "kenneth", rick: "richard", ricky: "richard", rich: "richard",
  dick: "richard", charlie: "charles", chuck: "charles", larry: "lawrence", tim: "timothy", pat: "patrick",
  phil: "philip", ray: "raymond", josh: "joshua", doug: "douglas", terry: "terrence", hal: "harold", walt: "walter",
  marty: "martin", gerry: "gerald", eddie: "edward", benny: "benjamin",
  freddie: "frederick", manny: "manuel", rudy: "rodolfo", vova: "vladimir", volodya: "vladimir", misha: "mikhail",
  dima: "dmitry", kolya: "nikolai", seryozha: "sergei", zhenya: "evgeny", tanya: "tatiana", katya: "ekaterina",
  // Abbreviations of Muhammad that South and Southeast Asian outlets print as the first name ("Md Anwar Hossain").
  md: "muhammad", mohd: "muhammad", muhd: "muhammad", mhd: "muhammad",
};

/**
 * Greek given names and the short forms Greek and foreign outlets print for them ("Kostas" for "Konstantinos",
 * "Nikos" for "Nikolaos", "Giannis" for "Ioannis"), written by the team; filed under their folded spelling.
 */
const GREEK_HYPOCORISMS: Record<string, string> = {
  kostas: "konstantinos", kostis: "konstantinos", dinos: "konstantinos", nikos: "nikolaos", giannis: "ioannis",
  yiannis: "ioannis", yannis: "ioannis", panos: "panagiotis", vangelis: "evangelos", thanasis: "athanasios",
  thanos: "athanasios", manolis: "emmanouil", babis: "charalambos", lefteris: "eleftherios", stelios: "stylianos",
  mitsos: "dimitrios", vasilis: "vasileios", vassilis: "vasileios", tasos: "anastasios", giorgos: "georgios",
  yiorgos: "georgios", yorgos: "georgios", michalis: "michail", sotiris: "sotirios",
};
const FOLDED_GREEK = new Map(Object.entries(GREEK_HYPOCORISMS).map(([k, v]) => [fold(k), fold(v)]));

// Filed under their folded spelling too: "jimmy", "bobby", "ronnie" fold to "jimi", "bobi", "roni".
const FOLDED_HYPOCORISMS = new Map(Object.entries(HYPOCORISMS).map(([k, v]) => [fold(k), fold(v)]));

/**
 * Ukrainian and Belarusian given names and the Russian form Russian outlets print for them ("Mykola" for
 * "Nikolai", "Serhiy" for "Sergei"), where spelling alone does not bring the two within one edit; written by the
 * team, filed under their folded spelling.
 */
const EAST_SLAVIC_GIVEN: Record<string, string> = {
  mykola: "nikolai", mikalai: "nikolai", serhiy: "sergei", siarhei: "sergei", hryhoriy: "grigory", heorhiy: "georgy",
  pavlo: "pavel", petro: "petr", pyotr: "petr", oleksiy: "aleksei", olena: "elena", yevhen: "yevgeny",
  kateryna: "yekaterina", fedir: "fedor", fyodor: "fedor", kostiantyn: "konstantin", oleksandr: "alexander",
  aleksandr: "alexander", aliaksandr: "alexander", uladzimir: "vladimir", sviatlana: "svetlana",
};
const FOLDED_EAST_SLAVIC = new Map(Object.entries(EAST_SLAVIC_GIVEN).map(([k, v]) => [fold(k), fold(v)]));

function canonicalGiven(folded: string): string {
  return FOLDED_HYPOCORISMS.get(folded) ?? FOLDED_GREEK.get(folded) ?? FOLDED_EAST_SLAVIC.get(folded) ?? folded;
}

/** Whether `word` is a listed short form of the given name `given` ("Sasha" of "Oleksandr", "Bob" of "Robert"). */
export function isShortFormOf(word: string, given: string): boolean {
  const f = fold(word);
  const full = FOLDED_HYPOCORISMS.get(f) ?? FOLDED_GREEK.get(f);
  return full !== undefined && full === canonicalGiven(fold(given));
}

/** Whether `word` is a listed short form of some given name. */
export function isShortForm(word: string): boolean {
  const f = fold(word);
  return FOLDED_HYPOCORISMS.has(f) || FOLDED_GREEK.has(f);
}

/** Given names match more loosely: transliteration skeletons (Mohammed/Muhammad) and short forms (Steve/Stephen). */
export function sameGivenName(a: string, b: string): boolean {
  const fa = canonicalGiven(fold(a));
  const fb = canonicalGiven(fold(b));
  if (fa === fb) return true;
  if (Math.min(fa.length, fb.length) >= 4 && withinOneEdit(fa, fb)) return true;
  const sa = skeleton(fa);
  const sb = skeleton(fb);
  if (sa.length >= 3 && sa === sb && Math.abs(fa.length - fb.length) <= 2) return true;
  return shortenedYoruba(fa, fb) || shortenedYoruba(fb, fa);
}

/**
 * Yoruba given names are commonly written without their opening element: "Seun" for "Oluwaseun", "Femi" for
 * "Olufemi", "Wale" for "Adewale", "Kunle" for "Olakunle", "Deji" for "Ayodeji", "Tunde" for "Babatunde", "Sade"
 * for "Folasade", "Tola" for "Omotola"; and names ending in "-layo" (joy) without that ending: "Funmi" for
 * "Funmilayo" or "Olufunmilayo", "Titi" for "Titilayo". Whether `short` is `long` so shortened (four letters at
 * least remain).
 */
const YORUBA_OPENINGS = ["oluva", "olu", "ade", "ola", "ayo", "baba", "fola", "omo"]; // folded: "w" is "v"
function shortenedYoruba(long: string, short: string): boolean {
  if (short.length < 4 || long.length - short.length < 3) return false;
  const body = long.endsWith("laio") && long.startsWith(short, long.length - 4 - short.length) ? long.slice(0, long.length - 4) : long; // folded "-layo"
  const cut = body.length - short.length;
  if (cut === 0) return body !== long;
  if (cut < 3 || cut > 5 || !body.endsWith(short)) return false;
  return YORUBA_OPENINGS.includes(body.slice(0, cut));
}

/** A Roman numeral from II to XXXIX, as monarchs and popes are numbered ("Charles III", "Benedict XVI"). */
export function isRegnalNumber(word: string): boolean {
  return word.length <= 6 && /^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$/.test(word);
}

/**
 * A family name with the Arabic article joined to it, without the article ("alotaibi" -> "otaibi",
 * "elshazly" -> "shazly"), when at least five letters remain and the name ends as the nisba names that are
 * written this way do (-i, -y: Alghamdi, Alharthy); undefined for any other name ("Albright" is no "Bright").
 */
function joinedArticle(folded: string): string | undefined {
  return folded.length >= 7 && (folded.startsWith("al") || folded.startsWith("el")) && folded.endsWith("i") ? folded.slice(2) : undefined;
}

/** Keys under which a name part is filed, so that only plausible pairs are ever compared. */
export function blockingKeys(part: string): string[] {
  const f = fold(part);
  const keys = [f, "s:" + skeleton(f), "p:" + f.slice(0, 4)];
  const bare = joinedArticle(f);
  if (bare) keys.push(bare);
  return keys;
}

/**
 * A family name's folded form with each letter left out in turn ("akter" -> "kter", "ater", …): two spellings one
 * substitution, insertion or deletion apart share one of these ("Akter" / "Akhter"), so a name whose given and
 * family names are both spelled differently ("Sabina Akter" / "Shabina Akhter") is still compared. Names shorter
 * than sameFamilyName's five letters get none.
 */
export function deletionKeys(part: string): string[] {
  const f = fold(part);
  if (f.length < 5) return [];
  const out = ["d:" + f];
  for (let i = 0; i < f.length; i++) out.push("d:" + f.slice(0, i) + f.slice(i + 1));
  return out;
}

/** A URL- and id-safe slug: "Sviatlana Tsikhanouskaya" -> "sviatlana-tsikhanouskaya". */
export function slug(name: string): string {
  return (
    name
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, "-")
      .replace(/^-+|-+$/g, "") || "x"
  );
}
