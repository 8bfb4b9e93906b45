/**
 * What a figure counts, read from the tokens of its clause: the counted noun ("people", "Russian citizens"),
 * the event ("arrested" ≈ "detained", "killed" ≈ "deaths"), whether it is a confirmed tally or a forecast, and
 * for money, percentages, years and durations the word that says what they measure. The result is a
 * normalized key (claims with equal keys count the same thing) and a few words a person reads.
 */
import * as lexicon from "./lexicon";
import { TENS, UNITS } from "./numbers";
import { Token } from "./tokens";
import { WordTable } from "./wordShapes";

// Bound once: reading a module's exports in a hot loop goes through a getter under some loaders.
const {
  AUXILIARIES,
  CLAUSE_WORDS,
  CONFIRMED,
  EVENTS,
  FORECAST,
  FORECAST_MOTION,
  FUNCTION_WORDS,
  GENERIC_NOUNS,
  MONEY_CLASSES,
  MONTHS,
  PARTIAL,
  PEOPLE,
  PERSON_NOUNS,
  POPULATION,
  SERVICE,
  TENURE,
  YEAR_EVENTS,
} = lexicon;

export interface QuantityResult {
  /** Empty when the figure should never be compared across articles. */
  key: string;
  words: string;
  /**
   * Set for "N others" ("killing 12 and injuring 30 others"): the event of people counted besides a count just
   * given. The key stands only when that count's event differs (the caller knows it): "three killed in Kharkiv and
   * two others in Kyiv" is part of one toll.
   */
  besides?: string;
  /** Set for "died there": the count of a place; without a place in its sentence, of one named earlier. */
  there?: boolean;
}

const BOUNDARY_SYMS = new Set([",", ";", ":", ".", "!", "?", "(", ")", "[", "]", "“", "”", '"', "—", "–", "…"]);

const CLAUSE_TABLE = new WordTable(CLAUSE_WORDS);

/** The boundary symbols' character codes (each is one UTF-16 unit): a symbol is told by its code, its text not sliced. */
const BOUNDARY_CODES = new Set([...BOUNDARY_SYMS].map((s) => s.charCodeAt(0)));
const HYPHEN = 45;

const isBoundarySymbol = (t: Token): boolean => {
  if (t.end - t.start !== 1) return false;
  const c = t.source.charCodeAt(t.start);
  return BOUNDARY_CODES.has(c) || (c === HYPHEN && t.spaced);
};

const isBoundary = (t: Token): boolean => (t.kind === "sym" ? isBoundarySymbol(t) : CLAUSE_TABLE.has(t));

/** The index of the first token of the clause part left of `first`, at most `max` tokens back. */
export function leftClauseStart(tokens: Token[], first: number, max = 8): number {
  let k = first - 1;
  for (; k >= 0 && first - k <= max; k--) if (isBoundary(tokens[k])) break;
  return k + 1;
}

/** Where the clause part right of a figure starts: at `from`, or after a closing quote glued to the figure. */
export function rightClauseStart(tokens: Token[], from: number): number {
  const q = tokens[from];
  return q && (q.text === "”" || q.text === '"' || q.text === "’") && !q.spaced ? from + 1 : from;
}

/** The index after the clause part starting at `start` (see rightClauseStart), at most `max` tokens. */
export function rightClauseEnd(tokens: Token[], start: number, max = 8): number {
  let k = start;
  for (; k < tokens.length && k - start < max; k++) if (isBoundary(tokens[k])) break;
  return k;
}

/** Tokens left of index `first` inside the clause, nearest first, at most `max`. */
export function leftClause(tokens: Token[], first: number, max = 8): Token[] {
  const out: Token[] = [];
  for (let k = first - 1; k >= 0 && out.length < max; k--) {
    const t = tokens[k];
    if (isBoundary(t)) break;
    out.push(t);
  }
  return out;
}

/** Number words, which never name what a figure counts: the number reader's units and tens, and a few scales. */
const NUMBER_WORDS = new Set([...Object.keys(UNITS), ...Object.keys(TENS), "hundred", "thousand", "million", "billion", "dozen"]);

/** Words that end the noun phrase after a count: function words, auxiliaries, number words (one look-up for the three). */
const RUN_STOPS = new Set([...FUNCTION_WORDS, ...AUXILIARIES, ...NUMBER_WORDS]);

const DEMONYM = /^\p{Lu}\p{Ll}+(?:an|ian|ese|ish|i|ch)$/u;
const DEMONYM_PLURAL = /^\p{Lu}\p{Ll}+(?:ans|ians|is)$/u;

