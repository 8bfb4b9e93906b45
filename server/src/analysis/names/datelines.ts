/**
 * The places a dateline names at a block's start ("MARIANA, Brazil (Reuters) -", "Sonapur (Bangladesh) (AFP) –",
 * "Villa Alta (Oaxaca) - Oct 15, 2027"). A dateline's position and punctuation make its first segment a place
 * whatever the word lists say, so it is read before (and instead of) the block's ordinary runs.
 */
import { Block } from "../types";
import { Token, flagsOf } from "./tokens";
import { FUNCTION_WORD, MONTH, TITLE, WEEKDAY } from "../lexicon/wordFlags";
import { isKnownOrg, placeName } from "../lexicon/gazetteer";
import { NOT_ACRONYMS } from "../lexicon/words";
import { Ctx, emit } from "./context";
import { hasCharIn, isOrdinaryUpper, titleCaseName } from "./articleWords";

/**
 * A dateline opening a block: upper-case place words, optionally ", Region", optionally ", date", optionally
 * "(Agency)", then a dash ("MARIANA, Brazil (Reuters) -", "PORT AMSEL, Veldara —", "SKARRA ISLAND —"), or
 * alone on a dateline line. Its first segment is a place whatever the word lists say.
 */
const DATELINE_HEAD = /^(\p{Lu}[\p{Lu}\p{M}'’.-]*\p{Lu}(?: \p{Lu}[\p{Lu}\p{M}'’.-]*\p{Lu}){0,3})(?:, (\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*){0,2}))?(?:, [^()\n—–]{1,24}?)?(?: ?\([^()\n]{1,40}\))?(?: ?(?:—|–|--?) |$|: (?=\p{Lu}))/u;

/**
 * A dateline in ordinary capitals, as agency copy on newspaper sites prints it: "Sonapur (Bangladesh) (AFP) –",
 * "Dhaka (AFP) -". The bracketed agency and the dash make it one; the place and its country come before.
 */
const MIXED_DATELINE = /^(\p{Lu}[\p{Ll}\p{M}'’.-]+(?: \p{Lu}[\p{Ll}\p{M}'’.-]+){0,2})(?: \((\p{Lu}[\p{L}\p{M}'’.-]+(?: \p{Lu}[\p{L}\p{M}'’.-]+){0,2})\))?,? \(([^()\n]{2,30})\) ?(?:—|–|--?) /u;

function mixedCaseDateline(ctx: Ctx, block: Block, tokens: Token[]): number {
  const m = MIXED_DATELINE.exec(ctx.text.slice(block.start, Math.min(block.end, block.start + 100)));
  if (!m || !isKnownOrg(m[3]) || isKnownOrg(m[1])) return 0;
  let n = 0;
  while (n < tokens.length && tokens[n].end <= block.start + m[1].length) n++;
  const head = tokens.slice(0, n);
  if (!head.length || head.some((t) => (flagsOf(t) & (MONTH | WEEKDAY | TITLE | FUNCTION_WORD)) !== 0)) return 0;
  emit(ctx, head, "place", { name: placeName(m[1]) });
  return m[2] ? emitBracketedRegion(ctx, tokens, n, block.start + m[0].indexOf("(" + m[2]) + 1, m[2]) : n;
}

/**
 * A place and a date on a line of their own, as El País prints its dateline: "Villa Alta (Oaxaca) - Oct 15, 2027 -
 * 05:30 CEST", "San José del Cabo - 3 Nov 2027". The place may join its words with "de", "del", "da" …, and may
 * give its region in brackets; the date after the dash makes it a dateline whatever the lists know.
 */
const DATED_PLACE_LINE = /^(\p{Lu}[\p{Ll}\p{M}'’.-]+(?: (?:(?:de|del|da|do|dos|das|la|las|los|el) )?\p{Lu}[\p{Ll}\p{M}'’.-]+){0,3})(?: \((\p{Lu}[\p{L}\p{M}'’.-]+(?: \p{Lu}[\p{L}\p{M}'’.-]+){0,2})\))? (?:—|–|-) (?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? \d{4}|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{4})\b/u;

