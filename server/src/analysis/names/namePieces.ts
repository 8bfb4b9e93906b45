/**
 * One piece of a capitalised run, without function words (`classifyNamePiece`): organizations by their head words
 * and prefixes ("Ministry of …", "IG Metall", "Radio Liberty"), places by their heads, prefixes and the lists,
 * people by titles, honorifics and roles, in that order; what is left goes to classifyCandidate. The rules depend on
 * one another's order, which is why they stay together in one long function here.
 */
import { isVietnameseFamilyName } from "./vietnamese";
import { CURRENCY_CODES_BEFORE, DOLLAR_PREFIXES } from "../figures/lexicon";
import { Token, flagsOf, isNameParticle, lower, oneSpace, tokenAt } from "./tokens";
import { COMMON_WORD, DEMONYM, FUNCTION_WORD, GIVEN_NAME, MONTH, ORG_HEAD, PLACE_HEAD, ROLE, TITLE, WEEKDAY, nameWords, wordFlags } from "../lexicon/wordFlags";
import { TITLE_MODIFIERS } from "./evidence";
import { isFirstName } from "../lexicon/firstNames";
import { isRegnalNumber } from "./normalize";
import { isCityOnly, isCountry, isDemonym, isKnownOrg, maxOrgWords, maxPlaceWords, placeName } from "../lexicon/gazetteer";
import {
  COMMON_WORDS,
  FACILITIES,
  GERMAN_TRADE_HEADS,
  GIVEN_NAMES,
  LOCALITY_PREFIXES,
  NEWSPAPER_HEADS,
  NOT_ACRONYMS,
  OUTLET_WORDS,
  PLACE_HEADS,
  PLACE_HEADS_LOWER,
  ROMANCE_ORG_PREFIXES,
  SAINT_WORDS,
  SETTLEMENT_WORDS,
  STREETS_AND_BUILDINGS,
  TITLES,
} from "../lexicon/words";
import { Ctx, emit, nameOf, spanText } from "./context";
import { cap, isNameWord, isOrdinary, isPersonTitle, isRoleToken, isSyllabicGivenName, unknownNameWord } from "./articleWords";
import {
  capitalisedParticleOpensName,
  cityIsFamilyName,
  endsKnownPersonName,
  familyNameRun,
  identifiedAsBefore,
  introducedByRole,
  officeBefore,
  roleWordBefore,
  surnameAfterName,
} from "./personCues";
import {
  BARE_NAME_HEADS,
  PLACE_PREFIXES,
  ROMANCE_PLACE_PARTICLES,
  SPANISH_COMPASS,
  bodyNamedWithPlace,
  ofKnownPlace,
  romancePlaceTail,
} from "./placeCues";
import { classifyCandidate, serviceDistrict } from "./candidates";

/** Words that before "City" name a campus, a hospital or a business park, not a town ("King Fahad Medical City"). */
const INSTITUTION_CITY_WORDS = new Set(["Medical", "Media", "Internet", "Sports", "Education", "Healthcare", "Humanitarian", "Academic"]);
/** Titles of courtesy, which say nothing about which of two namesakes is meant. */
const HONORIFICS = new Set(["Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Dr.", "Sir", "Dame", "Madam", "Mme", "M.", "Herr", "Frau", "Senor", "Señor", "Senora", "Señora", "Dona", "Doña"]);
/** A medium's word that opens a broadcaster's name ("Radio Liberty", "TV Rain"). */
const BROADCAST_PREFIXES = new Set(["Radio", "TV", "Television"]);
/**
 * Words that open a German body's name, its head first: "IG Metall" (an industrial union, "Industriegewerkschaft"),
 * "Stadtwerke Kassel" (a town's utility), "Sparkasse Vorderpfalz", "Volksbank Mittelhessen" (local banks).
 */
const GERMAN_ORG_PREFIXES = new Set(["IG", "Stadtwerke", "Sparkasse", "Kreissparkasse", "Stadtsparkasse", "Volksbank", "Raiffeisenbank", "Landesbank", "Verkehrsverbund"]);

/** Whether a word is a currency's code glued to digits ("VND4") or its letters glued before "$" ("R$", "HK$"). */
function gluedCurrency(text: string, t: Token): boolean {
  // (Asked of every one-word name: the character tests come first, the look-ups only for the few that pass.)
  const w = t.text;
  const digitAt = w.length > 2 && isDigitCode(w.charCodeAt(2)) ? 2 : w.length > 3 && isDigitCode(w.charCodeAt(3)) ? 3 : -1;
  if (digitAt > 0) return /^[A-Z]+$/.test(w.slice(0, digitAt)) && CURRENCY_CODES_BEFORE[w.slice(0, digitAt).toLowerCase()] !== undefined;
  return text.charCodeAt(t.end) === 36 && w.length <= 2 && DOLLAR_PREFIXES[w.toLowerCase()] !== undefined;
}

const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