/** A counted figure (people, things): event, counted noun and modality give the key. */
export function countQuantity(
  tokens: Token[],
  first: number,
  next: number,
  wordNumber: boolean,
  mentionStarts: { has(start: number): boolean },
): QuantityResult {
  // "scored 75 out of 100", "nine out of 10 residents": a proportion, neither part nor whole a count of the story's.
  if (tokens[next]?.lower === "out" && tokens[next + 1]?.lower === "of") return { key: "", words: "proportion" };
  let r0 = rightClauseStart(tokens, next);
  let r1 = rightClauseEnd(tokens, r0);
  const l0 = leftClauseStart(tokens, first);
  let event: string | undefined;
  let confirmed = false;
  let partial = false;
  let others = false;
  let toCome = false;
  let suspected = false;
  /** A count of bodies: never a "confirmed" tally apart from the toll (the words after it would make it one). */
  let bodies = false;
  // The noun phrase right after the figure: adjectives, then the head noun, then maybe its verb
  // ("Russian citizens", "ageing dams", "people detained", "killed", "deaths"). It is the tokens [r0, runEnd):
  // indices rather than an array, since this runs for every count.
  let runEnd = r0;
  let k = r0;
  // Tokens of hyphenated modifiers in the run, which count as one word towards its length.
  let joined = 0;
  for (; k < r1 && runEnd - r0 - joined < 4; k++) {
    const t = tokens[k];
    // "1.2 million current and former customers": two modifiers joined by "and" before the noun.
    if (k === r0 && t.kind === "word" && t.plain && !isPersonNoun(t.lower) && !t.lower.endsWith("s") && (tokens[k + 1]?.lower === "and" || tokens[k + 1]?.lower === "or") && isCoordinatedModifier(tokens, k + 1, tokens.length)) {
      // (The clause read so far ended at the "and".)
      r1 = Math.max(r1, rightClauseEnd(tokens, k + 2));
      joined += 2;
      k += 1;
      continue;
    }
    // (A number word is no counted noun: "two five-year terms".)
    if (t.kind !== "word" || RUN_STOPS.has(t.lower) || mentionStarts.has(t.start)) break;
    // "360 heat-related deaths", "1,200 flood-hit homes": a hyphenated word before another word modifies it.
    if (isHyphenatedModifier(tokens, k, r1)) {
      runEnd = k + 3;
      joined += 2;
      k += 2;
      continue;
    }
    if (PARTIAL.has(t.lower)) {
      if (t.lower === "others" && k === r0) {
        others = true;
        runEnd = ++k;
        break;
      }
      partial = true;
      break;
    }
    if (CONFIRMED.has(t.lower)) confirmed = true;
    // ("suspected" modifies the noun: "4,512 suspected cases".)
    if (t.lower === "suspected") {
      suspected = true;
      continue;
    }
    // "300 fled", "737 flew": a verb right after the figure is no counted noun.
    if (!EVENTS.has(t.lower) && isVerbForm(t.lower)) break;
    runEnd = k + 1;
    if (EVENTS.has(t.lower)) {
      k++;
      break;
    }
    if (!isAdjective(t)) {
      // A noun before a noun for people modifies it: "10 health workers", "three aid workers", "two police
      // officers" count workers and officers.
      const compound = k + 1 < r1 && runEnd - r0 < 4 ? tokens[k + 1] : undefined;
      if (compound && compound.kind === "word" && compound.text === compound.lower && !EVENTS.has(t.lower) && !mentionStarts.has(compound.start) && isPersonNoun(compound.lower) && !AUXILIARIES.has(compound.lower)) {
        runEnd = k + 2;
        k++;
      }
      // A noun before a plural noun modifies it: "two passenger trains", "42 plane crashes" count trains and crashes.
      const plural = runEnd === k + 1 && k + 1 < r1 && runEnd - r0 < 4 ? tokens[k + 1] : undefined;
      if (plural && isCompoundHead(t, plural) && !SINGULAR_FIGURES.has(tokens[r0 - 1]?.lower ?? "") && !mentionStarts.has(plural.start)) {
        runEnd = k + 2;
        k++;
      }
      // The head noun; a verb of the event may follow it directly ("people detained").
      const v = k + 1 < r1 ? tokens[k + 1] : undefined;
      if (v && v.kind === "word" && EVENTS.has(v.lower) && !isEventNoun(v.lower)) {
        runEnd = k + 2;
        k++;
      }
      k++;
      break;
    }
  }
  // "30,000 of the displaced", "two of them": a part of a larger count.
  if (runEnd === r0 && k < r1 && tokens[k].lower === "of") {
    // "data on 1.2 million of its customers": a count of the customers, the whole left unsaid.
    const owned = tokens[k + 1];
    const noun = tokens[k + 2];
    if (owned && noun && (owned.lower === "its" || owned.lower === "their") && noun.kind === "word" && noun.plain && noun.lower.endsWith("s") && !FUNCTION_WORDS.has(noun.lower) && k + 2 < r1) {
      r0 = k + 2;
      runEnd = k + 3;
      k += 3;
    } else partial = true;
  }
  let noun: string | undefined;
  let nounWords: string | undefined;
  // The counted noun's words: [r0, nounEnd).
  let nounEnd = runEnd;
  const last = runEnd > r0 ? tokens[runEnd - 1] : undefined;
  if (last && EVENTS.has(last.lower)) {
    event = EVENTS.get(last.lower);
    // "two deaths", "civilian deaths": the event word is the counted noun; "people detained": it is the verb.
    nounEnd = isEventNoun(last.lower) ? r0 : runEnd - 1;
    if (isEventNoun(last.lower) || nounEnd === r0) noun = "people";
  } else if (last && last.lower === "bodies") {
    // "38 bodies recovered": the dead found so far, the toll as the article counts it ("5,300 killed" and "more than
    // 5,300 bodies had been counted" give one figure).
    event = "killed";
    noun = "people";
    nounEnd = r0;
    bodies = true;
  }
  if (nounEnd > r0) {
    const head = tokens[nounEnd - 1];
    let demonym: Token | undefined;
    // (A plain word, lower-case letters only, is no demonym: the regexes are not run on it.)
    for (let j = r0; j < nounEnd - 1 && !demonym; j++) if (!tokens[j].plain && DEMONYM.test(tokens[j].text)) demonym = tokens[j];
    if (!head.plain && DEMONYM_PLURAL.test(head.text)) noun = head.lower;
    else if (demonym && PERSON_NOUNS.has(head.lower)) noun = /an$/.test(demonym.lower) ? `${demonym.lower}s` : `${demonym.lower} nationals`;
    else noun = normalizeNoun(head.lower);
    nounWords = tokens[r0].text;
    for (let j = r0 + 1; j < nounEnd; j++) nounWords += tokens[j].spaced ? ` ${tokens[j].text}` : tokens[j].text;
  }
  // "people may have been drowned", "were arrested", "are believed dead"; past an aside about part of the
  // count: "34 people, including 10 soldiers, were killed", "200 people, mostly women, were evacuated".
  if (!event && !partial) {
    let end = r1;
    if (k === r1 && runEnd > r0) {
      const resume = afterAside(tokens, k);
      if (resume > k) end = rightClauseEnd(tokens, (k = resume));
    }
    for (let a = 0; k < end && a < 5; k++, a++) {
      const t = tokens[k];
      if (t.kind !== "word") break;
      // (Most words here are auxiliaries, or end the search: one look-up tells them from the words the tests below act on.)
      // (A new test below must add its words to AFTER_NOUN_WORDS, or it never sees them.)
      if (!AFTER_NOUN_WORDS.has(t.lower)) {
        if (AUXILIARIES.has(t.lower) || t.lower === "not") continue;
        break;
      }
      if (CONFIRMED.has(t.lower)) confirmed = true;
      const e = EVENTS.get(t.lower);
      if (e) {
        event = e;
        break;
      }
      if (t.lower === "on" && tokens[k + 1]?.lower === "board") {
        event = "aboard";
        break;
      }
      // "Two aircraft are expected to arrive": a count still to come, not one made.
      if (TO_COME.has(t.lower)) {
        toCome = true;
        break;
      }
      // "6,500 people have been ordered to evacuate", "4,000 people remain under evacuation orders".
      if (evacuationOrderAt(tokens, k) || (t.lower === "remain" || t.lower === "remained" || t.lower === "remains") && evacuationOrderAt(tokens, k + 1)) {
        event = ORDERED_TO_LEAVE;
        break;
      }
      // "data on 1.4 million customers was taken": people whose data a breach took.
      if (DATA_TAKEN.has(t.lower) && isDataOf(tokens, first)) {
        event = "breached";
        break;
      }
      // "157 Ukrainians had come home", "150 prisoners were handed over".
      const phrasal = phrasalEvent(tokens, k);
      if (phrasal) {
        event = phrasal;
        break;
      }
      // "150 prisoners of war were handed over": "of war" is part of the counted noun.
      if (t.lower === "of" && tokens[k + 1]?.lower === "war") {
        k++;
        continue;
      }
      if (!AUXILIARIES.has(t.lower) && t.lower !== "not") break;
    }
  }
  // "8,000 residents within 3 km of the plant were moved to schools", "residents living near the dam were
  // evacuated": the verb comes after a phrase that places the counted people.
  if (!event && !partial && runEnd > r0) event = eventAfterModifier(tokens, runEnd);
  // The clause before the figure: "killing at least 5,300", "detained 33", "the death toll closer to 250".
  let forecastWord = false;
  let motion = false;
  // "The oldest freed prisoner is 61": the figure is that person's age, not a count of the event.
  let superlative = false;
  let war = false;
  // "killing at least 70 of the 72 people aboard", "90 of its 200 residents were killed": the figure after
  // "of (the)" is the whole the first figure is a part of; the verb, before or after, is the first figure's.
  const wholeOfPart = isWholeOfPart(tokens, first);
  for (let j = first - 1; j >= l0; j--) {
    const t = tokens[j];
    // (Most words of the clause are none of the words below: one table test rules them out.)
    // (A new test below must add its words to LEFT_CLAUSE_WORDS, or it never sees them.)
    if (!LEFT_CLAUSE_WORDS.has(t)) continue;
    // "Another 34 people were injured": as "N others", a count of its own beside another event's count.
    if (j === first - 1 && t.lower === "another") others = true;
    else if ((PARTIAL.has(t.lower) && t.lower !== "more" && t.lower !== "new") || SUBSET_BEFORE.has(t.lower)) partial = true;
    if (CONFIRMED.has(t.lower)) confirmed = true;
    if (FORECAST.has(t.lower)) forecastWord = true;
    if (FORECAST_MOTION.has(t.lower)) motion = true;
    if (!event && EVENTS.has(t.lower)) event = EVENTS.get(t.lower);
    // "Evacuation orders remain in place for about 4,000 residents".
    // ("… for about 4,000 residents": the people the orders are for, not "through the 112 alert system".)
    if (!event && (t.lower === "orders" || t.lower === "order") && tokens[j - 1]?.lower === "evacuation" && FOR_WHOM.has(tokens[first - 1]?.lower ?? "")) event = ORDERED_TO_LEAVE;
    // "Ukraine brought home 157 soldiers", "Russia handed over 150 prisoners".
    if (!event && j > l0 && (t.lower === "home" || t.lower === "over")) event = phrasalEvent(tokens, j - 1);
    if (!noun && POPULATION.has(t.lower)) noun = "population";
    if (t.lower === "oldest" || t.lower === "youngest") superlative = true;
    // "The war has killed at least 150,000 people": a war's whole toll, not this story's event.
    if (WAR_WORDS.has(t.lower)) war = true;
    // "her crews had recovered 11 bodies", "his team found 40": one group's share of the count.
    if ((t.lower === "her" || t.lower === "his" || t.lower === "their") && GROUP_NOUNS.has(tokens[j + 1]?.lower ?? "")) partial = true;
  }
  // "The number of people killed in the collapse of a dam in the south rose to 41", "raising the death toll from
  // the collapse of a mining dam to at least 41": the figure is the new value of a count named at the head of
  // its clause, further back than the usual window. Only for a figure that is the target of "to", and never
  // past another number (whose count that event word would be).
  if (!event && first > l0 && tokens[first - 1].lower === "to") event = eventOfClauseHead(tokens, l0);
  // "the death toll from the wildfire that destroyed the town rose to 93": the clause before the figure opens
  // with a relative clause about something else, so its event is not the count's; the clause head's is.
  else if (event && first > l0 && tokens[first - 1].lower === "to" && opensRelativeClause(tokens, l0)) event = eventOfClauseHead(tokens, l0 - 1) ?? event;
  // "Police estimated the crowd outside the Assembly at around 15,000": the crowd's size.
  if (!event && tokens[first - 1]?.lower === "at" && crowdPutAt(tokens, first - 1)) event = "gathered";
  if (wholeOfPart) event = undefined;
  // "would dock on Saturday to bring two bodies ashore": what a planned trip will carry, not the count itself.
  if (carriedOnAPlannedTrip(tokens, first)) toCome = true;
  const anaphoric = wordNumber && first > l0 && ANAPHORIC.has(tokens[first - 1].lower);
  if (!noun && event) noun = "people";
  if (others) noun = event ? "people" : undefined;
  // "carrying 112 passengers and crew": everyone aboard, as "124 people on board" (but "212 passengers and 14 crew"
  // counts the passengers only).
  if (event === "aboard" && noun && nounEnd > r0 && isCoordinatedPersonNoun(tokens, nounEnd)) noun = "people";
  const words = describeCount(noun, nounWords, event, confirmed);
  if (partial || anaphoric || toCome || (forecastWord && motion)) return { key: "", words };
  if (superlative && nounEnd === r0) return { key: "", words };
  // "opened the church to some 600 evacuees", "food for 2,000 displaced people": those one place takes in, a part
  // of the displaced, not their number.
  if (event === "displaced" && RECEIVING_BEFORE.has(tokens[first - 1]?.lower ?? "")) return { key: "", words };
  // "the Kajen shelter where about 400 evacuees are staying", "the hospital where 30 injured are treated": one
  // building's or camp's share, not the story's count.
  if (opensFacilityClause(tokens, first)) return { key: "", words };
  // "displaced across 14 provinces", "killed in three districts": the figure counts where the event happened,
  // not what it counted.
  if (noun && PLACE_UNITS.has(noun) && SCOPE_PREPOSITIONS.has(tokens[first - 1]?.lower ?? "")) return { key: "", words };
  if (!noun) return { key: "", words };
  // "the search continued with three patrol boats", "before two boats of the coast guard arrived": the vessels,
  // aircraft and vehicles at work change from hour to hour; without an event ("two boats capsized") never compared.
  if (!event && VEHICLES.has(noun) && craftAtWork(tokens, first, nounEnd)) return { key: "", words };
  // Without an event, only a count of things stands on its own ("21 trophies", "two dams"): people counted
  // with no verb ("three children", "200 fighters") are too often different groups.
  if (!event && (GENERIC_NOUNS.has(noun) || isPersonNoun(noun))) return { key: "", words };
  // ("4,512 suspected cases" and "3,900 confirmed cases" are two counts, as are both and the cases told plainly;
  // "nine suspected smugglers arrested" are smugglers arrested.)
  let key = `count|${event ?? "-"}|${noun}${suspected && event === "infected" ? "|suspected" : confirmed && !bodies ? "|confirmed" : ""}`;
  // A crowd's size is the counter's: police and organisers count differently by design, so each is its own quantity.
  if (event === "gathered") key += crowdCounter(tokens, first);
  // (Also a count joined to the war's: "The war has killed 150,000 people and displaced more than 12 million".)
  if ((war || warSubject(tokens)) && event) key += "|war";
  // "Nineteen people died there": the count of a place, named in the sentence or before it (the caller decides).
  if (eventThere(tokens, r0, r1)) return others ? { key, words, besides: event, there: true } : { key, words, there: true };
  return others ? { key, words, besides: event } : { key, words };
}

