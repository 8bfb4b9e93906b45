/**
 * Sports clubs named like their towns ("Getafe forward X", "signed for Girona", "Nottingham Forest … Forest's
 * players"): once the article uses a town's name as a club's, the name is the club throughout the article. A pass
 * of its own because it overrides places the earlier rules (and the lists) found.
 */
import { isCountry } from "../lexicon/gazetteer";
import { GIVEN_NAMES } from "../lexicon/words";
import { Ctx, UnresolvedName, addWordMention } from "./context";
import { LOCATIVE_BEFORE_WORDS } from "./places";

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

/**
 * "Getafe forward Ruben X", "Girona president X", "signed for Girona": a name spelled like a town (no country)
 * that the article uses as a sports club's at least once is that club throughout the article, whether the
 * article found it as a place or left it unresolved, except where it is written in capitals (a dateline) or comes
 * after a preposition of location without a cue of its own ("flew to Madrid": the city, in an article that also
 * names a club "Madrid"). Unresolved runs it takes become organization mentions and leave `unresolved`.
 */
export function clubsNamedLikePlaces(ctx: Ctx, unresolved: UnresolvedName[]): void {
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

/** Place head words that also end English football clubs' names ("Nottingham Forest", "Mansfield Town", "Stoke City"). */
const CLUB_PLACE_HEADS = new Set(["Forest", "Town", "County", "City"]);

/**
 * "Nottingham Forest have agreed … two of Forest's players": a place name ending in one of those heads is a club's
 * when the article also names something by the head word alone in mid-sentence (a forest, a town or a county is never
 * called "Forest" or "Town"), and so is that lone word, whatever the article had made of it. A lone word opening a
 * sentence ("County officials said") is not enough; a person with a title, an age or an honorific stays a person.
 */
export function clubsEndingInPlaceHeads(ctx: Ctx): void {
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
