/**
 * Context and word shapes that make a run a place: prepositions of place, Spanish and Portuguese place names
 * ("Santa Rosa de Lima", "Ilocos Norte"), water bodies and districts named by a prefix ("Lake X", "Landkreis X"),
 * camps, lists of places ("the villages of X and Y", "X and Y counties"), a body's name with a place in it.
 * Questions asked by the run classifiers; they emit nothing.
 */
import { Token, flagsOf, oneSpace, tokenAt } from "./tokens";
import { DEMONYM, FUNCTION_WORD, GIVEN_NAME, MONTH, ORG_HEAD, PLACE_HEAD, ROLE, TITLE, WEEKDAY } from "../lexicon/wordFlags";
import { placeName } from "../lexicon/gazetteer";
import { NEWSPAPER_HEADS, ORG_HEADS_LOWER, ORG_NOUNS, OUTLET_WORDS } from "../lexicon/words";
import { Ctx, spanText } from "./context";
import { isOrdinary } from "./articleWords";

/** Lowercase heads after a place's name that name the place itself, not a unit around it ("Nara city", "Baluchar village"). */
export const BARE_NAME_HEADS = new Set(["city", "town", "village", "hamlet", "ghat", "river"]);
/** Particles that join a Spanish or Portuguese place's name to its qualifier ("Santa Rosa de Lima"). */
export const ROMANCE_PLACE_PARTICLES = new Set(["de", "del", "da", "do", "dos", "das"]);
/**
 * The end (index in `piece`) of "de [la|las|los] Name [Name]" from `j` (the particle): the name words after the
 * particle, none a title, an organization's head or an acronym; `j` itself when there are none.
 */
export function romancePlaceTail(ctx: Ctx, piece: Token[], j: number): number {
  let k = j + 1;
  if (k < piece.length && (piece[k].text === "la" || piece[k].text === "las" || piece[k].text === "los")) k++;
  const from = k;
  while (k < piece.length && k - from < 2 && piece[k].cap && !piece[k].allCaps && (flagsOf(piece[k]) & (TITLE | ORG_HEAD)) === 0) k++;
  return k > from ? k : j;
}
/** Spanish compass words closing a province's name in the Philippines and Latin America ("Ilocos Norte"). */
export const SPANISH_COMPASS = new Set(["Occidental", "Oriental", "Norte", "Sur"]);
/**
 * Words before a name that make it a water body or a mountain ("River Doce", "Lake Varnholm", "Mount Kenya"), or
 * a district in the local language's order ("Landkreis Erding", "powiat" and "gmina" in Poland, "Kanton Zug").
 */
export const PLACE_PREFIXES = new Set(["River", "Lake", "Loch", "Mount", "Mt", "Mt.", "Isle", "Port", "Puerto", "Fort", "Landkreis", "Bezirk", "Gemeinde", "Kanton", "Powiat", "Gmina", "Gemeente", "Provincie"]);
/** Nouns of a firm's sites: "a nearby Aldi store". */
const SITE_NOUNS = new Set(["store", "stores", "shop", "supermarket", "plant", "factory", "site", "branch", "mine", "warehouse", "office", "hotel", "restaurant", "depot", "outlet"]);
/**
 * "nearby" before a name makes a place as "near" does ("from nearby Aschau"), unless a noun of a body or a site
 * follows the name: then the name qualifies the noun ("a nearby Aldi store", "the nearby Kessler plant").
 */
export function placeAfter(ctx: Ctx, blockTokens: Token[], prev: Token, last: Token): boolean {
  if (prev.text !== "nearby") return true;
  const next = tokenAt(blockTokens, last.index + 1);
  return !(next && !next.cap && oneSpace(ctx.text, last.end, next.start) && (SITE_NOUNS.has(next.text) || ORG_NOUNS.has(next.text) || ORG_HEADS_LOWER.has(next.text)));
}
export const PLACE_PREPOSITIONS = new Set(["in", "near", "nearby", "outside", "from", "across", "around", "towards", "toward", "off", "beneath"]);

/** Words that qualify a place's name and make no body of it: "Ancient Egypt", "Mainland China", "Greater Cairo". */
const PLACE_QUALIFIERS = new Set("Ancient Modern Medieval Imperial Colonial Mainland Continental Metropolitan Occupied Rural Urban Coastal Greater Upper Lower Inner Outer Central Old New Little Great Northern Southern Eastern Western North South East West Northeast Northwest Southeast Southwest Far Near Middle Deep Wider Whole Free United Independent Historic Historical Present-day Today's".split(" "));

