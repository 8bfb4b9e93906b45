/**
 * Context that makes a run of name words a person's: a role word or an office before it, "identified as",
 * an age mark ("-year-old") nearby, an initial ending it, a particle opening a family name ("Van der Berg"),
 * a title word that is also a surname ("John Major"). Questions asked by the run classifiers; they emit nothing.
 */
import { Token, flagsOf, isNameParticle, lower, oneSpace, spacesOnly, tokenAt } from "./tokens";
import { GIVEN_NAME, ORG_HEAD, PLACE_HEAD } from "../lexicon/wordFlags";
import { SPEECH_VERBS, STRONG_SPEECH, personEvidence } from "./evidence";
import { isFirstName } from "../lexicon/firstNames";
import { PERSON_ROLES } from "../lexicon/words";
import { Ctx, nameOf } from "./context";
import { isNameWord, isPersonTitle, isRoleToken } from "./articleWords";

/** A lowercase person's role right before the token: "coach Andre Laval", "striker Ngozi Okafor". */
export function roleWordBefore(ctx: Ctx, blockTokens: Token[], t: Token): boolean {
  const prev = tokenAt(blockTokens, t.index - 1);
  return isRoleToken(prev) && oneSpace(ctx.text, prev!.end, t.start);
}

/** Whether an apposition after `piece` (", president of …", ", 34, a tailor") makes it a person. */
export function cityIsFamilyName(ctx: Ctx, blockTokens: Token[], piece: Token[]): boolean {
  const end = piece[piece.length - 1].end;
  if (ctx.text.charCodeAt(end) !== 44) return false;
  const after = ctx.text.slice(end, end + 160);
  // (The name's shape alone would make "Sporting Lima" someone: the apposition must describe a person or give an age.)
  const ev = personEvidence(ctx, blockTokens, piece, false, false, "", after);
  return ev.kind === "person" && (ev.description !== undefined || ev.age !== undefined);
}

/**
 * Whether the piece is the last two words or more of a person's full name the article gave before: "Souza Lima
 * scored" after "Rafael Souza Lima" (the family name, not a club named after the city of Lima).
 */
export function endsKnownPersonName(ctx: Ctx, piece: Token[]): boolean {
  if (piece.length < 2) return false;
  const tail = " " + nameOf(piece);
  return ctx.mentions.some((m) => m.kind === "person" && m.name.endsWith(tail) && m.name.length > tail.length);
}

/** Every word of the piece but the city at `city` is a plain name word (no place, title, head word or acronym). */
export function familyNameRun(ctx: Ctx, piece: Token[], city: number): boolean {
  for (let k = 0; k < piece.length; k++) if (k !== city && (!isNameWord(ctx, piece[k]) || (flagsOf(piece[k]) & (ORG_HEAD | PLACE_HEAD)) !== 0)) return false;
  return true;
}

/**
 * A name that ends with a family name's initial and its period: a known first name (hyphenated ones too,
 * "Klaus-Dieter", when each part is one) or, before a comma or a speech verb, any name word opens it.
 */
export function initialEndsName(ctx: Ctx, tokens: Token[]): boolean {
  const last = tokens[tokens.length - 1];
  if (last.text.length !== 1 || !last.cap || ctx.text.charCodeAt(last.end) !== 46 || tokens.length > 5) return false;
  for (let i = 0; i < tokens.length - 1; i++) if (tokens[i].allCaps || tokens[i].text.length < 2 || (!tokens[i].cap && !isNameParticle(tokens[i].text))) return false;
  const first = tokens[0].text;
  if (isFirstName(first) || (first.includes("-") && first.split("-").every((p) => isFirstName(p)))) return true;
  const after = ctx.text.slice(last.end + 1, last.end + 12);
  return /^,|^ (?:said|says|told|added|denied|admitted)\b/.test(after);
}

/**
 * A capitalised particle opening a family name: before another particle ("Van der Berg", "De la Cruz"), or before
 * a name the article also writes after a capitalised word with the particle in lowercase ("Evert ter Horst" …
 * "Ter Horst said"; not "La Paz" or "Al Jazeera", which no one writes so).
 */
