/**
 * What every part of the names stage shares: the article's working state (`Ctx`), the runs left for the second
 * pass (`Pending`), and the few ways a mention is recorded (`emit` for a run of tokens, `addWordMention` for one
 * word inside a longer one). Kept apart so that every rule module depends on this one and on nothing above it.
 */
import { EntityKind, Mention, MentionForm } from "../types";
import { Token, intern } from "./tokens";
import { Evidence } from "./evidence";

export interface Ctx {
  text: string;
  /** Lowercase words the article uses in lowercase: a capitalised one of these is an ordinary word. */
  vocab: Set<string>;
  /** How often each capitalised word appears, to recognise glued typos ("Putinand"). */
  capWords: Map<string, number>;
  decided: Map<string, EntityKind>;
  mentions: Mention[];
  pending: Pending[];
  /** Where "-year-old" occurs in the text, in order (found once per article, on first need). */
  ageMarks?: number[];
  /** Start and end offsets of the place mentions, for lists of places (built on first need, then kept up to date). */
  placeEdges?: { starts: Set<number>; ends: Set<number>; counted: number };
  /** The outlet the structure found ("Politico Europe" under the byline): on a credit line it is no person. */
  outlet: string | null;
  /** Ordinary words the article shows to be family names ("Park" beside "Ji-won"): alone they name that person. */
  familyNames: Set<string>;
}

interface Pending {
  tokens: Token[];
  blockTokens: Token[];
  titleCase: boolean;
  glued?: string;
}


/** A capitalised run the article alone could not classify; the linker may recognise it from other articles. */
export interface UnresolvedName {
  start: number;
  end: number;
  name: string;
}

/** A mention of one word of a longer word ("Moscow" in "Moscow-backed"); a lone person's name is a surname. */
export function addWordMention(ctx: Ctx, start: number, word: string, kind: EntityKind): void {
  ctx.mentions.push({ file: "", start, end: start + word.length, text: word, kind, name: intern(word), form: kind === "person" ? "surname" : "full" });
}

export function spanText(ctx: Ctx, tokens: Token[]): string {
  return ctx.text.slice(tokens[0].start, tokens[tokens.length - 1].end);
}

/** The tokens' words joined by single spaces, the last one replaced by its glued prefix when there is one. */
export function nameOf(tokens: Token[], glued?: string): string {
  const last = tokens.length - 1;
  if (last === 0) return glued || tokens[0].text;
  // (A possessive inside a name is an office's: "the Governor's Office", or its members': "Prosecutors' Office".)
  const own = (i: number) => (tokens[i].possessive ? tokens[i].text + (tokens[i + 1].start - tokens[i].end === 2 ? "'" : "'s") : tokens[i].text);
  let name = own(0);
  for (let i = 1; i < last; i++) name += " " + own(i);
  return name + " " + (glued || tokens[last].text);
}

export function emit(ctx: Ctx, tokens: Token[], kind: EntityKind, extra: { glued?: string; form?: MentionForm; description?: string; age?: Evidence["age"]; name?: string; title?: string } = {}): void {
  const start = tokens[0].start;
  const end = tokens[tokens.length - 1].end;
  const name = intern(extra.name ?? nameOf(tokens, extra.glued));
  const form: MentionForm = extra.form ?? (kind === "person" ? (tokens.length > 1 ? "full" : "surname") : kind === "organization" && tokens.length === 1 && tokens[0].allCaps ? "acronym" : "full");
  // The text is usually the name itself: then the name's one shared string serves (mentions are kept, copies add up).
  const text = end - start === name.length && ctx.text.startsWith(name, start) ? name : ctx.text.slice(start, end);
  const m: Mention = { file: "", start, end, text, kind, name, form };
  if (extra.description) m.description = extra.description;
  if (extra.age) m.age = extra.age;
  if (extra.title) m.title = extra.title;
  if (kind === "person") {
    const gender = honorificGender(ctx.text, start);
    if (gender) m.gender = gender;
  }
  ctx.mentions.push(m);
}

/** Honorifics and titles that say whether a person is a man or a woman. */
const GENDERED_TITLES: Record<string, "male" | "female"> = Object.assign(Object.create(null), {
  Mr: "male", Sir: "male", Lord: "male", King: "male", Prince: "male", Herr: "male", Senor: "male", Señor: "male", Monsieur: "male",
  Mrs: "female", Ms: "female", Miss: "female", Dame: "female", Lady: "female", Madam: "female", Madame: "female", Mme: "female",
  Queen: "female", Princess: "female", Frau: "female", Senora: "female", Señora: "female", Dona: "female", Doña: "female",
});

/** The gender an honorific right before `start` gives ("Mr Biden", "Mrs. Biden"), if one does. */
function honorificGender(text: string, start: number): "male" | "female" | undefined {
  let e = start - 1;
  if (text.charCodeAt(e) !== 32) return undefined;
  e--;
  if (text.charCodeAt(e) === 46) e--; // "Mr."
  let s = e;
  while (s >= 0 && isAsciiLetterCode(text.charCodeAt(s))) s--;
  if (e - s < 2 || e - s > 9) return undefined;
  return GENDERED_TITLES[text.slice(s + 1, e + 1)];
}

const isAsciiLetterCode = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 241 /* ñ */;