/** Nouns for places counted by kind ("14 provinces", "three districts", "40 barangays"). */
const PLACE_UNITS = new Set(
  (
    "countries nations states provinces regions districts counties municipalities villages cities towns areas " +
    "communities neighbourhoods neighborhoods islands barangays prefectures governorates oblasts sites locations"
  ).split(" "),
);
/** Prepositions of where before a count of places ("across 14 provinces"). */
const SCOPE_PREPOSITIONS = new Set(["in", "across", "throughout", "from", "within"]);

/** Words before a count of the displaced that make it those one place takes in ("to", "for", "housing"…). */
const RECEIVING_BEFORE = new Set("to for housing sheltering hosting houses shelters hosts housed sheltered hosted".split(" "));

const FOR_WHOM = new Set(["for", "covering", "affecting"]);

/** Verbs of carrying people or things somewhere, and words that make an action planned rather than done. */
const CARRYING_VERBS = new Set("bring carry take transport fly ferry deliver move transfer evacuate".split(" "));
const PLANNED = new Set("will would shall plans plan planned scheduled due expected".split(" "));

/** "… would dock on Saturday to bring two bodies ashore", "plans to fly 300 people out": a figure a plan will carry. */
function carriedOnAPlannedTrip(tokens: Token[], first: number): boolean {
  // (The verb first: it is in the clause before the figure, lower-cased already; the word before it may not be.)
  if (!CARRYING_VERBS.has(tokens[first - 1]?.lower ?? "") || tokens[first - 2]?.lower !== "to") return false;
  for (let k = first - 3; k >= 0 && first - k <= 20; k--) {
    const t = tokens[k];
    if (t.kind === "sym" && (t.text === "." || t.text === ";")) return false;
    if (t.kind === "word" && PLANNED.has(t.lower)) return true;
  }
  return false;
}

/** Words for a crowd's size, read back from "at" in "estimated the crowd at 15,000", "put turnout at 40,000". */
const CROWD_WORDS = new Set(["crowd", "crowds", "turnout", "attendance"]);
const ESTIMATING = new Set(["estimated", "estimate", "estimates", "put", "puts", "putting", "numbered", "counted"]);

/** Whether the "at" at index `at` closes "<estimated|put> the crowd … at" (not past a number or a full stop). */
function crowdPutAt(tokens: Token[], at: number): boolean {
  let crowd = false;
  for (let k = at - 1; k >= 0 && at - k <= 10; k--) {
    const t = tokens[k];
    if (t.kind === "num" || (t.kind === "sym" && (t.text === "." || t.text === ";"))) return false;
    if (t.kind !== "word") continue;
    if (CROWD_WORDS.has(t.lower)) crowd = true;
    else if (crowd && ESTIMATING.has(t.lower)) return true;
  }
  return false;
}

const ORGANISERS = new Set(["organisers", "organizers", "organiser", "organizer"]);
const COUNTERS = new WordTable(new Set(["police", ...ORGANISERS]));

/** "|police" or "|organisers" for the counter named nearest the figure in its sentence, else "". */
function crowdCounter(tokens: Token[], first: number): string {
  let best = "";
  let distance = Infinity;
  for (let k = 0; k < tokens.length; k++) {
    // (The whole sentence is read: the shapes rule out most words without lower-casing them.)
    const w = COUNTERS.has(tokens[k]) ? tokens[k].lower : "";
    const counter = w === "police" ? "|police" : ORGANISERS.has(w) ? "|organisers" : "";
    if (counter && Math.abs(k - first) < distance) {
      best = counter;
      distance = Math.abs(k - first);
    }
  }
  return best;
}

