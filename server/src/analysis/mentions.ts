/**
 * Finds the people, places and organizations an article names, with exact offsets.
 *
 * Names are found from their context first — titles ("Mr", "President"), roles ("spokesman Ahmad X"),
 * appositions ("X, 41, a former navy member", "X, a programmer"), ages, speech verbs ("X told"), bylines
 * and credits — and from the shape of the text (a run of two or three capitalised words that are not
 * ordinary words of the article). Word lists (places, first names, organizations) decide only where
 * context does not. Then every name found once is found again wherever the article repeats it alone
 * ("Karazhan" after "Vitaly Karazhan", "Derna" after "the city of Derna").
 *
 * Furniture and duplicated blocks produce no mentions. Linear in the article's length.
 */
import { Article, Decisions, EntityKind, Mention } from "./types";
import { capitalisedRuns, lower, tokenize } from "./names/tokens";
import { attachAnaphoricDescriptions } from "./names/evidence";
import { organizationsFromContext } from "./names/organizationCues";
import { GIVEN_NAMES } from "./lexicon/words";
import { Ctx, UnresolvedName } from "./names/context";
import { familyNamesBesideSyllabicNames } from "./names/articleWords";
import { isTitleCase, quotedHeadline } from "./names/titleCase";
import { datelinePlaces } from "./names/datelines";
import { classifyRun } from "./names/runs";
import { namesInCredit, pictureCredits, withoutTokens } from "./names/credits";
import { namesAfterPrefixes, stateAbbreviations } from "./names/prefixedNamesAndStates";
import { companyShortNames, governmentsNamedForLeaders, organizationsByApposition, organizationsInLists } from "./names/organizations";
import { resolvePending } from "./names/pendingRuns";
import {
  compassRegions,
  organizationTailsAsPlaces,
  placesNamingOrganizations,
  placesWrittenAsPeople,
  rangeEndsAsPlaces,
  surnamesOverPlaces,
  townsBeforeCountries,
  townsOfNamedBanks,
} from "./names/places";
import { clubsEndingInPlaceHeads, clubsNamedLikePlaces } from "./names/clubs";
import { addNativeScriptAliases, finish } from "./names/finish";
export type { UnresolvedName } from "./names/context";

const unresolvedByArticle = new WeakMap<Article, UnresolvedName[]>();

/** The runs of `article` that findMentions left unclassified (empty if findMentions has not seen this article). */
export function unresolvedNames(article: Article): readonly UnresolvedName[] {
  return unresolvedByArticle.get(article) ?? [];
}

