/**
 * Tests of a single word (or a span of the text) against the word lists and the article's own usage: whether a
 * capitalised word is an ordinary word here, a name word, a role or a title, a glued typo ("Putinand"), a
 * syllabic given name ("Ji-won"). Every rule asks these; they decide nothing about a whole name, which is why
 * they sit below all the rules.
 */
import { EntityKind } from "../types";
import { Token, flagsOf, isNameParticle, lower, oneSpace, tokenAt } from "./tokens";
import { COMMON_WORD, DEMONYM, FUNCTION_WORD, GIVEN_NAME, MONTH, ORG_HEAD, PLACE_HEAD, TITLE, WEEKDAY } from "../lexicon/wordFlags";
import { LOWER_FUNCTION_WORDS, TITLE_MODIFIERS } from "./evidence";
import { isDemonym, isKnownOrg, placeName } from "../lexicon/gazetteer";
import { COMMON_WORDS, PERSON_ROLES } from "../lexicon/words";
import { Ctx } from "./context";

/** Where a block's text ends: at the line break after its last word (or the end of the text). */
export function blockEnd(text: string, blockTokens: Token[]): number {
  const from = blockTokens[blockTokens.length - 1].end;
  const nl = text.indexOf("\n", from);
  return nl < 0 ? text.length : nl;
}

/** Whether the character `code` occurs in text[start, end) (a bounded indexOf: it never reads past `end`). */
export function hasCharIn(text: string, code: number, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === code) return true;
  return false;
}

/** A role word, in lower case or in capitals ("spokesman", "OceanGate CEO Stockton Rush"). */
export function isRoleToken(t: Token | undefined): boolean {
  return t !== undefined && (t.allCaps ? PERSON_ROLES.has(lower(t.text)) : !t.cap && PERSON_ROLES.has(t.text));
}

/** A title that names a person's office ("President", "Governor"), not one that only qualifies it ("Former"). */
export function isPersonTitle(t: Token): boolean {
  return (flagsOf(t) & TITLE) !== 0 && !TITLE_MODIFIERS.has(t.text);
}

/** A capitalised word that may be a first name: not a title, demonym, place, acronym or ordinary word. */
export function isNameWord(ctx: Ctx, t: Token): boolean {
  return !t.allCaps && (flagsOf(t) & (TITLE | DEMONYM)) === 0 && !placeName(t.text) && !isOrdinary(ctx, t, undefined);
}

/** An upper-case word that is an ordinary English word: a common word, or one the article writes in lowercase. */
export function isOrdinaryUpper(ctx: Ctx, t: Token): boolean {
  const l = lower(t.text);
  return ctx.vocab.has(l) || COMMON_WORDS.has(cap(l)) || LOWER_FUNCTION_WORDS.has(l);
}

/** "PORT AMSEL" -> "Port Amsel" (each word's first letter kept, the rest lowercased). */
export function titleCaseName(s: string): string {
  // (Particles after the first word stay lowercase: "VARNA DEL MONTE" -> "Varna del Monte".)
  return s.replace(/\s+/g, " ").replace(/\p{L}[\p{L}\p{M}]*/gu, (w, at: number) => (at > 0 && isNameParticle(w.toLowerCase()) ? w.toLowerCase() : w.charAt(0) + w.slice(1).toLowerCase()));
}

export const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

const GLUE_ENDINGS = /(?:and|the|of|in|to|for|with|from|on|at|said|says)$/;

/** "Putinand" -> "Putin" when "Putin" stands alone elsewhere in the article and "Putinand" hardly anywhere. */
export function gluedPrefix(ctx: Ctx, t: Token): string | undefined {
  if (t.text.length < 5 || !GLUE_ENDINGS.test(t.text)) return undefined;
  const m = t.text.match(/^(\p{Lu}[\p{L}]{2,}?)(and|the|of|in|to|for|with|from|on|at|said|says)$/u);
  if (!m) return undefined;
  if ((ctx.capWords.get(m[1]) ?? 0) >= 1 && (ctx.capWords.get(t.text) ?? 0) <= 2 && !ctx.vocab.has(lower(t.text))) return m[1];
  return undefined;
}

