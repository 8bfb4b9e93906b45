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
import { Article, Decisions, EntityKind, Mention } from "./types";
import { capitalisedRuns, intern, isNameParticle, lower, tokenize } from "./names/tokens";
import { COMMON_WORD, DEMONYM, FUNCTION_WORD, MONTH, ORG_HEAD, PLACE_HEAD, ROLE, TITLE, WEEKDAY, wordFlags } from "./lexicon/wordFlags";
import { attachAnaphoricDescriptions } from "./names/evidence";
import { organizationsFromContext } from "./names/organizationCues";
import { isCityOnly, isCountry, isKnownOrg, placeName } from "./lexicon/gazetteer";
import {
  FACILITIES,
  FUNCTION_WORDS,
  GIVEN_NAMES,
  MONTHS,
  NEWSPAPER_HEADS,
  ORG_HEADS,
  ORG_HEADS_LOWER,
  ORG_NOUNS,
  PLACE_HEADS_LOWER,
  PLACE_OF_NOUNS,
  ROMANCE_ORG_PREFIXES,
  STREETS_AND_BUILDINGS,
  WEEKDAYS,
} from "./lexicon/words";
import { Ctx, UnresolvedName, addWordMention } from "./names/context";
import { familyNamesBesideSyllabicNames } from "./names/articleWords";
import { isTitleCase, quotedHeadline } from "./names/titleCase";
import { datelinePlaces } from "./names/datelines";
import { PLACE_PART_NOUNS } from "./names/placeCues";
import { OF_COMPLEMENT } from "./names/namePieces";
import { classifyRun } from "./names/runs";
import { namesInCredit, pictureCredits, withoutTokens } from "./names/credits";
import { namesAfterPrefixes, stateAbbreviations } from "./names/prefixedNamesAndStates";
import { companyShortNames, governmentsNamedForLeaders, organizationsByApposition, organizationsInLists } from "./names/organizations";
import { resolvePending } from "./names/pendingRuns";
export type { UnresolvedName } from "./names/context";

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