/** Whether the sentence opens with a war as its subject: "The war has …", "The conflict had …". */
function warSubject(tokens: Token[]): boolean {
  for (let k = 0; k < 3 && k < tokens.length; k++) {
    if (!WAR_TABLE.has(tokens[k])) continue;
    const next = tokens[k + 1]?.lower;
    return next === "has" || next === "have" || next === "had";
  }
  return false;
}

/** Words for a whole war, whose toll is a quantity of its own. */
const WAR_WORDS = new Set(["war", "conflict", "insurgency"]);
/** (With its shapes: the sentence's first words are seldom lower-cased by anything else.) */
const WAR_TABLE = new WordTable(WAR_WORDS);

/** Vessels, aircraft and vehicles of a search or a rescue. */
const VEHICLES = new Set("boats ships vessels helicopters planes aircraft vehicles trucks lorries ambulances buses frigates".split(" "));
const DEPLOYING_BEFORE = new Set(["with", "using", "deployed", "dispatched", "sent", "mobilised", "mobilized"]);
const AT_WORK_AFTER = new Set(["arrived", "arrive", "joined", "join", "searched", "scoured", "patrolled", "deployed"]);

/** Whether craft counted at `first` are at work ("with three patrol boats", "two boats of the coast guard arrived"). */
function craftAtWork(tokens: Token[], first: number, nounEnd: number): boolean {
  if (DEPLOYING_BEFORE.has(tokens[first - 1]?.lower ?? "")) return true;
  for (let k = nounEnd; k < tokens.length && k < nounEnd + 8; k++) {
    const t = tokens[k];
    if (t.kind === "sym" && (t.text === "." || t.text === ";" || t.text === ",")) return false;
    if (t.kind === "word" && AT_WORK_AFTER.has(t.lower)) return true;
  }
  return false;
}

/** Buildings and sites that take people in, or hold them. */
const FACILITIES = new Set(
  (
    "shelter camp school hall stadium gym gymnasium mosque church temple hospital clinic centre center building hotel " +
    "warehouse barracks prison jail compound hostel dormitory tent"
  ).split(" "),
);

/** Whether the figure at `first` opens a "where" clause of a facility ("the shelter where 400 …", "the camp, where"). */
function opensFacilityClause(tokens: Token[], first: number): boolean {
  let k = first - 1;
  if (tokens[k]?.lower === "which" && (tokens[k - 1]?.lower === "in" || tokens[k - 1]?.lower === "at")) k--;
  else if (tokens[k]?.lower !== "where") return false;
  k--;
  if (tokens[k]?.text === ",") k--;
  const noun = tokens[k];
  return noun !== undefined && noun.kind === "word" && FACILITIES.has(noun.lower);
}

/** The event of people told to leave their homes (not the same as those who left: "evacuated"). */
const ORDERED_TO_LEAVE = "ordered to evacuate";

/** Whether tokens from k read "ordered to evacuate/leave/flee" or "under (an) evacuation order(s)". */
function evacuationOrderAt(tokens: Token[], k: number): boolean {
  // (The words after are read only after the first: this is asked of most words after a count.)
  const a = tokens[k]?.lower;
  if (a === "ordered") {
    if (tokens[k + 1]?.lower !== "to") return false;
    const c = tokens[k + 2]?.lower;
    return c === "evacuate" || c === "leave" || c === "flee";
  }
  if (a !== "under") return false;
  const at = tokens[k + 1]?.lower === "an" ? k + 2 : k + 1;
  return tokens[at]?.lower === "evacuation" && (tokens[at + 1]?.lower === "orders" || tokens[at + 1]?.lower === "order");
}

/** Verbs of a breach's taking data, after "data on N people". */
const DATA_TAKEN = new Set(["taken", "accessed", "obtained", "copied", "downloaded", "stolen", "leaked", "exposed", "compromised"]);

/** Whether the figure at `first` follows "data on" / "records of" ("data on 1.4 million customers"). */
function isDataOf(tokens: Token[], first: number): boolean {
  const prep = tokens[first - 1]?.lower;
  const noun = tokens[first - 2]?.lower;
  return (prep === "on" || prep === "of") && (noun === "data" || noun === "records" || noun === "details" || noun === "information");
}

/** Verbs that, with "home", tell of captives or hostages coming back ("came home", "brought home"). */
const HOME_VERBS = new Set("come comes came coming return returns returned returning bring brings brought bringing".split(" "));
/** Verbs that, with "over", tell of people handed to the other side ("handed over"). */
const OVER_VERBS = new Set("hand hands handed handing".split(" "));

/** The event of a verb and its particle at tokens[k], tokens[k + 1]: "come home", "handed over" -> "released". */
function phrasalEvent(tokens: Token[], k: number): string | undefined {
  const verb = tokens[k];
  const particle = tokens[k + 1];
  // (The verb first: this is asked of most words after a count, and the word after each is seldom read otherwise.)
  if (!verb || verb.kind !== "word" || !PHRASAL_VERBS.has(verb.lower)) return undefined;
  if (!particle || particle.kind !== "word") return undefined;
  if (particle.lower === "home" && HOME_VERBS.has(verb.lower)) return "released";
  if (particle.lower === "over" && OVER_VERBS.has(verb.lower)) return "released";
  // "12,000 people were left homeless", "18,000 people have lost their homes", "residents moved out of their homes".
  if (verb.lower === "left" && particle.lower === "homeless") return "displaced";
  if (verb.lower === "lost" && (HOME_NOUNS.has(particle.lower) || (lexicon.POSSESSIVE_DETERMINERS.has(particle.lower) && HOME_NOUNS.has(tokens[k + 2]?.lower ?? "")))) return "displaced";
  if (verb.lower === "moved" && particle.lower === "out") return "displaced";
  // "18,000 people had arrived in Tawila from the camp": people who fled a place, counted where they reached.
  if (verb.lower === "arrived" && arrivedFrom(tokens, k + 1)) return "displaced";
  // "were removed from their homes", "forced from their homes", "driven from their homes".
  if (FROM_HOME_VERBS.has(verb.lower) && particle.lower === "from" && lexicon.POSSESSIVE_DETERMINERS.has(tokens[k + 2]?.lower ?? "") && HOME_NOUNS.has(tokens[k + 3]?.lower ?? "")) return "displaced";
  // "were moved to schools and sports halls", "taken to shelters", "moved to safe places".
  if ((verb.lower === "moved" || verb.lower === "taken") && particle.lower === "to" && SHELTERING.has(tokens[k + 2]?.lower ?? "")) return "displaced";
  return undefined;
}

/** Verbs that, with "from their homes", tell of people made to leave them. */
const FROM_HOME_VERBS = new Set(["removed", "taken", "forced", "driven", "evicted"]);

/** Every verb phrasalEvent reads. */
const PHRASAL_VERBS = new Set([...HOME_VERBS, ...OVER_VERBS, ...FROM_HOME_VERBS, "left", "lost", "moved", "arrived", "taken"]);

/** Whether "from" follows within five words (no punctuation between): "arrived in Tawila from the camp". */
function arrivedFrom(tokens: Token[], k: number): boolean {
  for (let j = k; j < tokens.length && j < k + 5; j++) {
    if (tokens[j].kind === "sym") return false;
    if (tokens[j].lower === "from") return true;
  }
  return false;
}

/** Where the displaced are taken. */
const SHELTERING = new Set("shelters schools safe temporary evacuation relief camps halls higher".split(" "));

/** Words that open a phrase placing people before their verb ("within 3 km of", "living near"). */
const PLACING_OPENERS = new Set(["within", "near", "around", "living", "staying", "residing"]);
/** Finite auxiliaries that close such a phrase: the verb follows them. */
const FINITE_AUXILIARIES = new Set(["were", "was", "are", "is", "have", "has", "had"]);