/**
 * "the NGO Rescue Line Aegean", "officers of Police Scotland", "Transparency International Kenya": capitalised
 * ordinary words (common words, or words the article also writes in lower case) right before a place's name are a
 * body's name with the place in it. Not words that qualify a place ("Ancient Egypt", "Greater Cairo"), titles, roles,
 * demonyms, first names or a place the lists know whole ("Lower Saxony"); at a sentence's start two such words at
 * least ("Overnight Kyiv was shelled").
 */
export function bodyNamedWithPlace(ctx: Ctx, piece: Token[]): boolean {
  const last = piece[piece.length - 1];
  if (last.allCaps || placeName(last.text) === undefined || (piece[0].sentenceStart && piece.length < 3)) return false;
  for (let i = 0; i < piece.length - 1; i++) {
    const t = piece[i];
    if (t.allCaps || t.possessive || PLACE_QUALIFIERS.has(t.text) || PLACE_PREFIXES.has(t.text) || placeName(t.text) !== undefined) return false;
    if ((flagsOf(t) & (TITLE | ROLE | DEMONYM | GIVEN_NAME | MONTH | WEEKDAY | PLACE_HEAD | FUNCTION_WORD)) !== 0 || !isOrdinary(ctx, t, piece[i - 1])) return false;
  }
  return placeName(spanText(ctx, piece)) === undefined;
}

/**
 * "in The Hague": a capitalised "The" that the place lists hold as part of the name that follows, when the name
 * alone is no place they know ("Hague"), opens the name instead of ending it.
 */
export function articleOfPlace(ctx: Ctx, t: Token, next: Token | undefined): boolean {
  return t.text === "The" && next !== undefined && next.cap && !next.allCaps && oneSpace(ctx.text, t.end, next.start) && placeName(next.text) === undefined && placeName(`The ${next.text}`) !== undefined;
}

/** Lower-case nouns for a part of a town, after "City's X": "Kano's Sabon Gari market", "Nairobi's Kibera slum", "Dhaka's X terminal". */
export const PLACE_PART_NOUNS = new Set(["market", "bazar", "ghat", "terminal", "slum", "estate", "area", "quarter", "suburb", "district", "neighbourhood", "neighborhood", "township", "settlement", "camp"]);

/**
 * "Bank of England said", "(University of Lagos)", "Club of Mozambique | 24 November": a body's head word opening a
 * sentence, a line or a bracket is still the body's name when "of" and a place the lists know follow it (a
 * newspaper's or an outlet's word is not: "Review of Kenya budget"). Only the two words after the head are read.
 */
export function ofKnownPlace(ctx: Ctx, head: Token): boolean {
  if (OUTLET_WORDS.has(head.text) || NEWSPAPER_HEADS.has(head.text) || ctx.text.slice(head.end, head.end + 4) !== " of ") return false;
  const rest = ctx.text.slice(head.end + 4, head.end + 44);
  let end = 0;
  while (end < rest.length && rest.charCodeAt(end) !== 32 && rest.charCodeAt(end) !== 47 && !isPunctuationCode(rest.charCodeAt(end))) end++;
  const word = rest.slice(0, end);
  if (word.length < 3) return false;
  if (placeName(word) !== undefined) return true;
  // Two words ("University of Sierra Leone").
  if (rest.charCodeAt(end) !== 32) return false;
  let end2 = end + 1;
  while (end2 < rest.length && rest.charCodeAt(end2) !== 32 && rest.charCodeAt(end2) !== 47 && !isPunctuationCode(rest.charCodeAt(end2))) end2++;
  return placeName(rest.slice(0, end2)) !== undefined;
}

/** Commas, full stops, brackets, colons, semicolons, quotes and the pipe end a word read by hand. */
function isPunctuationCode(c: number): boolean {
  return c === 44 || c === 46 || c === 40 || c === 41 || c === 58 || c === 59 || c === 34 || c === 39 || c === 124 || c === 8217 || c === 10;
}

/** Lowercase words between a name and "camp" that make it a camp people live in ("refugee camp", "displacement camp"). */
const CAMP_DWELLERS = new Set(["refugee", "refugees", "displacement", "displaced", "idp", "IDP", "transit", "migrant", "relief"]);

/** Whether the name before `next` names a camp where people live: a dwellers' word before "camp", "camp for", or "in X camp". */
export function campOfPeople(ctx: Ctx, blockTokens: Token[], prev: Token | undefined, next: Token): boolean {
  if (next.cap) return false;
  if (CAMP_DWELLERS.has(next.text)) {
    const camp = tokenAt(blockTokens, next.index + 1);
    return camp !== undefined && (camp.text === "camp" || camp.text === "camps") && oneSpace(ctx.text, next.end, camp.start);
  }
  if (next.text !== "camp") return false;
  const after = tokenAt(blockTokens, next.index + 1);
  return (after !== undefined && after.text === "for" && oneSpace(ctx.text, next.end, after.start)) || (prev !== undefined && !prev.cap && PLACE_PREPOSITIONS.has(prev.text)) || CAMP_PLACED.test(ctx.text.slice(next.end, next.end + 40));
}

