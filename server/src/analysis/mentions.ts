/**
 * Finds the people, places and organizations an article names, with exact offsets.
 *
 * Names are found from their context first — titles ("Mr", "President"), roles ("spokesman Ahmad X"),
 * appositions ("X, 41, a former navy member", "X, a programmer"), ages, speech verbs ("X told"), bylines
 * and credits — and from the shape of the text (a run of two or three capitalised words that are not
 * ordinary words of the article). Word lists (places, first names, organizations) decide only where
 * context does not. Then every name found once is found again wherever the article repeats it alone
 * ("Karazhan" after "Vitaly Karazhan", "Derna" after "the city of Derna").
 *
 * Furniture and duplicated blocks produce no mentions. Linear in the article's length.
 */
import { Article, Block, Decisions, EntityKind, Mention, MentionForm } from "./types";
import { Token, capitalisedRuns, flagsOf, intern, isNameParticle, lower, oneSpace, spacesOnly, tokenAt, tokenize } from "./names/tokens";
import { COMMON_WORD, DEMONYM, FUNCTION_WORD, GIVEN_NAME, MONTH, ORG_HEAD, PLACE_HEAD, ROLE, TITLE, WEEKDAY, nameWords, wordFlags } from "./lexicon/wordFlags";
import { LOWER_FUNCTION_WORDS, SPEECH_VERBS, STRONG_SPEECH, TITLE_MODIFIERS, attachAnaphoricDescriptions, personEvidence } from "./names/evidence";
import { isFirstName } from "./lexicon/firstNames";
import { organizationsFromContext } from "./names/organizationCues";
import { isRegnalNumber, isShortForm, isShortFormOf } from "./names/normalize";
import { isCityOnly, isCountry, isDemonym, isKnownOrg, maxOrgWords, maxPlaceWords, placeName } from "./lexicon/gazetteer";
import {
  COMMON_WORDS,
  FACILITIES,
  FUNCTION_WORDS,
  GERMAN_TRADE_HEADS,
  GIVEN_NAMES,
  LOCALITY_PREFIXES,
  MONTHS,
  NEWSPAPER_HEADS,
  NOT_ACRONYMS,
  ORG_HEADS,
  ORG_HEADS_LOWER,
  ORG_NOUNS,
  OUTLET_WORDS,
  PERSON_ROLES,
  PLACE_HEADS,
  PLACE_HEADS_LOWER,
  PLACE_OF_HEADS,
  PLACE_OF_NOUNS,
  ROMANCE_ORG_PREFIXES,
  ROUTE_NOUNS,
  SERVICE_DISTRICT_WORDS,
  SETTLEMENT_WORDS,
  STREETS_AND_BUILDINGS,
  TITLES,
  WEEKDAYS,
} from "./lexicon/words";
import { Ctx, UnresolvedName, addWordMention, emit, nameOf, spanText } from "./names/context";
import {
  blockEnd,
  cap,
  familyNamesBesideSyllabicNames,
  gluedPrefix,
  hasCharIn,
  hasDigit,
  isNameWord,
  isOrdinary,
  isPersonTitle,
  isRoleToken,
  isSyllabicGivenName,
  listedKind,
  plainNameWord,
  titleCaseName,
  unknownNameWord,
  weekdayAsFamilyName,
} from "./names/articleWords";
import { isTitleCase, quotedHeadline } from "./names/titleCase";
import { datelinePlaces } from "./names/datelines";
import {
  ageMarkBefore,
  capitalisedParticleOpensName,
  cityIsFamilyName,
  endsKnownPersonName,
  familyNameRun,
  identifiedAsBefore,
  identifiedOnlyAs,
  initialEndsName,
  introducedByRole,
  officeBefore,
  roleWordBefore,
  surnameAfterName,
} from "./names/personCues";
import {
  BARE_NAME_HEADS,
  PLACE_PART_NOUNS,
  PLACE_PREFIXES,
  PLACE_PREPOSITIONS,
  ROMANCE_PLACE_PARTICLES,
  SAINT_WORDS,
  SPANISH_COMPASS,
  areasPair,
  articleOfPlace,
  bodyNamedWithPlace,
  campOfPeople,
  ofKnownPlace,
  placeAfter,
  placesListAfterPlural,
  placesListBeforePlural,
  romancePlaceTail,
} from "./names/placeCues";
export type { UnresolvedName } from "./names/context";

/** Words that before "City" name a campus, a hospital or a business park, not a town ("King Fahad Medical City"). */
const INSTITUTION_CITY_WORDS = new Set(["Medical", "Media", "Internet", "Sports", "Education", "Healthcare", "Humanitarian", "Academic"]);
/** Titles of courtesy, which say nothing about which of two namesakes is meant. */
const HONORIFICS = new Set(["Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Dr.", "Sir", "Dame", "Madam", "Mme", "M.", "Herr", "Frau", "Senor", "Señor", "Senora", "Señora"]);
/** A medium's word that opens a broadcaster's name ("Radio Liberty", "TV Rain"). */
const BROADCAST_PREFIXES = new Set(["Radio", "TV", "Television"]);
/**
 * Words that open a German body's name, its head first: "IG Metall" (an industrial union, "Industriegewerkschaft"),
 * "Stadtwerke Kassel" (a town's utility), "Sparkasse Vorderpfalz", "Volksbank Mittelhessen" (local banks).
 */
const GERMAN_ORG_PREFIXES = new Set(["IG", "Stadtwerke", "Sparkasse", "Kreissparkasse", "Stadtsparkasse", "Volksbank", "Raiffeisenbank", "Landesbank", "Verkehrsverbund"]);
/** Verbs of travel before "to", after which a lone unknown word is where someone goes ("heading to X", "flew to X"). */
const TRAVEL_VERBS = new Set(["heading", "headed", "travelling", "traveling", "travelled", "traveled", "sailing", "sailed", "flying", "flew", "driving", "drove", "returning", "returned", "fled", "fleeing", "bound"]);

const unresolvedByArticle = new WeakMap<Article, UnresolvedName[]>();

/** The runs of `article` that findMentions left unclassified (empty if findMentions has not seen this article). */
export function unresolvedNames(article: Article): readonly UnresolvedName[] {
  return unresolvedByArticle.get(article) ?? [];
}

export function findMentions(article: Article, decisions: Decisions): Mention[] {
  const text = article.text;
  if (!text) return [];
  const blocks = article.blocks.filter((b) => b.kind !== "furniture" && b.duplicateOf === undefined);
  const ctx: Ctx = { text, vocab: new Set(), capWords: new Map(), decided: decisionKinds(decisions), mentions: [], pending: [], outlet: article.outlet, familyNames: new Set() };

  const tokenized = blocks.map((block) => {
    const tokens = tokenize(text, block.start, block.end);
    for (const t of tokens) if (t.cap) ctx.capWords.set(t.text, (ctx.capWords.get(t.text) ?? 0) + 1);
    return { block, tokens };
  });
  // The vocabulary is only ever asked about capitalised words, so only their lowercase forms are kept.
  // Most lowercase words cannot be one of those by length and first letter alone: they are not hashed.
  const asked = new Set<string>();
  const shape = askedShapes();
  for (const w of ctx.capWords.keys()) {
    const l = lower(w);
    asked.add(l);
    shape.mark(l);
  }
  for (const { tokens } of tokenized) for (const t of tokens) if (!t.cap && shape.maybe(t.text) && asked.has(t.text)) ctx.vocab.add(t.text);
  familyNamesBesideSyllabicNames(ctx, tokenized);

  let headlineAt = text.indexOf("headline: ");
  for (const { block, tokens } of tokenized) {
    const titleCase = isTitleCase(tokens, text, block.kind === "headline");
    if (block.kind === "byline" || block.kind === "credit") {
      namesInCredit(ctx, block, tokens);
      continue;
    }
    // A dateline's place ("MARIANA, Brazil (Reuters) -") is read before the rest of the block.
    const skip = block.kind === "paragraph" || block.kind === "dateline" ? datelinePlaces(ctx, block, tokens) : 0;
    // A picture credit inside a caption ("… REUTERS/Jane Doe", "(Photo by Jane DOE / AFP)") is read first.
    const credited = block.kind === "paragraph" || block.kind === "caption" ? pictureCredits(ctx, block, tokens) : undefined;
    // (Blocks come in text order: the next "headline: " is looked for again only once a block has passed it.)
    if (headlineAt >= 0 && headlineAt < block.start) headlineAt = text.indexOf("headline: ", block.start);
    const quoted = titleCase || headlineAt < 0 || headlineAt >= block.end ? undefined : quotedHeadline(text, block, headlineAt);
    for (const run of capitalisedRuns(text, tokens)) {
      if (run.tokens[0].index < skip) continue;
      const inHeadline = titleCase || (quoted !== undefined && run.tokens[0].start >= quoted[0] && run.tokens[0].start < quoted[1]);
      if (!credited) classifyRun(ctx, block, tokens, run.tokens, inHeadline);
      else for (const piece of withoutTokens(run.tokens, credited)) classifyRun(ctx, block, tokens, piece, inHeadline);
    }
  }
  const unresolved = resolvePending(ctx);
  namesAfterPrefixes(ctx);
  stateAbbreviations(ctx);
  surnamesOverPlaces(ctx);
  townsBeforeCountries(ctx);
  placesWrittenAsPeople(ctx);
  placesNamingOrganizations(ctx);
  organizationTailsAsPlaces(ctx);
  companyShortNames(ctx, unresolved);
  clubsNamedLikePlaces(ctx, unresolved);
  rangeEndsAsPlaces(ctx, unresolved);
  townsOfNamedBanks(ctx);
  compassRegions(ctx);
  governmentsNamedForLeaders(ctx);
  // "Activision's chief executive", "shares in X": a person-shaped name the article shows to be a company.
  organizationsFromContext(text, ctx.mentions, (word) => GIVEN_NAMES.has(word));
  organizationsInLists(ctx);
  clubsEndingInPlaceHeads(ctx);
  addNativeScriptAliases(ctx);
  const mentions = finish(ctx, article.file, decisions);
  organizationsByApposition(text, mentions);
  attachAnaphoricDescriptions(text, blocks, mentions);
  unresolvedByArticle.set(article, unresolved);
  return mentions;
}

/**
 * A filter over words by (length, first character): `maybe` is true for every marked word (and for words not
 * starting with an ASCII character), so it only ever saves a look-up. One table serves every article; a new
 * generation number empties it.
 */
const shapeTable = new Uint32Array(32 * 128);
/** The same by (length, last character): a word must pass both (most lowercase words then fail one). */
const endShapeTable = new Uint32Array(32 * 128);
let shapeGeneration = 0;
const shapeKey = (w: string) => ((w.length & 31) << 7) | w.charCodeAt(0);
const endShapeKey = (w: string) => ((w.length & 31) << 7) | w.charCodeAt(w.length - 1);
const shapes = {
  mark(w: string): void {
    if (w.charCodeAt(0) < 128) shapeTable[shapeKey(w)] = shapeGeneration;
    if (w.charCodeAt(w.length - 1) < 128) endShapeTable[endShapeKey(w)] = shapeGeneration;
  },
  maybe(w: string): boolean {
    return (w.charCodeAt(0) >= 128 || shapeTable[shapeKey(w)] === shapeGeneration) && (w.charCodeAt(w.length - 1) >= 128 || endShapeTable[endShapeKey(w)] === shapeGeneration);
  },
};

function askedShapes(): typeof shapes {
  if (++shapeGeneration > 0xfffffff0) {
    shapeTable.fill(0);
    endShapeTable.fill(0);
    shapeGeneration = 1;
  }
  return shapes;
}

function decisionKinds(decisions: Decisions): Map<string, EntityKind> {
  const map = new Map<string, EntityKind>();
  for (const e of decisions.entities ?? []) for (const n of [e.name, ...(e.aliases ?? [])]) if (n) map.set(n, e.kind);
  return map;
}

/**
 * Bylines and credits name people: "By Jane Doe and John Roe for AFP", "Jane Doe/Reuters". Runs of two to
 * four name words are people; known agencies and head-word organizations stay organizations.
 */
function namesInCredit(ctx: Ctx, block: Block, tokens: Token[]): void {
  for (const run of capitalisedRuns(ctx.text, tokens)) for (const whole of splitAtUpperCaseFunctionWords(run)) {
    // "By KEVIN FREKING Associated Press": an upper-case name and the outlet after it are two names.
    const t = whole.tokens;
    // ("By" itself is not upper case: "By JENNA HOLLOWAY Associated Press".)
    const from = t.length && t[0].text === "By" ? 1 : 0;
    let cut = from;
    while (cut < t.length && t[cut].allCaps) cut++;
    const runs = block.kind === "byline" && cut - from >= 2 && cut < t.length && t.slice(cut).every((x) => !x.allCaps) ? [{ tokens: t.slice(0, cut) }, { tokens: t.slice(cut) }] : [whole];
    for (const run of runs) creditRun(ctx, block, tokens, run.tokens);
  }
}

/**
 * "BY MARCO ROSSI AND ANNA BIANCHI": in an upper-case byline the function words are upper case too, and they
 * separate the names as their lower-case forms do ("By" opening the run is dropped the same way).
 */
function splitAtUpperCaseFunctionWords(run: { tokens: Token[] }): { tokens: Token[] }[] {
  const isSeparator = (x: Token) => x.allCaps && x.text.length > 1 && LOWER_FUNCTION_WORDS.has(x.text.toLowerCase());
  if (!run.tokens.some(isSeparator)) return [run];
  const out: { tokens: Token[] }[] = [];
  let current: Token[] = [];
  for (const x of run.tokens) {
    if (!isSeparator(x)) current.push(x);
    else if (current.length) {
      out.push({ tokens: current });
      current = [];
    }
  }
  if (current.length) out.push({ tokens: current });
  return out;
}

/** Capitalised function words after "by" in a credit that open no one's name. */
const BY_NOT_NAMES = new Set(["The", "A", "An", "Our", "Its", "His", "Her", "Their", "This", "These"]);