/** The event of a verb after a placing phrase at `k` ("within 3 km (1.9 miles) of the plant were moved to …"). */
function eventAfterModifier(tokens: Token[], k: number): string | undefined {
  if (!PLACING_OPENERS.has(tokens[k]?.lower ?? "")) return undefined;
  for (let j = k + 1; j < tokens.length && j < k + 16; j++) {
    const t = tokens[j];
    if (t.kind === "sym" && (t.text === "," || t.text === ";" || t.text === "." || t.text === ":")) return undefined;
    if (t.kind !== "word") continue;
    if (CLAUSE_WORDS.has(t.lower)) return undefined;
    if (!FINITE_AUXILIARIES.has(t.lower)) continue;
    const v = tokens[j + 1]?.lower === "been" ? j + 2 : j + 1;
    const verb = tokens[v];
    return verb && verb.kind === "word" ? (EVENTS.get(verb.lower) ?? phrasalEvent(tokens, v)) : undefined;
  }
  return undefined;
}

/** Whether an event word right of the figure is followed by "there" ("died there", "were evacuated there"). */
function eventThere(tokens: Token[], from: number, to: number): boolean {
  // ("there" first, by its shape: the word after the clause's last is seldom lower-cased by anything else.)
  for (let k = from; k < to && k < from + 6; k++) {
    const after = tokens[k + 1];
    if (after !== undefined && THERE.has(after) && tokens[k].kind === "word" && EVENTS.has(tokens[k].lower)) return true;
  }
  return false;
}
const THERE = new WordTable(new Set(["there"]));

/**
 * Whether tokens[k] ("and", "or") joins the modifier before it to another before a plural noun: "current and
 * former customers", "past and present employees".
 */
function isCoordinatedModifier(tokens: Token[], k: number, end: number): boolean {
  const second = tokens[k + 1];
  const noun = tokens[k + 2];
  return (
    k + 2 < end && second?.kind === "word" && second.plain && !NUMBER_WORDS.has(second.lower) && !FUNCTION_WORDS.has(second.lower) &&
    noun?.kind === "word" && noun.plain && noun.lower.endsWith("s") && !FUNCTION_WORDS.has(noun.lower) && !AUXILIARIES.has(noun.lower) && !EVENTS.has(noun.lower)
  );
}

/** Whether the figure at `first` follows "N of (the)": "70 of the 72", "three of the five", "90 of its 200". */
export function isWholeOfPart(tokens: Token[], first: number): boolean {
  let k = first - 1;
  if (WHOLE_DETERMINERS.has(tokens[k]?.lower ?? "")) k--;
  if (tokens[k]?.lower !== "of") return false;
  // ("nine out of 10": the part before "out of".)
  const before = tokens[k - 1]?.lower === "out" ? tokens[k - 2] : tokens[k - 1];
  return before !== undefined && (before.kind === "num" || UNITS[before.lower] !== undefined || TENS[before.lower] !== undefined || SHARE_WORDS.has(before.lower));
}

/** Fractions of a whole before "of (the) N": "half of its 7,500 staff", "a third of the 900 workers". */
const SHARE_WORDS = new Set(["half", "third", "thirds", "quarter", "quarters"]);

const WHOLE_DETERMINERS = new Set(["the", "its", "their", "his", "her", "our", "these", "those"]);

/** Whether tokens[k] opens "word-word" glued by a hyphen, followed by another word of the clause ("heat-related deaths"). */
function isHyphenatedModifier(tokens: Token[], k: number, end: number): boolean {
  const dash = tokens[k + 1];
  const second = tokens[k + 2];
  const after = tokens[k + 3];
  return k + 3 < end && dash.text === "-" && !dash.spaced && second.kind === "word" && !second.spaced && after.kind === "word" && !NUMBER_WORDS.has(tokens[k].lower);
}

/** Figures after which a noun is singular: "one man remains" has no compound "man remains". */
const SINGULAR_FIGURES = new Set(["one", "1", "a", "an", "single"]);

/**
 * Whether `head` (a singular noun) and `next` make a compound whose head is `next`: a plural noun in lower case
 * that is no verb, function word or event ("passenger trains", "plane crashes", "aid convoys").
 */
function isCompoundHead(head: Token, next: Token): boolean {
  if (next.kind !== "word" || next.text !== next.lower || !next.plain) return false;
  const h = head.lower;
  const w = next.lower;
  if (h.endsWith("s") || w.length < 4 || !w.endsWith("s") || /(?:ss|us|is)$/.test(w)) return false;
  return !FUNCTION_WORDS.has(w) && !AUXILIARIES.has(w) && !EVENTS.has(w) && !NUMBER_WORDS.has(w) && !isPersonNoun(h) && !REPORTING_VERBS.has(w);
}

/** Verbs of saying ending in "s" that may follow a singular noun: "one official says". */
const REPORTING_VERBS = new Set(["says", "tells", "adds", "warns", "claims", "states", "reports", "confirms"]);

/** Words that open an aside about part of a count, between commas: ", including 10 soldiers,". */
const ASIDE_OPENERS = new Set(["including", "among", "mostly", "mainly", "most", "many", "some", "all", "half"]);

/**
 * Index after an aside that starts at tokens[k] (", including 10 soldiers,"): the token after its closing
 * comma, at most a dozen tokens on; or k itself when there is no such aside.
 */
function afterAside(tokens: Token[], k: number): number {
  if (tokens[k]?.text !== "," || !ASIDE_OPENERS.has(tokens[k + 1]?.lower ?? "")) return k;
  for (let j = k + 2; j < tokens.length && j <= k + 12; j++) {
    const t = tokens[j];
    if (t.text === ",") return j + 1;
    if (t.kind === "sym" && t.text !== "-" && t.text !== "'" && t.text !== "’") return k;
  }
  return k;
}

/** How far back a "rose to N" figure looks for the count it updates. */
const CLAUSE_HEAD_WINDOW = 24;

/**
 * The event named left of index `from` in the same clause, nearest first, up to CLAUSE_HEAD_WINDOW tokens. A
 * date ("on Nov. 28") and a clause of time ("since protests began") inside it are read through: "bringing the
 * total number of detentions since protests began on Nov. 28 to more than 400".
 */
function eventOfClauseHead(tokens: Token[], from: number): string | undefined {
  // The nearest event, unless a relative clause holds it: "the death toll from the wildfire that destroyed the
  // town rose to 93" counts deaths, not destruction. (A clause about people, "the people who were arrested",
  // is the count's own.)
  let nearest: string | undefined;
  for (let j = from - 1, n = 0; j >= 0 && n < CLAUSE_HEAD_WINDOW; j--, n++) {
    const t = tokens[j];
    if (isDatePart(tokens, j) || (t.kind === "word" && TIME_CLAUSE_WORDS.has(t.lower))) continue;
    // The event found so far is a relative clause's about something else: look further back. (With none found,
    // the figure itself is in that clause: "the storm that pushed the river to 30".)
    if (nearest !== undefined && t.kind === "word" && RELATIVE_PRONOUNS.has(t.lower) && j > 0 && !isPersonNoun(tokens[j - 1].lower)) {
      nearest = undefined;
      continue;
    }
    if (t.kind === "num" || isBoundary(t)) return nearest;
    if (t.kind === "word" && nearest === undefined) nearest = EVENTS.get(t.lower);
  }
  return nearest;
}

const RELATIVE_PRONOUNS = new Set(["that", "which", "who"]);

/** Whether the clause part starting at `l0` follows a relative pronoun about something other than people. */
function opensRelativeClause(tokens: Token[], l0: number): boolean {
  const pronoun = tokens[l0 - 1];
  return l0 >= 2 && pronoun.kind === "word" && RELATIVE_PRONOUNS.has(pronoun.lower) && !isPersonNoun(tokens[l0 - 2].lower);
}

const TIME_CLAUSE_WORDS = new Set(["since", "after", "before", "until"]);

/** Whether tokens[j] is the day or the full stop of a date: "Nov. 28", "28 November", "on Sept. 14". */
function isDatePart(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  const isMonth = (k: number) => tokens[k]?.kind === "word" && MONTHS[tokens[k].lower] !== undefined;
  if (t.text === ".") return !t.spaced && isMonth(j - 1);
  if (t.kind !== "num" || t.text.length > 2) return false;
  return isMonth(j - 1) || (tokens[j - 1]?.text === "." && isMonth(j - 2)) || isMonth(j + 1);
}

