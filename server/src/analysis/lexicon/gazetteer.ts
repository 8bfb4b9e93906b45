/**
 * Look-ups over the word lists: known places (countries with their aliases, cities, regions), demonyms and
 * well-known organizations. Built once, on first use, into hash maps so that each look-up is O(1).
 */
import { CITY_NAMES, CONTINENTS, COUNTRY_ROWS, DEMONYMS, REGION_NAMES_ADMIN } from "./geo.generated";
import { COMMON_WORDS, FUNCTION_WORDS, GIVEN_NAMES, KNOWN_ORGS, MONTHS, REGION_NAMES, TITLES, WEEKDAYS } from "./words";

interface Gazetteer {
  /** Surface form -> canonical place name ("Britain" -> "United Kingdom"). */
  places: Map<string, string>;
  /** Surfaces known only as city names (not countries or regions). */
  cities: Set<string>;
  /** Longest place name, in words: bounds the multi-word look-up. */
  maxPlaceWords: number;
  demonyms: Set<string>;
  orgs: Set<string>;
  maxOrgWords: number;
  /**
   * First word of each known place or organization -> the most words such a name has. The name look-ups try
   * every span of a capitalised run; this says which spans can possibly hit, so that the others are never cut
   * out of the text and hashed.
   */
  firstWords: Map<string, number>;
}

let cached: Gazetteer | null = null;

/** Extra demonyms and regional adjectives the nationality package does not list. */
const EXTRA_DEMONYMS = `Soviet Baltic Arab Arabic Latin Slavic Nordic Scandinavian Asian African American European Western
  Eastern Northern Southern Kurdish Jewish Muslim Islamic Palestinian Persian Catalan Basque Flemish Welsh
  Scottish English Irish British Belarussian Byelorussian Belorussian Emirati Congolese Ukrainian Russian
  Libyan Japanese Swiss Turkish Chinese Taiwanese Korean Iranian Iraqi Syrian Lebanese Saudi Yemeni Omani
  Qatari Kuwaiti Bahraini Egyptian Tunisian Algerian Moroccan Sudanese Ethiopian Somali Kenyan Nigerian
  Ghanaian Malian Israeli Indian Pakistani Afghan Bangladeshi Nepalese Sri Lankan Thai Vietnamese Filipino
  Indonesian Malaysian Singaporean Australian Canadian Mexican Brazilian Argentine Argentinian Chilean
  Peruvian Colombian Venezuelan Cuban German French Italian Spanish Portuguese Dutch Belgian Austrian Polish
  Czech Slovak Hungarian Romanian Bulgarian Serbian Croatian Bosnian Albanian Greek Cypriot Finnish Swedish
  Norwegian Danish Icelandic Estonian Latvian Lithuanian Moldovan Georgian Armenian Azerbaijani Kazakh Uzbek
  Turkmen Kyrgyz Tajik Mongolian Tibetan Uighur Uyghur Chechen Crimean Sunni Shia Shiite Christian-Democratic
  Anglo Franco Sino Euro Pan Trans Balkan Caucasian Philippine Maldivian Malagasy`;

/** Regions written with initials ("B.C.", "N.Y.", "NSW"), and the region each names. */
const DOTTED_REGIONS: Record<string, string> = {
  "B.C.": "British Columbia", "P.E.I.": "Prince Edward Island", "N.S.": "Nova Scotia", "N.B.": "New Brunswick",
  "N.Y.": "New York", "N.J.": "New Jersey", "N.C.": "North Carolina", "N.D.": "North Dakota", "N.H.": "New Hampshire",
  "N.M.": "New Mexico", "S.C.": "South Carolina", "S.D.": "South Dakota", "R.I.": "Rhode Island", "D.C.": "Washington",
  // Written without stops, and no acronym of anything else.
  NSW: "New South Wales", Qld: "Queensland",
};