/** One run of capitalised words without function words: organizations, places, then people. */
export function classifyNamePiece(ctx: Ctx, blockTokens: Token[], piece: Token[], titleCase: boolean, glued?: string): void {
  const decided = ctx.decided.size ? ctx.decided.get(spanText(ctx, piece)) : undefined;
  if (decided) return emit(ctx, piece, decided, { glued });

  // "VND4.7 trillion", "USD250m", "R$250m", "HK$3bn": a currency's code or sign glued to an amount names no body.
  if (piece.length === 1 && gluedCurrency(ctx.text, piece[0])) return;

  // "The Affordable Care Act", "the Good Friday Agreement": a law's or a treaty's name names no one.
  if (piece.length >= 2 && DOCUMENT_HEADS.has(piece[piece.length - 1].text)) return;

  // "the Pekalongan District Government", "Nairobi County Government": a unit's name and "Government" name the unit's
  // administration, an organization (not the place).
  if (piece.length >= 3 && piece[piece.length - 1].text === "Government" && PLACE_HEADS.has(piece[piece.length - 2].text)) return emit(ctx, piece, "organization", { glued });

  // "NSW RFS", "UK NHS": a state's or country's initials before another body's initials qualify that body (one
  // organization, named by its own initials), not a place of the text.
  if (piece.length === 2 && piece[0].allCaps && piece[1].allCaps && !piece[0].possessive && piece[1].text.length >= 2 && placeName(piece[0].text) !== undefined && placeName(piece[1].text) === undefined && (flagsOf(piece[1]) & (COMMON_WORD | FUNCTION_WORD)) === 0 && !ctx.vocab.has(lower(piece[1].text)) && oneSpace(ctx.text, piece[0].end, piece[1].start))
    return emit(ctx, piece, "organization", { name: piece[1].text });

  // "Guardian Australia", "Sky News Australia": an outlet's word before a country's or a city's name is the outlet's
  // edition there, one organization (not when a title or a first name is in it).
  if (piece.length >= 2 && OUTLET_WORDS.has(piece[piece.length - 2].text) && !piece[piece.length - 2].possessive && !piece[piece.length - 1].allCaps && placeName(piece[piece.length - 1].text) !== undefined && piece.every((t) => (flagsOf(t) & (TITLE | GIVEN_NAME)) === 0))
    return emit(ctx, piece, "organization", { glued });

  // "Rescue Line Aegean", "Transparency International Kenya": a body named with a place in it (after an acronym
  // that says what it is: "the NGO Rescue Line Aegean").
  if (piece.length >= 2 && !titleCase) {
    const s = piece.length >= 3 && piece[0].allCaps ? 1 : 0;
    if (bodyNamedWithPlace(ctx, piece.slice(s))) {
      if (s > 0) classifyNamePiece(ctx, blockTokens, piece.slice(0, s), titleCase);
      return emit(ctx, piece.slice(s), "organization", { glued });
    }
  }

  // "Tamizhaga Munnetra Peravai (TMP)", "Partai Keadilan Rakyat (PKR)": a name followed by its initials in brackets
  // is an organization's, whatever its words (people are not given acronyms so, save a few famous ones: not when
  // the name opens with a first name or follows a title).
  if (piece.length >= 2 && ctx.text.charCodeAt(piece[piece.length - 1].end) === 32 && ctx.text.charCodeAt(piece[piece.length - 1].end + 1) === 40 && acronymFollows(ctx, piece) && (flagsOf(piece[0]) & (GIVEN_NAME | TITLE)) === 0 && !isFirstName(piece[0].text)) {
    const before = tokenAt(blockTokens, piece[0].index - 1);
    if (!(before && before.cap && oneSpace(ctx.text, before.end, piece[0].start) && (flagsOf(before) & TITLE) !== 0)) return emit(ctx, piece, "organization", { glued });
  }

  // "Minister of Emergency Management Wang Lin", "Secretary of Foreign Affairs Ana Ruiz": after an office title
  // and "of", the portfolio's ordinary words come first and the office holder's name after them.
  const office = piece.length >= 2 ? officeBefore(ctx, blockTokens, piece[0]) : undefined;
  if (office) {
    let p = 0;
    while (p < piece.length - 1 && isPortfolioWord(ctx, piece[p])) p++;
    // Portfolio words no list knows ("Management") are left: the name starts at its first name, or is the last
    // two name words.
    // (Any first name the lists know opens it: "Superintendent of Police Krishna Bahadur Tamang".)
    const given = piece.findIndex((t, i) => i >= p && ((flagsOf(t) & GIVEN_NAME) !== 0 || isFirstName(t.text)));
    if (given > p && given < piece.length - 1) p = given;
    else if (given < 0) {
      let e = piece.length;
      for (let words = 0; e > p && words < 2; ) if (!isNameParticle(piece[--e].text)) words++;
      if (e > p && piece.length - e >= 2) p = e;
    }
    // A word no list knows right before a name of two words found so, and not shaped like an English noun, is its
    // first given name: "Minister of Civil Aviation Devendra Raj Poudel" (not "Aviation Wang Lin").
    if (p > 0 && piece.length - p === 2 && unknownNameWord(ctx, piece[p - 1]) && !isPortfolioWord(ctx, piece[p - 1]) && !NOUN_ENDING.test(piece[p - 1].text)) p--;
    const holder = piece.slice(p);
    // "Minister of Information and National Orientation, Bayo Ladipo, said": with a name after the comma, one
    // word left at the portfolio's end is the portfolio's, and the holder is that name.
    if (holder.length === 1 && /^,\s+\p{Lu}[\p{Ll}'’-]+\s+\p{Lu}/u.test(ctx.text.slice(holder[0].end, holder[0].end + 60))) return;
    // "Minister of Foreign Affairs, said": a portfolio's plural noun left as the last word names no one.
    if (holder.length === 1 && p > 0 && PORTFOLIO_PLURALS.has(holder[0].text)) return;
    if (p > 0 && holder.every((t) => !t.allCaps && (flagsOf(t) & (TITLE | DEMONYM | ORG_HEAD | PLACE_HEAD)) === 0 && !isOrdinary(ctx, t, undefined)))
      return classifyCandidate(ctx, blockTokens, holder, true, titleCase, glued, false, office.text);
  }

  // "Sheikh Khalifa Medical City", "Dubai Internet City": a common word of an institution before "City" makes a
  // campus or a hospital, whatever comes before it (titles too: the person it is named after).
  if (piece.length >= 2 && piece[piece.length - 1].text === "City" && INSTITUTION_CITY_WORDS.has(piece[piece.length - 2].text)) {
    let s = 0;
    while (s < piece.length - 2 && (flagsOf(piece[s]) & TITLE) === 0 && isOrdinary(ctx, piece[s], undefined)) s++;
    if (s > 0) classifyNamePiece(ctx, blockTokens, piece.slice(0, s), titleCase);
    return emit(ctx, piece.slice(s), "organization");
  }

  // An organization's name ends with a head word: "Liberal Democratic Party", "Nara Medical University Hospital".
  let head = -1;
  for (let i = piece.length - 1; i >= 0; i--)
    if (flagsOf(piece[i]) & ORG_HEAD) {
      head = i;
      break;
    }
  // "Radio Veldara International", "TV Rain": a broadcaster's name opens with its medium.
  if (piece.length >= 2 && (BROADCAST_PREFIXES.has(piece[0].text) || ROMANCE_ORG_PREFIXES.has(piece[0].text) || GERMAN_ORG_PREFIXES.has(piece[0].text))) {
    let e = 1;
    // (A given name after a saint's word is the saint's: "Mineração Santa Rita", "Banco São João".)
    while (e < piece.length && !piece[e].allCaps && ((flagsOf(piece[e]) & (TITLE | GIVEN_NAME)) === 0 || ((flagsOf(piece[e]) & TITLE) === 0 && SAINT_WORDS.has(piece[e - 1].text)))) e++;
    if (e > 1) {
      emit(ctx, piece.slice(0, e), "organization");
      if (e < piece.length) classifyNamePiece(ctx, blockTokens, piece.slice(e), titleCase, glued);
      return;
    }
  }
  // "The Amsel Courier", "the Northwind Wire": after "the", a name ending with an outlet's word is the outlet.
  if (piece.length >= 2 && OUTLET_WORDS.has(piece[piece.length - 1].text) && !piece[0].allCaps) {
    const before = tokenAt(blockTokens, piece[0].index - 1);
    if (before && (before.text === "the" || before.text === "The") && oneSpace(ctx.text, before.end, piece[0].start) && !piece.some((t) => (flagsOf(t) & (TITLE | GIVEN_NAME)) !== 0)) return emit(ctx, piece, "organization", { glued });
  }
  // "Federal Capital Territory", "National Capital Region", "Union Territory": a place's head word right after an
  // organization's makes the whole a place.
  if (head >= 1 && head === piece.length - 2 && (flagsOf(piece[head + 1]) & PLACE_HEAD) !== 0 && !piece[head + 1].allCaps && piece.every((t) => !t.allCaps && (flagsOf(t) & (TITLE | GIVEN_NAME)) === 0))
    return emit(ctx, piece, serviceDistrict(piece) ? "organization" : "place", { glued });
  if (head >= 0) {
    let s = 0;
    while (s < head && (TITLE_MODIFIERS.has(piece[s].text) || (piece[s].sentenceStart && COMMON_WORDS.has(piece[s].text) && !isKnownOrg(spanText(ctx, piece.slice(s, head + 1)))))) s++;
    const before = tokenAt(blockTokens, piece[0].index - 1);
    // "Kessler Tiefbau Passau": one name word after a German trade word is the firm's seat, part of its name.
    const seat = head === piece.length - 2 && GERMAN_TRADE_HEADS.has(piece[head].text) && !piece[head + 1].allCaps && (flagsOf(piece[head + 1]) & (TITLE | GIVEN_NAME | FUNCTION_WORD | MONTH | WEEKDAY)) === 0;
    if (seat) head++;
    const orgTokens = piece.slice(s, head + 1);
    // "the West Bank", "North Bank": a region the lists know, whose last word happens to end bodies' names too, is
    // that region (not a city's or a country's name: "Newport News", "Russian Federation" are left as they were).
    const surface = orgTokens.length > 1 ? spanText(ctx, orgTokens) : "";
    if (surface && placeName(surface) !== undefined && !isCityOnly(surface) && !isCountry(surface)) {
      if (s > 0) classifyNamePiece(ctx, blockTokens, piece.slice(0, s), titleCase);
      emit(ctx, orgTokens, "place", { name: placeName(surface) });
      if (head + 1 < piece.length) classifyNamePiece(ctx, blockTokens, piece.slice(head + 1), titleCase, glued);
      return;
    }
    // A head word alone is a name only for a newspaper after "the" ("told The Telegraph"); "the Club" is not a name.
    const lone = orgTokens[0];
    const isName =
      orgTokens.length > 1 ||
      (NEWSPAPER_HEADS.has(lone.text) && (before?.text === "The" || before?.text === "the")) ||
      (head === piece.length - 1 && (!lone.sentenceStart || ofKnownPlace(ctx, lone)) && OF_COMPLEMENT.test(ctx.text.slice(lone.end, lone.end + 80)));
    if (isName) {
      if (s > 0) classifyNamePiece(ctx, blockTokens, piece.slice(0, s), titleCase);
      emit(ctx, orgTokens, "organization");
      if (head + 1 < piece.length) classifyNamePiece(ctx, blockTokens, piece.slice(head + 1), titleCase, glued);
      return;
    }
  }

  // "River Doce", "Lake Varnholm", "Mount Elbrus", "Port Said": a water body's, a mountain's or a harbour's word
  // before a name makes a place.
  // (Rivers are named "X River" whichever way the article puts it, so that both spellings link.)
  if (piece.length >= 2 && PLACE_PREFIXES.has(piece[0].text)) {
    let e = 1;
    while (e < piece.length && e <= 3 && isNameWord(ctx, piece[e]) && (flagsOf(piece[e]) & (GIVEN_NAME | ORG_HEAD | PLACE_HEAD)) === 0) e++;
    if (e > 1) {
      const rest = piece.slice(1, e);
      emit(ctx, piece.slice(0, e), "place", { name: placeName(spanText(ctx, piece.slice(0, e))) ?? (piece[0].text === "River" ? `${nameOf(rest)} River` : undefined) });
      if (e < piece.length) classifyNamePiece(ctx, blockTokens, piece.slice(e), titleCase, glued);
      return;
    }
  }

  // "Deir el-Balah", "Beit Hanoun", "Tel Hashomer", "Kibbutz Nir Oz": an Arabic or Hebrew word for a locality
  // (monastery, house, village, mound, hill…) before one or two name words makes a place, as "Mount" does. Not in a
  // headline's capitals, not before a first name ("Tel" is no one's first name, but a list of names may follow), and
  // not where the lists know the place under a longer or another name (left to the look-up below: "Tel Aviv").
  if (piece.length >= 2 && !titleCase && LOCALITY_PREFIXES.has(piece[0].text) && (flagsOf(piece[1]) & GIVEN_NAME) === 0) {
    let e = 1;
    while (e < piece.length && e <= 2 && isNameWord(ctx, piece[e]) && (flagsOf(piece[e]) & (GIVEN_NAME | ORG_HEAD | PLACE_HEAD)) === 0) e++;
    const known = placeName(spanText(ctx, piece.slice(0, Math.min(piece.length, 2)))) ?? (piece.length > 2 ? placeName(spanText(ctx, piece.slice(0, 3))) : undefined);
    if (e > 1 && known === undefined) {
      // "Kibbutz Nir Oz" and "Nir Oz" are one place: the settlement's kind is no part of its name.
      emit(ctx, piece.slice(0, e), "place", { name: SETTLEMENT_WORDS.has(piece[0].text) ? nameOf(piece.slice(1, e)) : undefined });
      if (e < piece.length) classifyNamePiece(ctx, blockTokens, piece.slice(e), titleCase, glued);
      return;
    }
  }

  // "Wall Street", "Heathrow Airport": a name ending with a street or building word is that street or building.
  if (piece.length >= 2 && STREETS_AND_BUILDINGS.has(piece[piece.length - 1].text) && !GIVEN_NAMES.has(piece[0].text)) {
    let s = 0;
    while (s < piece.length - 1 && ((flagsOf(piece[s]) & TITLE) !== 0 || isOrdinary(ctx, piece[s], undefined))) s++;
    if (s < piece.length - 1) {
      if (s > 0) classifyNamePiece(ctx, blockTokens, piece.slice(0, s), titleCase);
      return emit(ctx, piece.slice(s), "organization");
    }
  }

  // "Swat District", "Nara City", "Hebron Governorate": a name followed by a place head word (the head may be
  // an ordinary word too, so this comes before ordinary words are split off).
  if (piece.length >= 2 && (flagsOf(piece[piece.length - 1]) & PLACE_HEAD) !== 0) {
    let s = 0;
    while (s < piece.length - 1 && ((flagsOf(piece[s]) & (TITLE | DEMONYM)) !== 0 || isOrdinary(ctx, piece[s], undefined))) s++;
    if (s < piece.length - 1) {
      if (s > 0) classifyNamePiece(ctx, blockTokens, piece.slice(0, s), titleCase);
      // "the NSW Mid North Coast", "the US Gulf Coast": a state's or country's initials before a region's name of
      // two words or more are two places (not when the lists know the whole or its tail: "US Virgin Islands").
      const rest = piece.slice(s);
      if (rest.length >= 3 && rest[0].allCaps && !rest[0].possessive) {
        const region = placeName(rest[0].text);
        if (region !== undefined && placeName(nameOf(rest)) === undefined && placeName(nameOf(rest.slice(1))) === undefined) {
          emit(ctx, rest.slice(0, 1), "place", { name: region });
          return emit(ctx, rest.slice(1), serviceDistrict(rest) ? "organization" : "place");
        }
      }
      return emit(ctx, rest, serviceDistrict(piece) ? "organization" : "place");
    }
  }

  // "Negros Occidental", "Ilocos Norte", "Davao del Sur", "Occidental Mindoro": a Spanish compass word closing a
  // name (or "Occidental"/"Oriental" opening one of two words) names a province, as "North" and "West" do in
  // English, before its parts are looked up alone. Not after "the" ("the Mandarin Oriental"), and not with an
  // organization's head word, a title or a first name.
  if (piece.length >= 2 && piece.length <= 4 && (SPANISH_COMPASS.has(piece[piece.length - 1].text) || (piece.length === 2 && (piece[0].text === "Occidental" || piece[0].text === "Oriental")))) {
    const before = tokenAt(blockTokens, piece[0].index - 1);
    if (!(before && (before.text === "the" || before.text === "The")) && piece.every((t) => !t.allCaps && (flagsOf(t) & (ORG_HEAD | TITLE | GIVEN_NAME)) === 0)) return emit(ctx, piece, "place", { glued });
  }

  // "Lower Bavaria", "Upper Egypt": "Upper" or "Lower" before a region or a country the lists know names a part of
  // it, a place of its own (not the whole: "Greater Cairo" is still Cairo).
  if (piece.length === 2 && (piece[0].text === "Upper" || piece[0].text === "Lower") && !piece[1].allCaps && !piece[1].possessive && placeName(piece[1].text) !== undefined && !isCityOnly(piece[1].text) && placeName(nameOf(piece)) === undefined)
    return emit(ctx, piece, "place", { glued });

  // Known places and organizations, longest first: "United Arab Emirates", "Black Sea", "the Kremlin".
  const maxWords = Math.max(maxPlaceWords(), maxOrgWords());
  // ("Van der Berg" is no one from the city of Van: a capitalised particle opening a family name.)
  const particleName = piece.length > 1 && piece[0].text.length <= 5 && piece[0].cap && isNameParticle(lower(piece[0].text)) && capitalisedParticleOpensName(ctx, piece, 0);
  for (let i = particleName ? piece.length : 0; i < piece.length; i++) {
    // Only spans that some known name starts like are cut out and looked up (this runs for every run).
    for (let n = Math.min(maxWords, piece.length - i, nameWords(flagsOf(piece[i]))); n >= 1; n--) {
      const surface = ctx.text.slice(piece[i].start, piece[i + n - 1].end);
      const place = placeName(surface);
      const org = !place && isKnownOrg(surface);
      if (!place && !org) continue;
      const sub = piece.slice(i, i + n);
      // "(US $49 million)", "NZ $12": a country's initials before a currency sign name the currency, not the place.
      if (place && n === 1 && piece.length === 1 && piece[0].allCaps && ctx.text.charCodeAt(piece[0].end) === 32 && ctx.text.charCodeAt(piece[0].end + 1) === 36) return;
      // A city named like an ordinary word of this article ("Man", "Mobile") needs more than the list; a city
      // name after a first name or a title is a surname or a first name ("Maria Elena Salinas", "Rep. Alexandria X").
      if (place && isCityOnly(surface)) {
        if (n === 1 && ctx.vocab.has(lower(surface))) continue;
        const before = i > 0 ? piece[i - 1] : undefined;
        if (before && (GIVEN_NAMES.has(before.text) || TITLES.has(before.text))) continue;
      }
      // A known place or body after a name particle, ending name words, is a family name: "Sebastiana dos Santos",
      // "Raimunda da Costa" (not "Universidade de São Paulo": no body's word before the particle).
      if (i >= 2 && i + n === piece.length && !piece[i - 1].cap && isNameParticle(lower(piece[i - 1].text)) && piece.slice(0, i - 1).every((t) => isNameWord(ctx, t) && (flagsOf(t) & (ORG_HEAD | PLACE_HEAD)) === 0 && !ROMANCE_ORG_PREFIXES.has(t.text))) continue;
      // The middle word of a Vietnamese name, between the family name and the given name, is no place: "Nguyen Van
      // Tai", "fisherman Tran Van Minh", "Le Van Hung".
      if (place && i > 0 && n === 1 && i + 1 < piece.length && isCityOnly(surface) && isVietnameseFamilyName(piece[i - 1].text)) continue;
      // A city ending two or more name words that the text shows to be someone is a family name: "Nasrin Akter
      // Lima, president of the union, said" (not "Sporting Lima").
      // (A region is one too, as a country is not: "Hector Avila, the agency's coordinator, said", Ávila being a
      // Spanish province.)
      if (place && i > 0 && i + n === piece.length && (isCityOnly(surface) || !isCountry(place)) && piece.slice(0, i).every((t) => isNameWord(ctx, t) && (flagsOf(t) & ORG_HEAD) === 0) && (cityIsFamilyName(ctx, blockTokens, piece) || endsKnownPersonName(ctx, piece))) continue;
      // A city inside three name words or more that open with a known first name is a family name: "Ana Luisa
      // Medina Pardo", "Fernanda Lira Cantú" (Spanish and Portuguese names carry two surnames; "Alba Berlin",
      // two words, stays a club).
      // A region that is no country counts as a city here: "Héctor Ávila Benítez", "Rosa Mendoza Ruiz".
      if (place && i > 0 && n === 1 && piece.length >= 3 && (isCityOnly(surface) || !isCountry(place)) && isFirstName(piece[0].text) && familyNameRun(ctx, piece, i)) continue;
      // Any such place among two name words or more set off by commas after a person's role is a family name too:
      // "the mayor of Villa Rica, Itzel León Ibarra, said", "the mayor, Pilar Mendoza, said".
      if (place && i > 0 && n === 1 && !isCountry(place) && familyNameRun(ctx, piece, i) && introducedByRole(ctx, blockTokens, piece)) continue;
      // A place name opening a name right after a role is a first name: "CEO Stockton Rush".
      if (place && i + n < piece.length && isRoleToken(i > 0 ? piece[i - 1] : tokenAt(blockTokens, piece[0].index - 1))) continue;
      // So is a city opening two name words that are a first name and a surname, or that the text identifies as
      // someone: "Florence Mbeki", "the gunman, identified as Salvador Ramos" (not "Boston Celtics").
      if (place && n === 1 && i === 0 && piece.length === 2 && isCityOnly(surface) && (isFirstName(surface) || identifiedAsBefore(blockTokens, piece[0])) && !piece[1].allCaps && (flagsOf(piece[1]) & (ORG_HEAD | PLACE_HEAD)) === 0) continue;
      // Any place opening two name words set off by commas after a person's role: "A trader at Ebute, Ngozi Obi, said".
      if (place && n === 1 && i === 0 && piece.length === 2 && !piece[1].allCaps && (flagsOf(piece[1]) & (ORG_HEAD | PLACE_HEAD)) === 0 && introducedByRole(ctx, blockTokens, piece)) continue;
      // Any place name after a person's title, or after a title and a name word, is a surname: "President
      // Montenegro", "President Jair Montenegro" (country or not).
      // So is one after a role and a name word: "coach Andre Laval".
      if (place && i > 0 && (isPersonTitle(piece[i - 1]) || (i > 1 && isPersonTitle(piece[i - 2]) && isNameWord(ctx, piece[i - 1])) || (i === 1 && roleWordBefore(ctx, blockTokens, piece[0]) && isNameWord(ctx, piece[0])))) continue;
      // So is one after a title and two name words: Spanish and Portuguese names carry two family names, either of
      // which may be a city ("General Octavio Ruelas Mendoza", "Judge Ana Lucía Soria").
      if (place && i > 2 && n === 1 && (flagsOf(piece[i - 3]) & TITLE) !== 0 && familyNameRun(ctx, piece.slice(i - 2, i + 1), 2)) continue;
      // A place followed by more name words is an organization named after it: "Boston Celtics", "LA Dodgers".
      let j = i + n;
      // "Santa Rosa de Llauce", "San Juan de Lurigancho", "São José dos Campos": a place of two words or more (or
      // one opened by a saint's word) that goes on with "de"/"del"/"da"/"do"/"dos"/"das" and a name is a longer
      // place's name, as Spanish and Portuguese name villages and districts (not a club or a company).
      if (place && i === 0 && j + 1 < piece.length && (n >= 2 || SAINT_WORDS.has(piece[0].text)) && ROMANCE_PLACE_PARTICLES.has(piece[j].text) && romancePlaceTail(ctx, piece, j) === piece.length) {
        emit(ctx, piece, "place", { glued });
        return;
      }
      // "Kyiv Oblast", "Hebron Governorate": a place followed by a place head word is an administrative unit.
      if (place && j < piece.length && PLACE_HEADS.has(piece[j].text) && !isCityOnly(nameOf(piece.slice(i, j + 1)))) {
        if (i > 0) classifyNamePiece(ctx, blockTokens, piece.slice(0, i), titleCase);
        emit(ctx, piece.slice(i, j + 1), "place");
        if (j + 1 < piece.length) classifyNamePiece(ctx, blockTokens, piece.slice(j + 1), titleCase, glued);
        return;
      }
      // "Stamford Bridge", "Wembley Stadium": a place followed by a facility word is the facility.
      if (place && j < piece.length && FACILITIES.has(piece[j].text)) {
        if (i > 0) classifyNamePiece(ctx, blockTokens, piece.slice(0, i), titleCase);
        emit(ctx, piece.slice(i, j + 1), "organization");
        if (j + 1 < piece.length) classifyNamePiece(ctx, blockTokens, piece.slice(j + 1), titleCase, glued);
        return;
      }
      while (j < piece.length && (flagsOf(piece[j]) & TITLE) === 0 && !isOrdinary(ctx, piece[j], piece[j - 1]) && (flagsOf(piece[j]) & (DEMONYM | GIVEN_NAME)) === 0 && !placeName(piece[j].text) && !piece[j].allCaps) j++;
      // "the Civil Aviation Authority of Nepal Pradeep Kumar Shrestha said": a country followed by three name words,
      // or by two after "of", is the country and then someone (a body named after a country ends with a head word).
      if (place && j - (i + n) >= (i === 0 && tokenAt(blockTokens, piece[0].index - 1)?.text === "of" ? 2 : 3) && isCountry(surface) && piece.slice(i + n, j).every((t) => (flagsOf(t) & (ORG_HEAD | PLACE_HEAD | COMMON_WORD)) === 0)) {
        if (i > 0) classifyNamePiece(ctx, blockTokens, piece.slice(0, i), titleCase);
        emit(ctx, sub, "place", { name: place });
        classifyNamePiece(ctx, blockTokens, piece.slice(i + n), titleCase, glued);
        return;
      }
      // A city's own article is part of its name: "El Geneina", "La Paz", "Al Hudaydah".
      if (place && i > 0 && CITY_ARTICLES.has(piece[i - 1].text) && oneSpace(ctx.text, piece[i - 1].end, piece[i].start)) {
        if (i > 1) classifyNamePiece(ctx, blockTokens, piece.slice(0, i - 1), titleCase);
        emit(ctx, piece.slice(i - 1, i + n), "place");
        if (i + n < piece.length) classifyNamePiece(ctx, blockTokens, piece.slice(i + n), titleCase, glued);
        return;
      }
      // A name word before a city makes a club or a company named after it: "Real Madrid", "Inter Milan".
      let k = i;
      if (place && isCityOnly(placeName(surface) ?? "") && i > 0) {
        const w = piece[i - 1];
        // (Not after a person's role: "coach Andre Laval" is a person.)
        const roleBefore = i === 1 && roleWordBefore(ctx, blockTokens, piece[0]);
        if (!roleBefore && !TITLES.has(w.text) && !isDemonym(w.text) && !isOrdinary(ctx, w, undefined) && !GIVEN_NAMES.has(w.text) && !w.allCaps && !placeName(w.text) && !PLACE_HEADS.has(w.text)) k = i - 1;
      }
      if (k < i) {
        if (k > 0) classifyNamePiece(ctx, blockTokens, piece.slice(0, k), titleCase);
        // "Tanjung Sari village", "Kedung Sari hamlet": with a lower-case place noun after it, the two words are
        // a place's name, not a club's.
        const head = i + n === piece.length ? tokenAt(blockTokens, piece[piece.length - 1].index + 1) : undefined;
        if (head && !head.cap && PLACE_HEADS_LOWER.has(head.text) && oneSpace(ctx.text, piece[piece.length - 1].end, head.start)) {
          const bare = BARE_NAME_HEADS.has(head.text);
          const words = piece.slice(k);
          return emit(ctx, bare ? words : [...words, head], "place", { name: bare ? nameOf(words) : `${nameOf(words)} ${cap(head.text)}` });
        }
        emit(ctx, piece.slice(k, Math.max(j, i + n)), "organization");
        if (Math.max(j, i + n) < piece.length) classifyNamePiece(ctx, blockTokens, piece.slice(Math.max(j, i + n)), titleCase, glued);
        return;
      }
      if (i > 0) classifyNamePiece(ctx, blockTokens, piece.slice(0, i), titleCase);
      if (place && j > i + n) emit(ctx, piece.slice(i, j), "organization");
      else if (!(place && isDemonym(surface))) {
        // (A demonym spelled like a place, "Georgian"-style, is an adjective and names nothing.)
        // "Nara prefecture" is a place of its own, not the city of Nara.
        const after = tokenAt(blockTokens, sub[sub.length - 1].index + 1);
        const lowerHead = place && j === piece.length && after && !after.cap && PLACE_HEADS_LOWER.has(after.text) && !BARE_NAME_HEADS.has(after.text) && oneSpace(ctx.text, sub[sub.length - 1].end, after.start);
        if (lowerHead) emit(ctx, [...sub, after], "place", { name: `${nameOf(sub)} ${cap(after.text)}` });
        else emit(ctx, sub, place ? "place" : "organization", { name: place && sub.length === 1 && sub[0].allCaps && sub[0].text.length > 3 ? place : undefined });
      }
      if (j < piece.length) classifyNamePiece(ctx, blockTokens, piece.slice(j), titleCase, glued);
      return;
    }
  }

  // Split off titles, demonyms, ordinary words and acronyms; what remains between them are name candidates.
  let title = false;
  /** The office title before the current name, kept for the linker ("Governor Lemos"); honorifics are not. */
  let titleWord: string | undefined;
  let current: Token[] = [];
  // After an ordinary capitalised word ("Operation Iron Swords", "Storm Daniel") a name needs real evidence.
  let afterOrdinary = false;
  const parts: { tokens: Token[]; title: boolean; afterOrdinary: boolean; titleWord?: string }[] = [];
  const flush = () => {
    if (current.length) parts.push({ tokens: current, title, afterOrdinary, titleWord: title ? titleWord : undefined });
    current = [];
  };
  for (let i = 0; i < piece.length; i++) {
    const t = piece[i];
    const prev = i > 0 ? piece[i - 1] : undefined;
    // "Jr", "Sr" (and "Junior" after a name: "Vinicius Junior") belong to the name before them and start none.
    if (t.text === "Jr" || t.text === "Sr" || t.text === "Jr." || t.text === "Sr." || ((t.text === "Junior" || t.text === "Júnior") && current.length)) {
      if (current.length) current.push(t);
      continue;
    }
    // A regnal number belongs to the name before it: "King Mohammed VI", "Pope Benedict XVI", "Charles III".
    if (current.length && isRegnalNumber(t.text) && (title || t.text.length > 1) && (title || isFirstName(current[0].text))) {
      current.push(t);
      continue;
    }
    // A role written with a capital at a sentence start works as a title: "Gunman Tetsuya X", "Journalist Matthew X".
    const f = flagsOf(t);
    // (In a headline every word is capitalised: there the role is a title only before a known first name, and
    // "Partner Gets Life" names no one.)
    const capitalisedRole = !current.length && (f & ROLE) !== 0 && (f & GIVEN_NAME) === 0 && (!titleCase || (i + 1 < piece.length && isFirstName(piece[i + 1].text)));
    // "Carole King", "Sabika Sheikh, 17", "Abdul Aziz Sheikh said": a title word that is also a common surname
    // ends a name rather than starting one.
    if ((f & TITLE) !== 0 && i === piece.length - 1 && current.length && surnameAfterName(ctx, blockTokens, current, t)) {
      current.push(t);
      continue;
    }
    // "General Motors", "General Electric": a title word before a company's head word is the company's name.
    if ((f & TITLE) !== 0 && !current.length && i + 1 < piece.length && (flagsOf(piece[i + 1]) & ORG_HEAD) !== 0 && !piece[i + 1].allCaps) {
      flush();
      emit(ctx, [t, piece[i + 1]], "organization");
      title = false;
      i++;
      continue;
    }
    if ((f & TITLE) !== 0 || capitalisedRole) {
      flush();
      if (capitalisedRole || !TITLE_MODIFIERS.has(t.text) || t.text === "Leader" || t.text === "Chief" || t.text === "Director" || t.text === "Judge") title = true;
      titleWord = HONORIFICS.has(t.text) ? undefined : t.text;
      afterOrdinary = false;
      continue;
    }
    // "Chief Financial Officer X", "Chief Marketing Officer X": a word between two titles is part of the office.
    if (title && !current.length && i + 1 < piece.length && (flagsOf(piece[i + 1]) & TITLE) !== 0 && !HONORIFICS.has(piece[i + 1].text) && !piece[i + 1].allCaps) continue;
    // "Van der Berg said", "Ter Horst told": Dutch and Flemish names capitalise their particle when the family
    // name stands alone ("Jan van der Berg" / "Van der Berg"); a particle inside a name is never an ordinary word.
    if (t.text.length <= 5 && (!t.cap ? current.length > 0 && isNameParticle(t.text) : !current.length && i + 1 < piece.length && isNameParticle(lower(t.text)) && capitalisedParticleOpensName(ctx, piece, i))) {
      current.push(t);
      continue;
    }
    const demonym = (f & DEMONYM) !== 0;
    // "Park Ji-won", "Moon Jae-in", "Ji-won Park": an ordinary word right before or after a given name written
    // in syllables joined by a hyphen (Korean, Hong Kong and Taiwanese names) is a family name.
    // So is one the article has shown to be one, standing alone ("Park said", "Ms Park"), and one between a
    // person's role and a name word no list knows ("founder Park Jiwon", "chairman Song Minsu").
    const familyName =
      !demonym &&
      ((!current.length && i + 2 === piece.length && isSyllabicGivenName(ctx, piece[i + 1])) ||
        (current.length === 1 && i + 1 === piece.length && isSyllabicGivenName(ctx, current[0])) ||
        (!current.length && i + 1 === piece.length && ctx.familyNames.has(t.text) && piece.every((p, k) => k === i || (flagsOf(p) & TITLE) !== 0) && !/^the$/i.test(tokenAt(blockTokens, t.index - 1)?.text ?? "")) ||
        (i === 0 && piece.length === 2 && roleWordBefore(ctx, blockTokens, t) && unknownNameWord(ctx, piece[1])));
    if (familyName && ((f & COMMON_WORD) !== 0 || ctx.vocab.has(lower(t.text)))) ctx.familyNames.add(t.text);
    if (!familyName && (demonym || isOrdinary(ctx, t, current.length ? prev : undefined))) {
      flush();
      title = false;
      afterOrdinary = !demonym;
      continue;
    }
    // Initials before a name belong to it: "J.K. Rowling"; so do two or three capitals without periods between a
    // title and a name of two words, as South Asian names write them ("Commodore AKM Mahbubul Haque").
    // (Asked of upper-case words only: the others are never acronyms.)
    const initials =
      t.allCaps &&
      i + 1 < piece.length &&
      !piece[i + 1].allCaps &&
      (/^(?:\p{Lu}\.)+$/u.test(t.text) || (title && !current.length && i + 2 < piece.length && !piece[i + 2].allCaps && /^[A-Z]{2,3}$/.test(t.text) && !isKnownOrg(t.text)));
    if (t.allCaps && !initials) {
      flush();
      title = false;
      afterOrdinary = false;
      // In a run of upper-case words ("SKARRA ISLAND", "BREAKING NEWS") the words are a name or a label written
      // in capitals, not acronyms, unless the word is a known organization.
      const inCapsRun = (prev !== undefined && prev.allCaps) || (i + 1 < piece.length && piece[i + 1].allCaps);
      // ("D-N.Y.", "R-Ga.": a US lawmaker's party and state, not an acronym.)
      if (!NOT_ACRONYMS.has(t.text) && t.text.length <= 6 && !titleCase && (!inCapsRun || isKnownOrg(t.text)) && !PARTY_STATE.test(t.text)) emit(ctx, [t], "organization", { form: "acronym" });
      continue;
    }
    current.push(t);
  }
  flush();
  for (const part of parts) classifyCandidate(ctx, blockTokens, part.tokens, part.title, titleCase, part.tokens[part.tokens.length - 1] === piece[piece.length - 1] ? glued : undefined, part.afterOrdinary, part.titleWord);
}

/** Endings of English nouns that name a ministry's portfolio ("Aviation", "Management", "Tourism", "Petroleum", "Fisheries"). */
const NOUN_ENDING = /(?:tion|sion|ment|ism|ure|ity|ics|ence|ance|ing|ogy|ness|ship|um|rce|s)$/;

/** Plural nouns that end a ministry's portfolio ("Foreign Affairs", "Public Works"), never a name after it. */
const PORTFOLIO_PLURALS = new Set(["Affairs", "Relations", "Resources", "Works", "Communications", "Fisheries", "Emergencies", "Sports", "Services"]);

/** A word of a ministry's portfolio: an ordinary word, or the plural of one ("Affairs", "Resources"). */
function isPortfolioWord(ctx: Ctx, t: Token): boolean {
  if (t.allCaps) return false;
  if (isOrdinary(ctx, t, undefined) || (flagsOf(t) & ORG_HEAD) !== 0) return true;
  return t.text.length > 4 && t.text.endsWith("s") && (wordFlags(t.text.slice(0, -1)) & COMMON_WORD) !== 0;
}

/** A US lawmaker's party and state after the name: "D-N.Y." (tokenized "D-N"), "R-TX". */
const PARTY_STATE = /^[RDI]-[A-Z]{1,2}$/;

/** Articles that open place names: "El Geneina", "La Paz", "Al Hudaydah", "Le Havre", "Los Angeles". */
const CITY_ARTICLES = new Set(["El", "Al", "La", "Le", "Los", "Las", "Les"]);

/** Last words of the names of laws, treaties and plans: such a name is no person, place or organization. */
const DOCUMENT_HEADS = new Set(["Act", "Acts", "Bill", "Treaty", "Accord", "Accords", "Agreement", "Convention", "Protocol", "Charter", "Amendment", "Doctrine", "Directive", "Declaration"]);

/** " (TMP)" after a name whose words' initials spell it ("Tamizhaga Munnetra Peravai"); a word may give two letters. */
function acronymFollows(ctx: Ctx, piece: Token[]): boolean {
  const from = piece[piece.length - 1].end + 2;
  let e = from;
  while (e < from + 8 && isUpperCode(ctx.text.charCodeAt(e))) e++;
  if (e - from < 2 || e - from > 6 || ctx.text.charCodeAt(e) !== 41) return false;
  const acronym = ctx.text.slice(from, e);
  // Each word gives its first letter: "Dravida Ninaivu Kazhagam" -> DNK.
  if (acronym.length !== piece.length) return false;
  for (let i = 0; i < piece.length; i++) if (piece[i].text.charCodeAt(0) !== acronym.charCodeAt(i)) return false;
  return true;
}

const isUpperCode = (c: number): boolean => c >= 65 && c <= 90;

/** "Ministry of Defence", "Bank of England", "Organization for Migration": an organization's head word takes its "of" complement. */
export const OF_COMPLEMENT = /^ (?:of|for|on) (?:the )?((?:[\p{Lu}][\p{L}\p{M}'’-]*)(?: (?:and )?[\p{Lu}][\p{L}\p{M}'’-]*){0,4})/u;