/** One run of a byline or a credit: a person, the writer's whereabouts, a staff title or an outlet. */
function creditRun(ctx: Ctx, block: Block, tokens: Token[], run: Token[]): void {
  // ("Author Jana Marek": a page's author field opens with its label, as "By" opens a byline.)
  // "Additional reporting by Can Erbil": right after a lowercase "by", a first name spelled like a function word
  // opens the name (not an article or "Our": "by The Associated Press", "by Our Foreign Staff").
  const byName = run.length >= 2 && !run[0].allCaps && !run[1].allCaps && FUNCTION_WORDS.has(run[0].text) && !BY_NOT_NAMES.has(run[0].text) && tokenAt(tokens, run[0].index - 1)?.text === "by";
  const words = run.filter((t) => (byName && t === run[0]) || (!(FUNCTION_WORDS.has(t.text) && !TITLES.has(t.text)) && !(t.index === 0 && block.kind === "byline" && (t.text === "Author" || t.text === "Authors"))));
  const start = byName ? 0 : words.findIndex((t) => !FUNCTION_WORDS.has(t.text));
  const name = start < 0 ? [] : words.slice(start);
  const surface = name.length ? spanText(ctx, name) : "";
  // "By Martin Szabo at Kelvin Park", "By Jane Doe in Kyiv", "(Reporting by Jane Doe in Villa Alta; …)": where the
  // writer was is a place.
  const lead = tokenAt(tokens, run[0].index - 1);
  if ((block.kind === "byline" || block.kind === "credit") && lead && (lead.text === "in" || lead.text === "at") && name.length && !name.some((t) => t.allCaps) && !isKnownOrg(surface)) {
    emit(ctx, name, "place", { name: placeName(surface) });
    return;
  }
  // The outlet's own name on its credit line: "Politico Europe" under "By Nektaria Stamouli".
  if (name.length && ctx.outlet && surface === ctx.outlet) {
    emit(ctx, name, "organization");
    return;
  }
  // "By Ilse Marten, Harbour Reporter": a staff title ends with a role and names no one.
  if (name.length && PERSON_ROLES.has(lower(name[name.length - 1].text)) && !name.some((t) => GIVEN_NAMES.has(t.text))) return;
  const upperByline = block.kind === "byline" && name.every((t) => t.allCaps);
  const isName = name.length >= 2 && name.length <= 4 && name.every((t) => (!t.allCaps || upperByline) && !ORG_HEADS.has(t.text) && !isKnownOrg(t.text)) && !isKnownOrg(surface) && !placeName(surface);
  if (isName && !OUTLET_WORDS.has(name[name.length - 1].text)) emit(ctx, name, "person");
  else if (name.length && OUTLET_WORDS.has(name[name.length - 1].text) && !isKnownOrg(surface)) emit(ctx, name, "organization");
  else classifyRun(ctx, block, tokens, run, false);
}

/** Agencies whose name goes with a photographer's in a picture credit, either side of a slash. */
const PICTURE_AGENCY = String.raw`(?:REUTERS|Reuters|AFP|AP(?: Photo)?|EPA(?:-EFE)?|EFE|ANADOLU|Anadolu|Xinhua|XINHUA|Getty Images|Bloomberg|ANSA|dpa|DPA|NurPhoto|SOPA Images|Zuma Press|ANTARA|Antara(?: Foto)?|Ritzau Scanpix|Ritzau|NTB Scanpix|NTB|Scanpix|TT|Lehtikuva|Belga|ANP|Keystone|Shutterstock|Alamy|IMAGO|AAP)`;
/** The whole of a credit's part that is a picture agency's name ("Ritzau Scanpix/AFP" names no photographer). */
const WHOLE_PICTURE_AGENCY = new RegExp(String.raw`^${PICTURE_AGENCY}$`);
const CREDIT_NAME = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*){1,2}`;
/**
 * "REUTERS/Jane Doe" (Reuters and AP put the agency first; Reuters pages add their "Purchase Licensing Rights"
 * button after it), "Jane Doe/Reuters", "(Photo by Jane DOE / AFP)" (AFP writes the family name in capitals).
 */
const PICTURE_CREDIT = new RegExp(String.raw`\b${PICTURE_AGENCY} ?/ ?(${CREDIT_NAME})|(${CREDIT_NAME}) ?/ ?${PICTURE_AGENCY}\b`, "gu");
/** What follows a country's letters that makes them part of a currency's name: "US$", "U.S. dollars". */
const CURRENCY_AFTER = /^(?:\$| dollars?\b)/;
const PAGE_WIDGET_WORDS = new Set(["Purchase", "Licensing", "Rights"]);
const CREDIT_SOURCE = String.raw`\p{Lu}[\p{L}&-]*(?: \p{Lu}[\p{L}&-]*){0,2}`;
const CREDIT_NAME_ANY = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*){0,2}`;
/**
 * Credits that name a source and a photographer, where the photographer may have one name only: a handout an
 * agency passes on ("Antara Foto/Jane Doe/via REUTERS", "SANA/Handout/via REUTERS") and a caption's
 * "(Photo: ANTARA/Jojo)", "(Picture: Reuters/Jane Doe)", and a credit line of its own, "Photo: ANDINA/Jane Doe" (there a
 * photographer of one word is not taken: "Photo: ANDINA/Difusión" is a handout's label). The source is an organization.
 */
const SOURCED_CREDIT = new RegExp(String.raw`\b(${CREDIT_SOURCE}) ?/ ?(${CREDIT_NAME_ANY}) ?/ ?via ${PICTURE_AGENCY}\b|\((?:Photo|Picture|Image|Foto)s?(?: by)?: ?(${CREDIT_SOURCE}) ?/ ?(${CREDIT_NAME_ANY})\)|^(?:Photo|Picture|Image|Foto)s?(?: by)?: ?(${CREDIT_SOURCE}) ?/ ?(${CREDIT_NAME_ANY})(?=[ \t]*(?:\n|$))`, "gu");
/** A credit in brackets that names the photographer before the source: "(photo: Jana Kowal/Gazeta Nadmorska)". */
const NAME_FIRST_CREDIT = new RegExp(String.raw`\((?:[Pp]hoto|[Pp]icture|[Ii]mage|[Ff]oto)s?(?: by)?: ?(\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*){1,2}) ?/ ?([^()/\n]{2,40})\)`, "gu");
/** Last words of a body's name, never of a photographer's: "(Presidential Press Service / AFP)". */
const CREDIT_SOURCE_HEADS = new Set(["Service", "Services", "Office", "Ministry", "Department", "Agency", "Administration", "Headquarters", "Committee", "Commission", "Council", "Directorate", "Bureau", "Secretariat", "Authority", "Command", "Police", "Army", "Navy"]);
/** Words a handout credit puts where a photographer's name goes. */
const NOT_PHOTOGRAPHERS = new Set(["Handout", "HANDOUT", "Pool", "POOL", "File", "FILE", "Reuters", "REUTERS", "AFP", "AP"]);

/**
 * The photographers named by picture credits in a caption line, emitted as people; returns the indices of the
 * tokens the credits took (the photographer's and a page's widget words after it), or undefined when none.
 */
function pictureCredits(ctx: Ctx, block: Block, tokens: Token[]): Set<number> | undefined {
  if (!hasCharIn(ctx.text, 47 /* / */, block.start, block.end)) return undefined;
  const line = ctx.text.slice(block.start, block.end);
  let taken: Set<number> | undefined;
  SOURCED_CREDIT.lastIndex = 0;
  for (let m = SOURCED_CREDIT.exec(line); m; m = SOURCED_CREDIT.exec(line)) {
    const sourceText = m[1] ?? m[3] ?? m[5];
    const person = m[2] ?? m[4] ?? m[6];
    const ownLine = m[5] !== undefined;
    const sourceFrom = block.start + m.index + m[0].indexOf(sourceText);
    const personFrom = block.start + m.index + m[0].indexOf(person, sourceText.length);
    let source = tokens.filter((t) => t.start >= sourceFrom && t.end <= sourceFrom + sourceText.length);
    const name = tokens.filter((t) => t.start >= personFrom && t.end <= personFrom + person.length);
    // (On a line of its own the photographer may come first, "Photo: Jane Doe/Gazeta": a first name opens no source.)
    if (ownLine && source.length && (name[0]?.allCaps || (!source[0].allCaps && isFirstName(source[0].text)))) continue;
    // "… in Kendari. Antara Foto/Jane Doe/via REUTERS": ordinary words before the source are not part of it.
    while (source.length > 1 && ((flagsOf(source[0]) & (FUNCTION_WORD | COMMON_WORD)) !== 0 || (source[0].sentenceStart && !isKnownOrg(spanText(ctx, source))))) source = source.slice(1);
    if (!source.length || !name.length || name.some((t, k) => NOT_PHOTOGRAPHERS.has(t.text) || (flagsOf(t) & (FUNCTION_WORD | MONTH | WEEKDAY)) !== 0 && !weekdayAsFamilyName(ctx.text, t, name[k + 1]))) continue;
    if (isKnownOrg(spanText(ctx, name))) continue;
    // (On a line of its own the photographer may come first, "Photo: Jane Doe/Gazeta": a first name opens no source.)
    emit(ctx, source, "organization");
    if (ownLine && name.length < 2) {
      (taken ??= new Set()).add(name[0].index);
      for (const t of source) taken.add(t.index);
      continue;
    }
    emit(ctx, name, "person", { name: name.map((t) => (t.allCaps && t.text.length > 1 ? titleCaseName(t.text) : t.text)).join(" ") });
    taken ??= new Set();
    for (const t of source) taken.add(t.index);
    for (const t of name) taken.add(t.index);
  }
  PICTURE_CREDIT.lastIndex = 0;
  for (let m = PICTURE_CREDIT.exec(line); m; m = PICTURE_CREDIT.exec(line)) {
    const group = m[1] ?? m[2];
    const from = block.start + m.index + m[0].indexOf(group);
    const to = from + group.length;
    let name = tokens.filter((t) => t.start >= from && t.end <= to);
    if (taken && name.some((t) => taken!.has(t.index))) continue;
    // "© Ritzau Scanpix/AFP": an agency that passed on another's picture is the agency, no one.
    if (WHOLE_PICTURE_AGENCY.test(group)) {
      emit(ctx, name, "organization");
      taken ??= new Set();
      for (const t of name) taken.add(t.index);
      continue;
    }
    // "Image: Ihlas News Agency/AFP": a source ending with an organization's head word, and opening with no first
    // name ("Jane Post/Reuters" is a photographer), is an agency the picture came through.
    if (name.length >= 2 && (flagsOf(name[name.length - 1]) & ORG_HEAD) !== 0 && !isFirstName(name[0].text) && (flagsOf(name[0]) & GIVEN_NAME) === 0) {
      emit(ctx, name, "organization");
      taken ??= new Set();
      for (const t of name) taken.add(t.index);
      continue;
    }
    // "Workers flee. Jane Doe/Reuters": ordinary words before the photographer's name are not part of it.
    while (name.length > 2 && ((flagsOf(name[0]) & (FUNCTION_WORD | COMMON_WORD)) !== 0 || name[0].sentenceStart)) name = name.slice(1);
    if (m[1] !== undefined) while (name.length > 2 && PAGE_WIDGET_WORDS.has(name[name.length - 1].text)) name = name.slice(0, -1);
    if (name.length < 2 || PAGE_WIDGET_WORDS.has(name[0].text) || name.some((t, k) => (flagsOf(t) & (FUNCTION_WORD | MONTH | WEEKDAY)) !== 0 && !weekdayAsFamilyName(ctx.text, t, name[k + 1]))) continue;
    // "Photo: Presidential Press Service / AFP": a source that ends with an office's word is a handout's, no one.
    if (CREDIT_SOURCE_HEADS.has(name[name.length - 1].text)) continue;
    const surface = spanText(ctx, name);
    if (isKnownOrg(surface)) continue;
    emit(ctx, name, "person", { name: name.map((t) => (t.allCaps && t.text.length > 1 ? titleCaseName(t.text) : t.text)).join(" ") });
    taken ??= new Set();
    for (const t of name) taken.add(t.index);
    // "Jane Doe/Ritzau Scanpix": an agency of two words after the photographer is one organization, not a second
    // person's name.
    if (m[2] !== undefined) {
      const agency = tokens.filter((t) => t.start >= to && t.end <= block.start + m!.index + m![0].length && !taken!.has(t.index));
      if (agency.length >= 2) {
        emit(ctx, agency, "organization");
        for (const t of agency) taken.add(t.index);
      }
    }
    // The widget's words after the name name nothing.
    for (let k = name[name.length - 1].index + 1; k < tokens.length && PAGE_WIDGET_WORDS.has(tokens[k].text); k++) taken.add(k);
  }
  // "(photo: Jana Kowal/Gazeta Nadmorska)": the photographer first, then the source, when a first name opens it.
  NAME_FIRST_CREDIT.lastIndex = 0;
  for (let m = NAME_FIRST_CREDIT.exec(line); m; m = NAME_FIRST_CREDIT.exec(line)) {
    const from = block.start + m.index + m[0].indexOf(m[1]);
    const name = tokens.filter((t) => t.start >= from && t.end <= from + m![1].length);
    // (Which side is the photographer: a known first name opens it, or the source is no name of two or three
    // capitalised words, "Notes from Poland"; "(Photo: Gazeta Nadmorska/Jan Kowal)" was read above.)
    const source = m[2].trim();
    if (name.length < 2 || !(isFirstName(name[0].text) || /\s\p{Ll}/u.test(source) || isKnownOrg(source)) || name.some((t) => t.allCaps || taken?.has(t.index) || (flagsOf(t) & (FUNCTION_WORD | MONTH | WEEKDAY)) !== 0)) continue;
    emit(ctx, name, "person");
    taken ??= new Set();
    for (const t of name) taken.add(t.index);
  }
  return taken;
}

/** A run's tokens with some left out, as the pieces between them. */
function withoutTokens(run: Token[], out: Set<number>): Token[][] {
  const pieces: Token[][] = [];
  let current: Token[] = [];
  for (const t of run) {
    if (!out.has(t.index)) current.push(t);
    else if (current.length) {
      pieces.push(current);
      current = [];
    }
  }
  if (current.length) pieces.push(current);
  return pieces;
}

/** A capitalised compass word right before a place: "North Sumatra", "Southeast Sulawesi", "Central Java". */
const COMPASS_BEFORE = /(?:^|[^\p{L}\p{N}-])(North|South|East|West|Northeast|Northwest|Southeast|Southwest|North-East|North-West|South-East|South-West|Central) $/u;

/**
 * A capitalised compass word before a place names a region of it, which the lists know only in part ("North
 * Sumatra", "Southeast Sulawesi province", "South Kivu"): the word joins the place's mention, so that the region
 * is not taken for the island or the country it is part of.
 */
