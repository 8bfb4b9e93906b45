/**
 * The last step for one run of capitalised words: a run of name words with no title, ordinary word or known place
 * in it (`classifyCandidate`). Its context decides (an age, a role, a place preposition, a group's plural, a
 * list of places); what nothing decides waits in `ctx.pending` for the second pass (pendingRuns.ts).
 */
import { Token, flagsOf, isNameParticle, lower, oneSpace, spacesOnly, tokenAt } from "./tokens";
import { GIVEN_NAME } from "../lexicon/wordFlags";
import { LOWER_FUNCTION_WORDS, SPEECH_VERBS, personEvidence } from "./evidence";
import { isFirstName } from "../lexicon/firstNames";
import { placeName } from "../lexicon/gazetteer";
import {
  GIVEN_NAMES,
  ORG_HEADS_LOWER,
  ORG_NOUNS,
  PERSON_ROLES,
  PLACE_HEADS,
  PLACE_HEADS_LOWER,
  PLACE_OF_NOUNS,
  SERVICE_DISTRICT_WORDS,
} from "../lexicon/words";
import { Ctx, emit, nameOf } from "./context";
import { blockEnd, cap, isRoleToken } from "./articleWords";
import { ageMarkBefore, capitalisedParticleOpensName, identifiedOnlyAs, initialEndsName } from "./personCues";
import {
  BARE_NAME_HEADS,
  PLACE_PART_NOUNS,
  PLACE_PREPOSITIONS,
  areasPair,
  campOfPeople,
  placeAfter,
  placesListAfterPlural,
  placesListBeforePlural,
} from "./placeCues";

/** Plural names for a party's members: a name ending with one names a group. */
const PARTY_MEMBERS = new Set(["Republicans", "Democrats", "Conservatives", "Tories", "Liberals", "Socialists", "Communists", "Greens", "Nationalists", "Unionists", "Loyalists", "Labourites"]);

/** Words before "in" that make what follows a publication: "published in X", "a study in X". */
const PUBLICATION_CUES = new Set(["published", "appeared", "printed", "paper", "article", "editorial", "column", "op-ed"]);

/** Plural nouns for a group's people: a name before one is the group's ("Extinction Rebellion activists"). */
const GROUP_MEMBERS = new Set(["activists", "protesters", "protestors", "supporters", "members", "campaigners", "militants", "fighters", "loyalists", "volunteers", "lawmakers", "delegates", "fans"]);

/** "… School District", "… Health District": a district named for the service it runs is the body that runs it. */
export function serviceDistrict(tokens: Token[]): boolean {
  return tokens.length >= 2 && tokens[tokens.length - 1].text === "District" && SERVICE_DISTRICT_WORDS.has(tokens[tokens.length - 2].text);
}