function datedPlaceLine(ctx: Ctx, block: Block, tokens: Token[]): number {
  const m = DATED_PLACE_LINE.exec(ctx.text.slice(block.start, block.end));
  if (!m || isKnownOrg(m[1])) return 0;
  let n = 0;
  while (n < tokens.length && tokens[n].end <= block.start + m[1].length) n++;
  const head = tokens.slice(0, n);
  if (!head.length || head.some((t) => t.cap && (flagsOf(t) & (MONTH | WEEKDAY | TITLE | FUNCTION_WORD)) !== 0)) return 0;
  emit(ctx, head, "place", { name: placeName(m[1]) });
  return m[2] ? emitBracketedRegion(ctx, tokens, n, block.start + m[1].length + 2, m[2]) : n;
}

/**
 * The region a dateline gives in brackets after its place ("Villa Alta (Oaxaca)"), as a place when the lists know
 * it: the tokens from `regionStart`, searched from token n on. Returns the index after the tokens read.
 */
function emitBracketedRegion(ctx: Ctx, tokens: Token[], n: number, regionStart: number, region: string): number {
  if (!placeName(region)) return n;
  let r = n;
  while (r < tokens.length && tokens[r].start < regionStart) r++;
  let e = r;
  while (e < tokens.length && tokens[e].end <= regionStart + region.length) e++;
  if (e > r) emit(ctx, tokens.slice(r, e), "place", { name: placeName(region) });
  return e;
}

/** Emits a dateline's places at the block's start; returns the index of the first token not consumed. */
export function datelinePlaces(ctx: Ctx, block: Block, tokens: Token[]): number {
  if (tokens.length && tokens[0].start === block.start && !tokens[0].allCaps && tokens[0].cap && block.kind === "paragraph") {
    // A short line of a place and a date under the byline: "Villa Alta (Oaxaca) - Oct 15, 2027 - 05:30 CEST".
    const dated = block.end - block.start <= 80 ? datedPlaceLine(ctx, block, tokens) : 0;
    if (dated) return dated;
    // (Only a paragraph with a bracket among its first words can open so: most are passed over here.)
    return hasCharIn(ctx.text, 40 /* ( */, block.start, Math.min(block.end, block.start + 70)) ? mixedCaseDateline(ctx, block, tokens) : 0;
  }
  if (!tokens.length || tokens[0].start !== block.start || !tokens[0].allCaps) return 0;
  const m = DATELINE_HEAD.exec(ctx.text.slice(block.start, Math.min(block.end, block.start + 120)));
  if (!m) return 0;
  // A lone upper-case line counts only when the structure says it is a dateline ("MOSCOW").
  // "BAUBAU, Southeast Sulawesi: Nineteen people …", "SINGAPORE: The …" (as CNA and The Straits Times write them):
  // after a colon, only a known place or a place with its region ("FACTBOX: …" is a label).
  const colon = m[0].endsWith(": ");
  if (colon ? !m[2] && !placeName(m[1]) : !/[-—–]\s*$/.test(m[0]) && block.kind !== "dateline") return 0;
  const headEnd = block.start + m[1].length;
  let n = 0;
  while (n < tokens.length && tokens[n].end <= headEnd) n++;
  const head = tokens.slice(0, n);
  // "UPDATE -", "NATO -": upper-case words that are no place name.
  if (!head.length || head.some((t) => !t.allCaps || t.text.length < 2) || isKnownOrg(m[1])) return 0;
  // "ANALYSIS —", "LIVE UPDATES": a label in ordinary English words, unless the words name a known place.
  if (head.every((t) => NOT_ACRONYMS.has(t.text) || isOrdinaryUpper(ctx, t)) && !placeName(m[1])) return 0;
  emit(ctx, head, "place", { name: placeName(m[1]) ?? titleCaseName(m[1]) });
  if (!m[2]) return n;
  const regionStart = block.start + m[0].indexOf(m[2], m[1].length);
  const regionEnd = regionStart + m[2].length;
  let r = n;
  while (r < tokens.length && tokens[r].start < regionStart) r++;
  let e = r;
  while (e < tokens.length && tokens[e].end <= regionEnd) e++;
  const region = tokens.slice(r, e);
  if (!region.length || region.some((t) => (flagsOf(t) & (MONTH | WEEKDAY | TITLE)) !== 0 || t.allCaps) || isKnownOrg(m[2])) return n;
  emit(ctx, region, "place", { name: placeName(m[2]) });
  return e;
}