export function findMentions(article: Article, decisions: Decisions): Mention[] {
  const text = article.text;
  if (!text) return [];
  const blocks = article.blocks.filter((b) => b.kind !== "furniture" && b.duplicateOf === undefined);
  const ctx: Ctx = { text, vocab: new Set(), capWords: new Map(), decided: decisionKinds(decisions), mentions: [], pending: [], outlet: article.outlet, familyNames: new Set() };

  const tokenized = blocks.map((block) => {
    const tokens = tokenize(text, block.start, block.end);
    for (const t of tokens) if (t.cap) ctx.capWords.set(t.text, (ctx.capWords.get(t.text) ?? 0) + 1);
    return { block, tokens };
  });
  // The vocabulary is only ever asked about capitalised words, so only their lowercase forms are kept.
  // Most lowercase words cannot be one of those by length and first letter alone: they are not hashed.
  const asked = new Set<string>();
  const shape = askedShapes();
  for (const w of ctx.capWords.keys()) {
    const l = lower(w);
    asked.add(l);
    shape.mark(l);
  }
  for (const { tokens } of tokenized) for (const t of tokens) if (!t.cap && shape.maybe(t.text) && asked.has(t.text)) ctx.vocab.add(t.text);
  familyNamesBesideSyllabicNames(ctx, tokenized);

  let headlineAt = text.indexOf("headline: ");
  for (const { block, tokens } of tokenized) {
    const titleCase = isTitleCase(tokens, text, block.kind === "headline");
    if (block.kind === "byline" || block.kind === "credit") {
      namesInCredit(ctx, block, tokens);
      continue;
    }
    // A dateline's place ("MARIANA, Brazil (Reuters) -") is read before the rest of the block.
    const skip = block.kind === "paragraph" || block.kind === "dateline" ? datelinePlaces(ctx, block, tokens) : 0;
    // A picture credit inside a caption ("… REUTERS/Jane Doe", "(Photo by Jane DOE / AFP)") is read first.
    const credited = block.kind === "paragraph" || block.kind === "caption" ? pictureCredits(ctx, block, tokens) : undefined;
    // (Blocks come in text order: the next "headline: " is looked for again only once a block has passed it.)
    if (headlineAt >= 0 && headlineAt < block.start) headlineAt = text.indexOf("headline: ", block.start);
    const quoted = titleCase || headlineAt < 0 || headlineAt >= block.end ? undefined : quotedHeadline(text, block, headlineAt);
    for (const run of capitalisedRuns(text, tokens)) {
      if (run.tokens[0].index < skip) continue;
      const inHeadline = titleCase || (quoted !== undefined && run.tokens[0].start >= quoted[0] && run.tokens[0].start < quoted[1]);
      if (!credited) classifyRun(ctx, block, tokens, run.tokens, inHeadline);
      else for (const piece of withoutTokens(run.tokens, credited)) classifyRun(ctx, block, tokens, piece, inHeadline);
    }
  }
  const unresolved = resolvePending(ctx);
  namesAfterPrefixes(ctx);
  stateAbbreviations(ctx);
  surnamesOverPlaces(ctx);
  townsBeforeCountries(ctx);
  placesWrittenAsPeople(ctx);
  placesNamingOrganizations(ctx);
  organizationTailsAsPlaces(ctx);
  companyShortNames(ctx, unresolved);
  clubsNamedLikePlaces(ctx, unresolved);
  rangeEndsAsPlaces(ctx, unresolved);
  townsOfNamedBanks(ctx);
  compassRegions(ctx);
  governmentsNamedForLeaders(ctx);
  // "Activision's chief executive", "shares in X": a person-shaped name the article shows to be a company.
  organizationsFromContext(text, ctx.mentions, (word) => GIVEN_NAMES.has(word));
  organizationsInLists(ctx);
  clubsEndingInPlaceHeads(ctx);
  addNativeScriptAliases(ctx);
  const mentions = finish(ctx, article.file, decisions);
  organizationsByApposition(text, mentions);
  attachAnaphoricDescriptions(text, blocks, mentions);
  unresolvedByArticle.set(article, unresolved);
  return mentions;
}

/**
 * A filter over words by (length, first character): `maybe` is true for every marked word (and for words not
 * starting with an ASCII character), so it only ever saves a look-up. One table serves every article; a new
 * generation number empties it.
 */
const shapeTable = new Uint32Array(32 * 128);
/** The same by (length, last character): a word must pass both (most lowercase words then fail one). */
const endShapeTable = new Uint32Array(32 * 128);
let shapeGeneration = 0;
const shapeKey = (w: string) => ((w.length & 31) << 7) | w.charCodeAt(0);
const endShapeKey = (w: string) => ((w.length & 31) << 7) | w.charCodeAt(w.length - 1);
const shapes = {
  mark(w: string): void {
    if (w.charCodeAt(0) < 128) shapeTable[shapeKey(w)] = shapeGeneration;
    if (w.charCodeAt(w.length - 1) < 128) endShapeTable[endShapeKey(w)] = shapeGeneration;
  },
  maybe(w: string): boolean {
    return (w.charCodeAt(0) >= 128 || shapeTable[shapeKey(w)] === shapeGeneration) && (w.charCodeAt(w.length - 1) >= 128 || endShapeTable[endShapeKey(w)] === shapeGeneration);
  },
};

function askedShapes(): typeof shapes {
  if (++shapeGeneration > 0xfffffff0) {
    shapeTable.fill(0);
    endShapeTable.fill(0);
    shapeGeneration = 1;
  }
  return shapes;
}

function decisionKinds(decisions: Decisions): Map<string, EntityKind> {
  const map = new Map<string, EntityKind>();
  for (const e of decisions.entities ?? []) for (const n of [e.name, ...(e.aliases ?? [])]) if (n) map.set(n, e.kind);
  return map;
}
