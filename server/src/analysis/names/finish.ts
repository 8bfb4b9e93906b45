/**
 * The last passes before mentions leave the stage: names in their own script as aliases ("Tetsuya Yamagami
 * (山上徹也)"), organizations extended by their "of" complement or by a coordinated head ("the Food and Drug
 * Administration"), names written in capitals as organizations, given names shared by a family ("John and Mary
 * Smith"); then `finish` drops refused and overlapping mentions and sorts the rest.
 */
import { Decisions, Mention } from "../types";
import { intern, lower } from "./tokens";
import { COMMON_WORD, DEMONYM, FUNCTION_WORD, MONTH, ORG_HEAD, PLACE_HEAD, ROLE, TITLE, WEEKDAY, wordFlags } from "../lexicon/wordFlags";
import { isKnownOrg, placeName } from "../lexicon/gazetteer";
import {
  FACILITIES,
  FUNCTION_WORDS,
  MONTHS,
  NEWSPAPER_HEADS,
  ORG_HEADS,
  PLACE_HEADS_LOWER,
  PLACE_OF_NOUNS,
  STREETS_AND_BUILDINGS,
  WEEKDAYS,
} from "../lexicon/words";
import { Ctx } from "./context";
import { PLACE_PART_NOUNS } from "./placeCues";
import { OF_COMPLEMENT } from "./namePieces";

/** "Tetsuya Yamagami (山上徹也)": the name in its own script, in brackets after it, is the same person. */
export function addNativeScriptAliases(ctx: Ctx): void {
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

export function finish(ctx: Ctx, file: string, decisions: Decisions): Mention[] {
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
