/**
 * Bylines, credits and picture credits ("By Jane Doe for AFP", "REUTERS/Jane Doe", "(Photo: Jana Kowal/Gazeta
 * Nadmorska)"): their runs name photographers and writers, which ordinary text rules would read otherwise (an
 * agency beside a name, upper-case names). Read before a block's other runs, which then skip the credits' tokens.
 */
import { Block } from "../types";
import { Token, capitalisedRuns, flagsOf, lower, tokenAt } from "./tokens";
import { COMMON_WORD, FUNCTION_WORD, GIVEN_NAME, MONTH, ORG_HEAD, WEEKDAY } from "../lexicon/wordFlags";
import { LOWER_FUNCTION_WORDS } from "./evidence";
import { isFirstName } from "../lexicon/firstNames";
import { isKnownOrg, placeName } from "../lexicon/gazetteer";
import { FUNCTION_WORDS, GIVEN_NAMES, ORG_HEADS, OUTLET_WORDS, PERSON_ROLES, TITLES } from "../lexicon/words";
import { Ctx, emit, spanText } from "./context";
import { hasCharIn, titleCaseName, weekdayAsFamilyName } from "./articleWords";
import { PAGE_WIDGET_WORDS, classifyRun } from "./runs";

/**
 * Bylines and credits name people: "By Jane Doe and John Roe for AFP", "Jane Doe/Reuters". Runs of two to
 * four name words are people; known agencies and head-word organizations stay organizations.
 */
export function namesInCredit(ctx: Ctx, block: Block, tokens: Token[]): void {
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
export function pictureCredits(ctx: Ctx, block: Block, tokens: Token[]): Set<number> | undefined {
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
export function withoutTokens(run: Token[], out: Set<number>): Token[][] {
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