function compassRegions(ctx: Ctx): void {
  const ends = new Set<number>();
  for (const m of ctx.mentions) ends.add(m.end);
  for (const m of ctx.mentions) {
    if (m.kind !== "place" || m.start < 5) continue;
    const c = ctx.text.charCodeAt(m.start - 2);
    // (Only where the character before the space ends a compass word: "h", "t" or "l".)
    if (ctx.text.charCodeAt(m.start - 1) !== 32 || (c !== 104 && c !== 116 && c !== 108)) continue;
    const w = COMPASS_BEFORE.exec(ctx.text.slice(Math.max(0, m.start - 12), m.start));
    if (!w || ends.has(m.start - 1)) continue;
    const start = m.start - w[1].length - 1;
    const text = ctx.text.slice(start, m.end);
    const name = w[1] + " " + m.name;
    m.start = start;
    m.text = text;
    m.name = intern(placeName(name) ?? name);
  }
}

/** Prefixes of ships' names ("MV Sewol", "KM Sinar Bahari 3", "USS Cole"): the words after them name a vessel, no one. */
const VESSEL_PREFIXES = new Set(["MV", "KM", "KMP", "MT", "MS", "SS", "RMS", "HMS", "USS", "USNS", "HMAS", "HMCS", "HMNZS", "INS", "KRI", "BRP", "FV", "RV", "SV", "MY"]);

function classifyRun(ctx: Ctx, block: Block, blockTokens: Token[], run: Token[], titleCase: boolean): void {
  // A page's "Purchase Licensing Rights" button names nothing, also after a credit's upper-case words
  // ("NO RESALE. NO ARCHIVES Purchase Licensing Rights").
  if (run.length >= 2 && run.every((t) => PAGE_WIDGET_WORDS.has(t.text))) return;
  if (run.length > 3 && run[run.length - 3].text === "Purchase" && run[run.length - 2].text === "Licensing" && run[run.length - 1].text === "Rights") {
    classifyRun(ctx, block, blockTokens, run.slice(0, -3), titleCase);
    return;
  }
  // "US$9.4 billion", "HK$20", "9.4 billion U.S. dollars": a currency's country prefix names no place.
  const lastWord = run[run.length - 1];
  if (lastWord.allCaps && CURRENCY_AFTER.test(ctx.text.slice(lastWord.end, lastWord.end + 9))) {
    if (run.length > 1) classifyRun(ctx, block, blockTokens, run.slice(0, -1), titleCase);
    return;
  }
  // "the MV Sewol", "KM Sinar Bahari 3": a ship's name is neither a person nor an organization. (Not "SS Panzer
  // Division": a name ending with an organization's head word is that organization.)
  let v = 0;
  while (v < run.length - 1 && (flagsOf(run[v]) & FUNCTION_WORD) !== 0 && run[v].sentenceStart) v++;
  if (run.length - v >= 2 && VESSEL_PREFIXES.has(run[v].text) && !run[v + 1].allCaps && (flagsOf(run[run.length - 1]) & ORG_HEAD) === 0) return;
  // "PT Jasa Raharja", "PT Sinar Bahari Lines": Indonesia's "PT" (a limited company) opens a company's name.
  // (Not Pacific Time after a clock time: "10 a.m. PT".)
  if (run.length >= 2 && run[0].text === "PT" && !run[1].allCaps && (flagsOf(run[1]) & (WEEKDAY | MONTH | FUNCTION_WORD)) === 0 && !/(?:\d|[ap]\.?m\.?)\s*$/i.test(ctx.text.slice(Math.max(0, run[0].start - 8), run[0].start))) {
    let e = 1;
    while (e < run.length && (flagsOf(run[e]) & (FUNCTION_WORD | WEEKDAY | MONTH)) === 0 && !run[e].allCaps) e++;
    emit(ctx, run.slice(0, e), "organization");
    if (e < run.length) classifyRun(ctx, block, blockTokens, run.slice(e), titleCase);
    return;
  }
  // A name the user confirmed (or an alias of it) is that entity, however it is written.
  if (ctx.decided.size) {
    for (let s = 0; s < run.length; s++)
      for (let e = run.length; e > s; e--) {
        const kind = ctx.decided.get(spanText(ctx, run.slice(s, e)));
        if (!kind) continue;
        if (s > 0) classifyRun(ctx, block, blockTokens, run.slice(0, s), titleCase);
        emit(ctx, run.slice(s, e), kind);
        if (e < run.length) classifyRun(ctx, block, blockTokens, run.slice(e), titleCase);
        return;
      }
  }
  // "The Times of India", "The Times of Malta": after "The", a newspaper's word and "of" before a place name a paper,
  // and the place is part of its name (no mention of the place).
  const paperOf = run.length < 3 ? -1 : run.findIndex((t, i) => i > 0 && i + 1 < run.length && t.text === "of" && OUTLET_WORDS.has(run[i - 1].text));
  if (paperOf > 0) {
    const head = run[paperOf - 1];
    const the = paperOf >= 2 ? run[paperOf - 2] : undefined;
    const place = run[paperOf + 1];
    if (the && the.text === "The" && oneSpace(ctx.text, the.end, head.start) && placeName(place.text) !== undefined) {
      const s = paperOf - 1;
      if (s > 0) classifyRun(ctx, block, blockTokens, run.slice(0, s), titleCase);
      emit(ctx, run.slice(s, paperOf + 2), "organization");
      if (paperOf + 2 < run.length) classifyRun(ctx, block, blockTokens, run.slice(paperOf + 2), titleCase);
      return;
    }
  }
  // "Strait of Hormuz", "the Democratic Republic of the Congo": a place named by "X of Y", with the capitalised
  // words before its head ("Democratic") and after "of".
  const of = run.length < 3 ? -1 : run.findIndex((t, i) => i > 0 && t.text === "of" && PLACE_OF_HEADS.has(run[i - 1].text));
  if (of > 0) {
    let s = of - 1;
    while (s > 0 && !titleCase && run[s - 1].cap && (flagsOf(run[s - 1]) & (TITLE | WEEKDAY | MONTH | GIVEN_NAME | FUNCTION_WORD)) === 0 && !run[s - 1].allCaps) s--;
    let e = of + 1;
    while (e < run.length && (run[e].text === "the" || (run[e].cap && (flagsOf(run[e]) & (TITLE | WEEKDAY | MONTH)) === 0))) e++;
    if (s > 0) classifyRun(ctx, block, blockTokens, run.slice(0, s), titleCase);
    const span = run.slice(s, e);
    // "the Kingdom of Saudi Arabia" is Saudi Arabia; "the Gulf of Mexico" is not Mexico.
    const tail = run.slice(run[of + 1]?.text === "the" ? of + 2 : of + 1, e);
    const state = STATE_HEADS.has(run[of - 1].text) && tail.length ? placeName(spanText(ctx, tail)) : undefined;
    emit(ctx, span, "place", { name: placeName(spanText(ctx, span)) ?? state });
    if (e < run.length) classifyRun(ctx, block, blockTokens, run.slice(e), titleCase);
    return;
  }
  // A glued typo ends a name: "Vladimir Putinand Alexander Lukashenko" is two names.
  for (let i = 0; i < run.length - 1; i++) {
    const glued = gluedPrefix(ctx, run[i]);
    if (glued) {
      classifyPiece(ctx, blockTokens, run.slice(0, i + 1), titleCase, glued);
      classifyRun(ctx, block, blockTokens, run.slice(i + 1), titleCase);
      return;
    }
  }
  const last = run[run.length - 1];
  // "Kowal Transport sp. z o.o.", "Nowak Budowa sp.j.": a Polish company's legal form after its name makes the
  // run (without a function word opening it) that company, whatever its words are.
  if (ctx.text.charCodeAt(last.end + 1) === 115 /* s */ && ctx.text.charCodeAt(last.end) === 32 && POLISH_LEGAL_FORM.test(ctx.text.slice(last.end + 1, last.end + 13))) {
    // (Nor a demonym or a compound such as "Gdańsk-based" before the name: those are read on their own.)
    let s = 0;
    while (s < run.length - 1 && ((flagsOf(run[s]) & (FUNCTION_WORD | TITLE | DEMONYM)) !== 0 || NAME_THEN_SUFFIX.test(run[s].text))) s++;
    if (s > 0) classifyPiece(ctx, blockTokens, run.slice(0, s), titleCase);
    return emit(ctx, run.slice(s), "organization");
  }
  classifyPiece(ctx, blockTokens, run, titleCase, gluedPrefix(ctx, last));
}

/** Splits a run at words that are never inside a name (function words, weekdays, months), then classifies each piece. */
function classifyPiece(ctx: Ctx, blockTokens: Token[], run: Token[], titleCase: boolean, glued?: string): void {
  let piece: Token[] = [];
  const flush = () => {
    if (piece.length) classifyNamePiece(ctx, blockTokens, piece, titleCase, piece[piece.length - 1] === run[run.length - 1] ? glued : undefined);
    piece = [];
  };
  for (let i = 0; i < run.length; i++) {
    const t = run[i];
    const decided = ctx.decided.size ? ctx.decided.get(t.text) : undefined;
    const f = flagsOf(t);
    const breaker =
      !decided &&
      (((f & FUNCTION_WORD) !== 0 && (f & TITLE) === 0 && !articleOfPlace(ctx, t, run[i + 1]) && !givenNameAsFunctionWord(ctx, blockTokens, t, f, piece.length > 0, titleCase)) ||
        ((f & WEEKDAY) !== 0 && !weekdayAsFamilyName(ctx.text, t, run[i + 1])) ||
        ((f & MONTH) !== 0 && !(i > 0 && (flagsOf(run[i - 1]) & GIVEN_NAME) !== 0)));
    if (breaker && !ordinalInsideBody(run, i, piece.length > 0, titleCase)) flush();
    else if (!decided && t.text.includes("-") && knownPartsOfCompound(ctx, t, tokenAt(blockTokens, t.index + 1), blockTokens)) flush();
    else piece.push(t);
  }
  flush();
}

const ORDINALS = new Set(["First", "Second", "Third", "Fourth", "Fifth", "Sixth"]);

/**
 * "Lianyungang First People's Hospital", "Tarvolo Second Hospital": an ordinal between a name's words, in a run ending
 * with an organization's head word, numbers the body and stays in its name (outside title-case headlines).
 */
function ordinalInsideBody(run: Token[], i: number, inName: boolean, titleCase: boolean): boolean {
  return inName && !titleCase && i < run.length - 1 && ORDINALS.has(run[i].text) && (flagsOf(run[run.length - 1]) & ORG_HEAD) !== 0;
}

/**
 * "Said" is a verb and a name: capitalised after a name word or a title ("Edward Said", "Mr Said") or inside a
 * sentence ("survivors say Said steered") it is the name, and so is a sentence's first word when a verb of saying
 * or being follows it ("Said was at the helm"). Not in a title-case headline ("Minister Said To Resign"), nor
 * first in a sentence before "the" or "to" ("Said the captain:").
 */
function givenNameAsFunctionWord(ctx: Ctx, blockTokens: Token[], t: Token, f: number, afterNameWord: boolean, titleCase: boolean): boolean {
  if ((f & GIVEN_NAME) === 0 || titleCase || t.allCaps) return false;
  if (afterNameWord || !t.sentenceStart) return true;
  const next = tokenAt(blockTokens, t.index + 1);
  return next !== undefined && !next.cap && oneSpace(ctx.text, t.end, next.start) && STRONG_SPEECH_OR_BEING.has(next.text);
}

/** Verbs after a sentence's first word that make it someone: "Said was", "Said told". */
const STRONG_SPEECH_OR_BEING = new Set([...STRONG_SPEECH, "was", "is", "has", "had", "denies", "denied"]);

/** A prefix and the name glued after it by a hyphen, tried only where a hyphen follows a prefix's last letter. */
const PREFIXED_NAME_AT = /(?:[Pp]ro|[Aa]nti|[Ee]x|[Nn]on|[Pp]ost|[Pp]re|[Nn]eo)-(\p{Lu}[\p{L}\p{M}]+)(?![\p{L}\p{N}-])/uy;
const PREFIX_LENGTHS = [2, 3, 4];
const LETTER_OR_DIGIT_BEFORE = /[\p{L}\p{N}]$/u;

/**
 * "anti-Putin", "pro-Kremlin", "ex-Soviet": a name after a lower-case prefix is a mention when the article names
 * that person elsewhere, or when it is a known place or body (the prefixed word is never a name run itself).
 * The text is searched hyphen by hyphen, and the expression tried only at a prefix's start: one expression
 * over the whole text (a look-behind, Unicode classes) cost more than all the other name rules together.
 */
function namesAfterPrefixes(ctx: Ctx): void {
  const text = ctx.text;
  let people: Set<string> | undefined;
  for (let hyphen = text.indexOf("-"); hyphen >= 0; hyphen = text.indexOf("-", hyphen + 1)) {
    const c = text.charCodeAt(hyphen + 1);
    // The name starts with a capital: ASCII ones are told at once, others by the expression.
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 32 || c === 45 || Number.isNaN(c)) continue;
    for (const length of PREFIX_LENGTHS) {
      const at = hyphen - length;
      if (at < 0) continue;
      PREFIXED_NAME_AT.lastIndex = at;
      const m = PREFIXED_NAME_AT.exec(text);
      if (!m || at + m[0].length - m[1].length !== hyphen + 1) continue;
      if (at > 0 && LETTER_OR_DIGIT_BEFORE.test(text.slice(Math.max(0, at - 2), at))) continue;
      const name = m[1];
      if (!people) {
        people = new Set();
        for (const x of ctx.mentions) if (x.kind === "person") for (const w of x.name.split(" ")) people.add(w);
      }
      const kind = people.has(name) ? "person" : listedKind(name);
      if (kind) addWordMention(ctx, hyphen + 1, name, kind);
      break;
    }
  }
}

/** US states and Canadian provinces as AP style abbreviates them after a city ("Palm Beach, Fla."). */
const STATE_ABBREVIATIONS: Record<string, string> = Object.assign(Object.create(null), {
  Ala: "Alabama", Ariz: "Arizona", Ark: "Arkansas", Calif: "California", Colo: "Colorado", Conn: "Connecticut", Del: "Delaware",
  Fla: "Florida", Ga: "Georgia", Ill: "Illinois", Ind: "Indiana", Kan: "Kansas", Ky: "Kentucky", La: "Louisiana", Md: "Maryland",
  Mass: "Massachusetts", Mich: "Michigan", Minn: "Minnesota", Miss: "Mississippi", Mo: "Missouri", Mont: "Montana", Neb: "Nebraska",
  Nev: "Nevada", Okla: "Oklahoma", Ore: "Oregon", Pa: "Pennsylvania", Tenn: "Tennessee", Vt: "Vermont", Va: "Virginia",
  Wash: "Washington", Wis: "Wisconsin", Wyo: "Wyoming", Alta: "Alberta", Sask: "Saskatchewan", Ont: "Ontario", Que: "Quebec",
  Nfld: "Newfoundland and Labrador",
});
/**
 * ", Fla." and the like. A plain expression that opens with a literal comma and space, which the engine scans for
 * quickly; the capitalised word before it is checked by hand. (A look-behind with Unicode classes here cost the
 * names stage a sixth of its time.)
 */