/** "Frankfurt am Main", "Mülheim an der Ruhr", "Burton upon Trent": a town named with its river. */
const RIVER_SUFFIX = /^(\p{Lu}[\p{L}-]+) (?:am|an der|im|upon) \p{Lu}[\p{L}]+$/u;
/** "Querétaro de Arteaga", "Coahuila de Zaragoza", "Michoacán de Ocampo": a state's official name honouring someone. */
const STATE_HONOUR_SUFFIX = /^(\p{Lu}\p{Ll}+) de (?:Arteaga|Zaragoza|Ocampo|Ignacio de la Llave)$/u;

function build(): Gazetteer {
  const places = new Map<string, string>();
  let maxPlaceWords = 1;
  const add = (surface: string, canonical: string) => {
    if (!surface || places.has(surface)) return;
    places.set(surface, canonical);
    maxPlaceWords = Math.max(maxPlaceWords, surface.split(" ").length);
  };
  // A city named like a person's first name or an ordinary word ("Victoria", "Split") is not a place
  // without context, so those are left out of the city list.
  const ambiguous = (w: string) => GIVEN_NAMES.has(w) || COMMON_WORDS.has(w) || FUNCTION_WORDS.has(w) || TITLES.has(w) || MONTHS.has(w) || WEEKDAYS.has(w);
  for (const row of COUNTRY_ROWS) {
    const [name, ...aliases] = row.split("|");
    add(name, name);
    if (name.startsWith("The ")) add(name.slice(4), name);
    for (const alias of aliases) add(alias, name);
    const dotted = aliases.filter((a) => /^[A-Z]{2,3}$/.test(a)).map((a) => a.split("").join(".") + ".");
    for (const d of dotted) add(d, name);
  }
  // "Democratic Republic of the Congo" is also written without "the", and by its last word alone ("Congo"), which
  // stands for itself where two countries share it.
  const tails = new Map<string, string[]>();
  for (const row of COUNTRY_ROWS) {
    const name = row.split("|")[0];
    const at = name.indexOf(" of the ");
    if (at < 0) continue;
    add(name.slice(0, at) + " of " + name.slice(at + 8), name);
    const tail = name.slice(at + 8);
    tails.set(tail, [...(tails.get(tail) ?? []), name]);
  }
  for (const [tail, names] of tails) add(tail, names.length === 1 ? names[0] : tail);
  add("America", "United States");
  add("Great Britain", "United Kingdom");
  // US states and Canadian provinces written with initials and full stops (AP style): unambiguous as written.
  for (const [abbr, name] of Object.entries(DOTTED_REGIONS)) add(abbr, name);
  for (const c of CONTINENTS) add(c, c);
  for (const r of REGION_NAMES) {
    const eq = r.indexOf("=");
    if (eq > 0) add(r.slice(0, eq), r.slice(eq + 1));
    else add(r, r === "LA" ? "Los Angeles" : r === "NYC" ? "New York" : r);
  }
  const cities = new Set<string>();
  for (const city of CITY_NAMES.split("|"))
    if (!ambiguous(city) && !places.has(city)) {
      add(city, city);
      cities.add(city);
    }
  // Every country's first-level regions ("British Columbia", "Uttar Pradesh"), after the cities so that a
  // city's entry stays as it was; the same filter as cities keeps "Victoria" or "Central" to context.
  for (const region of REGION_NAMES_ADMIN.split("|")) if (!ambiguous(region)) add(region, region);
  // The lists give some places by their official long names, which news shortens: "Frankfurt am Main" and
  // "Ludwigshafen am Rhein" are "Frankfurt" and "Ludwigshafen" (the river after "am", "an der", "upon"), and a
  // Mexican state's name drops the hero it honours ("Querétaro de Arteaga" is "Querétaro").
  for (const [surface] of [...places]) {
    const short = RIVER_SUFFIX.exec(surface)?.[1] ?? STATE_HONOUR_SUFFIX.exec(surface)?.[1];
    if (!short || places.has(short) || ambiguous(short)) continue;
    add(short, short);
    if (cities.has(surface)) cities.add(short);
  }
  // Wire copy often drops accents ("Nuevo Leon", "Bogota", "Sao Paulo"): each accented name is also known
  // written without them, where that spelling names nothing else and is no ordinary word or first name.
  for (const [surface, canonical] of [...places]) {
    if (/^[\x00-\x7f]*$/.test(surface)) continue;
    const folded = surface.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
    if (folded === surface || !/^[\x00-\x7f]*$/.test(folded) || places.has(folded) || ambiguous(folded)) continue;
    add(folded, canonical);
    if (cities.has(surface)) cities.add(folded);
  }
  const demonyms = new Set<string>();
  for (const d of [...DEMONYMS, ...EXTRA_DEMONYMS.split(/\s+/)]) {
    if (!d) continue;
    demonyms.add(d);
    // (Not when the plural is a country: "Philippine" / "Philippines".)
    if (!d.endsWith("s") && !places.has(d + "s")) demonyms.add(d + "s");
  }
  const orgs = new Set(KNOWN_ORGS);
  let maxOrgWords = 1;
  for (const o of orgs) maxOrgWords = Math.max(maxOrgWords, o.split(" ").length);
  const firstWords = new Map<string, number>();
  for (const name of [...places.keys(), ...orgs]) {
    const words = name.split(" ");
    firstWords.set(words[0], Math.max(firstWords.get(words[0]) ?? 0, words.length));
  }
  return { places, cities, maxPlaceWords, demonyms, orgs, maxOrgWords, firstWords };
}

