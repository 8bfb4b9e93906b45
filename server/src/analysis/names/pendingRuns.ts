/**
 * The second pass (`resolvePending`): a name found once is that name wherever the article repeats it alone
 * ("Karazhan" after "Vitaly Karazhan"), and the runs no rule could decide on the first pass are decided by what
 * the whole article now shows (a nickname, a list of places, a seat's name, a travel verb), or returned
 * unresolved for the linker to recognise from other articles.
 */
import { EntityKind, MentionForm } from "../types";
import { Token, flagsOf, isNameParticle, lower, oneSpace, spacesOnly, tokenAt } from "./tokens";
import { GIVEN_NAME, TITLE } from "../lexicon/wordFlags";
import { isShortForm, isShortFormOf } from "./normalize";
import { placeName } from "../lexicon/gazetteer";
import { COMMON_WORDS, GIVEN_NAMES, PLACE_HEADS, ROUTE_NOUNS, TITLES } from "../lexicon/words";
import { Ctx, UnresolvedName, addWordMention, emit, nameOf } from "./context";
import { hasDigit, plainNameWord } from "./articleWords";
import { PLACE_PREPOSITIONS, placeAfter } from "./placeCues";
import { LIST_AFTER, LIST_BEFORE, companyOwnName } from "./organizations";

/** Verbs of travel before "to", after which a lone unknown word is where someone goes ("heading to X", "flew to X"). */
const TRAVEL_VERBS = new Set(["heading", "headed", "travelling", "traveling", "travelled", "traveled", "sailing", "sailed", "flying", "flew", "driving", "drove", "returning", "returned", "fled", "fleeing", "bound"]);

/** Initials written with periods: "T.", "T.M.", "J.K.". */
const INITIALS = /^(?:\p{Lu}\.)+$/u;

/** Between a person's name and a word: what gives the word as the person's nickname (", known as ", " 'X' "). */
const NICKNAME_CUE = /(?:,\s*(?:(?:better|commonly|widely|popularly|also) )?(?:known as|nicknamed|dubbed) | ['‘"“])$/;

/** Second pass: a word found as a name once is that name wherever the article repeats it. */
export function resolvePending(ctx: Ctx): UnresolvedName[] {
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