const ANAPHORIC = new Set(["the", "both", "these", "those", "its", "their", "his", "her"]);

const ADJECTIVES = new Set(
  "white black red green blue young old new main major minor several many few big small large little senior junior local foreign rival former ageing aging elderly armed unarmed".split(" "),
);
/** Whether a word before a head noun is an adjective (a demonym, a known adjective, or an adjective ending). */
function isAdjective(t: Token): boolean {
  if (ADJECTIVES.has(t.lower)) return true;
  // "two South Koreans": a compass word opens a people's or a place's name.
  if (t.text !== t.lower) return DEMONYM.test(t.text) || COMPASS.has(t.text);
  return ADJECTIVE_ENDING.test(t.lower) && !EVENTS.has(t.lower);
}
// "-ly" makes adjectives of nouns ("deadly", "costly", "weekly"); as a modifier, "family" and "assembly" do no harm.
const ADJECTIVE_ENDING = /(?:ing|al|ive|ic|ous|ful|less|ary|ern|ish|ian|.{3}ly)$/;
const COMPASS = new Set(["North", "South", "East", "West"]);

const IRREGULAR_PAST = new Set(
  "fled flew came went ran took gave got left made fell rose saw met stood sat held won lost told said paid sent kept began became brought bought thought found spent lay struck hit".split(" "),
);
const ED_NOUNS = new Set("bed beds seed seeds shed sheds red hundred hundreds feed reed speed".split(" "));
/** Past forms of verbs, which follow a bare figure ("300 fled") but never name what it counts. */
function isVerbForm(w: string): boolean {
  return IRREGULAR_PAST.has(w) || (w.length > 4 && w.endsWith("ed") && !ED_NOUNS.has(w));
}

/** Words before a figure that make it a subset or another incident ("including 12 children", "a separate strike"). */
const SUBSET_BEFORE = new Set(["including", "among", "separate", "second", "third"]);

/**
 * Every word the loop over the clause before a count (in countQuantity) acts on: a word not in this table changes
 * nothing there, and is passed over without being lower-cased.
 */
const LEFT_CLAUSE_WORDS = new WordTable(
  new Set([
    ...PARTIAL, ...SUBSET_BEFORE, ...CONFIRMED, ...FORECAST, ...FORECAST_MOTION, ...EVENTS.keys(), ...POPULATION,
    ...WAR_WORDS, "orders", "order", "home", "over", "oldest", "youngest", "her", "his", "their",
  ]),
);

/** Nouns for people: by the lexicon or by a typical ending ("nurses", "residents", "protesters", "fishermen"). */
function isPersonNoun(noun: string): boolean {
  // Kept per word: the same few hundred nouns are asked about for most figures, and the ending test is a regex.
  let known = personNouns.get(noun);
  if (known === undefined) {
    known = PERSON_NOUNS.has(noun) || PEOPLE.has(noun) || noun.includes(" ") || PERSON_NOUN_ENDING.test(noun);
    if (personNouns.size >= 20000) personNouns.clear();
    personNouns.set(noun, known);
  }
  return known;
}

const personNouns = new Map<string, boolean>();
const PERSON_NOUN_ENDING = /(?:ers|ors|ists|ians|ants|ents|men|ees|ives|staff|personnel|police|crew|children|ans)$/;

/** Nouns for posts in a workforce. */
const JOB_NOUNS = new Set(["jobs", "positions", "posts", "roles"]);
/** Nouns for a group of workers whose count is a share of the whole ("her crews", "his team"). */
const GROUP_NOUNS = new Set(["crew", "crews", "team", "teams", "volunteers", "unit", "units", "divers", "rescuers", "men", "staff", "colleagues"]);

/** Nouns for dwellings. */
const HOME_NOUNS = new Set(["homes", "houses", "dwellings", "residences"]);

/** Event words that are nouns of the count itself ("two deaths", "6,500 arrests"). */
function isEventNoun(w: string): boolean {
  return /(?:deaths|fatalities|arrests|detentions|detainees|injuries|evacuees|refugees|dead|lives|casualties|cases|infections)$/.test(w);
}

function normalizeNoun(head: string): string {
  if (PEOPLE.has(head)) return "people";
  // "4,000 jobs", "4,200 positions", "900 roles": one quantity, whatever the outlet calls the posts.
  if (JOB_NOUNS.has(head)) return "jobs";
  // "1,200 homes destroyed", "1,100 houses destroyed": one quantity.
  if (HOME_NOUNS.has(head)) return "homes";
  if (POPULATION.has(head)) return "population";
  return head;
}

/** The counted thing in a few words: "people arrested", "Russian citizens released", "trophies". */
function describeCount(noun: string | undefined, nounWords: string | undefined, event: string | undefined, confirmed: boolean): string {
  const n = noun === "people" || noun === undefined ? noun : nounWords ?? noun;
  const s = n && event ? `${n} ${event}` : n || event || "figure";
  return confirmed ? `${s} (confirmed count)` : s;
}

/**
 * Amounts compared across articles: those a story has one of (the price of the deal, the damage, a ransom, a fine:
 * conflicts.ts drops a fine's group where one article gives two), and a person's net worth (which needs its owner). A bid, a loan, an investment belong to one of several actors,
 * so they are named but never compared.
 */
const COMPARED_MONEY = new Set(["sale price", "damage", "ransom", "net worth", "add-ons", "potential total", "fine"]);
const moneyResult = (cls: string): QuantityResult => ({ key: COMPARED_MONEY.has(cls) ? `money|${cls}` : "", words: cls });

/** What an amount of money is: the thing in "X of £…", else the best-ranked money word near it. */
export function moneyQuantity(tokens: Token[], first: number, next: number): QuantityResult {
  const result = moneyQuantityOf(tokens, first, next);
  if (result.key !== "money|damage") return result;
  // Damage to one sector ("crop losses at P870 million", "damage to roads and bridges at P3.2 billion") is another
  // quantity than the damage to another, or than the total.
  const sector = damageSector(tokens, first, next);
  return sector ? { key: `money|damage|${sector}`, words: `damage (${sector})` } : result;
}

/** Words that name what was damaged, by sector. */
const DAMAGE_SECTORS = new Map<string, string>([
  ...["crop", "crops", "agricultural", "agriculture", "farm", "farms", "farming", "livestock", "harvest", "harvests", "rice", "fisheries"].map((w) => [w, "agriculture"] as const),
  ...["road", "roads", "bridge", "bridges", "infrastructure", "dike", "dikes", "highway", "highways", "railway", "railways"].map((w) => [w, "infrastructure"] as const),
  ...["home", "homes", "house", "houses", "housing", "dwellings"].map((w) => [w, "housing"] as const),
]);

/**
 * The sector of a damage amount: the nearest sector word before it (up to 12 tokens, not past another number or a
 * semicolon), else after it (up to 6 tokens, not past a comma).
 */
function damageSector(tokens: Token[], first: number, next: number): string | undefined {
  for (let k = first - 1; k >= 0 && k >= first - 12; k--) {
    const t = tokens[k];
    if (t.kind === "num" || t.text === ";") break;
    const sector = t.kind === "word" ? DAMAGE_SECTORS.get(t.lower) : undefined;
    if (sector) return sector;
  }
  for (let k = next; k < tokens.length && k < next + 6; k++) {
    const t = tokens[k];
    if (t.kind === "num" || t.text === ";" || t.text === "," || t.text === ".") break;
    const sector = t.kind === "word" ? DAMAGE_SECTORS.get(t.lower) : undefined;
    if (sector) return sector;
  }
  return undefined;
}