const STATE_AFTER_COMMA = new RegExp(`, (${Object.keys(STATE_ABBREVIATIONS).join("|")})\\.(?![A-Za-z\\u00C0-\\u024F])`, "g");

/**
 * "Palm Beach, Fla.", "PALM BEACH, Fla. (AP)": an abbreviated state after a capitalised name and a comma is a
 * place. (Only there: "Mass." or "Ind." alone could be other words.)
 */
function stateAbbreviations(ctx: Ctx): void {
  if (!ctx.text.includes(".")) return;
  STATE_AFTER_COMMA.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = STATE_AFTER_COMMA.exec(ctx.text)); ) {
    if (!capitalisedWordEndsAt(ctx.text, m.index)) continue;
    const start = m.index + 2;
    const end = start + m[1].length + 1;
    // The name before it is a city, whatever it looked like ("from Palm Beach, Fla.").
    const city = ctx.mentions.find((x) => x.end === start - 2);
    if (city && city.kind === "person") {
      city.kind = "place";
      city.form = "full";
    }
    const found = ctx.mentions.find((x) => x.start < end && start < x.end);
    // Another rule may have read the abbreviation already (a dateline's second segment): it names the state.
    if (found) {
      if (found.kind === "place" && found.text === m[1]) found.name = intern(STATE_ABBREVIATIONS[m[1]]);
      continue;
    }
    ctx.mentions.push({ file: "", start, end, text: ctx.text.slice(start, end), kind: "place", name: intern(STATE_ABBREVIATIONS[m[1]]), form: "full" });
  }
}

