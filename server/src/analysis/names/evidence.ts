/**
 * The context around a name candidate that says "this is a person": an age ("X, 41," / "the 41-year-old X"),
 * a role before it ("spokesman X"), an apposition after it ("X, a welder at the plant", "X, who …"), a role
 * before a comma ("its spokesman, X, said"), a speech verb ("X told"), a known first name, and the plain shape
 * of a name. Also the descriptions a hover shows, cut from those appositions.
 */
import { Block, EntityKind, Mention } from "../types";
import { Token, blankBetween, isNameParticle, lower, spacesOnly, tokenAt } from "./tokens";
import { isCountry } from "../lexicon/gazetteer";
import { FUNCTION_WORDS, GIVEN_NAMES, ORG_NOUNS, PERSON_ROLES, TITLES } from "../lexicon/words";
import { isFirstName } from "../lexicon/firstNames";

/** Head nouns of an apposition that make the name a place: "Derna, a city of 100,000". */
const PLACE_NOUNS = new Set(["city", "town", "village", "port", "region", "province", "district", "county", "state", "country", "island", "suburb", "neighbourhood", "neighborhood", "capital", "resort", "hamlet", "municipality", "enclave", "territory", "oasis", "valley", "river", "lake", "mountain"]);

/** What the evidence says; the text it reads. */
export interface EvidenceContext {
  text: string;
  /** Lowercase words the article uses in lowercase. */
  vocab: Set<string>;
}

/** Title words that qualify a title rather than being one ("Former", "Foreign" in "Former Foreign Minister"). */
export const TITLE_MODIFIERS = new Set(["Former", "Ex", "Late", "Acting", "Interim", "Opposition", "Foreign", "Defence", "Defense", "Interior", "Finance", "Health", "Economy", "Justice", "Vice", "Deputy", "Grand", "Supreme", "Crown", "Field", "Head", "Leader", "Chief", "Father", "Sister", "Brother", "Private", "Officer", "Manager", "Coach", "Director", "Speaker", "Judge", "Justice", "Attorney", "Major", "Marshal"]);
/**
 * A noun for what a person is, also written with a hyphen: "director-general", "ex-soldier", "vice-chairman"
 * (a part of the word is a role).
 */
function isRoleWord(w: string): boolean {
  if (PERSON_ROLES.has(w)) return true;
  if (!w.includes("-")) return false;
  for (const part of w.split("-")) if (PERSON_ROLES.has(part)) return true;
  return false;
}

/** Verbs that may follow a name after a comma; a phrase opening with one is not an apposition. */
export const SPEECH_VERBS = new Set(["said", "says", "told", "tells", "added", "adds", "warned", "warns", "stated", "explained", "insisted", "claimed", "claims", "wrote", "writes", "urged", "urges", "announced", "confirmed", "denied", "admitted", "argued", "recalled", "tweeted", "replied", "declared", "noted", "asked", "accused", "vowed", "pledged", "promised", "suggested", "estimated", "reported", "thinks", "believes", "acknowledged", "conceded", "stressed", "emphasised", "emphasized", "agreed", "spoke", "speaks", "met", "visited", "arrived", "called", "has", "had", "was", "is", "who", "whose"]);
/** Speech verbs strong enough alone (with a name of two words) to make a person; "has", "was" are not. */
export const STRONG_SPEECH = new Set(["said", "says", "told", "tells", "added", "warned", "stated", "explained", "insisted", "wrote", "urged", "tweeted", "replied", "declared", "noted", "recalled", "admitted", "conceded", "stressed", "vowed", "pledged"]);
/** Words that open a clause or a prepositional phrase after a comma, not an apposition naming what X is. */
const NOT_APPOSITION_OPENERS = new Set("despite after before while when as and but or nor with without in on at for to from by of according including which that is was are were has had have will would could can may might should must not so yet because although though if where it he she they we i you this these those there here then also even only just still".split(" "));
const ARTICLES = new Set(["La", "Le", "Los", "Las", "Les", "El", "Al", "Il", "Lo", "Der", "Die", "Das", "De", "Het", "O"]);
export const LOWER_FUNCTION_WORDS = new Set([...FUNCTION_WORDS].map((w) => w.toLowerCase()));