function moneyQuantityOf(tokens: Token[], first: number, next: number): QuantityResult {
  const left = leftClause(tokens, first, 6);
  // "whose net worth is estimated at $220bn", "who is worth about $200bn": a person's wealth. ("The deal is
  // worth $44bn" is no one's: "worth" alone counts only after "who is".)
  for (let k = 1; k < left.length; k++) if (left[k].lower === "net" && left[k - 1].lower === "worth") return moneyResult("net worth");
  if (tokens[first - 1]?.lower === "worth" && /^(?:is|was)$/.test(tokens[first - 2]?.lower ?? "") && tokens[first - 3]?.lower === "who") return moneyResult("net worth");
  // "The Dutch share of the damage was 95 million euros": a part of the amount, never compared with the whole.
  for (let k = 0; k + 1 < left.length; k++) if (left[k].lower === "of" && MONEY_PARTS.has(left[k + 1].lower)) return { key: "", words: `${left[k + 1].lower} of an amount` };
  // "sale price of £2.5bn", "net worth of $4.5bn", "loans of more than £1.5bn"
  if (left[0] && left[0].lower === "of") {
    if (left[1]?.lower === "worth" && left[2]?.lower === "net") return moneyResult("net worth");
    // "closing price of 63.60 francs": a share's price, not the price of the deal.
    if (left[1]?.lower === "price" && left[2]?.lower === "closing") return moneyResult("share price");
    for (const t of left.slice(1, 4)) {
      const cls = moneyClass(t.lower);
      // "fraud with damage of more than €10 million", "206 investigations, with estimated damage of €2.7 billion":
      // an attribute of other things, not the story's own amount.
      if (cls === "damage" && left.slice(2, 5).some((w) => w.lower === "with")) return { key: "", words: cls };
      if (cls) return moneyResult(cls);
    }
  }
  const right: Token[] = [];
  for (let k = next; k < tokens.length && right.length < 8; k++) {
    const t = tokens[k];
    if (t.kind === "sym" && /[.;:!?,]/.test(t.text)) break;
    if (t.kind === "num") break;
    right.push(t);
  }
  // "add-ons that could take the total to €44m", "the total value of the deal could reach €44 million": an amount
  // that may be reached, not one paid or agreed. Potential totals are compared with each other only, and other
  // potential amounts never with the amounts that were paid.
  if (mayReach(leftClause(tokens, first, 10))) {
    if (leftClause(tokens, first, 10).some((t) => t.lower === "total")) return moneyResult("potential total");
    const cls = bestClass(right) ?? bestClass(left);
    return { key: cls && COMPARED_MONEY.has(cls) ? `money|${cls}|potential` : "", words: `potential ${cls ?? "amount"}` };
  }
  // "a fraud that cost European treasuries €1.2 billion", "cost the treasuries of Germany, the Netherlands and
  // Poland 1.4 billion euros": a loss caused, the damage ("cost" right before the amount is a price: "tickets cost
  // 900 baht").
  if (costsSomeone(tokens, first)) return moneyResult("damage");
  // "put initial damage to roads, bridges and dikes at P3.2 billion": the noun after "put"/"estimated" is what the
  // amount after "at" measures, however long the phrase between.
  const putAt = tokens[first - 1]?.lower === "at" ? putAtClass(tokens, first - 1) : undefined;
  if (putAt) return moneyResult(putAt);
  // "would pay 50 million rupiah to each family": "pay" as a verb says who pays, not that the amount is a salary.
  const leftWords = left[0] && left[0].lower === "pay" && VERB_BEFORE_PAY.has(left[1]?.lower ?? "") ? left.slice(1) : left;
  const cls = bestClass(right) ?? (isAddOns(right) ? "add-ons" : undefined) ?? (paidFor(left, right) ? "sale price" : undefined) ?? bestClass(leftWords);
  return cls ? moneyResult(cls) : { key: "", words: "amount" };
}

/** Verbs that, with "could", "can", "may" or "might" before them, say an amount may be reached. */
const REACHING_VERBS = new Set("reach reaches rise rises climb climbs take takes go hit exceed top increase grow total".split(" "));
const MODALS = new Set(["could", "can", "may", "might"]);

/** Whether the clause before an amount (nearest word first) says it may be reached: "could rise to", "can take the total to". */
function mayReach(left: Token[]): boolean {
  let verb = false;
  for (const t of left) {
    if (REACHING_VERBS.has(t.lower)) verb = true;
    else if (MODALS.has(t.lower)) return verb;
  }
  return false;
}

/** "€6m in add-ons", "€9 million in objectives": the variable part of a fee, beside the fixed one. */
function isAddOns(right: Token[]): boolean {
  for (let k = 0; k < right.length; k++) {
    const w = right[k].lower;
    if (w === "objectives" || w === "incentives" || w === "addons") return true;
    if (w === "ons" && right[k - 1]?.text === "-" && right[k - 2]?.lower === "add") return true;
  }
  return false;
}

const PAY_VERBS = new Set(["pay", "pays", "paid", "paying", "spend", "spends", "spent", "spending"]);

/** "Forest pay €38 million for the midfielder", "paid $2 million for the house": a price (not a wage: "pay of"). */
function paidFor(left: Token[], right: Token[]): boolean {
  if (right[0]?.lower !== "for") return false;
  for (let k = 0; k < left.length && k < 3; k++) if (PAY_VERBS.has(left[k].lower)) return true;
  return false;
}

/** Verbs of estimating that put an amount "at" a figure ("put the damage at", "estimated losses at"). */
const PUT_AT_VERBS = new Set("put puts putting estimated estimates estimate pegged pegs placed places valued values assessed".split(" "));

/**
 * The money class of "<verb> <noun> … at <amount>", read back from the "at" at index `at`: the first money word
 * within 16 tokens, with a verb of estimating at most three words before it. Not past a full stop, a semicolon or
 * another number.
 */
function putAtClass(tokens: Token[], at: number): string | undefined {
  for (let k = at - 1; k >= 0 && k >= at - 16; k--) {
    const t = tokens[k];
    if (t.kind === "num" || (t.kind === "sym" && (t.text === "." || t.text === ";"))) return undefined;
    if (t.kind !== "word") continue;
    const cls = moneyClass(t.lower);
    if (!cls) continue;
    for (let j = k - 1; j >= 0 && j >= k - 3; j--) if (PUT_AT_VERBS.has(tokens[j].lower)) return cls;
    return undefined;
  }
  return undefined;
}

/** Words for the share of voters who voted. */
const TURNOUT = new WordTable(new Set(["turnout", "participation"]));

/** Whether tokens[k] and the next are "and" and a noun for people with no number of its own ("and crew"). */
function isCoordinatedPersonNoun(tokens: Token[], k: number): boolean {
  const and = tokens[k];
  const other = tokens[k + 1];
  return and?.lower === "and" && other !== undefined && other.kind === "word" && !NUMBER_WORDS.has(other.lower) && isPersonNoun(other.lower);
}

const COST_WORDS = new Set(["cost", "costs", "costing"]);
const COST_STOPS = new Set([".", ";", ":", "(", ")", "—", "–", "!", "?"]);

/** Whether "cost" stands before the amount at `first` with whom it cost between ("cost treasuries €1.2bn"). */
function costsSomeone(tokens: Token[], first: number): boolean {
  for (let k = first - 2; k >= 0 && first - k <= 14; k--) {
    const t = tokens[k];
    if (t.kind === "num" || (t.kind === "sym" && COST_STOPS.has(t.text))) return false;
    if (t.kind === "word" && COST_WORDS.has(t.lower)) return !isExpense(tokens, k);
  }
  return false;
}

/** Nouns for planned spending, whose cost is an expense, not a loss: "restructuring will cost the bank CHF120 million". */
const EXPENSES = new Set("restructuring integration merger takeover programme program plan project upgrade relocation redundancies renovation".split(" "));

/**
 * Whether the cost word at k is an expense rather than a loss caused: "cost savings of", "restructuring costs of",
 * "Restructuring will cost Alpenbank about CHF120 million".
 */
function isExpense(tokens: Token[], k: number): boolean {
  const after = tokens[k + 1]?.lower;
  // ("the cost of rebuilding at $5.5 billion" stays the damage: "of" alone says nothing.)
  if (after === "savings" || after === "saving" || after === "cuts" || after === "cutting") return true;
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) if (tokens[j].kind === "word" && EXPENSES.has(tokens[j].lower)) return true;
  return false;
}