function gazetteer(): Gazetteer {
  return (cached ??= build());
}

/** The canonical place a surface form names ("U.S." -> "United States"), or undefined. Upper-case datelines ("MOSCOW") count. */
export function placeName(surface: string): string | undefined {
  const g = gazetteer();
  const hit = g.places.get(surface);
  if (hit) return hit;
  // Upper-case datelines: check two letters before building the upper-case copy.
  const c1 = surface.charCodeAt(1);
  if (surface.length > 3 && c1 >= 65 && c1 <= 90 && surface === surface.toUpperCase()) return g.places.get(titleCase(surface));
  return undefined;
}

/** True for a name the lists know only as a city: such a name that is also an ordinary word needs context. */
export function isCityOnly(surface: string): boolean {
  return gazetteer().cities.has(surface);
}

export function maxPlaceWords(): number {
  return gazetteer().maxPlaceWords;
}

export function isKnownOrg(surface: string): boolean {
  return gazetteer().orgs.has(surface);
}

export function maxOrgWords(): number {
  return gazetteer().maxOrgWords;
}

/**
 * The most words a known place or organization starting with `word` has (0: none starts with it). A span of
 * more words starting with `word` is neither a `placeName` nor an `isKnownOrg`. Upper-case words count as
 * their title-case form, as `placeName` looks upper-case datelines up that way.
 */
export function maxNameWordsFrom(word: string): number {
  const g = gazetteer();
  const n = g.firstWords.get(word) ?? 0;
  const c1 = word.charCodeAt(1);
  if (c1 >= 65 && c1 <= 90) return Math.max(n, g.firstWords.get(titleCase(word)) ?? 0);
  return n;
}

let countries: Set<string> | undefined;

/** Whether a name is a country's (or one of its aliases), with or without a leading "the" ("the Netherlands"). */
export function isCountry(name: string): boolean {
  countries ??= new Set(COUNTRY_ROWS.flatMap((row) => row.split("|")));
  if (countries.has(name)) return true;
  const c = name.charCodeAt(0);
  // Only a name starting with "the " can be one after the article is dropped: skip the regex otherwise.
  return (c === 116 || c === 84) && countries.has(name.replace(/^the /i, ""));
}

/** "Russian", "Belarusians", "Belarussian": nationality and regional adjectives, which are never places. */
export function isDemonym(word: string): boolean {
  const g = gazetteer();
  if (g.demonyms.has(word)) return true;
  if (!word.includes("-")) return false;
  // Hyphenated forms: "ex-Soviet", "pro-Russian", "Russian-backed".
  const parts = word.split("-");
  if (parts.length > 1 && parts.some((p) => g.demonyms.has(p) || g.demonyms.has(titleCase(p)))) return true;
  return false;
}

export function titleCase(word: string): string {
  return word.replace(/[\p{L}\p{M}]+/gu, (w) => w.charAt(0) + w.slice(1).toLowerCase());
}
