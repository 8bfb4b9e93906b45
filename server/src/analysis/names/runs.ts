/**
 * A run of capitalised words as the tokenizer gives it (`classifyRun`): what the whole run says first (a page's
 * widget, a currency, a ship, "PT" or "sp. z o.o." companies, names the user decided, "X of Y" places, glued
 * typos), then the run split at words never inside a name (`classifyPiece`), with hyphenated compounds of known
 * names ("Moscow-backed") read on their own. The entry point for every block's runs; the pieces go to namePieces.ts.
 */
import { Block } from "../types";
import { Token, flagsOf, oneSpace, tokenAt } from "./tokens";
import { DEMONYM, FUNCTION_WORD, GIVEN_NAME, MONTH, ORG_HEAD, TITLE, WEEKDAY } from "../lexicon/wordFlags";
import { STRONG_SPEECH } from "./evidence";
import { placeName } from "../lexicon/gazetteer";
import { GIVEN_NAMES, ORG_HEADS_LOWER, ORG_NOUNS, OUTLET_WORDS, PERSON_ROLES, PLACE_OF_HEADS, ROUTE_NOUNS } from "../lexicon/words";
import { Ctx, addWordMention, emit, spanText } from "./context";
import { gluedPrefix, listedKind, weekdayAsFamilyName } from "./articleWords";
import { articleOfPlace } from "./placeCues";
import { classifyNamePiece } from "./namePieces";

/** What follows a country's letters that makes them part of a currency's name: "US$", "U.S. dollars". */
const CURRENCY_AFTER = /^(?:\$| dollars?\b)/;
export const PAGE_WIDGET_WORDS = new Set(["Purchase", "Licensing", "Rights"]);

/** Prefixes of ships' names ("MV Sewol", "KM Sinar Bahari 3", "USS Cole"): the words after them name a vessel, no one. */
const VESSEL_PREFIXES = new Set(["MV", "KM", "KMP", "MT", "MS", "SS", "RMS", "HMS", "USS", "USNS", "HMAS", "HMCS", "HMNZS", "INS", "KRI", "BRP", "FV", "RV", "SV", "MY"]);

export function classifyRun(ctx: Ctx, block: Block, blockTokens: Token[], run: Token[], titleCase: boolean): void {
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

/** A Polish company's legal form: "sp. z o.o." (a limited company), "sp.j.", "sp. k.", "sp.p." (partnerships). */
const POLISH_LEGAL_FORM = /^sp\. ?(?:z ?o\. ?o\.|[jkp]\.)/;
/** Heads of "X of Y" that name the state Y itself: "the Kingdom of Saudi Arabia", "the Republic of Korea". */
const STATE_HEADS = new Set(["Republic", "Kingdom", "Sultanate", "Emirate", "Principality"]);