/** Words after a counted noun that make it a count still to come ("are expected to arrive", "are due to land"). */
const TO_COME = new Set(["expected", "due", "scheduled", "set", "forecast", "predicted", "projected", "likely"]);

/**
 * Every word the tests after a counted noun act on, besides auxiliaries (in countQuantity): confirming words,
 * events, "on board", words of a count to come, "ordered"/"under"/"remain" of an evacuation order, data taken,
 * phrasal verbs, "of war".
 */
const AFTER_NOUN_WORDS = new Set([
  ...CONFIRMED, ...EVENTS.keys(), ...TO_COME, ...DATA_TAKEN, ...PHRASAL_VERBS,
  "on", "ordered", "under", "remain", "remained", "remains", "of",
]);

/** Nouns for a part of an amount ("share of the damage"). */
const MONEY_PARTS = new Set(["share", "part", "portion", "fraction", "half", "third", "quarter"]);

/** Words before "pay" that make it a verb ("will pay", "agreed to pay"). */
const VERB_BEFORE_PAY = new Set("to will would could can must should shall may might did does do".split(" "));

/** Each money word's class rank: the first class of MONEY_CLASSES that holds it (one look-up per word, not one per class). */
const MONEY_CLASS_RANK = new Map<string, number>();
for (let r = MONEY_CLASSES.length - 1; r >= 0; r--) for (const w of MONEY_CLASSES[r][1]) MONEY_CLASS_RANK.set(w, r);

function moneyClass(w: string): string | undefined {
  const r = MONEY_CLASS_RANK.get(w);
  return r === undefined ? undefined : MONEY_CLASSES[r][0];
}

/** The class of the tokens' words that comes first in MONEY_CLASSES. */
function bestClass(tokens: Token[]): string | undefined {
  let best = MONEY_CLASSES.length;
  for (const t of tokens) {
    if (t.kind !== "word") continue;
    const r = MONEY_CLASS_RANK.get(t.lower);
    if (r !== undefined && r < best) best = r;
  }
  return best < MONEY_CLASSES.length ? MONEY_CLASSES[best][0] : undefined;
}

/** A percentage: of what ("80% of the vote"); only those are compared across articles. */
export function percentQuantity(tokens: Token[], first: number, next: number): QuantityResult {
  // (Index loops, no arrays: this runs for every percentage.)
  if (tokens[next] && tokens[next].lower === "of") {
    for (let k = next + 1; k < next + 5 && k < tokens.length; k++) {
      const t = tokens[k];
      if (t.kind !== "word") break;
      if (FUNCTION_WORDS.has(t.lower)) continue;
      return { key: `percent|${t.lower}`, words: `percentage of the ${t.lower}` };
    }
  }
  // Turnout, named before the figure: "Turnout was 59%", "Participation reached 61.4%", "on a turnout of 61%".
  for (let k = first - 1; k >= 0 && first - k <= 6; k--) {
    const t = tokens[k];
    if (isBoundary(t)) break;
    if (TURNOUT.has(t)) return { key: "percent|turnout", words: "turnout" };
  }
  // A percentage with no "of the …" ("shares fell 5%") is too often about different things to compare. The verb:
  // the nearest word of the clause before it, at most four tokens back, that is no function word.
  for (let k = first - 1; k >= 0 && first - k <= 4; k--) {
    const t = tokens[k];
    if (isBoundary(t)) break;
    if (t.kind === "word" && !FUNCTION_WORDS.has(t.lower) && !AUXILIARIES.has(t.lower)) return { key: "", words: `percentage (${t.lower})` };
  }
  return { key: "", words: "percentage" };
}

/** A stretch of years: time in power or ownership, or in service. Needs an owner to be compared. */
export function durationQuantity(tokens: Token[], first: number, next: number): QuantityResult {
  const near = [...leftClause(tokens, first, 10), ...tokens.slice(next, next + 4)];
  // "X received three years and two months": a term handed down, the verb right before it.
  // (In prose only: a title-case headline's "Gets 45 Years" has no subject the term can be tied to.)
  const verb = tokens[first - 1];
  if (verb !== undefined && verb.plain && RECEIVED.has(verb.lower) && !NOT_GIVEN.has(tokens[first - 2]?.lower ?? ""))
    return { key: "duration|prison", words: "{owner}'s prison sentence" };
  // A prison term: "sentenced to 10 years", "jailed for nine years", "12 years in prison".
  for (const t of near) {
    if (t.kind !== "word" || !PRISON.has(t.lower)) continue;
    // "Prosecutors sought 30 years", "faces up to 20 years in prison": a term asked for or possible, not the one given.
    if (near.some((w) => w.kind === "word" && NOT_GIVEN.has(w.lower))) return { key: "", words: "prison term sought or possible" };
    return { key: "duration|prison", words: "{owner}'s prison sentence" };
  }
  for (const t of near) {
    if (t.kind !== "word") continue;
    if (TENURE.has(t.lower)) return { key: "duration|tenure", words: "{owner}'s years in power" };
    if (SERVICE.has(t.lower)) return { key: "duration|service", words: "{owner}'s years of service" };
  }
  return { key: "", words: "duration" };
}

/** Words that make a prison term one asked for or possible rather than given. */
const NOT_GIVEN = new Set("sought seek seeks seeking asked ask asks requested request demanded recommended faces face facing faced maximum could".split(" "));

/** Verbs a convicted person "receives" a term with ("received three years", "got 18 months"). */
const RECEIVED = new Set(["received", "receives", "got", "gets"]);

/** Words of a prison term. */
const PRISON = new Set(["sentenced", "jailed", "imprisoned", "prison", "jail", "bars", "imprisonment", "sentence"]);

/** How a message names what a year marks; "{owner}" is replaced by the person's name. */
const YEAR_WORDS: Record<string, string> = {
  "came to power": "the year {owner} came to power",
  acquired: "the year {owner} bought it",
  born: "the year {owner} was born",
  founded: "the year {owner} founded it",
  started: "the year {owner} started",
};

/**
 * What a year marks for its owner: the start or end of service ("from 2003 to 2005", "resigned in 2005",
 * "until 2005"), coming to power, an acquisition, a birth, a founding.
 */
export function yearQuantity(tokens: Token[], first: number, next: number, role: "start" | "end" | null, sentence: Token[]): QuantityResult {
  // What the sentence's words say: a word of service anywhere, or of owning (one pass, no set of its words).
  let service = false;
  let owned = false;
  for (let k = 0; k < sentence.length; k++) {
    const t = sentence[k];
    if (t.kind !== "word") continue;
    const w = t.lower;
    if (SERVICE.has(w)) service = true;
    if (w === "owned" || w === "ownership") owned = true;
  }
  // The word right before the figure may itself end a clause ("until", "since"): read it directly.
  const left = [tokens[first - 1]?.lower ?? "", ...leftClause(tokens, first - 1, 6).map((t) => t.lower)];
  if (role && service) return { key: `year|service ${role}`, words: role === "start" ? "the year {owner}'s service began" : "the year {owner}'s service ended" };
  if (left[0] === "until" || left[0] === "till") {
    if (service) return { key: "year|service end", words: "the year {owner}'s service ended" };
  }
  if (left[0] === "since" && owned)
    return { key: "year|acquired", words: YEAR_WORDS.acquired };
  for (const w of left) {
    if (w === "power" || w === "office") return { key: "year|came to power", words: YEAR_WORDS["came to power"] };
    const e = YEAR_EVENTS.get(w);
    if (e === "ended") return { key: "year|service end", words: "the year {owner}'s service ended" };
    if (e) return { key: `year|${e}`, words: YEAR_WORDS[e] ?? "a year" };
  }
  for (const t of tokens.slice(next, next + 3)) {
    const e = YEAR_EVENTS.get(t.lower);
    if (e && e !== "ended") return { key: `year|${e}`, words: YEAR_WORDS[e] ?? "a year" };
  }
  return { key: "", words: "year" };
}
