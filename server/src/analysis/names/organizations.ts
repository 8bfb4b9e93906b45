/**
 * Passes over the article's mentions that make organizations of names first read otherwise: a company's own name
 * inside its full name ("Ruitai" of "Lianyungang Ruitai Chemical Co"), a government named for its leader ("the
 * Morrison Government"), one-word "people" listed beside organizations or in apposition to one. They need every
 * mention of the article, so they run after all the runs are read.
 */
import { Mention } from "../types";
import { intern, lower } from "./tokens";
import { placeName } from "../lexicon/gazetteer";
import { COMMON_WORDS, GIVEN_NAMES } from "../lexicon/words";
import { Ctx, UnresolvedName, addWordMention } from "./context";

/** Last words of a company's two-word name ("Altvik Dynamics", "Hoshimura Holdings"), whose first word alone is the company. */
const COMPANY_HEADS = new Set(["Holdings", "Group", "Bank", "Systems", "Technologies", "Industries", "Dynamics", "Robotics", "Aerospace", "Motors", "Electronics", "Pharmaceuticals", "Energy", "Airlines", "Airways", "Corp", "Corporation", "Inc", "Ltd", "GmbH", "AG", "SE", "SA", "NV", "PLC", "plc", "LLC", "Capital", "Partners", "Ventures", "Enterprises", "Solutions", "Logistics", "Shipping", "Chemicals", "Steel", "Telecom", "Foods", "Brands"]);

/** Words that end a company's name after its own ("Chemical Co", "Investment Corp"), beside COMPANY_HEADS. */
const COMPANY_TAIL_WORDS = new Set(["Chemical", "Petrochemical", "Pharmaceutical", "Investment", "Investments", "Co", "Company"]);

/**
 * A company's own name inside its full name: the words before its heads ("Chemical Co", "Investment Corp"), without
 * a town the company is named for before them when one word is left ("Lianyungang Ruitai Chemical Co" -> "Ruitai",
 * "Formosa Kaiyuan Investment Corp" -> "Formosa Kaiyuan"). Undefined when the name ends with no head.
 */
export function companyOwnName(name: string, townFirst: (w: string, next: string) => boolean = (w, next) => placeName(w) !== undefined && placeName(next) === undefined): string | undefined {
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
export function companyShortNames(ctx: Ctx, unresolved: UnresolvedName[]): void {
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

/** Words after a leader's name that name the government he or she leads ("the Morrison Government"). */
const GOVERNMENT_HEADS = new Set(["Ministry", "Cabinet", "Government", "Administration", "Regime"]);

/**
 * "the Kaveri Ministry", "the Morrison Government", "the Halvorsen Administration": a government named after its
 * leader. When the word before the head is the name, or the family name, of a person the article names, the
 * mention is that person's (its head word left out), not an organization whose first word would then make every
 * lone "Kaveri" one.
 */
export function governmentsNamedForLeaders(ctx: Ctx): void {
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

/** A list's connector before an item: ", ", " and ", ", and ", " or ". */
export const LIST_BEFORE = /(?:,\s+(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)$/;
/** The same after an item. */
export const LIST_AFTER = /^(?:,\s+(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)/;

/**
 * "with Ford, General Motors and Stellantis": a one-word "person" listed next to an organization, with nothing
 * that makes it a person (no title, age or description, and no part of a person's full name in the article), is
 * an organization too. (A full name in such a list, "Elon Musk, Tesla and SpaceX", stays a person.)
 */
export function organizationsInLists(ctx: Ctx): void {
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
export function organizationsByApposition(text: string, mentions: Mention[]): void {
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