export function capitalisedParticleOpensName(ctx: Ctx, piece: Token[], i: number): boolean {
  const t = piece[i];
  const next = piece[i + 1];
  if (next === undefined || t.allCaps) return false;
  if (!next.cap) return i + 2 < piece.length && piece[i + 2].cap;
  const needle = ` ${lower(t.text)} ${next.text}`;
  for (let at = ctx.text.indexOf(needle); at >= 0; at = ctx.text.indexOf(needle, at + 1)) {
    const after = ctx.text.charCodeAt(at + needle.length);
    if (after >= 97 && after <= 122) continue;
    let s = at;
    while (s > 0 && /[\p{L}\p{M}.'’-]/u.test(ctx.text.charAt(s - 1))) s--;
    if (s < at && /\p{Lu}/u.test(ctx.text.charAt(s))) return true;
  }
  return false;
}

/**
 * The office title a portfolio follows: "Minister of" (or "Secretary for") right before `first`, or before the
 * capitalised words and "and" that open the portfolio ("Minister of Industry and Information Technology").
 */
export function officeBefore(ctx: Ctx, blockTokens: Token[], first: Token): Token | undefined {
  let i = first.index - 1;
  let t = tokenAt(blockTokens, i);
  if (t?.text === "and") {
    // Back over the portfolio's first part, a few capitalised words.
    let n = 0;
    do t = tokenAt(blockTokens, --i);
    while (t && t.cap && ++n <= 4);
  }
  if (!t || (t.text !== "of" && t.text !== "for") || !oneSpace(ctx.text, t.end, tokenAt(blockTokens, i + 1)?.start ?? -1)) return undefined;
  const title = tokenAt(blockTokens, i - 1);
  return title && isPersonTitle(title) && oneSpace(ctx.text, title.end, t.start) ? title : undefined;
}

/** Whether "identified as", "named (by …) as" or "described as" comes before the token: a person's name follows. */
export function identifiedAsBefore(blockTokens: Token[], first: Token): boolean {
  if (tokenAt(blockTokens, first.index - 1)?.text !== "as") return false;
  // "identified as X", "named by police as X", "named by Governor Greg Abbott as X".
  for (let k = first.index - 2; k >= 0 && k >= first.index - 7; k--) {
    const w = blockTokens[k].text;
    if (w === "identified" || w === "named" || w === "described") return true;
  }
  return false;
}

/**
 * A name set off by commas after a phrase that names a person's role: "A petrol seller at Ebute, Ngozi Obi,
 * said" (the role may be followed by a place: the comma form of "seller Ngozi Obi").
 */
export function introducedByRole(ctx: Ctx, blockTokens: Token[], piece: Token[]): boolean {
  const first = piece[0];
  if (first.index === 0 || ctx.text.charCodeAt(piece[piece.length - 1].end) !== 44) return false;
  const prev = blockTokens[first.index - 1];
  if (!/^\s*,\s*$/.test(ctx.text.slice(prev.end, first.start))) return false;
  for (let k = first.index - 1, n = 0; k >= 0 && n < 9; k--, n++) {
    const w = blockTokens[k];
    if (n > 0 && /[,.;:!?”"]/.test(ctx.text.slice(w.end, blockTokens[k + 1].start))) return false;
    if (w.cap) continue;
    if (SPEECH_VERBS.has(w.text)) return false;
    if (PERSON_ROLES.has(w.text)) return true;
  }
  return false;
}

/** "identified only as X", "named only as X", "known simply as X": words said of a person given one name. */
export function identifiedOnlyAs(blockTokens: Token[], first: Token): boolean {
  if (tokenAt(blockTokens, first.index - 1)?.text !== "as") return false;
  const only = tokenAt(blockTokens, first.index - 2)?.text;
  if (only !== "only" && only !== "simply" && only !== "just") return false;
  const verb = tokenAt(blockTokens, first.index - 3)?.text;
  return verb === "identified" || verb === "named" || verb === "known";
}

/** Title words that are also common surnames ("Martin Luther King", "John Major", "Sabika Sheikh"). */
const SURNAME_TITLES = new Set(["King", "Bishop", "Sheikh", "Sheik", "Prince", "Pope", "Judge", "Major", "Marshal", "Lord", "Constable", "Chancellor", "Imam"]);
/** ", 17," / ", aged 17": an age right after a name. */
const AGE_APPOSITION = /^,\s+(?:aged\s+)?\d{1,3}\b/;

/**
 * Whether `title`, the last word of a run right after the name words `before`, is that name's surname: it is
 * one of the titles that are also surnames, and the name is a person's by a known first name, an age after
 * it, or a speech verb.
 */
export function surnameAfterName(ctx: Ctx, blockTokens: Token[], before: Token[], title: Token): boolean {
  if (!SURNAME_TITLES.has(title.text)) return false;
  if (before.some((t) => (flagsOf(t) & GIVEN_NAME) !== 0)) return true;
  if (AGE_APPOSITION.test(ctx.text.slice(title.end, title.end + 12))) return true;
  const next = tokenAt(blockTokens, title.index + 1);
  return next !== undefined && !next.cap && STRONG_SPEECH.has(next.text) && spacesOnly(ctx.text, title.end, next.start);
}

/**
 * The last "-year-old" at or before `pos` starts less than 45 characters before it. (The article's marks are
 * found once: text.lastIndexOf from every candidate would scan back through the whole article when there is none.)
 */
export function ageMarkBefore(ctx: Ctx, pos: number): boolean {
  let marks = ctx.ageMarks;
  if (!marks) {
    marks = ctx.ageMarks = [];
    for (let k = ctx.text.indexOf("-year-old"); k >= 0; k = ctx.text.indexOf("-year-old", k + 1)) marks.push(k);
  }
  // The last mark <= pos, by binary search.
  let lo = 0;
  let hi = marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (marks[mid] <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && marks[lo - 1] > pos - 45;
}