export interface Evidence {
  kind: EntityKind | null;
  description?: string;
  age?: { start: number; end: number; value: number };
}

/** "33-year-old Vitaly X", "the 27-year-old programmer Alexei X" (the words between end with a role, checked below). */
const AGE_BEFORE = /\b(\d{1,3})-year-old\s+((?:[\p{Ll}-]+\s+){0,2})$/u;
/**
 * The sentence's attribution after a comma, not an apposition: "found dead in Rethi, police said", "…, officials
 * say", "…, the fire service told reporters". Up to three lowercase words, no "a"/"an", then a verb of saying.
 */
const REPORTING_CLAUSE = /^(?:the\s+)?(?:(?!an?\s)[a-z][a-z-]*\s+){1,3}(?:said|says|say|told|added|reported|reports)\b/;

const AGE_AFTER = /^,\s+(?:aged\s+)?(\d{1,3})(?=\s*[,.;)]|\s+(?:and|who|was|is|has|had|said|told)\b)/;

const NONE: readonly string[] = [];
/** Prepositions that open a sentence with an adverbial of place: "In Iskenderun, …". */
const FRONTING_PREPOSITIONS = new Set(["in", "at", "from", "near", "across", "inside", "outside", "around", "throughout"]);
const APPOSITION = /^,\s+((?:[^,.;:!?()“”"]|\.(?=\d))+)/;

/** Nouns for the people of a place: "the residents of X". */
const INHABITANT_NOUNS = new Set(["people", "residents", "citizens", "inhabitants", "voters", "taxpayers", "townspeople", "villagers", "families", "population"]);

/** Whether the name follows "of" after a noun for a place's inhabitants ("the people of X"). */
function inhabitantsOf(blockTokens: Token[], prev: Token | undefined): boolean {
  return prev !== undefined && prev.text === "of" && INHABITANT_NOUNS.has(tokenAt(blockTokens, prev.index - 1)?.text ?? "");
}

export function personEvidence(ctx: EvidenceContext, blockTokens: Token[], tokens: Token[], title: boolean, titleCase: boolean, before: string, after: string): Evidence {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  const multi = tokens.length >= 2;
  const prev = tokenAt(blockTokens, first.index - 1);
  const next = tokenAt(blockTokens, last.index + 1);
  let description: string | undefined;
  let age: Evidence["age"];

  const ageAfter = after ? after.match(AGE_AFTER) : null;
  if (ageAfter && Number(ageAfter[1]) <= 120) {
    const s = last.end + after.indexOf(ageAfter[1]);
    age = { start: s, end: s + ageAfter[1].length, value: Number(ageAfter[1]) };
  }
  const ageBefore = before ? before.match(AGE_BEFORE) : null;
  const between = ageBefore ? ageBefore[2].trim().split(/\s+/).filter(Boolean) : NONE;
  if (!age && ageBefore && Number(ageBefore[1]) <= 120 && (between.length === 0 || PERSON_ROLES.has(between[between.length - 1]))) {
    const s = first.start - before.length + (ageBefore.index ?? 0);
    age = { start: s, end: s + ageBefore[1].length, value: Number(ageBefore[1]) };
  }

  // The words right before the name: "opposition leader Svetlana X", "Red Cross representative Tamer X".
  let roleBefore = false;
  if (prev && !prev.cap && spacesOnly(ctx.text, prev.end, first.start)) {
    if (PERSON_ROLES.has(lower(prev.text))) {
      roleBefore = true;
      const words: string[] = [];
      for (let k = first.index - 1; k >= 0 && words.length < 3; k--) {
        const w = blockTokens[k];
        if (w.cap || LOWER_FUNCTION_WORDS.has(w.text) || !spacesOnly(ctx.text, w.end, blockTokens[k + 1].start)) break;
        words.unshift(w.text);
      }
      description = words.join(" ");
    } else if (ORG_NOUNS.has(prev.text) && !multi) return { kind: "organization" };
  }

  // An apposition after the name: "X, a 27-year-old programmer", "X, the head of …", "X, who …". Not after a
  // preposition that opens the sentence: in "In Iskenderun, a hospital collapsed" the comma ends an adverbial.
  let apposition: EntityKind | null = null;
  const frontedAdverbial = prev !== undefined && prev.cap && prev.sentenceStart && FRONTING_PREPOSITIONS.has(lower(prev.text));
  const appos = after && !frontedAdverbial ? after.match(APPOSITION) : null;
  if (appos) {
    const phrase = appos[1].trim();
    const words = phrase.split(/\s+/).slice(0, 10);
    // "the people of Passau, who trusted us": after "of" and a noun for a place's inhabitants, "who" is theirs.
    // "Her predecessor, Ana Ruiz, abolished the fund": a past-tense verb with its object is the sentence's
    // predicate (the name was the apposition), not an apposition of the name.
    const predicate = words.length > 1 && /^[a-z]{3,}ed$/.test(words[0]) && /^(?:the|a|an|its|his|her|their)$/.test(words[1]);
    if (words[0] === "who" || words[0] === "whose") apposition = inhabitantsOf(blockTokens, prev) ? null : "person";
    else if (predicate) apposition = null;
    else if ((!/^\d/.test(phrase) || /^\d{1,3}-year-old/.test(phrase)) && !NOT_APPOSITION_OPENERS.has(words[0].toLowerCase()) && !SPEECH_VERBS.has(words[0]) && !REPORTING_CLAUSE.test(phrase)) {
      if (/^(?:a|an|the|one|its|his|her|their)\s/i.test(phrase)) {
        // The head noun decides: "the union leader" is a person, "a US investment firm" an organization.
        // It is the word before the first preposition ("a welder at the plant", "a town near the border"), or the last word.
        const cut = words.findIndex((w, k) => k > 0 && /^(?:at|of|in|for|from|with|on|who|whose|and|to|since|until|near|outside|off|along|across|between|beyond|by)$/.test(w));
        const headWord = (cut > 0 ? words[cut - 1] : words[words.length - 1]).toLowerCase().replace(/['’]s$/, "");
        if (isRoleWord(headWord)) apposition = "person";
        else if (ORG_NOUNS.has(headWord)) apposition = "organization";
        else if (PLACE_NOUNS.has(headWord)) apposition = "place";
        else if (/(?:er|or|ist|ian|ant|man|woman)$/.test(headWord) && headWord.length > 4) apposition = "person";
      }
      if (apposition === null)
        for (const [k, raw] of words.slice(0, 6).entries()) {
          // "X, the company's licence was suspended": a possessive determines the next noun; it heads nothing.
          if (raw.length > 2 && /['’]s$/.test(raw)) continue;
          const w = raw.toLowerCase();
          if (ORG_NOUNS.has(w) && !PERSON_ROLES.has(w)) {
            apposition = "organization";
            break;
          }
          if (isRoleWord(w)) {
            // "Contacted, managing director Rafiq Ahmed denied it": a role right before a name is that name's
            // title; the word before the comma is an opening word, not the person described.
            if (raw === w && k + 1 < words.length && /^\p{Lu}\p{Ll}/u.test(words[k + 1]) && !isRoleWord(words[k + 1].toLowerCase())) break;
            apposition = "person";
            break;
          }
          if (raw === "which") break;
        }
      if (apposition === "person") {
        description ??= describe(phrase);
        // "X, a 37-year-old political novice": the apposition gives the age.
        const ageIn = phrase.match(/^(?:a|an)\s+(\d{1,3})-year-old\b/);
        if (!age && ageIn && Number(ageIn[1]) <= 120) {
          const s = last.end + after.indexOf(ageIn[1]);
          age = { start: s, end: s + ageIn[1].length, value: Number(ageIn[1]) };
        }
      }
    }
  }
  if (ageAfter && apposition === null) {
    const rest = after.slice(ageAfter[0].length).match(/^,\s+((?:[^,.;:!?()“”"])+)/);
    if (rest) description ??= describe(rest[1]);
  }
  if ((apposition === "organization" || apposition === "place") && !title) return { kind: apposition };

  // A role before a comma: "its spokesman, Ahmad X, said", "the Minister of Health in this government, Othman".
  let roleAppositionBefore = false;
  // The word before the comma must be an ordinary word: "Sen. Bernie Sanders, I-Vt." is not a role apposition.
  // (Not when the comma closes a quotation: in "…in this department," Desmond said the noun is the speaker's.)
  if (prev && !prev.cap && hasComma(ctx.text, prev.end, first.start) && !closesQuote(ctx.text, prev.end, first.start)) {
    // (From the word before the comma: "its spokesman, Okon,", "her son, Dapo,".)
    for (let k = first.index - 1, n = 0; k >= 0 && n < 9; k--, n++) {
      const w = blockTokens[k];
      const gap = ctx.text.slice(w.end, blockTokens[k + 1].start);
      if (/[.;:!?”"]/.test(gap) || (n > 0 && gap.includes(","))) break;
      // A verb of saying ends the phrase: in "the spokeswoman said the agency, Frontex," the role is the speaker's.
      if (!w.cap && SPEECH_VERBS.has(w.text)) break;
      if ((!w.cap && PERSON_ROLES.has(w.text)) || (w.cap && TITLES.has(w.text) && !TITLE_MODIFIERS.has(w.text))) {
        roleAppositionBefore = true;
        break;
      }
    }
    // "the bloc's border agency, Frontex,": with no role before it, a noun for a body right before the comma
    // names a body. ("the Minister of Health in this government, Othman" has its role.)
    if (!roleAppositionBefore && !multi && ORG_NOUNS.has(prev.text) && !PERSON_ROLES.has(prev.text)) return { kind: "organization" };
  }

  const speechAfter = next !== undefined && !next.cap && STRONG_SPEECH.has(next.text) && blankBetween(ctx.text, last.end, next.start);
  const speechBefore = prev !== undefined && !prev.cap && STRONG_SPEECH.has(prev.text) && blankBetween(ctx.text, prev.end, first.start);
  // A known first name before a word that is not one: "Mark Walter" (but not "Maria Elena" alone).
  const givenFirst = multi && isFirstName(first.text) && !isFirstName(last.text.replace(/^.*-/, ""));
  // "La Liga", "El Pais": a name that opens with a capitalised article is rarely a person's.
  // ("Van der Berg said": a capitalised particle before another one opens a family name, not a sentence.)
  const particleOpens = multi && !tokens[1].cap && isNameParticle(lower(first.text)) && isNameParticle(tokens[1].text);
  const shapeOk = plainWords(tokens) && !(ARTICLES.has(first.text) && !GIVEN_NAMES.has(first.text)) && !(first.sentenceStart && ctx.vocab.has(lower(first.text)) && !GIVEN_NAMES.has(first.text) && !particleOpens);

  if (title || age || roleBefore || roleAppositionBefore || apposition === "person") return { kind: "person", description, age };
  // In a headline, or after an ordinary capitalised word, only a known first name will do.
  if (titleCase) return { kind: givenFirst && shapeOk ? "person" : null };
  // Two or three name words that are not ordinary words of the article: the shape of a person's name. Four
  // need a first name or a speech verb.
  // (Not after "the": "the Chico Elks Lodge", "the Harbour Light Trust" name places and bodies, not people.)
  const afterThe = prev !== undefined && prev.text === "the" && spacesOnly(ctx.text, prev.end, first.start);
  // "Brazil's Luiz Inácio Lula da Silva", "Russia's Vladimir Putin": a name of several words after a country's
  // possessive is its leader's or one of its people's.
  const countryBefore = prev !== undefined && prev.possessive && isCountry(prev.text) && spacesOnly(ctx.text, prev.end + 2, first.start);
  if (multi && shapeOk && !afterThe && (nameWordCount(tokens) <= 3 || speechAfter || speechBefore || countryBefore || isFirstName(first.text))) return { kind: "person", description, age };
  return { kind: null };
}

/** Whether a closing quotation mark stands between two words (a quotation ends before the second). */
function closesQuote(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 || c === 0x201d) return true;
  }
  return false;
}

/** Words of a name without its particles: "Luiz Inácio Lula da Silva" has four. */
function nameWordCount(tokens: Token[]): number {
  let n = 0;
  for (const t of tokens) if (!isNameParticle(t.text)) n++;
  return n;
}

/** A comma in text[from, to), without cutting it out. */
function hasComma(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 44) return true;
  return false;
}

/** No upper-case word and no single letter among the tokens. */
function plainWords(tokens: Token[]): boolean {
  for (const t of tokens) if (t.allCaps || t.text.length < 2) return false;
  return true;
}

const ANAPHORIC_AGE = /\b[Tt]he (\d{1,3})-year-old((?: [a-z][a-z-]*){0,5})(?= (?:has|had|is|was|who|said|told|,|and)\b|,)/g;

/**
 * "… Lukashenko’s re-election … the 66-year-old former state farm director has tried …": a description with an
 * age but no name describes the person last named before it (within a paragraph's reach), when that mention
 * carries no description or age of its own.
 */
export function attachAnaphoricDescriptions(text: string, blocks: Block[], mentions: Mention[]): void {
  const people = mentions.filter((m) => m.kind === "person");
  if (!people.length) return;
  // The next "-year-old" at or after the block (-1: none left): blocks come in text order, so the text is
  // searched once rather than block by block.
  let mark = -2;
  let lastStart = -1;
  for (const block of blocks) {
    if (block.start < lastStart) mark = -2; // (blocks out of order: search afresh)
    lastStart = block.start;
    if (mark !== -1 && mark < block.start) mark = text.indexOf("-year-old", block.start);
    if (mark < 0 || mark + 9 > block.end) continue;
    const slice = text.slice(block.start, block.end);
    ANAPHORIC_AGE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = ANAPHORIC_AGE.exec(slice))) {
      const at = block.start + m.index;
      let target: Mention | undefined;
      for (const p of people) {
        if (p.end > at) break;
        target = p;
      }
      const value = Number(m[1]);
      if (!target || at - target.end > 600 || target.age || target.description || value > 120) continue;
      const ageStart = at + m[0].indexOf(m[1]);
      target.age = { start: ageStart, end: ageStart + m[1].length, value };
      const words = m[2].trim();
      if (words) target.description = `the ${m[1]}-year-old ${words}`;
    }
  }
}

/**
 * The part of an apposition worth showing as a description: "a protester who died there" -> "a protester";
 * participle clauses ("speaking to officials") and relative clauses ("who had his back turned") are not descriptions.
 */
export function describe(phrase: string): string | undefined {
  const p = phrase.replace(/\s+(?:who|whose|which|that)\b.*$/s, "").trim();
  const firstWord = p.split(/\s+/)[0] ?? "";
  if (!p || /^(?:who|whose|which|that|said|says|told)$/.test(firstWord) || (/(?:ing|ed)$/.test(firstWord) && !PERSON_ROLES.has(firstWord))) return undefined;
  return p.length <= 90 ? p : undefined;
}

