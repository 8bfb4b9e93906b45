/**
 * Passes over the article's mentions that settle places against people and organizations once everything is
 * read: a surname spelled like a place, a town before its country, a name the article makes a place elsewhere,
 * a place-like word that names a party or an organization's tail, the far end of a "from X to Y" range, a bank's
 * town, a compass word joining the region it names ("North Sumatra").
 */
import { intern, isNameParticle, lower } from "./tokens";
import { COMMON_WORD, ORG_HEAD, PLACE_HEAD, TITLE, wordFlags } from "../lexicon/wordFlags";
import { isCityOnly, isCountry, placeName } from "../lexicon/gazetteer";
import { GIVEN_NAMES, ORG_HEADS_LOWER, ORG_NOUNS, PLACE_HEADS_LOWER, ROMANCE_ORG_PREFIXES } from "../lexicon/words";
import { Ctx, UnresolvedName, addWordMention } from "./context";

/** A capitalised compass word right before a place: "North Sumatra", "Southeast Sulawesi", "Central Java". */
const COMPASS_BEFORE = /(?:^|[^\p{L}\p{N}-])(North|South|East|West|Northeast|Northwest|Southeast|Southwest|North-East|North-West|South-East|South-West|Central) $/u;

/**
 * A capitalised compass word before a place names a region of it, which the lists know only in part ("North
 * Sumatra", "Southeast Sulawesi province", "South Kivu"): the word joins the place's mention, so that the region
 * is not taken for the island or the country it is part of.
 */
export function compassRegions(ctx: Ctx): void {
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
export function surnamesOverPlaces(ctx: Ctx): void {
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
export function townsBeforeCountries(ctx: Ctx): void {
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
export function placesWrittenAsPeople(ctx: Ctx): void {
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
export function placesNamingOrganizations(ctx: Ctx): void {
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
export function organizationTailsAsPlaces(ctx: Ctx): void {
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
/** Before a place's name: a preposition of location, which keeps an uncued mention a place ("flew to X"). */
export const LOCATIVE_BEFORE_WORDS = new Set(["in", "at", "to", "into", "near", "outside", "across", "around", "toward", "towards"]);

/**
 * "branches from Airolo in the north to Chiasso on the border": a name no rule decided, right after "to" in a range
 * that opens with "from" and a place of the article in the same sentence, is the range's other end (not a given name).
 */
export function rangeEndsAsPlaces(ctx: Ctx, unresolved: UnresolvedName[]): void {
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
export function townsOfNamedBanks(ctx: Ctx): void {
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