/** Whether a capitalised word ends at `end` ("Beach" before ", Fla."): letters back to an upper-case one. */
function capitalisedWordEndsAt(text: string, end: number): boolean {
  let k = end - 1;
  while (k >= 0 && /[\p{L}'’.-]/u.test(text[k])) k--;
  const first = text[k + 1];
  return first !== undefined && k + 1 < end && first !== first.toLowerCase() && first === first.toUpperCase();
}

/** "Moscow-backed", "Kyiv-based", "US-made": a known place or body before a lower-case word. */
const NAME_THEN_SUFFIX = /^(\p{Lu}[\p{L}\p{M}.'’]*)-\p{Ll}[\p{Ll}-]*$/u;

/**
 * A hyphenated word made of a known place's or body's name and a lower-case word ("Moscow-backed"), or of
 * known places' names only ("Russia-Ukraine"): each name is a mention of its own, and the word is no part of
 * a person's name ("Paris-born Anne Vell" names Anne Vell). Returns whether the word was such a compound.
 */
function knownPartsOfCompound(ctx: Ctx, t: Token, next?: Token, blockTokens?: Token[]): boolean {
  const suffixed = NAME_THEN_SUFFIX.exec(t.text);
  const parts = suffixed ? [suffixed[1]] : t.text.split("-");
  if (parts.length < 2 && !suffixed) return false;
  const kinds = parts.map(listedKind);
  // "the Duesseldorf-based group", "a Tarnow-based lawyer": a name no list knows is where a company or a person
  // is based, when a noun for one follows (at most one word between: "the Leeds-based engineering group").
  if (suffixed && kinds[0] === undefined && next && blockTokens && SEAT_SUFFIX.test(t.text) && /^\p{Lu}\p{Ll}{2,}$/u.test(parts[0]) && !GIVEN_NAMES.has(parts[0]) && seatHolderNoun(ctx, blockTokens, next))
    kinds[0] = "place";
  // "the Dhaka-Tangail highway", "the Lviv-Przemysl line": a route between two places names both ends, the one
  // no list knows too.
  if (!suffixed && next && !next.cap && ROUTE_NOUNS.has(next.text) && oneSpace(ctx.text, t.end, next.start) && kinds.some((k) => k === "place") && parts.every((p, k) => kinds[k] === "place" || /^\p{Lu}\p{Ll}{2,}$/u.test(p)))
    kinds.forEach((k, i) => (kinds[i] = k ?? "place"));
  if (kinds.some((k) => k === undefined)) return false;
  let offset = t.start;
  parts.forEach((part, k) => {
    addWordMention(ctx, offset, part, kinds[k]!);
    offset += part.length + 1;
  });
  return true;
}

/** "-based", "-headquartered": the compound says where something is based. */
const SEAT_SUFFIX = /-(?:based|headquartered)$/;

/** Whether `next`, or the word after it, is a lower-case noun for a company or a person ("group", "lawyer"). */
function seatHolderNoun(ctx: Ctx, blockTokens: Token[], next: Token): boolean {
  const holder = (t: Token) => !t.cap && (ORG_NOUNS.has(t.text) || ORG_HEADS_LOWER.has(t.text) || PERSON_ROLES.has(t.text));
  if (!oneSpace(ctx.text, blockTokens[next.index - 1].end, next.start) || next.cap) return false;
  if (holder(next)) return true;
  const after = tokenAt(blockTokens, next.index + 1);
  return after !== undefined && oneSpace(ctx.text, next.end, after.start) && holder(after);
}

/** One run of capitalised words without function words: organizations, places, then people. */
function classifyNamePiece(ctx: Ctx, blockTokens: Token[], piece: Token[], titleCase: boolean, glued?: string): void {
  const decided = ctx.decided.size ? ctx.decided.get(spanText(ctx, piece)) : undefined;
  if (decided) return emit(ctx, piece, decided, { glued });

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
    while (e < piece.length && !piece[e].allCaps && (flagsOf(piece[e]) & (TITLE | GIVEN_NAME)) === 0) e++;
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

/** Plural names for a party's members: a name ending with one names a group. */
const PARTY_MEMBERS = new Set(["Republicans", "Democrats", "Conservatives", "Tories", "Liberals", "Socialists", "Communists", "Greens", "Nationalists", "Unionists", "Loyalists", "Labourites"]);

/** A Polish company's legal form: "sp. z o.o." (a limited company), "sp.j.", "sp. k.", "sp.p." (partnerships). */
const POLISH_LEGAL_FORM = /^sp\. ?(?:z ?o\. ?o\.|[jkp]\.)/;
/** Heads of "X of Y" that name the state Y itself: "the Kingdom of Saudi Arabia", "the Republic of Korea". */
const STATE_HEADS = new Set(["Republic", "Kingdom", "Sultanate", "Emirate", "Principality"]);

/** Articles that open place names: "El Geneina", "La Paz", "Al Hudaydah", "Le Havre", "Los Angeles". */
const CITY_ARTICLES = new Set(["El", "Al", "La", "Le", "Los", "Las", "Les"]);

/** Words before "in" that make what follows a publication: "published in X", "a study in X". */
const PUBLICATION_CUES = new Set(["published", "appeared", "printed", "paper", "article", "editorial", "column", "op-ed"]);

/** Last words of the names of laws, treaties and plans: such a name is no person, place or organization. */
const DOCUMENT_HEADS = new Set(["Act", "Acts", "Bill", "Treaty", "Accord", "Accords", "Agreement", "Convention", "Protocol", "Charter", "Amendment", "Doctrine", "Directive", "Declaration"]);

/** Plural nouns for a group's people: a name before one is the group's ("Extinction Rebellion activists"). */
const GROUP_MEMBERS = new Set(["activists", "protesters", "protestors", "supporters", "members", "campaigners", "militants", "fighters", "loyalists", "volunteers", "lawmakers", "delegates", "fans"]);

/** "… School District", "… Health District": a district named for the service it runs is the body that runs it. */
function serviceDistrict(tokens: Token[]): boolean {
  return tokens.length >= 2 && tokens[tokens.length - 1].text === "District" && SERVICE_DISTRICT_WORDS.has(tokens[tokens.length - 2].text);
}

/** A run of name words with no title, ordinary word or known place inside: decide from its context. */
function classifyCandidate(ctx: Ctx, blockTokens: Token[], tokens: Token[], title: boolean, titleCase: boolean, glued?: string, afterOrdinary = false, titleWord?: string): void {
  // (Particles do not count: "Luiz Inácio Lula da Silva" is one name of four words.)
  if (tokens.length > 4 && tokens.filter((t) => !isNameParticle(t.text)).length > 4) {
    // Too long for one name: judge the parts separately.
    classifyCandidate(ctx, blockTokens, tokens.slice(0, tokens.length - 2), false, titleCase);
    classifyCandidate(ctx, blockTokens, tokens.slice(tokens.length - 2), false, titleCase, glued);
    return;
  }
  const first = tokens[0];
  const lastTok = tokens[tokens.length - 1];
  const prev = tokenAt(blockTokens, first.index - 1);
  const next = tokenAt(blockTokens, lastTok.index + 1);
  const text = ctx.text;
  // Only an age ("33-year-old X") is read before the name, and only an apposition after a comma after it:
  // the text is cut out only when it can hold either (this runs for every candidate).
  const before = ageMarkBefore(ctx, first.start) ? text.slice(Math.max(0, first.start - 40), first.start) : "";
  // (Both end with the block: "Keywords: …, Sandıklı, TCDD" is not described by the copyright line under it.)
  const after = text.charCodeAt(lastTok.end) === 44 ? text.slice(lastTok.end, Math.min(lastTok.end + 160, blockEnd(text, blockTokens))) : "";
  const multi = tokens.length >= 2;

  // Places from their context: "Nara City" (the head is in the run when capitalised), "Nara prefecture", "the city of Derna".
  if (multi && PLACE_HEADS.has(lastTok.text)) return emit(ctx, tokens, serviceDistrict(tokens) ? "organization" : "place", { glued });
  // "the Corinthia regional unit", a Greek prefecture's name since 2011: the two words are one head.
  const unit = next && next.text === "regional" && !title ? tokenAt(blockTokens, next.index + 1) : undefined;
  if (next && unit && unit.text === "unit" && oneSpace(ctx.text, lastTok.end, next.start) && oneSpace(ctx.text, next.end, unit.start))
    return emit(ctx, [...tokens, next, unit], "place", { name: `${nameOf(tokens)} Regional Unit` });
  // "the Shatnal launch ghat", "Mawa ferry ghat": a river landing (South Asian English) is the place of that name.
  if (next && (next.text === "launch" || next.text === "ferry") && !title && tokenAt(blockTokens, next.index + 1)?.text === "ghat" && oneSpace(ctx.text, lastTok.end, next.start))
    return emit(ctx, tokens, "place", { glued });
  if (next && !next.cap && PLACE_HEADS_LOWER.has(next.text) && oneSpace(ctx.text, lastTok.end, next.start) && !title) {
    // "Nara prefecture" is its own place; "Nara city" is the city of Nara, "Baluchar village" the village Baluchar.
    // "the Doce river" is the Doce River; the mention is the name alone.
    const isCity = next.text !== "river" && BARE_NAME_HEADS.has(next.text);
    if (next.text === "river") return emit(ctx, tokens, "place", { name: `${nameOf(tokens)} River` });
    return emit(ctx, isCity ? tokens : [...tokens, next], "place", { name: isCity ? nameOf(tokens) : `${nameOf(tokens)} ${cap(next.text)}` });
  }
  // "in the Sonapur area", "the wider Kelowna area": a name between "the" and "area" is a place.
  if (next && next.text === "area" && prev && !prev.cap && (prev.text === "the" || prev.text === "wider" || prev.text === "greater") && !title && !lastTok.possessive && oneSpace(ctx.text, lastTok.end, next.start))
    return emit(ctx, tokens, "place", { glued });
  // "Kano's Sabon Gari market", "Nairobi's Kibera slum": a name between a place's possessive and a noun for a part
  // of a town is a place in it.
  if (!title && prev && prev.possessive && next && !next.cap && PLACE_PART_NOUNS.has(next.text) && oneSpace(ctx.text, lastTok.end, next.start) && !lastTok.possessive && placeName(prev.text) !== undefined)
    return emit(ctx, tokens, "place", { glued });
  // "the Ketu and Ojodu areas": both names of a pair before the plural are places.
  if (!title && !lastTok.possessive && next && prev && !prev.cap && areasPair(ctx, blockTokens, prev, next)) return emit(ctx, tokens, "place", { glued });
  // "the villages of Kato Vrisi and Ano Lakka", "the towns of X, Y and Z": every name of the list is a place.
  if (!title && prev && !lastTok.possessive && placesListAfterPlural(ctx, blockTokens, first)) return emit(ctx, tokens, "place", { glued });
  // "Brazoria, Galveston and Harris counties", "the Lunar and Ferrow provinces": every name of the list is one.
  // Named "Harris County" where the article writes that too (as "Harris county" is named), else by the name alone.
  const pluralHead = !title && next && !lastTok.possessive ? placesListBeforePlural(ctx, blockTokens, first, lastTok) : undefined;
  if (pluralHead) {
    const bare = nameOf(tokens);
    const headed = ctx.text.includes(`${bare} ${pluralHead}`) || ctx.text.includes(`${bare} ${lower(pluralHead)}`);
    return emit(ctx, tokens, "place", { name: headed ? `${bare} ${pluralHead}` : placeName(bare) });
  }
  if (prev && prev.text === "of" && !title) {
    const noun = tokenAt(blockTokens, first.index - 2);
    if (noun && PLACE_OF_NOUNS.has(noun.cap ? lower(noun.text) : noun.text)) return emit(ctx, tokens, "place", { glued });
  }
  // Organizations from their context: "state news agency Belta", "Nara Nishi police station", "X, a US investment firm".
  // ("according to security consultancy Votar Seguro,": several words too, when punctuation ends them and no first
  // name opens them; "the team Lionel Messi joined" is a person.)
  if (!title && (!multi || (!(isFirstName(first.text) || (flagsOf(first) & GIVEN_NAME) !== 0) && !(next && spacesOnly(ctx.text, lastTok.end, next.start)))) && prev && !prev.cap && ORG_NOUNS.has(prev.text) && !PERSON_ROLES.has(prev.text) && oneSpace(ctx.text, prev.end, first.start)) return emit(ctx, tokens, "organization", { glued });
  // "the Kalma displacement camp", "in Kalma camp", "Kalma camp for displaced people": a camp people live in is a
  // place (not "the Biden camp", a political side, nor "a prison camp").
  if (!title && next && !lastTok.possessive && oneSpace(ctx.text, lastTok.end, next.start) && campOfPeople(ctx, blockTokens, prev, next)) return emit(ctx, tokens, "place", { glued });
  if (!title && (multi || !first.sentenceStart) && next && !next.cap && ORG_HEADS_LOWER.has(next.text) && oneSpace(ctx.text, lastTok.end, next.start) && !lastTok.possessive) return emit(ctx, tokens, "organization", { glued });

  // "from Pruszcz Gdański near Gdańsk", "Nowa Wieś near Kraków": a name right before "near" and a known place is
  // a place (the small town is placed by the big one).
  if (!title && next && next.text === "near" && oneSpace(ctx.text, lastTok.end, next.start) && !lastTok.possessive) {
    const after = tokenAt(blockTokens, next.index + 1);
    if (after && after.cap && oneSpace(ctx.text, next.end, after.start) && placeName(after.text) !== undefined && !isFirstName(first.text) && !GIVEN_NAMES.has(first.text) && !isRoleToken(prev)) return emit(ctx, tokens, "place", { glued });
  }
  // "the Minas Gerais fire department": a name between "the" and a noun modifies the noun, and has no
  // person's shape; left for the article's other mentions (or other articles) to decide.
  if (multi && !title && prev && prev.text === "the" && next && !next.cap && oneSpace(ctx.text, lastTok.end, next.start) && !lastTok.possessive && !LOWER_FUNCTION_WORDS.has(next.text) && !SPEECH_VERBS.has(next.text) && !before) {
    ctx.pending.push({ tokens, blockTokens, titleCase, glued });
    return;
  }
  // "Extinction Rebellion activists", "Black Lives Matter protesters": a name of several words, none a first
  // name, before a noun for a group's people names the group. ("Trump supporters" is one word: left alone.)
  if (multi && !title && next && !next.cap && GROUP_MEMBERS.has(next.text) && oneSpace(ctx.text, lastTok.end, next.start) && !tokens.some((t) => GIVEN_NAMES.has(t.text)) && !lastTok.possessive)
    return emit(ctx, tokens, "organization", { glued });
  // "House Republicans", "Senate Democrats": a party's members in a chamber are a group, never a person.
  if (multi && PARTY_MEMBERS.has(lastTok.text)) return emit(ctx, tokens, "organization", { glued });
  let ev = personEvidence(ctx, blockTokens, tokens, title, titleCase || afterOrdinary, before, after);
  // "the captain, identified only as Ruslan", "a man named by police as Dara Quill": a person's name follows.
  if (ev.kind === null && tokens.length <= 3 && identifiedOnlyAs(blockTokens, first)) ev = { kind: "person" };
  // "Markus B., 58,", "Anna-Lena K. said": a first name and the family name's initial, as German and Dutch papers
  // name defendants and suspects (not "George W. Bush": the initial ends the name here).
  if (ev.kind === null && multi && initialEndsName(ctx, tokens)) ev = { kind: "person" };
  // "Ter Maat said" where the article wrote "Gerrit ter Maat": the family name with its particle capitalised.
  if (ev.kind === null && multi && first.cap && isNameParticle(lower(first.text)) && capitalisedParticleOpensName(ctx, tokens, 0)) ev = { kind: "person" };
  // "near Khan Younis", "in Ras Lanuf": after a preposition of place, a name without a first name, a title or
  // a personal apposition is a place.
  // "published in Nature Medicine", "an article in Foreign Affairs": after "in", a publication, not a place.
  if (prev && prev.text === "in" && PUBLICATION_CUES.has(tokenAt(blockTokens, prev.index - 1)?.text ?? "")) return emit(ctx, tokens, "organization", { glued });
  // So is one after such a preposition opening the sentence, before a comma: "In Khan Younis, residents queued".
  const openingPreposition = prev !== undefined && prev.cap && prev.sentenceStart && PLACE_PREPOSITIONS.has(lower(prev.text)) && prev.text !== "From" && ctx.text.charCodeAt(lastTok.end) === 44;
  if (multi && !title && !ev.age && !ev.description && prev && ((!prev.cap && PLACE_PREPOSITIONS.has(prev.text) && prev.text !== "from" && !GIVEN_NAMES.has(first.text) && placeAfter(ctx, blockTokens, prev, lastTok)) || (openingPreposition && !isFirstName(first.text))) && !lastTok.possessive && oneSpace(ctx.text, prev.end, first.start))
    return emit(ctx, tokens, "place", { glued });
  if (ev.kind === "organization" || ev.kind === "place") return emit(ctx, tokens, ev.kind, { glued });
  if (ev.kind === "person") {
    // In a headline the words after a name are capitalised too ("Dara Mulvey Wins Harbour Vote"): a name found
    // there by its first name is taken as first name and surname only.
    const span = titleCase && !title && tokens.length > 2 ? tokens.slice(0, 2) : tokens;
    return emit(ctx, span, "person", { glued: span === tokens ? glued : undefined, description: ev.description, age: ev.age, title: titleWord });
  }
  ctx.pending.push({ tokens, blockTokens, titleCase, glued });
}

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

/** Initials written with periods: "T.", "T.M.", "J.K.". */
const INITIALS = /^(?:\p{Lu}\.)+$/u;

/** Last words of a company's two-word name ("Altvik Dynamics", "Hoshimura Holdings"), whose first word alone is the company. */
const COMPANY_HEADS = new Set(["Holdings", "Group", "Bank", "Systems", "Technologies", "Industries", "Dynamics", "Robotics", "Aerospace", "Motors", "Electronics", "Pharmaceuticals", "Energy", "Airlines", "Airways", "Corp", "Corporation", "Inc", "Ltd", "GmbH", "AG", "SE", "SA", "NV", "PLC", "plc", "LLC", "Capital", "Partners", "Ventures", "Enterprises", "Solutions", "Logistics", "Shipping", "Chemicals", "Steel", "Telecom", "Foods", "Brands"]);

/** Words that end a company's name after its own ("Chemical Co", "Investment Corp"), beside COMPANY_HEADS. */
const COMPANY_TAIL_WORDS = new Set(["Chemical", "Petrochemical", "Pharmaceutical", "Investment", "Investments", "Co", "Company"]);

/**
 * A company's own name inside its full name: the words before its heads ("Chemical Co", "Investment Corp"), without
 * a town the company is named for before them when one word is left ("Lianyungang Ruitai Chemical Co" -> "Ruitai",
 * "Formosa Kaiyuan Investment Corp" -> "Formosa Kaiyuan"). Undefined when the name ends with no head.
 */
function companyOwnName(name: string, townFirst: (w: string, next: string) => boolean = (w, next) => placeName(w) !== undefined && placeName(next) === undefined): string | undefined {
  const words = name.split(" ");
  let end = words.length;
  while (end > 1 && (COMPANY_HEADS.has(words[end - 1]) || COMPANY_TAIL_WORDS.has(words[end - 1]))) end--;
  if (end === words.length || end > 3) return undefined;
  if (end === 2 && townFirst(words[0], words[1])) return words[1];
  return words.slice(0, end).join(" ");
}

/**
 * "Lianyungang Ruitai Chemical Co … a stake in Ruitai", "Formosa Kaiyuan Investment Corp … Formosa Kaiyuan said": a
 * company's own name (see companyOwnName) that the article read as a place, or as places side by side, or left
 * unresolved, is the company. Not when the own name is itself a place the lists know ("Nanjing Chemical Co").
 */
function companyShortNames(ctx: Ctx, unresolved: UnresolvedName[]): void {
  // The town opening the name is a place the article or the lists know, or the word after it stands alone
  // somewhere in the article ("Ruitai's chairman").
  let alone: Set<string> | undefined;
  const townFirst = (w: string, next: string) => {
    if (placeName(next) !== undefined) return false;
    if (!alone) {
      alone = new Set(unresolved.map((u) => u.name));
      for (const p of ctx.mentions) if (p.kind === "place") alone.add(p.name);
    }
    return alone.has(next) || alone.has(w) || placeName(w) !== undefined;
  };
  let owns: Set<string> | undefined;
  for (const m of ctx.mentions) {
    if (m.kind !== "organization" || !m.name.includes(" ")) continue;
    const own = companyOwnName(m.name, townFirst);
    if (!own || own === m.name || placeName(own) !== undefined || COMMON_WORDS.has(own) || GIVEN_NAMES.has(own) || ctx.vocab.has(lower(own))) continue;
    if (!own.includes(" ") && !/^\p{Lu}\p{Ll}{2,}$/u.test(own)) continue;
    (owns ??= new Set()).add(own);
  }
  if (!owns) return;
  const text = ctx.text;
  let gone: Set<Mention> | undefined;
  for (const m of ctx.mentions) {
    if (m.kind !== "place" || gone?.has(m)) continue;
    for (const own of owns) {
      const end = m.start + own.length;
      if (!text.startsWith(own, m.start) || end < m.end || /[\p{L}\p{N}]/u.test(text.charAt(end))) continue;
      const inside = ctx.mentions.filter((o) => o !== m && o.start >= m.start && o.start < end);
      if (inside.some((o) => o.kind !== "place" || o.end > end)) continue;
      for (const o of inside) (gone ??= new Set()).add(o);
      m.kind = "organization";
      m.end = end;
      m.text = own;
      m.name = own;
      m.form = "full";
      break;
    }
  }
  if (gone) ctx.mentions = ctx.mentions.filter((o) => !gone!.has(o));
  let kept = 0;
  for (const u of unresolved) {
    if (owns.has(u.name) && text.slice(u.start, u.end) === u.name) addWordMention(ctx, u.start, u.name, "organization");
    else unresolved[kept++] = u;
  }
  unresolved.length = kept;
}

/** Between a person's name and a word: what gives the word as the person's nickname (", known as ", " 'X' "). */
const NICKNAME_CUE = /(?:,\s*(?:(?:better|commonly|widely|popularly|also) )?(?:known as|nicknamed|dubbed) | ['‘"“])$/;

/** Second pass: a word found as a name once is that name wherever the article repeats it. */
function resolvePending(ctx: Ctx): UnresolvedName[] {
  const unresolved: UnresolvedName[] = [];
  const keys = new Map<string, EntityKind | null>();
  let placeNames: Set<string> | undefined;
  const addKey = (k: string, kind: EntityKind) => {
    if (k.length < 2) return;
    const had = keys.get(k);
    if (had === undefined) keys.set(k, kind);
    else if (had !== kind) keys.set(k, null);
  };
  for (const m of ctx.mentions) {
    addKey(m.name, m.kind);
    // "the Arkadia regional unit", "Nara Prefecture": the name without its head is a place too (the unit or its
    // town), so the headline's "Arkadia fire:" is one.
    if (m.kind === "place" && m.name.includes(" ")) {
      const bare = m.name.replace(/\s+Regional Unit$/, "");
      const cut = bare.lastIndexOf(" ");
      if (bare !== m.name) addKey(bare, "place");
      else if (cut > 0 && PLACE_HEADS.has(bare.slice(cut + 1)) && ctx.text.slice(m.start, m.end).endsWith(bare.slice(cut + 1).toLowerCase())) addKey(bare.slice(0, cut), "place");
      // "Roxas City", "Quezon City" … later "flown to Roxas": a city's name without "City" is the city.
      else if (cut > 0 && m.name.endsWith(" City") && ctx.text.slice(m.start, m.end).endsWith(" City")) addKey(bare.slice(0, cut), "place");
    }
    if (m.kind !== "person" || !m.name.includes(" ")) continue;
    // (Not the first word of a name the article also gives a place: "Villa del Río" read as someone's in a subhead,
    // and as the dateline's place, leaves "Villa" alone undecided here.)
    const alsoPlace = (placeNames ??= new Set(ctx.mentions.filter((o) => o.kind === "place").map((o) => o.name))).has(m.name);
    for (const k of personKeys(m.name)) if (!alsoPlace || !m.name.startsWith(k + " ")) addKey(k, "person");
  }
  // "Shares in Altvik fell" where the article names "Altvik Dynamics": the first word of a company's name alone is
  // the company (not a place after "in"), unless the article gives the word to a person or a place. The company's
  // heads may be several ("Ruitai Chemical Co"), and a town the company is named for may open the name ("a stake in
  // Ruitai" where the article names "Lianyungang Ruitai Chemical Co").
  for (const m of ctx.mentions) {
    if (m.kind !== "organization") continue;
    const own = companyOwnName(m.name);
    if (!own || own.includes(" ")) continue;
    const first = own;
    if (!keys.has(first) && /^\p{Lu}\p{Ll}{2,}$/u.test(first) && !COMMON_WORDS.has(first) && !GIVEN_NAMES.has(first) && !TITLES.has(first) && !placeName(first) && !ctx.vocab.has(lower(first))) keys.set(first, "organization");
  }
  // "Mohamed Dagalo, known as Hemedti", "Mohamed Hamdan 'Hemedti' Dagalo": a word the article gives as a person's
  // nickname is a person's name, there and wherever else the article writes it.
  let personEnds: Set<number> | undefined;
  for (const p of ctx.pending) {
    if (p.tokens.length !== 1 || p.titleCase) continue;
    const word = nameOf(p.tokens, p.glued);
    if (keys.has(word)) continue;
    const from = Math.max(0, p.tokens[0].start - 32);
    const cue = NICKNAME_CUE.exec(ctx.text.slice(from, p.tokens[0].start));
    if (!cue) continue;
    personEnds ??= new Set(ctx.mentions.filter((m) => m.kind === "person").map((m) => m.end));
    if (personEnds.has(from + cue.index)) keys.set(word, "person");
  }
  for (const p of ctx.pending) {
    const whole = nameOf(p.tokens, p.glued);
    const kind = keys.get(whole);
    if (kind) {
      emit(ctx, p.tokens, kind, { glued: p.glued, form: kind === "person" ? formOf(p.tokens) : undefined });
      continue;
    }
    // "Sasha told me" where the article named "Aleksandr Lebedev": a short form of the given name of one person of
    // the article (and a word it never writes in lower case) is that person.
    if (p.tokens.length === 1 && !p.titleCase && shortFormOfOnePerson(ctx, p.tokens[0])) {
      emit(ctx, p.tokens, "person", { glued: p.glued, form: "given" });
      continue;
    }
    // A long name of plain name words holding a person's known name word is that person's full name ("Luiz
    // Inácio Lula da Silva" where the headline said "Lula"), outside headlines.
    if (!p.titleCase && p.tokens.length >= 3 && p.tokens.length <= 6 && p.tokens.some((t) => keys.get(t.text) === "person") && p.tokens.every((t) => isNameParticle(t.text) || plainNameWord(ctx, t))) {
      emit(ctx, p.tokens, "person", { glued: p.glued });
      continue;
    }
    // Inside a headline-style run, or a hyphenated compound ("Boehly-Clearlake"), find the known words.
    let matched = false;
    for (let i = 0; i < p.tokens.length; i++) {
      const t = p.tokens[i];
      const own = keys.get(t.text);
      if (own) {
        let j = i + 1;
        while (j < p.tokens.length && keys.get(p.tokens[j].text) === own && own === "person") j++;
        // "led by T.M. Ezhilarasan" where "Mr. Ezhilarasan" made him a person: his initials are his name's too.
        let from = i;
        while (own === "person" && from > 0 && INITIALS.test(p.tokens[from - 1].text)) from--;
        emit(ctx, p.tokens.slice(from, j), own, { glued: j === p.tokens.length ? p.glued : undefined });
        i = j - 1;
        matched = true;
        continue;
      }
      if (t.text.includes("-")) {
        let offset = t.start;
        const parts = t.text.split("-");
        // "the Ikorodu-Sagamu road" where the article names Ikorodu as a place: a route's other end is one too.
        const after = tokenAt(p.blockTokens, t.index + 1);
        const route = after !== undefined && !after.cap && ROUTE_NOUNS.has(after.text) && oneSpace(ctx.text, t.end, after.start) && parts.some((q) => keys.get(q) === "place");
        for (const part of parts) {
          const k = keys.get(part) ?? (route && /^\p{Lu}\p{Ll}{2,}$/u.test(part) ? "place" : undefined);
          if (k && part.length >= 3) {
            addWordMention(ctx, offset, part, k);
            matched = true;
          }
          offset += part.length + 1;
        }
      }
    }
    if (matched) continue;
    // "Kiev, Kharkov and Zaporozhye": a name listed with places, with nothing that makes it a person, is one.
    if (!p.titleCase && p.tokens.length <= 3 && listedWithPlace(ctx, p.tokens)) {
      emit(ctx, p.tokens, "place", { glued: p.glued });
      continue;
    }
    // "retained his Aranmanaipuram seat", "lost the seat of Kallur", "the Vellore constituency": an electoral seat.
    if (!p.titleCase && p.tokens.length <= 3 && namesSeat(ctx, p.blockTokens, p.tokens)) {
      emit(ctx, p.tokens, "place", { glued: p.glued });
      addKey(nameOf(p.tokens, p.glued), "place");
      continue;
    }
    if (p.tokens.length <= 3 && p.tokens.every((t) => !t.allCaps)) unresolved.push({ start: p.tokens[0].start, end: p.tokens[p.tokens.length - 1].end, name: nameOf(p.tokens, p.glued) });
    if (p.tokens.length !== 1 || p.titleCase) continue;
    // A lone unknown word after "in", "near", "from": a place ("a briefing in Geneva"); also after one that opens
    // the sentence and a comma after the word ("In Faenza, residents were evacuated"), unless the article uses
    // the word in lower case ("In Brief,").
    const t = p.tokens[0];
    const prev = tokenAt(p.blockTokens, t.index - 1);
    const next = tokenAt(p.blockTokens, t.index + 1);
    const openingPreposition =
      prev !== undefined && prev.cap && prev.sentenceStart && PLACE_PREPOSITIONS.has(lower(prev.text)) && ctx.text.charCodeAt(t.end) === 44 && !ctx.vocab.has(lower(t.text)) && !COMMON_WORDS.has(t.text);
    // A word holding digits is a code or an amount, not a place ("from N617 to N897", the naira's "N").
    // So is one after "to" after a verb of travel ("the vessel was heading to Munshiganj"; "spoke to Karlsen" is not).
    const travelTo = prev !== undefined && prev.text === "to" && TRAVEL_VERBS.has(tokenAt(p.blockTokens, prev.index - 1)?.text ?? "");
    if (prev && ((!prev.cap && PLACE_PREPOSITIONS.has(prev.text) && placeAfter(ctx, p.blockTokens, prev, t)) || openingPreposition || travelTo) && !t.sentenceStart && !GIVEN_NAMES.has(t.text) && !hasDigit(t.text) && !(next && next.cap && spacesOnly(ctx.text, t.end, next.start)) && !t.possessive) {
      const ahead = ctx.text.slice(t.end, t.end + 2);
      if (!/^\s*\(/.test(ahead)) {
        emit(ctx, [t], "place");
        addKey(t.text, "place"); // for the names after it ("In Ikorodu, …" then "the Ikorodu-Sagamu road")
        unresolved.pop();
      }
    }
  }
  return unresolved.sort((a, b) => a.start - b.start);
}

/** Words after a leader's name that name the government he or she leads ("the Morrison Government"). */
const GOVERNMENT_HEADS = new Set(["Ministry", "Cabinet", "Government", "Administration", "Regime"]);

/**
 * "the Kaveri Ministry", "the Morrison Government", "the Halvorsen Administration": a government named after its
 * leader. When the word before the head is the name, or the family name, of a person the article names, the
 * mention is that person's (its head word left out), not an organization whose first word would then make every
 * lone "Kaveri" one.
 */
function governmentsNamedForLeaders(ctx: Ctx): void {
  let candidates: Mention[] | undefined;
  for (const m of ctx.mentions) {
    if (m.kind !== "organization") continue;
    const space = m.name.indexOf(" ");
    if (space > 0 && m.name.indexOf(" ", space + 1) < 0 && GOVERNMENT_HEADS.has(m.name.slice(space + 1))) (candidates ??= []).push(m);
  }
  if (!candidates) return;
  const people = new Set<string>();
  for (const m of ctx.mentions) {
    if (m.kind !== "person") continue;
    people.add(m.name);
    const last = m.name.lastIndexOf(" ");
    if (last > 0) people.add(m.name.slice(last + 1));
  }
  for (const m of candidates) {
    const leader = m.name.slice(0, m.name.indexOf(" "));
    if (!people.has(leader) || !ctx.text.startsWith(leader, m.start)) continue;
    m.kind = "person";
    m.form = "surname";
    m.name = intern(leader);
    m.end = m.start + leader.length;
    m.text = m.name;
  }
}

const SEAT_NOUNS = new Set(["seat", "constituency", "constituencies", "riding", "electorate"]);

/**
 * A name of plain words right before a seat's noun after a possessive or "the" ("his Aranmanaipuram seat", "the
 * Kallur constituency"), or after "seat of" / "constituency of" ("his own seat of Aranmanaipuram"): the place the
 * seat is named for.
 */
function namesSeat(ctx: Ctx, blockTokens: Token[], tokens: Token[]): boolean {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (tokens.some((t) => t.allCaps || t.possessive || (flagsOf(t) & (GIVEN_NAME | TITLE)) !== 0)) return false;
  const next = tokenAt(blockTokens, last.index + 1);
  const before = tokenAt(blockTokens, first.index - 1);
  if (next && SEAT_NOUNS.has(next.text) && oneSpace(ctx.text, last.end, next.start))
    return before !== undefined && !before.cap && DETERMINERS_BEFORE_SEAT.has(before.text) && oneSpace(ctx.text, before.end, first.start);
  const noun = tokenAt(blockTokens, first.index - 2);
  return before !== undefined && before.text === "of" && noun !== undefined && SEAT_NOUNS.has(noun.text) && oneSpace(ctx.text, before.end, first.start);
}

const DETERMINERS_BEFORE_SEAT = new Set(["the", "his", "her", "their", "its", "my", "our", "your"]);

/** Whether the word is a listed short form of the first name of exactly one person the article names in full. */
function shortFormOfOnePerson(ctx: Ctx, t: Token): boolean {
  if (t.allCaps || !isShortForm(t.text) || ctx.vocab.has(lower(t.text))) return false;
  // (One person may be named in full twice, "Aleksandr Nikolayevich Lebedev" then "Aleksandr Lebedev": the family
  // name tells people apart.)
  let family: string | undefined;
  for (const m of ctx.mentions) {
    if (m.kind !== "person") continue;
    const space = m.name.indexOf(" ");
    if (space < 0) continue;
    const last = m.name.slice(m.name.lastIndexOf(" ") + 1);
    if (last === family || !isShortFormOf(t.text, m.name.slice(0, space))) continue;
    if (family !== undefined) return false;
    family = last;
  }
  return family !== undefined;
}

/** A list's connector before an item: ", ", " and ", ", and ", " or ". */
const LIST_BEFORE = /(?:,\s+(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)$/;
/** The same after an item. */
const LIST_AFTER = /^(?:,\s+(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)/;

/**
 * Whether the name is an item of a list of places: "Kyiv, Kharkov and Zaporozhye" (Kharkov between a place and
 * another item, Zaporozhye after "and" and a place), "Kharkov, Kyiv and Lviv" (Kharkov before a place that is
 * followed by another item). A comma alone is no list: "In Kyiv, Zelensky said", "Zelensky, Kyiv's mayor".
 * The place mentions found so far count (pending names are resolved in text order, so each item found this
 * way counts for the next).
 */
function listedWithPlace(ctx: Ctx, tokens: Token[]): boolean {
  if (tokens.some((t) => t.possessive || (flagsOf(t) & GIVEN_NAME) !== 0)) return false;
  const start = tokens[0].start;
  const end = tokens[tokens.length - 1].end;
  const b = LIST_BEFORE.exec(ctx.text.slice(Math.max(0, start - 8), start));
  const a = LIST_AFTER.exec(ctx.text.slice(end, end + 8));
  const edges = placeEdges(ctx);
  // The last item ("and Zaporozhye"), or a middle one (another item follows).
  if (b && edges.ends.has(start - b[0].length) && (/(?:and|or)\s+$/.test(b[0]) || a)) return true;
  if (a) {
    const at = end + a[0].length;
    const after = edges.starts.has(at) ? ctx.mentions.find((m) => m.kind === "place" && m.start === at) : undefined;
    if (after && !ctx.text.startsWith("'", after.end) && !ctx.text.startsWith("’", after.end) && LIST_AFTER.test(ctx.text.slice(after.end, after.end + 8))) return true;
  }
  return false;
}

/**
 * "with Ford, General Motors and Stellantis": a one-word "person" listed next to an organization, with nothing
 * that makes it a person (no title, age or description, and no part of a person's full name in the article), is
 * an organization too. (A full name in such a list, "Elon Musk, Tesla and SpaceX", stays a person.)
 */
function organizationsInLists(ctx: Ctx): void {
  const orgs = ctx.mentions.filter((m) => m.kind === "organization");
  if (!orgs.length) return;
  const personWords = new Set<string>();
  for (const m of ctx.mentions) if (m.kind === "person" && m.name.includes(" ")) for (const w of m.name.split(" ")) personWords.add(w);
  const orgStarts = new Set(orgs.map((m) => m.start));
  const orgEnds = new Set(orgs.map((m) => m.end));
  const listed = new Set<string>();
  const orgAfter = new Set<Mention>();
  for (const m of ctx.mentions) {
    if (m.kind !== "person" || m.name.includes(" ") || m.title || m.age || m.gender || personWords.has(m.name)) continue;
    const b = LIST_BEFORE.exec(ctx.text.slice(Math.max(0, m.start - 8), m.start));
    const a = LIST_AFTER.exec(ctx.text.slice(m.end, m.end + 8));
    const before = b !== null && orgEnds.has(m.start - b[0].length);
    const after = a !== null && orgStarts.has(m.end + a[0].length);
    // (A "description" read from the list itself, "Ford, General Motors and Stellantis", says nothing.)
    if (after) orgAfter.add(m);
    if ((before || after) && (!m.description || after)) listed.add(m.name);
  }
  if (!listed.size) return;
  for (const m of ctx.mentions) {
    if (m.kind !== "person" || !listed.has(m.name) || m.title || m.age || m.gender || (m.description && !orgAfter.has(m))) continue;
    m.kind = "organization";
    m.form = "full";
    delete m.description;
  }
}

/**
 * "rescuers from Velmora, the National Water Service, said", "Velmora, Chile's water regulator's arm": a one-word
 * "person" whose apposition is an organization's full name ("X, the <organization>," or "X, <place>'s
 * <organization>,", the organization ending at a comma, full stop, semicolon or bracket) is that organization's
 * short name, throughout the article unless a title, age or honorific makes one mention someone. Not a word of a
 * person's full name in the article, nor a bare organization after the comma (a list).
 */
function organizationsByApposition(text: string, mentions: Mention[]): void {
  let orgStarts: Map<number, Mention> | undefined;
  let placeEnds: Set<number> | undefined;
  let named: Set<string> | undefined;
  for (const m of mentions) {
    if (m.kind !== "person" || m.name.includes(" ") || m.title || m.age || m.gender) continue;
    if (text.charCodeAt(m.end) !== 44 || text.charCodeAt(m.end + 1) !== 32) continue;
    if (!orgStarts) {
      orgStarts = new Map();
      placeEnds = new Set();
      for (const o of mentions) {
        if (o.kind === "organization") orgStarts.set(o.start, o);
        else if (o.kind === "place") placeEnds.add(o.end);
      }
    }
    let at = m.end + 2;
    // (Not a bare organization after the comma: "Boehly, Clearlake Capital, Mark Walter" is a list.)
    if (text.startsWith("the ", at)) at += 4;
    else {
      const place = mentions.find((p) => p.kind === "place" && p.start === at);
      if (!place || !placeEnds!.has(place.end)) continue;
      const c = text.charCodeAt(place.end);
      if ((c !== 39 && c !== 0x2019) || text.charCodeAt(place.end + 1) !== 115 || text.charCodeAt(place.end + 2) !== 32) continue;
      at = place.end + 3;
    }
    const org = orgStarts.get(at);
    if (!org || !org.text.includes(" ")) continue;
    const after = text.charCodeAt(org.end);
    if (after !== 44 && after !== 46 && after !== 59 && after !== 41) continue;
    (named ??= new Set()).add(m.name);
  }
  if (!named) return;
  // (A word of a person's full name in the article stays that person's: "Todd Boehly … Boehly, the …".)
  for (const m of mentions) if (m.kind === "person" && m.name.includes(" ")) for (const w of m.name.split(" ")) named.delete(w);
  for (const m of mentions) {
    if (m.kind !== "person" || !named.has(m.name) || m.title || m.age || m.gender) continue;
    m.kind = "organization";
    m.form = "full";
    delete m.description;
  }
}

/** The place mentions' edges, with the mentions added since the last call. */
function placeEdges(ctx: Ctx): { starts: Set<number>; ends: Set<number> } {
  const edges = (ctx.placeEdges ??= { starts: new Set(), ends: new Set(), counted: 0 });
  for (; edges.counted < ctx.mentions.length; edges.counted++) {
    const m = ctx.mentions[edges.counted];
    if (m.kind !== "place") continue;
    edges.starts.add(m.start);
    edges.ends.add(m.end);
  }
  return edges;
}

/** A preposition of place (or "of") right before a name: "in Anand", "from Florence". */
const PLACE_PREPOSITION_BEFORE = /\b(?:in|at|from|to|near|of|into|across|outside|around|via|towards?|for|on|by|and|,)\s+$/;

/**
 * "President Jair Montenegro … Montenegro said": once the article names a person whose surname is spelled like
 * a place, the bare word is that person throughout the article (before the full name too, as in a headline).
 * With three name words or more, any word after the first may be that surname ("Rosa Elvira Medina Pardo …
 * Medina said": Spanish and Portuguese names carry two), and the last words together name the person too
 * ("Medina Pardo", read as a company named after a city).
 */
function surnamesOverPlaces(ctx: Ctx): void {
  let surnames: Set<string> | undefined;
  let tails: Set<string> | undefined;
  // Towns that open a full name here ("Anand Deshmukh"): alone, and not after a preposition of place, that person.
  let given: Set<string> | undefined;
  for (const m of ctx.mentions) {
    if (m.kind !== "person" || m.form !== "full") continue;
    const words = m.name.split(" ");
    const last = words[words.length - 1];
    // (Only before name words: "Nottingham Forest" is no one, whatever a byline made of it first.)
    if (words.length >= 2 && words[0].length > 2 && isCityOnly(words[0]) && words.slice(1).every((w) => (wordFlags(w) & (COMMON_WORD | ORG_HEAD | PLACE_HEAD | TITLE)) === 0 && !ctx.vocab.has(lower(w)))) (given ??= new Set()).add(words[0]);
    if (last.length > 2 && placeName(last)) (surnames ??= new Set()).add(last);
    if (words.length < 3) continue;
    for (let k = 1; k < words.length - 1; k++) {
      const w = words[k];
      if (w.length <= 2 || !placeName(w) || isNameParticle(w)) continue;
      (surnames ??= new Set()).add(w);
      (tails ??= new Set()).add(words.slice(k).join(" "));
    }
  }
  if (given) {
    for (const m of ctx.mentions)
      if (m.kind === "place" && given.has(m.text) && !PLACE_PREPOSITION_BEFORE.test(ctx.text.slice(Math.max(0, m.start - 8), m.start))) {
        m.kind = "person";
        m.name = m.text;
        m.form = "given";
      }
  }
  if (!surnames) return;
  for (const m of ctx.mentions)
    if ((m.kind === "place" && surnames.has(m.text)) || (m.kind === "organization" && tails !== undefined && tails.has(m.text))) {
      m.kind = "person";
      m.name = m.text;
      m.form = m.text.includes(" ") ? "full" : "surname";
    }
}

/**
 * "the mine near Pedro Montt, Chile, was closed", "born in San Martin de Porres, Peru.": a name shaped like a
 * person's after a preposition of location and followed by a comma and a country's name that ends its clause
 * (not "Chile's") is a town, as a dateline writes it. No title, age or honorific may make it someone.
 */
function townsBeforeCountries(ctx: Ctx): void {
  const text = ctx.text;
  for (const m of ctx.mentions) {
    if (m.kind !== "person" || !m.text.includes(" ") || m.title || m.age || m.gender) continue;
    if (text.charCodeAt(m.end) !== 44 || text.charCodeAt(m.end + 1) !== 32 || text.charCodeAt(m.start - 1) !== 32) continue;
    const space = text.lastIndexOf(" ", m.start - 2);
    if (m.start - 2 - space > 7 || !LOCATIVE_BEFORE_WORDS.has(text.slice(space + 1, m.start - 1))) continue;
    let end = m.end + 2;
    while (end < text.length && end - m.end < 40) {
      const c = text.charCodeAt(end);
      if (c === 44 || c === 46 || c === 59 || c === 10) break;
      end++;
    }
    const c = text.charCodeAt(end);
    if ((c !== 44 && c !== 46 && c !== 59 && c !== 10) || !isCountry(text.slice(m.end + 2, end))) continue;
    m.kind = "place";
    m.name = m.text;
    m.form = "full";
    delete m.description;
  }
}

/**
 * "freed detainees in Beitunia and Khan Younis" (a person by its shape alone) where the article also writes "in Khan
 * Younis" (a place by its preposition): a name of two words or more that the article makes a place somewhere is
 * that place wherever nothing makes it someone (no title, age, description or honorific).
 */
function placesWrittenAsPeople(ctx: Ctx): void {
  let places: Map<string, string> | undefined;
  for (const m of ctx.mentions) {
    if (m.kind !== "place" || !m.text.includes(" ")) continue;
    (places ??= new Map()).set(m.text, m.name);
    // "Matlab Uttar upazila" makes "Matlab Uttar" a place too (the unit and its town share the name).
    const cut = m.text.lastIndexOf(" ");
    const head = m.text.slice(cut + 1);
    if (m.text.indexOf(" ") < cut && PLACE_HEADS_LOWER.has(head) && !places.has(m.text.slice(0, cut))) places.set(m.text.slice(0, cut), m.text.slice(0, cut));
  }
  if (!places) return;
  for (const m of ctx.mentions) {
    if (m.kind !== "person" || m.title || m.age || m.description || m.gender) continue;
    const name = places.get(m.text);
    if (name === undefined) continue;
    m.kind = "place";
    m.name = name;
    m.form = "full";
  }
}

const PARTY_AFTER = /^ part(?:y|ies)(?![\p{L}\p{N}-])/u;

/**
 * "the ruling Morena party", "the National Regeneration Movement (Morena)": a word spelled like a place that the
 * article shows to be a party's or a body's name (a lowercase "party" after it, or in brackets right after an
 * organization's name) is that organization throughout the article.
 */
function placesNamingOrganizations(ctx: Ctx): void {
  let names: Set<string> | undefined;
  let orgEnds: Set<number> | undefined;
  for (const m of ctx.mentions) {
    if (m.kind !== "place") continue;
    if (PARTY_AFTER.test(ctx.text.slice(m.end, m.end + 9))) (names ??= new Set()).add(m.text);
    else if (ctx.text.charCodeAt(m.start - 1) === 40 && ctx.text.charCodeAt(m.end) === 41 && ctx.text.charCodeAt(m.start - 2) === 32) {
      orgEnds ??= new Set(ctx.mentions.filter((o) => o.kind === "organization").map((o) => o.end));
      if (orgEnds.has(m.start - 2)) (names ??= new Set()).add(m.text);
    }
  }
  if (!names) return;
  for (const m of ctx.mentions)
    if (m.kind === "place" && names.has(m.text)) {
      m.kind = "organization";
      m.name = m.text;
      m.form = "full";
    }
}

/**
 * "Minera Costa Verde … Costa Verde's chief executive", "Banco Rio Claro … Rio Claro said": a name of two words or
 * more read as a place that is, word for word, the rest of an organization's name after its opening generic word
 * (a Spanish, Portuguese, French or Italian "Minera", "Banco", "Grupo", …) in the same article is that
 * organization's short name. (A one-word rest, "Banco de México" / "México", stays a place.)
 */
function organizationTailsAsPlaces(ctx: Ctx): void {
  let tails: Map<string, string> | undefined;
  for (const m of ctx.mentions) {
    if (m.kind !== "organization") continue;
    const cut = m.text.indexOf(" ");
    if (cut < 0 || !ROMANCE_ORG_PREFIXES.has(m.text.slice(0, cut))) continue;
    const rest = m.text.slice(cut + 1);
    if (rest.includes(" ")) (tails ??= new Map()).set(rest, m.name);
  }
  if (!tails) return;
  for (const m of ctx.mentions) {
    if (m.kind !== "place" || !tails.has(m.text)) continue;
    m.kind = "organization";
    m.name = m.text;
    m.form = "full";
  }
}

/** After a place's name (or its possessive): a word only a sports club has ("Benfica forward", "Getafe's academy"). */
const CLUB_AFTER =
  /^(?:['’]s?)?\s+(?:head coach|coach|manager|boss|president|forward|striker|midfielder|defender|goalkeeper|keeper|winger|full-back|centre-back|center-back|captain|fans|supporters|squad|academy|youth teams?|first team|shirt|team-?mates?|players?)(?![\p{L}\p{N}-])/u;
/** The same, without the words a person's name can take too ("Trump supporters", "Smith fans"). */
const CLUB_ONLY_AFTER =
  /^(?:['’]s?)?\s+(?:head coach|coach|manager|president|forward|striker|midfielder|defender|goalkeeper|winger|full-back|centre-back|center-back|academy|youth teams?|first team|squad)(?![\p{L}\p{N}-])/u;
/** Before a place's name: the words that send a player to a club ("signed for X", "joined X"). */
const CLUB_BEFORE = /\b(?:signed for|signing for|sign for|plays for|played for|playing for|joined|joining|rejoined|loaned to|on loan at|on loan from)\s+$/i;
/** The last words of those. */
const CLUB_BEFORE_WORDS = new Set(["for", "joined", "joining", "rejoined", "to", "at", "from"]);
/** Abbreviations that open a sports club's name before its town's ("SC Braga", "FC Porto", "FK Jablonec"). */
const CLUB_PREFIX_WORDS = new Set(["FC", "SC", "AC", "AS", "CF", "CD", "FK", "NK", "SK", "SV", "SL"]);
/** The same after it ("Braga FC"). */
const CLUB_SUFFIX_WORDS = new Set(["FC", "CF", "AFC"]);
/** Before a place's name: a preposition of location, which keeps an uncued mention a place ("flew to X"). */
const LOCATIVE_BEFORE_WORDS = new Set(["in", "at", "to", "into", "near", "outside", "across", "around", "toward", "towards"]);

/**
 * "Getafe forward Ruben X", "Girona president X", "signed for Girona": a name spelled like a town (no country)
 * that the article uses as a sports club's at least once is that club throughout the article, whether the
 * article found it as a place or left it unresolved, except where it is written in capitals (a dateline) or comes
 * after a preposition of location without a cue of its own ("flew to Madrid": the city, in an article that also
 * names a club "Madrid"). Unresolved runs it takes become organization mentions and leave `unresolved`.
 */
function clubsNamedLikePlaces(ctx: Ctx, unresolved: UnresolvedName[]): void {
  const text = ctx.text;
  // (The word before decides whether a look-behind is needed at all: most names follow none of these.)
  const wordBefore = (start: number) => {
    if (text.charCodeAt(start - 1) !== 32) return "";
    const space = text.lastIndexOf(" ", start - 2);
    return start - 2 - space > 9 ? "" : text.slice(space + 1, start - 1);
  };
  const cued = (start: number, end: number) => {
    if (CLUB_PREFIX_WORDS.has(wordBefore(start))) return true;
    const c = text.charCodeAt(end);
    if ((c === 32 || c === 39 || c === 0x2019) && CLUB_AFTER.test(text.slice(end, end + 24))) return true;
    return CLUB_BEFORE_WORDS.has(wordBefore(start)) && CLUB_BEFORE.test(text.slice(Math.max(0, start - 24), start));
  };
  const takes = (start: number, end: number) => cued(start, end) || !LOCATIVE_BEFORE_WORDS.has(wordBefore(start).toLowerCase());
  const isCaps = (s: string) => s === s.toUpperCase();
  let names: Set<string> | undefined;
  for (const m of ctx.mentions) if (m.kind === "place" && cued(m.start, m.end) && !isCaps(m.text) && !isCountry(m.name)) (names ??= new Set()).add(m.name);
  // "SC Braga" or "Braga FC" found whole as a club: "Braga" alone is that club too.
  for (const m of ctx.mentions) {
    if (m.kind !== "organization") continue;
    const cut = m.name.indexOf(" ");
    if (cut < 0 || cut !== m.name.lastIndexOf(" ")) continue;
    const rest = CLUB_PREFIX_WORDS.has(m.name.slice(0, cut)) ? m.name.slice(cut + 1) : CLUB_SUFFIX_WORDS.has(m.name.slice(cut + 1)) ? m.name.slice(0, cut) : "";
    if (rest && !isCaps(rest) && !isCountry(rest)) (names ??= new Set()).add(rest);
  }
  // A name no list knows needs a word only a club has after it ("Trump supporters" are a man's).
  for (const u of unresolved) {
    const c = text.charCodeAt(u.end);
    if ((c === 32 || c === 39 || c === 0x2019) && CLUB_ONLY_AFTER.test(text.slice(u.end, u.end + 24)) && !isCaps(u.name) && !isCountry(u.name) && !GIVEN_NAMES.has(u.name)) (names ??= new Set()).add(u.name);
  }
  if (!names) return;
  for (const m of ctx.mentions) {
    if (m.kind !== "place" || !names.has(m.name) || isCaps(m.text) || !takes(m.start, m.end)) continue;
    m.kind = "organization";
    m.form = "full";
  }
  let kept = 0;
  for (const u of unresolved) {
    if (names.has(u.name) && !isCaps(u.name) && takes(u.start, u.end) && text.slice(u.start, u.end) === u.name) addWordMention(ctx, u.start, u.name, "organization");
    else unresolved[kept++] = u;
  }
  unresolved.length = kept;
}

/**
 * "branches from Airolo in the north to Chiasso on the border": a name no rule decided, right after "to" in a range
 * that opens with "from" and a place of the article in the same sentence, is the range's other end (not a given name).
 */
function rangeEndsAsPlaces(ctx: Ctx, unresolved: UnresolvedName[]): void {
  const text = ctx.text;
  let placeStarts: Set<number> | undefined;
  let kept = 0;
  for (const u of unresolved) {
    if (u.start >= 8 && text.startsWith("to ", u.start - 3) && text.slice(u.start, u.end) === u.name && u.name !== u.name.toUpperCase() && !GIVEN_NAMES.has(u.name.split(" ")[0]) && takesRangeEnd(ctx, u.start)) {
      placeStarts ??= new Set(ctx.mentions.filter((m) => m.kind === "place").map((m) => m.start));
      const from = text.lastIndexOf("from ", u.start - 4);
      const between = from < 0 ? "" : text.slice(from, u.start);
      if (from >= 0 && between.length <= 80 && placeStarts.has(from + 5) && !/[.;:!?\n]\s/.test(between)) {
        addWordMention(ctx, u.start, u.name, "place");
        continue;
      }
    }
    unresolved[kept++] = u;
  }
  unresolved.length = kept;
}

/** Whether no mention of the article covers `start`. */
function takesRangeEnd(ctx: Ctx, start: number): boolean {
  return !ctx.mentions.some((m) => m.start <= start && start < m.end);
}

/**
 * "the Biasca bank" where the article names "Banca di Biasca" (or "Bank of Biasca"): a lone name before a lowercase
 * organization noun, which is the town a bank's own name carries after "of" or "di", is that town, not the bank.
 */
function townsOfNamedBanks(ctx: Ctx): void {
  const text = ctx.text;
  let towns: Set<string> | undefined;
  for (const m of ctx.mentions) {
    if (m.kind !== "organization") continue;
    const words = m.text.split(" ");
    const n = words.length;
    if (n >= 3 && TOWN_OF_BANK_PARTICLES.has(words[n - 2]) && /^(?:Bank|Banca|Banque|Banco|Banka|Bankhaus)$/.test(words[0])) (towns ??= new Set()).add(words[n - 1]);
  }
  if (!towns) return;
  for (const m of ctx.mentions) {
    if (m.kind !== "organization" || !towns.has(m.text) || !text.startsWith("the ", m.start - 4)) continue;
    const after = text.slice(m.end + 1, m.end + 20).split(/[ ,.;]/)[0];
    if (text.charCodeAt(m.end) !== 32 || !(ORG_NOUNS.has(after) || ORG_HEADS_LOWER.has(after))) continue;
    m.kind = "place";
    m.name = intern(m.text);
    m.form = "full";
  }
}
/** Particles before the town a bank's name carries ("Bank of Biasca", "Banca di Biasca", "Banque de Savoie"). */
const TOWN_OF_BANK_PARTICLES = new Set(["of", "di", "de", "del", "della", "da", "du"]);

/** Place head words that also end English football clubs' names ("Nottingham Forest", "Mansfield Town", "Stoke City"). */
const CLUB_PLACE_HEADS = new Set(["Forest", "Town", "County", "City"]);

/**
 * "Nottingham Forest have agreed … two of Forest's players": a place name ending in one of those heads is a club's
 * when the article also names something by the head word alone in mid-sentence (a forest, a town or a county is never
 * called "Forest" or "Town"), and so is that lone word, whatever the article had made of it. A lone word opening a
 * sentence ("County officials said") is not enough; a person with a title, an age or an honorific stays a person.
 */
function clubsEndingInPlaceHeads(ctx: Ctx): void {
  let heads: Set<string> | undefined;
  for (const m of ctx.mentions) {
    if (m.kind !== "place") continue;
    const cut = m.name.lastIndexOf(" ");
    if (cut > 0 && CLUB_PLACE_HEADS.has(m.name.slice(cut + 1))) (heads ??= new Set()).add(m.name.slice(cut + 1));
  }
  if (!heads) return;
  const text = ctx.text;
  const midSentence = (start: number) => {
    let i = start - 1;
    while (i > 0 && text.charCodeAt(i) === 32) i--;
    const c = text.charCodeAt(i);
    return i < start - 1 && ((c >= 97 && c <= 122) || c === 44 || (c >= 48 && c <= 57));
  };
  let lone: Set<string> | undefined;
  for (const m of ctx.mentions) if (heads.has(m.name) && midSentence(m.start)) (lone ??= new Set()).add(m.name);
  if (!lone) return;
  for (const m of ctx.mentions) {
    const cut = m.name.lastIndexOf(" ");
    if (!lone.has(cut < 0 ? m.name : m.name.slice(cut + 1))) continue;
    if (cut > 0 ? m.kind !== "place" : m.kind === "person" && (m.title || m.age || m.gender)) continue;
    m.kind = "organization";
    m.form = "full";
    delete m.description;
  }
}

const personKeysCache = new Map<string, string[]>();

/**
 * The words a full name is found again by: each part that is not a particle or a title, and for three parts
 * or more the surname with its particle ("Al Sayegh" of "Mey Al Sayegh", "Abu Chkiouat"). Kept per distinct
 * name, as the same people are named again and again.
 */
function personKeys(name: string): string[] {
  let keys = personKeysCache.get(name);
  if (keys) return keys;
  keys = [];
  const parts = name.split(" ");
  if (parts.length >= 2) {
    for (const p of parts) if (!isNameParticle(p.toLowerCase()) && p.length >= 2 && !TITLES.has(p)) keys.push(p);
    if (parts.length >= 3) keys.push(parts.slice(1).join(" "));
  }
  if (personKeysCache.size > 50_000) personKeysCache.clear();
  personKeysCache.set(name, keys);
  return keys;
}

function formOf(tokens: Token[]): MentionForm {
  if (tokens.length > 1) return "full";
  return GIVEN_NAMES.has(tokens[0].text) ? "given" : "surname";
}

/** "Tetsuya Yamagami (山上徹也)": the name in its own script, in brackets after it, is the same person. */
function addNativeScriptAliases(ctx: Ctx): void {
  const extra: Mention[] = [];
  for (const m of ctx.mentions) {
    if (m.kind !== "person") continue;
    const after = ctx.text.slice(m.end, m.end + 24);
    const native = after.match(/^\s*[（(]([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Arabic}\p{Script=Cyrillic}ー・ ]{2,20})[)）]/u);
    if (!native) continue;
    const start = m.end + after.indexOf(native[1]);
    extra.push({ file: "", start, end: start + native[1].length, text: native[1], kind: "person", name: m.name, form: "other" });
  }
  ctx.mentions.push(...extra);
}

/** "Ministry of Defence", "Bank of England", "Organization for Migration": an organization's head word takes its "of" complement. */
const OF_COMPLEMENT = /^ (?:of|for|on) (?:the )?((?:[\p{Lu}][\p{L}\p{M}'’-]*)(?: (?:and )?[\p{Lu}][\p{L}\p{M}'’-]*){0,4})/u;

function extendOrganizations(ctx: Ctx): void {
  // Where the article's people start: "the Authority of Nepal Pradeep Kumar Shrestha said" ends the body at its place.
  let personStarts: Set<number> | undefined;
  for (const m of ctx.mentions) {
    if (m.kind !== "organization") continue;
    const lastWord = m.name.slice(m.name.lastIndexOf(" ") + 1);
    if (!ORG_HEADS.has(lastWord) || NEWSPAPER_HEADS.has(lastWord)) continue;
    const c = ctx.text.slice(m.end, m.end + 80).match(OF_COMPLEMENT);
    if (!c) continue;
    // Stop before words that end the name: a weekday, a month, an ordinary word of the article.
    const words = c[1].split(" ");
    let keep = 0;
    personStarts ??= new Set(ctx.mentions.filter((o) => o.kind === "person").map((o) => o.start));
    // (Nor a title: "the Bank of England Governor Andrew Bailey".)
    for (let k = 0, at = m.end + c[0].indexOf(c[1]); k < words.length; at += words[k].length + 1, k++) {
      const w = words[k];
      if (WEEKDAYS.has(w) || MONTHS.has(w) || FUNCTION_WORDS.has(w) || (w !== "and" && ctx.vocab.has(lower(w)) && !ORG_HEADS.has(w))) break;
      if (k > 0 && ((personStarts.has(at) && placeName(words[k - 1]) !== undefined) || (wordFlags(w) & TITLE) !== 0)) break;
      keep++;
    }
    while (keep > 0 && words[keep - 1] === "and") keep--;
    if (!keep) continue;
    let tail = words.slice(0, keep).join(" ");
    // The complement's possessive ending is not part of the name ("the Bureau of Meteorology's forecaster").
    if (tail.endsWith("'s") || tail.endsWith("’s")) tail = tail.slice(0, -2);
    // "on" gives a body's subject ("Council on Foreign Relations"), not where a business stands ("Alder Marine
    // on Harbour Drive", "a bank on Wall Street", "the agency on Sakhalin").
    const end = m.end + c[0].indexOf(c[1]) + tail.length;
    // (Nor a place a lowercase place noun follows: "an attack by the Rapid Support Forces on Kalma camp".)
    if (c[0].startsWith(" on ") && (STREETS_AND_BUILDINGS.has(words[keep - 1]) || FACILITIES.has(words[keep - 1]) || placeName(tail) !== undefined || placeByApposition(ctx.text, end) || placeNounAt(ctx.text, end))) continue;
    m.end = end;
    m.text = ctx.text.slice(m.start, end);
    m.name = intern(m.text.replace(/\s+/g, " "));
  }
}

/** Whether a lowercase place noun follows `end` after one space (" camp", " village", " district"). */
function placeNounAt(text: string, end: number): boolean {
  const w = /^ ([a-z]+)/.exec(text.slice(end, end + 16));
  return w !== null && (PLACE_HEADS_LOWER.has(w[1]) || PLACE_PART_NOUNS.has(w[1]));
}

/** ", an island in …", ", a district of …", ", the old town": an apposition at `end` that calls the name before it a place. */
const PLACE_APPOSITION = /^, (?:an?|the) ([a-z]+)(?: ([a-z]+))?/;

function placeByApposition(text: string, end: number): boolean {
  const a = PLACE_APPOSITION.exec(text.slice(end, end + 40));
  const isPlaceNoun = (w: string | undefined) => w !== undefined && (PLACE_HEADS_LOWER.has(w) || PLACE_OF_NOUNS.has(w));
  return a !== null && (isPlaceNoun(a[1]) || isPlaceNoun(a[2]));
}

/**
 * Before " and " + an organization's name: a capitalised run opened by "the" or by a possessive ("the Food and Drug
 * Administration", "Chile's National Disaster Prevention and Response Service"). A name of two conjuncts is one
 * name. (Matched on the 80 characters before the name only.)
 */
const CONJUNCT_BEFORE = /(?:^|[\s(])(?:the|The|\p{Lu}[\p{L}\p{M}.-]*['’]s)\s+((?:\p{Lu}[\p{L}\p{M}'’-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’-]*)\s+and\s+$/u;

/**
 * "the Food and Drug Administration": an organization whose name ends with a head word and follows "and" takes the
 * capitalised words before "and" when "the" or a possessive opens them (not "Biden and Justice Department
 * officials"), unless one of them is a title or the words make a place or a described person.
 */
function coordinatedOrganizations(ctx: Ctx): void {
  let absorbed: Set<Mention> | undefined;
  for (const m of ctx.mentions) {
    if (m.kind !== "organization" || m.start < 8 || ctx.text.slice(m.start - 5, m.start) !== " and ") continue;
    if (!ORG_HEADS.has(m.name.slice(m.name.lastIndexOf(" ") + 1))) continue;
    const from = Math.max(0, m.start - 80);
    const before = ctx.text.slice(from, m.start);
    const c = before.match(CONJUNCT_BEFORE);
    const words = c ? c[1].split(/\s+/) : [];
    if (!c || words.some((w) => (wordFlags(w) & TITLE) !== 0)) continue;
    const start = from + before.lastIndexOf(c[1]);
    const inside = ctx.mentions.filter((o) => o !== m && o.start >= start && o.end <= m.start);
    // (A role word of the run read as a title, "National", is no evidence of a person.)
    if (inside.some((o) => o.kind === "place" || (o.kind === "person" && ((o.title && !words.includes(o.title)) || o.age || o.description)))) continue;
    for (const o of inside) (absorbed ??= new Set()).add(o);
    m.start = start;
    m.text = ctx.text.slice(start, m.end);
    m.name = intern(m.text.replace(/\s+/g, " "));
  }
  if (absorbed) ctx.mentions = ctx.mentions.filter((o) => !absorbed!.has(o));
}

/**
 * "Photo: ANDINA/…" then "told Andina": a one-word place or person spelled as an organization the article writes
 * in capitals ("ANDINA", four letters or more) is that organization.
 */
function organizationsWrittenInCapitals(ctx: Ctx): void {
  let caps: Set<string> | undefined;
  for (const m of ctx.mentions) if (m.kind === "organization" && m.form === "acronym" && m.text.length >= 4) (caps ??= new Set()).add(m.text);
  if (!caps) return;
  for (const m of ctx.mentions)
    if (m.kind !== "organization" && m.text.length >= 4 && !m.text.includes(" ") && m.text !== m.text.toUpperCase() && caps.has(m.text.toUpperCase())) {
      m.kind = "organization";
      m.form = "full";
    }
}

/**
 * "their friends Sandeep and Kavita Joshi", "John and Mary Smith": a lone capitalised word before "and" and a
 * person's name of two words is another given name of that family, when the article writes it nowhere else
 * (a name the article repeats, "Biden and Kamala Harris", is someone's own), opens no sentence, names nothing
 * else and is no ordinary word.
 */
function sharedFamilyNames(ctx: Ctx): void {
  let extra: Mention[] | undefined;
  for (const m of ctx.mentions) {
    if (m.kind !== "person" || m.form !== "full" || m.start < 6 || ctx.text.slice(m.start - 5, m.start) !== " and ") continue;
    const words = m.name.split(" ");
    if (words.length !== 2) continue;
    const end = m.start - 5;
    let start = end;
    while (start > 0 && /[\p{L}'’-]/u.test(ctx.text.charAt(start - 1))) start--;
    const w = ctx.text.slice(start, end);
    const before = ctx.text.slice(Math.max(0, start - 2), start);
    if (w.length < 3 || w === words[1] || !/^\p{Lu}\p{Ll}+$/u.test(w) || !/[\p{Ll},:] $/u.test(before)) continue;
    if ((ctx.capWords.get(w) ?? 0) !== 1 || ctx.vocab.has(lower(w)) || placeName(w) !== undefined || isKnownOrg(w)) continue;
    if ((wordFlags(w) & (TITLE | DEMONYM | ORG_HEAD | PLACE_HEAD | COMMON_WORD | FUNCTION_WORD | MONTH | WEEKDAY | ROLE)) !== 0) continue;
    if (ctx.mentions.some((o) => o.start < end && start < o.end)) continue;
    (extra ??= []).push({ file: "", start, end, text: w, kind: "person", name: intern(`${w} ${words[1]}`), form: "full" });
  }
  if (extra) ctx.mentions.push(...extra);
}

function finish(ctx: Ctx, file: string, decisions: Decisions): Mention[] {
  organizationsWrittenInCapitals(ctx);
  coordinatedOrganizations(ctx);
  extendOrganizations(ctx);
  sharedFamilyNames(ctx);
  const banned = decisions.notEntities ?? [];
  const isBanned = (m: Mention) => banned.some((b) => (b.text === m.text || b.text === m.name) && (!b.kind || b.kind === m.kind));
  const sorted = ctx.mentions.filter((m) => m.end > m.start && (banned.length === 0 || !isBanned(m))).sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Mention[] = [];
  let lastEnd = -1;
  for (const m of sorted) {
    if (m.start < lastEnd) continue; // nested in or overlapping the previous, longer mention
    m.file = file;
    out.push(m);
    lastEnd = m.end;
  }
  return out;
}