export function isOrdinary(ctx: Ctx, t: Token, prev: Token | undefined): boolean {
  const f = flagsOf(t);
  if (f & COMMON_WORD) return !(prev && (flagsOf(prev) & GIVEN_NAME) !== 0 && !t.sentenceStart);
  if (f & GIVEN_NAME) return false;
  if (ctx.vocab.has(lower(t.text))) return !(prev && (flagsOf(prev) & GIVEN_NAME) !== 0);
  return false;
}

/** A given name of two syllables joined by a hyphen, the second in lower case ("Ji-won", "Wai-keung"), made of no English word. */
const SYLLABIC_GIVEN = /^\p{Lu}\p{Ll}{1,5}-\p{Ll}{1,5}$/u;
export function isSyllabicGivenName(ctx: Ctx, t: Token): boolean {
  if (!SYLLABIC_GIVEN.test(t.text) || (flagsOf(t) & (TITLE | DEMONYM | ORG_HEAD | PLACE_HEAD | COMMON_WORD)) !== 0) return false;
  const dash = t.text.indexOf("-");
  const head = lower(t.text.slice(0, dash));
  // ("Low-cost", "Self-made", "Well-known": a compound of English words.)
  return !ctx.vocab.has(lower(t.text)) && !ctx.vocab.has(head) && !COMMON_WORDS.has(cap(head)) && !LOWER_FUNCTION_WORDS.has(head);
}

/** A capitalised word no list knows and the article never writes in lower case ("Jiwon", "Minsu"). */
export function unknownNameWord(ctx: Ctx, t: Token): boolean {
  return !t.allCaps && (flagsOf(t) & (TITLE | DEMONYM | ORG_HEAD | PLACE_HEAD | COMMON_WORD | FUNCTION_WORD | MONTH | WEEKDAY)) === 0 && !ctx.vocab.has(lower(t.text)) && !placeName(t.text) && !isKnownOrg(t.text);
}

/** Ordinary words written as family names beside a syllabic given name: "Park Ji-won", "Ji-won Park". */
export function familyNamesBesideSyllabicNames(ctx: Ctx, tokenized: { tokens: Token[] }[]): void {
  for (const { tokens } of tokenized)
    for (const t of tokens) {
      if (!t.cap || t.text.indexOf("-") < 0 || !isSyllabicGivenName(ctx, t)) continue;
      for (const o of [tokenAt(tokens, t.index - 1), tokenAt(tokens, t.index + 1)]) {
        if (!o || !o.cap || o.allCaps || ((flagsOf(o) & COMMON_WORD) === 0 && !ctx.vocab.has(lower(o.text))) || (flagsOf(o) & (TITLE | DEMONYM)) !== 0) continue;
        const [a, b] = o.start < t.start ? [o, t] : [t, o];
        if (oneSpace(ctx.text, a.end, b.start) && !a.possessive) ctx.familyNames.add(o.text);
      }
    }
}

/**
 * "Sun Haoran", "Sun Yat-sen": "Sun", a Chinese family name, is no Sunday right before a capitalised word that is no
 * month, weekday or function word (nor holds a digit).
 */
export function weekdayAsFamilyName(text: string, t: Token, next: Token | undefined): boolean {
  if (t.text !== "Sun") return false;
  return next !== undefined && next.cap && !next.allCaps && oneSpace(text, t.end, next.start) && (flagsOf(next) & (MONTH | WEEKDAY | FUNCTION_WORD)) === 0 && !hasDigit(next.text);
}

/** What the lists know a single name as: a place (not a demonym spelled like one) or a well-known body. */
export function listedKind(name: string): EntityKind | undefined {
  return placeName(name) && !isDemonym(name) ? "place" : isKnownOrg(name) ? "organization" : undefined;
}

export function hasDigit(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** A capitalised word with nothing but a name's shape: no list knows it as anything else, and the article never writes it in lower case. */
export function plainNameWord(ctx: Ctx, t: Token): boolean {
  if (!t.cap || t.allCaps || t.possessive) return false;
  if ((flagsOf(t) & (TITLE | ORG_HEAD | PLACE_HEAD | COMMON_WORD | FUNCTION_WORD | MONTH | WEEKDAY | DEMONYM)) !== 0) return false;
  return !ctx.vocab.has(lower(t.text)) && !placeName(t.text) && !isKnownOrg(t.text);
}