/** After "camp": where it lies (", west of Nyala", " 20 km north of …", ", near …"). */
const CAMP_PLACED = /^,? (?:(?:some |about )?\d+ ?(?:km|kilometres|kilometers|miles) )?(?:(?:north|south|east|west|northeast|northwest|southeast|southwest) of|outside|near) /;

/**
 * Whether a name between `prev` and `next` is one of two joined by "and" before "areas" after "the":
 * "the Ketu and Ojodu areas" (the second: "the" X "and" before it, "areas" after; the first: "the" before,
 * "and" Y "areas" after).
 */
export function areasPair(ctx: Ctx, blockTokens: Token[], prev: Token, next: Token): boolean {
  if (next.text === "areas" && prev.text === "and" && oneSpace(ctx.text, prev.end, blockTokens[prev.index + 1].start)) {
    for (let i = prev.index - 1, n = 0; i >= 0 && n < 4; i--, n++) {
      const t = blockTokens[i];
      if (!t.cap) return t.text === "the";
    }
    return false;
  }
  if (next.text === "and" && prev.text === "the") {
    for (let i = next.index + 1, n = 0; i < blockTokens.length && n < 4; i++, n++) {
      const t = blockTokens[i];
      if (!t.cap) return t.text === "areas";
    }
  }
  return false;
}

/** Plural nouns for places before "of" and a list of names ("the villages of X and Y"). */
const PLURAL_PLACE_NOUNS = new Set(["villages", "towns", "cities", "municipalities", "districts", "provinces", "regions", "islands", "settlements", "suburbs", "neighbourhoods", "neighborhoods", "communities", "hamlets"]);

/**
 * Whether the name starting at `first` stands in a list of capitalised names after a plural noun for places and
 * "of": "the villages of Kato Vrisi and Ano Lakka", "the towns of Aria, Bela and Cora". Only spaces, commas and
 * "and"/"or" may come between the names.
 */
export function placesListAfterPlural(ctx: Ctx, blockTokens: Token[], first: Token): boolean {
  let cur = first;
  for (let n = 0; n < 14; n++) {
    const p = tokenAt(blockTokens, cur.index - 1);
    if (!p || !/^,? $/.test(ctx.text.slice(p.end, cur.start))) return false;
    if (p.text === "of") {
      const noun = tokenAt(blockTokens, p.index - 1);
      return !!noun && PLURAL_PLACE_NOUNS.has(noun.text) && oneSpace(ctx.text, noun.end, p.start);
    }
    if (!(p.cap || p.text === "and" || p.text === "or")) return false;
    cur = p;
  }
  return false;
}

/** Plural lowercase nouns for administrative divisions (and rivers) after a list of names, with the singular head they give. */
const PLURAL_PLACE_HEADS: ReadonlyMap<string, string> = new Map([
  ["counties", "County"], ["provinces", "Province"], ["districts", "District"], ["prefectures", "Prefecture"], ["governorates", "Governorate"],
  ["oblasts", "Oblast"], ["parishes", "Parish"], ["boroughs", "Borough"], ["municipalities", "Municipality"], ["regions", "Region"],
  ["rivers", "River"],
]);

/**
 * The singular head word when the name from `first` to `last` stands in a list of capitalised names that a plural
 * noun for divisions closes: "Brazoria, Galveston and Harris counties" (each name is "X County"). The list must
 * have two names at least, joined by "and" or "or"; only spaces and commas may come between them.
 */
export function placesListBeforePlural(ctx: Ctx, blockTokens: Token[], first: Token, last: Token): string | undefined {
  let joined = false;
  let cur = last;
  for (let n = 0; n < 14; n++) {
    const t = tokenAt(blockTokens, cur.index + 1);
    if (!t) return undefined;
    if (!t.cap && PLURAL_PLACE_HEADS.has(t.text) && oneSpace(ctx.text, cur.end, t.start)) {
      if (!joined) {
        // The last name of the list: "and" before it, and a name before that.
        const p = tokenAt(blockTokens, first.index - 1);
        const q = p && (p.text === "and" || p.text === "or") ? tokenAt(blockTokens, p.index - 1) : undefined;
        if (!q || !q.cap || !/^,? $/.test(ctx.text.slice(q.end, p!.start))) return undefined;
      }
      return PLURAL_PLACE_HEADS.get(t.text);
    }
    if (!/^,? $/.test(ctx.text.slice(cur.end, t.start)) || !(t.cap || t.text === "and" || t.text === "or")) return undefined;
    if (!t.cap) joined = true;
    cur = t;
  }
  return undefined;
}