/** A run of name words with no title, ordinary word or known place inside: decide from its context. */
export function classifyCandidate(ctx: Ctx, blockTokens: Token[], tokens: Token[], title: boolean, titleCase: boolean, glued?: string, afterOrdinary = false, titleWord?: string): void {
  // (Particles do not count: "Luiz Inácio Lula da Silva" is one name of four words.)
  if (tokens.length > 4 && tokens.filter((t) => !isNameParticle(t.text)).length > 4) {
    // Too long for one name: judge the parts separately.
    classifyCandidate(ctx, blockTokens, tokens.slice(0, tokens.length - 2), false, titleCase);
    classifyCandidate(ctx, blockTokens, tokens.slice(tokens.length - 2), false, titleCase, glued);
    return;
  }
  const first = tokens[0];
  const lastTok = tokens[tokens.length - 1];
  const prev = tokenAt(blockTokens, first.index - 1);
  const next = tokenAt(blockTokens, lastTok.index + 1);
  const text = ctx.text;
  // Only an age ("33-year-old X") is read before the name, and only an apposition after a comma after it:
  // the text is cut out only when it can hold either (this runs for every candidate).
  const before = ageMarkBefore(ctx, first.start) ? text.slice(Math.max(0, first.start - 40), first.start) : "";
  // (Both end with the block: "Keywords: …, Sandıklı, TCDD" is not described by the copyright line under it.)
  const after = text.charCodeAt(lastTok.end) === 44 ? text.slice(lastTok.end, Math.min(lastTok.end + 160, blockEnd(text, blockTokens))) : "";
  const multi = tokens.length >= 2;

  // Places from their context: "Nara City" (the head is in the run when capitalised), "Nara prefecture", "the city of Derna".
  if (multi && PLACE_HEADS.has(lastTok.text)) return emit(ctx, tokens, serviceDistrict(tokens) ? "organization" : "place", { glued });
  // "the Corinthia regional unit", a Greek prefecture's name since 2011: the two words are one head.
  const unit = next && next.text === "regional" && !title ? tokenAt(blockTokens, next.index + 1) : undefined;
  if (next && unit && unit.text === "unit" && oneSpace(ctx.text, lastTok.end, next.start) && oneSpace(ctx.text, next.end, unit.start))
    return emit(ctx, [...tokens, next, unit], "place", { name: `${nameOf(tokens)} Regional Unit` });
  // "the Shatnal launch ghat", "Mawa ferry ghat": a river landing (South Asian English) is the place of that name.
  if (next && (next.text === "launch" || next.text === "ferry") && !title && tokenAt(blockTokens, next.index + 1)?.text === "ghat" && oneSpace(ctx.text, lastTok.end, next.start))
    return emit(ctx, tokens, "place", { glued });
  if (next && !next.cap && PLACE_HEADS_LOWER.has(next.text) && oneSpace(ctx.text, lastTok.end, next.start) && !title) {
    // "Nara prefecture" is its own place; "Nara city" is the city of Nara, "Baluchar village" the village Baluchar.
    // "the Doce river" is the Doce River; the mention is the name alone.
    const isCity = next.text !== "river" && BARE_NAME_HEADS.has(next.text);
    if (next.text === "river") return emit(ctx, tokens, "place", { name: `${nameOf(tokens)} River` });
    return emit(ctx, isCity ? tokens : [...tokens, next], "place", { name: isCity ? nameOf(tokens) : `${nameOf(tokens)} ${cap(next.text)}` });
  }
  // "in the Sonapur area", "the wider Kelowna area": a name between "the" and "area" is a place.
  if (next && next.text === "area" && prev && !prev.cap && (prev.text === "the" || prev.text === "wider" || prev.text === "greater") && !title && !lastTok.possessive && oneSpace(ctx.text, lastTok.end, next.start))
    return emit(ctx, tokens, "place", { glued });
  // "Kano's Sabon Gari market", "Nairobi's Kibera slum": a name between a place's possessive and a noun for a part
  // of a town is a place in it.
  if (!title && prev && prev.possessive && next && !next.cap && PLACE_PART_NOUNS.has(next.text) && oneSpace(ctx.text, lastTok.end, next.start) && !lastTok.possessive && placeName(prev.text) !== undefined)
    return emit(ctx, tokens, "place", { glued });
  // "the Ketu and Ojodu areas": both names of a pair before the plural are places.
  if (!title && !lastTok.possessive && next && prev && !prev.cap && areasPair(ctx, blockTokens, prev, next)) return emit(ctx, tokens, "place", { glued });
  // "the villages of Kato Vrisi and Ano Lakka", "the towns of X, Y and Z": every name of the list is a place.
  if (!title && prev && !lastTok.possessive && placesListAfterPlural(ctx, blockTokens, first)) return emit(ctx, tokens, "place", { glued });
  // "Brazoria, Galveston and Harris counties", "the Lunar and Ferrow provinces": every name of the list is one.
  // Named "Harris County" where the article writes that too (as "Harris county" is named), else by the name alone.
  const pluralHead = !title && next && !lastTok.possessive ? placesListBeforePlural(ctx, blockTokens, first, lastTok) : undefined;
  if (pluralHead) {
    const bare = nameOf(tokens);
    const headed = ctx.text.includes(`${bare} ${pluralHead}`) || ctx.text.includes(`${bare} ${lower(pluralHead)}`);
    return emit(ctx, tokens, "place", { name: headed ? `${bare} ${pluralHead}` : placeName(bare) });
  }
  if (prev && prev.text === "of" && !title) {
    const noun = tokenAt(blockTokens, first.index - 2);
    if (noun && PLACE_OF_NOUNS.has(noun.cap ? lower(noun.text) : noun.text)) return emit(ctx, tokens, "place", { glued });
  }
  // Organizations from their context: "state news agency Belta", "Nara Nishi police station", "X, a US investment firm".
  // ("according to security consultancy Votar Seguro,": several words too, when punctuation ends them and no first
  // name opens them; "the team Lionel Messi joined" is a person.)
  if (!title && (!multi || (!(isFirstName(first.text) || (flagsOf(first) & GIVEN_NAME) !== 0) && !(next && spacesOnly(ctx.text, lastTok.end, next.start)))) && prev && !prev.cap && ORG_NOUNS.has(prev.text) && !PERSON_ROLES.has(prev.text) && oneSpace(ctx.text, prev.end, first.start)) return emit(ctx, tokens, "organization", { glued });
  // "the Kalma displacement camp", "in Kalma camp", "Kalma camp for displaced people": a camp people live in is a
  // place (not "the Biden camp", a political side, nor "a prison camp").
  if (!title && next && !lastTok.possessive && oneSpace(ctx.text, lastTok.end, next.start) && campOfPeople(ctx, blockTokens, prev, next)) return emit(ctx, tokens, "place", { glued });
  if (!title && (multi || !first.sentenceStart) && next && !next.cap && ORG_HEADS_LOWER.has(next.text) && oneSpace(ctx.text, lastTok.end, next.start) && !lastTok.possessive) return emit(ctx, tokens, "organization", { glued });

  // "from Pruszcz Gdański near Gdańsk", "Nowa Wieś near Kraków": a name right before "near" and a known place is
  // a place (the small town is placed by the big one).
  if (!title && next && next.text === "near" && oneSpace(ctx.text, lastTok.end, next.start) && !lastTok.possessive) {
    const after = tokenAt(blockTokens, next.index + 1);
    if (after && after.cap && oneSpace(ctx.text, next.end, after.start) && placeName(after.text) !== undefined && !isFirstName(first.text) && !GIVEN_NAMES.has(first.text) && !isRoleToken(prev)) return emit(ctx, tokens, "place", { glued });
  }
  // "the Minas Gerais fire department": a name between "the" and a noun modifies the noun, and has no
  // person's shape; left for the article's other mentions (or other articles) to decide.
  if (multi && !title && prev && prev.text === "the" && next && !next.cap && oneSpace(ctx.text, lastTok.end, next.start) && !lastTok.possessive && !LOWER_FUNCTION_WORDS.has(next.text) && !SPEECH_VERBS.has(next.text) && !before) {
    ctx.pending.push({ tokens, blockTokens, titleCase, glued });
    return;
  }
  // "Extinction Rebellion activists", "Black Lives Matter protesters": a name of several words, none a first
  // name, before a noun for a group's people names the group. ("Trump supporters" is one word: left alone.)
  if (multi && !title && next && !next.cap && GROUP_MEMBERS.has(next.text) && oneSpace(ctx.text, lastTok.end, next.start) && !tokens.some((t) => GIVEN_NAMES.has(t.text)) && !lastTok.possessive)
    return emit(ctx, tokens, "organization", { glued });
  // "House Republicans", "Senate Democrats": a party's members in a chamber are a group, never a person.
  if (multi && PARTY_MEMBERS.has(lastTok.text)) return emit(ctx, tokens, "organization", { glued });
  let ev = personEvidence(ctx, blockTokens, tokens, title, titleCase || afterOrdinary, before, after);
  // "the captain, identified only as Ruslan", "a man named by police as Dara Quill": a person's name follows.
  if (ev.kind === null && tokens.length <= 3 && identifiedOnlyAs(blockTokens, first)) ev = { kind: "person" };
  // "Markus B., 58,", "Anna-Lena K. said": a first name and the family name's initial, as German and Dutch papers
  // name defendants and suspects (not "George W. Bush": the initial ends the name here).
  if (ev.kind === null && multi && initialEndsName(ctx, tokens)) ev = { kind: "person" };
  // "Ter Maat said" where the article wrote "Gerrit ter Maat": the family name with its particle capitalised.
  if (ev.kind === null && multi && first.cap && isNameParticle(lower(first.text)) && capitalisedParticleOpensName(ctx, tokens, 0)) ev = { kind: "person" };
  // "near Khan Younis", "in Ras Lanuf": after a preposition of place, a name without a first name, a title or
  // a personal apposition is a place.
  // "published in Nature Medicine", "an article in Foreign Affairs": after "in", a publication, not a place.
  if (prev && prev.text === "in" && PUBLICATION_CUES.has(tokenAt(blockTokens, prev.index - 1)?.text ?? "")) return emit(ctx, tokens, "organization", { glued });
  // So is one after such a preposition opening the sentence, before a comma: "In Khan Younis, residents queued".
  const openingPreposition = prev !== undefined && prev.cap && prev.sentenceStart && PLACE_PREPOSITIONS.has(lower(prev.text)) && prev.text !== "From" && ctx.text.charCodeAt(lastTok.end) === 44;
  if (multi && !title && !ev.age && !ev.description && prev && ((!prev.cap && PLACE_PREPOSITIONS.has(prev.text) && prev.text !== "from" && !GIVEN_NAMES.has(first.text) && placeAfter(ctx, blockTokens, prev, lastTok)) || (openingPreposition && !isFirstName(first.text))) && !lastTok.possessive && oneSpace(ctx.text, prev.end, first.start))
    return emit(ctx, tokens, "place", { glued });
  if (ev.kind === "organization" || ev.kind === "place") return emit(ctx, tokens, ev.kind, { glued });
  if (ev.kind === "person") {
    // In a headline the words after a name are capitalised too ("Dara Mulvey Wins Harbour Vote"): a name found
    // there by its first name is taken as first name and surname only.
    const span = titleCase && !title && tokens.length > 2 ? tokens.slice(0, 2) : tokens;
    return emit(ctx, span, "person", { glued: span === tokens ? glued : undefined, description: ev.description, age: ev.age, title: titleWord });
  }
  ctx.pending.push({ tokens, blockTokens, titleCase, glued });
}
